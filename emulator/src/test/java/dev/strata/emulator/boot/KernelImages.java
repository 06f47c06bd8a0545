package dev.strata.emulator.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-built kernel images for loader tests: a Multiboot header and an ELF32 file or an a.out-kludge image. */
final class KernelImages {
    static final int MAGIC = 0x1BADB002;
    /** mov al, 'K'; out 0xe9, al; mov al, 3; out 0xf4, al; hlt */
    static final byte[] CODE = {(byte) 0xB0, 'K', (byte) 0xE6, (byte) 0xE9, (byte) 0xB0, 3, (byte) 0xE6,
        (byte) 0xF4, (byte) 0xF4};

    private KernelImages() {
    }

    static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    static void header(ByteBuffer b, int at, int flags) {
        b.putInt(at, MAGIC).putInt(at + 4, flags).putInt(at + 8, -(MAGIC + flags));
    }

    /**
     * An ELF32 i386 executable of {@code size} bytes: header, {@code segments} program headers at 0x34 (each
     * {@code {offset, paddr, filesz, memsz}}), a Multiboot header at 0x100 and CODE at 0x200.
     */
    static ByteBuffer elf(int size, int entry, int[]... segments) {
        ByteBuffer b = buffer(size);
        b.putInt(0, 0x464C457F).put(4, (byte) 1).put(5, (byte) 1).put(6, (byte) 1);
        b.putShort(16, (short) 2).putShort(18, (short) 3).putInt(20, 1).putInt(24, entry).putInt(28, 0x34);
        b.putShort(40, (short) 52).putShort(42, (short) 32).putShort(44, (short) segments.length);
        for (int n = 0; n < segments.length; n++) {
            int at = 0x34 + 32 * n;
            int[] s = segments[n];
            b.putInt(at, 1).putInt(at + 4, s[0]).putInt(at + 8, s[1]).putInt(at + 12, s[1]);
            b.putInt(at + 16, s[2]).putInt(at + 20, s[3]).putInt(at + 24, 5).putInt(at + 28, 0x1000);
        }
        header(b, 0x100, 0x3);
        if (size >= 0x200 + CODE.length) {
            b.put(0x200, CODE);
        }
        return b;
    }

    /** A runnable ELF: one segment [0x100000, +0x1000) from file offset 0, entry at the code. */
    static byte[] runnableElf() {
        return elf(0x1000, 0x100200, new int[] {0, 0x100000, 0x1000, 0x2000}).array();
    }
}
