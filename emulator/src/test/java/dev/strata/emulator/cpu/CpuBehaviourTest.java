package dev.strata.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.strata.emulator.decode.DecodedInstruction;
import dev.strata.emulator.io.IoDevice;
import org.junit.jupiter.api.Test;

/** Stack, string, control-transfer and I/O instructions on a bare CPU. */
class CpuBehaviourTest {
    @Test
    void pushPopCallRet() {
        // push 0x11223344; pop ebx; call +1; (skipped byte) ; pop ecx
        CpuHarness h = new CpuHarness().run("68 44 33 22 11 5b e8 01 00 00 00 90 59", 4);

        assertEquals(0x11223344, h.reg(Cpu.EBX));
        assertEquals(CpuHarness.CODE + 11, h.reg(Cpu.ECX), "the return address call pushed");
        assertEquals(CpuHarness.STACK, h.reg(Cpu.ESP));
    }

    @Test
    void pushaPopaRoundTrip() {
        CpuHarness h = new CpuHarness().set(Cpu.EAX, 1).set(Cpu.EBP, 6).set(Cpu.EDI, 8);
        h.run("60 31 c0 31 ed 31 ff 61", 5);

        assertEquals(1, h.reg(Cpu.EAX));
        assertEquals(6, h.reg(Cpu.EBP));
        assertEquals(8, h.reg(Cpu.EDI));
        assertEquals(CpuHarness.STACK, h.reg(Cpu.ESP));
    }

    @Test
    void repMovsbCopiesForwardAndRepStosdFills() {
        CpuHarness h = new CpuHarness();
        h.memory.load(0x2000, "abcdef".getBytes());
        h.set(Cpu.ESI, 0x2000).set(Cpu.EDI, 0x3000).set(Cpu.ECX, 6);
        h.run("fc f3 a4", 2);

        assertEquals("abcdef", new String(h.memory.readBytes(0x3000, 6)));
        assertEquals(0, h.reg(Cpu.ECX));
        assertEquals(0x2006, h.reg(Cpu.ESI));

        h.set(Cpu.EAX, 0x01020304).set(Cpu.EDI, 0x4000).set(Cpu.ECX, 2).run("f3 ab", 1);
        assertEquals(0x01020304, h.memory.readDword(0x4004));
        assertEquals(0x4008, h.reg(Cpu.EDI));
    }

    @Test
    void repneScasbStopsAtTheMatch() {
        CpuHarness h = new CpuHarness();
        h.memory.load(0x2000, "hello\0".getBytes());
        h.set(Cpu.EAX, 0).set(Cpu.EDI, 0x2000).set(Cpu.ECX, -1).run("f2 ae", 1);

        assertEquals(0x2006, h.reg(Cpu.EDI));
        assertEquals(-7, h.reg(Cpu.ECX));
    }

    @Test
    void loopCountsEcxDown() {
        // mov ecx, 5; xor eax, eax; inc eax; loop -3
        CpuHarness h = new CpuHarness().run("b9 05 00 00 00 31 c0 40 e2 fd", 12);

        assertEquals(5, h.reg(Cpu.EAX));
        assertEquals(0, h.reg(Cpu.ECX));
    }

    @Test
    void enterAndLeaveBuildAndDropAFrame() {
        CpuHarness h = new CpuHarness().set(Cpu.EBP, 0x1234);
        h.run("c8 10 00 00", 1);

        assertEquals(CpuHarness.STACK - 4, h.reg(Cpu.EBP));
        assertEquals(CpuHarness.STACK - 4 - 0x10, h.reg(Cpu.ESP));
        h.run("c9", 1);
        assertEquals(0x1234, h.reg(Cpu.EBP));
        assertEquals(CpuHarness.STACK, h.reg(Cpu.ESP));
    }

    @Test
    void inAndOutReachTheBusAndUnclaimedPortsReadAllOnes() {
        CpuHarness h = new CpuHarness();
        int[] written = new int[1];
        h.io.register(new IoDevice() {
            @Override
            public int read(int port, int size) {
                return 0xA5;
            }

            @Override
            public void write(int port, int size, int value) {
                written[0] = value;
            }
        }, 0x80);
        h.set(Cpu.EAX, 0x5A).run("e6 80 e4 80 89 c3 e4 81", 4);

        assertEquals(0x5A, written[0]);
        assertEquals(0xA5, h.reg(Cpu.EBX) & 0xFF);
        assertEquals(0xFF, h.reg(Cpu.EAX) & 0xFF);
    }

    @Test
    void cpuidReportsTheVendorAndRdtscCountsInstructions() {
        CpuHarness h = new CpuHarness().set(Cpu.EAX, 0).run("0f a2", 1);

        byte[] vendor = new byte[12];
        int[] order = {Cpu.EBX, Cpu.EDX, Cpu.ECX};
        for (int i = 0; i < 3; i++) {
            for (int b = 0; b < 4; b++) {
                vendor[4 * i + b] = (byte) (h.reg(order[i]) >>> (8 * b));
            }
        }
        assertEquals("StrataEmu   ", new String(vendor));
        h.run("90 90 0f 31", 3);
        assertEquals(3, h.reg(Cpu.EAX), "rdtsc = instructions retired before it");
        assertEquals(0, h.reg(Cpu.EDX));
    }

    @Test
    void farJumpLoadsCsFromTheGdt() {
        CpuHarness h = new CpuHarness();
        h.memory.writeDword(0x500, 0);
        h.memory.writeDword(0x504, 0);
        h.memory.writeDword(0x508, 0x0000FFFF);
        h.memory.writeDword(0x50C, 0x00CF9A00);
        h.cpu.setGdt(0x500, 15);
        h.run("ea 00 20 00 00 08 00", 1);

        assertEquals(0x2000, h.cpu.eip());
        assertEquals(0x08, h.cpu.segment(DecodedInstruction.CS).selector());
        assertEquals(-1, h.cpu.segment(DecodedInstruction.CS).limit());
        assertNull(h.cpu.stopReason());
    }

    @Test
    void ltrLoadsAnAvailableTssAndMarksItBusy() {
        CpuHarness h = new CpuHarness();
        h.memory.writeDword(0x518, 0x20000067);
        h.memory.writeDword(0x51C, 0x00008900);
        h.cpu.setGdt(0x500, 0x1F);
        // mov ax, 0x18; ltr ax; str bx; verr ax
        h.run("66 b8 18 00 0f 00 d8 0f 00 cb 0f 00 e0", 4);

        assertEquals(0x18, h.cpu.taskRegister().selector());
        assertEquals(0x2000, h.cpu.taskRegister().base());
        assertEquals(0x67, h.cpu.taskRegister().limit());
        assertEquals(0x8B00, h.memory.readDword(0x51C), "busy bit set in the GDT");
        assertEquals(0x18, h.reg(Cpu.EBX));
        assertEquals(0, h.cpu.eflags() & 0x40, "a TSS is not readable: ZF clear");
        assertNull(h.cpu.stopReason());
    }
}
