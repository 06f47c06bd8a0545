/**
 * Launching from the workbench: the "Strata Kernel" tab group and main tab, and the Run As launch shortcut. The
 * launching itself happens in {@code dev.strata.core.launch}.
 */
package dev.strata.ui.launch;
