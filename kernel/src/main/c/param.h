/*
 * param.h: every tunable constant and fixed number of the kernel, in one place (xv6 style).
 * Included from C and from boot.S, so it holds only #defines.
 */
#ifndef STRATA_PARAM_H
#define STRATA_PARAM_H

#define KERNEL_VERSION      "0.1.0"         /* printed in the banner; matches the Maven project version */

#define KSTACK_SIZE         16384           /* boot stack; kmain and the manifest parser need well under 4 KiB */

/*
 * Limits of the object manager: the kernel takes every system the manifest format can express, so these are
 * the format's own limits, and the compiler (dsl/) enforces the same ones.
 */
#define MAX_PRIVILEGES      32              /* privilege ids are bit numbers in a 32-bit set */
#define MAX_NAMESPACES      0xFFFF          /* u16 ids 0..0xFFFE; 0xFFFF means "no parent" */
#define MAX_USERS           0x10000         /* u16 ids 0..0xFFFF */
#define NAME_MAX            63              /* longest privilege, namespace or user name, in bytes */

/* The boot manifest (docs/manifest.md). */
#define MANIFEST_MAGIC      0x4D525453u     /* "STRM" read as a little-endian u32 */
#define MANIFEST_VERSION    1
#define MANIFEST_HEADER_SIZE 16
#define MANIFEST_MAX_LENGTH (1024 * 1024)   /* a reader rejects anything longer */
#define MANIFEST_NO_PARENT  0xFFFF          /* parent id of the root namespace */
#define MANIFEST_MIN_OBJECT_RECORD 12       /* smallest record that makes an object: a namespace, 1-byte name */

/*
 * The object arena (object.c) holds every object the largest manifest can describe: one object per record of at
 * least MANIFEST_MIN_OBJECT_RECORD bytes. object.c checks that the objects fit. It is .bss, so it costs no space
 * in the ELF, only RAM: the kernel needs about 10 MiB above 1 MiB.
 */
#define MAX_BOOT_OBJECTS    (MANIFEST_MAX_LENGTH / MANIFEST_MIN_OBJECT_RECORD)
#define KERNEL_POOL_SIZE    (8 * 1024 * 1024)

/* I/O ports. */
#define COM1_PORT           0x3F8           /* first 16550 UART */
#define COM1_DIVISOR        1               /* 115200 baud = 115200 / 1 */
#define DEBUGCON_PORT       0xE9            /* QEMU/Bochs debug console; the text is mirrored here */
#define EXIT_PORT           0xF4            /* QEMU isa-debug-exit: writing v exits QEMU with (v << 1) | 1 */

/* Exit statuses, written to EXIT_PORT and printed as "exit: N". */
#define EXIT_OK             0               /* booted, manifest absent or valid */
#define EXIT_PANIC          1               /* a kernel bug: an internal check failed */
#define EXIT_BAD_MANIFEST   2               /* the manifest was rejected */
#define EXIT_BAD_BOOT       3               /* not entered by a Multiboot v1 loader */

#endif
