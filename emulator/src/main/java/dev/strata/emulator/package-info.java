/** The emulator's entry points: {@link dev.strata.emulator.Machine}, its configuration and run results. */
@Export
@Version("0.1.0")
package dev.strata.emulator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
