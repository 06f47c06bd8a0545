package dev.strata.cli;

import static dev.strata.cli.CliFixture.strata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guest that does not exit through port 0xf4: the command says why in one line, with a status of its own. */
class GuestStopTest {

    @TempDir
    Path dir;

    @Test
    void guestExecutingAnUndefinedOpcodeIsOneLineNamingEipAndBytes() throws IOException {
        CliFixture run = strata("run", "--kernel", kernel("ud2.bin", 0x0f, 0x0b).toString());

        assertEquals(ExitStatus.GUEST_FAULT, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        String line = run.errorLines().get(0);
        assertTrue(line.startsWith("strata: guest stopped: "), line);
        assertTrue(line.contains("0f 0b"), line);
        assertTrue(line.contains(String.format("eip=0x%08x", FlatKernel.ENTRY)), line);
    }

    @Test
    void guestThatSpinsForeverIsStoppedByTimeout() throws IOException {
        CliFixture run = strata("run", "--kernel", kernel("spin.bin", 0xeb, 0xfe).toString(), "--timeout", "1");

        assertEquals(ExitStatus.TIMEOUT, run.status());
        assertEquals(List.of("strata: guest stopped by --timeout"), run.errorLines());
    }

    @Test
    void guestThatHaltsWithInterruptsOffEndsTheRun() throws IOException {
        CliFixture run = strata("run", "--kernel", kernel("hlt.bin", 0xfa, 0xf4).toString());

        assertEquals(ExitStatus.OK, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).startsWith("strata: halted with interrupts disabled"), run.err());
    }

    private Path kernel(String name, int... code) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, FlatKernel.withCode(code));
        return file;
    }
}
