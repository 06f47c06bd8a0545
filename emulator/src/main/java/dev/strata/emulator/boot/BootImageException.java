package dev.strata.emulator.boot;

/**
 * The kernel image (or what was asked to go with it) cannot be booted. The message names the file offset and the
 * reason, e.g. "not a Multiboot v1 kernel: no header magic in the first 8192 bytes".
 */
public final class BootImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public BootImageException(String message) {
        super(message);
    }
}
