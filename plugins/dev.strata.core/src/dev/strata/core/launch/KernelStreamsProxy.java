package dev.strata.core.launch;

import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * The streams of a kernel run: standard output carries what the kernel writes to COM1, standard error carries the
 * launcher's own messages (compile errors, boot failures, why the machine stopped), so the process console shows
 * them in its error colour.
 */
final class KernelStreamsProxy implements IStreamsProxy {

	private final KernelStreamMonitor serial = new KernelStreamMonitor();
	private final KernelStreamMonitor launcher = new KernelStreamMonitor();

	KernelStreamMonitor serial() {
		return serial;
	}

	KernelStreamMonitor launcher() {
		return launcher;
	}

	@Override
	public IStreamMonitor getOutputStreamMonitor() {
		return serial;
	}

	@Override
	public IStreamMonitor getErrorStreamMonitor() {
		return launcher;
	}

	/**
	 * Console input is dropped: the kernel reads no serial input yet. Failing here instead would make the console
	 * log an error for every line the user types.
	 */
	@Override
	public void write(String input) {
	}
}
