/** The content assist lexer and parser (generated). */
@Export
@Version("0.1.0")
package dev.strata.dsl.ide.contentassist.antlr.internal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
