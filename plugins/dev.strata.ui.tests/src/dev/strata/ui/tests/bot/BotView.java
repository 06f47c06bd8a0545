package dev.strata.ui.tests.bot;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;

/** A workbench view. Its {@link #bot()} searches only the view's own widgets. */
public final class BotView {

	private final StrataBot bot;
	private final IViewPart part;

	BotView(StrataBot bot, IViewPart part) {
		this.bot = bot;
		this.part = part;
	}

	public IViewPart getPart() {
		return part;
	}

	public String getTitle() {
		return bot.syncCall(part::getTitle);
	}

	/** Brings the view to the front and activates it. */
	public BotView show() {
		bot.syncCall(() -> {
			bot.page().activate(part);
			return null;
		});
		return this;
	}

	/** A bot over the composite that the workbench model renders this view into. */
	public StrataBot bot() {
		return new StrataBot(bot.display, () -> List.of((Composite) part.getSite().getService(MPart.class).getWidget()));
	}
}
