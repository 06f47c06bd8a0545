/*
 * boot.S: the Multiboot v1 header and the entry point.
 *
 * The loader jumps to _start in 32-bit protected mode with paging off, EAX = 0x2BADB002 and EBX = the physical
 * address of the multiboot_info structure. Its GDT and ESP are undefined to us, so we set a stack here and
 * kmain loads our own GDT before doing anything else.
 */
#include "multiboot.h"
#include "param.h"

#define MULTIBOOT_FLAGS (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)

	/* The linker script puts this section first, well inside the 8192 bytes a loader searches. */
	.section .multiboot, "a"
	.balign 4
	.long MULTIBOOT_HEADER_MAGIC
	.long MULTIBOOT_FLAGS
	.long -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_FLAGS)

	.section .bss
	.balign 16
boot_stack:
	.skip KSTACK_SIZE
boot_stack_top:

	.text
	.globl _start
	.type _start, @function
_start:
	movl $boot_stack_top, %esp
	/* Known EFLAGS: interrupts off and DF clear, which the C calling convention assumes. */
	pushl $0
	popfl
	pushl %ebx			/* kmain(magic, info) */
	pushl %eax
	call kmain
	/* kmain does not return; if it ever did, stop here rather than run into whatever follows. */
1:	cli
	hlt
	jmp 1b
	.size _start, . - _start

	/* The kernel stack is data, never code; say so, or ld assumes an executable stack. */
	.section .note.GNU-stack, "", @progbits
