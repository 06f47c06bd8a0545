package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a guest run ends when the guest misbehaves: exact one-line diagnostics, never a Java exception. */
class StopDiagnosticsTest {
    private static RunResult run(String guest) throws Exception {
        return BootedGuest.boot(guest, "", List.of()).result();
    }

    /** e_entry of the guest's ELF image: _start is its first instruction. */
    private static int entry(String guest) throws Exception {
        return ByteBuffer.wrap(Guests.image(guest)).order(ByteOrder.LITTLE_ENDIAN).getInt(24);
    }

    @Test
    void undefinedOpcodeNamesBytesEipAndMnemonic() throws Exception {
        RunResult result = run("undefined_opcode");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: undefined opcode 0f 0b at eip=0x%08x (ud2)",
                entry("undefined_opcode")), result.diagnostic());
    }

    @Test
    void x87InstructionIsAnUndefinedOpcode() throws Exception {
        RunResult result = run("fpu");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: undefined opcode d9 at eip=0x%08x"
                + " (not in the i386 integer instruction set)", entry("fpu")), result.diagnostic());
    }

    @Test
    void divideErrorWithoutIdtTripleFaults() throws Exception {
        RunResult result = run("divide_error");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: triple fault at eip=0x%08x: #DE divide error in div ecx (f7 f1):"
                + " division by zero; vector 0 is beyond the IDT limit 0x0", entry("divide_error") + 9),
                result.diagnostic());
    }

    @Test
    void badSegmentSelectorTripleFaults() throws Exception {
        RunResult result = run("bad_segment");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: triple fault at eip=0x%08x: #GP(0x0040) general protection in"
                + " mov ds, ax (8e d8): selector 0x0040 is beyond the GDT limit 0x17;"
                + " vector 13 is beyond the IDT limit 0x0", entry("bad_segment") + 4), result.diagnostic());
    }

    @Test
    void hltWithInterruptsOffHalts() throws Exception {
        RunResult result = run("halt");

        assertEquals(RunResult.Kind.HALTED, result.kind());
        assertEquals(String.format("halted with interrupts disabled at eip=0x%08x", entry("halt") + 6),
                result.diagnostic());
    }

    @Test
    void pagingWithoutPageTablesTripleFaults() throws Exception {
        RunResult result = run("paging");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: triple fault at eip=0x%08x: #PF(0x0000) page fault in an"
                + " instruction whose bytes cannot be read: no page directory entry for linear address 0x%08x;"
                + " vector 14 is beyond the IDT limit 0x0", entry("paging") + 16, entry("paging") + 16),
                result.diagnostic());
    }

    @Test
    void loadingAnLdtStopsAsUnsupported() throws Exception {
        RunResult result = run("ldt");

        assertEquals(RunResult.Kind.FAULTED, result.kind());
        assertEquals(String.format("guest stopped: unsupported at eip=0x%08x: loading an LDT (selector 0x0018) is"
                + " not implemented yet, in lldt ax (0f 00 d0)", entry("ldt") + 4), result.diagnostic());
    }
}
