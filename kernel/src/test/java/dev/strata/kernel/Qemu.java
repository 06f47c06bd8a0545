package dev.strata.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Boots the kernel image under QEMU's Multiboot loader, as /work/shared/peer-emulators.md describes, and collects
 * what it printed on COM1 and port 0xE9 and how it exited. Every run is bounded: a guest that does not exit
 * within the timeout is killed, and the run says so instead of hanging the build.
 */
final class Qemu {

    static final String EXECUTABLE = "qemu-system-i386";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String KERNEL_FILE = "strata-kernel.elf";

    /** A Multiboot module: a file written into the run directory and its command line's arguments. */
    record Module(String fileName, String arguments, byte[] bytes) {
        String cmdline() {
            return arguments.isEmpty() ? fileName : fileName + " " + arguments;
        }
    }

    /**
     * The outcome of one boot.
     *
     * @param serial   what the guest wrote to COM1
     * @param debugcon what the guest wrote to port 0xE9
     * @param status   QEMU's exit status: (v << 1) | 1 after the guest writes v to isa-debug-exit; -1 if killed
     * @param timedOut whether QEMU was killed at the timeout
     */
    record Run(String serial, String debugcon, int status, boolean timedOut) {
        /** The status the kernel itself reported, undoing isa-debug-exit's (v << 1) | 1. */
        int kernelStatus() {
            return status >> 1;
        }
    }

    private Qemu() {
    }

    /**
     * Boots {@link KernelImage} with QEMU's isa-debug-exit device, so the kernel's final exit status ends the run.
     */
    static Run boot(Path directory, String cmdline, List<Module> modules) throws IOException, InterruptedException {
        return boot(KernelImage.read(), directory, cmdline, modules, true, TIMEOUT);
    }

    static Run boot(byte[] kernel, Path directory, String cmdline, List<Module> modules, boolean exitDevice,
            Duration timeout) throws IOException, InterruptedException {
        Files.write(directory.resolve(KERNEL_FILE), kernel);
        for (Module module : modules) {
            Files.write(directory.resolve(module.fileName()), module.bytes());
        }
        List<String> command = new ArrayList<>(List.of(executable(), "-kernel", KERNEL_FILE, "-append", cmdline));
        if (!modules.isEmpty()) {
            // Relative file names, from the run directory, so module command lines do not depend on where it is.
            command.addAll(List.of("-initrd", modules.stream().map(Module::cmdline).collect(Collectors.joining(","))));
        }
        command.addAll(List.of("-display", "none", "-serial", "stdio", "-monitor", "none", "-accel", "tcg",
                "-net", "none", "-debugcon", "file:debugcon.txt"));
        if (exitDevice) {
            command.addAll(List.of("-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        }
        Path serial = directory.resolve("serial.txt");
        Path stderr = directory.resolve("qemu-stderr.txt");
        Process qemu = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(serial.toFile()).redirectError(stderr.toFile()).start();
        boolean exited = qemu.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
            qemu.destroyForcibly();
            qemu.waitFor();
        }
        String output = Files.readString(serial, StandardCharsets.UTF_8);
        if (exited && output.isEmpty()) {
            // The guest never ran: QEMU rejected an option or a file. Its status alone cannot tell, since a
            // QEMU error exits 1, as a guest writing 0 to isa-debug-exit does.
            String errors = Files.readString(stderr, StandardCharsets.UTF_8).strip();
            throw new IllegalStateException(
                    "QEMU exited with status " + qemu.exitValue() + " before the kernel printed anything: " + errors);
        }
        return new Run(output, Files.readString(directory.resolve("debugcon.txt"), StandardCharsets.UTF_8),
                exited ? qemu.exitValue() : -1, !exited);
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, EXECUTABLE);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(EXECUTABLE + " is not on PATH; install the Debian package qemu-system-x86");
    }
}
