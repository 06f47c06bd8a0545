package dev.strata.emulator.boot;

import dev.strata.emulator.memory.PhysicalMemory;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the Multiboot information structure in low memory, where QEMU puts it (0x9000), followed by the module
 * list, the memory map and the strings it points to. Modules themselves are placed by {@link MultibootLoader}.
 *
 * <pre>
 * MBI offset  field
 *   0         flags: 0 mem_*, 2 cmdline, 3 mods, 6 mmap, 9 boot_loader_name
 *   4, 8      mem_lower (KiB below 640 KiB: 640), mem_upper (KiB above 1 MiB)
 *  16         cmdline          20, 24  mods_count, mods_addr (16 bytes each: start, end, string, 0)
 *  44, 48     mmap_length, mmap_addr (24 bytes each: size=20, base u64, length u64, type)
 *  64         boot_loader_name
 * </pre>
 */
final class MultibootInfo {
    /** Where the structure goes; QEMU uses the same address. */
    static final int ADDRESS = 0x9000;
    /** The end of conventional memory QEMU reports: the EBDA starts here. */
    static final int CONVENTIONAL_END = 0x9FC00;
    static final String BOOT_LOADER_NAME = "Strata";

    private static final int INFO_SIZE = 88;
    private static final int FLAG_MEMORY = 1;
    private static final int FLAG_CMDLINE = 1 << 2;
    private static final int FLAG_MODULES = 1 << 3;
    private static final int FLAG_MMAP = 1 << 6;
    private static final int FLAG_BOOT_LOADER_NAME = 1 << 9;
    private static final int MMAP_AVAILABLE = 1;
    private static final int MMAP_RESERVED = 2;

    private final PhysicalMemory memory;
    /** The next free byte after the structure. */
    private int cursor = ADDRESS + INFO_SIZE;

    MultibootInfo(PhysicalMemory memory) {
        this.memory = memory;
    }

    /**
     * Writes the structure.
     *
     * @param moduleStarts the physical address of each module, as placed by the loader
     */
    void write(String cmdline, List<MultibootModule> modules, int[] moduleStarts) throws BootImageException {
        int ram = memory.size();
        memory.zero(ADDRESS, INFO_SIZE);
        memory.writeDword(ADDRESS, FLAG_MEMORY | FLAG_CMDLINE | FLAG_MODULES | FLAG_MMAP | FLAG_BOOT_LOADER_NAME);
        memory.writeDword(ADDRESS + 4, 640);
        memory.writeDword(ADDRESS + 8, ram / 1024 - 1024);
        memory.writeDword(ADDRESS + 16, string(cmdline));
        int table = reserve(16 * modules.size());
        for (int n = 0; n < modules.size(); n++) {
            int entry = table + 16 * n;
            memory.writeDword(entry, moduleStarts[n]);
            memory.writeDword(entry + 4, moduleStarts[n] + modules.get(n).data().length);
            memory.writeDword(entry + 8, string(modules.get(n).cmdline()));
            memory.writeDword(entry + 12, 0);
        }
        memory.writeDword(ADDRESS + 20, modules.size());
        memory.writeDword(ADDRESS + 24, table);
        long[][] map = {
            {0, CONVENTIONAL_END, MMAP_AVAILABLE},
            {CONVENTIONAL_END, 0xA0000 - CONVENTIONAL_END, MMAP_RESERVED},
            {0xF0000, 0x10000, MMAP_RESERVED},
            {0x100000, ram - 0x100000L, MMAP_AVAILABLE},
        };
        int mmap = reserve(24 * map.length);
        for (int n = 0; n < map.length; n++) {
            int entry = mmap + 24 * n;
            memory.writeDword(entry, 20);
            writeQword(entry + 4, map[n][0]);
            writeQword(entry + 12, map[n][1]);
            memory.writeDword(entry + 20, (int) map[n][2]);
        }
        memory.writeDword(ADDRESS + 44, 24 * map.length);
        memory.writeDword(ADDRESS + 48, mmap);
        memory.writeDword(ADDRESS + 64, string(BOOT_LOADER_NAME));
    }

    /** The first address after everything written. */
    int end() {
        return cursor;
    }

    private int string(String text) throws BootImageException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = reserve(bytes.length + 1);
        memory.load(at, bytes);
        memory.writeByte(at + bytes.length, 0);
        return at;
    }

    private int reserve(int bytes) throws BootImageException {
        int at = (cursor + 3) & ~3;
        if ((long) at + bytes > CONVENTIONAL_END) {
            throw new BootImageException(String.format("the Multiboot information (command lines and module list)"
                    + " does not fit between 0x%x and 0x%x", ADDRESS, CONVENTIONAL_END));
        }
        cursor = at + bytes;
        return at;
    }

    private void writeQword(int address, long value) {
        memory.writeDword(address, (int) value);
        memory.writeDword(address + 4, (int) (value >>> 32));
    }
}
