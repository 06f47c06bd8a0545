/* A CPU-bound workload in the shape of the peer-emulator benchmark (a sieve of Eratosthenes over 1 MiB and a
 * table-driven CRC-32 of the sieve), plus string instructions, a jump table, recursion and 64-bit arithmetic.
 * It prints checksums; the test runs it on the host CPU and in the emulator and compares the text. The iteration
 * count comes from argv[1] (hosted) or the Multiboot command line "iters=N" (bare metal). */
#include "vectors.h"

#define SIEVE_SIZE (1 << 20)

static u8 sieve[SIEVE_SIZE];
static u32 crc_table[256];
static u8 copy[4096];

static void crc_init(void)
{
    for (u32 n = 0; n < 256; n++) {
        u32 c = n;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[n] = c;
    }
}

static u32 crc32(const u8 *data, u32 length)
{
    u32 c = 0xFFFFFFFFu;
    for (u32 i = 0; i < length; i++) {
        c = crc_table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

static u32 run_sieve(void)
{
    u32 primes = 0;
    for (u32 i = 0; i < SIEVE_SIZE; i++) {
        sieve[i] = 1;
    }
    sieve[0] = sieve[1] = 0;
    for (u32 i = 2; i * i < SIEVE_SIZE; i++) {
        if (sieve[i]) {
            for (u32 j = i * i; j < SIEVE_SIZE; j += i) {
                sieve[j] = 0;
            }
        }
    }
    for (u32 i = 0; i < SIEVE_SIZE; i++) {
        primes += sieve[i];
    }
    return primes;
}

/* rep movsb / rep stosl / repe cmpsb / repne scasb, the way hand-written kernels use them. */
static u32 string_ops(u32 seed)
{
    u32 fill = seed * 0x01010101u;
    u32 count = sizeof copy / 4;
    void *destination = copy;
    __asm__ volatile("cld; rep stosl" : "+D"(destination), "+c"(count) : "a"(fill) : "memory");
    const void *source = sieve + (seed & 0xFFF);
    destination = copy + 16;
    count = 1000;
    __asm__ volatile("rep movsb" : "+S"(source), "+D"(destination), "+c"(count) : : "memory");
    const void *left = copy + 16;
    const void *right = sieve + (seed & 0xFFF);
    count = 1000;
    u8 equal;
    __asm__ volatile("repe cmpsb; sete %0" : "=q"(equal), "+S"(left), "+D"(right), "+c"(count) : : "memory", "cc");
    const void *scan = copy;
    u32 remaining = sizeof copy;
    __asm__ volatile("repne scasb" : "+D"(scan), "+c"(remaining) : "a"(0) : "memory", "cc");
    return crc32(copy, sizeof copy) ^ equal ^ (remaining << 8);
}

/* A dense switch compiles to a jump table: indirect jumps through memory. */
static u32 dispatch(u32 op, u32 x)
{
    switch (op & 7) {
    case 0: return x + 17;
    case 1: return x ^ 0x5555;
    case 2: return x * 3;
    case 3: return x >> 3;
    case 4: return x - 99;
    case 5: return (x << 7) | (x >> 25);
    case 6: return ~x;
    default: return x + op;
    }
}

static u32 fibonacci(u32 n)
{
    return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
}

/* 64-bit multiply, add and shift (no 64-bit division: bare metal has no libgcc). */
static u32 mix64(u32 seed)
{
    unsigned long long h = 0x9E3779B97F4A7C15ull ^ seed;
    for (int i = 0; i < 1000; i++) {
        h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull + (unsigned long long) i;
        h ^= (long long) h >> 17;
    }
    return (u32) h ^ (u32) (h >> 32);
}

static void line(const char *label, u32 value)
{
    out(label);
    out(" ");
    out_hex(value);
    out("\n");
}

static void workload(u32 iterations)
{
    crc_init();
    u32 total = 0;
    for (u32 n = 0; n < iterations; n++) {
        u32 primes = run_sieve();
        u32 crc = crc32(sieve, SIEVE_SIZE);
        total += primes ^ crc;
        line("primes", primes);
        line("crc", crc);
    }
    u32 x = 1;
    for (u32 op = 0; op < 100000; op++) {
        x = dispatch(op * 2654435761u >> 13, x);
    }
    line("dispatch", x);
    line("strings", string_ops(total));
    line("fibonacci", fibonacci(24));
    line("mix64", mix64(total));
    line("total", total);
}

static u32 parse(const char *s)
{
    u32 value = 0;
    while (*s >= '0' && *s <= '9') {
        value = value * 10 + (u32) (*s++ - '0');
    }
    return value;
}

#ifdef HOSTED
int main(int argc, char **argv)
{
    workload(argc > 1 ? parse(argv[1]) : 1);
    return 0;
}
#else
struct info {
    u32 flags, mem_lower, mem_upper, boot_device, cmdline;
};

int guest_main(u32 magic, const struct info *info)
{
    (void) magic;
    u32 iterations = 1;
    for (const char *s = (const char *) info->cmdline; *s; s++) {
        if (s[0] == 'i' && s[1] == 't' && s[2] == 'e' && s[3] == 'r' && s[4] == 's' && s[5] == '=') {
            iterations = parse(s + 6);
        }
    }
    workload(iterations);
    return 0;
}
#endif
