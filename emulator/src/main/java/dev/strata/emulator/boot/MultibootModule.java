package dev.strata.emulator.boot;

/**
 * A Multiboot boot module: its bytes and its command line. As with QEMU's {@code -initrd "file args"}, the command
 * line conventionally starts with the module's file name.
 */
public record MultibootModule(String cmdline, byte[] data) {
    public MultibootModule {
        if (cmdline == null || data == null) {
            throw new IllegalArgumentException("a Multiboot module needs a command line and data (both non-null)");
        }
    }
}
