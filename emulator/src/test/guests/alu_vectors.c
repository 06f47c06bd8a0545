/* ALU test vectors run on the real CPU and in the emulator: the same instruction, inputs and incoming flags, then
 * one line per case: "mnemonic size a b flags_in -> result flags_out". Built twice: bare-metal (output on port
 * 0xE9) and, with -DHOSTED, as a 32-bit Linux program (output on stdout). The test masks the flags the opcode
 * table calls undefined and compares the lines. */
#include "vectors.h"

static const u32 values[] = {0, 1, 2, 0x0F, 0x10, 0x7F, 0x80, 0x99, 0xFF, 0x7FFF, 0x8000, 0xFFFF,
                             0x12345678, 0x7FFFFFFF, 0x80000000, 0xDEADBEEF, 0xFFFFFFFF};
static const u32 counts[] = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33};
static const u32 flag_inputs[] = {0x002, 0x8D7};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* dst op= src, for 8, 16 and 32 bits; "q" keeps byte operands in al/bl/cl/dl. Both operands are in/out: XADD
 * writes its source too. */
#define BINARY(name, insn)                                                                                         \
    static void name##_all(void)                                                                                   \
    {                                                                                                              \
        for (u32 i = 0; i < COUNT(values); i++)                                                                    \
            for (u32 j = 0; j < COUNT(values); j++)                                                                \
                for (u32 k = 0; k < COUNT(flag_inputs); k++) {                                                     \
                    u32 a = values[i], b = values[j], fin = flag_inputs[k], f;                                     \
                    u8 x8 = a, y8 = b;                                                                             \
                    __asm__ volatile("push %[fin]; popf; " insn "b %[y], %[x]; pushf; pop %[f]"                    \
                                     : [x] "+q"(x8), [y] "+q"(y8), [f] "=&r"(f) : [fin] "r"(fin) : "cc");              \
                    report(#name, 1, a & 0xFF, b & 0xFF, fin, x8, f);                                              \
                    u16 x16 = a, y16 = b;                                                                          \
                    __asm__ volatile("push %[fin]; popf; " insn "w %[y], %[x]; pushf; pop %[f]"                    \
                                     : [x] "+r"(x16), [y] "+r"(y16), [f] "=&r"(f) : [fin] "r"(fin) : "cc");         \
                    report(#name, 2, a & 0xFFFF, b & 0xFFFF, fin, x16, f);                                         \
                    u32 x32 = a, y32 = b;                                                                          \
                    __asm__ volatile("push %[fin]; popf; " insn "l %[y], %[x]; pushf; pop %[f]"                    \
                                     : [x] "+r"(x32), [y] "+r"(y32), [f] "=&r"(f) : [fin] "r"(fin) : "cc");         \
                    report(#name, 4, a, b, fin, x32, f);                                                           \
                }                                                                                                  \
    }

/* op dst, for 8, 16 and 32 bits. */
#define UNARY(name, insn)                                                                                          \
    static void name##_all(void)                                                                                   \
    {                                                                                                              \
        for (u32 i = 0; i < COUNT(values); i++)                                                                    \
            for (u32 k = 0; k < COUNT(flag_inputs); k++) {                                                         \
                u32 a = values[i], fin = flag_inputs[k], f;                                                        \
                u8 x8 = a;                                                                                         \
                __asm__ volatile("push %[fin]; popf; " insn "b %[x]; pushf; pop %[f]"                              \
                                 : [x] "+q"(x8), [f] "=&r"(f) : [fin] "r"(fin) : "cc");                            \
                report(#name, 1, a & 0xFF, 0, fin, x8, f);                                                         \
                u16 x16 = a;                                                                                       \
                __asm__ volatile("push %[fin]; popf; " insn "w %[x]; pushf; pop %[f]"                              \
                                 : [x] "+r"(x16), [f] "=&r"(f) : [fin] "r"(fin) : "cc");                           \
                report(#name, 2, a & 0xFFFF, 0, fin, x16, f);                                                      \
                u32 x32 = a;                                                                                       \
                __asm__ volatile("push %[fin]; popf; " insn "l %[x]; pushf; pop %[f]"                              \
                                 : [x] "+r"(x32), [f] "=&r"(f) : [fin] "r"(fin) : "cc");                           \
                report(#name, 4, a, 0, fin, x32, f);                                                               \
            }                                                                                                      \
    }

/* op %cl, dst, for 8, 16 and 32 bits. */
#define SHIFT(name, insn)                                                                                          \
    static void name##_all(void)                                                                                   \
    {                                                                                                              \
        for (u32 i = 0; i < COUNT(values); i++)                                                                    \
            for (u32 j = 0; j < COUNT(counts); j++)                                                                \
                for (u32 k = 0; k < COUNT(flag_inputs); k++) {                                                     \
                    u32 a = values[i], n = counts[j], fin = flag_inputs[k], f;                                     \
                    u8 x8 = a;                                                                                     \
                    __asm__ volatile("push %[fin]; popf; " insn "b %%cl, %[x]; pushf; pop %[f]"                    \
                                     : [x] "+q"(x8), [f] "=&r"(f) : "c"(n), [fin] "r"(fin) : "cc");                \
                    report(#name, 1, a & 0xFF, n, fin, x8, f);                                                     \
                    u16 x16 = a;                                                                                   \
                    __asm__ volatile("push %[fin]; popf; " insn "w %%cl, %[x]; pushf; pop %[f]"                    \
                                     : [x] "+r"(x16), [f] "=&r"(f) : "c"(n), [fin] "r"(fin) : "cc");               \
                    report(#name, 2, a & 0xFFFF, n, fin, x16, f);                                                  \
                    u32 x32 = a;                                                                                   \
                    __asm__ volatile("push %[fin]; popf; " insn "l %%cl, %[x]; pushf; pop %[f]"                    \
                                     : [x] "+r"(x32), [f] "=&r"(f) : "c"(n), [fin] "r"(fin) : "cc");               \
                    report(#name, 4, a, n, fin, x32, f);                                                           \
                }                                                                                                  \
    }

BINARY(add, "add")
BINARY(adc, "adc")
BINARY(sub, "sub")
BINARY(sbb, "sbb")
BINARY(and, "and")
BINARY(or, "or")
BINARY(xor, "xor")
BINARY(cmp, "cmp")
BINARY(test, "test")
BINARY(xadd, "xadd")
UNARY(inc, "inc")
UNARY(dec, "dec")
UNARY(neg, "neg")
UNARY(not, "not")
SHIFT(shl, "shl")
SHIFT(shr, "shr")
SHIFT(sar, "sar")
SHIFT(rol, "rol")
SHIFT(ror, "ror")
SHIFT(rcl, "rcl")
SHIFT(rcr, "rcr")

void run_more_vectors(const u32 *values, u32 value_count, const u32 *counts, u32 count_count, const u32 *flag_inputs,
                      u32 flag_count);

static void run_vectors(void)
{
    add_all();
    adc_all();
    sub_all();
    sbb_all();
    and_all();
    or_all();
    xor_all();
    cmp_all();
    test_all();
    xadd_all();
    inc_all();
    dec_all();
    neg_all();
    not_all();
    shl_all();
    shr_all();
    sar_all();
    rol_all();
    ror_all();
    rcl_all();
    rcr_all();
    run_more_vectors(values, COUNT(values), counts, COUNT(counts), flag_inputs, COUNT(flag_inputs));
}

#ifdef HOSTED
int main(void)
{
    run_vectors();
    return 0;
}
#else
int guest_main(u32 magic, u32 info)
{
    (void) magic;
    (void) info;
    run_vectors();
    return 0;
}
#endif
