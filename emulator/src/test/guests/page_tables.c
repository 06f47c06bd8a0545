/* Paging: identity-maps the first 4 MiB, aliases a page at 0x40000000, checks accessed/dirty bits, takes a #PF for
 * an unmapped page and maps it on demand, remaps with invlpg, and faults on a read-only page once CR0.WP is set. */
#include "guest.h"

#define PRESENT 1u
#define WRITABLE 2u
#define ACCESSED 0x20u
#define DIRTY 0x40u
#define ALIAS 0x40000000u

struct frame {
    u32 edi, esi, ebp, esp, ebx, edx, ecx, eax;
    u32 error, eip, cs, eflags;
};

__asm__(
    "page_fault_entry:\n"
    "  pusha\n"
    "  push %esp\n"
    "  call page_fault\n"
    "  add $4, %esp\n"
    "  popa\n"
    "  add $4, %esp\n"
    "  iret\n");
extern char page_fault_entry[];

static u32 directory[1024] __attribute__((aligned(4096)));
static u32 low_table[1024] __attribute__((aligned(4096)));
static u32 alias_table[1024] __attribute__((aligned(4096)));
static u8 frames[3][4096] __attribute__((aligned(4096)));
static u32 idt[2 * 15];
static volatile u32 faults, last_cr2, last_error;

struct __attribute__((packed)) table_register {
    u16 limit;
    u32 base;
};

static void invlpg(u32 address)
{
    __asm__ volatile("invlpg (%0)" : : "r"(address) : "memory");
}

void page_fault(struct frame *f)
{
    u32 cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
    faults++;
    last_cr2 = cr2;
    last_error = f->error;
    if (f->error & PRESENT) {
        alias_table[(cr2 >> 12) & 0x3FF] |= WRITABLE;
    } else {
        alias_table[(cr2 >> 12) & 0x3FF] = (u32) frames[2] | PRESENT | WRITABLE;
    }
    invlpg(cr2);
}

static void report(const char *label, u32 value)
{
    print(label);
    print(" ");
    print_hex(value);
    print("\n");
}

int guest_main(u32 magic, u32 info)
{
    (void) magic;
    (void) info;
    serial_init();
    idt[2 * 14] = ((u32) page_fault_entry & 0xFFFF) | (0x08 << 16);
    idt[2 * 14 + 1] = ((u32) page_fault_entry & 0xFFFF0000) | 0x8E00;
    struct table_register idtr = {sizeof idt - 1, (u32) idt};
    __asm__ volatile("lidt %0" : : "m"(idtr));

    for (u32 i = 0; i < 1024; i++) {
        low_table[i] = (i << 12) | PRESENT | WRITABLE;
    }
    directory[0] = (u32) low_table | PRESENT | WRITABLE;
    directory[ALIAS >> 22] = (u32) alias_table | PRESENT | WRITABLE;
    alias_table[0] = (u32) frames[0] | PRESENT | WRITABLE;
    __asm__ volatile("mov %0, %%cr3; mov %%cr0, %%eax; or $0x80000000, %%eax; mov %%eax, %%cr0"
                     : : "r"(directory) : "eax", "memory");

    volatile u32 *alias = (volatile u32 *) ALIAS;
    alias[1] = 0xCAFEF00D;
    report("through identity", ((volatile u32 *) frames[0])[1]);
    report("pte flags", alias_table[0] & (ACCESSED | DIRTY | PRESENT | WRITABLE));

    alias_table[0] = (u32) frames[1] | PRESENT | WRITABLE;
    invlpg(ALIAS);
    alias[1] = 0x12345678;
    report("after remap frame 0", ((volatile u32 *) frames[0])[1]);
    report("after remap frame 1", ((volatile u32 *) frames[1])[1]);

    volatile u32 *unmapped = (volatile u32 *) (ALIAS + 0x5000);
    unmapped[3] = 77;
    report("demand faults", faults);
    report("cr2", last_cr2);
    report("error", last_error);
    report("demand page", ((volatile u32 *) frames[2])[3]);

    alias_table[5] &= ~WRITABLE;
    invlpg(ALIAS + 0x5000);
    unmapped[4] = 1;
    report("faults without wp", faults);
    __asm__ volatile("mov %%cr0, %%eax; or $0x10000, %%eax; mov %%eax, %%cr0" : : : "eax");
    unmapped[5] = 2;
    report("faults with wp", faults);
    report("error", last_error);
    report("value", ((volatile u32 *) frames[2])[5]);
    return 0;
}
