package dev.strata.emulator.io;

import dev.strata.emulator.log.EmulatorLog;

/**
 * The 64 KiB I/O-port space. Devices claim the ports they own; a read from an unclaimed port returns all ones
 * (0xFF per byte), as on a PC's ISA bus, and a write to one is ignored.
 */
public final class IoBus {
    public static final int PORT_COUNT = 0x10000;

    private final IoDevice[] owners = new IoDevice[PORT_COUNT];
    private final EmulatorLog log;

    /** @param log where unclaimed accesses are logged (topic UNCLAIMED_PORTS) */
    public IoBus(EmulatorLog log) {
        this.log = log;
    }

    /**
     * Gives {@code device} the listed ports.
     *
     * @throws IllegalStateException when a port already belongs to another device
     */
    public void register(IoDevice device, int... ports) {
        for (int port : ports) {
            if (port < 0 || port >= PORT_COUNT) {
                throw new IllegalArgumentException(String.format("I/O port 0x%x is outside 0-0xffff", port));
            }
            if (owners[port] != null && owners[port] != device) {
                throw new IllegalStateException(String.format("I/O port 0x%x is already taken by %s", port,
                        owners[port].getClass().getSimpleName()));
            }
            owners[port] = device;
        }
    }

    /** Gives {@code device} the {@code count} ports starting at {@code first}. */
    public void registerRange(IoDevice device, int first, int count) {
        for (int i = 0; i < count; i++) {
            register(device, first + i);
        }
    }

    /** An IN of {@code size} bytes (1, 2 or 4), zero-extended. */
    public int read(int port, int size) {
        IoDevice device = owners[port & 0xFFFF];
        int mask = size == 4 ? -1 : (1 << (size * 8)) - 1;
        if (device == null) {
            log.write(EmulatorLog.Topic.UNCLAIMED_PORTS, String.format("in%s 0x%04x -> 0x%x", suffix(size),
                    port & 0xFFFF, mask));
            return mask;
        }
        return device.read(port & 0xFFFF, size) & mask;
    }

    /** An OUT of the low {@code size} bytes (1, 2 or 4) of {@code value}. */
    public void write(int port, int size, int value) {
        IoDevice device = owners[port & 0xFFFF];
        int mask = size == 4 ? -1 : (1 << (size * 8)) - 1;
        if (device == null) {
            log.write(EmulatorLog.Topic.UNCLAIMED_PORTS, String.format("out%s 0x%04x <- 0x%x", suffix(size),
                    port & 0xFFFF, value & mask));
        } else {
            device.write(port & 0xFFFF, size, value & mask);
        }
    }

    private static String suffix(int size) {
        return size == 1 ? "b" : size == 2 ? "w" : "l";
    }
}
