/* format.c: a printf small enough to read in one sitting. */
#include <stdint.h>
#include "format.h"

static void put_string(struct format_sink *sink, const char *s)
{
	while (*s)
		sink->put(sink, *s++);
}

/* Put value in base 10 or 16, left-padded with zeros to at least width digits. */
static void put_unsigned(struct format_sink *sink, uint32_t value, unsigned base, int width)
{
	char digits[10];    /* 2^32 - 1 has 10 decimal digits */
	int n = 0;

	do {
		digits[n++] = "0123456789abcdef"[value % base];
		value /= base;
	} while (value != 0);
	for (; width > n; width--)
		sink->put(sink, '0');
	while (n > 0)
		sink->put(sink, digits[--n]);
}

void format(struct format_sink *sink, const char *fmt, va_list args)
{
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			sink->put(sink, *p);
			continue;
		}
		int width = 0;
		for (p++; *p >= '0' && *p <= '9'; p++)
			width = width * 10 + (*p - '0');
		switch (*p) {
		case '\0':
			return;
		case 's':
			put_string(sink, va_arg(args, const char *));
			break;
		case 'u':
			put_unsigned(sink, va_arg(args, uint32_t), 10, width);
			break;
		case 'x':
			put_unsigned(sink, va_arg(args, uint32_t), 16, width);
			break;
		default:
			sink->put(sink, '%');
			sink->put(sink, *p);
			break;
		}
	}
}

/* A sink that fills a fixed buffer and drops what does not fit. */
struct buffer_sink {
	struct format_sink sink;    /* first, so a struct format_sink * is a struct buffer_sink * */
	char *buffer;               /* destination */
	size_t size;                /* capacity, including the terminating NUL */
	size_t length;              /* characters stored so far */
};

static void buffer_put(struct format_sink *sink, char c)
{
	struct buffer_sink *b = (struct buffer_sink *)sink;

	if (b->length + 1 < b->size)
		b->buffer[b->length++] = c;
}

void vformat_string(char *buffer, size_t size, const char *fmt, va_list args)
{
	struct buffer_sink b = { { buffer_put }, buffer, size, 0 };

	format(&b.sink, fmt, args);
	buffer[b.length] = '\0';
}
