package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.strata.core.StrataCore;
import dev.strata.core.launch.StrataKernelProcess;
import dev.strata.ui.tests.bot.BotView;
import dev.strata.ui.tests.bot.Condition;
import dev.strata.ui.tests.bot.StrataBot;

/**
 * The whole path a user takes: select {@code hello.strata} in the Project Explorer, Run As &gt; Strata Kernel,
 * and read the kernel's serial output in the Console view.
 */
@ExtendWith({ NoErrorLoggedExtension.class, WorkspaceLogOnFailure.class })
class StrataLaunchUiTest {

	/** The kernel runs in an emulator; allow for a slow machine. */
	private static final long BOOT_TIMEOUT_MILLIS = 180_000;

	private final StrataBot bot = new StrataBot();
	private IFile hello;

	@BeforeEach
	void createProject() throws Exception {
		hello = TestWorkspace.createFile("launch-ui", "hello.strata", TestWorkspace.helloExample());
	}

	@AfterEach
	void clean() throws Exception {
		bot.syncCall(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		TestWorkspace.clean();
	}

	@Test
	void runAsStrataKernelShowsTheKernelConsole() throws Exception {
		BotView explorer = bot.viewById(IPageLayout.ID_PROJECT_EXPLORER).show();
		explorer.bot().tree().getTreeItem("launch-ui").expand().getNode("hello.strata").select()
				.contextMenu("Run As", "Strata Kernel").click();

		IProcess process = waitForTerminatedKernel();
		assertEquals(0, bot.syncCall(process::getExitValue), "exit value of the kernel");

		IConsole console = ProcessConsoles.of(bot, process);
		BotView consoleView = bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW);
		bot.syncCall(() -> {
			((IConsoleView) consoleView.getPart()).display(console);
			return null;
		});
		String[] text = { "" };
		bot.waitUntil(Condition.of("the console never showed 'exit: 0'", () -> {
			text[0] = consoleView.bot().styledText().getText();
			return text[0].contains("exit: 0");
		}));
		List<String> lines = text[0].lines().toList();
		assertTrue(lines.get(0).startsWith("Strata kernel 0.1.0"), () -> "banner missing:\n" + text[0]);
		assertTrue(lines.contains("cmdline: console=ttyS0"), () -> "cmdline line missing:\n" + text[0]);
		assertTrue(lines.stream().anyMatch(line -> line.startsWith("module 0: hello.manifest manifest (")),
				() -> "module line missing:\n" + text[0]);
		assertTrue(lines.contains("namespace /web/cache"), () -> "namespace line missing:\n" + text[0]);
		assertTrue(lines.contains("  user www: mount"), () -> "user line missing:\n" + text[0]);
		assertTrue(lines.contains("exit: 0"), () -> "exit line missing:\n" + text[0]);
		Screenshots.capture(bot, "kernel-console.png");
	}

	@Test
	void runAsFromTheEditorUsesTheEditedFile() throws Exception {
		bot.syncCall(() -> IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), hello));
		bot.menu("Run", "Run As", "Strata Kernel").click();

		IProcess process = waitForTerminatedKernel();
		assertEquals(0, bot.syncCall(process::getExitValue), "exit value of the kernel");
		String text = ProcessConsoles.waitForText(bot, ProcessConsoles.of(bot, process), "exit: 0");
		assertTrue(text.startsWith("Strata kernel 0.1.0"), text);
	}

	/** The shortcut creates a configuration for the file; waits for its launch's kernel process to end. */
	private IProcess waitForTerminatedKernel() {
		IProcess[] process = new IProcess[1];
		bot.waitUntil(Condition.of("no Strata launch of " + hello.getFullPath() + " was started", () -> {
			for (ILaunch launch : TestWorkspace.launchManager().getLaunches()) {
				if (launch.getLaunchConfiguration() != null && hello.getFullPath().toString()
						.equals(launch.getLaunchConfiguration().getAttribute(StrataCore.ATTR_STRATA_FILE, ""))
						&& launch.getProcesses().length == 1) {
					process[0] = launch.getProcesses()[0];
					return true;
				}
			}
			return false;
		}));
		assertEquals(StrataKernelProcess.PROCESS_TYPE, process[0].getAttribute(IProcess.ATTR_PROCESS_TYPE));
		bot.waitUntil(Condition.of("the kernel did not terminate", process[0]::isTerminated), BOOT_TIMEOUT_MILLIS);
		return process[0];
	}
}
