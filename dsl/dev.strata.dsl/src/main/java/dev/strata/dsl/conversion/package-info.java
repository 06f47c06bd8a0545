/** Value conversion of names (identifiers or quoted strings). */
@Export
@Version("0.1.0")
package dev.strata.dsl.conversion;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
