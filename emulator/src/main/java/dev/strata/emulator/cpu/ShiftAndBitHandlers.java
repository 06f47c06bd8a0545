package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.ECX;
import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.ZF;

import dev.strata.emulator.decode.DecodedInstruction;

/** Shifts and rotates (group 2, SHLD, SHRD), bit tests (BT, BTS, BTR, BTC) and bit scans (BSF, BSR). */
final class ShiftAndBitHandlers {
    private static final int TEST = 0;
    private static final int SET = 1;
    private static final int RESET = 2;
    private static final int COMPLEMENT = 3;

    private ShiftAndBitHandlers() {
    }

    static void register(HandlerTable t) {
        t.bindGroup(0xC0, (c, i) -> shift(c, i, 1, i.immediate));
        t.bindGroup(0xC1, (c, i) -> shift(c, i, i.operandSize, i.immediate));
        t.bindGroup(0xD0, (c, i) -> shift(c, i, 1, 1));
        t.bindGroup(0xD1, (c, i) -> shift(c, i, i.operandSize, 1));
        t.bindGroup(0xD2, (c, i) -> shift(c, i, 1, c.r[ECX]));
        t.bindGroup(0xD3, (c, i) -> shift(c, i, i.operandSize, c.r[ECX]));
        t.bind(0x1A4, (c, i) -> doubleShift(c, i, true, i.immediate));
        t.bind(0x1A5, (c, i) -> doubleShift(c, i, true, c.r[ECX]));
        t.bind(0x1AC, (c, i) -> doubleShift(c, i, false, i.immediate));
        t.bind(0x1AD, (c, i) -> doubleShift(c, i, false, c.r[ECX]));
        t.bind(0x1A3, (c, i) -> bitWithRegister(c, i, TEST));
        t.bind(0x1AB, (c, i) -> bitWithRegister(c, i, SET));
        t.bind(0x1B3, (c, i) -> bitWithRegister(c, i, RESET));
        t.bind(0x1BB, (c, i) -> bitWithRegister(c, i, COMPLEMENT));
        t.bindGroup(0x1BA, (c, i) -> bitWithImmediate(c, i, i.reg - 4));
        t.bind(0x1BC, (c, i) -> bitScan(c, i, true));
        t.bind(0x1BD, (c, i) -> bitScan(c, i, false));
    }

    private static void shift(Cpu c, DecodedInstruction i, int size, int count) {
        if ((count & 31) == 0) {
            c.readRm(i, size);
            return;
        }
        c.writeBackRm(i, size, Alu.shift(c, i.reg, c.readRm(i, size), count, size));
    }

    private static void doubleShift(Cpu c, DecodedInstruction i, boolean left, int count) {
        int size = i.operandSize;
        int result = Alu.doubleShift(c, left, c.readRm(i, size), c.reg(size, i.reg), count, size);
        if ((count & 31) != 0) {
            c.writeBackRm(i, size, result);
        }
    }

    /**
     * BT/BTS/BTR/BTC with the bit offset in a register. For a memory operand the offset is signed and may reach
     * outside the addressed word: the word at {@code ea + (offset >> 5) * 4} (or >> 4, * 2) holds the bit.
     */
    private static void bitWithRegister(Cpu c, DecodedInstruction i, int action) {
        int size = i.operandSize;
        int offset = Alu.signExtend(c.reg(size, i.reg), size);
        int bits = size * 8;
        if (i.mod == 3) {
            int bit = offset & (bits - 1);
            int value = c.reg(size, i.rm);
            int result = applyBit(c, value, bit, action);
            if (action != TEST) {
                c.setReg(size, i.rm, result);
            }
        } else {
            int address = c.ea(i) + (offset >> (size == 4 ? 5 : 4)) * size;
            if (i.addressSize == 2) {
                address &= 0xFFFF;
            }
            int bit = offset & (bits - 1);
            int value = c.read(i.segment, address, size);
            int result = applyBit(c, value, bit, action);
            if (action != TEST) {
                c.write(i.segment, address, size, result);
            }
        }
    }

    private static void bitWithImmediate(Cpu c, DecodedInstruction i, int action) {
        int size = i.operandSize;
        int value = c.readRm(i, size);
        int result = applyBit(c, value, i.immediate & (size * 8 - 1), action);
        if (action != TEST) {
            c.writeBackRm(i, size, result);
        }
    }

    /** Copies the bit to CF and returns the operand with the bit set, reset or complemented. */
    private static int applyBit(Cpu c, int value, int bit, int action) {
        int mask = 1 << bit;
        c.setFlag(CF, (value & mask) != 0);
        return switch (action) {
            case SET -> value | mask;
            case RESET -> value & ~mask;
            case COMPLEMENT -> value ^ mask;
            default -> value;
        };
    }

    /** BSF/BSR: a zero source sets ZF and leaves the destination unchanged (as both Intel and AMD do). */
    private static void bitScan(Cpu c, DecodedInstruction i, boolean forward) {
        int size = i.operandSize;
        int value = c.readRm(i, size) & Alu.mask(size);
        if (value == 0) {
            c.flags.setStatus(ZF);
            return;
        }
        int index = forward ? Integer.numberOfTrailingZeros(value) : 31 - Integer.numberOfLeadingZeros(value);
        c.flags.setStatus(Flags.szp(index, size) & ~ZF);
        c.setReg(size, i.reg, index);
    }
}
