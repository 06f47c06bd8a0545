package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.RunResult;
import dev.strata.emulator.boot.MultibootLoader;
import dev.strata.emulator.log.EmulatorLog.Topic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log switches report what a kernel developer needs when a boot goes wrong, and only what is switched on. */
class LogTest {
    private static List<String> run(String guest, EnumSet<Topic> topics) throws Exception {
        Machine machine = new Machine(new MachineConfig(32 << 20));
        List<String> lines = new ArrayList<>();
        machine.setLog(lines::add, topics);
        MultibootLoader.load(machine, Guests.image(guest), "", List.of());
        RunResult result = machine.run();
        assertTrue(result.kind() != RunResult.Kind.FAULTED || !result.diagnostic().startsWith("emulator"));
        return lines;
    }

    @Test
    void interruptsShowEachDeliveryAndTheTripleFault() throws Exception {
        List<String> lines = run("divide_error", EnumSet.of(Topic.INTERRUPTS));

        assertEquals(List.of(
                "[interrupts] #DE divide error at eip=0x00100015: division by zero",
                "[interrupts] not delivered (vector 0 is beyond the IDT limit 0x0): double fault",
                "[interrupts] double fault not delivered either: triple fault"), lines);
    }

    @Test
    void interruptsThroughTheGuestIdtAreLoggedWithTheirTargets() throws Exception {
        List<String> lines = run("interrupts", EnumSet.of(Topic.INTERRUPTS));

        assertEquals(8, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("[interrupts] vector 3 -> 0008:"), lines.get(0));
    }

    @Test
    void unclaimedPortsAndPagingOnlyWhenAsked() throws Exception {
        assertEquals(List.of(), run("page_tables", EnumSet.noneOf(Topic.class)));
        List<String> paging = run("page_tables", EnumSet.of(Topic.PAGING));
        assertTrue(paging.stream().anyMatch(l -> l.equals("[paging] #PF: no page table entry for linear address"
                + " 0x4000500c")), String.join("\n", paging));
    }
}
