package dev.strata.emulator.boot;

/** Little-endian reads from a kernel image, with the file's length checked by the caller. */
final class ImageBytes {
    private ImageBytes() {
    }

    static int u16(byte[] image, int offset) {
        return (image[offset] & 0xFF) | (image[offset + 1] & 0xFF) << 8;
    }

    static int u32(byte[] image, int offset) {
        return u16(image, offset) | u16(image, offset + 2) << 16;
    }

    /** An unsigned 32-bit value as a long, for range arithmetic that must not wrap. */
    static long u32L(byte[] image, int offset) {
        return u32(image, offset) & 0xFFFFFFFFL;
    }
}
