/** The boot manifest compiler and its Xtext-free facade, StrataCompiler, for the CLI and the launcher. */
@Export
@Version("0.1.0")
package dev.strata.dsl.compiler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
