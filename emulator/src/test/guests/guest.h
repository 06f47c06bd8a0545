/* The little runtime every C test guest links: port I/O, COM1 and 0xE9 output, number printing, exit. */
#ifndef GUEST_H
#define GUEST_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

static inline void outb(u16 port, u8 value) { __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port)); }
static inline u8 inb(u16 port) { u8 v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }

/* Standard 16550 init for COM1: no IRQs, 115200 baud, 8N1, FIFOs on. */
void serial_init(void);
/* Text to COM1 (polling LSR) and to port 0xE9. */
void print(const char *s);
void print_hex(u32 value);
void print_dec(u32 value);
/* Text to port 0xE9 only. */
void debug_print(const char *s);
/* Ends the run with exit value v (QEMU isa-debug-exit). */
void guest_exit(u8 v) __attribute__((noreturn));

#endif
