#include "guest.h"

#define COM1 0x3F8

void serial_init(void)
{
    outb(COM1 + 1, 0x00);       /* IER: no interrupts */
    outb(COM1 + 3, 0x80);       /* LCR: DLAB on */
    outb(COM1 + 0, 0x01);       /* DLL: divisor 1 = 115200 baud */
    outb(COM1 + 1, 0x00);       /* DLM */
    outb(COM1 + 3, 0x03);       /* LCR: 8N1, DLAB off */
    outb(COM1 + 2, 0xC7);       /* FCR: enable and clear FIFOs */
    outb(COM1 + 4, 0x0B);       /* MCR: DTR, RTS, OUT2 */
}

static void putc_all(char c)
{
    while ((inb(COM1 + 5) & 0x20) == 0) {
    }
    outb(COM1, (u8) c);
    outb(0xE9, (u8) c);
}

void print(const char *s)
{
    while (*s) {
        putc_all(*s++);
    }
}

void debug_print(const char *s)
{
    while (*s) {
        outb(0xE9, (u8) *s++);
    }
}

void print_hex(u32 value)
{
    char buffer[11];
    buffer[0] = '0';
    buffer[1] = 'x';
    for (int i = 0; i < 8; i++) {
        buffer[2 + i] = "0123456789abcdef"[(value >> (28 - 4 * i)) & 0xF];
    }
    buffer[10] = 0;
    print(buffer);
}

void print_dec(u32 value)
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

void guest_exit(u8 v)
{
    outb(0xF4, v);
    __asm__ volatile("cli; hlt");
    for (;;) {
    }
}
