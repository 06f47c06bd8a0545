/* privilege.c: the privilege table, filled from the manifest at boot. */
#include "kernel.h"
#include "param.h"
#include "privilege.h"
#include "string.h"

/* Written once at boot, before anything reads it; no lock needed yet. */
static char privilege_names[MAX_PRIVILEGES][NAME_MAX + 1];  /* NUL-terminated, indexed by bit */
static unsigned declared;                                    /* privileges declared so far */

void privilege_declare(const char *name, size_t length)
{
	if (declared >= MAX_PRIVILEGES || length > NAME_MAX)
		panic("privilege_declare: bit %u, name of %u bytes", declared, (unsigned)length);
	memcpy(privilege_names[declared], name, length);
	privilege_names[declared][length] = '\0';
	declared++;
}

unsigned privilege_count(void)
{
	return declared;
}

privilege_set privilege_declared(void)
{
	return declared == 32 ? 0xFFFFFFFFu : (1u << declared) - 1;
}

const char *privilege_name(unsigned bit)
{
	if (bit >= declared)
		panic("privilege_name: bit %u is not declared", bit);
	return privilege_names[bit];
}
