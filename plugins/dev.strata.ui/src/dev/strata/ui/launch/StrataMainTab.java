package dev.strata.ui.launch;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;

import dev.strata.core.StrataCore;
import dev.strata.core.launch.StrataLaunchSettings;
import dev.strata.ui.StrataImages;

/**
 * The "Main" tab: which {@code .strata} file to boot and the kernel command line. It validates with
 * {@link StrataLaunchSettings}, the same rules the launch delegate applies.
 */
public final class StrataMainTab extends AbstractLaunchConfigurationTab {

	private Text fileText;
	private Text cmdlineText;
	private Image image;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);

		Group fileGroup = new Group(page, SWT.NONE);
		fileGroup.setText("Strata system:");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fileGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileGroup);
		fileText = new Text(fileGroup, SWT.SINGLE | SWT.BORDER);
		fileText.setMessage("/project/system.strata");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fileText);
		fileText.addModifyListener(e -> updateLaunchConfigurationDialog());
		Button browse = createPushButton(fileGroup, "&Browse...", null);
		browse.addListener(SWT.Selection, e -> browseForFile());

		Group kernelGroup = new Group(page, SWT.NONE);
		kernelGroup.setText("Kernel command line:");
		GridLayoutFactory.swtDefaults().applyTo(kernelGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kernelGroup);
		cmdlineText = new Text(kernelGroup, SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cmdlineText);
		cmdlineText.addModifyListener(e -> updateLaunchConfigurationDialog());
		Label hint = new Label(kernelGroup, SWT.WRAP);
		hint.setText("Passed to the kernel as its Multiboot command line; the compiled manifest is its one module.");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

		setControl(page);
	}

	/** A new configuration boots the selected .strata file if there is one, with the default command line. */
	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		IResource selected = DebugUITools.getSelectedResource();
		if (selected instanceof IFile file && StrataCore.FILE_EXTENSION.equals(file.getFileExtension())) {
			configuration.setAttribute(StrataCore.ATTR_STRATA_FILE, file.getFullPath().toString());
		}
		configuration.setAttribute(StrataCore.ATTR_KERNEL_CMDLINE, StrataCore.DEFAULT_KERNEL_CMDLINE);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			fileText.setText(configuration.getAttribute(StrataCore.ATTR_STRATA_FILE, ""));
			cmdlineText.setText(
					configuration.getAttribute(StrataCore.ATTR_KERNEL_CMDLINE, StrataCore.DEFAULT_KERNEL_CMDLINE));
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		String path = fileText.getText().trim();
		configuration.setAttribute(StrataCore.ATTR_STRATA_FILE, path);
		configuration.setAttribute(StrataCore.ATTR_KERNEL_CMDLINE, cmdlineText.getText());
		IResource file = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		configuration.setMappedResources(file == null ? null : new IResource[] { file });
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		String problem = StrataLaunchSettings.checkSource(fileText.getText().trim());
		if (problem == null) {
			problem = StrataLaunchSettings.checkKernelCmdline(cmdlineText.getText());
		}
		setErrorMessage(problem);
		return problem == null;
	}

	@Override
	public String getName() {
		return "Main";
	}

	@Override
	public String getId() {
		return "dev.strata.ui.launch.mainTab";
	}

	@Override
	public Image getImage() {
		if (image == null) {
			image = StrataImages.strata().createImage();
		}
		return image;
	}

	@Override
	public void dispose() {
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}

	private void browseForFile() {
		ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(getShell(), new WorkbenchLabelProvider(),
				new WorkbenchContentProvider());
		dialog.setTitle("Strata System");
		dialog.setMessage("Choose the .strata file to boot:");
		dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
		dialog.setAllowMultiple(false);
		dialog.addFilter(new StrataFileFilter());
		dialog.setValidator(selection -> selection.length == 1 && isStrataFile(selection[0])
				? Status.OK_STATUS
				: new Status(IStatus.ERROR, "dev.strata.ui", "Choose a .strata file."));
		IResource current = ResourcesPlugin.getWorkspace().getRoot().findMember(fileText.getText().trim());
		if (current != null) {
			dialog.setInitialSelection(current);
		}
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
			fileText.setText(file.getFullPath().toString());
		}
	}

	private static boolean isStrataFile(Object element) {
		return element instanceof IFile file && StrataCore.FILE_EXTENSION.equals(file.getFileExtension());
	}

	/** Shows folders (which may hold .strata files) and .strata files. */
	private static final class StrataFileFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer viewer, Object parentElement, Object element) {
			return element instanceof IContainer container ? container.isAccessible() : isStrataFile(element);
		}
	}
}
