/** The EMF model of a parsed .strata file (generated into src/main/xtext-gen). */
@Export
@Version("0.1.0")
package dev.strata.dsl.strata;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
