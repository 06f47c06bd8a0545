package dev.strata.emulator;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.strata.emulator.cpu.Cpu;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Random bytes as code, with random registers and an IDT whose gates jump back into the random code, so faults
 * keep the run going through many paths: whatever the guest does, {@code run()} ends in a RunResult and the
 * diagnostic never reports an emulator error (a Java exception inside the core).
 */
class RandomCodeTest {
    @Test
    void randomCodeNeverBreaksTheEmulator() throws Exception {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        long instructions = 0;
        try {
            for (int seed = 0; seed < 200; seed++) {
                Random random = new Random(seed);
                Machine machine = new Machine(new MachineConfig(2 << 20));
                byte[] code = new byte[4096];
                random.nextBytes(code);
                machine.memory().load(0x100000, code);
                Cpu cpu = machine.cpu();
                machine.memory().writeDword(0x1008, 0x0000FFFF);
                machine.memory().writeDword(0x100C, 0x00CF9A00);
                machine.memory().writeDword(0x1010, 0x0000FFFF);
                machine.memory().writeDword(0x1014, 0x00CF9200);
                cpu.setGdt(0x1000, 0x17);
                cpu.enterFlatProtectedMode(0x08, 0xFFFF, 0x00CF9A00, 0x10, 0xFFFF, 0x00CF9200);
                installIdt(machine, random);
                for (int n = 0; n < 8; n++) {
                    cpu.setRegister(n, random.nextInt());
                }
                cpu.setRegister(Cpu.ESP, 0x80000);
                cpu.setEip(0x100000);
                var stop = watchdog.schedule(machine::requestStop, 20, TimeUnit.MILLISECONDS);
                RunResult result = machine.run();
                stop.cancel(false);

                assertFalse(result.diagnostic().startsWith("emulator error"), "seed " + seed + ": " + result);
                instructions += machine.instructionCount();
            }
            System.out.printf("random code: %,d instructions over 200 runs%n", instructions);
        } finally {
            watchdog.shutdownNow();
        }
    }

    /** 256 interrupt gates at 0x2000, each to a random place in the code. */
    private static void installIdt(Machine machine, Random random) {
        byte[] idt = new byte[256 * 8];
        for (int vector = 0; vector < 256; vector++) {
            int target = 0x100000 + random.nextInt(4096);
            int at = vector * 8;
            idt[at] = (byte) target;
            idt[at + 1] = (byte) (target >> 8);
            idt[at + 2] = 0x08;
            idt[at + 5] = (byte) 0x8E;
            idt[at + 6] = (byte) (target >> 16);
            idt[at + 7] = (byte) (target >> 24);
        }
        machine.memory().load(0x2000, idt);
        // lidt [0x3000] (limit 0x7ff, base 0x2000), executed before the random code.
        machine.memory().writeWord(0x3000, 0x7FF);
        machine.memory().writeDword(0x3002, 0x2000);
        machine.memory().load(0xFF000, new byte[] {0x0F, 0x01, 0x1D, 0x00, 0x30, 0x00, 0x00});
        machine.cpu().setEip(0xFF000);
        machine.cpu().run(1);
    }
}
