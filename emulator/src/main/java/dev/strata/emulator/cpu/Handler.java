package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.DecodedInstruction;

/**
 * Executes one decoded instruction. EIP already points past the instruction; a handler that faults throws
 * {@link CpuException} before changing visible state where the architecture requires it.
 */
@FunctionalInterface
interface Handler {
    void execute(Cpu cpu, DecodedInstruction insn);
}
