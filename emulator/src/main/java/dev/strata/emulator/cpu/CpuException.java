package dev.strata.emulator.cpu;

/**
 * A processor exception raised while executing an instruction (#DE, #UD, #GP...). Handlers throw it; the CPU rewinds
 * EIP to the start of the instruction and delivers it through the IDT, or stops the machine when it cannot.
 * It carries no stack trace: it is control flow, not a bug report.
 */
final class CpuException extends RuntimeException {
    static final int DIVIDE_ERROR = 0;
    static final int BREAKPOINT = 3;
    static final int OVERFLOW = 4;
    static final int INVALID_OPCODE = 6;
    static final int DOUBLE_FAULT = 8;
    static final int SEGMENT_NOT_PRESENT = 11;
    static final int STACK_FAULT = 12;
    static final int GENERAL_PROTECTION = 13;

    private static final String[] NAMES = {"#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
        "#BR bound range", "#UD invalid opcode", "#NM no math coprocessor", "#DF double fault",
        "coprocessor segment overrun", "#TS invalid TSS", "#NP segment not present", "#SS stack fault",
        "#GP general protection", "#PF page fault"};

    final int vector;
    /** The error code pushed with the exception, or -1 when the vector has none. */
    final int errorCode;
    /** Why, in words, for the diagnostic when the exception stops the machine. */
    final String reason;

    CpuException(int vector, int errorCode, String reason) {
        super(reason, null, false, false);
        this.vector = vector;
        this.errorCode = errorCode;
        this.reason = reason;
    }

    static CpuException generalProtection(int errorCode, String reason) {
        return new CpuException(GENERAL_PROTECTION, errorCode, reason);
    }

    /** E.g. "#GP(0x0018) general protection". */
    String title() {
        String name = vector < NAMES.length ? NAMES[vector] : "exception " + vector;
        if (errorCode < 0) {
            return name;
        }
        int space = name.indexOf(' ');
        return String.format("%s(0x%04x)%s", name.substring(0, space), errorCode, name.substring(space));
    }
}
