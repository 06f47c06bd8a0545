package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.emulator.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes to decoded code drop the cached decodes, so patched instructions run as patched. */
class SelfModifyingCodeTest {
    @Test
    void patchedCodeRunsAsPatched() throws Exception {
        BootedGuest guest = BootedGuest.boot("self_modifying", "", List.of());

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals("patched calls sum 5050\nnext instruction patched to 0x00000042\n", guest.serial());
        assertTrue(guest.machine().cpu().decodeCacheInvalidations() >= 100,
                "invalidations: " + guest.machine().cpu().decodeCacheInvalidations());
    }
}
