package dev.strata.emulator.decode;

import static dev.strata.emulator.decode.Eflags.AF;
import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.DF;
import static dev.strata.emulator.decode.Eflags.IF;
import static dev.strata.emulator.decode.Eflags.OF;
import static dev.strata.emulator.decode.Eflags.PF;
import static dev.strata.emulator.decode.Eflags.SF;
import static dev.strata.emulator.decode.Eflags.STATUS;
import static dev.strata.emulator.decode.Eflags.TF;
import static dev.strata.emulator.decode.Eflags.WRITABLE;
import static dev.strata.emulator.decode.Eflags.ZF;

import dev.strata.emulator.decode.OpcodeSpec.FlagEffect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one declarative table of the i386 integer instruction set this emulator implements. Everything else (decoder,
 * disassembler, handler binding, flag tests) reads it; an opcode missing here is an undefined opcode.
 *
 * <p>Opcodes 0x100-0x1FF stand for 0F xx. Group opcodes (80, F7, FF, 0F 01...) have one row per ModRM.reg.
 */
public final class OpcodeTable {
    /** Stands for any byte sequence the table does not define; executing it raises #UD. */
    public static final OpcodeSpec UNDEFINED;
    /** Stands for an instruction longer than the architectural 15 bytes; executing it raises #GP(0). */
    public static final OpcodeSpec TOO_LONG;

    private static final List<OpcodeSpec> ALL = new ArrayList<>();
    private static final OpcodeSpec[] PRIMARY = new OpcodeSpec[0x200];
    private static final OpcodeSpec[][] GROUPS = new OpcodeSpec[0x200][];

    private static final FlagEffect NONE = new FlagEffect(0, 0);
    private static final FlagEffect ARITH = new FlagEffect(STATUS, 0);
    private static final FlagEffect LOGIC = new FlagEffect(STATUS, AF);
    private static final FlagEffect INC_DEC = new FlagEffect(STATUS & ~CF, 0);
    private static final FlagEffect SHIFT = new FlagEffect(STATUS, AF | OF);
    private static final FlagEffect ROTATE = new FlagEffect(CF | OF, OF);
    private static final FlagEffect MULTIPLY = new FlagEffect(STATUS, SF | ZF | AF | PF);
    private static final FlagEffect DIVIDE = new FlagEffect(STATUS, STATUS);
    private static final FlagEffect BIT_TEST = new FlagEffect(STATUS & ~ZF, OF | SF | AF | PF);
    private static final FlagEffect BIT_SCAN = new FlagEffect(STATUS, CF | OF | SF | AF | PF);
    private static final FlagEffect DECIMAL_ADJUST = new FlagEffect(STATUS, OF);
    private static final FlagEffect ASCII_ADJUST = new FlagEffect(STATUS, OF | SF | ZF | PF);
    private static final FlagEffect ASCII_MULDIV = new FlagEffect(STATUS, OF | AF | CF);
    private static final FlagEffect ALL_FLAGS = new FlagEffect(WRITABLE, 0);
    private static final FlagEffect INTERRUPT = new FlagEffect(IF | TF, 0);

    /** Flag effects by mnemonic; a mnemonic not listed writes no flags. */
    private static final Map<String, FlagEffect> FLAGS = Map.ofEntries(
            Map.entry("add", ARITH), Map.entry("adc", ARITH), Map.entry("sub", ARITH), Map.entry("sbb", ARITH),
            Map.entry("cmp", ARITH), Map.entry("neg", ARITH), Map.entry("xadd", ARITH),
            Map.entry("cmpxchg", ARITH), Map.entry("cmpsb", ARITH), Map.entry("cmpsd", ARITH),
            Map.entry("scasb", ARITH), Map.entry("scasd", ARITH),
            Map.entry("or", LOGIC), Map.entry("and", LOGIC), Map.entry("xor", LOGIC), Map.entry("test", LOGIC),
            Map.entry("inc", INC_DEC), Map.entry("dec", INC_DEC),
            Map.entry("shl", SHIFT), Map.entry("shr", SHIFT), Map.entry("sar", SHIFT), Map.entry("shld", SHIFT),
            Map.entry("shrd", SHIFT),
            Map.entry("rol", ROTATE), Map.entry("ror", ROTATE), Map.entry("rcl", ROTATE), Map.entry("rcr", ROTATE),
            Map.entry("mul", MULTIPLY), Map.entry("imul", MULTIPLY),
            Map.entry("div", DIVIDE), Map.entry("idiv", DIVIDE),
            Map.entry("bt", BIT_TEST), Map.entry("bts", BIT_TEST), Map.entry("btr", BIT_TEST),
            Map.entry("btc", BIT_TEST), Map.entry("bsf", BIT_SCAN), Map.entry("bsr", BIT_SCAN),
            Map.entry("verr", new FlagEffect(ZF, 0)), Map.entry("verw", new FlagEffect(ZF, 0)),
            Map.entry("daa", DECIMAL_ADJUST), Map.entry("das", DECIMAL_ADJUST),
            Map.entry("aaa", ASCII_ADJUST), Map.entry("aas", ASCII_ADJUST),
            Map.entry("aam", ASCII_MULDIV), Map.entry("aad", ASCII_MULDIV),
            Map.entry("sahf", new FlagEffect(SF | ZF | AF | PF | CF, 0)),
            Map.entry("popfd", ALL_FLAGS), Map.entry("iretd", ALL_FLAGS),
            Map.entry("clc", new FlagEffect(CF, 0)), Map.entry("stc", new FlagEffect(CF, 0)),
            Map.entry("cmc", new FlagEffect(CF, 0)), Map.entry("cld", new FlagEffect(DF, 0)),
            Map.entry("std", new FlagEffect(DF, 0)), Map.entry("cli", new FlagEffect(IF, 0)),
            Map.entry("sti", new FlagEffect(IF, 0)),
            Map.entry("int", INTERRUPT), Map.entry("int3", INTERRUPT), Map.entry("into", INTERRUPT));

    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "shr", "shl", "sar"};
    private static final String[] CONDITIONS = {"o", "no", "b", "ae", "e", "ne", "be", "a",
        "s", "ns", "p", "np", "l", "ge", "le", "g"};

    static {
        UNDEFINED = add(-1, -1, "(bad)", "");
        TOO_LONG = add(-1, -1, "(too long)", "");
        oneByteOpcodes();
        twoByteOpcodes();
    }

    private OpcodeTable() {
    }

    private static void oneByteOpcodes() {
        for (int i = 0; i < 8; i++) {
            int base = i * 8;
            op(base, ALU[i], "Eb,Gb");
            op(base + 1, ALU[i], "Ev,Gv");
            op(base + 2, ALU[i], "Gb,Eb");
            op(base + 3, ALU[i], "Gv,Ev");
            op(base + 4, ALU[i], "AL,Ib");
            op(base + 5, ALU[i], "eAX,Iz");
        }
        String[] segments = {"ES", "CS", "SS", "DS"};
        for (int s = 0; s < 4; s++) {
            op(0x06 + s * 8, "push", segments[s]);
            if (s != 1) {
                op(0x07 + s * 8, "pop", segments[s]);
            }
        }
        op(0x27, "daa", "");
        op(0x2F, "das", "");
        op(0x37, "aaa", "");
        op(0x3F, "aas", "");
        for (int r = 0; r < 8; r++) {
            op(0x40 + r, "inc", "Zv");
            op(0x48 + r, "dec", "Zv");
            op(0x50 + r, "push", "Zv");
            op(0x58 + r, "pop", "Zv");
            op(0xB0 + r, "mov", "Zb,Ib");
            op(0xB8 + r, "mov", "Zv,Iv");
            if (r != 0) {
                op(0x90 + r, "xchg", "Zv,eAX");
            }
        }
        op(0x60, "pushad|pushaw", "");
        op(0x61, "popad|popaw", "");
        op(0x68, "push", "Iz");
        op(0x69, "imul", "Gv,Ev,Iz");
        op(0x6A, "push", "Ibs");
        op(0x6B, "imul", "Gv,Ev,Ibs");
        op(0x6C, "insb", "");
        op(0x6D, "insd|insw", "");
        op(0x6E, "outsb", "");
        op(0x6F, "outsd|outsw", "");
        for (int cc = 0; cc < 16; cc++) {
            op(0x70 + cc, "j" + CONDITIONS[cc], "Jb");
            op(0x180 + cc, "j" + CONDITIONS[cc], "Jz");
            op(0x190 + cc, "set" + CONDITIONS[cc], "Eb");
        }
        group(0x80, "Eb,Ib", ALU);
        group(0x81, "Ev,Iz", ALU);
        group(0x82, "Eb,Ib", ALU);
        group(0x83, "Ev,Ibs", ALU);
        op(0x84, "test", "Eb,Gb");
        op(0x85, "test", "Ev,Gv");
        op(0x86, "xchg", "Eb,Gb");
        op(0x87, "xchg", "Ev,Gv");
        op(0x88, "mov", "Eb,Gb");
        op(0x89, "mov", "Ev,Gv");
        op(0x8A, "mov", "Gb,Eb");
        op(0x8B, "mov", "Gv,Ev");
        op(0x8C, "mov", "Ew,Sw");
        op(0x8D, "lea", "Gv,M");
        op(0x8E, "mov", "Sw,Ew");
        row(0x8F, 0, "pop", "Ev");
        op(0x90, "nop", "");
        op(0x98, "cwde|cbw", "");
        op(0x99, "cdq|cwd", "");
        op(0x9A, "call far", "Ap");
        op(0x9B, "fwait", "");
        op(0x9C, "pushfd|pushfw", "");
        op(0x9D, "popfd|popfw", "");
        op(0x9E, "sahf", "");
        op(0x9F, "lahf", "");
        op(0xA0, "mov", "AL,Ob");
        op(0xA1, "mov", "eAX,Ov");
        op(0xA2, "mov", "Ob,AL");
        op(0xA3, "mov", "Ov,eAX");
        op(0xA4, "movsb", "");
        op(0xA5, "movsd|movsw", "");
        op(0xA6, "cmpsb", "");
        op(0xA7, "cmpsd|cmpsw", "");
        op(0xA8, "test", "AL,Ib");
        op(0xA9, "test", "eAX,Iz");
        op(0xAA, "stosb", "");
        op(0xAB, "stosd|stosw", "");
        op(0xAC, "lodsb", "");
        op(0xAD, "lodsd|lodsw", "");
        op(0xAE, "scasb", "");
        op(0xAF, "scasd|scasw", "");
        group(0xC0, "Eb,Ib", SHIFTS);
        group(0xC1, "Ev,Ib", SHIFTS);
        op(0xC2, "ret", "Iw");
        op(0xC3, "ret", "");
        op(0xC4, "les", "Gv,Mp");
        op(0xC5, "lds", "Gv,Mp");
        row(0xC6, 0, "mov", "Eb,Ib");
        row(0xC7, 0, "mov", "Ev,Iz");
        op(0xC8, "enter", "Iw,Ib");
        op(0xC9, "leave", "");
        op(0xCA, "retf", "Iw");
        op(0xCB, "retf", "");
        op(0xCC, "int3", "");
        op(0xCD, "int", "Ib");
        op(0xCE, "into", "");
        op(0xCF, "iretd|iretw", "");
        group(0xD0, "Eb,1", SHIFTS);
        group(0xD1, "Ev,1", SHIFTS);
        group(0xD2, "Eb,CL", SHIFTS);
        group(0xD3, "Ev,CL", SHIFTS);
        op(0xD4, "aam", "Ib");
        op(0xD5, "aad", "Ib");
        op(0xD7, "xlatb", "");
        op(0xE0, "loopne", "Jb");
        op(0xE1, "loope", "Jb");
        op(0xE2, "loop", "Jb");
        op(0xE3, "jecxz|jcxz", "Jb");
        op(0xE4, "in", "AL,Ib");
        op(0xE5, "in", "eAX,Ib");
        op(0xE6, "out", "Ib,AL");
        op(0xE7, "out", "Ib,eAX");
        op(0xE8, "call", "Jz");
        op(0xE9, "jmp", "Jz");
        op(0xEA, "jmp far", "Ap");
        op(0xEB, "jmp", "Jb");
        op(0xEC, "in", "AL,DX");
        op(0xED, "in", "eAX,DX");
        op(0xEE, "out", "DX,AL");
        op(0xEF, "out", "DX,eAX");
        op(0xF4, "hlt", "");
        op(0xF5, "cmc", "");
        row(0xF6, 0, "test", "Eb,Ib");
        row(0xF6, 1, "test", "Eb,Ib");
        rows(0xF6, 2, "Eb", "not", "neg", "mul", "imul", "div", "idiv");
        row(0xF7, 0, "test", "Ev,Iz");
        row(0xF7, 1, "test", "Ev,Iz");
        rows(0xF7, 2, "Ev", "not", "neg", "mul", "imul", "div", "idiv");
        op(0xF8, "clc", "");
        op(0xF9, "stc", "");
        op(0xFA, "cli", "");
        op(0xFB, "sti", "");
        op(0xFC, "cld", "");
        op(0xFD, "std", "");
        rows(0xFE, 0, "Eb", "inc", "dec");
        rows(0xFF, 0, "Ev", "inc", "dec", "call");
        row(0xFF, 3, "call far", "Mp");
        row(0xFF, 4, "jmp", "Ev");
        row(0xFF, 5, "jmp far", "Mp");
        row(0xFF, 6, "push", "Ev");
    }

    private static void twoByteOpcodes() {
        rows(0x100, 0, "Ew", "sldt", "str", "lldt", "ltr", "verr", "verw");
        row(0x101, 0, "sgdt", "M");
        row(0x101, 1, "sidt", "M");
        row(0x101, 2, "lgdt", "M");
        row(0x101, 3, "lidt", "M");
        row(0x101, 4, "smsw", "Ew");
        row(0x101, 6, "lmsw", "Ew");
        row(0x101, 7, "invlpg", "M");
        op(0x106, "clts", "");
        op(0x108, "invd", "");
        op(0x109, "wbinvd", "");
        op(0x10B, "ud2", "");
        op(0x11F, "nop", "Ev");
        op(0x120, "mov", "Rd,Cd");
        op(0x122, "mov", "Cd,Rd");
        op(0x131, "rdtsc", "");
        op(0x1A0, "push", "FS");
        op(0x1A1, "pop", "FS");
        op(0x1A2, "cpuid", "");
        op(0x1A3, "bt", "Ev,Gv");
        op(0x1A4, "shld", "Ev,Gv,Ib");
        op(0x1A5, "shld", "Ev,Gv,CL");
        op(0x1A8, "push", "GS");
        op(0x1A9, "pop", "GS");
        op(0x1AB, "bts", "Ev,Gv");
        op(0x1AC, "shrd", "Ev,Gv,Ib");
        op(0x1AD, "shrd", "Ev,Gv,CL");
        op(0x1AF, "imul", "Gv,Ev");
        op(0x1B0, "cmpxchg", "Eb,Gb");
        op(0x1B1, "cmpxchg", "Ev,Gv");
        op(0x1B2, "lss", "Gv,Mp");
        op(0x1B3, "btr", "Ev,Gv");
        op(0x1B4, "lfs", "Gv,Mp");
        op(0x1B5, "lgs", "Gv,Mp");
        op(0x1B6, "movzx", "Gv,Eb");
        op(0x1B7, "movzx", "Gv,Ew");
        rows(0x1BA, 4, "Ev,Ib", "bt", "bts", "btr", "btc");
        op(0x1BB, "btc", "Ev,Gv");
        op(0x1BC, "bsf", "Gv,Ev");
        op(0x1BD, "bsr", "Gv,Ev");
        op(0x1BE, "movsx", "Gv,Eb");
        op(0x1BF, "movsx", "Gv,Ew");
        op(0x1C0, "xadd", "Eb,Gb");
        op(0x1C1, "xadd", "Ev,Gv");
        for (int r = 0; r < 8; r++) {
            op(0x1C8 + r, "bswap", "Zv");
        }
    }

    private static OpcodeSpec add(int opcode, int groupReg, String mnemonic, String forms) {
        String base = mnemonic.contains("|") ? mnemonic.substring(0, mnemonic.indexOf('|')) : mnemonic;
        FlagEffect flags = FLAGS.getOrDefault(base, NONE);
        List<String> operands = forms.isEmpty() ? List.of() : Arrays.asList(forms.split(","));
        OpcodeSpec spec = new OpcodeSpec(ALL.size(), opcode, groupReg, mnemonic, operands, flags);
        ALL.add(spec);
        return spec;
    }

    private static void op(int opcode, String mnemonic, String forms) {
        if (PRIMARY[opcode] != null || GROUPS[opcode] != null) {
            throw new IllegalStateException("opcode table defines " + Integer.toHexString(opcode) + " twice");
        }
        PRIMARY[opcode] = add(opcode, -1, mnemonic, forms);
    }

    private static void row(int opcode, int reg, String mnemonic, String forms) {
        if (PRIMARY[opcode] != null) {
            throw new IllegalStateException("opcode table defines " + Integer.toHexString(opcode) + " twice");
        }
        if (GROUPS[opcode] == null) {
            GROUPS[opcode] = new OpcodeSpec[8];
        }
        GROUPS[opcode][reg] = add(opcode, reg, mnemonic, forms);
    }

    private static void rows(int opcode, int firstReg, String forms, String... mnemonics) {
        for (int i = 0; i < mnemonics.length; i++) {
            row(opcode, firstReg + i, mnemonics[i], forms);
        }
    }

    private static void group(int opcode, String forms, String[] mnemonics) {
        rows(opcode, 0, forms, mnemonics);
    }

    /** Every row, in {@link OpcodeSpec#id} order; the first two are {@link #UNDEFINED} and {@link #TOO_LONG}. */
    public static List<OpcodeSpec> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The row of a non-group opcode (0x00-0x1FF), or null when it is a group opcode or undefined. */
    public static OpcodeSpec primary(int opcode) {
        return PRIMARY[opcode];
    }

    /** True when {@code opcode} selects its row by ModRM.reg. */
    public static boolean isGroup(int opcode) {
        return GROUPS[opcode] != null;
    }

    /** The row of a group opcode for a ModRM.reg value, or null when that combination is undefined. */
    public static OpcodeSpec groupRow(int opcode, int reg) {
        return GROUPS[opcode][reg];
    }

    /** The row for an opcode and (for groups) a ModRM.reg, or null when undefined. */
    public static OpcodeSpec lookup(int opcode, int reg) {
        return isGroup(opcode) ? GROUPS[opcode][reg] : PRIMARY[opcode];
    }
}
