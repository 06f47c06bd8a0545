package dev.strata.ui.tests.bot;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** An item of a tree; JFace viewers react to the events these methods send as they do to a user's. */
public final class BotTreeItem {

	private final StrataBot bot;
	private final TreeItem widget;

	BotTreeItem(StrataBot bot, TreeItem widget) {
		this.bot = bot;
		this.widget = widget;
	}

	static TreeItem itemLabelled(TreeItem[] items, String label) {
		for (TreeItem item : items) {
			if (Labels.matches(item.getText(), label)) {
				return item;
			}
		}
		return null;
	}

	public String getText() {
		return bot.syncCall(widget::getText);
	}

	/** Expands the item; SWT.Expand is what makes a JFace tree viewer create the children. */
	public BotTreeItem expand() {
		bot.syncCall(() -> {
			Event event = new Event();
			event.item = widget;
			widget.getParent().notifyListeners(SWT.Expand, event);
			widget.setExpanded(true);
			return null;
		});
		return this;
	}

	/** Waits for a child labelled {@code label}; expand first. */
	public BotTreeItem getNode(String label) {
		TreeItem[] found = new TreeItem[1];
		bot.waitUntil(Condition.of("no child '" + label + "' under '" + getText() + "'", () -> bot.syncCall(() -> {
			found[0] = itemLabelled(widget.getItems(), label);
			return found[0] != null;
		})));
		return new BotTreeItem(bot, found[0]);
	}

	/** Selects this item alone and tells the viewer, which updates the workbench selection. */
	public BotTreeItem select() {
		bot.syncCall(() -> {
			Tree tree = widget.getParent();
			tree.setFocus();
			tree.setSelection(widget);
			Event event = new Event();
			event.item = widget;
			tree.notifyListeners(SWT.Selection, event);
			return null;
		});
		return this;
	}

	/** Double-clicks the item (SWT.DefaultSelection), which opens or launches it in most viewers. */
	public void doubleClick() {
		select();
		UiThread.asyncRun(bot.display, () -> {
			Event event = new Event();
			event.item = widget;
			widget.getParent().notifyListeners(SWT.DefaultSelection, event);
		});
	}

	/** The context menu of the tree, walked along {@code path}; select the item first. */
	public BotMenu contextMenu(String... path) {
		return BotMenu.open(bot, () -> widget.getParent().getMenu(), path);
	}
}
