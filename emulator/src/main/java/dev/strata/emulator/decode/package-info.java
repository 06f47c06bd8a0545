/** The opcode table, the instruction decoder and the disassembler. */
@Export
@Version("0.1.0")
package dev.strata.emulator.decode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
