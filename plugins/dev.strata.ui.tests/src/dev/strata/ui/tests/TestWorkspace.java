package dev.strata.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import dev.strata.core.StrataCore;

/** Projects, files and launch configurations that a test creates, and their removal afterwards. */
final class TestWorkspace {

	private TestWorkspace() {
	}

	/** {@code examples/hello.strata} of the source tree; the build passes its folder as {@code strata.examples}. */
	static String helloExample() throws IOException {
		String examples = System.getProperty("strata.examples");
		if (examples == null) {
			throw new IllegalStateException("system property strata.examples (the repository's examples/) is not set");
		}
		return Files.readString(Path.of(examples, "hello.strata"), StandardCharsets.UTF_8);
	}

	/** Creates and opens {@code project} holding one file {@code name} with {@code text}. */
	static IFile createFile(String project, String name, String text) throws CoreException {
		IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
		if (!created.exists()) {
			created.create(null);
		}
		created.open(null);
		IFile file = created.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		return file;
	}

	/** A saved "Strata Kernel" configuration for {@code file}, as the launch shortcut would create it. */
	static ILaunchConfiguration createConfiguration(String name, IFile file) throws CoreException {
		ILaunchConfigurationWorkingCopy copy = launchManager().getLaunchConfigurationType(StrataCore.LAUNCH_TYPE_ID)
				.newInstance(null, name);
		copy.setAttribute(StrataCore.ATTR_STRATA_FILE, file.getFullPath().toString());
		copy.setAttribute(StrataCore.ATTR_KERNEL_CMDLINE, StrataCore.DEFAULT_KERNEL_CMDLINE);
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	/** Terminates and removes every launch, deletes every Strata configuration and every project. */
	static void clean() throws CoreException {
		ILaunchManager manager = launchManager();
		for (ILaunch launch : manager.getLaunches()) {
			if (launch.canTerminate()) {
				launch.terminate();
			}
			manager.removeLaunch(launch);
		}
		for (ILaunchConfiguration configuration : manager
				.getLaunchConfigurations(manager.getLaunchConfigurationType(StrataCore.LAUNCH_TYPE_ID))) {
			configuration.delete();
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	static ILaunchManager launchManager() {
		return DebugPlugin.getDefault().getLaunchManager();
	}
}
