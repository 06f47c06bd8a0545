package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.strata.ui.tests.bot.StrataBot;

/**
 * A {@code .strata} file with a syntax error: the launch fails with the compiler's {@code file:line:col} message,
 * and the console's error stream says the same, so the user sees it whichever way the launch was started.
 */
@ExtendWith({ NoErrorLoggedExtension.class, WorkspaceLogOnFailure.class })
class StrataSyntaxErrorTest {

	/** Line 3, column 29 is the stray {@code x}. */
	private static final String BROKEN = "system s\nprivilege mount\nuser alice privileges mount x\n";

	private final StrataBot bot = new StrataBot();
	private ILaunchConfiguration configuration;

	@BeforeEach
	void createBrokenSystem() throws Exception {
		IFile broken = TestWorkspace.createFile("syntax-error", "bad.strata", BROKEN);
		configuration = TestWorkspace.createConfiguration("bad", broken);
	}

	@AfterEach
	void clean() throws Exception {
		TestWorkspace.clean();
	}

	@Test
	void launchFailsWithFileLineAndColumn() throws Exception {
		CoreException failure = assertThrows(CoreException.class,
				() -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));

		String message = failure.getStatus().getMessage();
		assertTrue(message.startsWith("/syntax-error/bad.strata:3:29: error: "), message);
		assertTrue(message.contains("'x'"), message);

		ILaunch launch = TestWorkspace.launchManager().getLaunches()[0];
		IProcess process = launch.getProcesses()[0];
		assertTrue(process.isTerminated(), "the process of a failed launch has ended");
		assertEquals(1, process.getExitValue());
		String console = ProcessConsoles.waitForText(bot, ProcessConsoles.of(bot, process), message);
		assertTrue(console.startsWith("/syntax-error/bad.strata:3:29: error: "), console);
	}
}
