/* user.c: user objects. */
#include "kernel.h"
#include "namespace.h"
#include "string.h"
#include "user.h"

static unsigned users_created;  /* written at boot only */

struct user *user_create(struct namespace *ns, const char *name, size_t length, privilege_set privileges,
	bool superuser)
{
	if (users_created >= MAX_USERS || length > NAME_MAX || (privileges & ~privilege_declared()) != 0)
		panic("user_create: id %u, name of %u bytes, privileges 0x%x", users_created, (unsigned)length,
			privileges);
	struct user *user = object_create(OBJECT_TYPE_USER);
	user->id = (uint16_t)users_created++;
	user->superuser = superuser;
	object_ref(&ns->header, OBJECT_TYPE_NAMESPACE);
	user->namespace = ns;
	user->privileges = privileges;
	memcpy(user->name, name, length);
	user->name[length] = '\0';
	if (ns->last_user != NULL)
		ns->last_user->next_in_namespace = user;
	else
		ns->first_user = user;
	ns->last_user = user;
	return user;
}

unsigned user_count(void)
{
	return users_created;
}
