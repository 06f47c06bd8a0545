package dev.strata.cli;

/**
 * Bad input named by the user: the message is a complete one-line diagnostic that already names the place
 * ({@code file:line:col}, or the file and the offset), and {@link #status()} says which host exit status fits.
 */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    InputException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
