package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.EAX;
import static dev.strata.emulator.cpu.Cpu.ECX;
import static dev.strata.emulator.cpu.Cpu.EDI;
import static dev.strata.emulator.cpu.Cpu.EDX;
import static dev.strata.emulator.cpu.Cpu.ESI;
import static dev.strata.emulator.decode.DecodedInstruction.ES;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Eflags;

/**
 * String instructions (MOVS, STOS, LODS, CMPS, SCAS, INS, OUTS) with REP, REPE and REPNE. The source is DS:ESI (or
 * an override), the destination always ES:EDI; a 16-bit address size uses SI, DI and CX. Registers advance after
 * every element, so a fault in the middle leaves a restartable state, as on the chip.
 */
final class StringHandlers {
    private static final int MOVS = 0;
    private static final int STOS = 1;
    private static final int LODS = 2;
    private static final int CMPS = 3;
    private static final int SCAS = 4;
    private static final int INS = 5;
    private static final int OUTS = 6;
    /**
     * Elements one execution of a REP instruction handles before it restarts itself (EIP stays on it), as the chip
     * does to take interrupts: a copy of gigabytes cannot delay a stop request. Each slice counts as an instruction,
     * and its elements count as work for {@link Cpu#run}.
     */
    private static final int SLICE = 4096;

    private StringHandlers() {
    }

    static void register(HandlerTable t) {
        int[][] opcodes = {{0xA4, MOVS}, {0xAA, STOS}, {0xAC, LODS}, {0xA6, CMPS}, {0xAE, SCAS}, {0x6C, INS},
            {0x6E, OUTS}};
        for (int[] pair : opcodes) {
            int kind = pair[1];
            t.bind(pair[0], (c, i) -> run(c, i, kind, 1));
            t.bind(pair[0] + 1, (c, i) -> run(c, i, kind, i.operandSize));
        }
    }

    private static void run(Cpu c, DecodedInstruction i, int kind, int size) {
        boolean wide = i.addressSize == 4;
        int step = c.flag(Eflags.DF) ? -size : size;
        boolean rep = (i.prefixes & (DecodedInstruction.PREFIX_REP | DecodedInstruction.PREFIX_REPNE)) != 0;
        if (!rep) {
            element(c, i, kind, size, wide, step);
            return;
        }
        boolean compares = kind == CMPS || kind == SCAS;
        boolean whileEqual = i.hasPrefix(DecodedInstruction.PREFIX_REP);
        int done = 0;
        while (counter(c, wide) != 0) {
            if (done == SLICE) {
                c.eip = c.instructionStart;
                break;
            }
            element(c, i, kind, size, wide, step);
            setCounter(c, wide, counter(c, wide) - 1);
            done++;
            if (compares && c.flag(Eflags.ZF) != whileEqual) {
                break;
            }
        }
        c.workLeft -= done;
    }

    private static void element(Cpu c, DecodedInstruction i, int kind, int size, boolean wide, int step) {
        switch (kind) {
            case MOVS -> {
                c.write(ES, index(c, EDI, wide), size, c.read(i.segment, index(c, ESI, wide), size));
                advance(c, ESI, step, wide);
                advance(c, EDI, step, wide);
            }
            case STOS -> {
                c.write(ES, index(c, EDI, wide), size, c.reg(size, EAX));
                advance(c, EDI, step, wide);
            }
            case LODS -> {
                c.setReg(size, EAX, c.read(i.segment, index(c, ESI, wide), size));
                advance(c, ESI, step, wide);
            }
            case CMPS -> {
                int source = c.read(i.segment, index(c, ESI, wide), size);
                int destination = c.read(ES, index(c, EDI, wide), size);
                Alu.sub(c, source, destination, 0, size);
                advance(c, ESI, step, wide);
                advance(c, EDI, step, wide);
            }
            case SCAS -> {
                Alu.sub(c, c.reg(size, EAX), c.read(ES, index(c, EDI, wide), size), 0, size);
                advance(c, EDI, step, wide);
            }
            case INS -> {
                c.write(ES, index(c, EDI, wide), size, c.io.read(c.r[EDX] & 0xFFFF, size));
                advance(c, EDI, step, wide);
            }
            default -> {
                c.io.write(c.r[EDX] & 0xFFFF, size, c.read(i.segment, index(c, ESI, wide), size));
                advance(c, ESI, step, wide);
            }
        }
    }

    private static int index(Cpu c, int register, boolean wide) {
        return wide ? c.r[register] : c.r[register] & 0xFFFF;
    }

    private static void advance(Cpu c, int register, int step, boolean wide) {
        if (wide) {
            c.r[register] += step;
        } else {
            c.setReg(2, register, c.r[register] + step);
        }
    }

    private static int counter(Cpu c, boolean wide) {
        return index(c, ECX, wide);
    }

    private static void setCounter(Cpu c, boolean wide, int value) {
        if (wide) {
            c.r[ECX] = value;
        } else {
            c.setReg(2, ECX, value);
        }
    }
}
