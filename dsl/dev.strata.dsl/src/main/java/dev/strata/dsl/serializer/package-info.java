/** The serializer's sequencers (generated). */
@Export
@Version("0.1.0")
package dev.strata.dsl.serializer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
