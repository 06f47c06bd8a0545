/* kernel.h: how the kernel stops. */
#ifndef STRATA_KERNEL_H
#define STRATA_KERNEL_H

/* Print "exit: status" as the last console line, report status to QEMU's isa-debug-exit, and halt. */
__attribute__((noreturn)) void kernel_exit(unsigned status);

/* Report a broken kernel invariant (never bad input, which gets its own message) and exit with EXIT_PANIC. */
__attribute__((noreturn, format(printf, 1, 2))) void panic(const char *fmt, ...);

#endif
