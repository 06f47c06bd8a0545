/* A division by zero before any IDT exists: #DE cannot be delivered, so the CPU triple-faults. */
#include "multiboot.inc"
        .global _start
_start:
        xor %ecx, %ecx
        mov $7, %eax
        xor %edx, %edx
        divl %ecx
        hlt
