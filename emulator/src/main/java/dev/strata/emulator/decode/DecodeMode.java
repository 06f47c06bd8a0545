package dev.strata.emulator.decode;

/**
 * The default operand and address size of the code segment being decoded. Multiboot enters 32-bit protected mode
 * directly, so only {@link #BITS_32} runs today; the decoder already handles {@link #BITS_16} so real mode can come
 * later without changing its signature.
 */
public enum DecodeMode {
    BITS_16(2),
    BITS_32(4);

    /** Default operand and address size in bytes. */
    public final int defaultSize;

    DecodeMode(int defaultSize) {
        this.defaultSize = defaultSize;
    }
}
