/**
 * The Strata kernel image: the Multiboot v1 ELF built from this module's C sources, as a class-path resource.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.strata.kernel;
