package dev.strata.emulator.boot;

import static dev.strata.emulator.boot.ImageBytes.u32;
import static dev.strata.emulator.boot.ImageBytes.u32L;

/**
 * The Multiboot v1 header: found at a 4-byte aligned offset within the first 8192 bytes of the image.
 *
 * <pre>
 * offset  field           used when
 *   0     magic           0x1BADB002
 *   4     flags           bit 0 page-align modules, 1 memory info, 2 video mode, 16 address fields valid
 *   8     checksum        magic + flags + checksum == 0 (mod 2^32)
 *  12     header_addr     flag 16 (the "a.out kludge")
 *  16     load_addr       flag 16
 *  20     load_end_addr   flag 16; 0 = to the end of the file
 *  24     bss_end_addr    flag 16; 0 = no bss
 *  28     entry_addr      flag 16
 * </pre>
 */
record MultibootHeader(int offset, int flags, long headerAddr, long loadAddr, long loadEndAddr, long bssEndAddr,
        long entryAddr) {
    static final int MAGIC = 0x1BADB002;
    static final int SEARCH_LIMIT = 8192;
    static final int FLAG_ADDRESSES = 1 << 16;
    /** Bits 0-15 are requirements; a loader must refuse bits it does not know. Bits 0-2 are known. */
    private static final int KNOWN_REQUIREMENTS = 0x7;

    static MultibootHeader find(byte[] image) throws BootImageException {
        int end = Math.min(image.length, SEARCH_LIMIT) - 12;
        for (int at = 0; at <= end; at += 4) {
            if (u32(image, at) != MAGIC) {
                continue;
            }
            int flags = u32(image, at + 4);
            int sum = MAGIC + flags + u32(image, at + 8);
            if (sum != 0) {
                throw new BootImageException(String.format("not a Multiboot v1 kernel: header at offset 0x%x has a"
                        + " bad checksum (magic + flags + checksum = 0x%08x, not 0)", at, sum));
            }
            int unknown = flags & 0xFFFF & ~KNOWN_REQUIREMENTS;
            if (unknown != 0) {
                throw new BootImageException(String.format("Multiboot header at offset 0x%x requires features this"
                        + " loader does not have (flag bits 0x%04x)", at, unknown));
            }
            if ((flags & FLAG_ADDRESSES) == 0) {
                return new MultibootHeader(at, flags, 0, 0, 0, 0, 0);
            }
            if (at + 32 > image.length) {
                throw new BootImageException(String.format("Multiboot header at offset 0x%x: the address fields"
                        + " (flag bit 16) run past the end of the file (0x%x bytes)", at, image.length));
            }
            return new MultibootHeader(at, flags, u32L(image, at + 12), u32L(image, at + 16), u32L(image, at + 20),
                    u32L(image, at + 24), u32L(image, at + 28));
        }
        throw new BootImageException("not a Multiboot v1 kernel: no header magic in the first 8192 bytes");
    }

    boolean hasAddresses() {
        return (flags & FLAG_ADDRESSES) != 0;
    }
}
