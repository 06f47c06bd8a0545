package dev.strata.ui.tests.bot;

import org.eclipse.swt.custom.StyledText;

/** A StyledText: editors and consoles show their documents in one. */
public final class BotStyledText {

	private final StrataBot bot;
	private final StyledText widget;

	BotStyledText(StrataBot bot, StyledText widget) {
		this.bot = bot;
		this.widget = widget;
	}

	public String getText() {
		return bot.syncCall(widget::getText);
	}
}
