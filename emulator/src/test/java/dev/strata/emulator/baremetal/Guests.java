package dev.strata.emulator.baremetal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the test guests in src/test/guests with the host toolchain: {@code gcc -m32 -march=i386 -ffreestanding}
 * and {@code ld -m elf_i386}, into target/guests. A C guest links with start.S (and usually guest.c); an assembly
 * guest stands alone. Differential programs also build as hosted 32-bit Linux programs. Without gcc (Debian
 * gcc-multilib) the calling test is skipped with that reason.
 */
public final class Guests {
    public static final Path SOURCES = Path.of("src/test/guests");
    private static final Path OUTPUT = Path.of("target/guests");
    private static final List<String> CFLAGS = List.of("gcc", "-m32", "-march=i386", "-O2", "-ffreestanding",
            "-fno-pic", "-fno-pie", "-fno-stack-protector", "-nostdlib", "-fno-builtin",
            "-fno-asynchronous-unwind-tables", "-fno-tree-vectorize", "-fno-tree-loop-distribute-patterns",
            "-Wall", "-Werror", "-c");
    private static Boolean toolchainPresent;

    private Guests() {
    }

    /** The ELF image of guest {@code name} (name.c or name.S in src/test/guests), building it if needed. */
    public static byte[] image(String name) throws IOException, InterruptedException {
        if (Files.exists(SOURCES.resolve(name + ".c"))) {
            return image(name, List.of("guest.c", name + ".c"));
        }
        return Files.readAllBytes(link(name, List.of(name + ".S")));
    }

    /** The ELF image of a C guest made of start.S and {@code sources} (file names in src/test/guests). */
    public static byte[] image(String name, List<String> sources) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("start.S"));
        all.addAll(sources);
        return Files.readAllBytes(link(name, all));
    }

    /** {@code sources} built with -DHOSTED as a 32-bit Linux program that runs on the host CPU. */
    public static synchronized Path hosted(String name, List<String> sources) throws IOException, InterruptedException {
        assumeTrue(toolchainPresent(), "gcc -m32 / ld -m elf_i386 unavailable (install Debian gcc-multilib)");
        Files.createDirectories(OUTPUT);
        Path program = OUTPUT.resolve(name + "-hosted");
        List<String> command = new ArrayList<>(List.of("gcc", "-m32", "-march=i386", "-O2", "-DHOSTED",
                "-fno-tree-vectorize", "-fno-tree-loop-distribute-patterns", "-I", SOURCES.toString(), "-o",
                program.toString()));
        sources.forEach(source -> command.add(SOURCES.resolve(source).toString()));
        run(command);
        return program;
    }

    private static synchronized Path link(String name, List<String> sources) throws IOException, InterruptedException {
        assumeTrue(toolchainPresent(), "gcc -m32 / ld -m elf_i386 unavailable (install Debian gcc-multilib)");
        Files.createDirectories(OUTPUT);
        Path elf = OUTPUT.resolve(name + ".elf");
        List<String> link = new ArrayList<>(List.of("ld", "-m", "elf_i386", "-z", "max-page-size=0x1000",
                "-T", SOURCES.resolve("link.ld").toString(), "-o", elf.toString()));
        for (String source : sources) {
            link.add(compile(SOURCES.resolve(source)).toString());
        }
        run(link);
        return elf;
    }

    private static Path compile(Path source) throws IOException, InterruptedException {
        String file = source.getFileName().toString();
        Path object = OUTPUT.resolve(file.substring(0, file.lastIndexOf('.')) + ".o");
        List<String> command = new ArrayList<>(CFLAGS);
        command.addAll(List.of("-I", SOURCES.toString(), "-o", object.toString(), source.toString()));
        run(command);
        return object;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    static synchronized boolean toolchainPresent() {
        if (toolchainPresent == null) {
            try {
                Path probe = Files.createTempFile("strata-probe", ".c");
                Files.writeString(probe, "int f(void) { return 1; }\n");
                Process p = new ProcessBuilder("gcc", "-m32", "-c", "-o", "/dev/null", probe.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                toolchainPresent = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
                Files.deleteIfExists(probe);
            } catch (IOException | InterruptedException e) {
                toolchainPresent = false;
            }
        }
        return toolchainPresent;
    }
}
