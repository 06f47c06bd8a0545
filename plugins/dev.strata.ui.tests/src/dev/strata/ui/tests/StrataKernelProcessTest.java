package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.Launch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.strata.core.launch.StrataKernelProcess;
import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.boot.MultibootLoader;
import dev.strata.ui.tests.bot.Condition;
import dev.strata.ui.tests.bot.StrataBot;

/** The life cycle of the kernel process that the Debug platform sees, without a workbench in the way. */
@ExtendWith({ NoErrorLoggedExtension.class, WorkspaceLogOnFailure.class })
class StrataKernelProcessTest {

	private final StrataBot bot = new StrataBot();
	private final Launch launch = new Launch(null, ILaunchManager.RUN_MODE, null);

	@AfterEach
	void clean() throws Exception {
		TestWorkspace.clean();
	}

	@Test
	void runsUntilItEndsAndOnlyThenHasAnExitValue() throws Exception {
		StrataKernelProcess process = new StrataKernelProcess(launch, "kernel");
		assertTrue(launch.getProcesses()[0] == process, "the process adds itself to its launch");
		assertFalse(process.isTerminated());
		assertTrue(process.canTerminate());
		assertThrows(DebugException.class, process::getExitValue);

		process.fail("/demo/x.strata:1:1: error: broken");

		assertTrue(process.isTerminated());
		assertFalse(process.canTerminate());
		assertEquals(1, process.getExitValue());
		assertEquals("/demo/x.strata:1:1: error: broken\n",
				process.getStreamsProxy().getErrorStreamMonitor().getContents());
	}

	@Test
	void terminateStopsARunningMachine() throws Exception {
		StrataKernelProcess process = new StrataKernelProcess(launch, "endless kernel");
		Machine machine = new Machine(MachineConfig.defaults().withRamMegabytes(4));
		machine.setSerialSink(process.serialSink());
		MultibootLoader.load(machine, EndlessKernel.image(), "", List.of());
		process.boot(machine);
		Thread.sleep(200);
		assertFalse(process.isTerminated(), "jmp $ runs until stopped");

		process.terminate();

		bot.waitUntil(Condition.of("the machine did not stop", process::isTerminated));
		assertEquals(StrataKernelProcess.NO_EXIT_VALUE, process.getExitValue());
		assertEquals("Machine stopped.\n", process.getStreamsProxy().getErrorStreamMonitor().getContents());
	}

	@Test
	void terminateBeforeBootCancelsTheBoot() throws Exception {
		StrataKernelProcess process = new StrataKernelProcess(launch, "kernel");
		process.terminate();
		assertFalse(process.isTerminated(), "the launch delegate still owns the process until it boots or fails");

		process.boot(new Machine(MachineConfig.defaults().withRamMegabytes(2)));

		assertTrue(process.isTerminated());
		assertEquals(StrataKernelProcess.NO_EXIT_VALUE, process.getExitValue());
		assertEquals("Terminated before the kernel booted.\n",
				process.getStreamsProxy().getErrorStreamMonitor().getContents());
	}
}
