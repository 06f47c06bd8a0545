/*
 * manifest.h: the reader of the boot manifest (docs/manifest.md), which turns it into kernel objects:
 * privileges, namespace objects and user objects.
 */
#ifndef STRATA_MANIFEST_H
#define STRATA_MANIFEST_H

#include <stdbool.h>
#include <stdint.h>

/* Why a manifest was rejected: where, and a one-line reason. */
struct manifest_error {
	uint32_t offset;            /* from the start of the manifest, of the first byte found wrong */
	char reason[96];            /* e.g. "record length 6 is not a multiple of 4" */
};

/* Whether bytes start with the manifest magic "STRM". */
bool manifest_has_magic(const uint8_t *bytes, uint32_t size);

/*
 * Check the manifest in the size bytes at bytes and create its privileges, namespaces and users. Returns true,
 * or false with *error filled in. On false some objects may exist already; the kernel then stops, so they are
 * never used.
 */
bool manifest_load(const uint8_t *bytes, uint32_t size, struct manifest_error *error);

#endif
