package dev.strata.ui.tests.bot;

import java.util.concurrent.Callable;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the SWT UI thread from the test thread and hands back its result or its exception, so a failed
 * assertion inside the UI thread fails the test with its own message.
 */
final class UiThread {

	private UiThread() {
	}

	static <T> T syncCall(Display display, Callable<T> call) {
		Object[] result = new Object[1];
		Throwable[] failure = new Throwable[1];
		display.syncExec(() -> {
			try {
				result[0] = call.call();
			} catch (Throwable t) {
				failure[0] = t;
			}
		});
		if (failure[0] instanceof RuntimeException e) {
			throw e;
		}
		if (failure[0] instanceof Error e) {
			throw e;
		}
		if (failure[0] != null) {
			throw new IllegalStateException(failure[0]);
		}
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	/**
	 * Runs {@code action} later on the UI thread and returns once the UI thread has taken it up. Clicks go this way:
	 * a click that opens a modal dialog blocks its runnable until the dialog closes, and the test must go on to
	 * drive that dialog meanwhile.
	 */
	static void asyncRun(Display display, Runnable action) {
		display.asyncExec(action);
		display.syncExec(() -> {
		});
	}
}
