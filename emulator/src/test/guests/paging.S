/* Turning paging on is a feature this emulator lacks: the run stops with an "unsupported" diagnostic. */
#include "multiboot.inc"
        .global _start
_start:
        mov %cr0, %eax
        or $0x80000000, %eax
        mov %eax, %cr0
        hlt
