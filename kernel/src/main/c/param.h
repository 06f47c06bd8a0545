/*
 * param.h: every tunable constant and fixed number of the kernel, in one place (xv6 style).
 * Included from C and from boot.S, so it holds only #defines.
 */
#ifndef STRATA_PARAM_H
#define STRATA_PARAM_H

#define KERNEL_VERSION      "0.1.0"         /* printed in the banner; matches the Maven project version */

#define KSTACK_SIZE         16384           /* boot stack; kmain and the manifest parser need well under 4 KiB */
#define KERNEL_POOL_SIZE    (512 * 1024)    /* bump allocator arena for kernel objects (object.c) */

/* Limits of the object manager, chosen so that KERNEL_POOL_SIZE holds the largest legal system. */
#define MAX_PRIVILEGES      32              /* privilege ids are bit numbers in a 32-bit set */
#define MAX_NAMESPACES      1024            /* namespace objects; ids are dense, so this bounds the id too */
#define MAX_USERS           2048            /* user objects; ids are dense, so this bounds the id too */
#define NAME_MAX            63              /* longest privilege, namespace or user name, in bytes */

/* The boot manifest (docs/manifest.md). */
#define MANIFEST_MAGIC      0x4D525453u     /* "STRM" read as a little-endian u32 */
#define MANIFEST_VERSION    1
#define MANIFEST_HEADER_SIZE 16
#define MANIFEST_MAX_LENGTH (1024 * 1024)   /* a reader rejects anything longer */
#define MANIFEST_NO_PARENT  0xFFFF          /* parent id of the root namespace */

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
