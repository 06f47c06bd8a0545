package dev.strata.ui.tests.bot;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree, such as the Project Explorer's or the launch configuration types in Run Configurations. */
public final class BotTree {

	private final StrataBot bot;
	final Tree widget;

	BotTree(StrataBot bot, Tree widget) {
		this.bot = bot;
		this.widget = widget;
	}

	/** Waits for a top-level item labelled {@code label}. */
	public BotTreeItem getTreeItem(String label) {
		TreeItem[] found = new TreeItem[1];
		bot.waitUntil(Condition.of("no item '" + label + "' in the tree; it has " + labels(), () -> bot.syncCall(() -> {
			found[0] = BotTreeItem.itemLabelled(widget.getItems(), label);
			return found[0] != null;
		})));
		return new BotTreeItem(bot, found[0]);
	}

	private String labels() {
		return bot.syncCall(() -> Arrays.stream(widget.getItems()).map(TreeItem::getText)
				.collect(Collectors.joining("', '", "'", "'")));
	}
}
