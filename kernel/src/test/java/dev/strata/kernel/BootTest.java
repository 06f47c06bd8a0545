package dev.strata.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boots the kernel under QEMU and checks the console text of docs/kernel-console.md, line for line. */
class BootTest {

    private static final String BANNER = "Strata kernel 0.1.0 (i386, Multiboot v1)\n";

    /** QEMU's status after the kernel writes 0 to isa-debug-exit: (0 << 1) | 1. */
    private static final int QEMU_EXIT_OK = 1;

    @TempDir
    Path directory;

    @Test
    void imageIsAnElf32ForI386() {
        byte[] image = KernelImage.read();
        assertArrayEquals(new byte[] {0x7F, 'E', 'L', 'F', 1 /* 32-bit */, 1 /* little-endian */},
                Arrays.copyOf(image, 6));
        assertEquals(3 /* EM_386 */, image[18] | image[19] << 8);
    }

    @Test
    void withoutModulesThereIsNoManifest() throws Exception {
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0", List.of());
        assertEquals(BANNER + "cmdline: console=ttyS0\nmodules: 0\nmanifest: none\nexit: 0\n", run.serial());
        assertEquals(QEMU_EXIT_OK, run.status());
    }

    @Test
    void emptyCommandLinePrintsNothingAfterTheColon() throws Exception {
        Qemu.Run run = Qemu.boot(directory, "", List.of());
        assertEquals(BANNER + "cmdline:\nmodules: 0\nmanifest: none\nexit: 0\n", run.serial());
    }

    @Test
    void helloManifestPrintsTheKernelsOwnObjects() throws Exception {
        byte[] manifest = ManifestWriter.hello().build();
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0",
                List.of(new Qemu.Module("hello.manifest", "manifest", manifest)));
        assertEquals(BANNER + """
                cmdline: console=ttyS0
                modules: 1
                module 0: hello.manifest manifest (%d bytes)
                manifest: version 1, 2 privileges, 3 namespaces, 5 users
                privilege 0: mount
                privilege 1: namespace_create
                namespace /
                  user root: superuser
                  user alice: mount, namespace_create
                namespace /web
                  user admin: superuser
                  user www: mount
                namespace /web/cache
                  user memcached: (none)
                exit: 0
                """.formatted(manifest.length), run.serial());
        assertEquals(QEMU_EXIT_OK, run.status());
    }

    @Test
    void debugPortMirrorsTheSerialConsole() throws Exception {
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0",
                List.of(new Qemu.Module("hello.manifest", "manifest", ManifestWriter.hello().build())));
        assertTrue(run.serial().endsWith("exit: 0\n"), run.serial());
        assertEquals(run.serial(), run.debugcon());
    }

    @Test
    void manifestIsFoundByMagicWhateverItsNameOrPlace() throws Exception {
        byte[] notes = "just some data\n".getBytes(StandardCharsets.US_ASCII);
        byte[] manifest = new ManifestWriter().namespace(0, ManifestWriter.NO_PARENT, "/")
                .privilege(0, "reboot").user(0, 0, 1, ManifestWriter.SUPERUSER, "root").build();
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0 quiet=1", List.of(
                new Qemu.Module("notes.txt", "", notes),
                new Qemu.Module("system.bin", "", manifest)));
        assertEquals(BANNER + """
                cmdline: console=ttyS0 quiet=1
                modules: 2
                module 0: notes.txt (15 bytes)
                module 1: system.bin (%d bytes)
                manifest: version 1, 1 privilege, 1 namespace, 1 user
                privilege 0: reboot
                namespace /
                  user root: superuser, reboot
                exit: 0
                """.formatted(manifest.length), run.serial());
    }

    @Test
    void largeSystemsFitTheKernel() throws Exception {
        // 1500 namespaces in chains of 40 and as many users, the last with every privilege: past any small table.
        int count = 1500;
        ManifestWriter w = new ManifestWriter();
        for (int bit = 0; bit < 32; bit++) {
            w.privilege(bit, "p" + bit);
        }
        w.namespace(0, ManifestWriter.NO_PARENT, "/");
        for (int id = 1; id < count; id++) {
            w.namespace(id, id % 40 == 0 ? 0 : id - 1, "n" + id);
        }
        for (int id = 0; id < count; id++) {
            w.user(id, id, id == count - 1 ? -1 : 0, 0, "u" + id);
        }
        Qemu.Run run = Qemu.boot(directory, "", List.of(new Qemu.Module("big", "", w.build())));
        String[] lines = run.serial().split("\\n");
        assertEquals("manifest: version 1, 32 privileges, 1500 namespaces, 1500 users", lines[4]);
        assertEquals(5 + 32 + count * 2 + 1, lines.length);
        String chain = IntStream.range(1480, 1500).mapToObj(id -> "/n" + id).collect(Collectors.joining());
        assertEquals("namespace " + chain, lines[lines.length - 3]);
        String lastUser = lines[lines.length - 2];
        assertTrue(lastUser.matches("  user u1499: p0, p1, (p\\d+, ){29}p31"), lastUser);
        assertEquals(QEMU_EXIT_OK, run.status());
    }

    @Test
    void unknownRecordKindsAreSkipped() throws Exception {
        byte[] manifest = new ManifestWriter().record(9, new byte[] {1, 2, 3, 4, 5})
                .namespace(0, ManifestWriter.NO_PARENT, "/").record(200).build();
        Qemu.Run run = Qemu.boot(directory, "", List.of(new Qemu.Module("m", "manifest", manifest)));
        assertTrue(run.serial().endsWith("manifest: version 1, 0 privileges, 1 namespace, 0 users\n"
                + "namespace /\nexit: 0\n"), run.serial());
        assertEquals(QEMU_EXIT_OK, run.status());
    }

    @Test
    void modulesThatAreNotManifestsAreListedOnly() throws Exception {
        Qemu.Run run = Qemu.boot(directory, "console=ttyS0",
                List.of(new Qemu.Module("initrd.img", "ro", new byte[4096])));
        assertEquals(BANNER + "cmdline: console=ttyS0\nmodules: 1\nmodule 0: initrd.img ro (4096 bytes)\n"
                + "manifest: none\nexit: 0\n", run.serial());
    }

    @Test
    void wrongMultibootMagicStopsTheBoot() throws Exception {
        // This image enters through src/test/c/bad-magic-entry.S, which spoils EAX before the real _start.
        Path image = Path.of(System.getProperty("strata.kernel.badMagicImage"));
        Qemu.Run run = Qemu.boot(Files.readAllBytes(image), directory, "console=ttyS0", List.of(), true,
                Qemu.TIMEOUT);
        assertEquals(BANNER + "boot: bad multiboot magic 0x12345678\nexit: 3\n", run.serial());
        assertEquals((3 << 1) | 1, run.status());
    }

    @Test
    void kernelHaltsWhenNothingEndsTheMachineAndTheHarnessKillsQemu() throws Exception {
        // Without isa-debug-exit the write to port 0xf4 goes nowhere, so the kernel must halt for good; QEMU then
        // runs until the harness's timeout kills it.
        Qemu.Run run = Qemu.boot(KernelImage.read(), directory, "", List.of(), false, Duration.ofSeconds(2));
        assertTrue(run.timedOut());
        assertEquals(-1, run.status());
        assertTrue(run.serial().endsWith("manifest: none\nexit: 0\n"), run.serial());
    }
}
