/** Per-subsystem log switches for the emulator. */
@Export
@Version("0.1.0")
package dev.strata.emulator.log;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
