/* x86.h: the few privileged instructions the kernel needs, as inline functions (xv6 style). */
#ifndef STRATA_X86_H
#define STRATA_X86_H

#include <stdint.h>

static inline void outb(uint16_t port, uint8_t value)
{
	__asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline uint8_t inb(uint16_t port)
{
	uint8_t value;
	__asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
	return value;
}

/* Stop for good: with interrupts off, hlt never returns, but loop in case an NMI wakes us. */
static inline __attribute__((noreturn)) void halt_forever(void)
{
	for (;;)
		__asm__ volatile("cli; hlt");
}

#endif
