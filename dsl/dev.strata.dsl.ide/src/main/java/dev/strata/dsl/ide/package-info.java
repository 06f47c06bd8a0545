/** The UI-independent IDE services of the .strata language and their setup. */
@Export
@Version("0.1.0")
package dev.strata.dsl.ide;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
