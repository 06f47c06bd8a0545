package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.OF;

/**
 * Arithmetic with flags, for operand sizes of 1, 2 and 4 bytes. ADD, SUB, the logic operations, INC and DEC leave
 * their status flags to {@link Flags} to compute when read; shifts and rotates set them at once. Where the SDM
 * leaves a flag undefined, the value written is this emulator's choice (the opcode table marks those flags so
 * tests do not depend on them): AF is cleared by logic operations and shifts.
 */
final class Alu {
    static final int ADD = 0;
    static final int OR = 1;
    static final int ADC = 2;
    static final int SBB = 3;
    static final int AND = 4;
    static final int SUB = 5;
    static final int XOR = 6;
    static final int CMP = 7;

    private Alu() {
    }

    static int mask(int size) {
        return -1 >>> (32 - size * 8);
    }

    static int signBit(int size) {
        return 1 << (size * 8 - 1);
    }

    /** Sign-extends the low {@code size} bytes. */
    static int signExtend(int value, int size) {
        return switch (size) {
            case 1 -> (byte) value;
            case 2 -> (short) value;
            default -> value;
        };
    }

    /** One of the eight ALU operations of opcodes 00-3F and group 1; returns the result (CMP: the difference). */
    static int binary(Cpu cpu, int op, int a, int b, int size) {
        return switch (op) {
            case ADD -> add(cpu, a, b, 0, size);
            case OR -> logic(cpu, a | b, size);
            case ADC -> add(cpu, a, b, cpu.flags.carry(), size);
            case SBB -> sub(cpu, a, b, cpu.flags.carry(), size);
            case AND -> logic(cpu, a & b, size);
            case XOR -> logic(cpu, a ^ b, size);
            default -> sub(cpu, a, b, 0, size);
        };
    }

    static int add(Cpu cpu, int a, int b, int carry, int size) {
        int mask = mask(size);
        a &= mask;
        b &= mask;
        int r = (a + b + carry) & mask;
        cpu.flags.defer(Flags.ADD, a, b, r, size, carry);
        return r;
    }

    static int sub(Cpu cpu, int a, int b, int borrow, int size) {
        int mask = mask(size);
        a &= mask;
        b &= mask;
        int r = (a - b - borrow) & mask;
        cpu.flags.defer(Flags.SUB, a, b, r, size, borrow);
        return r;
    }

    static int logic(Cpu cpu, int result, int size) {
        int r = result & mask(size);
        cpu.flags.defer(Flags.LOGIC, 0, 0, r, size, 0);
        return r;
    }

    /** INC and DEC leave CF alone. */
    static int incDec(Cpu cpu, int a, boolean decrement, int size) {
        int mask = mask(size);
        a &= mask;
        int r = (decrement ? a - 1 : a + 1) & mask;
        cpu.flags.defer(decrement ? Flags.DEC : Flags.INC, a, 1, r, size, cpu.flags.carry());
        return r;
    }

    /**
     * Group 2: rol, ror, rcl, rcr, shl, shr, sal (= shl), sar by {@code count}. The count is masked to 5 bits; a
     * masked count of 0 changes neither the operand nor the flags.
     */
    static int shift(Cpu cpu, int op, int a, int count, int size) {
        count &= 31;
        if (count == 0) {
            return a & mask(size);
        }
        int bits = size * 8;
        int mask = mask(size);
        a &= mask;
        int msbShift = bits - 1;
        int r;
        int cf;
        int of;
        switch (op) {
            case 0 -> {
                int n = count % bits;
                r = ((a << n) | (a >>> (bits - n))) & mask;
                cf = r & 1;
                of = ((r >>> msbShift) & 1) ^ cf;
            }
            case 1 -> {
                int n = count % bits;
                r = ((a >>> n) | (a << (bits - n))) & mask;
                cf = (r >>> msbShift) & 1;
                of = cf ^ ((r >>> (msbShift - 1)) & 1);
            }
            case 2, 3 -> {
                int n = count % (bits + 1);
                long width = (1L << (bits + 1)) - 1;
                long v = (a & 0xFFFFFFFFL) | ((long) cpu.flags.carry() << bits);
                v = op == 2 ? ((v << n) | (v >>> (bits + 1 - n))) & width
                        : ((v >>> n) | (v << (bits + 1 - n))) & width;
                r = (int) v & mask;
                cf = (int) (v >>> bits) & 1;
                of = op == 2 ? ((r >>> msbShift) & 1) ^ cf : ((r >>> msbShift) ^ (r >>> (msbShift - 1))) & 1;
            }
            case 4, 6 -> {
                long v = (a & 0xFFFFFFFFL) << count;
                r = (int) v & mask;
                cf = (int) (v >>> bits) & 1;
                of = ((r >>> msbShift) & 1) ^ cf;
            }
            case 5 -> {
                r = a >>> count;
                cf = (a >>> (count - 1)) & 1;
                of = (a >>> msbShift) & 1;
            }
            default -> {
                int signed = signExtend(a, size);
                r = (signed >> count) & mask;
                cf = (signed >> (count - 1)) & 1;
                of = 0;
            }
        }
        int status = (cf != 0 ? CF : 0) | (of != 0 ? OF : 0);
        if (op >= 4) {
            cpu.flags.setStatus(status | Flags.szp(r, size));
        } else {
            cpu.flags.replace(CF | OF, status);
        }
        return r;
    }

    /**
     * SHLD/SHRD: shifts {@code dest} by {@code count}, filling from {@code source}. A masked count of 0 does nothing;
     * a 16-bit count above 16 leaves an undefined result, computed here as if the operands repeated.
     */
    static int doubleShift(Cpu cpu, boolean left, int dest, int source, int count, int size) {
        count &= 31;
        int mask = mask(size);
        dest &= mask;
        if (count == 0) {
            return dest;
        }
        int bits = size * 8;
        long d = dest & 0xFFFFFFFFL;
        long s = source & mask & 0xFFFFFFFFL;
        int r;
        int cf;
        if (left) {
            long combined = (d << bits) | s;
            r = (int) ((combined << count) >>> bits) & mask;
            cf = (int) (combined >>> (2 * bits - count)) & 1;
        } else {
            long combined = (s << bits) | d;
            r = (int) (combined >>> count) & mask;
            cf = (int) (combined >>> (count - 1)) & 1;
        }
        int of = ((r ^ dest) & signBit(size)) != 0 ? OF : 0;
        cpu.flags.setStatus(Flags.szp(r, size) | (cf != 0 ? CF : 0) | of);
        return r;
    }
}
