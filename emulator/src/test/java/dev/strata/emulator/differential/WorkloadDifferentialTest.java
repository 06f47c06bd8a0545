package dev.strata.emulator.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.emulator.RunResult;
import dev.strata.emulator.baremetal.BootedGuest;
import dev.strata.emulator.baremetal.Guests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A whole C program (sieve, CRC-32, string instructions, a jump table, recursion, 64-bit arithmetic) prints the
 * same checksums in the emulator as on the host CPU. Also reports the emulator's speed on it.
 */
class WorkloadDifferentialTest {
    private static final List<String> SOURCES = List.of("vectors_out.c", "workload.c");

    @Test
    void programPrintsWhatItPrintsOnTheHostCpu() throws Exception {
        Path hosted = Guests.hosted("workload", SOURCES);
        Process process = new ProcessBuilder(hosted.toString(), "2").redirectErrorStream(true).start();
        String expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "hosted run failed");

        long start = System.nanoTime();
        BootedGuest guest = BootedGuest.boot(Guests.image("workload", SOURCES), "iters=2", List.of());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(RunResult.Kind.EXITED, guest.result().kind(), guest.result().diagnostic());
        assertEquals(expected, guest.debugConsole());
        long instructions = guest.machine().instructionCount();
        System.out.printf("workload: %,d instructions in %.2f s (%.0f MIPS, JIT warm-up included)%n", instructions,
                seconds, instructions / seconds / 1e6);
    }
}
