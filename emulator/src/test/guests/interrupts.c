/* Loads its own GDT (far jump to reload CS) and an IDT, then raises int3, int 0x30 (a trap gate), #DE, #UD and
 * #GP(0x40); each handler reports vector, error code and IF, and faults resume after the 2-byte faulting
 * instruction. */
#include "guest.h"

struct frame {
    u32 edi, esi, ebp, esp, ebx, edx, ecx, eax;
    u32 vector, error, eip, cs, eflags;
};

__asm__(
    ".macro stub n, has_error\n"
    "isr_\\n:\n"
    ".if \\has_error == 0\n"
    "  push $0\n"
    ".endif\n"
    "  push $\\n\n"
    "  jmp isr_common\n"
    ".endm\n"
    "stub 0, 0\n"
    "stub 3, 0\n"
    "stub 6, 0\n"
    "stub 13, 1\n"
    "stub 48, 0\n"
    "isr_common:\n"
    "  pusha\n"
    "  push %esp\n"
    "  call isr_dispatch\n"
    "  add $4, %esp\n"
    "  popa\n"
    "  add $8, %esp\n"
    "  iret\n");

extern char isr_0[], isr_3[], isr_6[], isr_13[], isr_48[];

static u32 gdt[6] = {0, 0, 0x0000FFFF, 0x00CF9A00, 0x0000FFFF, 0x00CF9200};
static u32 idt[2 * 49];

struct __attribute__((packed)) table_register {
    u16 limit;
    u32 base;
};

static void set_gate(int vector, void *handler, u8 type)
{
    u32 offset = (u32) handler;
    idt[2 * vector] = (offset & 0xFFFF) | (0x08 << 16);
    idt[2 * vector + 1] = (offset & 0xFFFF0000) | (u32) (0x80 | type) << 8;
}

void isr_dispatch(struct frame *f)
{
    print("vector ");
    print_dec(f->vector);
    print(" error ");
    print_hex(f->error);
    u32 eflags;
    __asm__ volatile("pushf; pop %0" : "=r"(eflags));
    print(" if ");
    print_dec((eflags >> 9) & 1);
    print("\n");
    if (f->vector == 0 || f->vector == 6 || f->vector == 13) {
        f->eip += 2;
    }
}

int guest_main(u32 magic, u32 info)
{
    (void) magic;
    (void) info;
    serial_init();

    struct table_register gdtr = {sizeof gdt - 1, (u32) gdt};
    __asm__ volatile("lgdt %0\n"
                     "ljmp $0x08, $1f\n"
                     "1: mov $0x10, %%ax\n"
                     "mov %%ax, %%ds\n mov %%ax, %%es\n mov %%ax, %%ss\n mov %%ax, %%fs\n mov %%ax, %%gs"
                     : : "m"(gdtr) : "eax", "memory");
    struct table_register check;
    __asm__ volatile("sgdt %0" : "=m"(check));
    print("gdt limit ");
    print_hex(check.limit);
    print(check.base == (u32) gdt ? " base ok\n" : " base wrong\n");

    set_gate(0, isr_0, 0xE);
    set_gate(3, isr_3, 0xE);
    set_gate(6, isr_6, 0xE);
    set_gate(13, isr_13, 0xE);
    set_gate(48, isr_48, 0xF);
    struct table_register idtr = {sizeof idt - 1, (u32) idt};
    __asm__ volatile("lidt %0" : : "m"(idtr));

    __asm__ volatile("int3");
    __asm__ volatile("sti; int $0x30; cli");
    __asm__ volatile("xor %%ecx, %%ecx; divl %%ecx" : : "a"(1), "d"(0) : "ecx");
    __asm__ volatile("ud2");
    __asm__ volatile("mov $0x40, %%ax; mov %%ax, %%ds" : : : "eax");
    print("back in guest_main\n");
    return 7;
}
