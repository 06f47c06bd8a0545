package dev.strata.core.launch;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

import dev.strata.core.StrataCore;
import dev.strata.emulator.Machine;
import dev.strata.emulator.RunResult;

/**
 * A Strata kernel running in the emulator inside the IDE, presented to the Debug platform as a process: it shows
 * up in the Debug view, its serial output fills a process console, and Terminate stops the machine.
 * <p>
 * Life cycle: the launch delegate creates the process (which adds itself to the launch, so the console appears
 * before compilation starts), then either {@link #fail(String) fails} it with a message or {@link #boot(Machine)
 * boots} a prepared machine on a background thread. Either way the process ends exactly once, with an exit value.
 */
public final class StrataKernelProcess extends PlatformObject implements IProcess {

	/** Value of {@link IProcess#ATTR_PROCESS_TYPE} for kernel runs. */
	public static final String PROCESS_TYPE = "dev.strata.kernel";

	/** Exit value when the run ended without the kernel reporting one: a fault, a halt, a stop, or no boot. */
	public static final int NO_EXIT_VALUE = -1;

	private final ILaunch launch;
	private final String label;
	private final KernelStreamsProxy streams = new KernelStreamsProxy();
	private final SerialConsoleSink serialSink = new SerialConsoleSink(streams.serial());
	private final Map<String, String> attributes = new HashMap<>();

	/** Guarded by {@code this}: the booted machine, the exit value once ended, whether a stop was asked for. */
	private Machine machine;
	private Integer exitValue;
	private boolean stopRequested;

	/** Creates the process and adds it to {@code launch}. */
	public StrataKernelProcess(ILaunch launch, String label) {
		this.launch = launch;
		this.label = label;
		attributes.put(IProcess.ATTR_PROCESS_TYPE, PROCESS_TYPE);
		launch.addProcess(this);
		fireEvent(DebugEvent.CREATE);
	}

	/** The stream that the guest's COM1 output goes to; hand it to {@code Machine.setSerialSink}. */
	public OutputStream serialSink() {
		return serialSink;
	}

	/** Writes a line to the console's error stream (the launcher's voice, not the kernel's). */
	public void reportError(String message) {
		streams.launcher().append(message.endsWith("\n") ? message : message + "\n");
	}

	/** Ends a process that never booted: prints {@code message} to the error stream and exits with 1. */
	public void fail(String message) {
		reportError(message);
		end(1);
	}

	/**
	 * Runs {@code prepared} (kernel and modules loaded) on a background thread until it exits, halts, faults or is
	 * stopped. If Terminate came while the launch was still preparing, the machine never starts.
	 */
	public void boot(Machine prepared) {
		synchronized (this) {
			if (stopRequested) {
				cancelBeforeBoot();
				return;
			}
			machine = prepared;
		}
		Thread runner = new Thread(() -> run(prepared), "Strata kernel: " + launchName());
		runner.setDaemon(true);
		runner.start();
	}

	/** Ends a process whose Terminate came while the launch was still compiling or loading. */
	void cancelBeforeBoot() {
		reportError("Terminated before the kernel booted.");
		end(NO_EXIT_VALUE);
	}

	private void run(Machine prepared) {
		int exit;
		try {
			RunResult result = prepared.run();
			serialSink.close();
			exit = exitValueOf(result);
		} catch (RuntimeException e) {
			// Machine.run reports guest and emulator faults as FAULTED; whatever still escapes must end the process
			// visibly instead of leaving it running forever.
			serialSink.close();
			reportError("Emulator failure: " + e);
			DebugPlugin.log(new Status(IStatus.ERROR, StrataCore.PLUGIN_ID, "Emulator failure in " + launchName(), e));
			exit = NO_EXIT_VALUE;
		}
		end(exit);
	}

	/** The kernel's own exit status, or NO_EXIT_VALUE and a line on the error stream saying why there is none. */
	private int exitValueOf(RunResult result) {
		String reason = switch (result.kind()) {
			case EXITED -> null;
			case STOPPED -> "Machine stopped.";
			case HALTED -> "Machine halted without an exit status: " + result.diagnostic();
			case FAULTED -> "Machine faulted: " + result.diagnostic();
		};
		if (reason == null) {
			return result.exitValue();
		}
		reportError(reason);
		return NO_EXIT_VALUE;
	}

	private void end(int value) {
		synchronized (this) {
			if (exitValue != null) {
				return;
			}
			exitValue = value;
		}
		fireEvent(DebugEvent.TERMINATE);
	}

	private String launchName() {
		return launch.getLaunchConfiguration() == null ? label : launch.getLaunchConfiguration().getName();
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IStreamsProxy getStreamsProxy() {
		return streams;
	}

	@Override
	public synchronized void setAttribute(String key, String value) {
		attributes.put(key, value);
	}

	@Override
	public synchronized String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public synchronized int getExitValue() throws DebugException {
		if (exitValue == null) {
			throw new DebugException(new Status(IStatus.ERROR, StrataCore.PLUGIN_ID, DebugException.TARGET_REQUEST_FAILED,
					"The kernel of " + launchName() + " is still running", null));
		}
		return exitValue;
	}

	@Override
	public synchronized boolean canTerminate() {
		return exitValue == null;
	}

	@Override
	public synchronized boolean isTerminated() {
		return exitValue != null;
	}

	/** Asks the machine to stop; the run thread then ends the process. Before boot, the boot is cancelled. */
	@Override
	public void terminate() {
		Machine running;
		synchronized (this) {
			if (exitValue != null) {
				return;
			}
			stopRequested = true;
			running = machine;
		}
		if (running != null) {
			running.requestStop();
		}
	}

	/** True once Terminate was pressed; the launch delegate checks it between its steps. */
	synchronized boolean isStopRequested() {
		return stopRequested;
	}

	private void fireEvent(int kind) {
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
		}
	}
}
