package dev.strata.ui.tests;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints where the test workspace's {@code .metadata/.log} is when a test fails, so the build output (and CI)
 * points at the stack traces that the workbench logged.
 */
public final class WorkspaceLogOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		System.err.println("[strata-ui-tests] " + context.getDisplayName() + " failed; workspace log: "
				+ Platform.getLogFileLocation().toOSString());
	}
}
