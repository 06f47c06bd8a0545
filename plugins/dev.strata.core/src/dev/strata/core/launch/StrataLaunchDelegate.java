package dev.strata.core.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import dev.strata.core.StrataCore;
import dev.strata.dsl.compiler.CompileResult;
import dev.strata.dsl.compiler.Problem;
import dev.strata.dsl.compiler.StrataCompiler;
import dev.strata.emulator.Machine;
import dev.strata.emulator.MachineConfig;
import dev.strata.emulator.boot.BootImageException;
import dev.strata.emulator.boot.MultibootLoader;
import dev.strata.emulator.boot.MultibootModule;
import dev.strata.kernel.KernelImage;

/**
 * Runs a "Strata Kernel" launch configuration: compiles the {@code .strata} file to a boot manifest, loads the
 * packaged kernel with the manifest as its one Multiboot module, and boots it in the emulator on a background
 * thread of this JVM. The run is a {@link StrataKernelProcess}, so the standard process console shows COM1.
 * <p>
 * Failures before boot end the process with a message on the console's error stream and fail the launch with a
 * {@link CoreException} carrying the same text, {@code file:line:col: error: message} for compile errors.
 */
public final class StrataLaunchDelegate extends LaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
			throws CoreException {
		StrataLaunchSettings settings = StrataLaunchSettings.read(configuration);
		IFile source = settings.source();
		SubMonitor progress = SubMonitor.convert(monitor, "Booting " + source.getFullPath(), 3);
		StrataKernelProcess process = new StrataKernelProcess(launch, "Strata kernel: " + source.getName());
		try {
			progress.subTask("Compiling " + source.getFullPath());
			byte[] manifest = compile(source, process);
			progress.worked(1);
			if (stopped(process, progress)) {
				return;
			}
			progress.subTask("Loading the kernel");
			Machine machine = load(settings, manifest, process);
			progress.worked(1);
			if (stopped(process, progress)) {
				return;
			}
			progress.subTask("Booting");
			process.boot(machine);
			progress.worked(1);
		} catch (CoreException e) {
			process.fail(describe(e.getStatus()));
			throw e;
		} catch (RuntimeException e) {
			// A defect in the compiler, loader or emulator: the process must still end, and the launch say why.
			String message = "Internal error while preparing " + source.getFullPath() + ": " + e;
			process.fail(message);
			throw new CoreException(Status.error(message, e));
		}
	}

	private static boolean stopped(StrataKernelProcess process, SubMonitor progress) {
		if (process.isStopRequested() || progress.isCanceled()) {
			process.cancelBeforeBoot();
			return true;
		}
		return false;
	}

	/** Compiles {@code source}; warnings go to the console, errors fail the launch. */
	private static byte[] compile(IFile source, StrataKernelProcess process) throws CoreException {
		String text;
		try (InputStream in = source.getContents()) {
			text = new String(in.readAllBytes(), source.getCharset());
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + source.getFullPath() + ": " + e.getMessage(), e));
		}
		CompileResult result = Compiler.INSTANCE.compile(source.getFullPath().toString(), text);
		if (result.ok()) {
			result.problems().forEach(warning -> process.reportError(warning.format()));
			return result.manifest();
		}
		List<Problem> errors = result.problems().stream()
				.filter(problem -> problem.severity() == Problem.Severity.ERROR)
				.toList();
		String first = errors.isEmpty()
				? source.getFullPath() + ": error: the compiler produced no manifest"
				: errors.get(0).format();
		String summary = errors.size() > 1 ? first + " (and " + (errors.size() - 1) + " more)" : first;
		MultiStatus status = new MultiStatus(StrataCore.PLUGIN_ID, IStatus.ERROR, summary);
		for (Problem problem : result.problems()) {
			int severity = problem.severity() == Problem.Severity.ERROR ? IStatus.ERROR : IStatus.WARNING;
			status.add(new Status(severity, StrataCore.PLUGIN_ID, problem.format()));
		}
		throw new CoreException(status);
	}

	private static Machine load(StrataLaunchSettings settings, byte[] manifest, StrataKernelProcess process)
			throws CoreException {
		Machine machine = new Machine(MachineConfig.defaults());
		machine.setSerialSink(process.serialSink());
		try {
			byte[] kernel = KernelImage.read();
			MultibootModule module = new MultibootModule(settings.manifestModuleCmdline(), manifest);
			MultibootLoader.load(machine, kernel, settings.multibootCmdline(), List.of(module));
		} catch (BootImageException | IllegalStateException | UncheckedIOException e) {
			// KernelImage.read() fails unchecked when the kernel bundle was built without its image.
			throw new CoreException(Status.error("Cannot load the Strata kernel: " + e.getMessage(), e));
		}
		return machine;
	}

	/**
	 * The compiler is made on the first launch, not at bundle start: building its injector takes a second or two,
	 * and a workbench that never launches a kernel should not pay for it. compile() may be called concurrently.
	 */
	private static final class Compiler {
		static final StrataCompiler INSTANCE = StrataCompiler.create();
	}

	/** The status as console lines: a multi-status lists each problem, otherwise its message. */
	private static String describe(IStatus status) {
		if (status.getChildren().length == 0) {
			return status.getMessage();
		}
		StringBuilder lines = new StringBuilder();
		for (IStatus child : status.getChildren()) {
			lines.append(child.getMessage()).append('\n');
		}
		return lines.toString();
	}
}
