package dev.strata.cli;

/** A command line the {@code strata} command cannot act on; the message says what is wrong. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
