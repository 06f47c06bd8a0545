/* exit.c: the kernel's only ways to stop. */
#include <stdarg.h>
#include <stdint.h>
#include "console.h"
#include "kernel.h"
#include "param.h"
#include "x86.h"

void kernel_exit(unsigned status)
{
	kprintf("exit: %u\n", status);
	/* Under QEMU with isa-debug-exit this ends the VM; elsewhere the write is ignored and we halt. */
	outb(EXIT_PORT, (uint8_t)status);
	halt_forever();
}

void panic(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	kprintf("panic: ");
	kvprintf(fmt, args);
	kprintf("\n");
	va_end(args);
	kernel_exit(EXIT_PANIC);
}
