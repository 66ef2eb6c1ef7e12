// SHA-512 as FIPS 180-4 specifies it. Its constants are the first 64 bits
// of the fractional parts of the cube roots of the first 80 primes (the
// round constants) and of the square roots of the first 8 (the initial
// hash); they are computed here, exactly, with GMP.
#include "runtime/modules/sha512.hpp"

#include <gmp.h>

#include <vector>

namespace minipy {

namespace {

struct Constants {
    std::uint64_t round[80];
    std::uint64_t initial[8];
};

// floor(root(p) * 2^64) mod 2^64: the fraction's first 64 bits.
std::uint64_t fraction_bits(unsigned long prime, unsigned long degree) {
    mpz_t scaled, root;
    mpz_init_set_ui(scaled, prime);
    mpz_mul_2exp(scaled, scaled, 64 * degree);
    mpz_init(root);
    mpz_root(root, scaled, degree);
    mpz_t low;
    mpz_init(low);
    mpz_fdiv_r_2exp(low, root, 64);
    std::uint64_t bits = 0;
    for (int shift = 0; shift < 64; shift += 32) {
        mpz_t part;
        mpz_init(part);
        mpz_fdiv_q_2exp(part, low, static_cast<mp_bitcnt_t>(shift));
        bits |= static_cast<std::uint64_t>(mpz_get_ui(part) & 0xffffffffu) << shift;
        mpz_clear(part);
    }
    mpz_clears(scaled, root, low, nullptr);
    return bits;
}

const Constants& constants() {
    static const Constants c = [] {
        Constants made{};
        std::vector<unsigned long> primes;
        for (unsigned long n = 2; primes.size() < 80; ++n) {
            bool prime = true;
            for (unsigned long p : primes) {
                if (p * p > n) break;
                if (n % p == 0) prime = false;
            }
            if (prime) primes.push_back(n);
        }
        for (int i = 0; i < 80; ++i) made.round[i] = fraction_bits(primes[static_cast<std::size_t>(i)], 3);
        for (int i = 0; i < 8; ++i) made.initial[i] = fraction_bits(primes[static_cast<std::size_t>(i)], 2);
        return made;
    }();
    return c;
}

std::uint64_t rotr(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void compress(std::uint64_t hash[8], const std::uint8_t* block) {
    const Constants& c = constants();
    std::uint64_t w[80];
    for (int t = 0; t < 16; ++t) {
        std::uint64_t word = 0;
        for (int b = 0; b < 8; ++b) word = (word << 8) | block[t * 8 + b];
        w[t] = word;
    }
    for (int t = 16; t < 80; ++t) {
        const std::uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        const std::uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = s1 + w[t - 7] + s0 + w[t - 16];
    }
    std::uint64_t a = hash[0], b = hash[1], cc = hash[2], d = hash[3];
    std::uint64_t e = hash[4], f = hash[5], g = hash[6], h = hash[7];
    for (int t = 0; t < 80; ++t) {
        const std::uint64_t big_s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
        const std::uint64_t choose = (e & f) ^ (~e & g);
        const std::uint64_t t1 = h + big_s1 + choose + c.round[t] + w[t];
        const std::uint64_t big_s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
        const std::uint64_t majority = (a & b) ^ (a & cc) ^ (b & cc);
        const std::uint64_t t2 = big_s0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = cc;
        cc = b;
        b = a;
        a = t1 + t2;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += cc;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
}

}  // namespace

std::array<std::uint8_t, 64> sha512(std::string_view message) {
    std::uint64_t hash[8];
    for (int i = 0; i < 8; ++i) hash[i] = constants().initial[i];
    // The message, 0x80, zeros, and its length in bits as 128 bits: a
    // whole number of 128-byte blocks.
    std::vector<std::uint8_t> data(message.begin(), message.end());
    const std::uint64_t bits = static_cast<std::uint64_t>(message.size()) * 8;
    data.push_back(0x80);
    while (data.size() % 128 != 112) data.push_back(0);
    for (int i = 0; i < 8; ++i) data.push_back(0);  // the length's upper 64 bits
    for (int i = 7; i >= 0; --i) data.push_back(static_cast<std::uint8_t>(bits >> (i * 8)));
    for (std::size_t at = 0; at < data.size(); at += 128) compress(hash, data.data() + at);
    std::array<std::uint8_t, 64> digest{};
    for (int i = 0; i < 8; ++i)
        for (int b = 0; b < 8; ++b) digest[static_cast<std::size_t>(i * 8 + b)] = static_cast<std::uint8_t>(hash[i] >> ((7 - b) * 8));
    return digest;
}

}  // namespace minipy
