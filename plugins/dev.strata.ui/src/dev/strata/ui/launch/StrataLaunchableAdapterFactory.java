package dev.strata.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

import dev.strata.core.StrataCore;

/**
 * Marks {@code .strata} files as launchable. The Debug UI shows its "Run As" context menu only for objects that
 * adapt to {@link ILaunchable}; the launch shortcut's own enablement then decides which entries appear.
 */
public final class StrataLaunchableAdapterFactory implements IAdapterFactory {

	/** ILaunchable is a marker: any instance will do, and one is enough. */
	private static final ILaunchable LAUNCHABLE = new ILaunchable() {
	};

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == ILaunchable.class && adaptableObject instanceof IFile file
				&& StrataCore.FILE_EXTENSION.equals(file.getFileExtension())) {
			return adapterType.cast(LAUNCHABLE);
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { ILaunchable.class };
	}
}
