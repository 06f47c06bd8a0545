package dev.strata.emulator.decode;

/** How an immediate operand is encoded after the ModRM/SIB/displacement bytes. */
public enum ImmediateKind {
    NONE,
    /** An unsigned byte (ports, vectors, shift counts, masks for byte operations). */
    BYTE,
    /** A byte sign-extended to the operand size (83 /r, 6A, 6B). */
    BYTE_SIGNED,
    /** An unsigned 16-bit word (ret imm16, enter). */
    WORD,
    /** 16 or 32 bits by operand size ("Iz"/"Iv"); a 16-bit value is kept unsigned. */
    OPERAND,
    /** A relative jump displacement of one byte, sign-extended. */
    REL_BYTE,
    /** A relative jump displacement of 16 or 32 bits by operand size, sign-extended. */
    REL_OPERAND,
    /** A memory offset of 16 or 32 bits by address size (A0-A3 "moffs"). */
    OFFSET,
    /** A far pointer: offset of 16 or 32 bits by operand size, then a 16-bit selector (in imm2). */
    FAR_POINTER
}
