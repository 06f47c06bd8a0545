package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.emulator.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boots the real Strata kernel when the kernel module has been built (../kernel/target/strata-kernel.elf), with no
 * modules, and checks the console text docs/kernel-console.md fixes for that case. Skipped otherwise: this module
 * does not depend on the kernel.
 */
class StrataKernelBootTest {
    private static final Path KERNEL = Path.of("../kernel/target/strata-kernel.elf");

    @Test
    void kernelBootsAndReportsNoManifest() throws Exception {
        assumeTrue(Files.isRegularFile(KERNEL), KERNEL + " is not built (run the kernel module's build first)");

        BootedGuest guest = BootedGuest.boot(Files.readAllBytes(KERNEL), "console=ttyS0", List.of());

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(0, guest.result().exitValue());
        assertEquals(String.join("\n",
                "Strata kernel 0.1.0 (i386, Multiboot v1)",
                "cmdline: console=ttyS0",
                "modules: 0",
                "manifest: none",
                "exit: 0",
                ""), guest.serial());
        assertEquals(guest.serial(), guest.debugConsole());
    }
}
