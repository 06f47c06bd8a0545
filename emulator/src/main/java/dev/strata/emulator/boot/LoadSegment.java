package dev.strata.emulator.boot;

/**
 * A piece of the kernel image to put in memory: {@code fileSize} bytes from {@code fileOffset} to physical
 * {@code address}, then zeros up to {@code memorySize}. {@code origin} names where it came from, for messages.
 */
record LoadSegment(String origin, long fileOffset, long address, long fileSize, long memorySize) {
    long end() {
        return address + memorySize;
    }

    String range() {
        return String.format("[0x%x, +0x%x)", address, memorySize);
    }
}
