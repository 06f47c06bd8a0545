/** Qualified names, split at '/' like kernel namespace paths. */
@Export
@Version("0.1.0")
package dev.strata.dsl.naming;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
