/** The parser's error messages. */
@Export
@Version("0.1.0")
package dev.strata.dsl.parser;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
