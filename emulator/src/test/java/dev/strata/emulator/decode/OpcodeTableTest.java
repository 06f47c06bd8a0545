package dev.strata.emulator.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table itself: dense ids, unique rows, flag effects and undefined-flag marks where the SDM puts them. */
class OpcodeTableTest {
    @Test
    void idsAreDenseAndRowsUnique() {
        Set<String> seen = new HashSet<>();
        for (int id = 0; id < OpcodeTable.all().size(); id++) {
            OpcodeSpec spec = OpcodeTable.all().get(id);
            assertEquals(id, spec.id);
            assertTrue(spec.opcode < 0 || seen.add(spec.opcode + "/" + spec.groupReg), "duplicate row " + spec);
        }
    }

    @Test
    void theFirstTwoRowsStandForBadEncodings() {
        assertEquals(OpcodeTable.UNDEFINED, OpcodeTable.all().get(0));
        assertEquals(OpcodeTable.TOO_LONG, OpcodeTable.all().get(1));
        assertEquals("(bad)", OpcodeTable.UNDEFINED.toString());
    }

    @Test
    void lookupFindsPrimaryAndGroupRows() {
        assertEquals("add", OpcodeTable.lookup(0x00, 0).mnemonic);
        assertEquals("sub", OpcodeTable.lookup(0x83, 5).mnemonic);
        assertEquals("idiv", OpcodeTable.lookup(0xF7, 7).mnemonic);
        assertEquals("bts", OpcodeTable.lookup(0x1BA, 5).mnemonic);
        assertNull(OpcodeTable.lookup(0xFF, 7));
        assertNull(OpcodeTable.lookup(0xD8, 0));
        assertTrue(OpcodeTable.isGroup(0x80));
        assertFalse(OpcodeTable.isGroup(0x89));
    }

    @Test
    void flagEffectsFollowTheSdm() {
        OpcodeSpec add = OpcodeTable.primary(0x01);
        OpcodeSpec and = OpcodeTable.primary(0x21);
        OpcodeSpec inc = OpcodeTable.primary(0x40);
        OpcodeSpec mul = OpcodeTable.groupRow(0xF7, 4);
        OpcodeSpec div = OpcodeTable.groupRow(0xF7, 6);
        OpcodeSpec mov = OpcodeTable.primary(0x89);

        assertEquals(Eflags.STATUS, add.flagsWritten);
        assertEquals(0, add.flagsUndefined);
        assertEquals(Eflags.AF, and.flagsUndefined);
        assertEquals(0, inc.flagsWritten & Eflags.CF, "inc leaves CF alone");
        assertEquals(Eflags.SF | Eflags.ZF | Eflags.AF | Eflags.PF, mul.flagsUndefined);
        assertEquals(Eflags.STATUS, div.flagsUndefined);
        assertEquals(0, mov.flagsWritten);
        assertEquals("CF PF AF ZF SF OF", Eflags.names(Eflags.STATUS));
    }

    @Test
    void operandFormsDecideModrmAndImmediates() {
        OpcodeSpec enter = OpcodeTable.primary(0xC8);
        OpcodeSpec farJump = OpcodeTable.primary(0xEA);
        OpcodeSpec lea = OpcodeTable.primary(0x8D);

        assertEquals(ImmediateKind.WORD, enter.immediate);
        assertEquals(ImmediateKind.BYTE, enter.immediate2);
        assertEquals(ImmediateKind.FAR_POINTER, farJump.immediate);
        assertEquals(ImmediateKind.WORD, farJump.immediate2);
        assertTrue(lea.hasModrm);
        assertTrue(lea.memoryOnly);
        assertNotNull(OpcodeTable.primary(0x90));
        assertEquals("cdq", OpcodeTable.primary(0x99).mnemonic(4));
        assertEquals("cwd", OpcodeTable.primary(0x99).mnemonic(2));
    }
}
