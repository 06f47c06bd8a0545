package dev.strata.kernel;

/**
 * How front-ends (the CLI, the Eclipse launcher) hand the packaged kernel its command line and its manifest, so
 * that every way of booting it prints the same console (docs/kernel-console.md).
 */
public final class KernelBoot {

    /** The kernel image's name, the first word of its command line as GRUB and QEMU make it. */
    public static final String IMAGE_NAME = "strata-kernel.elf";

    private KernelBoot() {
    }

    /**
     * The Multiboot command line for {@code arguments}: the image's name first, like argv[0], as GRUB and QEMU
     * do; the kernel skips it.
     */
    public static String commandLine(String imageName, String arguments) {
        return arguments.isEmpty() ? imageName : imageName + " " + arguments;
    }

    /**
     * The command line of the module that carries the manifest compiled from {@code strataFileName}:
     * {@code hello.strata} gives {@code hello.manifest manifest}. The kernel finds the manifest by its magic; the
     * name is for the person reading the console.
     */
    public static String manifestModuleCmdline(String strataFileName) {
        String base = strataFileName.endsWith(".strata")
                ? strataFileName.substring(0, strataFileName.length() - ".strata".length())
                : strataFileName;
        return base + ".manifest manifest";
    }
}
