package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.strata.core.StrataCore;
import dev.strata.ui.tests.bot.BotShell;
import dev.strata.ui.tests.bot.BotText;
import dev.strata.ui.tests.bot.BotTreeItem;
import dev.strata.ui.tests.bot.Condition;
import dev.strata.ui.tests.bot.StrataBot;

/**
 * What plugin.xml declares is really there: the launch type, the content type and its editor, and the type in the
 * Run Configurations dialog. Screenshots go to {@code target/screenshots/} for people reviewing the UI.
 */
@ExtendWith({ NoErrorLoggedExtension.class, WorkspaceLogOnFailure.class })
class StrataRegistrationTest {

	private static final String TEXT_CONTENT_TYPE = "org.eclipse.core.runtime.text";
	private static final String DEFAULT_TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

	private final StrataBot bot = new StrataBot();

	@AfterEach
	void clean() throws Exception {
		bot.syncCall(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
		TestWorkspace.clean();
	}

	@Test
	void launchTypeIsRegistered() {
		ILaunchConfigurationType type = TestWorkspace.launchManager().getLaunchConfigurationType(StrataCore.LAUNCH_TYPE_ID);
		assertNotNull(type, "launch type " + StrataCore.LAUNCH_TYPE_ID);
		assertEquals("Strata Kernel", type.getName());
		assertTrue(type.supportsMode(ILaunchManager.RUN_MODE));
		assertTrue(type.isPublic());
	}

	@Test
	void strataFilesHaveTheirContentTypeAndOpenInAnEditor() throws Exception {
		IContentType contentType = Platform.getContentTypeManager().findContentTypeFor("hello.strata");
		assertNotNull(contentType, "content type of *.strata");
		assertEquals(StrataCore.CONTENT_TYPE_ID, contentType.getId());
		assertTrue(contentType.isKindOf(Platform.getContentTypeManager().getContentType(TEXT_CONTENT_TYPE)));

		IEditorDescriptor editor = bot.syncCall(
				() -> PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("hello.strata", contentType));
		assertNotNull(editor, "default editor of *.strata");
		assertEquals(DEFAULT_TEXT_EDITOR, editor.getId());

		IFile hello = TestWorkspace.createFile("registration", "hello.strata", TestWorkspace.helloExample());
		IEditorPart opened = bot.syncCall(
				() -> IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), hello));
		assertEquals(DEFAULT_TEXT_EDITOR, opened.getSite().getId());
		assertTrue(bot.styledText().getText().contains("system hello"), "the editor shows the file");
		Screenshots.capture(bot, "strata-editor.png");
	}

	@Test
	void runConfigurationsDialogOffersStrataKernelAndValidatesTheMainTab() throws Exception {
		IFile hello = TestWorkspace.createFile("registration", "hello.strata", TestWorkspace.helloExample());
		TestWorkspace.createConfiguration("hello", hello);
		bot.viewById(IPageLayout.ID_PROJECT_EXPLORER).bot().tree().getTreeItem("registration").expand()
				.getNode("hello.strata").select();

		bot.menu("Run", "Run Configurations...").click();
		BotShell dialog = bot.shell("Run Configurations");
		try {
			BotTreeItem strataKernel = dialog.bot().tree().getTreeItem("Strata Kernel");
			strataKernel.expand().getNode("hello").select();
			BotText file = dialog.bot().text(hello.getFullPath().toString());
			dialog.bot().text(StrataCore.DEFAULT_KERNEL_CMDLINE);
			Screenshots.capture(bot, "run-configurations.png");

			file.setText("/registration/missing.strata");
			dialog.bot().text("'/registration/missing.strata' does not exist in the workspace.");
			assertFalse(dialog.bot().button("Run").isEnabled(), "Run is disabled while the tab is invalid");
			Screenshots.capture(bot, "run-configurations-invalid.png");
			dialog.bot().button("Revert").click();
			dialog.bot().text(hello.getFullPath().toString());
		} finally {
			dialog.bot().button("Close").click();
		}
		bot.waitUntil(Condition.of("Run Configurations did not close", () -> !dialog.isOpen()));
	}
}
