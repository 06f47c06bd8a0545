package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A guest with its own GDT and IDT: software interrupts and faults reach its handlers and IRET returns. */
class InterruptsTest {
    @Test
    void exceptionsAndSoftwareInterruptsGoThroughTheGuestIdt() throws Exception {
        BootedGuest guest = BootedGuest.boot("interrupts", "", List.of());

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(7, guest.result().exitValue());
        assertEquals(String.join("\n",
                "gdt limit 0x00000017 base ok",
                "vector 3 error 0x00000000 if 0",
                "vector 48 error 0x00000000 if 1",
                "vector 0 error 0x00000000 if 0",
                "vector 6 error 0x00000000 if 0",
                "vector 13 error 0x00000040 if 0",
                "back in guest_main",
                ""), guest.serial());
    }
}
