/* Output for the differential test programs: bare metal, text goes to port 0xE9; hosted (-DHOSTED), to stdout. */
#include "vectors.h"

#ifdef HOSTED
#include <stdio.h>

void out(const char *s)
{
    fputs(s, stdout);
}
#else
static inline void outb(u16 port, u8 value) { __asm__ volatile("outb %0, %1" : : "a"(value), "Nd"(port)); }

void out(const char *s)
{
    while (*s) {
        outb(0xE9, (u8) *s++);
    }
}
#endif

void out_hex(u32 value)
{
    char buffer[9];
    for (int i = 0; i < 8; i++) {
        buffer[i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xF];
    }
    buffer[8] = 0;
    out(buffer);
}

void out_dec(u32 value)
{
    char buffer[11];
    int i = 10;
    buffer[i] = 0;
    do {
        buffer[--i] = (char) ('0' + value % 10);
        value /= 10;
    } while (value != 0);
    out(buffer + i);
}

/* One case: "mnemonic size a b flags_in -> result flags_out", with only the six status flags of flags_out. */
void report(const char *name, int size, u32 a, u32 b, u32 fin, u32 r, u32 f)
{
    out(name);
    out(" ");
    out_dec(size);
    out(" ");
    out_hex(a);
    out(" ");
    out_hex(b);
    out(" ");
    out_hex(fin);
    out(" -> ");
    out_hex(r);
    out(" ");
    out_hex(f & 0x8D5);
    out("\n");
}
