package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.memory.PhysicalMemory;
import java.util.Arrays;

/**
 * Decoded instructions by physical address, one array per 4 KiB page of RAM, so a loop is decoded once. A write to a
 * page that has cached instructions drops the whole page (self-modifying code, or the guest reusing memory).
 * Instructions that straddle a page boundary are not cached, so a page's entries depend only on its own bytes.
 */
final class DecodeCache {
    private final DecodedInstruction[][] pages;
    private final PhysicalMemory memory;
    /** Instructions decoded because the cache did not have them. */
    long decodes;
    /** Pages dropped because the guest wrote to them. */
    long invalidations;

    DecodeCache(PhysicalMemory memory) {
        this.memory = memory;
        this.pages = new DecodedInstruction[memory.size() >>> PhysicalMemory.PAGE_SHIFT][];
    }

    /** The cache array of the RAM page holding {@code physical}, created if needed; null outside RAM. */
    DecodedInstruction[] page(int physical) {
        if (!memory.isRam(physical)) {
            return null;
        }
        int number = physical >>> PhysicalMemory.PAGE_SHIFT;
        DecodedInstruction[] page = pages[number];
        if (page == null) {
            page = new DecodedInstruction[PhysicalMemory.PAGE_SIZE];
            pages[number] = page;
            memory.watchForCodeWrites(physical);
        }
        return page;
    }

    /** Caches {@code insn}, decoded at {@code physical}, unless it runs into the next page. */
    static void put(DecodedInstruction[] page, int physical, DecodedInstruction insn) {
        int offset = physical & (PhysicalMemory.PAGE_SIZE - 1);
        if (offset + insn.length <= PhysicalMemory.PAGE_SIZE) {
            page[offset] = insn;
        }
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
