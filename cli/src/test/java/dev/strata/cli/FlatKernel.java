package dev.strata.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A Multiboot v1 kernel made of a few bytes of code, using the header's a.out kludge addresses (flag bit 16)
 * instead of ELF, so a test can boot a guest that does exactly one bad thing.
 */
final class FlatKernel {
    static final int LOAD_ADDRESS = 0x100000;
    /** The code starts right after the 32-byte header. */
    static final int ENTRY = LOAD_ADDRESS + 32;

    private FlatKernel() {
    }

    static byte[] withCode(int... code) {
        int magic = 0x1BADB002;
        int flags = 1 << 16;
        ByteBuffer image = ByteBuffer.allocate(32 + code.length).order(ByteOrder.LITTLE_ENDIAN);
        image.putInt(magic).putInt(flags).putInt(-(magic + flags));
        image.putInt(LOAD_ADDRESS);   // header_addr: the header is the image's first bytes
        image.putInt(LOAD_ADDRESS);   // load_addr
        image.putInt(0);              // load_end_addr: 0 loads the whole file
        image.putInt(0);              // bss_end_addr: no bss
        image.putInt(ENTRY);          // entry_addr
        for (int b : code) {
            image.put((byte) b);
        }
        return image.array();
    }
}
