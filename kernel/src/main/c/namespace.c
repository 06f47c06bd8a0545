/* namespace.c: namespace objects and the namespace directory. */
#include "console.h"
#include "kernel.h"
#include "namespace.h"
#include "string.h"

/* The directory: namespaces by id. Ids are dense, so the id is the index. Filled at boot only. */
static struct namespace *directory[MAX_NAMESPACES];
static unsigned directory_count;

struct namespace *namespace_create(struct namespace *parent, const char *name, size_t length)
{
	if (directory_count >= MAX_NAMESPACES || length > NAME_MAX)
		panic("namespace_create: id %u, name of %u bytes", directory_count, (unsigned)length);
	struct namespace *ns = object_create(OBJECT_TYPE_NAMESPACE);
	ns->id = (uint16_t)directory_count;
	if (parent != NULL)
		object_ref(&parent->header, OBJECT_TYPE_NAMESPACE);
	ns->parent = parent;
	memcpy(ns->name, name, length);
	ns->name[length] = '\0';
	directory[directory_count++] = ns;
	return ns;
}

struct namespace *namespace_lookup(unsigned id)
{
	return id < directory_count ? directory[id] : NULL;
}

unsigned namespace_count(void)
{
	return directory_count;
}

void namespace_print_path(const struct namespace *ns)
{
	/* Walk up to the root, then print downwards. A path has at most one element per namespace. */
	static const struct namespace *chain[MAX_NAMESPACES];
	unsigned depth = 0;

	if (ns->parent == NULL) {
		kprintf("/");
		return;
	}
	for (; ns->parent != NULL; ns = ns->parent)
		chain[depth++] = ns;
	while (depth > 0)
		kprintf("/%s", chain[--depth]->name);
}
