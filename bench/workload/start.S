/* Multiboot v1 entry: a stack, kernel_main(magic, info), then its return value goes to the isa-debug-exit port
 * (0xf4) and the CPU halts with interrupts off. */
        .set MB_MAGIC, 0x1BADB002
        .set MB_FLAGS, 0x3              /* page-align modules, memory info */

        .section .multiboot, "a"
        .align 4
        .long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

        .section .bss
        .align 16
stack_bottom:
        .skip 16384
stack_top:

        .section .text
        .global _start
_start:
        mov $stack_top, %esp
        push %ebx
        push %eax
        call kernel_main
        outb %al, $0xf4
        cli
1:      hlt
        jmp 1b

        .section .note.GNU-stack, "", @progbits
