/* serial.h: a polled driver for the COM1 16550 UART. */
#ifndef STRATA_SERIAL_H
#define STRATA_SERIAL_H

void serial_init(void);
void serial_putc(char c);

#endif
