package dev.strata.emulator.devices;

import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.io.IoDevice;
import java.util.function.IntConsumer;

/**
 * QEMU's isa-debug-exit device at ports 0xf4-0xf7 (iobase=0xf4, iosize=4): a write of value v ends the run with
 * exit value v; QEMU's process status would be {@code (v << 1) | 1}. Reads return 0.
 */
public final class DebugExit implements IoDevice {
    public static final int PORT = 0xF4;
    public static final int PORT_COUNT = 4;

    private final IntConsumer onExit;

    /** @param onExit told the value the guest wrote */
    public DebugExit(IntConsumer onExit) {
        this.onExit = onExit;
    }

    public void attach(IoBus bus) {
        bus.registerRange(this, PORT, PORT_COUNT);
    }

    @Override
    public int read(int port, int size) {
        return 0;
    }

    @Override
    public void write(int port, int size, int value) {
        onExit.accept(value);
    }
}
