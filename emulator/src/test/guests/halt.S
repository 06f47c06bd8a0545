/* hlt with interrupts off ends the run as HALTED. */
#include "multiboot.inc"
        .global _start
_start:
        mov $0x1234, %eax
        cli
        hlt
