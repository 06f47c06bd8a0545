package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.DecodeMode;
import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Decoder;
import dev.strata.emulator.io.IoBus;
import dev.strata.emulator.log.EmulatorLog;
import dev.strata.emulator.memory.PhysicalMemory;
import java.util.HexFormat;

/**
 * A bare CPU with 1 MiB of RAM in flat 32-bit protected mode, for running a few instructions at a time. Code goes
 * at {@link #CODE}; the stack starts at {@link #STACK}.
 */
final class CpuHarness {
    static final int CODE = 0x1000;
    static final int STACK = 0x80000;
    private static final int FLAT_LOW = 0x0000FFFF;

    final EmulatorLog log = new EmulatorLog();
    final PhysicalMemory memory = new PhysicalMemory(1 << 20);
    final IoBus io = new IoBus(log);
    final Cpu cpu = new Cpu(memory, io, log);

    CpuHarness() {
        cpu.enterFlatProtectedMode(0x08, FLAT_LOW, 0x00CF9A00, 0x10, FLAT_LOW, 0x00CF9200);
        cpu.setRegister(Cpu.ESP, STACK);
        cpu.setEip(CODE);
    }

    /** Puts {@code hex} at CODE and runs its first {@code count} instructions. */
    CpuHarness run(String hex, int count) {
        memory.load(CODE, HexFormat.ofDelimiter(" ").parseHex(hex));
        cpu.setEip(CODE);
        cpu.run(count);
        return this;
    }

    /** Runs one instruction with EFLAGS preset to {@code flagsIn}. */
    CpuHarness step(String hex, int flagsIn) {
        cpu.setEflags(flagsIn);
        return run(hex, 1);
    }

    /** The decoded form of {@code hex}, for its table row. */
    static DecodedInstruction decode(String hex) {
        return Decoder.decode(HexFormat.ofDelimiter(" ").parseHex(hex), 0, CODE, DecodeMode.BITS_32);
    }

    int reg(int n) {
        return cpu.register(n);
    }

    CpuHarness set(int n, int value) {
        cpu.setRegister(n, value);
        return this;
    }
}
