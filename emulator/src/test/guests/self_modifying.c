/* Self-modifying code: the decode cache must notice writes to code it has decoded. Patches a function's immediate
 * and calls it again, and patches the very next instruction in the same page before executing it. */
#include "guest.h"

/* mov $imm32, %eax; ret — in .data, so the guest can write it. */
static u8 code[16] __attribute__((aligned(16))) = {0xB8, 1, 0, 0, 0, 0xC3};

static u32 call_code(void)
{
    return ((u32(*)(void)) code)();
}

int guest_main(u32 magic, u32 info)
{
    (void) magic;
    (void) info;
    serial_init();
    u32 sum = 0;
    for (u32 i = 1; i <= 100; i++) {
        code[1] = (u8) i;
        sum += call_code();
    }
    print("patched calls sum ");
    print_dec(sum);
    print("\n");

    u32 value;
    __asm__ volatile("movb $0x42, 1f+1\n"
                     "1: mov $0x00, %%al\n"
                     "movzbl %%al, %0"
                     : "=r"(value) : : "eax", "memory");
    print("next instruction patched to ");
    print_hex(value);
    print("\n");
    return 0;
}
