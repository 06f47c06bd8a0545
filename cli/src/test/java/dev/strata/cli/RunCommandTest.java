package dev.strata.cli;

import static dev.strata.cli.CliFixture.examples;
import static dev.strata.cli.CliFixture.strata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata run} end to end: the real compiler, the packaged kernel and the emulator, in-process. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void bootsHelloAndPrintsTheKernelsOwnParseOfTheManifest() {
        CliFixture run = strata("run", examples().resolve("hello.strata").toString());

        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Strata kernel 0.1.0 (i386, Multiboot v1)", lines.get(0));
        assertEquals("cmdline: console=ttyS0", lines.get(1));
        assertTrue(lines.contains("module 0: hello.manifest manifest (" + manifestSize() + " bytes)"), run.out());
        int first = lines.indexOf("manifest: version 1, 2 privileges, 3 namespaces, 5 users");
        assertTrue(first > 0, run.out());
        assertEquals(List.of(
                "privilege 0: mount",
                "privilege 1: namespace_create",
                "namespace /",
                "  user root: superuser",
                "  user alice: mount, namespace_create",
                "namespace /web",
                "  user admin: superuser",
                "  user www: mount",
                "namespace /web/cache",
                "  user memcached: (none)",
                "exit: 0"), lines.subList(first + 1, lines.size()));
    }

    @Test
    void appendSetsTheKernelCommandLine() {
        CliFixture run = strata("run", examples().resolve("hello.strata").toString(), "--append", "quiet loglevel=3");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch("cmdline: quiet loglevel=3"::equals), run.out());
    }

    @Test
    void statsReportTheInstructionsTheGuestExecuted() {
        CliFixture run = strata("run", examples().resolve("hello.strata").toString(), "--stats");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("strata: [1-9][0-9]* instructions in [0-9.]+ s "
                + "\\([0-9.]+ MIPS\\)")), run.err());
    }

    @Test
    void missingFileIsOneLineAndStatus66() {
        CliFixture run = strata("run", dir.resolve("missing.strata").toString());

        assertEquals(ExitStatus.NO_INPUT, run.status());
        assertEquals(List.of(dir.resolve("missing.strata") + ": no such file"), run.errorLines());
        assertEquals("", run.out());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumnAndLeavesTheFileAlone() throws IOException {
        Path bad = dir.resolve("bad.strata");
        String text = "system bad\nprivilege mount\nuser alice privileges mount,\n";
        Files.writeString(bad, text);

        CliFixture run = strata("run", bad.toString());

        assertEquals(ExitStatus.DATA_ERROR, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).matches("\\Q" + bad + "\\E:3:29: error: .+"), run.err());
        assertEquals("", run.out());
        assertEquals(text, Files.readString(bad));
    }

    @Test
    void undeclaredPrivilegeIsAValidationErrorAtItsPosition() throws IOException {
        Path bad = dir.resolve("unknown.strata");
        Files.writeString(bad, "system s\nprivilege mount\nuser alice privileges mount, reboot\n");

        CliFixture run = strata("run", bad.toString());

        assertEquals(ExitStatus.DATA_ERROR, run.status());
        assertTrue(run.errorLines().get(0).startsWith(bad + ":3:30: error: "), run.err());
    }

    @Test
    void kernelThatIsNotMultibootIsOneLineAndStatus65() throws IOException {
        Path notKernel = dir.resolve("notes.txt");
        Files.writeString(notKernel, "just some text, no Multiboot header here\n");

        CliFixture run = strata("run", "--kernel", notKernel.toString());

        assertEquals(ExitStatus.DATA_ERROR, run.status());
        assertEquals(1, run.errorLines().size(), run.err());
        assertTrue(run.errorLines().get(0).startsWith(notKernel + ": not a Multiboot"), run.err());
    }

    @Test
    void packagedKernelWithoutAManifestSaysSo() {
        CliFixture run = strata("run", "--kernel", kernelFile().toString(), "--append", "");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().anyMatch("manifest: none"::equals), run.out());
    }

    @Test
    void moduleFileMustExist() {
        CliFixture run = strata("run", "--kernel", kernelFile().toString(), "--module", "nowhere.bin arg");

        assertEquals(ExitStatus.NO_INPUT, run.status());
        assertEquals(List.of("nowhere.bin: no such file"), run.errorLines());
    }

    @Test
    void usageErrorsAreStatus64() {
        assertEquals(ExitStatus.USAGE, strata("run").status());
        assertEquals(ExitStatus.USAGE, strata("run", "--frobnicate").status());
        assertEquals(ExitStatus.USAGE, strata("run", "--kernel").status());
        assertEquals(ExitStatus.USAGE, strata("run", "x.strata", "--timeout", "soon").status());
        assertEquals(ExitStatus.USAGE, strata("launch").status());
        assertEquals(ExitStatus.OK, strata("--help").status());
        assertEquals(ExitStatus.OK, strata("run", "--help").status());
    }

    private Path kernelFile() {
        try {
            Path kernel = dir.resolve("strata-kernel.elf");
            Files.write(kernel, dev.strata.kernel.KernelImage.read());
            return kernel;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int manifestSize() {
        return dev.strata.dsl.compiler.StrataCompiler.create()
                .compile("hello.strata", readHello()).manifest().length;
    }

    private static String readHello() {
        try {
            return Files.readString(examples().resolve("hello.strata"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
