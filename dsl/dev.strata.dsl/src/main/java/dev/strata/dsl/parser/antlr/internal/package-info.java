/** The ANTLR lexer and parser (generated); the ide bundle highlights with this lexer. */
@Export
@Version("0.1.0")
package dev.strata.dsl.parser.antlr.internal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
