package dev.strata.core;

/**
 * Identifiers that {@code plugin.xml}, the UI bundle and saved launch configurations share. They are part of the
 * on-disk format of {@code .launch} files, so they never change once released.
 */
public final class StrataCore {

	/** The bundle's symbolic name, used as the plug-in id of every status this bundle reports. */
	public static final String PLUGIN_ID = "dev.strata.core";

	/** Content type of {@code *.strata} files (declared in plugin.xml as {@code strataSource}). */
	public static final String CONTENT_TYPE_ID = PLUGIN_ID + ".strataSource";

	/** Launch configuration type "Strata Kernel". */
	public static final String LAUNCH_TYPE_ID = PLUGIN_ID + ".launchType";

	/** Launch attribute: workspace path of the {@code .strata} file to boot, e.g. {@code /demo/hello.strata}. */
	public static final String ATTR_STRATA_FILE = PLUGIN_ID + ".strataFile";

	/** Launch attribute: the Multiboot command line handed to the kernel; optional. */
	public static final String ATTR_KERNEL_CMDLINE = PLUGIN_ID + ".kernelCmdline";

	/** Kernel command line when the launch configuration gives none: console on the first serial port. */
	public static final String DEFAULT_KERNEL_CMDLINE = "console=ttyS0";

	/** File extension of Strata sources, without the dot. */
	public static final String FILE_EXTENSION = "strata";

	private StrataCore() {
	}
}
