package dev.strata.ui.tests.bot;

import java.util.concurrent.Callable;

/**
 * Something a test waits for, like SWTBot's {@code ICondition}. {@link #test()} runs on the test thread; a
 * condition that reads widgets goes through {@link StrataBot#syncCall}.
 */
public interface Condition {

	boolean test() throws Exception;

	/** Says what did not happen, for the timeout message. */
	String getFailureMessage();

	static Condition of(String failureMessage, Callable<Boolean> test) {
		return new Condition() {
			@Override
			public boolean test() throws Exception {
				return test.call();
			}

			@Override
			public String getFailureMessage() {
				return failureMessage;
			}
		};
	}
}
