package dev.strata.emulator.cpu;

import static dev.strata.emulator.decode.Eflags.AF;
import static dev.strata.emulator.decode.Eflags.CF;
import static dev.strata.emulator.decode.Eflags.OF;
import static dev.strata.emulator.decode.Eflags.PF;
import static dev.strata.emulator.decode.Eflags.SF;
import static dev.strata.emulator.decode.Eflags.ZF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.decode.Eflags;
import dev.strata.emulator.decode.OpcodeSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edge cases of the flag-writing instructions, one instruction each: EAX and ECX in, EAX (and EDX) and the status
 * flags out. Only flags the opcode table calls defined for the instruction are compared.
 */
class InstructionFlagsTest {
    private static final int ALL_STATUS = Eflags.STATUS;

    @ParameterizedTest(name = "{0} eax={1} ecx={2} flags={3}")
    @CsvSource(delimiter = '|', value = {
        // bytes       | eax        | ecx        | flags in | eax out    | edx out | flags out
        "01 c8         | 0x7fffffff | 0x00000001 | 0        | 0x80000000 | 0       | OF SF AF PF",
        "01 c8         | 0xffffffff | 0x00000001 | 0        | 0x00000000 | 0       | CF ZF AF PF",
        "00 c8         | 0x000000ff | 0x00000001 | 0        | 0x00000000 | 0       | CF ZF AF PF",
        "66 01 c8      | 0x00008000 | 0x00008000 | 0        | 0x00000000 | 0       | CF ZF OF PF",
        "11 c8         | 0xffffffff | 0x00000000 | CF       | 0x00000000 | 0       | CF ZF AF PF",
        "29 c8         | 0x00000000 | 0x00000001 | 0        | 0xffffffff | 0       | CF SF AF PF",
        "29 c8         | 0x80000000 | 0x00000001 | 0        | 0x7fffffff | 0       | OF AF PF",
        "19 c8         | 0x00000005 | 0x00000005 | CF       | 0xffffffff | 0       | CF SF AF PF",
        "39 c8         | 0x00000005 | 0x00000005 | CF       | 0x00000005 | 0       | ZF PF",
        "21 c8         | 0xf0f0f0f0 | 0x0f0f0f0f | ALL      | 0x00000000 | 0       | ZF PF",
        "31 c0         | 0x12345678 | 0x00000000 | ALL      | 0x00000000 | 0       | ZF PF",
        "40            | 0x7fffffff | 0x00000000 | CF       | 0x80000000 | 0       | CF OF SF AF PF",
        "48            | 0x00000000 | 0x00000000 | 0        | 0xffffffff | 0       | SF AF PF",
        "f7 d8         | 0x00000000 | 0x00000000 | CF       | 0x00000000 | 0       | ZF PF",
        "f7 d8         | 0x80000000 | 0x00000000 | 0        | 0x80000000 | 0       | CF OF SF PF",
        "d1 e0         | 0x80000001 | 0x00000000 | 0        | 0x00000002 | 0       | CF OF",
        "d3 e8         | 0x80000000 | 0x0000001f | 0        | 0x00000001 | 0       | 0",
        "d3 f8         | 0x80000000 | 0x0000001f | 0        | 0xffffffff | 0       | SF PF",
        "d3 e0         | 0x12345678 | 0x00000020 | ALL      | 0x12345678 | 0       | ALL",
        "d1 c0         | 0x80000000 | 0x00000000 | 0        | 0x00000001 | 0       | CF OF",
        "d1 d0         | 0x80000000 | 0x00000000 | 0        | 0x00000000 | 0       | CF OF",
        "f7 e1         | 0x80000000 | 0x00000002 | 0        | 0x00000000 | 1       | CF OF",
        "f7 e9         | 0xffffffff | 0xffffffff | 0        | 0x00000001 | 0       | 0",
        "0f af c1      | 0x40000000 | 0x00000004 | 0        | 0x00000000 | 0       | CF OF",
        "6b c0 fd      | 0x00000003 | 0x00000000 | 0        | 0xfffffff7 | 0       | 0",
        "0f bc c1      | 0x12345678 | 0x00000000 | 0        | 0x12345678 | 0       | ZF",
        "0f bd c1      | 0x00000000 | 0x00010001 | ALL      | 0x00000010 | 0       | 0",
        "0f a3 c8      | 0x00000000 | 0x00000021 | 0        | 0x00000000 | 0       | 0",
        "0f ab c8      | 0x00000000 | 0x00000021 | 0        | 0x00000002 | 0       | 0",
        "27            | 0x0000009a | 0x00000000 | 0        | 0x00000000 | 0       | CF ZF AF PF",
    })
    void flagsAndResults(String hex, String eax, String ecx, String flagsIn, String eaxOut, String edxOut,
            String flagsOut) {
        CpuHarness h = new CpuHarness().set(Cpu.EAX, parse(eax)).set(Cpu.ECX, parse(ecx)).set(Cpu.EDX, 0);
        OpcodeSpec spec = CpuHarness.decode(hex.trim()).spec;

        h.step(hex.trim(), flags(flagsIn));

        int compared = ALL_STATUS & ~spec.flagsUndefined;
        assertEquals(parse(eaxOut), h.reg(Cpu.EAX), "eax");
        assertEquals(Integer.parseInt(edxOut.trim()), h.reg(Cpu.EDX), "edx");
        assertEquals(Eflags.names(flags(flagsOut) & compared), Eflags.names(h.cpu.eflags() & compared),
                "flags (comparing " + Eflags.names(compared) + ")");
    }

    private static int parse(String hex) {
        return Integer.parseUnsignedInt(hex.trim().substring(2), 16);
    }

    private static int flags(String names) {
        int mask = 0;
        for (String name : names.trim().split(" ")) {
            mask |= switch (name) {
                case "CF" -> CF;
                case "PF" -> PF;
                case "AF" -> AF;
                case "ZF" -> ZF;
                case "SF" -> SF;
                case "OF" -> OF;
                case "ALL" -> ALL_STATUS;
                default -> 0;
            };
        }
        return mask;
    }
}
