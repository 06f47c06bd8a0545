package dev.strata.ui.tests;

import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;

import dev.strata.ui.tests.bot.Condition;
import dev.strata.ui.tests.bot.StrataBot;

/** Finds the console that the Debug UI opened for a process. */
final class ProcessConsoles {

	private ProcessConsoles() {
	}

	/** Waits for the process console of {@code process}; the Debug UI creates it asynchronously. */
	static TextConsole of(StrataBot bot, IProcess process) {
		TextConsole[] console = new TextConsole[1];
		bot.waitUntil(Condition.of("no console for process " + process.getLabel(), () -> {
			for (IConsole candidate : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
				if (candidate instanceof org.eclipse.debug.ui.console.IConsole processConsole
						&& processConsole.getProcess() == process && candidate instanceof TextConsole text) {
					console[0] = text;
					return true;
				}
			}
			return false;
		}));
		return console[0];
	}

	/** Waits until the console's document contains {@code expected} and returns the whole text. */
	static String waitForText(StrataBot bot, TextConsole console, String expected) {
		String[] text = { "" };
		bot.waitUntil(Condition.of("console '" + console.getName() + "' never showed '" + expected + "'", () -> {
			text[0] = bot.syncCall(() -> console.getDocument().get());
			return text[0].contains(expected);
		}));
		return text[0];
	}
}
