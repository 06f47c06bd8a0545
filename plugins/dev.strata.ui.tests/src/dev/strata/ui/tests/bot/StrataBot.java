package dev.strata.ui.tests.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * A small widget driver for workbench tests, shaped like SWTBot so that moving to SWTBot later is a matter of
 * renaming ({@code StrataBot} → {@code SWTWorkbenchBot}, {@code BotShell} → {@code SWTBotShell}, ...).
 * <p>
 * Tests run on their own thread; every widget access goes to the UI thread through {@link #syncCall}, and every
 * click through {@code asyncExec}, so a click that opens a modal dialog does not block the test. Finders wait up
 * to {@link #DEFAULT_TIMEOUT_MILLIS} for the widget to appear and consider visible widgets only.
 */
public class StrataBot {

	public static final long DEFAULT_TIMEOUT_MILLIS = 20_000;
	private static final long POLL_MILLIS = 50;

	final Display display;
	/** The composites this bot searches, computed on the UI thread at each search. */
	private final Supplier<List<? extends Composite>> roots;

	/** A bot over all open shells, the active one first. */
	public StrataBot() {
		this(PlatformUI.getWorkbench().getDisplay(), null);
	}

	StrataBot(Display display, Supplier<List<? extends Composite>> roots) {
		this.display = display;
		this.roots = roots != null ? roots : this::visibleShells;
	}

	private List<Shell> visibleShells() {
		List<Shell> shells = new ArrayList<>();
		Shell active = display.getActiveShell();
		if (active != null) {
			shells.add(active);
		}
		Shell[] all = display.getShells();
		// Without a window manager (Xvfb) nothing may be active; the newest shell is the likeliest dialog.
		for (int i = all.length - 1; i >= 0; i--) {
			if (all[i].isVisible() && all[i] != active) {
				shells.add(all[i]);
			}
		}
		return shells;
	}

	/** Waits for a visible shell titled {@code title}. */
	public BotShell shell(String title) {
		return new BotShell(this, find(Shell.class, shell -> title.equals(shell.getText()), "shell '" + title + "'",
				() -> List.of(display.getShells())));
	}

	/** The workbench window's shell. */
	public BotShell workbenchShell() {
		return new BotShell(this, syncCall(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
				: PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell()));
	}

	/** A menu of the workbench window's menu bar, e.g. {@code menu("Run", "Run Configurations...")}. */
	public BotMenu menu(String... path) {
		Shell shell = workbenchShell().widget;
		return BotMenu.open(this, () -> shell.getMenuBar(), path);
	}

	public BotTree tree() {
		return new BotTree(this, find(Tree.class, tree -> true, "tree"));
	}

	public BotButton button(String label) {
		return new BotButton(this, find(Button.class, button -> (button.getStyle() & SWT.PUSH) != 0
				&& Labels.matches(button.getText(), label), "button '" + label + "'"));
	}

	/**
	 * Waits for a text field whose content is {@code value}, ignoring surrounding blanks: JFace puts a space before
	 * a dialog's message when it shows an icon next to it.
	 */
	public BotText text(String value) {
		return new BotText(this, find(Text.class, text -> value.strip().equals(text.getText().strip()),
				"text field '" + value + "'"));
	}

	public BotStyledText styledText() {
		return new BotStyledText(this, find(StyledText.class, text -> true, "styled text"));
	}

	/** Shows the view with this id in the active page and returns it. */
	public BotView viewById(String id) {
		IViewPart part = syncCall(() -> page().showView(id));
		return new BotView(this, part);
	}

	/** Waits for an open view titled {@code title} (its tab text) in the active page, and shows it. */
	public BotView viewByTitle(String title) {
		IViewPart[] found = new IViewPart[1];
		waitUntil(Condition.of("no view titled '" + title + "'", () -> syncCall(() -> {
			for (IViewReference reference : page().getViewReferences()) {
				if (title.equals(reference.getPartName()) && reference.getView(true) != null) {
					found[0] = reference.getView(true);
					page().activate(found[0]);
					return true;
				}
			}
			return false;
		})), DEFAULT_TIMEOUT_MILLIS);
		return new BotView(this, found[0]);
	}

	IWorkbenchPage page() throws PartInitException {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window.getActivePage();
	}

	public void waitUntil(Condition condition) {
		waitUntil(condition, DEFAULT_TIMEOUT_MILLIS);
	}

	/** Polls {@code condition} from the test thread until it holds; fails the test after {@code timeoutMillis}. */
	public void waitUntil(Condition condition, long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		Exception last = null;
		while (true) {
			try {
				if (condition.test()) {
					return;
				}
			} catch (Exception e) {
				last = e;
			}
			if (System.currentTimeMillis() > deadline) {
				AssertionError timeout = new AssertionError(
						"Timed out after " + timeoutMillis + " ms: " + condition.getFailureMessage());
				if (last != null) {
					timeout.initCause(last);
				}
				throw timeout;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting: " + condition.getFailureMessage(), e);
			}
		}
	}

	/** Runs {@code call} on the UI thread and returns its result. */
	public <T> T syncCall(Callable<T> call) {
		return UiThread.syncCall(display, call);
	}

	/** Saves a PNG of the whole display, as {@code GC.copyArea} sees it, to {@code file}. */
	public void captureScreenshot(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		ImageData data = syncCall(() -> {
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				return image.getImageData();
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	<W extends Control> W find(Class<W> type, Predicate<W> filter, String description) {
		return find(type, filter, description, roots);
	}

	private <W extends Control> W find(Class<W> type, Predicate<W> filter, String description,
			Supplier<List<? extends Composite>> searchRoots) {
		List<W> found = new ArrayList<>();
		waitUntil(Condition.of("no visible " + description, () -> syncCall(() -> {
			for (Composite root : searchRoots.get()) {
				collect(root, type, filter, found);
				if (!found.isEmpty()) {
					return true;
				}
			}
			return false;
		})), DEFAULT_TIMEOUT_MILLIS);
		return found.get(0);
	}

	private static <W extends Control> void collect(Control control, Class<W> type, Predicate<W> filter,
			List<W> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	/** Shows {@code menu} the way the toolkit does before it opens, so menu managers fill it. */
	static void show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
	}
}
