package dev.strata.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which anything logged an error to the Eclipse log, in the spirit of LSP4E's
 * {@code NoErrorLoggedRule}: a launch that "works" while the Debug UI logs an exception is a broken launch.
 */
public final class NoErrorLoggedExtension implements BeforeEachCallback, AfterEachCallback, ILogListener {

	private final List<IStatus> errors = new ArrayList<>();
	private final List<Predicate<IStatus>> expected = new ArrayList<>();

	/**
	 * Accepts logged errors that {@code match} for the current test; register the extension with
	 * {@code @RegisterExtension} to call this. Any other error still fails the test.
	 */
	public void expect(Predicate<IStatus> match) {
		synchronized (errors) {
			expected.add(match);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		synchronized (errors) {
			errors.clear();
			expected.clear();
		}
		Platform.addLogListener(this);
	}

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.matches(IStatus.ERROR)) {
			synchronized (errors) {
				if (expected.stream().noneMatch(match -> match.test(status))) {
					errors.add(status);
				}
			}
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Platform.removeLogListener(this);
		String logged;
		synchronized (errors) {
			if (errors.isEmpty()) {
				return;
			}
			logged = errors.stream().map(NoErrorLoggedExtension::describe).collect(Collectors.joining("\n"));
		}
		throw new AssertionError("Errors were logged during " + context.getDisplayName() + ":\n" + logged);
	}

	private static String describe(IStatus status) {
		Throwable exception = status.getException();
		return status.getPlugin() + ": " + status.getMessage() + (exception == null ? "" : " (" + exception + ")");
	}
}
