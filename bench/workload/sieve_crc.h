/* The reference workload of /work/shared/peer-emulators.md: a sieve of Eratosthenes over a 1 MiB byte array plus a
 * table-driven CRC-32 of that array, repeated. This header is all the kernel around it sees. */
#ifndef SIEVE_CRC_H
#define SIEVE_CRC_H

typedef unsigned char u8;
typedef unsigned int u32;

/* The outcome of one run: the last pass's prime count and CRC (every pass computes the same two). */
struct sieve_crc_result {
    u32 primes;     /* primes below 2^20: 82025 */
    u32 crc;        /* CRC-32 (IEEE, reflected) of the 1 MiB sieve array after the last pass */
};

/* Runs `iterations` passes of sieve + CRC-32 (the CRC table is built once, before the first). */
struct sieve_crc_result sieve_crc_run(u32 iterations);

#endif
