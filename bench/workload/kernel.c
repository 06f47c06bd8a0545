/* The kernel around the benchmark object: reads iters=N from the Multiboot command line, runs the workload, prints
 * the result on COM1. The output is the same under every emulator, so the bench compares it as text. */
#include "sieve_crc.h"

#define COM1 0x3F8
#define DEFAULT_ITERATIONS 30
#define MULTIBOOT_INFO_CMDLINE (1u << 2)

/* The first fields of the Multiboot v1 information structure. */
struct multiboot_info {
    u32 flags;          /* which of the fields below are valid */
    u32 mem_lower;      /* KiB below 1 MiB */
    u32 mem_upper;      /* KiB above 1 MiB */
    u32 boot_device;
    u32 cmdline;        /* physical address of the NUL-terminated command line */
};

static inline void outb(unsigned short port, u8 value)
{
    __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port));
}

static inline u8 inb(unsigned short port)
{
    u8 value;
    __asm__ volatile("inb %1, %0" : "=a"(value) : "Nd"(port));
    return value;
}

/* 16550 COM1: no IRQs, 115200 baud, 8N1, FIFOs on. */
static void serial_init(void)
{
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x80);
    outb(COM1 + 0, 0x01);
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);
    outb(COM1 + 2, 0xC7);
    outb(COM1 + 4, 0x0B);
}

static void print(const char *s)
{
    for (; *s; s++) {
        while ((inb(COM1 + 5) & 0x20) == 0) {
        }
        outb(COM1, (u8) *s);
    }
}

static void print_dec(u32 value)
{
    char buffer[11];
    int i = 10;
    buffer[i] = 0;
    do {
        buffer[--i] = (char) ('0' + value % 10);
        value /= 10;
    } while (value != 0);
    print(buffer + i);
}

static void print_hex(u32 value)
{
    char buffer[11] = "0x";
    for (int i = 0; i < 8; i++) {
        buffer[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xF];
    }
    buffer[10] = 0;
    print(buffer);
}

/* The number after the last "iters=" in the command line, or the default. */
static u32 iterations_from(const char *cmdline)
{
    u32 iterations = DEFAULT_ITERATIONS;
    for (const char *s = cmdline; *s; s++) {
        if (s[0] == 'i' && s[1] == 't' && s[2] == 'e' && s[3] == 'r' && s[4] == 's' && s[5] == '=') {
            iterations = 0;
            for (const char *d = s + 6; *d >= '0' && *d <= '9'; d++) {
                iterations = iterations * 10 + (u32) (*d - '0');
            }
        }
    }
    return iterations;
}

int kernel_main(u32 magic, const struct multiboot_info *info)
{
    (void) magic;
    const char *cmdline = info->flags & MULTIBOOT_INFO_CMDLINE ? (const char *) info->cmdline : "";
    u32 iterations = iterations_from(cmdline);
    serial_init();
    struct sieve_crc_result result = sieve_crc_run(iterations);
    print("iters ");
    print_dec(iterations);
    print("\nprimes ");
    print_dec(result.primes);
    print("\ncrc ");
    print_hex(result.crc);
    print("\n");
    return 0;
}
