/** The grammar access (generated), used by the ide bundle and formatters. */
@Export
@Version("0.1.0")
package dev.strata.dsl.services;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
