/*
 * console.c: the kernel console. Every byte goes to COM1 and to the debug port 0xE9, so a test can read either:
 * QEMU gives COM1 on stdio and 0xE9 through -debugcon, and the Strata emulator captures both.
 */
#include <stdint.h>
#include "console.h"
#include "format.h"
#include "param.h"
#include "serial.h"
#include "x86.h"

static void console_putc(char c)
{
	serial_putc(c);
	outb(DEBUGCON_PORT, (uint8_t)c);
}

static void console_sink_put(struct format_sink *sink, char c)
{
	(void)sink;
	console_putc(c);
}

static struct format_sink console_sink = { console_sink_put };

void console_init(void)
{
	serial_init();
}

void kvprintf(const char *fmt, va_list args)
{
	format(&console_sink, fmt, args);
}

void kprintf(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	format(&console_sink, fmt, args);
	va_end(args);
}
