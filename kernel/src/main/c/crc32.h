/* crc32.h: CRC-32 as IEEE 802.3, zlib and java.util.zip.CRC32 compute it; the manifest checksum. */
#ifndef STRATA_CRC32_H
#define STRATA_CRC32_H

#include <stdint.h>

uint32_t crc32(const uint8_t *bytes, uint32_t length);

#endif
