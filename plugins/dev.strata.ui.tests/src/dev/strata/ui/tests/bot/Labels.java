package dev.strata.ui.tests.bot;

/** How a widget's text compares with the label a test names, as a user reads it. */
final class Labels {

	private Labels() {
	}

	/**
	 * Drops mnemonics ({@code &}), the accelerator after a tab, the trailing ellipsis and the numeric prefix of
	 * launch menus ({@code &1 Strata Kernel}), so {@code "Run As"} matches {@code "R&un As"}.
	 */
	static String normalize(String text) {
		String plain = text.replace("&", "");
		int tab = plain.indexOf('\t');
		if (tab >= 0) {
			plain = plain.substring(0, tab);
		}
		plain = plain.replaceFirst("^\\d+ ", "").strip();
		if (plain.endsWith("...")) {
			plain = plain.substring(0, plain.length() - 3);
		} else if (plain.endsWith("\u2026")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		return plain;
	}

	static boolean matches(String widgetText, String label) {
		return widgetText != null && normalize(widgetText).equals(normalize(label));
	}
}
