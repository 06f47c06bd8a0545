package dev.strata.emulator;

/**
 * How a {@link Machine#run()} ended.
 *
 * @param kind       why it ended
 * @param exitValue  the value the guest wrote to the exit device (EXITED), else 0
 * @param diagnostic a one-line explanation, e.g. "guest stopped: undefined opcode 0f 0b at eip=0x00101234 (ud2)"
 */
public record RunResult(Kind kind, int exitValue, String diagnostic) {
    public enum Kind {
        /** The guest wrote a value to the isa-debug-exit port 0xf4. */
        EXITED,
        /** The guest executed HLT with nothing that could wake it. */
        HALTED,
        /** A triple fault, an undefined opcode, a missing feature, or an emulator error. */
        FAULTED,
        /** {@link Machine#requestStop()} was called. */
        STOPPED
    }

    /** The process status QEMU with isa-debug-exit would exit with: {@code (exitValue << 1) | 1} for EXITED, else 0. */
    public int qemuStatus() {
        return kind == Kind.EXITED ? (exitValue << 1) | 1 : 0;
    }
}
