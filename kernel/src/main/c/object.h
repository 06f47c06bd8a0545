/*
 * object.h: the object header every kernel object starts with, and the type registry (after Zircon's
 * dispatchers). docs/objects.md describes each type.
 */
#ifndef STRATA_OBJECT_H
#define STRATA_OBJECT_H

#include <stddef.h>
#include <stdint.h>

/* Every object type the kernel knows, as an index into the type registry. 0 is never a valid type. */
enum object_type_id {
	OBJECT_TYPE_NAMESPACE = 1,
	OBJECT_TYPE_USER = 2,
	OBJECT_TYPE_COUNT
};

/* One entry of the type registry. */
struct object_type {
	const char *name;           /* for diagnostics: "namespace", "user" */
	uint32_t magic;             /* debug magic stamped into every object of the type, four ASCII bytes */
	size_t size;                /* bytes of the whole object, header included */
};

/*
 * The header at offset 0 of every kernel object. Objects are created at boot on one CPU with interrupts off,
 * so no lock guards these fields yet; when objects can be created at run time, a per-object lock will.
 */
struct object_header {
	uint32_t magic;             /* the type's magic; a mismatch means a wild pointer or a type confusion */
	uint16_t type;              /* enum object_type_id */
	uint16_t reserved;          /* zero; keeps the counters aligned */
	uint32_t refcount;          /* kernel pointers to the object, its creator's included */
	uint32_t handle_count;      /* handles naming the object; no handles exist yet, so always 0 */
};

/* The registry entry for type; panics on an unknown type. */
const struct object_type *object_type(enum object_type_id type);

/* A new, zeroed object of type with refcount 1 and no handles. Panics when kernel memory runs out. */
void *object_create(enum object_type_id type);

/* Take one more reference to object, which must be of type; panics on a bad magic or type. */
void object_ref(struct object_header *object, enum object_type_id type);

#endif
