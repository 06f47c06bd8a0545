/*
 * object.c: the type registry, object creation and reference counting.
 *
 * Objects live in a static arena handed out by a bump allocator. Nothing is freed yet: every object made at boot
 * lives as long as the system. The arena holds the largest legal manifest (param.h), which the static assertion
 * below checks, so running out of arena is a kernel bug, not bad input.
 */
#include "kernel.h"
#include "namespace.h"
#include "object.h"
#include "param.h"
#include "user.h"

#define OBJECT_ALIGN 8      /* enough for any field of any object */

#define ALIGN_UP(n) (((n) + OBJECT_ALIGN - 1) & ~(size_t)(OBJECT_ALIGN - 1))

#define MAX(a, b) ((a) > (b) ? (a) : (b))

_Static_assert(MAX_BOOT_OBJECTS * MAX(ALIGN_UP(sizeof(struct namespace)), ALIGN_UP(sizeof(struct user)))
		<= KERNEL_POOL_SIZE, "KERNEL_POOL_SIZE cannot hold the objects of the largest manifest");

static const struct object_type object_types[OBJECT_TYPE_COUNT] = {
	[OBJECT_TYPE_NAMESPACE] = { "namespace", 0x50534D4E /* "NMSP" */, sizeof(struct namespace) },
	[OBJECT_TYPE_USER] = { "user", 0x52455355 /* "USER" */, sizeof(struct user) },
};

/* The arena is in .bss, so it starts zeroed, and since nothing is freed, every allocation is still zeroed. */
static uint8_t arena[KERNEL_POOL_SIZE] __attribute__((aligned(OBJECT_ALIGN)));
static size_t arena_used;

const struct object_type *object_type(enum object_type_id type)
{
	if (type <= 0 || type >= OBJECT_TYPE_COUNT)
		panic("object type %u is not registered", (unsigned)type);
	return &object_types[type];
}

void *object_create(enum object_type_id type)
{
	const struct object_type *t = object_type(type);
	size_t size = ALIGN_UP(t->size);

	if (size > KERNEL_POOL_SIZE - arena_used)
		panic("kernel object arena exhausted creating a %s", t->name);
	struct object_header *object = (struct object_header *)&arena[arena_used];
	arena_used += size;
	object->magic = t->magic;
	object->type = (uint16_t)type;
	object->refcount = 1;
	object->handle_count = 0;
	return object;
}

void object_ref(struct object_header *object, enum object_type_id type)
{
	const struct object_type *t = object_type(type);

	if (object->magic != t->magic || object->type != type)
		panic("object at 0x%x is not a %s (magic 0x%08x)", (unsigned)(uintptr_t)object, t->name,
			(unsigned)object->magic);
	object->refcount++;
}
