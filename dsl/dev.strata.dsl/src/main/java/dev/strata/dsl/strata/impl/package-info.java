/** EMF implementation classes of the model (generated). */
@Export
@Version("0.1.0")
package dev.strata.dsl.strata.impl;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
