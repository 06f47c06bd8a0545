package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.EBP;
import static dev.strata.emulator.cpu.Cpu.ECX;
import static dev.strata.emulator.cpu.Cpu.ESP;
import static dev.strata.emulator.decode.DecodedInstruction.CS;
import static dev.strata.emulator.decode.DecodedInstruction.SS;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Eflags;

/**
 * Control transfer: Jcc, JMP, CALL and RET (near and far), LOOP/JECXZ, ENTER/LEAVE, and the software interrupts
 * INT3, INT n, INTO with IRET. Far transfers load CS from the GDT; they stay at ring 0.
 */
final class ControlHandlers {
    private ControlHandlers() {
    }

    static void register(HandlerTable t) {
        for (int cc = 0; cc < 16; cc++) {
            int condition = cc;
            Handler jcc = (c, i) -> {
                if (c.condition(condition)) {
                    jumpRelative(c, i);
                }
            };
            t.bind(0x70 + cc, jcc);
            t.bind(0x180 + cc, jcc);
        }
        t.bind(0xEB, ControlHandlers::jumpRelative);
        t.bind(0xE9, ControlHandlers::jumpRelative);
        t.bind(0xE8, (c, i) -> {
            c.push(i.operandSize, c.eip);
            jumpRelative(c, i);
        });
        t.bind(0xFF, 2, (c, i) -> {
            int target = c.readRm(i, i.operandSize);
            c.push(i.operandSize, c.eip);
            c.eip = target;
        });
        t.bind(0xFF, 4, (c, i) -> c.eip = c.readRm(i, i.operandSize));
        t.bind(0xC3, (c, i) -> c.eip = c.pop(i.operandSize));
        t.bind(0xC2, (c, i) -> {
            c.eip = c.pop(i.operandSize);
            c.adjustStack(i.immediate);
        });
        t.bind(0xEA, (c, i) -> farJump(c, i.immediate2, i.immediate));
        t.bind(0x9A, (c, i) -> farCall(c, i, i.immediate2, i.immediate));
        t.bind(0xFF, 5, (c, i) -> {
            int address = c.ea(i);
            int offset = c.read(i.segment, address, i.operandSize);
            farJump(c, c.read(i.segment, address + i.operandSize, 2), offset);
        });
        t.bind(0xFF, 3, (c, i) -> {
            int address = c.ea(i);
            int offset = c.read(i.segment, address, i.operandSize);
            farCall(c, i, c.read(i.segment, address + i.operandSize, 2), offset);
        });
        t.bind(0xCB, (c, i) -> farReturn(c, i.operandSize, 0));
        t.bind(0xCA, (c, i) -> farReturn(c, i.operandSize, i.immediate));
        t.bind(0xCF, ControlHandlers::interruptReturn);
        t.bind(0xE2, (c, i) -> loop(c, i, 0));
        t.bind(0xE1, (c, i) -> loop(c, i, 1));
        t.bind(0xE0, (c, i) -> loop(c, i, 2));
        t.bind(0xE3, (c, i) -> {
            int count = i.addressSize == 4 ? c.r[ECX] : c.r[ECX] & 0xFFFF;
            if (count == 0) {
                jumpRelative(c, i);
            }
        });
        t.bind(0xC8, ControlHandlers::enter);
        t.bind(0xC9, (c, i) -> {
            if (c.seg[SS].big) {
                c.r[ESP] = c.r[EBP];
            } else {
                c.setReg(2, ESP, c.r[EBP]);
            }
            c.setReg(i.operandSize, EBP, c.pop(i.operandSize));
        });
        t.bind(0xCC, (c, i) -> Interrupts.deliver(c, CpuException.BREAKPOINT, -1, c.eip));
        t.bind(0xCD, (c, i) -> Interrupts.deliver(c, i.immediate, -1, c.eip));
        t.bind(0xCE, (c, i) -> {
            if (c.flag(Eflags.OF)) {
                Interrupts.deliver(c, CpuException.OVERFLOW, -1, c.eip);
            }
        });
    }

    private static void jumpRelative(Cpu c, DecodedInstruction i) {
        int target = c.eip + i.immediate;
        c.eip = i.operandSize == 4 ? target : target & 0xFFFF;
    }

    private static void farJump(Cpu c, int selector, int offset) {
        c.loadSegment(CS, selector);
        c.eip = offset;
    }

    /** Checks the new CS before pushing the return address, so a bad selector faults with the stack untouched. */
    private static void farCall(Cpu c, DecodedInstruction i, int selector, int offset) {
        int size = i.operandSize;
        int returnSelector = c.seg[CS].selector;
        int returnOffset = c.eip;
        if (c.protectedMode()) {
            long descriptor = c.segments().descriptor(CS, selector);
            c.push(size, returnSelector);
            c.push(size, returnOffset);
            c.segments().commit(CS, selector, descriptor);
        } else {
            c.push(size, returnSelector);
            c.push(size, returnOffset);
            c.loadSegment(CS, selector);
        }
        c.eip = offset;
    }

    private static void farReturn(Cpu c, int size, int release) {
        int offset = c.peek(size, 0);
        int selector = c.peek(size, size) & 0xFFFF;
        c.loadSegment(CS, selector);
        c.adjustStack(2 * size + release);
        c.eip = offset;
    }

    /** IRET to the same privilege level; a nested-task return would need a TSS, which is not modelled yet. */
    private static void interruptReturn(Cpu c, DecodedInstruction i) {
        if (c.flag(Eflags.NT)) {
            throw new MissingFeature("iret with EFLAGS.NT set (a task return) is not implemented yet");
        }
        int size = i.operandSize;
        int offset = c.peek(size, 0);
        int selector = c.peek(size, size) & 0xFFFF;
        int savedFlags = c.peek(size, 2 * size);
        c.loadSegment(CS, selector);
        c.adjustStack(3 * size);
        int writable = size == 4 ? Eflags.WRITABLE : Eflags.WRITABLE & 0xFFFF;
        c.flags.replace(writable, savedFlags);
        c.eip = offset;
    }

    /** LOOP (kind 0), LOOPE (1), LOOPNE (2): decrement ECX (CX with a 16-bit address size), then maybe jump. */
    private static void loop(Cpu c, DecodedInstruction i, int kind) {
        int count;
        if (i.addressSize == 4) {
            count = --c.r[ECX];
        } else {
            count = (c.r[ECX] - 1) & 0xFFFF;
            c.setReg(2, ECX, count);
        }
        boolean jump = count != 0 && switch (kind) {
            case 1 -> c.flag(Eflags.ZF);
            case 2 -> !c.flag(Eflags.ZF);
            default -> true;
        };
        if (jump) {
            jumpRelative(c, i);
        }
    }

    /** ENTER size, level: push EBP, copy {@code level - 1} outer frame pointers, point EBP at the new frame. */
    private static void enter(Cpu c, DecodedInstruction i) {
        int size = i.operandSize;
        int level = i.immediate2 & 31;
        boolean big = c.seg[SS].big;
        c.push(size, c.reg(size, EBP));
        int frame = big ? c.r[ESP] : c.r[ESP] & 0xFFFF;
        int framePointer = c.r[EBP];
        for (int n = 1; n < level; n++) {
            framePointer -= size;
            c.push(size, c.read(SS, big ? framePointer : framePointer & 0xFFFF, size));
        }
        if (level > 0) {
            c.push(size, frame);
        }
        c.setReg(size, EBP, frame);
        if (big) {
            c.r[ESP] -= i.immediate;
        } else {
            c.setReg(2, ESP, c.r[ESP] - i.immediate);
        }
    }
}
