package dev.strata.emulator.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Intel-syntax text for a {@link DecodedInstruction}, driven by the operand forms in the opcode table. Used in stop
 * diagnostics and, later, by the debugger.
 */
public final class Disassembler {
    public static final List<String> REGISTERS_32 = List.of("eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi");
    public static final List<String> REGISTERS_16 = List.of("ax", "cx", "dx", "bx", "sp", "bp", "si", "di");
    public static final List<String> REGISTERS_8 = List.of("al", "cl", "dl", "bl", "ah", "ch", "dh", "bh");
    public static final List<String> SEGMENTS = List.of("es", "cs", "ss", "ds", "fs", "gs", "?6", "?7");

    private Disassembler() {
    }

    /** E.g. "add dword [ebx+esi*4+0x10], eax" or "jne 0x00101020". */
    public static String format(DecodedInstruction insn) {
        OpcodeSpec spec = insn.spec;
        StringBuilder out = new StringBuilder();
        if (insn.hasPrefix(DecodedInstruction.PREFIX_LOCK)) {
            out.append("lock ");
        }
        if (insn.hasPrefix(DecodedInstruction.PREFIX_REP)) {
            out.append(spec.mnemonic.startsWith("cmps") || spec.mnemonic.startsWith("scas") ? "repe " : "rep ");
        }
        if (insn.hasPrefix(DecodedInstruction.PREFIX_REPNE)) {
            out.append("repne ");
        }
        out.append(spec.mnemonic(insn.operandSize));
        List<String> operands = new ArrayList<>();
        for (String form : spec.operands) {
            operands.add(operand(insn, form));
        }
        if (!operands.isEmpty()) {
            out.append(' ').append(String.join(", ", operands));
        }
        return out.toString();
    }

    private static String operand(DecodedInstruction insn, String form) {
        int v = insn.operandSize;
        return switch (form) {
            case "Eb" -> rm(insn, 1);
            case "Ew" -> rm(insn, 2);
            case "Ev", "Ed" -> rm(insn, form.equals("Ed") ? 4 : v);
            case "M", "Mp" -> memory(insn, 0);
            case "Gb" -> register(insn.reg, 1);
            case "Gw" -> register(insn.reg, 2);
            case "Gv" -> register(insn.reg, v);
            case "Rd" -> register(insn.rm, 4);
            case "Sw" -> SEGMENTS.get(insn.reg);
            case "Cd" -> "cr" + insn.reg;
            case "Zb" -> register(insn.spec.opcode & 7, 1);
            case "Zv" -> register(insn.spec.opcode & 7, v);
            case "AL" -> "al";
            case "CL" -> "cl";
            case "DX" -> "dx";
            case "eAX" -> v == 4 ? "eax" : "ax";
            case "1" -> "1";
            case "ES", "CS", "SS", "DS", "FS", "GS" -> form.toLowerCase();
            case "Ib", "Iw", "Iz", "Iv" -> hex(form.equals("Ib") && insn.spec.immediate2 != ImmediateKind.NONE
                    && insn.spec.immediate == ImmediateKind.WORD ? insn.immediate2 : insn.immediate);
            case "Ibs" -> signed(insn.immediate);
            case "Jb", "Jz" -> String.format("0x%08x", insn.address + insn.length + insn.immediate);
            case "Ob", "Ov" -> segmentPrefix(insn) + "[" + hex(insn.immediate) + "]";
            case "Ap" -> String.format("0x%04x:0x%x", insn.immediate2, insn.immediate);
            default -> form;
        };
    }

    private static String rm(DecodedInstruction insn, int size) {
        return insn.mod == 3 ? register(insn.rm, size) : memory(insn, size);
    }

    private static String memory(DecodedInstruction insn, int size) {
        StringBuilder out = new StringBuilder();
        out.append(switch (size) {
            case 1 -> "byte ";
            case 2 -> "word ";
            case 4 -> "dword ";
            default -> "";
        });
        out.append(segmentPrefix(insn)).append('[');
        List<String> regs = insn.addressSize == 4 ? REGISTERS_32 : REGISTERS_16;
        boolean any = false;
        if (insn.base >= 0) {
            out.append(regs.get(insn.base));
            any = true;
        }
        if (insn.index >= 0) {
            out.append(any ? "+" : "").append(regs.get(insn.index));
            if (insn.scaleShift > 0) {
                out.append('*').append(1 << insn.scaleShift);
            }
            any = true;
        }
        if (!any) {
            out.append(hex(insn.displacement));
        } else if (insn.displacement != 0) {
            out.append(insn.displacement < 0 ? "-" : "+").append(hex(Math.abs((long) insn.displacement)));
        }
        return out.append(']').toString();
    }

    private static String segmentPrefix(DecodedInstruction insn) {
        return insn.segmentOverride >= 0 ? SEGMENTS.get(insn.segmentOverride) + ":" : "";
    }

    private static String register(int number, int size) {
        return switch (size) {
            case 1 -> REGISTERS_8.get(number);
            case 2 -> REGISTERS_16.get(number);
            default -> REGISTERS_32.get(number);
        };
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value & 0xFFFFFFFFL);
    }

    private static String signed(int value) {
        return value < 0 ? "-0x" + Integer.toHexString(-value) : "0x" + Integer.toHexString(value);
    }
}
