package dev.strata.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code strata run}. Either a {@code .strata} file (compiled to the boot manifest, which becomes
 * a module), or {@code --kernel} with QEMU-style {@code --append} and {@code --module}, or both.
 *
 * @param strataFile   the configuration to compile, or null
 * @param kernel       a Multiboot kernel to boot instead of the packaged one, or null
 * @param append       the kernel command line
 * @param modules      each module as QEMU takes it: {@code "FILE ARGS"}, the whole string being its command line
 * @param timeoutSeconds stop the guest after this long; 0 means never
 * @param stats        print the instructions executed and the guest's speed when the run ends
 */
record RunOptions(Path strataFile, Path kernel, String append, List<String> modules, int timeoutSeconds,
        boolean stats) {

    static final String DEFAULT_CMDLINE = "console=ttyS0";

    static RunOptions parse(List<String> args) throws UsageException {
        Path strataFile = null;
        Path kernel = null;
        String append = null;
        List<String> modules = new ArrayList<>();
        int timeout = 0;
        boolean stats = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--kernel" -> kernel = Path.of(value(args, ++i, arg));
                case "--append" -> append = value(args, ++i, arg);
                case "--module" -> modules.add(value(args, ++i, arg));
                case "--timeout" -> timeout = seconds(value(args, ++i, arg));
                case "--stats" -> stats = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option '" + arg + "' (see strata run --help)");
                    }
                    if (strataFile != null) {
                        throw new UsageException("one .strata file at a time: got '" + strataFile + "' and '"
                                + arg + "'");
                    }
                    strataFile = Path.of(arg);
                }
            }
        }
        if (strataFile == null && kernel == null) {
            throw new UsageException("nothing to run: give a .strata file or --kernel FILE (see strata run --help)");
        }
        return new RunOptions(strataFile, kernel, append == null ? DEFAULT_CMDLINE : append, List.copyOf(modules),
                timeout, stats);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int seconds(String text) throws UsageException {
        try {
            int s = Integer.parseInt(text);
            if (s > 0) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below, with the text that was given
        }
        throw new UsageException("--timeout takes a whole number of seconds above 0, not '" + text + "'");
    }
}
