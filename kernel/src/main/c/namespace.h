/*
 * namespace.h: namespace objects. Namespaces form a tree under the root "/"; each holds users, and a superuser
 * of a namespace is superuser of its whole subtree. The namespace directory finds a namespace by its id.
 */
#ifndef STRATA_NAMESPACE_H
#define STRATA_NAMESPACE_H

#include <stddef.h>
#include <stdint.h>
#include "object.h"
#include "param.h"

struct user;

/* Set once at boot on one CPU; a namespace lock will guard the user list once users come and go at run time. */
struct namespace {
	struct object_header header;    /* type OBJECT_TYPE_NAMESPACE */
	uint16_t id;                    /* 0 for the root, then creation order */
	struct namespace *parent;       /* holds a reference; NULL for the root */
	struct user *first_user;        /* users of this namespace, in creation order */
	struct user *last_user;         /* the tail of that list, where user_create appends */
	char name[NAME_MAX + 1];        /* NUL-terminated; "/" for the root */
};

/*
 * Create the next namespace, with id namespace_count(), under parent (NULL makes the root). The caller has
 * checked the name and that the directory has room (namespace_count() < MAX_NAMESPACES).
 */
struct namespace *namespace_create(struct namespace *parent, const char *name, size_t length);

/* The namespace with id, or NULL if there is none yet. */
struct namespace *namespace_lookup(unsigned id);

unsigned namespace_count(void);

/* Print the full path of ns: "/" for the root, "/web/cache" for a grandchild. */
void namespace_print_path(const struct namespace *ns);

#endif
