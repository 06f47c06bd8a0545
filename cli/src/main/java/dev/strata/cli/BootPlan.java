package dev.strata.cli;

import dev.strata.dsl.compiler.CompileResult;
import dev.strata.dsl.compiler.Problem;
import dev.strata.dsl.compiler.StrataCompiler;
import dev.strata.emulator.boot.MultibootModule;
import dev.strata.kernel.KernelBoot;
import dev.strata.kernel.KernelImage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything a boot needs, read and checked before the machine is made: the kernel image, its command line and
 * its modules. Reading everything first means a missing or malformed file is reported before the guest prints
 * anything.
 */
record BootPlan(String kernelName, byte[] kernel, String cmdline, List<MultibootModule> modules) {

    /** The packaged kernel's name in diagnostics. */
    static final String PACKAGED_KERNEL = "strata-kernel.elf (packaged)";

    /**
     * @param progress receives one short line per step; the CLI prints them to stderr
     */
    static BootPlan from(RunOptions options, Consumer<String> progress) throws InputException {
        List<MultibootModule> modules = new ArrayList<>();
        if (options.strataFile() != null) {
            String text = new String(read(options.strataFile()), StandardCharsets.UTF_8);
            progress.accept("compiling " + options.strataFile());
            modules.add(new MultibootModule(
                    KernelBoot.manifestModuleCmdline(options.strataFile().getFileName().toString()),
                    compile(options.strataFile(), text)));
        }
        for (String module : options.modules()) {
            String file = module.strip().split("\\s+", 2)[0];
            if (file.isEmpty()) {
                throw new InputException(ExitStatus.USAGE,
                        "strata: --module needs a file name: got '" + module + "'");
            }
            modules.add(new MultibootModule(module, read(Path.of(file))));
        }
        if (options.kernel() != null) {
            String name = options.kernel().toString();
            return new BootPlan(name, read(options.kernel()), KernelBoot.commandLine(name, options.append()),
                    modules);
        }
        return new BootPlan(PACKAGED_KERNEL, KernelImage.read(),
                KernelBoot.commandLine(KernelBoot.IMAGE_NAME, options.append()), modules);
    }

    private static byte[] compile(Path strataFile, String text) throws InputException {
        CompileResult result = StrataCompiler.create().compile(strataFile.toString(), text);
        if (!result.ok()) {
            List<String> lines = result.problems().stream().map(Problem::format).toList();
            throw new InputException(ExitStatus.DATA_ERROR, String.join(System.lineSeparator(), lines));
        }
        return result.manifest();
    }

    static byte[] read(Path file) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(ExitStatus.NO_INPUT, file + ": is a directory, not a file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(ExitStatus.NO_INPUT, file + ": no such file");
        } catch (IOException e) {
            throw new InputException(ExitStatus.NO_INPUT, file + ": cannot read: " + e.getMessage());
        }
    }
}
