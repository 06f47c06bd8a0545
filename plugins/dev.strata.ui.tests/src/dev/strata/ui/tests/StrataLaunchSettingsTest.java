package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.strata.core.StrataCore;
import dev.strata.core.launch.StrataLaunchSettings;

/** The validation rules that the Main tab shows and the launch delegate enforces. */
@ExtendWith({ NoErrorLoggedExtension.class, WorkspaceLogOnFailure.class })
class StrataLaunchSettingsTest {

	@AfterEach
	void clean() throws Exception {
		TestWorkspace.clean();
	}

	@Test
	void acceptsAnExistingStrataFile() throws Exception {
		IFile file = TestWorkspace.createFile("settings", "hello.strata", "system hello\n");
		assertNull(StrataLaunchSettings.checkSource("/settings/hello.strata"));
		assertEquals("hello.manifest manifest",
				new StrataLaunchSettings(file, StrataCore.DEFAULT_KERNEL_CMDLINE).manifestModuleCmdline());
	}

	@Test
	void namesWhatIsWrongWithTheFile() throws Exception {
		TestWorkspace.createFile("settings", "notes.txt", "not a system\n");
		assertEquals("Choose the .strata file to boot.", StrataLaunchSettings.checkSource(" "));
		assertEquals("'/settings/gone.strata' does not exist in the workspace.",
				StrataLaunchSettings.checkSource("/settings/gone.strata"));
		assertEquals("'/settings/notes.txt' is not a .strata file.", StrataLaunchSettings.checkSource("/settings/notes.txt"));
		assertEquals("'/settings' is not a .strata file.", StrataLaunchSettings.checkSource("/settings"));
	}

	@Test
	void kernelCommandLineMustBeOnePrintableLine() {
		assertNull(StrataLaunchSettings.checkKernelCmdline("console=ttyS0 debug"));
		assertNull(StrataLaunchSettings.checkKernelCmdline(""));
		assertEquals("The kernel command line must be printable ASCII on one line (column 14).",
				StrataLaunchSettings.checkKernelCmdline("console=ttyS0\nx"));
	}
}
