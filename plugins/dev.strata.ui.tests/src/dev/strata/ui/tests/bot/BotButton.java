package dev.strata.ui.tests.bot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** A push button. */
public final class BotButton {

	private final StrataBot bot;
	private final Button widget;

	BotButton(StrataBot bot, Button widget) {
		this.bot = bot;
		this.widget = widget;
	}

	public boolean isEnabled() {
		return bot.syncCall(widget::isEnabled);
	}

	/** Waits until the button is enabled, then presses it. */
	public void click() {
		bot.waitUntil(Condition.of("button '" + bot.syncCall(widget::getText) + "' stays disabled", this::isEnabled));
		UiThread.asyncRun(bot.display, () -> widget.notifyListeners(SWT.Selection, new Event()));
	}
}
