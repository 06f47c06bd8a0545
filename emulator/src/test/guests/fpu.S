/* An x87 instruction: not part of this CPU (no FPU), so it is an undefined opcode. */
#include "multiboot.inc"
        .global _start
_start:
        fldz
        hlt
