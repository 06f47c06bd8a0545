package dev.strata.ui.tests.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu item reached through a path of labels, from a menu bar or a context menu. Each menu on the way is "shown"
 * (SWT.Show) without being opened, which is what makes JFace and the Debug UI fill in dynamic items such as
 * Run As; {@link #click()} selects the item and then hides those menus again, as a real click would.
 */
public final class BotMenu {

	private final StrataBot bot;
	private final MenuItem item;
	private final List<Menu> shown;

	private BotMenu(StrataBot bot, MenuItem item, List<Menu> shown) {
		this.bot = bot;
		this.item = item;
		this.shown = shown;
	}

	/** Walks {@code path} from the menu that {@code top} returns (on the UI thread), waiting for each item. */
	static BotMenu open(StrataBot bot, Supplier<Menu> top, String... path) {
		List<Menu> shown = new ArrayList<>();
		MenuItem[] current = new MenuItem[1];
		for (int depth = 0; depth < path.length; depth++) {
			String label = path[depth];
			int level = depth;
			String[] seen = { "nothing" };
			bot.waitUntil(new Condition() {
				@Override
				public boolean test() {
					return bot.syncCall(() -> {
						Menu menu = level == 0 ? top.get() : current[0].getMenu();
						if (menu == null) {
							return false;
						}
						StrataBot.show(menu);
						if (!shown.contains(menu)) {
							shown.add(menu);
						}
						seen[0] = Arrays.stream(menu.getItems()).map(MenuItem::getText)
								.collect(Collectors.joining("', '", "'", "'"));
						for (MenuItem candidate : menu.getItems()) {
							if (Labels.matches(candidate.getText(), label)) {
								current[0] = candidate;
								return true;
							}
						}
						return false;
					});
				}

				@Override
				public String getFailureMessage() {
					return "no menu item '" + label + "' on the way to " + Arrays.toString(path) + "; the menu has "
							+ seen[0];
				}
			});
		}
		return new BotMenu(bot, current[0], shown);
	}

	public boolean isEnabled() {
		return bot.syncCall(item::isEnabled);
	}

	/** Selects the item, then hides the menus that were shown on the way to it. */
	public void click() {
		bot.waitUntil(Condition.of("menu item '" + bot.syncCall(item::getText) + "' is disabled", this::isEnabled));
		UiThread.asyncRun(bot.display, () -> {
			Event arm = new Event();
			item.notifyListeners(SWT.Arm, arm);
			item.notifyListeners(SWT.Selection, new Event());
			for (int i = shown.size() - 1; i >= 0; i--) {
				if (!shown.get(i).isDisposed()) {
					shown.get(i).notifyListeners(SWT.Hide, new Event());
				}
			}
		});
	}
}
