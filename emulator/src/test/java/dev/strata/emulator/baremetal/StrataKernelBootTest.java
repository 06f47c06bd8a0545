package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import dev.strata.kernel.KernelImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boots the real Strata kernel (a test-scoped dependency on the kernel module) with no modules, and checks the
 * console text docs/kernel-console.md fixes for that case. cli's QemuParityTest boots it with a manifest.
 */
class StrataKernelBootTest {

    @Test
    void kernelBootsAndReportsNoManifest() throws Exception {
        BootedGuest guest = BootedGuest.boot(KernelImage.read(), "console=ttyS0", List.of());

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
