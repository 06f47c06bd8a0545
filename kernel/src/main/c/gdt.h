/* gdt.h: the kernel's segment layout. Flat segments: protection comes from paging later, not from segments. */
#ifndef STRATA_GDT_H
#define STRATA_GDT_H

/* Selectors: GDT index * 8, plus the requested privilege level in the low two bits. */
#define SEG_KCODE   0x08        /* ring 0 code, base 0, limit 4 GiB */
#define SEG_KDATA   0x10        /* ring 0 data and stack */
#define SEG_UCODE   (0x18 | 3)  /* ring 3 code, for user processes later */
#define SEG_UDATA   (0x20 | 3)  /* ring 3 data */
#define SEG_TSS     0x28        /* task state segment slot; filled in when the kernel first enters ring 3 */

void gdt_init(void);

#endif
