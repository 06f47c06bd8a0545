/* user.h: user objects. A user belongs to one namespace and holds a set of privileges. */
#ifndef STRATA_USER_H
#define STRATA_USER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"
#include "param.h"
#include "privilege.h"

struct namespace;

/* Set once at boot on one CPU; no lock needed until users can be created at run time. */
struct user {
	struct object_header header;    /* type OBJECT_TYPE_USER */
	uint16_t id;                    /* creation order, across all namespaces */
	bool superuser;                 /* superuser of its namespace and every namespace below it */
	struct namespace *namespace;    /* holds a reference; the namespace the user belongs to */
	privilege_set privileges;       /* a subset of privilege_declared() */
	struct user *next_in_namespace; /* the namespace's next user, in creation order */
	char name[NAME_MAX + 1];        /* NUL-terminated */
};

/*
 * Create the next user, with id user_count(), in ns, and append it to the namespace's user list. The caller has
 * checked the name, the privileges and that there is room (user_count() < MAX_USERS).
 */
struct user *user_create(struct namespace *ns, const char *name, size_t length, privilege_set privileges,
	bool superuser);

unsigned user_count(void);

#endif
