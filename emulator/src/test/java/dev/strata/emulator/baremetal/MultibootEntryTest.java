package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import dev.strata.emulator.boot.MultibootModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Multiboot entry state and information structure, as a guest sees them (32 MiB of RAM). */
class MultibootEntryTest {
    @Test
    void guestSeesTheEntryStateAndInformationQemuWouldGive() throws Exception {
        List<MultibootModule> modules = List.of(
                new MultibootModule("first.bin some args", "hello".getBytes(StandardCharsets.US_ASCII)),
                new MultibootModule("second.bin", "x".repeat(5000).getBytes(StandardCharsets.US_ASCII)));

        BootedGuest guest = BootedGuest.boot("multiboot_info", "console=ttyS0 debug", modules);

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(String.join("\n",
                "magic 0x2badb002",
                "info 0x00009000",
                "cr0.pe 0x00000001",
                "cr0.pg 0x00000000",
                "eflags.if 0x00000000",
                "cs 0x00000008",
                "ds 0x00000010",
                "es 0x00000010",
                "ss 0x00000010",
                "flags 0x0000024d",
                "mem_lower 640",
                "mem_upper " + (32 * 1024 - 1024),
                "cmdline 'console=ttyS0 debug'",
                "mods 2",
                "module 0 'first.bin some args' 5 bytes, page aligned yes, after the previous image yes, data 'hello'",
                "module 1 'second.bin' 5000 bytes, page aligned yes, after the previous image yes, data '"
                        + "x".repeat(5000) + "'",
                "mmap_length 96",
                "mmap 0x00000000 0x0009fc00 type 1",
                "mmap 0x0009fc00 0x00000400 type 2",
                "mmap 0x000f0000 0x00010000 type 2",
                "mmap 0x00100000 0x01f00000 type 1",
                "loader 'Strata'",
                ""), guest.serial());
    }
}
