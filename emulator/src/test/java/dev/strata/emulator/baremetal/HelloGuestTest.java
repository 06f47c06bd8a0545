package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloGuestTest {
    @Test
    void printsOnBothConsolesAndExitsThroughPortF4() throws Exception {
        BootedGuest guest = BootedGuest.boot("hello", "", List.of());

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(42, guest.result().exitValue());
        assertEquals(85, guest.result().qemuStatus());
        assertEquals("hello from the guest\n", guest.serial());
        assertEquals("hello from the guest\nonly on 0xe9\n", guest.debugConsole());
    }
}
