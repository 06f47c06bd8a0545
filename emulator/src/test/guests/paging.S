/* Paging on with CR3 = 0, where there is no page directory: the next fetch page-faults, and with no IDT the CPU
 * triple-faults. */
#include "multiboot.inc"
        .global _start
_start:
        xor %eax, %eax
        mov %eax, %cr3
        mov %cr0, %eax
        or $0x80000000, %eax
        mov %eax, %cr0
        hlt
