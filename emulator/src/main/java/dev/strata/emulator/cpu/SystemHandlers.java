package dev.strata.emulator.cpu;

import static dev.strata.emulator.cpu.Cpu.EAX;
import static dev.strata.emulator.cpu.Cpu.EBX;
import static dev.strata.emulator.cpu.Cpu.ECX;
import static dev.strata.emulator.cpu.Cpu.EDX;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Eflags;
import dev.strata.emulator.decode.OpcodeTable;
import java.nio.charset.StandardCharsets;

/**
 * System instructions: flag control (CLC...STD, PUSHF/POPF), HLT, port I/O, descriptor-table registers
 * (LGDT/LIDT/SGDT/SIDT), control registers, INVLPG, CPUID, RDTSC, the no-ops (NOP, WAIT, INVD, WBINVD), and the
 * rows that stand for bad encodings (#UD, #GP).
 */
final class SystemHandlers {
    /** CPUID vendor string, 12 bytes as EBX, EDX, ECX. */
    static final String VENDOR = "StrataEmu   ";
    /** CPUID leaf 1 EAX: family 4 (a 486-class CPU, the first with CPUID), model 0, stepping 0. */
    static final int SIGNATURE = 0x0400;
    /** CPUID leaf 1 EDX: only TSC (bit 4), for RDTSC. No FPU, no PSE (4 KiB pages only), no PAE. */
    static final int FEATURES = 1 << 4;
    private static final int CR0_TS = 1 << 3;
    /** The CR0 bits LMSW can change: PE (set only), MP, EM, TS. */
    private static final int MSW_BITS = 0xF;

    private SystemHandlers() {
    }

    static void register(HandlerTable t) {
        t.bind(0xF5, (c, i) -> c.setFlag(Eflags.CF, !c.flag(Eflags.CF)));
        t.bind(0xF8, (c, i) -> c.setFlag(Eflags.CF, false));
        t.bind(0xF9, (c, i) -> c.setFlag(Eflags.CF, true));
        t.bind(0xFA, (c, i) -> c.setFlag(Eflags.IF, false));
        t.bind(0xFB, (c, i) -> c.setFlag(Eflags.IF, true));
        t.bind(0xFC, (c, i) -> c.setFlag(Eflags.DF, false));
        t.bind(0xFD, (c, i) -> c.setFlag(Eflags.DF, true));
        t.bind(0x9C, (c, i) -> c.push(i.operandSize, c.eflags()));
        t.bind(0x9D, (c, i) -> {
            int writable = i.operandSize == 4 ? Eflags.WRITABLE : Eflags.WRITABLE & 0xFFFF;
            c.flags.replace(writable, c.pop(i.operandSize));
        });
        t.bind(0xF4, SystemHandlers::halt);
        t.bind(0xE4, (c, i) -> c.setReg(1, EAX, c.io.read(i.immediate, 1)));
        t.bind(0xE5, (c, i) -> c.setReg(i.operandSize, EAX, c.io.read(i.immediate, i.operandSize)));
        t.bind(0xE6, (c, i) -> c.io.write(i.immediate, 1, c.r[EAX]));
        t.bind(0xE7, (c, i) -> c.io.write(i.immediate, i.operandSize, c.r[EAX]));
        t.bind(0xEC, (c, i) -> c.setReg(1, EAX, c.io.read(c.r[EDX] & 0xFFFF, 1)));
        t.bind(0xED, (c, i) -> c.setReg(i.operandSize, EAX, c.io.read(c.r[EDX] & 0xFFFF, i.operandSize)));
        t.bind(0xEE, (c, i) -> c.io.write(c.r[EDX] & 0xFFFF, 1, c.r[EAX]));
        t.bind(0xEF, (c, i) -> c.io.write(c.r[EDX] & 0xFFFF, i.operandSize, c.r[EAX]));
        registerDescriptorTables(t);
        t.bind(0x120, (c, i) -> c.r[i.rm] = readControl(c, i.reg));
        t.bind(0x122, (c, i) -> writeControl(c, i.reg, c.r[i.rm]));
        t.bind(0x106, (c, i) -> c.cr0 &= ~CR0_TS);
        t.bind(0x131, (c, i) -> {
            c.r[EAX] = (int) c.instructions;
            c.r[EDX] = (int) (c.instructions >>> 32);
        });
        t.bind(0x1A2, SystemHandlers::cpuid);
        Handler nothing = (c, i) -> { };
        t.bind(0x90, nothing);
        t.bind(0x11F, nothing);
        t.bind(0x9B, nothing);
        t.bind(0x108, nothing);
        t.bind(0x109, nothing);
        t.bind(0x101, 7, (c, i) -> c.invalidatePage(c.linear(i.segment, c.ea(i), 1)));
        Handler invalid = (c, i) -> {
            throw new CpuException(CpuException.INVALID_OPCODE, -1, "undefined opcode " + i.hexBytes());
        };
        t.bind(0x10B, invalid);
        t.bind(OpcodeTable.UNDEFINED, invalid);
        t.bind(OpcodeTable.TOO_LONG, (c, i) -> {
            throw CpuException.generalProtection(0, "instruction longer than 15 bytes");
        });
    }

    private static void registerDescriptorTables(HandlerTable t) {
        t.bind(0x101, 0, (c, i) -> storeTable(c, i, c.gdtBase, c.gdtLimit));
        t.bind(0x101, 1, (c, i) -> storeTable(c, i, c.idtBase, c.idtLimit));
        t.bind(0x101, 2, (c, i) -> {
            int address = c.ea(i);
            int limit = c.read(i.segment, address, 2);
            int base = c.read(i.segment, address + 2, 4) & (i.operandSize == 4 ? -1 : 0xFFFFFF);
            c.gdtBase = base;
            c.gdtLimit = limit;
        });
        t.bind(0x101, 3, (c, i) -> {
            int address = c.ea(i);
            int limit = c.read(i.segment, address, 2);
            int base = c.read(i.segment, address + 2, 4) & (i.operandSize == 4 ? -1 : 0xFFFFFF);
            c.idtBase = base;
            c.idtLimit = limit;
        });
        t.bind(0x101, 4, (c, i) -> c.writeRm(i, i.mod == 3 ? i.operandSize : 2, c.cr0));
        t.bind(0x101, 6, (c, i) -> {
            int value = c.readRm(i, 2);
            int protectedMode = c.cr0 & Cpu.CR0_PE;
            c.setCr0((c.cr0 & ~MSW_BITS) | (value & MSW_BITS) | protectedMode);
        });
    }

    /** SGDT/SIDT: 16-bit limit, then the 32-bit base (the top byte is stored as 0 with a 16-bit operand size). */
    private static void storeTable(Cpu c, DecodedInstruction i, int base, int limit) {
        int address = c.ea(i);
        c.write(i.segment, address, 2, limit);
        c.write(i.segment, address + 2, 4, i.operandSize == 4 ? base : base & 0xFFFFFF);
    }

    private static int readControl(Cpu c, int number) {
        return switch (number) {
            case 0 -> c.cr0;
            case 2 -> c.cr2;
            case 3 -> c.cr3;
            case 4 -> c.cr4;
            default -> throw new CpuException(CpuException.INVALID_OPCODE, -1, "no control register cr" + number);
        };
    }

    private static void writeControl(Cpu c, int number, int value) {
        switch (number) {
            case 0 -> c.setCr0(value);
            case 2 -> c.cr2 = value;
            case 3 -> c.setCr3(value);
            case 4 -> c.cr4 = value;
            default -> throw new CpuException(CpuException.INVALID_OPCODE, -1, "no control register cr" + number);
        }
    }

    /** HLT: nothing in this machine raises interrupts yet, so a halted CPU never wakes; the run ends either way. */
    private static void halt(Cpu c, DecodedInstruction i) {
        String message = c.flag(Eflags.IF)
                ? String.format("halted at eip=0x%08x waiting for an interrupt, but no device raises interrupts yet",
                        c.instructionStart)
                : String.format("halted with interrupts disabled at eip=0x%08x", c.instructionStart);
        c.stop(new CpuStop(CpuStop.Kind.HALTED, 0, message));
    }

    /** CPUID leaf 0: highest leaf 1 and the vendor; leaf 1: signature and features; other leaves: zeros. */
    private static void cpuid(Cpu c, DecodedInstruction i) {
        int leaf = c.r[EAX];
        c.r[EAX] = 0;
        c.r[EBX] = 0;
        c.r[ECX] = 0;
        c.r[EDX] = 0;
        if (leaf == 0) {
            byte[] vendor = VENDOR.getBytes(StandardCharsets.US_ASCII);
            c.r[EAX] = 1;
            c.r[EBX] = littleEndian(vendor, 0);
            c.r[EDX] = littleEndian(vendor, 4);
            c.r[ECX] = littleEndian(vendor, 8);
        } else if (leaf == 1) {
            c.r[EAX] = SIGNATURE;
            c.r[EDX] = FEATURES;
        }
    }

    private static int littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }
}
