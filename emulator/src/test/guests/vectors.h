/* Output for the differential test programs, which build both bare-metal (port 0xE9) and hosted (stdout). */
#ifndef VECTORS_H
#define VECTORS_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;

void out(const char *s);
void out_hex(u32 value);
void out_dec(u32 value);
void report(const char *name, int size, u32 a, u32 b, u32 fin, u32 r, u32 f);

#endif
