/*
 * crc32.c: table-driven CRC-32 (reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF).
 * The table is built on first use rather than written out: 256 magic numbers would be harder to check than the
 * eight lines that make them. A table makes a 1 MiB manifest cost a few instructions per byte, which matters
 * when the kernel runs on an interpreting emulator.
 */
#include <stdbool.h>
#include "crc32.h"

#define CRC32_POLYNOMIAL 0xEDB88320u

static uint32_t table[256];     /* remainder of each byte value */
static bool table_ready;

static void build_table(void)
{
	for (uint32_t n = 0; n < 256; n++) {
		uint32_t c = n;
		for (int bit = 0; bit < 8; bit++)
			c = (c & 1) ? (c >> 1) ^ CRC32_POLYNOMIAL : c >> 1;
		table[n] = c;
	}
	table_ready = true;
}

uint32_t crc32(const uint8_t *bytes, uint32_t length)
{
	uint32_t crc = 0xFFFFFFFFu;

	if (!table_ready)
		build_table();
	for (uint32_t i = 0; i < length; i++)
		crc = table[(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
	return ~crc;
}
