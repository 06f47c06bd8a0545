/* Reports the Multiboot entry state and information structure, so the test can check them field by field. */
#include "guest.h"

extern char kernel_end[];

struct info {
    u32 flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
    u32 syms[4];
    u32 mmap_length, mmap_addr, drives_length, drives_addr, config_table, boot_loader_name;
};
struct module {
    u32 start, end, string, reserved;
};

static void line(const char *label, u32 value)
{
    print(label);
    print(" ");
    print_hex(value);
    print("\n");
}

int guest_main(u32 magic, u32 address)
{
    const struct info *info = (const struct info *) address;
    u32 cr0, eflags;
    u16 cs, ds, es, ss;

    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    __asm__ volatile("pushf; pop %0" : "=r"(eflags));
    __asm__ volatile("mov %%cs, %0; mov %%ds, %1; mov %%es, %2; mov %%ss, %3" : "=r"(cs), "=r"(ds), "=r"(es), "=r"(ss));
    serial_init();
    line("magic", magic);
    line("info", address);
    line("cr0.pe", cr0 & 1);
    line("cr0.pg", cr0 >> 31);
    line("eflags.if", (eflags >> 9) & 1);
    line("cs", cs);
    line("ds", ds);
    line("es", es);
    line("ss", ss);
    line("flags", info->flags);
    print("mem_lower ");
    print_dec(info->mem_lower);
    print("\nmem_upper ");
    print_dec(info->mem_upper);
    print("\ncmdline '");
    print((const char *) info->cmdline);
    print("'\nmods ");
    print_dec(info->mods_count);
    print("\n");
    u32 previous_end = (u32) kernel_end;
    for (u32 i = 0; i < info->mods_count; i++) {
        const struct module *m = (const struct module *) info->mods_addr + i;
        print("module ");
        print_dec(i);
        print(" '");
        print((const char *) m->string);
        print("' ");
        print_dec(m->end - m->start);
        print(" bytes, page aligned ");
        print((m->start & 0xFFF) == 0 ? "yes" : "no");
        print(", after the previous image ");
        print(m->start >= previous_end ? "yes" : "no");
        print(", data '");
        for (u32 a = m->start; a < m->end; a++) {
            char c[2] = {*(const char *) a, 0};
            print(c);
        }
        print("'\n");
        previous_end = m->end;
    }
    print("mmap_length ");
    print_dec(info->mmap_length);
    print("\n");
    for (u32 a = info->mmap_addr; a < info->mmap_addr + info->mmap_length;) {
        const u32 *entry = (const u32 *) a;
        print("mmap ");
        print_hex(entry[1]);
        print(" ");
        print_hex(entry[3]);
        print(" type ");
        print_dec(entry[5]);
        print("\n");
        a += entry[0] + 4;
    }
    print("loader '");
    print((const char *) info->boot_loader_name);
    print("'\n");
    return 0;
}
