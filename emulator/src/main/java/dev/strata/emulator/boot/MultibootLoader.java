package dev.strata.emulator.boot;

import dev.strata.emulator.Machine;
import dev.strata.emulator.cpu.Cpu;
import dev.strata.emulator.memory.PhysicalMemory;
import java.util.List;

/**
 * Boots a Multiboot v1 kernel the way QEMU's {@code -kernel} does: loads the image (ELF32 program headers, or the
 * a.out kludge), places the modules page-aligned after the kernel, writes the Multiboot information at 0x9000, and
 * sets the CPU to the Multiboot entry state:
 * EAX = 0x2BADB002, EBX = the information's address, CS = 0x08 and DS/ES/FS/GS/SS = 0x10 from a flat 4 GiB GDT
 * at 0x8fe0, CR0.PE = 1, paging off, EFLAGS.IF = 0, EIP = the entry point. ESP is undefined by the specification;
 * here it is 0x7c00, below the boot information.
 *
 * <p>The command line is passed as given. (QEMU puts the kernel's file name and a space in front of it.)
 */
public final class MultibootLoader {
    public static final int BOOT_MAGIC = 0x2BADB002;
    static final int GDT_ADDRESS = 0x8FE0;
    static final int CODE_SELECTOR = 0x08;
    static final int DATA_SELECTOR = 0x10;
    static final int INITIAL_ESP = 0x7C00;
    /** Flat 4 GiB, present, ring 0, 32-bit, 4 KiB granularity: execute/read code and read/write data. */
    private static final int FLAT_LOW = 0x0000FFFF;
    private static final int CODE_HIGH = 0x00CF9A00;
    private static final int DATA_HIGH = 0x00CF9200;
    private static final int PAGE = 4096;

    private MultibootLoader() {
    }

    /**
     * Loads {@code kernelImage} into {@code m} with {@code cmdline} and {@code modules} and readies the CPU.
     *
     * @throws BootImageException when the image is not a bootable Multiboot v1 kernel or does not fit
     */
    public static void load(Machine m, byte[] kernelImage, String cmdline, List<MultibootModule> modules)
            throws BootImageException {
        PhysicalMemory memory = m.memory();
        MultibootHeader header = MultibootHeader.find(kernelImage);
        KernelLayout layout = KernelLayout.of(kernelImage, header);
        for (LoadSegment segment : layout.segments()) {
            if (segment.end() > memory.size()) {
                throw new BootImageException(String.format("%s: segment %s does not fit in RAM (0x%x bytes)",
                        segment.origin(), segment.range(), memory.size()));
            }
            if (segment.address() < MultibootInfo.CONVENTIONAL_END && segment.end() > GDT_ADDRESS) {
                throw new BootImageException(String.format("%s: segment %s overlaps the boot information at"
                        + " [0x%x, 0x%x)", segment.origin(), segment.range(), GDT_ADDRESS,
                        MultibootInfo.CONVENTIONAL_END));
            }
        }
        if (layout.entry() >= memory.size()) {
            throw new BootImageException(String.format("entry point 0x%08x is outside RAM (0x%x bytes)",
                    layout.entry(), memory.size()));
        }
        for (LoadSegment segment : layout.segments()) {
            int address = (int) segment.address();
            int fileSize = (int) segment.fileSize();
            byte[] bytes = new byte[fileSize];
            System.arraycopy(kernelImage, (int) segment.fileOffset(), bytes, 0, fileSize);
            memory.load(address, bytes);
            memory.zero(address + fileSize, (int) (segment.memorySize() - fileSize));
        }
        int[] moduleStarts = placeModules(memory, layout.end(), modules);
        MultibootInfo info = new MultibootInfo(memory);
        info.write(cmdline == null ? "" : cmdline, modules, moduleStarts);
        enter(m.cpu(), memory, (int) layout.entry());
    }

    /** Puts each module at the next page boundary after the kernel (and the module before it), as QEMU does. */
    private static int[] placeModules(PhysicalMemory memory, long kernelEnd, List<MultibootModule> modules)
            throws BootImageException {
        int[] starts = new int[modules.size()];
        long next = align(kernelEnd);
        for (int n = 0; n < modules.size(); n++) {
            byte[] data = modules.get(n).data();
            if (next + data.length > memory.size()) {
                throw new BootImageException(String.format("module %d (\"%s\", 0x%x bytes) does not fit in RAM"
                        + " (0x%x bytes) at 0x%x", n, modules.get(n).cmdline(), data.length, memory.size(), next));
            }
            starts[n] = (int) next;
            memory.load(starts[n], data);
            next = align(next + data.length);
        }
        return starts;
    }

    private static long align(long address) {
        return (address + PAGE - 1) & -PAGE;
    }

    private static void enter(Cpu cpu, PhysicalMemory memory, int entry) {
        memory.writeDword(GDT_ADDRESS, 0);
        memory.writeDword(GDT_ADDRESS + 4, 0);
        memory.writeDword(GDT_ADDRESS + CODE_SELECTOR, FLAT_LOW);
        memory.writeDword(GDT_ADDRESS + CODE_SELECTOR + 4, CODE_HIGH);
        memory.writeDword(GDT_ADDRESS + DATA_SELECTOR, FLAT_LOW);
        memory.writeDword(GDT_ADDRESS + DATA_SELECTOR + 4, DATA_HIGH);
        cpu.setGdt(GDT_ADDRESS, 3 * 8 - 1);
        cpu.enterFlatProtectedMode(CODE_SELECTOR, FLAT_LOW, CODE_HIGH, DATA_SELECTOR, FLAT_LOW, DATA_HIGH);
        for (int n = 0; n < 8; n++) {
            cpu.setRegister(n, 0);
        }
        cpu.setRegister(Cpu.EAX, BOOT_MAGIC);
        cpu.setRegister(Cpu.EBX, MultibootInfo.ADDRESS);
        cpu.setRegister(Cpu.ESP, INITIAL_ESP);
        cpu.setEip(entry);
    }
}
