package dev.strata.emulator.decode;

/** Where the decoder reads instruction bytes from: guest memory through the CPU, or a byte array in tests. */
@FunctionalInterface
public interface InstructionBytes {
    /** The byte at linear address {@code address}, 0 to 255. */
    int byteAt(int address);
}
