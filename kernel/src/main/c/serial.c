/*
 * serial.c: COM1 as a 16550 UART at 115200 baud, 8 data bits, no parity, one stop bit, written by polling.
 * No interrupts: the kernel has no IDT yet, and polling keeps the output ordered with port 0xE9.
 */
#include <stdint.h>
#include "param.h"
#include "serial.h"
#include "x86.h"

/* Register offsets from COM1_PORT. With LCR_DLAB set, offsets 0 and 1 are the baud divisor instead. */
#define UART_DATA       0   /* transmit holding register (write), receive buffer (read) */
#define UART_IER        1   /* interrupt enable */
#define UART_DIVISOR_LO 0   /* divisor latch, low byte (DLAB=1) */
#define UART_DIVISOR_HI 1   /* divisor latch, high byte (DLAB=1) */
#define UART_FCR        2   /* FIFO control */
#define UART_LCR        3   /* line control */
#define UART_MCR        4   /* modem control */
#define UART_LSR        5   /* line status */

#define LCR_8N1         0x03    /* 8 data bits, no parity, 1 stop bit */
#define LCR_DLAB        0x80    /* divisor latch access */
#define FCR_ENABLE      0xC7    /* enable FIFOs, clear both, interrupt threshold 14 bytes */
#define MCR_DTR_RTS     0x03    /* data terminal ready, request to send */
#define LSR_THR_EMPTY   0x20    /* the transmitter can take another byte */

/*
 * How many times to poll LSR before writing anyway. Linux's early console bounds its wait the same way, so a
 * missing or stuck UART slows the console down instead of hanging the kernel.
 */
#define TRANSMIT_POLL_LIMIT 100000

void serial_init(void)
{
	outb(COM1_PORT + UART_IER, 0);
	outb(COM1_PORT + UART_LCR, LCR_DLAB);
	outb(COM1_PORT + UART_DIVISOR_LO, COM1_DIVISOR & 0xFF);
	outb(COM1_PORT + UART_DIVISOR_HI, COM1_DIVISOR >> 8);
	outb(COM1_PORT + UART_LCR, LCR_8N1);
	outb(COM1_PORT + UART_FCR, FCR_ENABLE);
	outb(COM1_PORT + UART_MCR, MCR_DTR_RTS);
}

void serial_putc(char c)
{
	for (int i = 0; i < TRANSMIT_POLL_LIMIT; i++)
		if (inb(COM1_PORT + UART_LSR) & LSR_THR_EMPTY)
			break;
	outb(COM1_PORT + UART_DATA, (uint8_t)c);
}
