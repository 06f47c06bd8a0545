/* The benchmark object. It is compiled alone, with exactly the flags of the reference workload
 * (-m32 -march=i386 -O2 -ffreestanding -fno-tree-vectorize -fno-tree-loop-distribute-patterns, see the Makefile), so
 * the instruction stream matches the one every peer emulator was timed on: plain byte loops, no memset, no SIMD. */
#include "sieve_crc.h"

#define SIEVE_SIZE (1u << 20)

static u8 sieve[SIEVE_SIZE];
static u32 crc_table[256];

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

/* noinline keeps each pass a real call the compiler cannot merge across iterations. */
static __attribute__((noinline)) u32 crc32(const u8 *data, u32 length)
{
    u32 c = 0xFFFFFFFFu;
    for (u32 i = 0; i < length; i++) {
        c = crc_table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

static __attribute__((noinline)) u32 run_sieve(void)
{
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
    u32 primes = 0;
    for (u32 i = 0; i < SIEVE_SIZE; i++) {
        primes += sieve[i];
    }
    return primes;
}

struct sieve_crc_result sieve_crc_run(u32 iterations)
{
    struct sieve_crc_result result = {0, 0};
    crc_init();
    for (u32 n = 0; n < iterations; n++) {
        result.primes = run_sieve();
        result.crc = crc32(sieve, SIEVE_SIZE);
    }
    return result;
}
