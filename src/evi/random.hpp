#pragma once
// Private: the pseudo-random numbers of the Evi generator and bootstrap. Fully specified here so that a
// seed gives the same numbers on every platform and compiler (std::*_distribution is not portable).
//   - seeding: splitmix64 (Steele, Lea, Flood 2014) expands the 64-bit seed into the 256-bit state;
//   - generator: xoshiro256** 1.0 (Blackman, Vigna 2018);
//   - below(n): an unbiased integer in [0, n) by Lemire's multiply-shift with rejection;
//   - unit(): a double in [0, 1) from the top 53 bits.
#include <cstdint>

namespace cmkit::detail {

__extension__ typedef unsigned __int128 uint128;  // GCC/Clang; __extension__ keeps -Wpedantic quiet

inline std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (auto& w : s_) w = splitmix64(x);
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    /// Uniform integer in [0, n), n > 0.
    std::uint64_t below(std::uint64_t n) {
        uint128 m = static_cast<uint128>(next()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<uint128>(next()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }
    /// Uniform double in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// True with probability percent / 100.
    bool chance(std::int64_t percent) { return static_cast<std::int64_t>(below(100)) < percent; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

/// A seed for a sub-stream (e.g. one bootstrap table) derived from the run's seed and a label, so that
/// adding a table does not shift the numbers of another. FNV-1a of the label mixed with splitmix64.
inline std::uint64_t derive_seed(std::uint64_t seed, const char* label) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char* p = label; *p; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 0x100000001b3ULL;
    std::uint64_t x = seed ^ h;
    return splitmix64(x);
}

}  // namespace cmkit::detail
