/* Loading DS with a selector past the GDT limit raises #GP(0x0040); with no IDT it triple-faults. */
#include "multiboot.inc"
        .global _start
_start:
        mov $0x40, %ax
        mov %ax, %ds
        hlt
