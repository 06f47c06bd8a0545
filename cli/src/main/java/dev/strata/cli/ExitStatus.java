package dev.strata.cli;

/**
 * Host-side exit statuses of the {@code strata} command. A guest that exits through port 0xf4 makes the command
 * exit with the guest's own value instead, so these follow sysexits(3) to stay clear of small guest values.
 */
final class ExitStatus {
    static final int OK = 0;
    /** Wrong flags or arguments. */
    static final int USAGE = 64;
    /** The input exists but is wrong: a .strata file with errors, a file that is not a Multiboot kernel. */
    static final int DATA_ERROR = 65;
    /** A named file does not exist or cannot be read. */
    static final int NO_INPUT = 66;
    /** The guest stopped on a fault (undefined opcode, triple fault) instead of exiting. */
    static final int GUEST_FAULT = 70;
    /** The run was stopped by --timeout. */
    static final int TIMEOUT = 124;

    private ExitStatus() {
    }
}
