package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.EAX;
import static dev.strata.emulator.cpu.Cpu.EDX;
import static dev.strata.emulator.decode.Eflags.AF;
import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.OF;

import dev.strata.emulator.decode.DecodedInstruction;

/**
 * The arithmetic family: the eight ALU operations in all their forms, TEST, INC/DEC, group 3 (NOT, NEG, MUL, IMUL,
 * DIV, IDIV), the two- and three-operand IMULs, sign conversions, CMPXCHG, XADD and the BCD adjustments.
 */
final class ArithmeticHandlers {
    private ArithmeticHandlers() {
    }

    static void register(HandlerTable t) {
        for (int op = 0; op < 8; op++) {
            int base = op * 8;
            int aluOp = op;
            t.bind(base, (c, i) -> rmReg(c, i, aluOp, 1));
            t.bind(base + 1, (c, i) -> rmReg(c, i, aluOp, i.operandSize));
            t.bind(base + 2, (c, i) -> regRm(c, i, aluOp, 1));
            t.bind(base + 3, (c, i) -> regRm(c, i, aluOp, i.operandSize));
            t.bind(base + 4, (c, i) -> accumulator(c, i, aluOp, 1));
            t.bind(base + 5, (c, i) -> accumulator(c, i, aluOp, i.operandSize));
        }
        t.bindGroup(0x80, (c, i) -> rmImmediate(c, i, 1));
        t.bindGroup(0x81, (c, i) -> rmImmediate(c, i, i.operandSize));
        t.bindGroup(0x82, (c, i) -> rmImmediate(c, i, 1));
        t.bindGroup(0x83, (c, i) -> rmImmediate(c, i, i.operandSize));
        t.bind(0x84, (c, i) -> Alu.logic(c, c.readRm(i, 1) & c.reg(1, i.reg), 1));
        t.bind(0x85, (c, i) -> Alu.logic(c, c.readRm(i, i.operandSize) & c.reg(i.operandSize, i.reg), i.operandSize));
        t.bind(0xA8, (c, i) -> Alu.logic(c, c.reg(1, EAX) & i.immediate, 1));
        t.bind(0xA9, (c, i) -> Alu.logic(c, c.reg(i.operandSize, EAX) & i.immediate, i.operandSize));
        t.bindRange(0x40, 8, (c, i) -> incDecRegister(c, i, false));
        t.bindRange(0x48, 8, (c, i) -> incDecRegister(c, i, true));
        t.bind(0xFE, 0, (c, i) -> c.writeBackRm(i, 1, Alu.incDec(c, c.readRm(i, 1), false, 1)));
        t.bind(0xFE, 1, (c, i) -> c.writeBackRm(i, 1, Alu.incDec(c, c.readRm(i, 1), true, 1)));
        t.bind(0xFF, 0, (c, i) -> incDecMemory(c, i, false));
        t.bind(0xFF, 1, (c, i) -> incDecMemory(c, i, true));
        t.bindGroup(0xF6, (c, i) -> group3(c, i, 1));
        t.bindGroup(0xF7, (c, i) -> group3(c, i, i.operandSize));
        t.bind(0x69, (c, i) -> c.setReg(i.operandSize, i.reg,
                imulTruncating(c, c.readRm(i, i.operandSize), i.immediate, i.operandSize)));
        t.bind(0x6B, (c, i) -> c.setReg(i.operandSize, i.reg,
                imulTruncating(c, c.readRm(i, i.operandSize), i.immediate, i.operandSize)));
        t.bind(0x1AF, (c, i) -> c.setReg(i.operandSize, i.reg,
                imulTruncating(c, c.reg(i.operandSize, i.reg), c.readRm(i, i.operandSize), i.operandSize)));
        t.bind(0x98, (c, i) -> c.setReg(i.operandSize, EAX, Alu.signExtend(c.r[EAX], i.operandSize / 2)));
        t.bind(0x99, (c, i) -> c.setReg(i.operandSize, EDX,
                Alu.signExtend(c.r[EAX], i.operandSize) < 0 ? -1 : 0));
        t.bind(0x1B0, (c, i) -> compareExchange(c, i, 1));
        t.bind(0x1B1, (c, i) -> compareExchange(c, i, i.operandSize));
        t.bind(0x1C0, (c, i) -> exchangeAdd(c, i, 1));
        t.bind(0x1C1, (c, i) -> exchangeAdd(c, i, i.operandSize));
        DecimalAdjust.register(t);
    }

    private static void rmReg(Cpu c, DecodedInstruction i, int op, int size) {
        int result = Alu.binary(c, op, c.readRm(i, size), c.reg(size, i.reg), size);
        if (op != Alu.CMP) {
            c.writeBackRm(i, size, result);
        }
    }

    private static void regRm(Cpu c, DecodedInstruction i, int op, int size) {
        int result = Alu.binary(c, op, c.reg(size, i.reg), c.readRm(i, size), size);
        if (op != Alu.CMP) {
            c.setReg(size, i.reg, result);
        }
    }

    private static void accumulator(Cpu c, DecodedInstruction i, int op, int size) {
        int result = Alu.binary(c, op, c.reg(size, EAX), i.immediate, size);
        if (op != Alu.CMP) {
            c.setReg(size, EAX, result);
        }
    }

    private static void rmImmediate(Cpu c, DecodedInstruction i, int size) {
        int result = Alu.binary(c, i.reg, c.readRm(i, size), i.immediate, size);
        if (i.reg != Alu.CMP) {
            c.writeBackRm(i, size, result);
        }
    }

    private static void incDecRegister(Cpu c, DecodedInstruction i, boolean decrement) {
        int n = i.spec.opcode & 7;
        c.setReg(i.operandSize, n, Alu.incDec(c, c.reg(i.operandSize, n), decrement, i.operandSize));
    }

    private static void incDecMemory(Cpu c, DecodedInstruction i, boolean decrement) {
        int size = i.operandSize;
        c.writeBackRm(i, size, Alu.incDec(c, c.readRm(i, size), decrement, size));
    }

    private static void group3(Cpu c, DecodedInstruction i, int size) {
        int value = c.readRm(i, size);
        switch (i.reg) {
            case 0, 1 -> Alu.logic(c, value & i.immediate, size);
            case 2 -> c.writeBackRm(i, size, ~value & Alu.mask(size));
            case 3 -> {
                int result = Alu.sub(c, 0, value, 0, size);
                c.writeBackRm(i, size, result);
            }
            case 4 -> multiply(c, value, size, false);
            case 5 -> multiply(c, value, size, true);
            case 6 -> divide(c, value, size, false);
            default -> divide(c, value, size, true);
        }
    }

    /** One-operand MUL/IMUL: accumulator times {@code value} into AX, DX:AX or EDX:EAX. */
    private static void multiply(Cpu c, int value, int size, boolean signed) {
        int bits = size * 8;
        long a = signed ? Alu.signExtend(c.r[EAX], size) : c.r[EAX] & Alu.mask(size) & 0xFFFFFFFFL;
        long b = signed ? Alu.signExtend(value, size) : value & Alu.mask(size) & 0xFFFFFFFFL;
        long product = a * b;
        int low = (int) product & Alu.mask(size);
        int high = (int) (product >>> bits) & Alu.mask(size);
        if (size == 1) {
            c.setReg(2, EAX, (int) product);
        } else {
            c.setReg(size, EAX, low);
            c.setReg(size, EDX, high);
        }
        boolean overflow = signed ? product != Alu.signExtend(low, size) : high != 0;
        c.flags.setStatus(Flags.szp(low, size) | (overflow ? CF | OF : 0));
    }

    /** Two- and three-operand IMUL: the product truncated to the operand size; CF=OF when it did not fit. */
    private static int imulTruncating(Cpu c, int a, int b, int size) {
        long product = (long) Alu.signExtend(a, size) * Alu.signExtend(b, size);
        int result = (int) product & Alu.mask(size);
        boolean overflow = product != Alu.signExtend(result, size);
        c.flags.setStatus(Flags.szp(result, size) | (overflow ? CF | OF : 0));
        return result;
    }

    /** DIV/IDIV of AX, DX:AX or EDX:EAX by {@code value}; #DE on a zero divisor or a quotient that does not fit. */
    private static void divide(Cpu c, int value, int size, boolean signed) {
        int bits = size * 8;
        long divisor = signed ? Alu.signExtend(value, size) : value & Alu.mask(size) & 0xFFFFFFFFL;
        if (divisor == 0) {
            throw new CpuException(CpuException.DIVIDE_ERROR, -1, "division by zero");
        }
        long dividend;
        if (size == 1) {
            dividend = signed ? (short) c.r[EAX] : c.r[EAX] & 0xFFFF;
        } else {
            long high = c.r[EDX] & Alu.mask(size) & 0xFFFFFFFFL;
            long low = c.r[EAX] & Alu.mask(size) & 0xFFFFFFFFL;
            dividend = (high << bits) | low;
            if (signed && size == 2) {
                dividend = (int) dividend;
            }
        }
        long quotient;
        long remainder;
        boolean fits;
        if (signed) {
            quotient = dividend / divisor;
            remainder = dividend % divisor;
            long min = -(1L << (bits - 1));
            fits = !(dividend == Long.MIN_VALUE && divisor == -1) && quotient >= min && quotient <= -min - 1;
        } else {
            quotient = Long.divideUnsigned(dividend, divisor);
            remainder = Long.remainderUnsigned(dividend, divisor);
            fits = Long.compareUnsigned(quotient, Alu.mask(size) & 0xFFFFFFFFL) <= 0;
        }
        if (!fits) {
            throw new CpuException(CpuException.DIVIDE_ERROR, -1, "quotient too large for the destination");
        }
        if (size == 1) {
            c.setReg(2, EAX, ((int) remainder & 0xFF) << 8 | ((int) quotient & 0xFF));
        } else {
            c.setReg(size, EAX, (int) quotient);
            c.setReg(size, EDX, (int) remainder);
        }
    }

    /** CMPXCHG: compare the accumulator with the destination; equal stores the source, else loads the accumulator. */
    private static void compareExchange(Cpu c, DecodedInstruction i, int size) {
        int destination = c.readRm(i, size);
        int accumulator = c.reg(size, EAX);
        Alu.sub(c, accumulator, destination, 0, size);
        if (accumulator == destination) {
            c.writeBackRm(i, size, c.reg(size, i.reg));
        } else {
            c.writeBackRm(i, size, destination);
            c.setReg(size, EAX, destination);
        }
    }

    /** XADD: the destination gets the sum, the source register the old destination. */
    private static void exchangeAdd(Cpu c, DecodedInstruction i, int size) {
        int destination = c.readRm(i, size);
        int sum = Alu.add(c, destination, c.reg(size, i.reg), 0, size);
        c.setReg(size, i.reg, destination);
        c.writeBackRm(i, size, sum);
    }

    /** The BCD adjustments DAA, DAS, AAA, AAS, AAM and AAD, on AL (and AH). */
    private static final class DecimalAdjust {
        static void register(HandlerTable t) {
            t.bind(0x27, (c, i) -> decimal(c, false));
            t.bind(0x2F, (c, i) -> decimal(c, true));
            t.bind(0x37, (c, i) -> ascii(c, false));
            t.bind(0x3F, (c, i) -> ascii(c, true));
            t.bind(0xD4, ArithmeticHandlers.DecimalAdjust::aam);
            t.bind(0xD5, ArithmeticHandlers.DecimalAdjust::aad);
        }

        private static void decimal(Cpu c, boolean subtract) {
            int al = c.reg(1, EAX);
            boolean oldCarry = c.flag(CF);
            boolean carry = false;
            boolean adjust = (al & 0xF) > 9 || c.flag(AF);
            int result = al;
            if (adjust) {
                result = subtract ? al - 6 : al + 6;
                carry = oldCarry || (subtract ? al < 6 : result > 0xFF);
            }
            if (al > 0x99 || oldCarry) {
                result = subtract ? result - 0x60 : result + 0x60;
                carry = true;
            } else if (!subtract) {
                carry = false;
            }
            result &= 0xFF;
            c.setReg(1, EAX, result);
            c.flags.setStatus(Flags.szp(result, 1) | (adjust ? AF : 0) | (carry ? CF : 0));
        }

        private static void ascii(Cpu c, boolean subtract) {
            int ax = c.reg(2, EAX);
            boolean adjust = (ax & 0xF) > 9 || c.flag(AF);
            if (adjust) {
                if (subtract) {
                    int lowered = (ax - 6) & 0xFFFF;
                    ax = (((lowered >>> 8) - 1) & 0xFF) << 8 | (lowered & 0xFF);
                } else {
                    ax += 0x106;
                }
            }
            c.setReg(2, EAX, ax & 0xFF0F);
            c.flags.setStatus(Flags.szp(ax & 0x0F, 1) | (adjust ? AF | CF : 0));
        }

        private static void aam(Cpu c, DecodedInstruction i) {
            int base = i.immediate & 0xFF;
            if (base == 0) {
                throw new CpuException(CpuException.DIVIDE_ERROR, -1, "aam with base 0");
            }
            int al = c.reg(1, EAX);
            int result = al % base;
            c.setReg(2, EAX, (al / base) << 8 | result);
            c.flags.setStatus(Flags.szp(result, 1));
        }

        private static void aad(Cpu c, DecodedInstruction i) {
            int result = (c.reg(1, EAX) + c.reg(1, 4) * (i.immediate & 0xFF)) & 0xFF;
            c.setReg(2, EAX, result);
            c.flags.setStatus(Flags.szp(result, 1));
        }
    }
}
