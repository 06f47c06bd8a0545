/** Guest physical memory. */
@Export
@Version("0.1.0")
package dev.strata.emulator.memory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
