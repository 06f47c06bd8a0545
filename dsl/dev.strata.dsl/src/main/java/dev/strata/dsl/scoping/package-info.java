/** Which privileges a user's privilege list can name. */
@Export
@Version("0.1.0")
package dev.strata.dsl.scoping;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
