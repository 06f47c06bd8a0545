/*
 * string.h: memory functions. memcpy keeps its standard name and signature because GCC may emit calls to it
 * even in freestanding code, for struct copies.
 */
#ifndef STRATA_STRING_H
#define STRATA_STRING_H

#include <stddef.h>

void *memcpy(void *destination, const void *source, size_t length);

#endif
