package dev.strata.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** Image descriptors of this bundle; callers create and dispose the images (or use a resource manager). */
public final class StrataImages {

	private static final String BUNDLE_ID = "dev.strata.ui";

	private StrataImages() {
	}

	/** The Strata icon: the launch type, the launch shortcut and the main tab use it. */
	public static ImageDescriptor strata() {
		return ResourceLocator.imageDescriptorFromBundle(BUNDLE_ID, "icons/strata.png")
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}
}
