/** The language's rules and their issue codes. */
@Export
@Version("0.1.0")
package dev.strata.dsl.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
