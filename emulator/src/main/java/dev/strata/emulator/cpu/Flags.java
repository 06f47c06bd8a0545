package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.Eflags.AF;
import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.OF;
import static dev.strata.emulator.decode.Eflags.PF;
import static dev.strata.emulator.decode.Eflags.SF;
import static dev.strata.emulator.decode.Eflags.STATUS;
import static dev.strata.emulator.decode.Eflags.ZF;

import dev.strata.emulator.decode.Eflags;

/**
 * EFLAGS with lazily computed status flags. ADD/ADC, SUB/SBB/CMP, the logic operations, INC and DEC only record
 * their operands and result; the six status flags are computed when something reads them (PUSHF, a handler, an
 * interrupt) — most ALU results are overwritten before anyone looks. Jcc/SETcc answer the common conditions
 * straight from the recorded operands: ZF from the result, and after SUB/CMP the unsigned and signed comparisons.
 */
final class Flags {
    static final int MATERIALIZED = 0;
    static final int ADD = 1;
    static final int SUB = 2;
    static final int LOGIC = 3;
    static final int INC = 4;
    static final int DEC = 5;

    /** PF for each low byte value: set when the byte has an even number of one bits. */
    private static final int[] PARITY = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            PARITY[i] = Integer.bitCount(i) % 2 == 0 ? PF : 0;
        }
    }

    /** EFLAGS without bit 1; the STATUS bits are stale while {@link #kind} is not MATERIALIZED. */
    private int bits;
    /** The operation whose status flags are pending, and its operands (masked to size) and result. */
    private int kind;
    private int a;
    private int b;
    private int result;
    private int size;
    /** ADD/SUB: the carry or borrow in (ADC/SBB); INC/DEC: the CF they preserve. */
    private int carry;

    /** Records an operation whose status flags are computed only if read. */
    void defer(int operation, int left, int right, int value, int operandSize, int carryIn) {
        kind = operation;
        a = left;
        b = right;
        result = value;
        size = operandSize;
        carry = carryIn;
    }

    /** All of EFLAGS (without the always-one bit 1). */
    int get() {
        materialize();
        return bits;
    }

    void set(int value) {
        bits = value & ~Eflags.RESERVED_1;
        kind = MATERIALIZED;
    }

    /** Replaces the bits of {@code mask} with those of {@code value}. */
    void replace(int mask, int value) {
        materialize();
        bits = (bits & ~mask) | (value & mask);
    }

    /** Sets the six status flags at once. */
    void setStatus(int status) {
        bits = (bits & ~STATUS) | status;
        kind = MATERIALIZED;
    }

    boolean test(int mask) {
        if ((mask & STATUS) != 0) {
            materialize();
        }
        return (bits & mask) != 0;
    }

    void put(int mask, boolean on) {
        if ((mask & STATUS) != 0) {
            materialize();
        }
        bits = on ? bits | mask : bits & ~mask;
    }

    /** CF as 0 or 1, without computing the other status flags. */
    int carry() {
        return switch (kind) {
            case MATERIALIZED -> bits & CF;
            case ADD -> (int) (((a & 0xFFFFFFFFL) + (b & 0xFFFFFFFFL) + carry) >>> (size * 8)) & 1;
            case SUB -> (a & 0xFFFFFFFFL) - (b & 0xFFFFFFFFL) - carry < 0 ? 1 : 0;
            case LOGIC -> 0;
            default -> carry;
        };
    }

    /** Jcc/SETcc condition {@code cc} (the low nibble of the opcode). */
    boolean condition(int cc) {
        if (kind != MATERIALIZED) {
            if (cc == 4 || cc == 5) {
                return (result == 0) == (cc == 4);
            }
            if (kind == SUB && carry == 0) {
                switch (cc) {
                    case 2: return Integer.compareUnsigned(a, b) < 0;
                    case 3: return Integer.compareUnsigned(a, b) >= 0;
                    case 6: return Integer.compareUnsigned(a, b) <= 0;
                    case 7: return Integer.compareUnsigned(a, b) > 0;
                    case 12: return Alu.signExtend(a, size) < Alu.signExtend(b, size);
                    case 13: return Alu.signExtend(a, size) >= Alu.signExtend(b, size);
                    case 14: return Alu.signExtend(a, size) <= Alu.signExtend(b, size);
                    case 15: return Alu.signExtend(a, size) > Alu.signExtend(b, size);
                    default: break;
                }
            }
            materialize();
        }
        boolean value = switch (cc >> 1) {
            case 0 -> (bits & OF) != 0;
            case 1 -> (bits & CF) != 0;
            case 2 -> (bits & ZF) != 0;
            case 3 -> (bits & (CF | ZF)) != 0;
            case 4 -> (bits & SF) != 0;
            case 5 -> (bits & PF) != 0;
            case 6 -> ((bits & SF) != 0) != ((bits & OF) != 0);
            default -> (bits & ZF) != 0 || ((bits & SF) != 0) != ((bits & OF) != 0);
        };
        return value ^ ((cc & 1) != 0);
    }

    /** SF, ZF and PF of a result already masked to {@code size}. */
    static int szp(int value, int size) {
        return (value == 0 ? ZF : 0) | ((value & Alu.signBit(size)) != 0 ? SF : 0) | PARITY[value & 0xFF];
    }

    private void materialize() {
        if (kind == MATERIALIZED) {
            return;
        }
        int sign = Alu.signBit(size);
        int status = szp(result, size) | ((a ^ b ^ result) & AF);
        switch (kind) {
            case ADD, INC -> {
                if (((a ^ result) & (b ^ result) & sign) != 0) {
                    status |= OF;
                }
            }
            case SUB, DEC -> {
                if (((a ^ b) & (a ^ result) & sign) != 0) {
                    status |= OF;
                }
            }
            default -> status &= ~AF;
        }
        status |= carry() != 0 ? CF : 0;
        bits = (bits & ~STATUS) | status;
        kind = MATERIALIZED;
    }
}
