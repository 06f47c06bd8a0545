/** Loading Multiboot v1 kernels and their modules into a machine. */
@Export
@Version("0.1.0")
package dev.strata.emulator.boot;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
