/** Messages for unresolved references. */
@Export
@Version("0.1.0")
package dev.strata.dsl.linking;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
