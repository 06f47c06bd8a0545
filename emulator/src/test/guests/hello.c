/* COM1 and 0xE9 output and the exit device: prints a line on both, one on 0xE9 only, exits with 42. */
#include "guest.h"

int guest_main(u32 magic, u32 info)
{
    (void) magic;
    (void) info;
    serial_init();
    print("hello from the guest\n");
    debug_print("only on 0xe9\n");
    return 42;
}
