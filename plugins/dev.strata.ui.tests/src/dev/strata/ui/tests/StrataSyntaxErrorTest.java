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
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.strata.ui.tests.bot.Condition;
import dev.strata.ui.tests.bot.StrataBot;

/**
 * A {@code .strata} file with a syntax error: the launch fails with the compiler's {@code file:line:col} message,
 * and the console's error stream says the same, so the user sees it whichever way the launch was started.
 */
@ExtendWith(WorkspaceLogOnFailure.class)
class StrataSyntaxErrorTest {

	/** Line 3, column 29 is the stray {@code x}. */
	private static final String BROKEN = "system s\nprivilege mount\nuser alice privileges mount x\n";
	/** Where the compiler reports the stray {@code x}, as the launch names it. */
	private static final String POSITION = "/syntax-error/bad.strata:3:29: error: ";

	@RegisterExtension
	final NoErrorLoggedExtension noErrors = new NoErrorLoggedExtension();

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
		assertTrue(message.startsWith(POSITION), message);
		assertTrue(message.contains("'x'"), message);

		ILaunch launch = TestWorkspace.launchManager().getLaunches()[0];
		IProcess process = launch.getProcesses()[0];
		assertTrue(process.isTerminated(), "the process of a failed launch has ended");
		assertEquals(1, process.getExitValue());
		String console = ProcessConsoles.waitForText(bot, ProcessConsoles.of(bot, process), message);
		assertTrue(console.startsWith(POSITION), console);
	}

	/**
	 * Through Run As, the launch job ends with the compiler's status: the Debug UI logs it and flags it in the
	 * progress area, without a modal dialog; the console shows the error in red.
	 */
	@Test
	void runAsShowsTheErrorInTheConsole() throws Exception {
		noErrors.expect(status -> status.getMessage().startsWith(POSITION));
		bot.viewById(IPageLayout.ID_PROJECT_EXPLORER).bot().tree().getTreeItem("syntax-error").expand()
				.getNode("bad.strata").select().contextMenu("Run As", "Strata Kernel").click();

		bot.waitUntil(Condition.of("no launch of bad.strata ended", () -> {
			ILaunch[] launches = TestWorkspace.launchManager().getLaunches();
			return launches.length == 1 && launches[0].getProcesses().length == 1 && launches[0].isTerminated();
		}));
		IProcess process = TestWorkspace.launchManager().getLaunches()[0].getProcesses()[0];
		assertEquals(1, process.getExitValue());
		String console = ProcessConsoles.waitForText(bot, ProcessConsoles.of(bot, process), POSITION);
		assertTrue(console.startsWith(POSITION), console);
		assertTrue(console.contains("'x'"), console);
	}
}
