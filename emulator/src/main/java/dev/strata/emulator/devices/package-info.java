/** The built-in PC devices (COM1 UART, 0xE9 debug console, isa-debug-exit); internal, wired up by the Machine. */
package dev.strata.emulator.devices;
