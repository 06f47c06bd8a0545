/*
 * main.c: kmain, called from boot.S. It prints what docs/kernel-console.md specifies: the banner, the Multiboot
 * command line and modules, then the system the boot manifest describes, as the kernel's own objects see it.
 */
#include <stdbool.h>
#include <stdint.h>
#include "console.h"
#include "gdt.h"
#include "kernel.h"
#include "manifest.h"
#include "multiboot.h"
#include "namespace.h"
#include "param.h"
#include "privilege.h"
#include "user.h"

static const char *plural(unsigned n)
{
	return n == 1 ? "" : "s";
}

/*
 * The kernel's arguments from the Multiboot command line. GRUB and QEMU start that line with the boot image's
 * name, like argv[0]; other loaders may not. Every Strata kernel parameter is key=value, so a first word without
 * "=" is the image name and is skipped: both kinds of loader then give the same arguments, and the same console.
 */
static const char *kernel_arguments(const struct multiboot_info *info)
{
	const char *s = (info->flags & MULTIBOOT_INFO_CMDLINE) ? (const char *)(uintptr_t)info->cmdline : "";
	const char *word_end = s;
	bool has_equals = false;

	while (*word_end != ' ' && *word_end != '\0')
		has_equals |= *word_end++ == '=';
	if (!has_equals)
		s = word_end;
	while (*s == ' ')
		s++;
	return s;
}

/* The loader's strings are trusted: the loader is the machine's firmware, as far as the kernel knows. */
static const char *module_cmdline(const struct multiboot_module *m)
{
	return m->cmdline != 0 ? (const char *)(uintptr_t)m->cmdline : "";
}

static uint32_t module_size(const struct multiboot_module *m)
{
	return m->mod_end > m->mod_start ? m->mod_end - m->mod_start : 0;
}

/* Whether a word of the module's command line is "manifest", as in "hello.manifest manifest". */
static bool module_labelled_manifest(const struct multiboot_module *m)
{
	static const char label[] = "manifest";
	const char *s = module_cmdline(m);

	while (*s) {
		while (*s == ' ')
			s++;
		unsigned i = 0;
		while (label[i] != '\0' && s[i] == label[i])
			i++;
		if (label[i] == '\0' && (s[i] == ' ' || s[i] == '\0'))
			return true;
		while (*s != ' ' && *s != '\0')
			s++;
	}
	return false;
}

/*
 * The module holding the manifest: the first one that starts with the manifest magic. Failing that, the first one
 * whose command line calls it a manifest, so that a damaged manifest is reported instead of silently ignored.
 */
static const struct multiboot_module *find_manifest(const struct multiboot_module *modules, uint32_t count)
{
	for (uint32_t i = 0; i < count; i++)
		if (manifest_has_magic((const uint8_t *)(uintptr_t)modules[i].mod_start, module_size(&modules[i])))
			return &modules[i];
	for (uint32_t i = 0; i < count; i++)
		if (module_labelled_manifest(&modules[i]))
			return &modules[i];
	return NULL;
}

static void print_user(const struct user *user)
{
	const char *separator = "";

	kprintf("  user %s: ", user->name);
	if (user->superuser) {
		kprintf("superuser");
		separator = ", ";
	}
	for (unsigned bit = 0; bit < privilege_count(); bit++) {
		if (user->privileges & (1u << bit)) {
			kprintf("%s%s", separator, privilege_name(bit));
			separator = ", ";
		}
	}
	if (*separator == '\0')
		kprintf("(none)");
	kprintf("\n");
}

static void print_system(void)
{
	kprintf("manifest: version %u, %u privilege%s, %u namespace%s, %u user%s\n", MANIFEST_VERSION,
		privilege_count(), plural(privilege_count()), namespace_count(), plural(namespace_count()),
		user_count(), plural(user_count()));
	for (unsigned bit = 0; bit < privilege_count(); bit++)
		kprintf("privilege %u: %s\n", bit, privilege_name(bit));
	for (unsigned id = 0; id < namespace_count(); id++) {
		const struct namespace *ns = namespace_lookup(id);
		kprintf("namespace ");
		namespace_print_path(ns);
		kprintf("\n");
		for (const struct user *user = ns->first_user; user != NULL; user = user->next_in_namespace)
			print_user(user);
	}
}

void kmain(uint32_t magic, const struct multiboot_info *info)
{
	gdt_init();
	console_init();
	kprintf("Strata kernel " KERNEL_VERSION " (i386, Multiboot v1)\n");
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC) {
		kprintf("boot: bad multiboot magic 0x%08x\n", magic);
		kernel_exit(EXIT_BAD_BOOT);
	}

	const char *arguments = kernel_arguments(info);
	if (*arguments != '\0')
		kprintf("cmdline: %s\n", arguments);
	else
		kprintf("cmdline:\n");

	const struct multiboot_module *modules = (const struct multiboot_module *)(uintptr_t)info->mods_addr;
	uint32_t count = (info->flags & MULTIBOOT_INFO_MODS) ? info->mods_count : 0;
	kprintf("modules: %u\n", count);
	for (uint32_t i = 0; i < count; i++)
		kprintf("module %u: %s (%u bytes)\n", i, module_cmdline(&modules[i]), module_size(&modules[i]));

	const struct multiboot_module *manifest = find_manifest(modules, count);
	if (manifest == NULL) {
		kprintf("manifest: none\n");
		kernel_exit(EXIT_OK);
	}
	struct manifest_error error;
	if (!manifest_load((const uint8_t *)(uintptr_t)manifest->mod_start, module_size(manifest), &error)) {
		kprintf("manifest: error at offset 0x%02x: %s\n", error.offset, error.reason);
		kernel_exit(EXIT_BAD_MANIFEST);
	}
	print_system();
	kernel_exit(EXIT_OK);
}
