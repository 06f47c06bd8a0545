/** The content assist parser (generated). */
@Export
@Version("0.1.0")
package dev.strata.dsl.ide.contentassist.antlr;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
