/**
 * Strata's UI-free Eclipse integration: identifiers shared with the UI bundle. The launch machinery lives in
 * {@code dev.strata.core.launch}.
 */
package dev.strata.core;
