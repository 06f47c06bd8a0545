package dev.strata.cli;

import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.RunResult;
import dev.strata.emulator.boot.BootImageException;
import dev.strata.emulator.boot.MultibootLoader;

import java.io.PrintStream;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code strata} command. {@code strata run} boots a kernel in the emulator and streams its serial console to
 * stdout; the guest's exit value (port 0xf4) becomes the command's exit status. The root {@code ./strata} script
 * handles {@code ide} and {@code test}, which need Maven and the materialized IDE rather than this jar.
 */
public final class StrataCommand {

    static final String USAGE = """
            usage: strata run FILE.strata [--append CMDLINE] [--timeout SECONDS] [--stats]
                   strata run --kernel FILE [FILE.strata] [--append CMDLINE] [--module "FILE ARGS"]...
                              [--timeout SECONDS] [--stats]

            Boots a Multiboot v1 kernel in Strata's i386 emulator and streams COM1 to stdout.
              FILE.strata        compile this configuration to a boot manifest and pass it as a module
                                 (with the packaged Strata kernel unless --kernel is given)
              --kernel FILE      boot this Multiboot v1 kernel instead, as qemu-system-i386 -kernel does
              --append CMDLINE   the kernel command line (default: console=ttyS0)
              --module "F ARGS"  load file F as a module whose command line is the whole string; repeatable
              --timeout SECONDS  stop the guest after this long
              --stats            when the guest stops, print the instructions it executed and its speed

            Exit status: the guest's value written to port 0xf4; 64 usage, 65 bad input (a .strata error, not a
            Multiboot kernel), 66 missing file, 70 the guest faulted, 124 timed out.
            """;

    private final PrintStream out;
    private final PrintStream err;

    StrataCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Guice's class generation goes through sun.misc.Unsafe, which JDK 23+ warns about on stderr; the
        // compiler's injector needs none of what it would generate.
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        System.exit(new StrataCommand(System.out, System.err).execute(List.of(args)));
    }

    int execute(List<String> args) {
        if (args.isEmpty() || isHelp(args.get(0))) {
            out.print(USAGE);
            return args.isEmpty() ? ExitStatus.USAGE : ExitStatus.OK;
        }
        if (!args.get(0).equals("run")) {
            err.println("strata: unknown command '" + args.get(0) + "' (commands: run, ide, test; see --help)");
            return ExitStatus.USAGE;
        }
        List<String> runArgs = args.subList(1, args.size());
        if (runArgs.stream().anyMatch(StrataCommand::isHelp)) {
            out.print(USAGE);
            return ExitStatus.OK;
        }
        try {
            return run(RunOptions.parse(runArgs));
        } catch (UsageException e) {
            err.println("strata: " + e.getMessage());
            return ExitStatus.USAGE;
        } catch (InputException e) {
            err.println(e.getMessage());
            return e.status();
        }
    }

    private int run(RunOptions options) throws InputException {
        BootPlan plan = BootPlan.from(options, step -> err.println("strata: " + step));
        Machine machine = new Machine(MachineConfig.defaults());
        // The emulator hands COM1 over a line at a time and flushes it, so the console streams as the guest prints.
        machine.setSerialSink(out);
        try {
            MultibootLoader.load(machine, plan.kernel(), plan.cmdline(), plan.modules());
        } catch (BootImageException e) {
            throw new InputException(ExitStatus.DATA_ERROR, plan.kernelName() + ": " + e.getMessage());
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        Timer timer = new Timer("strata-timeout", true);
        if (options.timeoutSeconds() > 0) {
            timer.schedule(new TimerTask() {
                @Override
                public void run() {
                    timedOut.set(true);
                    machine.requestStop();
                }
            }, options.timeoutSeconds() * 1000L);
        }
        Thread interrupt = new Thread(machine::requestStop, "strata-interrupt");
        Runtime.getRuntime().addShutdownHook(interrupt);
        RunResult result;
        long started = System.nanoTime();
        try {
            result = machine.run();
        } finally {
            timer.cancel();
            out.flush();
            removeHook(interrupt);
        }
        if (options.stats()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            long instructions = machine.instructionCount();
            err.printf("strata: %d instructions in %.3f s (%.1f MIPS)%n", instructions, seconds,
                    instructions / seconds / 1e6);
        }
        return report(result, timedOut.get());
    }

    private int report(RunResult result, boolean timedOut) {
        return switch (result.kind()) {
            case EXITED -> result.exitValue();
            case HALTED -> {
                err.println("strata: " + result.diagnostic());
                yield ExitStatus.OK;
            }
            case FAULTED -> {
                err.println("strata: " + result.diagnostic());
                yield ExitStatus.GUEST_FAULT;
            }
            case STOPPED -> {
                err.println(timedOut ? "strata: guest stopped by --timeout" : "strata: guest stopped");
                yield timedOut ? ExitStatus.TIMEOUT : ExitStatus.GUEST_FAULT;
            }
        };
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook has stopped the guest
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
