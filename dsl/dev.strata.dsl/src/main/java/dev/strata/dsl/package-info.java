/** The language's setup and Guice module; the grammar and MWE2 workflow live beside them. */
@Export
@Version("0.1.0")
package dev.strata.dsl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
