/** The I/O-port bus and the device interface. */
@Export
@Version("0.1.0")
package dev.strata.emulator.io;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
