package dev.strata.emulator.decode;

import java.util.HexFormat;

/**
 * One instruction, decoded once: its table row, prefixes, ModRM parts, the pieces of its effective address, its
 * immediates and its length. Immutable, so the CPU can cache it by physical address and execute it many times.
 *
 * <p>The effective address of a memory operand is {@code base + (index << scaleShift) + displacement} (a register
 * of -1 contributes nothing), truncated to 16 bits when {@link #addressSize} is 2, in segment {@link #segment}.
 */
public final class DecodedInstruction {
    public static final int PREFIX_LOCK = 1;
    public static final int PREFIX_REP = 2;
    public static final int PREFIX_REPNE = 4;
    public static final int PREFIX_OPERAND_SIZE = 8;
    public static final int PREFIX_ADDRESS_SIZE = 16;

    /** Segment register numbers, as the hardware encodes them. */
    public static final int ES = 0;
    public static final int CS = 1;
    public static final int SS = 2;
    public static final int DS = 3;
    public static final int FS = 4;
    public static final int GS = 5;

    /** The table row; {@link OpcodeTable#UNDEFINED} or {@link OpcodeTable#TOO_LONG} when not a valid instruction. */
    public final OpcodeSpec spec;
    /** The linear address it was decoded at; only the disassembler uses it (jump targets). */
    public final int address;
    public final int length;
    /** PREFIX_* bits. */
    public final int prefixes;
    /** The segment override prefix, or -1. */
    public final int segmentOverride;
    /** The segment of the memory operand: the override, else SS for ESP/EBP-based addresses, else DS. */
    public final int segment;
    /** 1, 2 or 4 is decided per operand by the handler; this is the size 'v' operands have: 2 or 4. */
    public final int operandSize;
    /** 2 or 4. */
    public final int addressSize;
    /** The ModRM byte, or -1. */
    public final int modrm;
    public final int mod;
    public final int reg;
    public final int rm;
    /** Base register of the effective address, or -1. */
    public final int base;
    /** Index register of the effective address, or -1. */
    public final int index;
    public final int scaleShift;
    public final int displacement;
    /** The first immediate (a relative jump's displacement, a moffs offset, a far pointer's offset). */
    public final int immediate;
    /** The second immediate (a far pointer's selector, enter's nesting level). */
    public final int immediate2;
    private final byte[] bytes;

    DecodedInstruction(OpcodeSpec spec, int address, byte[] bytes, int prefixes, int segmentOverride, int segment,
            int operandSize, int addressSize, int modrm, int base, int index, int scaleShift, int displacement,
            int immediate, int immediate2) {
        this.spec = spec;
        this.address = address;
        this.bytes = bytes;
        this.length = bytes.length;
        this.prefixes = prefixes;
        this.segmentOverride = segmentOverride;
        this.segment = segment;
        this.operandSize = operandSize;
        this.addressSize = addressSize;
        this.modrm = modrm;
        this.mod = modrm < 0 ? -1 : modrm >> 6;
        this.reg = modrm < 0 ? -1 : (modrm >> 3) & 7;
        this.rm = modrm < 0 ? -1 : modrm & 7;
        this.base = base;
        this.index = index;
        this.scaleShift = scaleShift;
        this.displacement = displacement;
        this.immediate = immediate;
        this.immediate2 = immediate2;
    }

    /** True when the ModRM r/m operand is in memory rather than a register. */
    public boolean hasMemoryOperand() {
        return modrm >= 0 && mod != 3;
    }

    public boolean hasPrefix(int prefix) {
        return (prefixes & prefix) != 0;
    }

    /** True when the table does not define these bytes (or they run past 15 bytes). */
    public boolean isUndefined() {
        return spec == OpcodeTable.UNDEFINED || spec == OpcodeTable.TOO_LONG;
    }

    /** The instruction's bytes, e.g. for a diagnostic. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes as lowercase hex pairs separated by spaces: "0f 0b". */
    public String hexBytes() {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    @Override
    public String toString() {
        return hexBytes() + "  " + Disassembler.format(this);
    }
}
