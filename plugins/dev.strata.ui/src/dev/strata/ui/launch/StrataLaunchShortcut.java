package dev.strata.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import dev.strata.core.StrataCore;

/**
 * Run As &gt; Strata Kernel: boots the selected or edited {@code .strata} file, reusing the configuration that
 * already boots it, or creating one named after the file.
 */
public final class StrataLaunchShortcut implements ILaunchShortcut2 {

	@Override
	public void launch(ISelection selection, String mode) {
		IFile file = strataFile(selection);
		if (file != null) {
			launch(file, mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		IFile file = strataFile(editor);
		if (file != null) {
			launch(file, mode);
		}
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return configurationsFor(strataFile(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return configurationsFor(strataFile(editor));
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return strataFile(selection);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return strataFile(editor);
	}

	private static void launch(IFile file, String mode) {
		try {
			ILaunchConfiguration[] existing = configurationsFor(file);
			ILaunchConfiguration configuration = existing.length > 0 ? existing[0] : createConfiguration(file);
			DebugUITools.launch(configuration, mode);
		} catch (CoreException e) {
			ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Strata Kernel",
					"Cannot boot " + file.getFullPath(), e.getStatus());
		}
	}

	private static ILaunchConfiguration createConfiguration(IFile file) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		String name = manager.generateLaunchConfigurationName(file.getFullPath().removeFileExtension().lastSegment());
		ILaunchConfigurationWorkingCopy copy = launchType().newInstance(null, name);
		copy.setAttribute(StrataCore.ATTR_STRATA_FILE, file.getFullPath().toString());
		copy.setAttribute(StrataCore.ATTR_KERNEL_CMDLINE, StrataCore.DEFAULT_KERNEL_CMDLINE);
		copy.setMappedResources(new IResource[] { file });
		return copy.doSave();
	}

	/** The saved configurations that boot {@code file}; none for null. */
	private static ILaunchConfiguration[] configurationsFor(IFile file) {
		if (file == null) {
			return new ILaunchConfiguration[0];
		}
		String path = file.getFullPath().toString();
		List<ILaunchConfiguration> matches = new ArrayList<>();
		try {
			for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager()
					.getLaunchConfigurations(launchType())) {
				if (path.equals(configuration.getAttribute(StrataCore.ATTR_STRATA_FILE, ""))) {
					matches.add(configuration);
				}
			}
		} catch (CoreException e) {
			DebugPlugin.log(e);
		}
		return matches.toArray(ILaunchConfiguration[]::new);
	}

	private static ILaunchConfigurationType launchType() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(StrataCore.LAUNCH_TYPE_ID);
	}

	private static IFile strataFile(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return asStrataFile(Adapters.adapt(structured.getFirstElement(), IFile.class));
		}
		return null;
	}

	private static IFile strataFile(IEditorPart editor) {
		return editor == null ? null : asStrataFile(Adapters.adapt(editor.getEditorInput(), IFile.class));
	}

	private static IFile asStrataFile(IFile file) {
		return file != null && StrataCore.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
	}
}
