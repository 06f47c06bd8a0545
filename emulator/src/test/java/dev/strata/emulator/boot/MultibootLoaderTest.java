package dev.strata.emulator.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.RunResult;
import dev.strata.emulator.cpu.Cpu;
import dev.strata.emulator.decode.DecodedInstruction;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading images, the entry state, and the exact messages for images that cannot boot. */
class MultibootLoaderTest {
    private static final MachineConfig SMALL = new MachineConfig(4 << 20);

    private static String failure(byte[] image) {
        return failure(image, List.of());
    }

    private static String failure(byte[] image, List<MultibootModule> modules) {
        return assertThrows(BootImageException.class,
                () -> MultibootLoader.load(new Machine(SMALL), image, "", modules)).getMessage();
    }

    @Test
    void elfKernelGetsTheMultibootEntryState() throws Exception {
        Machine machine = new Machine(SMALL);
        MultibootLoader.load(machine, KernelImages.runnableElf(), "a=b", List.of());
        Cpu cpu = machine.cpu();

        assertEquals(0x2BADB002, cpu.register(Cpu.EAX));
        assertEquals(0x9000, cpu.register(Cpu.EBX));
        assertEquals(0x100200, cpu.eip());
        assertEquals(1, cpu.cr0());
        assertEquals(0, cpu.eflags() & 0x200, "IF clear");
        assertEquals(0x08, cpu.segment(DecodedInstruction.CS).selector());
        assertEquals(0x10, cpu.segment(DecodedInstruction.SS).selector());
        assertEquals(0, cpu.segment(DecodedInstruction.DS).base());
        assertEquals(-1, cpu.segment(DecodedInstruction.DS).limit());
        assertEquals(0, machine.memory().readByte(0x101fff), "bss zeroed");
    }

    @Test
    void elfKernelRuns() throws Exception {
        Machine machine = new Machine(SMALL);
        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        machine.setDebugConsoleSink(debug);
        MultibootLoader.load(machine, KernelImages.runnableElf(), "", List.of());

        RunResult result = machine.run();

        assertEquals(new RunResult(RunResult.Kind.EXITED, 3, "guest exited with value 3 at eip=0x00100208"), result);
        assertEquals(7, result.qemuStatus());
        assertEquals("K", debug.toString());
    }

    @Test
    void aoutKludgeImageLoadsAtItsAddresses() throws Exception {
        ByteBuffer b = KernelImages.buffer(0x40);
        KernelImages.header(b, 0, 0x10003);
        b.putInt(12, 0x200000).putInt(16, 0x200000).putInt(20, 0).putInt(24, 0x201000).putInt(28, 0x200020);
        b.put(0x20, KernelImages.CODE);
        Machine machine = new Machine(SMALL);
        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        machine.setDebugConsoleSink(debug);
        MultibootLoader.load(machine, b.array(), "", List.of());

        RunResult result = machine.run();

        assertEquals(RunResult.Kind.EXITED, result.kind(), result.diagnostic());
        assertEquals(3, result.exitValue());
        assertEquals("K", debug.toString());
        assertEquals(0x200020, machine.memory().readDword(0x200000 + 28));
    }

    @Test
    void noHeader() {
        assertEquals("not a Multiboot v1 kernel: no header magic in the first 8192 bytes", failure(new byte[0]));
        ByteBuffer late = KernelImages.buffer(9000);
        KernelImages.header(late, 8192, 0);
        assertEquals("not a Multiboot v1 kernel: no header magic in the first 8192 bytes", failure(late.array()));
    }

    @Test
    void badChecksum() {
        ByteBuffer b = KernelImages.buffer(64);
        b.putInt(8, KernelImages.MAGIC).putInt(12, 3).putInt(16, 0);
        assertEquals("not a Multiboot v1 kernel: header at offset 0x8 has a bad checksum (magic + flags + checksum"
                + " = 0x1badb005, not 0)", failure(b.array()));
    }

    @Test
    void unknownRequiredFlag() {
        ByteBuffer b = KernelImages.buffer(64);
        KernelImages.header(b, 0, 0x13);
        assertEquals("Multiboot header at offset 0x0 requires features this loader does not have (flag bits 0x0010)",
                failure(b.array()));
    }

    @Test
    void notElfAndNoKludge() {
        ByteBuffer b = KernelImages.buffer(64);
        KernelImages.header(b, 0x10, 0);
        assertEquals("not a Multiboot v1 kernel: no a.out kludge addresses (flag bit 16) and not an ELF32 i386"
                + " executable: no ELF magic at offset 0x0", failure(b.array()));
    }

    @Test
    void elfForAnotherMachine() {
        ByteBuffer b = KernelImages.elf(0x300, 0x100200, new int[] {0, 0x100000, 0x300, 0x300});
        b.putShort(18, (short) 62);
        assertEquals("not a Multiboot v1 kernel: no a.out kludge addresses (flag bit 16) and not an ELF32 i386"
                + " executable: ELF type 2, machine 62 at offset 0x10 (want 2, 3: an i386 executable)",
                failure(b.array()));
    }

    @Test
    void segmentPastTheEndOfTheFile() {
        byte[] image = KernelImages.elf(0x3000, 0x100200, new int[] {0, 0x100000, 0x300, 0x300},
                new int[] {0, 0x100000, 0x300, 0x300}, new int[] {0, 0x100000, 0x5000, 0x5000}).array();
        assertEquals("ELF program header 2 at offset 0x74: segment [0x100000, +0x5000) runs past the end of the file"
                + " (0x3000 bytes)", failure(image));
    }

    @Test
    void segmentOutsideRam() {
        byte[] image = KernelImages.elf(0x300, 0x100200, new int[] {0, 0x3ff000, 0x300, 0x2000}).array();
        assertEquals("ELF program header 0 at offset 0x34: segment [0x3ff000, +0x2000) does not fit in RAM"
                + " (0x400000 bytes)", failure(image));
    }

    @Test
    void truncatedProgramHeaderTable() {
        ByteBuffer b = KernelImages.elf(0x300, 0x100200, new int[] {0, 0x100000, 0x300, 0x300});
        b.putShort(44, (short) 40);
        assertEquals("ELF program header table at offset 0x34: 40 entries of 32 bytes run past the end of the file"
                + " (0x300 bytes)", failure(b.array()));
    }

    @Test
    void moduleThatDoesNotFit() {
        List<MultibootModule> modules = List.of(new MultibootModule("big.bin", new byte[4 << 20]));
        assertEquals("module 0 (\"big.bin\", 0x400000 bytes) does not fit in RAM (0x400000 bytes) at 0x102000",
                failure(KernelImages.runnableElf(), modules));
    }
}
