/*
 * privilege.h: the system's privileges. A privilege is a named bit number, 0 to 31, declared once at boot;
 * a user holds a privilege_set with one bit per privilege.
 */
#ifndef STRATA_PRIVILEGE_H
#define STRATA_PRIVILEGE_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t privilege_set;     /* bit n set: holds privilege n */

/* Declare the next privilege; its bit is the previous privilege_count(). The caller checks the count first. */
void privilege_declare(const char *name, size_t length);

unsigned privilege_count(void);

/* The set of every declared privilege: a user's set must be a subset of it. */
privilege_set privilege_declared(void);

/* The name of declared privilege bit. */
const char *privilege_name(unsigned bit);

#endif
