package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-level paging as a guest kernel uses it: mappings, A/D bits, INVLPG, demand paging through #PF, CR0.WP. */
class PagingTest {
    @Test
    void guestPageTablesTranslateAndFault() throws Exception {
        BootedGuest guest = BootedGuest.boot("page_tables", "", List.of());

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(String.join("\n",
                "through identity 0xcafef00d",
                "pte flags 0x00000063",
                "after remap frame 0 0xcafef00d",
                "after remap frame 1 0x12345678",
                "demand faults 0x00000001",
                "cr2 0x4000500c",
                "error 0x00000002",
                "demand page 0x0000004d",
                "faults without wp 0x00000001",
                "faults with wp 0x00000002",
                "error 0x00000003",
                "value 0x00000002",
                ""), guest.serial());
    }
}
