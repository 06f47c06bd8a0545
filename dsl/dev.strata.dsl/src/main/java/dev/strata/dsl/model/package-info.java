/** A namespace-tree view of parsed systems, shared by validation and the manifest writer. */
@Export
@Version("0.1.0")
package dev.strata.dsl.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
