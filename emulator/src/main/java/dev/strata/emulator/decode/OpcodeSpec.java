package dev.strata.emulator.decode;

import java.util.List;

/**
 * One row of the opcode table: an opcode (with its ModRM.reg for group opcodes), its mnemonic, its operand forms in
 * the notation of the Intel SDM opcode map, and the flags it writes and leaves undefined. The decoder reads the
 * encoding from it, the disassembler the text, the executor binds a handler to its {@link #id}, and the tests mask
 * {@link #flagsUndefined}.
 *
 * <p>Operand forms: {@code Eb Ew Ev} ModRM r/m, {@code Gb Gw Gv} ModRM reg, {@code M} memory only, {@code Mp} memory
 * far pointer, {@code Sw} segment register, {@code Cd} control register, {@code Rd} ModRM r/m as a register,
 * {@code Ib Ibs Iw Iz} immediates (Ibs sign-extended), {@code Jb Jz} relative targets, {@code Ob Ov} memory offsets,
 * {@code Ap} far pointer, {@code Zb Zv} register in the low 3 bits of the opcode, and fixed operands such as
 * {@code AL CL DX eAX 1 ES}.
 */
public final class OpcodeSpec {
    /** Dense index of this row, so the executor can bind handlers in an array. */
    public final int id;
    /** 0x00-0xFF for one-byte opcodes, 0x100-0x1FF for 0F-prefixed ones. */
    public final int opcode;
    /** The ModRM.reg value that selects this row of a group opcode, or -1. */
    public final int groupReg;
    /** The mnemonic with a 32-bit operand size. */
    public final String mnemonic;
    /** The mnemonic under a 16-bit operand size, where it differs (cdq/cwd); else the same as {@link #mnemonic}. */
    public final String mnemonic16;
    /** Operand forms, in Intel operand order (destination first). */
    public final List<String> operands;
    public final boolean hasModrm;
    /** True when the r/m operand must be memory (lea, lgdt, les): a register form is an undefined opcode. */
    public final boolean memoryOnly;
    public final ImmediateKind immediate;
    /** The second immediate: the selector of a far pointer, or enter's nesting level. */
    public final ImmediateKind immediate2;
    /** EFLAGS bits this instruction may write. */
    public final int flagsWritten;
    /** EFLAGS bits the Intel SDM leaves undefined after it (in at least one case, e.g. OF after a multi-bit shift). */
    public final int flagsUndefined;

    OpcodeSpec(int id, int opcode, int groupReg, String mnemonic, List<String> operands, FlagEffect flags) {
        this.id = id;
        this.opcode = opcode;
        this.groupReg = groupReg;
        int slash = mnemonic.indexOf('|');
        this.mnemonic = slash < 0 ? mnemonic : mnemonic.substring(0, slash);
        this.mnemonic16 = slash < 0 ? mnemonic : mnemonic.substring(slash + 1);
        this.operands = List.copyOf(operands);
        this.flagsWritten = flags.written();
        this.flagsUndefined = flags.undefined();
        boolean modrm = groupReg >= 0;
        boolean memory = false;
        ImmediateKind first = ImmediateKind.NONE;
        ImmediateKind second = ImmediateKind.NONE;
        for (String form : operands) {
            if (isModrmForm(form)) {
                modrm = true;
                memory |= form.startsWith("M");
            }
            ImmediateKind imm = immediateOf(form);
            if (imm != ImmediateKind.NONE) {
                if (first == ImmediateKind.NONE) {
                    first = imm;
                } else {
                    second = imm;
                }
            }
        }
        if (first == ImmediateKind.FAR_POINTER) {
            second = ImmediateKind.WORD;
        }
        this.hasModrm = modrm;
        this.memoryOnly = memory;
        this.immediate = first;
        this.immediate2 = second;
    }

    private static boolean isModrmForm(String form) {
        return switch (form) {
            case "Eb", "Ew", "Ev", "Ed", "Gb", "Gw", "Gv", "M", "Mp", "Sw", "Cd", "Rd" -> true;
            default -> false;
        };
    }

    private static ImmediateKind immediateOf(String form) {
        return switch (form) {
            case "Ib" -> ImmediateKind.BYTE;
            case "Ibs" -> ImmediateKind.BYTE_SIGNED;
            case "Iw" -> ImmediateKind.WORD;
            case "Iz", "Iv" -> ImmediateKind.OPERAND;
            case "Jb" -> ImmediateKind.REL_BYTE;
            case "Jz" -> ImmediateKind.REL_OPERAND;
            case "Ob", "Ov" -> ImmediateKind.OFFSET;
            case "Ap" -> ImmediateKind.FAR_POINTER;
            default -> ImmediateKind.NONE;
        };
    }

    /** The mnemonic for the given operand size in bytes (2 or 4). */
    public String mnemonic(int operandSize) {
        return operandSize == 2 ? mnemonic16 : mnemonic;
    }

    @Override
    public String toString() {
        if (opcode < 0) {
            return mnemonic;
        }
        String opcodeText = opcode >= 0x100 ? String.format("0f %02x", opcode & 0xFF) : String.format("%02x", opcode);
        return opcodeText + (groupReg >= 0 ? " /" + groupReg : "") + " " + mnemonic + " " + String.join(",", operands);
    }

    /** The flags an instruction writes and leaves undefined. */
    record FlagEffect(int written, int undefined) {
    }
}
