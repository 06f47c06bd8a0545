/* format.h: the one printf-style formatter, shared by the console and by messages built in buffers. */
#ifndef STRATA_FORMAT_H
#define STRATA_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

/* Where formatted characters go. */
struct format_sink {
	void (*put)(struct format_sink *sink, char c);  /* called once per output character */
};

/*
 * Conversions: %s, %u and %x, with an optional zero-padded minimum width for numbers (%02x, %08x). That is
 * all the kernel prints; anything else is echoed as is, so a typo shows up on the console.
 */
void format(struct format_sink *sink, const char *fmt, va_list args);

/* Format into buffer, truncating to size - 1 characters; size must be at least 1. */
void vformat_string(char *buffer, size_t size, const char *fmt, va_list args);

#endif
