package dev.strata.emulator.devices;

import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.io.IoDevice;

/**
 * The Bochs/QEMU debug console on port 0xE9: each byte written goes to the host sink. Reading the port returns 0xE9,
 * which is how guests detect that it is there.
 */
public final class DebugConsole implements IoDevice {
    public static final int PORT = 0xE9;

    private final HostSink sink;

    public DebugConsole(HostSink sink) {
        this.sink = sink;
    }

    public void attach(IoBus bus) {
        bus.register(this, PORT);
    }

    @Override
    public int read(int port, int size) {
        return PORT;
    }

    @Override
    public void write(int port, int size, int value) {
        sink.write(value & 0xFF);
    }
}
