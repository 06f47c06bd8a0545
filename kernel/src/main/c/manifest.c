/*
 * manifest.c: reads the boot manifest of docs/manifest.md and creates the kernel objects it describes.
 *
 * The manifest comes from whoever built the boot image, so every byte is checked before it is trusted: each field
 * read is bounded by its record, each record by the manifest length, and the length by the module. The first
 * problem found is reported with the offset of the offending field and reading stops.
 */
#include <stdarg.h>
#include "crc32.h"
#include "format.h"
#include "manifest.h"
#include "namespace.h"
#include "param.h"
#include "privilege.h"
#include "user.h"

/* Record kinds (docs/manifest.md). Unknown kinds are skipped, so newer compilers can add some. */
#define KIND_PRIVILEGE  1
#define KIND_NAMESPACE  2
#define KIND_USER       3

#define RECORD_HEADER_SIZE  4
#define USER_FLAG_SUPERUSER 0x01

/* The record being read, so field readers can check their bounds and name the record in messages. */
struct record {
	const uint8_t *manifest;        /* the whole manifest; offsets below are from its start */
	uint32_t offset;                /* of the record's first byte */
	uint32_t length;                /* of the record, header included */
	const char *kind;               /* "privilege", "namespace" or "user" */
	struct manifest_error *error;   /* where a rejection goes */
};

/* A name field, pointing into the manifest. */
struct name {
	const char *bytes;              /* not NUL-terminated */
	uint16_t length;                /* 1 to NAME_MAX */
};

static bool reject(struct manifest_error *error, uint32_t offset, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static bool reject(struct manifest_error *error, uint32_t offset, const char *fmt, ...)
{
	va_list args;

	error->offset = offset;
	va_start(args, fmt);
	vformat_string(error->reason, sizeof(error->reason), fmt, args);
	va_end(args);
	return false;
}

static uint16_t get_u16(const uint8_t *p)
{
	return (uint16_t)(p[0] | p[1] << 8);
}

static uint32_t get_u32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Check that a field of size bytes at offset at within the record lies inside the record. */
static bool field_fits(const struct record *r, uint32_t at, uint32_t size, const char *field)
{
	if (at + size > r->length)
		return reject(r->error, r->offset + at, "%s record of %u bytes ends inside its %s field", r->kind,
			r->length, field);
	return true;
}

static bool read_u16(const struct record *r, uint32_t at, const char *field, uint16_t *value)
{
	if (!field_fits(r, at, 2, field))
		return false;
	*value = get_u16(r->manifest + r->offset + at);
	return true;
}

static bool read_u32(const struct record *r, uint32_t at, const char *field, uint32_t *value)
{
	if (!field_fits(r, at, 4, field))
		return false;
	*value = get_u32(r->manifest + r->offset + at);
	return true;
}

/* Read the name string at offset at: a u16 byte count, then 1 to NAME_MAX printable bytes within the record. */
static bool read_name(const struct record *r, uint32_t at, struct name *name)
{
	uint16_t length;

	if (!read_u16(r, at, "name", &length))
		return false;
	if (length > r->length - (at + 2))
		return reject(r->error, r->offset + at, "%s name of %u bytes runs past its record", r->kind, length);
	if (length == 0)
		return reject(r->error, r->offset + at, "%s name is empty", r->kind);
	if (length > NAME_MAX)
		return reject(r->error, r->offset + at, "%s name is %u bytes, over the limit of %u", r->kind, length,
			NAME_MAX);
	name->bytes = (const char *)r->manifest + r->offset + at + 2;
	name->length = length;
	/* Names go to the console verbatim, so a control byte could forge a console line. */
	for (uint16_t i = 0; i < length; i++) {
		uint8_t c = (uint8_t)name->bytes[i];
		if (c < 0x20 || c == 0x7F)
			return reject(r->error, r->offset + at + 2 + i, "%s name has control byte 0x%02x", r->kind, c);
	}
	return true;
}

/* Check that id, read at offset at, is the next one in declaration order. */
static bool check_order(const struct record *r, uint32_t at, uint16_t id, unsigned expected)
{
	if (id != expected)
		return reject(r->error, r->offset + at, "%s id %u is out of order, expected %u", r->kind, id,
			expected);
	return true;
}

/* PRIVILEGE: u16 id (the bit number) at 4, name at 6. */
static bool read_privilege(const struct record *r)
{
	uint16_t id;
	struct name name;

	if (!read_u16(r, 4, "id", &id))
		return false;
	if (id >= MAX_PRIVILEGES)
		return reject(r->error, r->offset + 4, "privilege id %u is over %u", id, MAX_PRIVILEGES - 1);
	if (!check_order(r, 4, id, privilege_count()) || !read_name(r, 6, &name))
		return false;
	privilege_declare(name.bytes, name.length);
	return true;
}

/* NAMESPACE: u16 id at 4, u16 parent id at 6, name at 8. */
static bool read_namespace(const struct record *r)
{
	uint16_t id, parent_id;
	struct namespace *parent = NULL;
	struct name name;

	if (!read_u16(r, 4, "id", &id) || !check_order(r, 4, id, namespace_count()))
		return false;
	if (id >= MAX_NAMESPACES)
		return reject(r->error, r->offset + 4, "namespace id %u is reserved to mean no parent", id);
	if (!read_u16(r, 6, "parent id", &parent_id))
		return false;
	if (id == 0 && parent_id != MANIFEST_NO_PARENT)
		return reject(r->error, r->offset + 6, "root namespace has parent id %u, expected 0x%04x", parent_id,
			MANIFEST_NO_PARENT);
	if (id != 0 && (parent = namespace_lookup(parent_id)) == NULL)
		return reject(r->error, r->offset + 6, "parent id %u names no earlier namespace", parent_id);
	if (!read_name(r, 8, &name))
		return false;
	/* Paths are printed by joining names with "/", so only the root may be, and no other may contain, a "/". */
	bool slashed = false;
	for (uint16_t i = 0; i < name.length; i++)
		slashed |= name.bytes[i] == '/';
	if (id == 0 && (name.length != 1 || !slashed))
		return reject(r->error, r->offset + 8, "root namespace is not named \"/\"");
	if (id != 0 && slashed)
		return reject(r->error, r->offset + 8, "namespace name contains \"/\"");
	namespace_create(parent, name.bytes, name.length);
	return true;
}

/* USER: u16 id at 4, u16 namespace id at 6, u32 privileges at 8, u8 flags at 12, 3 reserved, name at 16. */
static bool read_user(const struct record *r)
{
	uint16_t id, namespace_id;
	uint32_t privileges;
	struct namespace *ns;
	struct name name;

	/* A u16 id in order cannot exceed MAX_USERS, so the id check is also the limit check. */
	if (!read_u16(r, 4, "id", &id) || !check_order(r, 4, id, user_count()))
		return false;
	if (!read_u16(r, 6, "namespace id", &namespace_id))
		return false;
	if ((ns = namespace_lookup(namespace_id)) == NULL)
		return reject(r->error, r->offset + 6, "namespace id %u names no earlier namespace", namespace_id);
	if (!read_u32(r, 8, "privileges", &privileges) || !field_fits(r, 12, 1, "flags"))
		return false;
	uint32_t undeclared = privileges & ~privilege_declared();
	if (undeclared != 0) {
		unsigned bit = 0;
		while (!(undeclared & (1u << bit)))
			bit++;
		return reject(r->error, r->offset + 8, "privilege bit %u names no declared privilege", bit);
	}
	uint8_t flags = r->manifest[r->offset + 12];
	if (!read_name(r, 16, &name))
		return false;
	user_create(ns, name.bytes, name.length, privileges, (flags & USER_FLAG_SUPERUSER) != 0);
	return true;
}

/* The 16-byte header: magic, version, header size, length (bounded by the module) and checksum. */
static bool read_header(const uint8_t *bytes, uint32_t size, uint32_t *length, struct manifest_error *error)
{
	if (!manifest_has_magic(bytes, size))
		return reject(error, 0, "bad magic, expected \"STRM\"");
	if (size < MANIFEST_HEADER_SIZE)
		return reject(error, size, "module ends inside the %u-byte header", MANIFEST_HEADER_SIZE);
	uint16_t version = get_u16(bytes + 4);
	if (version != MANIFEST_VERSION)
		return reject(error, 4, "unsupported version %u", version);
	uint16_t header_size = get_u16(bytes + 6);
	if (header_size != MANIFEST_HEADER_SIZE)
		return reject(error, 6, "header size %u, expected %u", header_size, MANIFEST_HEADER_SIZE);
	*length = get_u32(bytes + 8);
	if (*length < MANIFEST_HEADER_SIZE)
		return reject(error, 8, "length %u is smaller than the header", *length);
	if (*length > MANIFEST_MAX_LENGTH)
		return reject(error, 8, "length %u is over the limit of %u", *length, MANIFEST_MAX_LENGTH);
	if (*length > size)
		return reject(error, 8, "length %u is larger than the module (%u bytes)", *length, size);
	uint32_t stored = get_u32(bytes + 12);
	uint32_t computed = crc32(bytes + MANIFEST_HEADER_SIZE, *length - MANIFEST_HEADER_SIZE);
	if (stored != computed)
		return reject(error, 12, "checksum 0x%08x does not match the contents (0x%08x)", stored, computed);
	return true;
}

bool manifest_has_magic(const uint8_t *bytes, uint32_t size)
{
	return size >= 4 && get_u32(bytes) == MANIFEST_MAGIC;
}

bool manifest_load(const uint8_t *bytes, uint32_t size, struct manifest_error *error)
{
	uint32_t length = 0;

	if (!read_header(bytes, size, &length, error))
		return false;
	for (uint32_t offset = MANIFEST_HEADER_SIZE; offset < length; ) {
		if (length - offset < RECORD_HEADER_SIZE)
			return reject(error, offset, "record header runs past the manifest length");
		struct record r = { bytes, offset, get_u16(bytes + offset + 2), NULL, error };
		if (r.length < RECORD_HEADER_SIZE)
			return reject(error, offset + 2, "record length %u is shorter than its header", r.length);
		if (r.length % 4 != 0)
			return reject(error, offset + 2, "record length %u is not a multiple of 4", r.length);
		if (r.length > length - offset)
			return reject(error, offset + 2, "record length %u runs past the manifest length", r.length);
		bool ok = true;
		switch (bytes[offset]) {
		case KIND_PRIVILEGE:
			r.kind = "privilege";
			ok = read_privilege(&r);
			break;
		case KIND_NAMESPACE:
			r.kind = "namespace";
			ok = read_namespace(&r);
			break;
		case KIND_USER:
			r.kind = "user";
			ok = read_user(&r);
			break;
		}
		if (!ok)
			return false;
		offset += r.length;
	}
	return true;
}
