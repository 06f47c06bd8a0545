/*
 * multiboot.h: the parts of the Multiboot v1 specification the kernel uses.
 * The loader (QEMU, GRUB, or the Strata emulator) leaves MULTIBOOT_BOOTLOADER_MAGIC in EAX and the physical
 * address of a struct multiboot_info in EBX; paging is off, so physical addresses are usable pointers.
 */
#ifndef STRATA_MULTIBOOT_H
#define STRATA_MULTIBOOT_H

#define MULTIBOOT_HEADER_MAGIC      0x1BADB002  /* in the kernel image, within its first 8192 bytes */
#define MULTIBOOT_BOOTLOADER_MAGIC  0x2BADB002  /* in EAX at entry */

/* Header flags we request. Bit 16 (a.out kludge) stays clear: the loader reads our ELF program headers. */
#define MULTIBOOT_PAGE_ALIGN        (1 << 0)    /* load modules on 4 KiB boundaries */
#define MULTIBOOT_MEMORY_INFO       (1 << 1)    /* fill in mem_lower/mem_upper */

/* multiboot_info.flags: which fields the loader filled in. */
#define MULTIBOOT_INFO_CMDLINE      (1 << 2)
#define MULTIBOOT_INFO_MODS         (1 << 3)

#ifndef __ASSEMBLER__
#include <stdint.h>

struct multiboot_info {
	uint32_t flags;             /* MULTIBOOT_INFO_* bits: which fields below are valid */
	uint32_t mem_lower;         /* KiB of memory below 1 MiB */
	uint32_t mem_upper;         /* KiB of memory above 1 MiB, up to the first hole */
	uint32_t boot_device;       /* BIOS disk the image came from; unused */
	uint32_t cmdline;           /* physical address of the NUL-terminated kernel command line */
	uint32_t mods_count;        /* number of struct multiboot_module entries */
	uint32_t mods_addr;         /* physical address of the first struct multiboot_module */
	/* The symbol table, memory map and the rest follow; the kernel does not read them yet. */
};

struct multiboot_module {
	uint32_t mod_start;         /* physical address of the module's first byte */
	uint32_t mod_end;           /* physical address one past its last byte */
	uint32_t cmdline;           /* physical address of its NUL-terminated command line, or 0 */
	uint32_t reserved;          /* zero */
};
#endif

#endif
