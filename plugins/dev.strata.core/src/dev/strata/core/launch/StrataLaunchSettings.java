package dev.strata.core.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;

import dev.strata.core.StrataCore;
import dev.strata.kernel.KernelBoot;

/**
 * What a "Strata Kernel" launch configuration asks for: the {@code .strata} file and the kernel command line.
 * The launch delegate and the UI's main tab validate with the same rules, so the tab never accepts a configuration
 * that the delegate then rejects.
 */
public record StrataLaunchSettings(IFile source, String kernelCmdline) {

	/** Reads and validates {@code configuration}; the exception's message says what is wrong. */
	public static StrataLaunchSettings read(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(StrataCore.ATTR_STRATA_FILE, "");
		String problem = checkSource(path);
		if (problem != null) {
			throw new CoreException(Status.error("Launch configuration '" + configuration.getName() + "': " + problem));
		}
		String cmdline = configuration.getAttribute(StrataCore.ATTR_KERNEL_CMDLINE, StrataCore.DEFAULT_KERNEL_CMDLINE);
		problem = checkKernelCmdline(cmdline);
		if (problem != null) {
			throw new CoreException(Status.error("Launch configuration '" + configuration.getName() + "': " + problem));
		}
		return new StrataLaunchSettings(sourceFile(path), cmdline);
	}

	/** Returns why {@code workspacePath} cannot be booted, or null if it names an existing {@code .strata} file. */
	public static String checkSource(String workspacePath) {
		if (workspacePath == null || workspacePath.isBlank()) {
			return "Choose the .strata file to boot.";
		}
		if (!Path.ROOT.isValidPath(workspacePath)) {
			return "'" + workspacePath + "' is not a valid workspace path.";
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(workspacePath);
		if (resource == null || !resource.exists()) {
			return "'" + workspacePath + "' does not exist in the workspace.";
		}
		if (resource.getType() != IResource.FILE || !StrataCore.FILE_EXTENSION.equals(resource.getFileExtension())) {
			return "'" + workspacePath + "' is not a ." + StrataCore.FILE_EXTENSION + " file.";
		}
		return null;
	}

	/**
	 * Returns why {@code cmdline} cannot be passed to the kernel, or null. Multiboot hands the kernel a
	 * NUL-terminated string, and the kernel prints it on one console line.
	 */
	public static String checkKernelCmdline(String cmdline) {
		for (int i = 0; i < cmdline.length(); i++) {
			char c = cmdline.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				return "The kernel command line must be printable ASCII on one line (column " + (i + 1) + ").";
			}
		}
		return null;
	}

	/** The Multiboot module command line for the manifest of {@code source}: {@code hello.manifest manifest}. */
	public String manifestModuleCmdline() {
		return KernelBoot.manifestModuleCmdline(source.getName());
	}

	/** The whole Multiboot command line: the image's name first, as GRUB, QEMU and {@code strata run} do. */
	public String multibootCmdline() {
		return KernelBoot.commandLine(KernelBoot.IMAGE_NAME, kernelCmdline);
	}

	private static IFile sourceFile(String workspacePath) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(workspacePath));
	}
}
