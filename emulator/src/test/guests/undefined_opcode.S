/* ud2 as the first instruction: no IDT, so the machine stops with the undefined-opcode diagnostic. */
#include "multiboot.inc"
        .global _start
_start:
        ud2
