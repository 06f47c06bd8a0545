package dev.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import dev.strata.ui.tests.bot.StrataBot;

/**
 * Screenshots for people reviewing the UI, in {@code target/screenshots/} (the build passes the folder as
 * {@code strata.screenshots}). The workbench window first fills the display: Xvfb has no window manager to size it.
 */
final class Screenshots {

	private Screenshots() {
	}

	static void capture(StrataBot bot, String name) throws IOException {
		Rectangle display = bot.syncCall(() -> Display.getCurrent().getBounds());
		bot.workbenchShell().setBounds(display.x, display.y, display.width, display.height);
		Path file = Path.of(System.getProperty("strata.screenshots", "target/screenshots"), name);
		bot.captureScreenshot(file);
		assertTrue(Files.size(file) > 0, "screenshot " + file);
	}
}
