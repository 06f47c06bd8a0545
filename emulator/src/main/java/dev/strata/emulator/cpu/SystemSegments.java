package dev.strata.emulator.cpu;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.decode.Eflags;

/**
 * Group 6 (0F 00): the task register and LDTR (STR, LTR, SLDT, LLDT) and the segment checks VERR/VERW. LTR loads
 * an available TSS descriptor from the GDT and marks it busy, as the chip does; nothing switches tasks yet. Only a
 * null LDT can be loaded, since descriptors in an LDT are not modelled.
 */
final class SystemSegments {
    private static final int ACCESS_PRESENT = 0x80;
    private static final int ACCESS_CODE_OR_DATA = 0x10;
    private static final int TYPE_MASK = 0x0F;
    private static final int TSS_16_AVAILABLE = 0x1;
    private static final int TSS_32_AVAILABLE = 0x9;
    /** The busy bit of a TSS descriptor's type, as a bit of the descriptor's high dword. */
    private static final int TSS_BUSY = 1 << 9;

    private SystemSegments() {
    }

    static void register(HandlerTable t) {
        t.bind(0x100, 0, (c, i) -> storeSelector(c, i, c.ldtSelector));
        t.bind(0x100, 1, (c, i) -> storeSelector(c, i, c.taskRegister.selector));
        t.bind(0x100, 2, (c, i) -> {
            int selector = c.readRm(i, 2);
            if ((selector & 0xFFFC) != 0) {
                throw new MissingFeature(String.format("loading an LDT (selector 0x%04x) is not implemented yet",
                        selector));
            }
            c.ldtSelector = selector;
        });
        t.bind(0x100, 3, (c, i) -> loadTaskRegister(c, c.readRm(i, 2)));
        t.bind(0x100, 4, (c, i) -> c.setFlag(Eflags.ZF, accessible(c, c.readRm(i, 2), false)));
        t.bind(0x100, 5, (c, i) -> c.setFlag(Eflags.ZF, accessible(c, c.readRm(i, 2), true)));
    }

    /** SLDT/STR: 16 bits to memory; a register gets the selector zero-extended to the operand size. */
    private static void storeSelector(Cpu c, DecodedInstruction i, int selector) {
        c.writeRm(i, i.mod == 3 ? i.operandSize : 2, selector);
    }

    private static void loadTaskRegister(Cpu c, int selector) {
        int errorCode = selector & 0xFFFC;
        if (errorCode == 0 || (selector & 4) != 0 || errorCode + 7 > c.gdtLimit) {
            throw CpuException.generalProtection(errorCode, String.format(
                    "ltr selector 0x%04x is null, in the LDT or beyond the GDT limit 0x%x", selector, c.gdtLimit));
        }
        int address = c.gdtBase + errorCode;
        int low = c.readLinear(address, 4);
        int high = c.readLinear(address + 4, 4);
        int access = (high >>> 8) & 0xFF;
        int type = access & TYPE_MASK;
        if ((access & ACCESS_CODE_OR_DATA) != 0 || (type != TSS_16_AVAILABLE && type != TSS_32_AVAILABLE)) {
            throw CpuException.generalProtection(errorCode, String.format(
                    "ltr selector 0x%04x does not name an available TSS (access byte 0x%02x)", selector, access));
        }
        if ((access & ACCESS_PRESENT) == 0) {
            throw new CpuException(CpuException.SEGMENT_NOT_PRESENT, errorCode, String.format(
                    "TSS descriptor for selector 0x%04x is not present", selector));
        }
        c.writeLinear(address + 4, 4, high | TSS_BUSY);
        c.taskRegister.loadDescriptor(selector, low, high | TSS_BUSY);
    }

    /** VERR/VERW at CPL 0: a present code or data descriptor in the GDT that is readable (or writable). */
    private static boolean accessible(Cpu c, int selector, boolean write) {
        int offset = selector & 0xFFF8;
        if (offset == 0 || (selector & 4) != 0 || offset + 7 > c.gdtLimit) {
            return false;
        }
        int access = (c.readLinear(c.gdtBase + offset + 4, 4) >>> 8) & 0xFF;
        if ((access & ACCESS_CODE_OR_DATA) == 0) {
            return false;
        }
        boolean code = (access & 0x08) != 0;
        boolean readWrite = (access & 0x02) != 0;
        return write ? !code && readWrite : !code || readWrite;
    }
}
