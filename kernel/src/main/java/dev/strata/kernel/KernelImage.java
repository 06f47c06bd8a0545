package dev.strata.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The kernel ELF that the Maven build compiles with make and packs into this bundle. Front-ends (the CLI, the
 * Eclipse launcher, tests) boot it in the Strata emulator or hand it to QEMU.
 */
public final class KernelImage {

    /** Where the ELF sits inside this bundle, for {@link ClassLoader#getResource(String)}. */
    public static final String RESOURCE = "dev/strata/kernel/strata-kernel.elf";

    private KernelImage() {
    }

    /**
     * Reads the whole kernel image.
     *
     * @return the bytes of the Multiboot v1 ELF
     * @throws IllegalStateException if the bundle lacks the image, which means it was built without running make
     * @throws UncheckedIOException if the image cannot be read
     */
    public static byte[] read() {
        try (InputStream in = KernelImage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("kernel image " + RESOURCE + " is missing from the dev.strata.kernel "
                        + "bundle; build the kernel module with Maven so that make runs");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kernel image " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
