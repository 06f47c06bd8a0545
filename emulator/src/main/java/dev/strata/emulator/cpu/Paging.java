package dev.strata.emulator.cpu;

import dev.strata.emulator.log.EmulatorLog;
import dev.strata.emulator.memory.PhysicalMemory;
import java.util.Arrays;

/**
 * i386 paging: two-level 4 KiB page tables from CR3, with a direct-mapped TLB. Only ring 0 runs, so the U/S bit is
 * not checked; a write to a read-only page faults only when CR0.WP is set (as on a 486). Walks set the accessed
 * bits and, for writes, the dirty bit. A missing or forbidden mapping raises #PF with CR2 = the linear address and
 * the error code's P and W/R bits. Like the chip, the TLB is only refreshed by a CR3 write, INVLPG or toggling
 * CR0.PG, so a guest that edits a live page table must invalidate it.
 *
 * <pre>
 * PDE/PTE: bits 31-12 frame, 6 dirty (PTE), 5 accessed, 1 writable, 0 present
 * linear:  bits 31-22 directory index, 21-12 table index, 11-0 offset
 * </pre>
 */
final class Paging {
    static final int CR0_WP = 1 << 16;
    private static final int PRESENT = 1;
    private static final int WRITABLE = 1 << 1;
    private static final int ACCESSED = 1 << 5;
    private static final int DIRTY = 1 << 6;
    private static final int FRAME = 0xFFFFF000;
    private static final int TLB_SIZE = 1024;
    private static final int ERROR_PRESENT = 1;
    private static final int ERROR_WRITE = 2;
    private static final int PAGE_FAULT = 14;

    private final Cpu cpu;
    private final PhysicalMemory memory;
    /** Linear page number + 1 of each slot (0: empty). */
    private final int[] tags = new int[TLB_SIZE];
    /** Physical frame of each slot. */
    private final int[] frames = new int[TLB_SIZE];
    /** True when the slot may be written without another walk (writable and already dirty). */
    private final boolean[] writeReady = new boolean[TLB_SIZE];
    /** Page walks done because the TLB missed, for profiling. */
    long walks;

    Paging(Cpu cpu, PhysicalMemory memory) {
        this.cpu = cpu;
        this.memory = memory;
    }

    int translate(int linear, boolean write) {
        int page = linear >>> PhysicalMemory.PAGE_SHIFT;
        int slot = page & (TLB_SIZE - 1);
        if (tags[slot] == page + 1 && (!write || writeReady[slot])) {
            return frames[slot] | (linear & (PhysicalMemory.PAGE_SIZE - 1));
        }
        return walk(linear, write, page, slot);
    }

    private int walk(int linear, boolean write, int page, int slot) {
        walks++;
        if (cpu.log.on(EmulatorLog.Topic.PAGING)) {
            cpu.log.write(EmulatorLog.Topic.PAGING, String.format("walk 0x%08x%s (cr3=0x%08x)", linear,
                    write ? " for a write" : "", cpu.cr3));
        }
        int directoryEntryAddress = (cpu.cr3 & FRAME) + ((linear >>> 22) << 2);
        int directoryEntry = memory.readDword(directoryEntryAddress);
        if ((directoryEntry & PRESENT) == 0) {
            throw fault(linear, write, 0, "page directory entry");
        }
        int tableEntryAddress = (directoryEntry & FRAME) + (((linear >>> 12) & 0x3FF) << 2);
        int tableEntry = memory.readDword(tableEntryAddress);
        if ((tableEntry & PRESENT) == 0) {
            throw fault(linear, write, 0, "page table entry");
        }
        boolean writable = (directoryEntry & tableEntry & WRITABLE) != 0 || (cpu.cr0 & CR0_WP) == 0;
        if (write && !writable) {
            throw fault(linear, true, ERROR_PRESENT, "read-only page");
        }
        if ((directoryEntry & ACCESSED) == 0) {
            memory.writeDword(directoryEntryAddress, directoryEntry | ACCESSED);
        }
        int updated = tableEntry | ACCESSED | (write ? DIRTY : 0);
        if (updated != tableEntry) {
            memory.writeDword(tableEntryAddress, updated);
        }
        tags[slot] = page + 1;
        frames[slot] = tableEntry & FRAME;
        writeReady[slot] = writable && (updated & DIRTY) != 0;
        return (tableEntry & FRAME) | (linear & (PhysicalMemory.PAGE_SIZE - 1));
    }

    private CpuException fault(int linear, boolean write, int present, String what) {
        cpu.cr2 = linear;
        String reason = present != 0
                ? String.format("write to the %s at linear address 0x%08x", what, linear)
                : String.format("no %s for linear address 0x%08x", what, linear);
        cpu.log.write(EmulatorLog.Topic.PAGING, "#PF: " + reason);
        return new CpuException(PAGE_FAULT, present | (write ? ERROR_WRITE : 0), reason);
    }

    void flush() {
        Arrays.fill(tags, 0);
    }

    void invalidate(int linear) {
        int page = linear >>> PhysicalMemory.PAGE_SHIFT;
        int slot = page & (TLB_SIZE - 1);
        if (tags[slot] == page + 1) {
            tags[slot] = 0;
        }
    }
}
