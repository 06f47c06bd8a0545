package dev.strata.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.emulator.cpu.Cpu;
import org.junit.jupiter.api.Test;

/** Running and stopping a machine, and the run results. */
class MachineTest {
    private static Machine spinning() {
        Machine machine = new Machine(new MachineConfig(4 << 20));
        machine.memory().writeWord(0x100000, 0xFEEB);
        Cpu cpu = machine.cpu();
        cpu.setGdt(0, 0);
        cpu.enterFlatProtectedMode(0x08, 0xFFFF, 0x00CF9A00, 0x10, 0xFFFF, 0x00CF9200);
        cpu.setEip(0x100000);
        return machine;
    }

    @Test
    void requestStopFromAnotherThreadEndsTheRunAndRunResumes() throws Exception {
        Machine machine = spinning();
        Thread stopper = new Thread(() -> {
            while (machine.instructionCount() < 1_000_000) {
                Thread.onSpinWait();
            }
            machine.requestStop();
        });
        stopper.start();

        RunResult first = machine.run();
        stopper.join();

        assertEquals(new RunResult(RunResult.Kind.STOPPED, 0, "stopped on request at eip=0x00100000"), first);
        assertEquals(0, first.qemuStatus());
        long executed = machine.instructionCount();
        assertTrue(executed >= 1_000_000);
        machine.requestStop();
        assertEquals(RunResult.Kind.STOPPED, machine.run().kind());
        assertEquals(executed, machine.instructionCount(), "a stop requested before run() ends it at once");
    }

    @Test
    void finalResultsRepeat() {
        Machine machine = spinning();
        machine.memory().writeByte(0x100000, 0xF4);

        RunResult halted = machine.run();

        assertEquals(RunResult.Kind.HALTED, halted.kind());
        assertEquals(halted, machine.run());
    }

    @Test
    void qemuStatusOfAnExit() {
        assertEquals(85, new RunResult(RunResult.Kind.EXITED, 42, "").qemuStatus());
        assertEquals(1, new RunResult(RunResult.Kind.EXITED, 0, "").qemuStatus());
    }

    @Test
    void configDefaultsAndLimits() {
        assertEquals(128 << 20, MachineConfig.defaults().ramBytes());
        assertEquals(64 << 20, MachineConfig.defaults().withRamMegabytes(64).ramBytes());
        assertThrows(IllegalArgumentException.class, () -> new MachineConfig(1 << 20));
        assertThrows(IllegalArgumentException.class, () -> new MachineConfig((8 << 20) + 1));
    }
}
