/*
 * gdt.c: our own Global Descriptor Table. The Multiboot spec leaves the loader's GDT undefined (it may even sit
 * in memory we later reuse), so we install ours before relying on any segment register.
 */
#include <stdint.h>
#include "gdt.h"

/* A segment descriptor, in the split layout the i386 inherited from the 286. */
struct segment_descriptor {
	uint16_t limit_low;         /* limit bits 0..15 */
	uint16_t base_low;          /* base bits 0..15 */
	uint8_t base_middle;        /* base bits 16..23 */
	uint8_t access;             /* present, DPL, type (see ACCESS_*) */
	uint8_t flags_limit_high;   /* granularity and size flags (high nibble), limit bits 16..19 (low nibble) */
	uint8_t base_high;          /* base bits 24..31 */
} __attribute__((packed));

/* The operand of lgdt. */
struct gdt_pointer {
	uint16_t limit;             /* size of the table in bytes, minus one */
	uint32_t base;              /* linear address of the table */
} __attribute__((packed));

#define ACCESS_PRESENT      0x80
#define ACCESS_DPL(ring)    ((ring) << 5)
#define ACCESS_SEGMENT      0x10    /* code or data, as opposed to a system segment such as a TSS */
#define ACCESS_CODE         0x0A    /* executable, readable */
#define ACCESS_DATA         0x02    /* writable */
#define FLAGS_4K_32BIT      0xC0    /* limit in 4 KiB units; 32-bit default operand size */

/* A flat 4 GiB segment: base 0, limit 0xFFFFF pages. */
#define FLAT_SEGMENT(access) { 0xFFFF, 0, 0, (access), FLAGS_4K_32BIT | 0x0F, 0 }

static struct segment_descriptor gdt[] = {
	{ 0, 0, 0, 0, 0, 0 },                                                       /* the null descriptor */
	FLAT_SEGMENT(ACCESS_PRESENT | ACCESS_DPL(0) | ACCESS_SEGMENT | ACCESS_CODE), /* SEG_KCODE */
	FLAT_SEGMENT(ACCESS_PRESENT | ACCESS_DPL(0) | ACCESS_SEGMENT | ACCESS_DATA), /* SEG_KDATA */
	FLAT_SEGMENT(ACCESS_PRESENT | ACCESS_DPL(3) | ACCESS_SEGMENT | ACCESS_CODE), /* SEG_UCODE */
	FLAT_SEGMENT(ACCESS_PRESENT | ACCESS_DPL(3) | ACCESS_SEGMENT | ACCESS_DATA), /* SEG_UDATA */
	{ 0, 0, 0, 0, 0, 0 },                                                       /* SEG_TSS, not present yet */
};

void gdt_init(void)
{
	struct gdt_pointer pointer = { sizeof(gdt) - 1, (uint32_t)gdt };

	/*
	 * Loading GDTR changes nothing by itself: each segment register keeps its cached descriptor until reloaded.
	 * The far jump reloads CS; the moves reload the data segments.
	 */
	__asm__ volatile(
		"lgdt %0\n\t"
		"ljmp %1, $1f\n"
		"1:\n\t"
		"movw %2, %%ax\n\t"
		"movw %%ax, %%ds\n\t"
		"movw %%ax, %%es\n\t"
		"movw %%ax, %%fs\n\t"
		"movw %%ax, %%gs\n\t"
		"movw %%ax, %%ss"
		:
		: "m"(pointer), "i"(SEG_KCODE), "i"(SEG_KDATA)
		: "eax", "memory");
}
