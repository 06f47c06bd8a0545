/* string.c: byte-at-a-time memory functions; the kernel copies names, not megabytes. */
#include <stdint.h>
#include "string.h"

void *memcpy(void *destination, const void *source, size_t length)
{
	uint8_t *d = destination;
	const uint8_t *s = source;

	while (length--)
		*d++ = *s++;
	return destination;
}
