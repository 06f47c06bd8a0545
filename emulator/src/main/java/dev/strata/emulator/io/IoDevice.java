package dev.strata.emulator.io;

/**
 * A device on the I/O-port bus. It is only called for the ports it registered, with the access size the guest
 * used; a word or dword access goes to the device that owns its first port.
 */
public interface IoDevice {
    /** Returns the value read from {@code port}; only the low {@code size} bytes are used. */
    int read(int port, int size);

    /** Takes the low {@code size} bytes of {@code value} written to {@code port}. */
    void write(int port, int size, int value);
}
