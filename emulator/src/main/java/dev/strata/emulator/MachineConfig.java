package dev.strata.emulator;

/**
 * How a {@link Machine} is built.
 *
 * @param ramBytes physical RAM in bytes: a multiple of 4 KiB, from 2 MiB (room for the first megabyte and a
 *                 kernel) up to 2 GiB - 4 KiB (one Java array)
 */
public record MachineConfig(int ramBytes) {
    public static final int DEFAULT_RAM = 128 << 20;
    public static final int MINIMUM_RAM = 2 << 20;

    public MachineConfig {
        if (ramBytes < MINIMUM_RAM || ramBytes % 4096 != 0) {
            throw new IllegalArgumentException(
                    "RAM must be a multiple of 4 KiB and at least 2 MiB, not " + ramBytes + " bytes");
        }
    }

    /** 128 MiB of RAM, as QEMU's default. */
    public static MachineConfig defaults() {
        return new MachineConfig(DEFAULT_RAM);
    }

    public MachineConfig withRamMegabytes(int megabytes) {
        return new MachineConfig(megabytes << 20);
    }
}
