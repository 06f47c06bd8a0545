/** Strata's workbench integration; internal API ({@code x-internal}), free to change between releases. */
package dev.strata.ui;
