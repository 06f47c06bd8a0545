/* console.h: kernel text output, to COM1 and port 0xE9 at once. docs/kernel-console.md fixes what is printed. */
#ifndef STRATA_CONSOLE_H
#define STRATA_CONSOLE_H

#include <stdarg.h>

void console_init(void);

/* printf to the console, with the conversions of format.h. Lines end in "\n" alone; no "\r" is added. */
void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* kprintf with the arguments already collected, for functions like panic that take their own "...". */
void kvprintf(const char *fmt, va_list args);

#endif
