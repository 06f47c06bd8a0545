package dev.strata.emulator.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** RAM below the size, an open bus above it, little-endian and unaligned accesses, code-write reports. */
class PhysicalMemoryTest {
    private final PhysicalMemory memory = new PhysicalMemory(0x2000);

    @Test
    void littleEndianUnalignedAccesses() {
        memory.writeDword(0x101, 0x11223344);

        assertEquals(0x44, memory.readByte(0x101));
        assertEquals(0x2233, memory.readWord(0x102));
        assertEquals(0x11223344, memory.read(0x101, 4));
    }

    @Test
    void outsideRamReadsAllOnesAndIgnoresWrites() {
        memory.writeDword(0x2000, 0);
        memory.writeByte(-1, 0);

        assertEquals(0xFF, memory.readByte(0x2000));
        assertEquals(-1, memory.readDword(0x7FFFFFF0));
        assertEquals(0xFF, memory.readByte(-4));
    }

    @Test
    void accessStraddlingTheEndOfRam() {
        memory.writeDword(0x1FFE, 0x11223344);

        assertEquals(0x3344, memory.readWord(0x1FFE));
        assertEquals(0xFFFF3344, memory.readDword(0x1FFE));
    }

    @Test
    void firstWriteToAWatchedPageIsReported() {
        int[] reported = {-1, 0};
        memory.setCodeWriteListener(page -> {
            reported[0] = page;
            reported[1]++;
        });
        memory.watchForCodeWrites(0x1234);
        memory.writeDword(0x0FFE, 0);
        memory.writeByte(0x1000, 0);

        assertEquals(1, reported[0]);
        assertEquals(1, reported[1], "the mark is cleared by the first report");
    }

    @Test
    void sizeMustBeWholePages() {
        assertThrows(IllegalArgumentException.class, () -> new PhysicalMemory(1000));
    }
}
