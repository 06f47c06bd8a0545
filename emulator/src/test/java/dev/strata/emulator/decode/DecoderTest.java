package dev.strata.emulator.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bytes to fields, length and text: prefixes, ModRM, SIB, displacements, immediates. */
class DecoderTest {
    private static final int ADDRESS = 0x100000;

    private static DecodedInstruction decode(String hex) {
        return decode(hex, DecodeMode.BITS_32);
    }

    private static DecodedInstruction decode(String hex, DecodeMode mode) {
        byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(hex);
        return Decoder.decode(bytes, 0, ADDRESS, mode);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "01 d8                   | add eax, ebx",
        "00 e0                   | add al, ah",
        "8b 44 24 08             | mov eax, dword [esp+0x8]",
        "8b 04 85 00 10 00 00    | mov eax, dword [eax*4+0x1000]",
        "8b 05 78 56 34 12       | mov eax, dword [0x12345678]",
        "8b 45 fc                | mov eax, dword [ebp-0x4]",
        "8b 84 8b 00 01 00 00    | mov eax, dword [ebx+ecx*4+0x100]",
        "66 89 c8                | mov ax, cx",
        "67 8b 07                | mov eax, dword [bx]",
        "67 8b 42 10             | mov eax, dword [bp+si+0x10]",
        "2e 8b 00                | mov eax, dword cs:[eax]",
        "f3 a5                   | rep movsd",
        "f3 a6                   | repe cmpsb",
        "f2 ae                   | repne scasb",
        "66 a5                   | movsw",
        "f0 0f b1 0a             | lock cmpxchg dword [edx], ecx",
        "83 c0 ff                | add eax, -0x1",
        "81 c1 78 56 34 12       | add ecx, 0x12345678",
        "66 81 c1 34 12          | add cx, 0x1234",
        "c6 00 7f                | mov byte [eax], 0x7f",
        "e8 00 00 00 00          | call 0x00100005",
        "eb fe                   | jmp 0x00100000",
        "0f 84 fa ff ff ff       | je 0x00100000",
        "ea 78 56 34 12 08 00    | jmp far 0x0008:0x12345678",
        "c8 10 00 01             | enter 0x10, 0x1",
        "c1 e0 04                | shl eax, 0x4",
        "d3 f8                   | sar eax, cl",
        "0f b6 c1                | movzx eax, cl",
        "0f bf 06                | movsx eax, word [esi]",
        "0f 22 c0                | mov cr0, eax",
        "8e d8                   | mov ds, ax",
        "0f 01 15 00 20 10 00    | lgdt [0x102000]",
        "e6 f4                   | out 0xf4, al",
        "ed                      | in eax, dx",
        "99                      | cdq",
        "66 99                   | cwd",
        "0f c8                   | bswap eax",
        "0f ab c8                | bts eax, ecx",
        "0f a4 c2 03             | shld edx, eax, 0x3",
        "cd 80                   | int 0x80",
        "0f 0b                   | ud2",
    })
    void disassembles(String hex, String text) {
        DecodedInstruction insn = decode(hex.trim());

        assertEquals(text.trim(), Disassembler.format(insn));
        assertEquals(hex.trim().split(" ").length, insn.length, "length");
    }

    @Test
    void sibWithEspBaseUsesTheStackSegmentAndNoIndex() {
        DecodedInstruction insn = decode("8b 44 24 08");

        assertEquals(4, insn.base);
        assertEquals(-1, insn.index);
        assertEquals(8, insn.displacement);
        assertEquals(DecodedInstruction.SS, insn.segment);
        assertEquals(0x44, insn.modrm);
        assertEquals(1, insn.mod);
        assertEquals(0, insn.reg);
        assertEquals(4, insn.rm);
    }

    @Test
    void scaledIndexWithoutBaseTakesADisp32() {
        DecodedInstruction insn = decode("8b 04 85 00 10 00 00");

        assertEquals(-1, insn.base);
        assertEquals(0, insn.index);
        assertEquals(2, insn.scaleShift);
        assertEquals(0x1000, insn.displacement);
        assertEquals(DecodedInstruction.DS, insn.segment);
    }

    @Test
    void prefixesAreRecorded() {
        DecodedInstruction insn = decode("f0 66 26 0f b1 0a");

        assertTrue(insn.hasPrefix(DecodedInstruction.PREFIX_LOCK));
        assertTrue(insn.hasPrefix(DecodedInstruction.PREFIX_OPERAND_SIZE));
        assertEquals(DecodedInstruction.ES, insn.segmentOverride);
        assertEquals(DecodedInstruction.ES, insn.segment);
        assertEquals(2, insn.operandSize);
        assertEquals(4, insn.addressSize);
        assertEquals(6, insn.length);
    }

    @Test
    void signedAndUnsignedImmediates() {
        assertEquals(-1, decode("83 c0 ff").immediate);
        assertEquals(0xFF, decode("80 c0 ff").immediate);
        assertEquals(0xFFFF, decode("66 b8 ff ff").immediate);
        assertEquals(0x0008, decode("ea 78 56 34 12 08 00").immediate2);
        assertEquals(-6, decode("0f 84 fa ff ff ff").immediate);
    }

    @Test
    void sixteenBitModeSwapsTheDefaultSizes() {
        DecodedInstruction mov = decode("b8 34 12", DecodeMode.BITS_16);
        DecodedInstruction wide = decode("66 b8 78 56 34 12", DecodeMode.BITS_16);

        assertEquals("mov ax, 0x1234", Disassembler.format(mov));
        assertEquals(3, mov.length);
        assertEquals("mov eax, 0x12345678", Disassembler.format(wide));
        assertEquals(2, decode("8b 07", DecodeMode.BITS_16).addressSize);
    }

    @Test
    void bytesOutsideTheTableAreUndefined() {
        DecodedInstruction x87 = decode("d9 ee");
        DecodedInstruction badGroup = decode("ff ff");
        DecodedInstruction leaOfRegister = decode("8d c0");

        assertSame(OpcodeTable.UNDEFINED, x87.spec);
        assertEquals(1, x87.length);
        assertSame(OpcodeTable.UNDEFINED, badGroup.spec);
        assertSame(OpcodeTable.UNDEFINED, leaOfRegister.spec);
        assertTrue(leaOfRegister.isUndefined());
    }

    @Test
    void moreThanFifteenBytesIsTooLong() {
        DecodedInstruction insn = decode("66 ".repeat(15) + "90");

        assertSame(OpcodeTable.TOO_LONG, insn.spec);
        assertEquals(15, insn.length);
    }

    @Test
    void runningOffTheBufferIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> decode("b8 01 02"));

        assertEquals("instruction at 0x00100000 runs past the end of the 3 code bytes", e.getMessage());
    }

    @Test
    void hexBytesAndToString() {
        DecodedInstruction insn = decode("0f 0b");

        assertEquals("0f 0b", insn.hexBytes());
        assertEquals(2, insn.bytes().length);
        assertEquals(false, insn.hasMemoryOperand());
        assertEquals(true, decode("8b 45 fc").hasMemoryOperand());
        assertEquals("0f 0b  ud2", insn.toString());
    }
}
