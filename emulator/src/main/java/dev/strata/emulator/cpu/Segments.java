package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.DecodedInstruction.CS;
import static dev.strata.emulator.decode.DecodedInstruction.SS;

import dev.strata.emulator.decode.Disassembler;

/**
 * Loading segment registers from the GDT and checking accesses against segment limits. Ring 0 only: DPL/RPL checks
 * and the LDT wait for user mode. Types are checked when a selector is loaded (code for CS, writable data for SS,
 * readable for the rest); per-access checks are limits only, and expand-down segments are treated as expand-up.
 */
final class Segments {
    private static final int ACCESS_PRESENT = 0x80;
    private static final int ACCESS_CODE_OR_DATA = 0x10;
    private static final int ACCESS_CODE = 0x08;
    /** Readable for code, writable for data. */
    private static final int ACCESS_READ_WRITE = 0x02;

    private final Cpu cpu;

    Segments(Cpu cpu) {
        this.cpu = cpu;
    }

    /** Loads segment register {@code which} with {@code selector}, or throws the fault the CPU would raise. */
    void load(int which, int selector) {
        selector &= 0xFFFF;
        if (!cpu.protectedMode()) {
            cpu.seg[which].loadRealMode(selector);
        } else if ((selector & 0xFFFC) == 0) {
            if (which == CS || which == SS) {
                throw CpuException.generalProtection(0, "null selector loaded into " + name(which));
            }
            cpu.seg[which].loadNull(selector);
        } else {
            long descriptor = descriptor(which, selector);
            cpu.seg[which].loadDescriptor(selector, (int) descriptor, (int) (descriptor >>> 32));
        }
        if (which == CS) {
            cpu.codeSegmentChanged();
        }
    }

    /**
     * Reads and checks the GDT descriptor for loading {@code selector} into {@code which}, without loading it, so
     * callers can finish their own checks (and pushes) before changing state.
     */
    long descriptor(int which, int selector) {
        int errorCode = selector & 0xFFFC;
        if (errorCode == 0) {
            throw CpuException.generalProtection(0, "null selector loaded into " + name(which));
        }
        if ((selector & 4) != 0) {
            throw CpuException.generalProtection(errorCode, String.format(
                    "selector 0x%04x refers to the LDT, which this CPU does not model yet", selector));
        }
        int offset = selector & 0xFFF8;
        if (offset + 7 > cpu.gdtLimit) {
            throw CpuException.generalProtection(errorCode, String.format(
                    "selector 0x%04x is beyond the GDT limit 0x%x", selector, cpu.gdtLimit));
        }
        int low = cpu.readLinear(cpu.gdtBase + offset, 4);
        int high = cpu.readLinear(cpu.gdtBase + offset + 4, 4);
        int access = (high >>> 8) & 0xFF;
        boolean code = (access & ACCESS_CODE) != 0;
        boolean readWrite = (access & ACCESS_READ_WRITE) != 0;
        String problem = null;
        if ((access & ACCESS_CODE_OR_DATA) == 0) {
            problem = "is a system descriptor";
        } else if (which == CS && !code) {
            problem = "is not a code segment";
        } else if (which == SS && (code || !readWrite)) {
            problem = "is not a writable data segment";
        } else if (which != CS && which != SS && code && !readWrite) {
            problem = "is an execute-only code segment";
        }
        if (problem != null) {
            throw CpuException.generalProtection(errorCode, String.format(
                    "GDT descriptor for selector 0x%04x %s, so it cannot be loaded into %s", selector, problem,
                    name(which)));
        }
        if ((access & ACCESS_PRESENT) == 0) {
            int vector = which == SS ? CpuException.STACK_FAULT : CpuException.SEGMENT_NOT_PRESENT;
            throw new CpuException(vector, errorCode, String.format(
                    "GDT descriptor for selector 0x%04x is not present", selector));
        }
        return (low & 0xFFFFFFFFL) | ((long) high << 32);
    }

    /** Applies a descriptor that {@link #descriptor} checked. */
    void commit(int which, int selector, long descriptor) {
        cpu.seg[which].loadDescriptor(selector, (int) descriptor, (int) (descriptor >>> 32));
        if (which == CS) {
            cpu.codeSegmentChanged();
        }
    }

    int checkedLinear(int which, int offset, int size) {
        SegmentRegister s = cpu.seg[which];
        if (!s.usable) {
            throw CpuException.generalProtection(0, name(which) + " holds a null selector");
        }
        int last = offset + size - 1;
        if (Integer.compareUnsigned(offset, s.limit) > 0 || Integer.compareUnsigned(last, s.limit) > 0
                || Integer.compareUnsigned(last, offset) < 0) {
            String reason = String.format("%s access at offset 0x%08x (%d bytes) is past the limit 0x%08x",
                    name(which), offset, size, s.limit);
            if (which == SS) {
                throw new CpuException(CpuException.STACK_FAULT, 0, reason);
            }
            throw CpuException.generalProtection(0, reason);
        }
        return s.base + offset;
    }

    static String name(int which) {
        return Disassembler.SEGMENTS.get(which);
    }
}
