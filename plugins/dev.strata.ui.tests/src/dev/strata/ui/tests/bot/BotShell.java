package dev.strata.ui.tests.bot;

import java.util.List;

import org.eclipse.swt.widgets.Shell;

/** A top-level window: the workbench window or a dialog. */
public final class BotShell {

	private final StrataBot bot;
	final Shell widget;

	BotShell(StrataBot bot, Shell widget) {
		this.bot = bot;
		this.widget = widget;
	}

	/** A bot that searches this shell only. */
	public StrataBot bot() {
		return new StrataBot(bot.display, () -> List.of(widget));
	}

	public String getText() {
		return bot.syncCall(widget::getText);
	}

	public boolean isOpen() {
		return bot.syncCall(() -> !widget.isDisposed() && widget.isVisible());
	}

	public BotShell activate() {
		bot.syncCall(() -> {
			widget.forceActive();
			widget.setFocus();
			return null;
		});
		return this;
	}

	/** Sets the shell's bounds, e.g. to make a screenshot show the whole of it. */
	public BotShell setBounds(int x, int y, int width, int height) {
		bot.syncCall(() -> {
			widget.setBounds(x, y, width, height);
			return null;
		});
		return this;
	}

	public void close() {
		UiThread.asyncRun(bot.display, () -> {
			if (!widget.isDisposed()) {
				widget.close();
			}
		});
		bot.waitUntil(Condition.of("shell '" + getTextIfOpen() + "' did not close", () -> !isOpen()));
	}

	private String getTextIfOpen() {
		return bot.syncCall(() -> widget.isDisposed() ? "(disposed)" : widget.getText());
	}
}
