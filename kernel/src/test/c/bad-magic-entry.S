/*
 * bad-magic-entry.S: a second entry point for a test image, strata-kernel-bad-magic.elf. Every Multiboot loader
 * puts the right magic in EAX, so to see the kernel refuse a wrong one, this entry replaces it before going on
 * to the real _start. The image is otherwise the kernel itself.
 */
	.text
	.globl bad_magic_entry
bad_magic_entry:
	movl $0x12345678, %eax
	jmp _start

	.section .note.GNU-stack, "", @progbits
