package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.dsl.compiler.StrataCompiler;
import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.RunResult;
import dev.strata.emulator.boot.MultibootLoader;
import dev.strata.emulator.boot.MultibootModule;
import dev.strata.kernel.KernelBoot;
import dev.strata.kernel.KernelImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QEMU is the second opinion: the same kernel image, command line and modules must give the same console text and
 * the same exit under {@code qemu-system-i386 -kernel} as under our emulator. QEMU reports the guest's exit value v
 * as status (v << 1) | 1 (isa-debug-exit).
 */
class QemuParityTest {

    private static final String QEMU = "qemu-system-i386";

    @TempDir
    Path dir;

    @Test
    void helloBootsIdenticallyUnderQemu() throws Exception {
        byte[] manifest = compile(CliFixture.examples().resolve("hello.strata"));
        Files.write(dir.resolve("hello.manifest"), manifest);

        Boot ours = bootOurs("console=ttyS0", List.of(new MultibootModule("hello.manifest manifest", manifest)));
        Boot qemu = bootQemu("console=ttyS0", "hello.manifest manifest");

        assertTrue(ours.console.contains("namespace /web/cache\n"), ours.console);
        assertEquals(ours.console, qemu.console);
        assertEquals(0, ours.exitValue);
        assertEquals((0 << 1) | 1, qemu.status);
    }

    @Test
    void corruptManifestFailsIdenticallyUnderQemu() throws Exception {
        byte[] manifest = compile(CliFixture.examples().resolve("hello.strata"));
        manifest[manifest.length - 1] ^= 0x40; // a payload byte: the checksum no longer matches
        Files.write(dir.resolve("bad.manifest"), manifest);

        Boot ours = bootOurs("", List.of(new MultibootModule("bad.manifest", manifest)));
        Boot qemu = bootQemu("", "bad.manifest");

        assertTrue(ours.console.contains("manifest: error at offset 0x"), ours.console);
        assertEquals(ours.console, qemu.console);
        assertEquals(2, ours.exitValue);
        assertEquals((2 << 1) | 1, qemu.status);
    }

    @Test
    void noModuleBootsIdenticallyUnderQemu() throws Exception {
        Boot ours = bootOurs("a b  c", List.of());
        Boot qemu = bootQemu("a b  c", null);

        assertTrue(ours.console.contains("manifest: none\n"), ours.console);
        assertEquals(ours.console, qemu.console);
        assertEquals((ours.exitValue << 1) | 1, qemu.status);
    }

    private record Boot(String console, int exitValue, int status) {
    }

    private static byte[] compile(Path file) throws IOException {
        var result = StrataCompiler.create().compile(file.getFileName().toString(), Files.readString(file));
        assertTrue(result.ok(), result.problems().toString());
        return result.manifest();
    }

    /** Boots with the command line QEMU would make: the kernel's path, then the arguments. */
    private Boot bootOurs(String cmdline, List<MultibootModule> modules) throws Exception {
        Machine machine = new Machine(MachineConfig.defaults());
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        machine.setSerialSink(serial);
        String path = dir.resolve("strata-kernel.elf").toString();
        MultibootLoader.load(machine, KernelImage.read(), KernelBoot.commandLine(path, cmdline), modules);
        RunResult result = machine.run();
        assertEquals(RunResult.Kind.EXITED, result.kind(), result.diagnostic());
        return new Boot(serial.toString(StandardCharsets.UTF_8), result.exitValue(), result.qemuStatus());
    }

    /** Boots in QEMU with the working directory at {@link #dir}, so module names match ours letter for letter. */
    private Boot bootQemu(String cmdline, String initrd) throws Exception {
        Path kernel = dir.resolve("strata-kernel.elf");
        Files.write(kernel, KernelImage.read());
        List<String> command = new ArrayList<>(List.of(QEMU, "-kernel", kernel.toString(), "-append", cmdline,
                "-display", "none", "-serial", "stdio", "-monitor", "none", "-accel", "tcg", "-net", "none",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        if (initrd != null) {
            command.addAll(List.of("-initrd", initrd));
        }
        Path consoleFile = dir.resolve("qemu-console.txt");
        Process qemu = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(consoleFile.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        boolean exited = qemu.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            qemu.destroyForcibly().waitFor();
        }
        // QEMU's stdio serial turns \n into \r\n on a terminal only; normalise in case it did.
        String text = Files.readString(consoleFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!exited) {
            throw new AssertionError("QEMU did not exit within 60 s; it printed:\n" + text);
        }
        return new Boot(text, -1, qemu.exitValue());
    }
}
