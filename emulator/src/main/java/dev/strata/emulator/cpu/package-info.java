/** The i386 CPU: registers and state for front-ends such as a debugger; the execution core is internal. */
@Export
@Version("0.1.0")
package dev.strata.emulator.cpu;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
