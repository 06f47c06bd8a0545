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

	/** Replaces the content, as typing would: listeners get SWT.Modify. */
	public BotText setText(String text) {
		bot.syncCall(() -> {
			widget.setFocus();
			widget.setText(text);
			return null;
		});
		return this;
	}
}
