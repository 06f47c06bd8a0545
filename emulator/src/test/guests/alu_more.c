/* More differential vectors: multiply and divide, double shifts, bit tests and scans, BSWAP, CMPXCHG, the BCD
 * adjustments, sign conversions and SETcc. See alu_vectors.c. Lines of one case may come in two parts: "mul 8"
 * is the high half of a 32-bit MUL. */
#include "vectors.h"

#define FLAGS_IN(fin) "push %[fin]; popf; "
#define FLAGS_OUT "; pushf; pop %[f]"

static void multiply(const u32 *values, u32 n, u32 fin)
{
    for (u32 i = 0; i < n; i++)
        for (u32 j = 0; j < n; j++) {
            u32 a = values[i], b = values[j], f, lo, hi;
            u8 b8 = b;
            u16 b16 = b;
            lo = a & 0xFF;
            __asm__ volatile(FLAGS_IN(fin) "mulb %[y]" FLAGS_OUT : "+a"(lo), [f] "=&r"(f) : [y] "q"(b8), [fin] "r"(fin) : "cc");
            report("mul", 1, a & 0xFF, b & 0xFF, fin, lo & 0xFFFF, f);
            lo = a & 0xFF;
            __asm__ volatile(FLAGS_IN(fin) "imulb %[y]" FLAGS_OUT : "+a"(lo), [f] "=&r"(f) : [y] "q"(b8), [fin] "r"(fin) : "cc");
            report("imul", 1, a & 0xFF, b & 0xFF, fin, lo & 0xFFFF, f);
            lo = a & 0xFFFF;
            __asm__ volatile(FLAGS_IN(fin) "mulw %[y]" FLAGS_OUT : "+a"(lo), "=d"(hi), [f] "=&r"(f) : [y] "r"(b16), [fin] "r"(fin) : "cc");
            report("mul", 2, a & 0xFFFF, b & 0xFFFF, fin, (lo & 0xFFFF) | hi << 16, f);
            lo = a & 0xFFFF;
            __asm__ volatile(FLAGS_IN(fin) "imulw %[y]" FLAGS_OUT : "+a"(lo), "=d"(hi), [f] "=&r"(f) : [y] "r"(b16), [fin] "r"(fin) : "cc");
            report("imul", 2, a & 0xFFFF, b & 0xFFFF, fin, (lo & 0xFFFF) | hi << 16, f);
            lo = a;
            __asm__ volatile(FLAGS_IN(fin) "mull %[y]" FLAGS_OUT : "+a"(lo), "=d"(hi), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("mul", 4, a, b, fin, lo, f);
            report("mul", 8, a, b, fin, hi, f);
            lo = a;
            __asm__ volatile(FLAGS_IN(fin) "imull %[y]" FLAGS_OUT : "+a"(lo), "=d"(hi), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("imul", 4, a, b, fin, lo, f);
            report("imul", 8, a, b, fin, hi, f);
            u16 x16 = a;
            __asm__ volatile(FLAGS_IN(fin) "imulw %[y], %[x]" FLAGS_OUT : [x] "+r"(x16), [f] "=&r"(f) : [y] "r"(b16), [fin] "r"(fin) : "cc");
            report("imul", 2, a & 0xFFFF, b & 0xFFFF, fin, x16, f);
            u32 x32 = a;
            __asm__ volatile(FLAGS_IN(fin) "imull %[y], %[x]" FLAGS_OUT : [x] "+r"(x32), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("imul", 4, a, b, fin, x32, f);
            __asm__ volatile(FLAGS_IN(fin) "imull $-3, %[y], %[x]" FLAGS_OUT : [x] "=r"(x32), [f] "=&r"(f) : [y] "r"(a), [fin] "r"(fin) : "cc");
            report("imul", 4, a, 0xFFFFFFFD, fin, x32, f);
            __asm__ volatile(FLAGS_IN(fin) "imull $100000, %[y], %[x]" FLAGS_OUT : [x] "=r"(x32), [f] "=&r"(f) : [y] "r"(a), [fin] "r"(fin) : "cc");
            report("imul", 4, a, 100000, fin, x32, f);
        }
}

static void divide(const u32 *values, u32 n, u32 fin)
{
    for (u32 i = 0; i < n; i++)
        for (u32 j = 0; j < n; j++) {
            u32 a = values[i], b = values[j], f, lo, hi;
            u8 b8 = b;
            u16 b16 = b;
            if (b8 != 0 && ((a >> 8) & 0xFF) < b8) {
                lo = a & 0xFFFF;
                __asm__ volatile(FLAGS_IN(fin) "divb %[y]" FLAGS_OUT : "+a"(lo), [f] "=&r"(f) : [y] "q"(b8), [fin] "r"(fin) : "cc");
                report("div", 1, a & 0xFFFF, b8, fin, lo & 0xFFFF, f);
            }
            int q8 = b8 != 0 ? (short) a / (signed char) b8 : 1000;
            if (q8 >= -128 && q8 <= 127) {
                lo = a & 0xFFFF;
                __asm__ volatile(FLAGS_IN(fin) "idivb %[y]" FLAGS_OUT : "+a"(lo), [f] "=&r"(f) : [y] "q"(b8), [fin] "r"(fin) : "cc");
                report("idiv", 1, a & 0xFFFF, b8, fin, lo & 0xFFFF, f);
            }
            if (b16 != 0 && (a >> 16) < b16) {
                lo = a & 0xFFFF;
                hi = a >> 16;
                __asm__ volatile(FLAGS_IN(fin) "divw %[y]" FLAGS_OUT : "+a"(lo), "+d"(hi), [f] "=&r"(f) : [y] "r"(b16), [fin] "r"(fin) : "cc");
                report("div", 2, a, b16, fin, (lo & 0xFFFF) | hi << 16, f);
            }
            if (b16 != 0 && !((short) a == -32768 && (short) b16 == -1)) {
                lo = a & 0xFFFF;
                hi = (u32) ((int) (short) a >> 16);
                __asm__ volatile(FLAGS_IN(fin) "idivw %[y]" FLAGS_OUT : "+a"(lo), "+d"(hi), [f] "=&r"(f) : [y] "r"(b16), [fin] "r"(fin) : "cc");
                report("idiv", 2, a & 0xFFFF, b16, fin, (lo & 0xFFFF) | hi << 16, f);
            }
            if (b != 0) {
                lo = a;
                hi = (a >> 3) < b ? a >> 3 : 0;
                u32 h = hi;
                __asm__ volatile(FLAGS_IN(fin) "divl %[y]" FLAGS_OUT : "+a"(lo), "+d"(hi), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
                report("div", 4, a, b, fin, lo, f);
                report("div", 8, h, b, fin, hi, f);
            }
            if (b != 0 && !(a == 0x80000000 && b == 0xFFFFFFFF)) {
                lo = a;
                hi = (u32) ((int) a >> 31);
                __asm__ volatile(FLAGS_IN(fin) "idivl %[y]" FLAGS_OUT : "+a"(lo), "+d"(hi), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
                report("idiv", 4, a, b, fin, lo, f);
                report("idiv", 8, a, b, fin, hi, f);
            }
        }
}

static void double_shifts_and_bits(const u32 *values, u32 n, const u32 *counts, u32 nc, u32 fin)
{
    for (u32 i = 0; i < n; i++)
        for (u32 j = 0; j < n; j++) {
            u32 a = values[i], b = values[j], f;
            for (u32 k = 0; k < nc; k++) {
                u32 c = counts[k];
                u32 x32 = a;
                __asm__ volatile(FLAGS_IN(fin) "shldl %%cl, %[y], %[x]" FLAGS_OUT : [x] "+r"(x32), [f] "=&r"(f) : [y] "r"(b), "c"(c), [fin] "r"(fin) : "cc");
                report("shld", 4, a, b ^ c, fin, x32, f);
                x32 = a;
                __asm__ volatile(FLAGS_IN(fin) "shrdl %%cl, %[y], %[x]" FLAGS_OUT : [x] "+r"(x32), [f] "=&r"(f) : [y] "r"(b), "c"(c), [fin] "r"(fin) : "cc");
                report("shrd", 4, a, b ^ c, fin, x32, f);
                if (c <= 16) {
                    u16 x16 = a, y16 = b;
                    __asm__ volatile(FLAGS_IN(fin) "shldw %%cl, %[y], %[x]" FLAGS_OUT : [x] "+r"(x16), [f] "=&r"(f) : [y] "r"(y16), "c"(c), [fin] "r"(fin) : "cc");
                    report("shld", 2, a & 0xFFFF, (b & 0xFFFF) ^ c, fin, x16, f);
                    x16 = a;
                    __asm__ volatile(FLAGS_IN(fin) "shrdw %%cl, %[y], %[x]" FLAGS_OUT : [x] "+r"(x16), [f] "=&r"(f) : [y] "r"(y16), "c"(c), [fin] "r"(fin) : "cc");
                    report("shrd", 2, a & 0xFFFF, (b & 0xFFFF) ^ c, fin, x16, f);
                }
            }
            u32 x = a;
            __asm__ volatile(FLAGS_IN(fin) "btl %[y], %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("bt", 4, a, b, fin, x, f);
            x = a;
            __asm__ volatile(FLAGS_IN(fin) "btsl %[y], %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("bts", 4, a, b, fin, x, f);
            x = a;
            __asm__ volatile(FLAGS_IN(fin) "btrl %[y], %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [y] "r"(b), [fin] "r"(fin) : "cc");
            report("btr", 4, a, b, fin, x, f);
            u16 x16 = a, y16 = b;
            __asm__ volatile(FLAGS_IN(fin) "btcw %[y], %[x]" FLAGS_OUT : [x] "+r"(x16), [f] "=&r"(f) : [y] "r"(y16), [fin] "r"(fin) : "cc");
            report("btc", 2, a & 0xFFFF, b & 0xFFFF, fin, x16, f);
            u32 eax = a, dest = b;
            __asm__ volatile(FLAGS_IN(fin) "cmpxchgl %[s], %[d]" FLAGS_OUT : "+a"(eax), [d] "+r"(dest), [f] "=&r"(f) : [s] "r"(0x11223344), [fin] "r"(fin) : "cc");
            report("cmpxchg", 4, a, b, fin, dest, f);
            report("cmpxchg", 8, a, b, fin, eax, f);
            u32 ax8 = a;
            u8 d8 = b;
            __asm__ volatile(FLAGS_IN(fin) "cmpxchgb %[s], %[d]" FLAGS_OUT : "+a"(ax8), [d] "+q"(d8), [f] "=&r"(f) : [s] "q"((u8) 0x5A), [fin] "r"(fin) : "cc");
            report("cmpxchg", 1, a & 0xFF, b & 0xFF, fin, (ax8 & 0xFF) | d8 << 8, f);
        }
}

static void single(const u32 *values, u32 n, u32 fin)
{
    for (u32 i = 0; i < n; i++) {
        u32 a = values[i], f;
        u32 x = 0x5A5A5A5A;
        __asm__ volatile(FLAGS_IN(fin) "bsfl %[y], %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [y] "r"(a), [fin] "r"(fin) : "cc");
        report("bsf", 4, a, 0, fin, x, f);
        x = 0x5A5A5A5A;
        __asm__ volatile(FLAGS_IN(fin) "bsrl %[y], %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [y] "r"(a), [fin] "r"(fin) : "cc");
        report("bsr", 4, a, 0, fin, x, f);
        u16 x16 = 0x5A5A, y16 = a;
        __asm__ volatile(FLAGS_IN(fin) "bsrw %[y], %[x]" FLAGS_OUT : [x] "+r"(x16), [f] "=&r"(f) : [y] "r"(y16), [fin] "r"(fin) : "cc");
        report("bsr", 2, a & 0xFFFF, 0, fin, x16, f);
        x = a;
        __asm__ volatile(FLAGS_IN(fin) "bswap %[x]" FLAGS_OUT : [x] "+r"(x), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
        report("bswap", 4, a, 0, fin, x, f);
        for (u32 j = 0; j < n; j++) {
            u32 ax = (a & 0xFF) | (values[j] & 0xFF) << 8;
            u32 r = ax;
            __asm__ volatile(FLAGS_IN(fin) "daa" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("daa", 2, ax, 0, fin, r & 0xFFFF, f);
            r = ax;
            __asm__ volatile(FLAGS_IN(fin) "das" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("das", 2, ax, 0, fin, r & 0xFFFF, f);
            r = ax;
            __asm__ volatile(FLAGS_IN(fin) "aaa" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("aaa", 2, ax, 0, fin, r & 0xFFFF, f);
            r = ax;
            __asm__ volatile(FLAGS_IN(fin) "aas" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("aas", 2, ax, 0, fin, r & 0xFFFF, f);
            r = ax;
            __asm__ volatile(FLAGS_IN(fin) "aam" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("aam", 2, ax, 0, fin, r & 0xFFFF, f);
            r = ax;
            __asm__ volatile(FLAGS_IN(fin) ".byte 0xd5, 0x07" FLAGS_OUT : "+a"(r), [f] "=&r"(f) : [fin] "r"(fin) : "cc");
            report("aad", 2, ax, 7, fin, r & 0xFFFF, f);
        }
        u32 r = a, d = 0;
        __asm__ volatile("cbw; cwde" : "+a"(r));
        report("cwde", 4, a, 0, 0, r, 0);
        r = a;
        __asm__ volatile("cltd" : "+a"(r), "=d"(d));
        report("cdq", 4, a, 0, 0, d, 0);
        r = a;
        d = 0x77777777;
        __asm__ volatile("cwtd" : "+a"(r), "+d"(d));
        report("cwd", 2, a, 0, 0, d, 0);
        __asm__ volatile("movsbl %b1, %0" : "=r"(r) : "q"(a));
        report("movsx", 1, a, 0, 0, r, 0);
        __asm__ volatile("movzwl %w1, %0" : "=r"(r) : "r"(a));
        report("movzx", 2, a, 0, 0, r, 0);
    }
}

#define SETCC(cc)                                                                                                  \
    __asm__ volatile("push %[fin]; popf; set" #cc " %[x]" : [x] "=q"(x) : [fin] "r"(fin) : "cc");                  \
    report("set" #cc, 1, 0, 0, fin, x, 0);

static void conditions(void)
{
    static const u32 bits[] = {0x001, 0x004, 0x010, 0x040, 0x080, 0x800};
    for (u32 m = 0; m < 64; m++) {
        u32 fin = 0x002;
        for (u32 b = 0; b < 6; b++) {
            if (m & (1u << b)) {
                fin |= bits[b];
            }
        }
        u8 x;
        SETCC(o) SETCC(no) SETCC(b) SETCC(ae) SETCC(e) SETCC(ne) SETCC(be) SETCC(a)
        SETCC(s) SETCC(ns) SETCC(p) SETCC(np) SETCC(l) SETCC(ge) SETCC(le) SETCC(g)
    }
}

/* Jcc/SETcc read conditions straight after the flag-writing instruction (where the emulator may answer from the
 * operands instead of computed flags): all 16 conditions after CMP, SUB, SBB, ADD, TEST, INC and DEC. */
#define SETCC_ALL                                                                                                  \
    "seto 0(%[m]); setno 1(%[m]); setb 2(%[m]); setae 3(%[m]); sete 4(%[m]); setne 5(%[m]); setbe 6(%[m]); "        \
    "seta 7(%[m]); sets 8(%[m]); setns 9(%[m]); setp 10(%[m]); setnp 11(%[m]); setl 12(%[m]); setge 13(%[m]); "    \
    "setle 14(%[m]); setg 15(%[m])"

static u32 mask_of(const u8 *m)
{
    u32 mask = 0;
    for (int i = 0; i < 16; i++) {
        mask |= (u32) m[i] << i;
    }
    return mask;
}

static void conditions_after(const u32 *values, u32 n)
{
    u8 m[16];
    for (u32 i = 0; i < n; i++)
        for (u32 j = 0; j < n; j++) {
            u32 a = values[i], b = values[j], x;
            u8 a8 = a, b8 = b;
            u16 a16 = a, b16 = b;
            __asm__ volatile("cmpb %[y], %[x]; " SETCC_ALL : : [x] "q"(a8), [y] "q"(b8), [m] "r"(m) : "cc", "memory");
            report("cmpcc", 1, a & 0xFF, b & 0xFF, 0, mask_of(m), 0);
            __asm__ volatile("cmpw %[y], %[x]; " SETCC_ALL : : [x] "r"(a16), [y] "r"(b16), [m] "r"(m) : "cc", "memory");
            report("cmpcc", 2, a & 0xFFFF, b & 0xFFFF, 0, mask_of(m), 0);
            __asm__ volatile("cmpl %[y], %[x]; " SETCC_ALL : : [x] "r"(a), [y] "r"(b), [m] "r"(m) : "cc", "memory");
            report("cmpcc", 4, a, b, 0, mask_of(m), 0);
            x = a;
            __asm__ volatile("subl %[y], %[x]; " SETCC_ALL : [x] "+r"(x) : [y] "r"(b), [m] "r"(m) : "cc", "memory");
            report("subcc", 4, a, b, 0, mask_of(m), 0);
            x = a;
            __asm__ volatile("stc; sbbl %[y], %[x]; " SETCC_ALL : [x] "+r"(x) : [y] "r"(b), [m] "r"(m) : "cc", "memory");
            report("sbbcc", 4, a, b, 0, mask_of(m), 0);
            x = a;
            __asm__ volatile("addl %[y], %[x]; " SETCC_ALL : [x] "+r"(x) : [y] "r"(b), [m] "r"(m) : "cc", "memory");
            report("addcc", 4, a, b, 0, mask_of(m), 0);
            __asm__ volatile("testl %[y], %[x]; " SETCC_ALL : : [x] "r"(a), [y] "r"(b), [m] "r"(m) : "cc", "memory");
            report("testcc", 4, a, b, 0, mask_of(m), 0);
        }
    for (u32 i = 0; i < n; i++) {
        u32 a = values[i], x = a;
        __asm__ volatile("stc; incl %[x]; " SETCC_ALL : [x] "+r"(x) : [m] "r"(m) : "cc", "memory");
        report("inccc", 4, a, 0, 0, mask_of(m), 0);
        x = a;
        __asm__ volatile("clc; decw %w[x]; " SETCC_ALL : [x] "+r"(x) : [m] "r"(m) : "cc", "memory");
        report("deccc", 2, a, 0, 0, mask_of(m), 0);
    }
}

void run_more_vectors(const u32 *values, u32 value_count, const u32 *counts, u32 count_count, const u32 *flag_inputs,
                      u32 flag_count)
{
    for (u32 k = 0; k < flag_count; k++) {
        multiply(values, value_count, flag_inputs[k]);
        divide(values, value_count, flag_inputs[k]);
        double_shifts_and_bits(values, value_count, counts, count_count, flag_inputs[k]);
        single(values, value_count, flag_inputs[k]);
    }
    conditions();
    conditions_after(values, value_count);
}
