package dev.strata.emulator.cpu;

/**
 * The guest asked for something real hardware does but this emulator does not do yet (real mode, task gates,
 * an LDT). It stops the machine with a diagnostic rather than pretending.
 */
final class MissingFeature extends RuntimeException {
    MissingFeature(String what) {
        super(what, null, false, false);
    }
}
