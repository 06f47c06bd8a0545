package dev.strata.emulator.boot;

import static dev.strata.emulator.boot.ImageBytes.u16;
import static dev.strata.emulator.boot.ImageBytes.u32;
import static dev.strata.emulator.boot.ImageBytes.u32L;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the pieces of a kernel image go and where it starts: from the ELF32 program headers, or from the a.out
 * kludge addresses of the Multiboot header when its flag bit 16 is set (which takes precedence, as in GRUB and QEMU).
 */
record KernelLayout(List<LoadSegment> segments, long entry) {
    private static final int ELF_HEADER_SIZE = 52;
    private static final int PROGRAM_HEADER_SIZE = 32;
    private static final int PT_LOAD = 1;
    private static final int ET_EXEC = 2;
    private static final int EM_386 = 3;

    static KernelLayout of(byte[] image, MultibootHeader header) throws BootImageException {
        return header.hasAddresses() ? fromKludge(image, header) : fromElf(image);
    }

    private static KernelLayout fromKludge(byte[] image, MultibootHeader h) throws BootImageException {
        String where = String.format("Multiboot header at offset 0x%x", h.offset());
        if (h.loadAddr() > h.headerAddr()) {
            throw new BootImageException(String.format("%s: load_addr 0x%x is above header_addr 0x%x", where,
                    h.loadAddr(), h.headerAddr()));
        }
        long fileOffset = h.offset() - (h.headerAddr() - h.loadAddr());
        if (fileOffset < 0) {
            throw new BootImageException(String.format("%s: header_addr - load_addr = 0x%x puts the start of the"
                    + " text before the start of the file", where, h.headerAddr() - h.loadAddr()));
        }
        long loadEnd = h.loadEndAddr() == 0 ? h.loadAddr() + image.length - fileOffset : h.loadEndAddr();
        if (loadEnd < h.loadAddr()) {
            throw new BootImageException(String.format("%s: load_end_addr 0x%x is below load_addr 0x%x", where,
                    loadEnd, h.loadAddr()));
        }
        long fileSize = loadEnd - h.loadAddr();
        long bssEnd = h.bssEndAddr() == 0 ? loadEnd : h.bssEndAddr();
        if (bssEnd < loadEnd) {
            throw new BootImageException(String.format("%s: bss_end_addr 0x%x is below load_end_addr 0x%x", where,
                    bssEnd, loadEnd));
        }
        LoadSegment segment = new LoadSegment(where, fileOffset, h.loadAddr(), fileSize, bssEnd - h.loadAddr());
        if (fileOffset + fileSize > image.length) {
            throw new BootImageException(String.format("%s: segment %s runs past the end of the file (0x%x bytes)",
                    where, segment.range(), image.length));
        }
        return new KernelLayout(List.of(segment), h.entryAddr());
    }

    private static KernelLayout fromElf(byte[] image) throws BootImageException {
        String notElf = "not a Multiboot v1 kernel: no a.out kludge addresses (flag bit 16) and not an ELF32 i386"
                + " executable: ";
        if (image.length < ELF_HEADER_SIZE) {
            throw new BootImageException(String.format("%sthe file is 0x%x bytes, shorter than an ELF header (0x%x)",
                    notElf, image.length, ELF_HEADER_SIZE));
        }
        if (u32(image, 0) != 0x464C457F) {
            throw new BootImageException(notElf + "no ELF magic at offset 0x0");
        }
        if (image[4] != 1 || image[5] != 1) {
            throw new BootImageException(String.format("%sELF class %d, data encoding %d at offset 0x4 (want 1, 1:"
                    + " 32-bit little-endian)", notElf, image[4], image[5]));
        }
        if (u16(image, 16) != ET_EXEC || u16(image, 18) != EM_386) {
            throw new BootImageException(String.format("%sELF type %d, machine %d at offset 0x10 (want 2, 3:"
                    + " an i386 executable)", notElf, u16(image, 16), u16(image, 18)));
        }
        long entry = u32L(image, 24);
        int tableOffset = u32(image, 28);
        int entrySize = u16(image, 42);
        int count = u16(image, 44);
        if (count > 0 && entrySize < PROGRAM_HEADER_SIZE) {
            throw new BootImageException(String.format("ELF header at offset 0x2a: program header size %d is below"
                    + " %d", entrySize, PROGRAM_HEADER_SIZE));
        }
        long tableEnd = (tableOffset & 0xFFFFFFFFL) + (long) entrySize * count;
        if (tableEnd > image.length) {
            throw new BootImageException(String.format("ELF program header table at offset 0x%x: %d entries of %d"
                    + " bytes run past the end of the file (0x%x bytes)", tableOffset, count, entrySize, image.length));
        }
        List<LoadSegment> segments = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int at = tableOffset + n * entrySize;
            if (u32(image, at) != PT_LOAD) {
                continue;
            }
            String origin = String.format("ELF program header %d at offset 0x%x", n, at);
            long fileOffset = u32L(image, at + 4);
            long virtualAddress = u32L(image, at + 8);
            long physical = u32L(image, at + 12);
            long fileSize = u32L(image, at + 16);
            long memorySize = u32L(image, at + 20);
            if (fileSize > memorySize) {
                throw new BootImageException(String.format("%s: file size 0x%x exceeds memory size 0x%x", origin,
                        fileSize, memorySize));
            }
            if (fileOffset + fileSize > image.length) {
                throw new BootImageException(String.format("%s: segment [0x%x, +0x%x) runs past the end of the file"
                        + " (0x%x bytes)", origin, physical, fileSize, image.length));
            }
            if (entry >= virtualAddress && entry < virtualAddress + memorySize) {
                entry = entry - virtualAddress + physical;
            }
            segments.add(new LoadSegment(origin, fileOffset, physical, fileSize, memorySize));
        }
        if (segments.isEmpty()) {
            throw new BootImageException(String.format("ELF program header table at offset 0x%x: no PT_LOAD segment",
                    tableOffset));
        }
        return new KernelLayout(List.copyOf(segments), entry);
    }

    /** The first byte after the highest segment, bss included. */
    long end() {
        return segments.stream().mapToLong(LoadSegment::end).max().orElse(0);
    }
}
