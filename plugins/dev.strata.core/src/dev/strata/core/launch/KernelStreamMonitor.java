package dev.strata.core.launch;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IFlushableStreamMonitor;

/**
 * One output stream of a kernel run (the serial console, or the launcher's own error messages) as the Debug
 * platform sees it.
 * <p>
 * Text is kept until the process console asks for it with {@link #getContents()} and switches buffering off: the
 * console attaches asynchronously, often after a short run has already finished. Appending and notifying happen
 * under the monitor's lock, which the console also takes while it drains the buffer, so no text is lost.
 */
final class KernelStreamMonitor implements IFlushableStreamMonitor {

	private final ListenerList<IStreamListener> listeners = new ListenerList<>();
	/** Text not yet drained by a listener; null once buffering is off. Guarded by {@code this}. */
	private StringBuilder contents = new StringBuilder();

	synchronized void append(String text) {
		if (text.isEmpty()) {
			return;
		}
		if (contents != null) {
			contents.append(text);
		}
		for (IStreamListener listener : listeners) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					listener.streamAppended(text, KernelStreamMonitor.this);
				}

				@Override
				public void handleException(Throwable exception) {
					DebugPlugin.log(exception);
				}
			});
		}
	}

	@Override
	public synchronized void addListener(IStreamListener listener) {
		listeners.add(listener);
	}

	@Override
	public synchronized void removeListener(IStreamListener listener) {
		listeners.remove(listener);
	}

	@Override
	public synchronized String getContents() {
		return contents == null ? "" : contents.toString();
	}

	@Override
	public synchronized void flushContents() {
		if (contents != null) {
			contents.setLength(0);
		}
	}

	@Override
	public synchronized void setBuffered(boolean buffer) {
		if (buffer && contents == null) {
			contents = new StringBuilder();
		} else if (!buffer) {
			contents = null;
		}
	}

	@Override
	public synchronized boolean isBuffered() {
		return contents != null;
	}
}
