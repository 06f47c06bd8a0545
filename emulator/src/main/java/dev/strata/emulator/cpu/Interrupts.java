package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.DecodedInstruction.CS;

import dev.strata.emulator.decode.DecodeMode;
import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Decoder;
import dev.strata.emulator.decode.Disassembler;
import dev.strata.emulator.decode.Eflags;
import dev.strata.emulator.log.EmulatorLog;

/**
 * Delivering exceptions and software interrupts through the IDT, and what happens when that fails.
 *
 * <p>Protected mode supports 32-bit interrupt and trap gates to ring 0 code (no privilege change, so nothing
 * switches stacks): push EFLAGS, CS, EIP and the error code if any, then jump. If the IDT cannot deliver an
 * exception (the vector is past the limit, the gate is absent or of another type), the CPU tries a double fault;
 * if that fails too, it triple-faults and the machine stops with a one-line diagnostic naming the first exception.
 * The i386's finer benign/contributory rules are not modelled: every failed delivery becomes a double fault.
 */
final class Interrupts {
    private static final int GATE_PRESENT = 0x8000;
    private static final int INTERRUPT_GATE_32 = 0xE;
    private static final int TRAP_GATE_32 = 0xF;

    private Interrupts() {
    }

    /** Handles an exception raised by the instruction at {@code cpu.instructionStart}. */
    static void raise(Cpu cpu, CpuException fault) {
        if (cpu.log.on(EmulatorLog.Topic.INTERRUPTS)) {
            cpu.log.write(EmulatorLog.Topic.INTERRUPTS, String.format("%s at eip=0x%08x: %s", fault.title(),
                    cpu.instructionStart, fault.reason));
        }
        try {
            deliver(cpu, fault.vector, fault.errorCode, cpu.eip);
        } catch (CpuException firstFailure) {
            cpu.log.write(EmulatorLog.Topic.INTERRUPTS, "not delivered (" + firstFailure.reason
                    + "): double fault");
            try {
                deliver(cpu, CpuException.DOUBLE_FAULT, 0, cpu.eip);
            } catch (CpuException secondFailure) {
                cpu.log.write(EmulatorLog.Topic.INTERRUPTS, "double fault not delivered either: triple fault");
                cpu.stop(new CpuStop(CpuStop.Kind.FAULTED, 0, diagnostic(cpu, fault, firstFailure)));
            }
        }
    }

    /**
     * Calls the IDT handler for {@code vector}, returning to {@code returnEip}.
     *
     * @param errorCode pushed after EIP, or -1 for none
     * @throws CpuException when the IDT cannot deliver it
     */
    static void deliver(Cpu cpu, int vector, int errorCode, int returnEip) {
        if (!cpu.protectedMode()) {
            throw new MissingFeature("real-mode interrupt " + vector + " (the IVT) is not implemented yet");
        }
        int gateError = vector * 8 + 2;
        if (vector * 8 + 7 > cpu.idtLimit) {
            throw CpuException.generalProtection(gateError, String.format(
                    "vector %d is beyond the IDT limit 0x%x", vector, cpu.idtLimit));
        }
        int low = cpu.readLinear(cpu.idtBase + vector * 8, 4);
        int high = cpu.readLinear(cpu.idtBase + vector * 8 + 4, 4);
        int type = (high >>> 8) & 0x1F;
        if ((high & GATE_PRESENT) == 0) {
            throw new CpuException(CpuException.SEGMENT_NOT_PRESENT, gateError, String.format(
                    "IDT gate %d is not present", vector));
        }
        if (type != INTERRUPT_GATE_32 && type != TRAP_GATE_32) {
            throw new MissingFeature(String.format(
                    "IDT gate %d has type 0x%x; only 32-bit interrupt and trap gates are implemented", vector, type));
        }
        int selector = low >>> 16;
        int target = (low & 0xFFFF) | (high & 0xFFFF0000);
        if (cpu.log.on(EmulatorLog.Topic.INTERRUPTS)) {
            cpu.log.write(EmulatorLog.Topic.INTERRUPTS, String.format("vector %d -> %04x:%08x (from eip=0x%08x)",
                    vector, selector, target, returnEip));
        }
        long codeDescriptor = cpu.segments().descriptor(CS, selector);
        int savedFlags = cpu.eflags();
        cpu.push(4, savedFlags);
        cpu.push(4, cpu.seg[CS].selector);
        cpu.push(4, returnEip);
        if (errorCode >= 0) {
            cpu.push(4, errorCode);
        }
        cpu.flags.put(Eflags.TF | Eflags.NT, false);
        if (type == INTERRUPT_GATE_32) {
            cpu.flags.put(Eflags.IF, false);
        }
        cpu.segments().commit(CS, selector, codeDescriptor);
        cpu.eip = target;
    }

    private static String diagnostic(Cpu cpu, CpuException fault, CpuException failure) {
        int eip = cpu.instructionStart;
        if (fault.vector == CpuException.INVALID_OPCODE) {
            return undefinedOpcode(cpu, eip);
        }
        return String.format("guest stopped: triple fault at eip=0x%08x: %s in %s: %s; %s", eip, fault.title(),
                cpu.describeAt(eip), fault.reason, failure.reason);
    }

    /** "guest stopped: undefined opcode 0f 0b at eip=0x00101234 (ud2)". */
    private static String undefinedOpcode(Cpu cpu, int eip) {
        try {
            DecodedInstruction insn = Decoder.decode(a -> cpu.memory.readByte(cpu.translate(a, false)),
                    cpu.seg[CS].base + eip, cpu.seg[CS].big ? DecodeMode.BITS_32 : DecodeMode.BITS_16);
            String what = insn.isUndefined() ? "not in the i386 integer instruction set" : Disassembler.format(insn);
            return String.format("guest stopped: undefined opcode %s at eip=0x%08x (%s)", insn.hexBytes(), eip, what);
        } catch (RuntimeException e) {
            return String.format("guest stopped: undefined opcode at eip=0x%08x", eip);
        }
    }
}
