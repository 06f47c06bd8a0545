package dev.strata.ui.tests.bot;

import org.eclipse.swt.widgets.Text;

/** A text field. */
public final class BotText {

	private final StrataBot bot;
	private final Text widget;

	BotText(StrataBot bot, Text widget) {
		this.bot = bot;
		this.widget = widget;
	}

	public String getText() {
		return bot.syncCall(widget::getText);
	}
}
