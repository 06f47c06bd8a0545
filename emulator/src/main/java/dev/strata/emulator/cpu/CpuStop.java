package dev.strata.emulator.cpu;

/** Why the CPU stopped running: the guest asked to exit, halted for good, or could not go on. */
public record CpuStop(Kind kind, int exitValue, String diagnostic) {
    public enum Kind {
        /** The guest wrote to the exit device; {@link #exitValue} holds the value. */
        EXITED,
        /** HLT with nothing left that could wake the CPU. */
        HALTED,
        /** A triple fault, an undefined opcode with no handler, or a feature this emulator lacks. */
        FAULTED
    }
}
