/* Loading a non-null LDT is a feature this emulator lacks: the run stops with an "unsupported" diagnostic. */
#include "multiboot.inc"
        .global _start
_start:
        mov $0x18, %ax
        lldt %ax
        hlt
