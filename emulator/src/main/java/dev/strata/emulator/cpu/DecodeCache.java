package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.memory.PhysicalMemory;
import java.util.Arrays;

/**
 * Decoded instructions by physical address, one array per 4 KiB page of RAM, so a loop is decoded once. A write to a
 * page that has cached instructions drops the whole page (self-modifying code, or the loader reusing memory).
 * Instructions that straddle a page boundary are not cached, so a page's entries depend only on its own bytes.
 */
final class DecodeCache {
    private final DecodedInstruction[][] pages;
    private final PhysicalMemory memory;
    long hits;
    long misses;
    long invalidations;

    DecodeCache(PhysicalMemory memory) {
        this.memory = memory;
        this.pages = new DecodedInstruction[memory.size() >>> PhysicalMemory.PAGE_SHIFT][];
        memory.setCodeWriteListener(this::invalidate);
    }

    /** The cached instruction at {@code physical}, or null. */
    DecodedInstruction get(int physical) {
        if (physical < 0 || physical >= memory.size()) {
            return null;
        }
        DecodedInstruction[] page = pages[physical >>> PhysicalMemory.PAGE_SHIFT];
        if (page == null) {
            misses++;
            return null;
        }
        DecodedInstruction insn = page[physical & (PhysicalMemory.PAGE_SIZE - 1)];
        if (insn == null) {
            misses++;
        } else {
            hits++;
        }
        return insn;
    }

    void put(int physical, DecodedInstruction insn) {
        int offset = physical & (PhysicalMemory.PAGE_SIZE - 1);
        if (physical < 0 || physical >= memory.size() || offset + insn.length > PhysicalMemory.PAGE_SIZE) {
            return;
        }
        int number = physical >>> PhysicalMemory.PAGE_SHIFT;
        if (pages[number] == null) {
            pages[number] = new DecodedInstruction[PhysicalMemory.PAGE_SIZE];
            memory.watchForCodeWrites(physical);
        }
        pages[number][offset] = insn;
    }

    void invalidate(int page) {
        pages[page] = null;
        invalidations++;
    }

    /** Drops everything, e.g. when the code segment's default size changes what the bytes mean. */
    void clear() {
        Arrays.fill(pages, null);
        invalidations++;
    }
}
