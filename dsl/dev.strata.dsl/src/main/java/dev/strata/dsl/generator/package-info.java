/** The IGenerator2 that writes NAME.manifest for the Xtext builder. */
@Export
@Version("0.1.0")
package dev.strata.dsl.generator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
