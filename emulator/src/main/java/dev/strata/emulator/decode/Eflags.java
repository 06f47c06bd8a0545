package dev.strata.emulator.decode;

/**
 * The EFLAGS bits, as masks. The opcode table uses them to say which flags an instruction writes and which the Intel
 * SDM leaves undefined; the CPU uses them for its flag register.
 */
public final class Eflags {
    public static final int CF = 1 << 0;
    /** Bit 1 always reads as 1. */
    public static final int RESERVED_1 = 1 << 1;
    public static final int PF = 1 << 2;
    public static final int AF = 1 << 4;
    public static final int ZF = 1 << 6;
    public static final int SF = 1 << 7;
    public static final int TF = 1 << 8;
    public static final int IF = 1 << 9;
    public static final int DF = 1 << 10;
    public static final int OF = 1 << 11;
    public static final int IOPL = 3 << 12;
    public static final int NT = 1 << 14;

    /** The six arithmetic status flags. */
    public static final int STATUS = CF | PF | AF | ZF | SF | OF;

    /** Bits an i386 lets POPF/IRET change at CPL 0 (no RF/VM: no debug registers or virtual-8086 mode yet). */
    public static final int WRITABLE = STATUS | TF | IF | DF | IOPL | NT;

    private Eflags() {
    }

    /** Names the set bits of {@code mask}, e.g. "CF ZF", for table dumps and test messages. */
    public static String names(int mask) {
        StringBuilder out = new StringBuilder();
        String[] names = {"CF", "", "PF", "", "AF", "", "ZF", "SF", "TF", "IF", "DF", "OF"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((mask & (1 << bit)) != 0 && !names[bit].isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(names[bit]);
            }
        }
        return out.toString();
    }
}
