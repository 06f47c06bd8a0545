package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.EAX;
import static dev.strata.emulator.cpu.Cpu.EBX;
import static dev.strata.emulator.cpu.Cpu.ESP;
import static dev.strata.emulator.decode.DecodedInstruction.CS;
import static dev.strata.emulator.decode.DecodedInstruction.DS;
import static dev.strata.emulator.decode.DecodedInstruction.ES;
import static dev.strata.emulator.decode.DecodedInstruction.FS;
import static dev.strata.emulator.decode.DecodedInstruction.GS;
import static dev.strata.emulator.decode.DecodedInstruction.SS;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Eflags;

/**
 * Data movement: MOV in all its forms, MOVZX/MOVSX, LEA, XCHG, the stack (PUSH/POP of registers, immediates, memory
 * and segments; PUSHA/POPA), SETcc, LAHF/SAHF, BSWAP, XLAT and the far-pointer loads (LDS, LES, LSS, LFS, LGS).
 */
final class DataMovementHandlers {
    /** Status flags LAHF/SAHF move between AH and EFLAGS. */
    private static final int AH_FLAGS = Eflags.SF | Eflags.ZF | Eflags.AF | Eflags.PF | Eflags.CF;

    private DataMovementHandlers() {
    }

    static void register(HandlerTable t) {
        t.bind(0x88, (c, i) -> c.writeRm(i, 1, c.reg(1, i.reg)));
        t.bind(0x89, (c, i) -> c.writeRm(i, i.operandSize, c.reg(i.operandSize, i.reg)));
        t.bind(0x8A, (c, i) -> c.setReg(1, i.reg, c.readRm(i, 1)));
        t.bind(0x8B, (c, i) -> c.setReg(i.operandSize, i.reg, c.readRm(i, i.operandSize)));
        t.bind(0x8C, DataMovementHandlers::storeSegment);
        t.bind(0x8D, (c, i) -> c.setReg(i.operandSize, i.reg, c.ea(i)));
        t.bind(0x8E, DataMovementHandlers::loadSegment);
        t.bind(0xA0, (c, i) -> c.setReg(1, EAX, c.read(i.segment, i.immediate, 1)));
        t.bind(0xA1, (c, i) -> c.setReg(i.operandSize, EAX, c.read(i.segment, i.immediate, i.operandSize)));
        t.bind(0xA2, (c, i) -> c.write(i.segment, i.immediate, 1, c.reg(1, EAX)));
        t.bind(0xA3, (c, i) -> c.write(i.segment, i.immediate, i.operandSize, c.reg(i.operandSize, EAX)));
        t.bindRange(0xB0, 8, (c, i) -> c.setReg(1, i.spec.opcode & 7, i.immediate));
        t.bindRange(0xB8, 8, (c, i) -> c.setReg(i.operandSize, i.spec.opcode & 7, i.immediate));
        t.bind(0xC6, 0, (c, i) -> c.writeRm(i, 1, i.immediate));
        t.bind(0xC7, 0, (c, i) -> c.writeRm(i, i.operandSize, i.immediate));
        t.bind(0x1B6, (c, i) -> c.setReg(i.operandSize, i.reg, c.readRm(i, 1)));
        t.bind(0x1B7, (c, i) -> c.setReg(i.operandSize, i.reg, c.readRm(i, 2)));
        t.bind(0x1BE, (c, i) -> c.setReg(i.operandSize, i.reg, (byte) c.readRm(i, 1)));
        t.bind(0x1BF, (c, i) -> c.setReg(i.operandSize, i.reg, (short) c.readRm(i, 2)));
        t.bind(0x86, (c, i) -> exchange(c, i, 1));
        t.bind(0x87, (c, i) -> exchange(c, i, i.operandSize));
        t.bindRange(0x91, 7, (c, i) -> {
            int n = i.spec.opcode & 7;
            int size = i.operandSize;
            int value = c.reg(size, n);
            c.setReg(size, n, c.reg(size, EAX));
            c.setReg(size, EAX, value);
        });
        registerStack(t);
        for (int cc = 0; cc < 16; cc++) {
            int condition = cc;
            t.bind(0x190 + cc, (c, i) -> c.writeRm(i, 1, c.condition(condition) ? 1 : 0));
        }
        t.bind(0x9F, (c, i) -> c.setReg(1, 4, c.eflags() & (AH_FLAGS | Eflags.RESERVED_1)));
        t.bind(0x9E, (c, i) -> c.flags.replace(AH_FLAGS, c.reg(1, 4)));
        t.bindRange(0x1C8, 8, (c, i) -> {
            int n = i.spec.opcode & 7;
            c.r[n] = Integer.reverseBytes(c.r[n]);
        });
        t.bind(0xD7, (c, i) -> {
            int offset = c.r[EBX] + c.reg(1, EAX);
            c.setReg(1, EAX, c.read(i.segment, i.addressSize == 4 ? offset : offset & 0xFFFF, 1));
        });
        t.bind(0xC4, (c, i) -> loadFarPointer(c, i, ES));
        t.bind(0xC5, (c, i) -> loadFarPointer(c, i, DS));
        t.bind(0x1B2, (c, i) -> loadFarPointer(c, i, SS));
        t.bind(0x1B4, (c, i) -> loadFarPointer(c, i, FS));
        t.bind(0x1B5, (c, i) -> loadFarPointer(c, i, GS));
    }

    private static void registerStack(HandlerTable t) {
        t.bindRange(0x50, 8, (c, i) -> c.push(i.operandSize, c.reg(i.operandSize, i.spec.opcode & 7)));
        t.bindRange(0x58, 8, (c, i) -> c.setReg(i.operandSize, i.spec.opcode & 7, c.pop(i.operandSize)));
        t.bind(0x68, (c, i) -> c.push(i.operandSize, i.immediate));
        t.bind(0x6A, (c, i) -> c.push(i.operandSize, i.immediate));
        t.bind(0xFF, 6, (c, i) -> c.push(i.operandSize, c.readRm(i, i.operandSize)));
        t.bind(0x8F, 0, (c, i) -> {
            int value = c.peek(i.operandSize, 0);
            c.adjustStack(i.operandSize);
            c.writeRm(i, i.operandSize, value);
        });
        int[][] segmentOpcodes = {{0x06, ES}, {0x0E, CS}, {0x16, SS}, {0x1E, DS}, {0x1A0, FS}, {0x1A8, GS}};
        for (int[] pair : segmentOpcodes) {
            int which = pair[1];
            t.bind(pair[0], (c, i) -> c.push(i.operandSize, c.seg[which].selector));
            if (which != CS) {
                t.bind(pair[0] + 1, (c, i) -> {
                    c.loadSegment(which, c.peek(i.operandSize, 0));
                    c.adjustStack(i.operandSize);
                });
            }
        }
        t.bind(0x60, (c, i) -> {
            int size = i.operandSize;
            int originalSp = c.reg(size, ESP);
            for (int n = 0; n < 8; n++) {
                c.push(size, n == ESP ? originalSp : c.reg(size, n));
            }
        });
        t.bind(0x61, (c, i) -> {
            int size = i.operandSize;
            for (int n = 7; n >= 0; n--) {
                int value = c.pop(size);
                if (n != ESP) {
                    c.setReg(size, n, value);
                }
            }
        });
    }

    private static void exchange(Cpu c, DecodedInstruction i, int size) {
        int memoryValue = c.readRm(i, size);
        int registerValue = c.reg(size, i.reg);
        c.writeBackRm(i, size, registerValue);
        c.setReg(size, i.reg, memoryValue);
    }

    /** MOV r/m, Sreg: a register destination gets the selector zero-extended; memory gets 16 bits. */
    private static void storeSegment(Cpu c, DecodedInstruction i) {
        if (i.reg > GS) {
            throw new CpuException(CpuException.INVALID_OPCODE, -1, "no segment register " + i.reg);
        }
        int selector = c.seg[i.reg].selector;
        if (i.mod == 3) {
            c.setReg(i.operandSize, i.rm, selector);
        } else {
            c.writeRm(i, 2, selector);
        }
    }

    /** MOV Sreg, r/m: CS cannot be loaded this way (#UD). */
    private static void loadSegment(Cpu c, DecodedInstruction i) {
        if (i.reg == CS || i.reg > GS) {
            throw new CpuException(CpuException.INVALID_OPCODE, -1, "mov to segment register " + i.reg);
        }
        c.loadSegment(i.reg, c.readRm(i, 2));
    }

    /** LDS/LES/LSS/LFS/LGS: offset then selector from memory; the segment loads first, so a fault changes nothing. */
    private static void loadFarPointer(Cpu c, DecodedInstruction i, int which) {
        int address = c.ea(i);
        int offset = c.read(i.segment, address, i.operandSize);
        int selector = c.read(i.segment, address + i.operandSize, 2);
        c.loadSegment(which, selector);
        c.setReg(i.operandSize, i.reg, offset);
    }
}
