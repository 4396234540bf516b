// The index draws of the Evi bootstrap for small groups (see draws.hpp and docs/evi-analysis.md §4).
#include "evi/draws.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "cmkit/error.hpp"
#include "evi/random.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CMKIT_DRAWS_AVX2 1
#include <immintrin.h>
#endif

namespace cmkit::detail {

FourLanes::FourLanes(std::uint64_t seed) {
    std::uint64_t x = seed;
    for (int l = 0; l < 4; ++l)
        for (int w = 0; w < 4; ++w) s[w][l] = splitmix64(x);
}

namespace {

inline std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/// One step of the four generators: the block's four 64-bit outputs.
inline void step(FourLanes& g, std::uint64_t r[4]) {
    for (int l = 0; l < 4; ++l) {
        const std::uint64_t s0 = g.s[0][l], s1 = g.s[1][l], s2 = g.s[2][l], s3 = g.s[3][l];
        r[l] = rotl(s1 * 5, 7) * 9;
        const std::uint64_t t = s1 << 17;
        const std::uint64_t n2 = s2 ^ s0, n3 = s3 ^ s1;
        g.s[1][l] = s1 ^ n2;
        g.s[0][l] = s0 ^ n3;
        g.s[2][l] = n2 ^ t;
        g.s[3][l] = rotl(n3, 45);
    }
}

struct Group {
    std::uint32_t n = 0;
    std::uint32_t reject_below = 0;  // (2^32 - n) mod n
    std::vector<std::uint8_t> category;  // per index in [0, n): its category (values in ascending order)
};

Group group_of(const std::vector<std::int64_t>& counts) {
    Group g;
    std::int64_t n = 0;
    for (auto c : counts) {
        if (c <= 0) throw InvalidArgument("draw_small: every category needs a count above 0");
        n += c;
    }
    if (n > kIndexDrawLimit || counts.size() > 255)
        throw InvalidArgument("draw_small: at most " + std::to_string(kIndexDrawLimit) + " values in at most 255 categories");
    g.n = static_cast<std::uint32_t>(n);
    g.reject_below = static_cast<std::uint32_t>(0u - g.n) % g.n;
    for (std::size_t j = 0; j < counts.size(); ++j) g.category.insert(g.category.end(), static_cast<std::size_t>(counts[j]), static_cast<std::uint8_t>(j));
    return g;
}

/// One replicate, portable: the definition in draws.hpp, number by number.
void replicate_portable(const Group& grp, FourLanes& g, std::uint8_t* m, std::size_t S) {
    std::fill(m, m + S, std::uint8_t{0});
    std::uint32_t drawn = 0;
    std::uint64_t r[4];
    while (drawn < grp.n) {
        step(g, r);
        for (int i = 0; i < 8 && drawn < grp.n; ++i) {
            const auto x = static_cast<std::uint32_t>(r[i / 2] >> (32 * (i % 2)));
            const std::uint64_t p = static_cast<std::uint64_t>(x) * grp.n;
            if (static_cast<std::uint32_t>(p) < grp.reject_below) continue;
            ++m[grp.category[static_cast<std::size_t>(p >> 32)]];
            ++drawn;
        }
    }
}

#ifdef CMKIT_DRAWS_AVX2
#define CMKIT_AVX2 __attribute__((target("avx2")))

template <int K>
CMKIT_AVX2 inline __m256i rotl4(__m256i x) {
    return _mm256_or_si256(_mm256_slli_epi64(x, K), _mm256_srli_epi64(x, 64 - K));
}

/// The four generators as vectors (word w of the four lanes in one register).
struct Vec4 {
    __m256i s0, s1, s2, s3;
};

CMKIT_AVX2 inline __m256i step4(Vec4& v) {
    const __m256i y = _mm256_add_epi64(_mm256_slli_epi64(v.s1, 2), v.s1);  // s1 * 5
    const __m256i z = rotl4<7>(y);
    const __m256i result = _mm256_add_epi64(_mm256_slli_epi64(z, 3), z);  // * 9
    const __m256i t = _mm256_slli_epi64(v.s1, 17);
    v.s2 = _mm256_xor_si256(v.s2, v.s0);
    v.s3 = _mm256_xor_si256(v.s3, v.s1);
    v.s1 = _mm256_xor_si256(v.s1, v.s2);
    v.s0 = _mm256_xor_si256(v.s0, v.s3);
    v.s2 = _mm256_xor_si256(v.s2, t);
    v.s3 = rotl4<45>(v.s3);
    return result;
}

/// Lanes of @p x (8 numbers) that Lemire's method rejects: x·n mod 2^32 <= below, as movemask bits.
CMKIT_AVX2 inline int rejected(__m256i x, __m256i nv, __m256i below) {
    const __m256i lo = _mm256_mullo_epi32(x, nv);
    const __m256i r = _mm256_cmpeq_epi32(_mm256_min_epu32(lo, below), lo);
    return _mm256_movemask_ps(_mm256_castsi256_ps(r));
}

/// Adds, for every threshold t, the lanes of @p x (selected by @p use) that are >= T_t to byte t % 4 of
/// acc0 (t < 4) or acc1.
template <int NT>
CMKIT_AVX2 inline void count(__m256i x, __m256i use, const __m256i* T, const __m256i* bit, __m256i& acc0, __m256i& acc1) {
    for (int t = 0; t < NT; ++t) {
        const __m256i ge = _mm256_cmpeq_epi32(_mm256_max_epu32(x, T[t]), x);
        const __m256i add = _mm256_and_si256(_mm256_and_si256(ge, use), bit[t]);
        if (t < 4) acc0 = _mm256_add_epi32(acc0, add);
        else acc1 = _mm256_add_epi32(acc1, add);
    }
}

CMKIT_AVX2 inline std::uint32_t hsum(__m256i a) {
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(a), _mm256_extracti128_si256(a, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4E));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xB1));
    return static_cast<std::uint32_t>(_mm_cvtsi128_si32(s));
}

/// The vector path for S categories, S - 1 = NT thresholds (1 .. 8): x draws category >= t exactly when
/// x >= T_t = ceil(B_t 2^32 / n), B_t = c_0 + … + c_{t-1}, so a block is counted by comparisons. The counts
/// of categories >= t are kept as bytes of 32-bit lanes (at most 16 blocks per replicate: no byte overflows).
/// A replicate whose blocks hold a rejected number is redone by the portable path from its first block.
template <int NT>
CMKIT_AVX2 void draw_avx2(const Group& grp, const std::vector<std::int64_t>& counts, FourLanes& g, std::int64_t replicates,
                          std::uint8_t* out) {
    const std::size_t S = NT + 1;
    const std::uint32_t n = grp.n;
    __m256i T[NT], bit[NT];
    std::uint64_t B = 0;
    for (int t = 0; t < NT; ++t) {
        B += static_cast<std::uint64_t>(counts[static_cast<std::size_t>(t)]);
        const std::uint64_t th = ((B << 32) + n - 1) / n;  // < 2^32: B < n
        T[t] = _mm256_set1_epi32(static_cast<int>(static_cast<std::uint32_t>(th)));
        bit[t] = _mm256_set1_epi32(1 << (8 * (t % 4)));
    }
    const bool may_reject = grp.reject_below != 0;
    const __m256i nv = _mm256_set1_epi32(static_cast<int>(n));
    const __m256i below = _mm256_set1_epi32(static_cast<int>(grp.reject_below) - 1);  // x·n mod 2^32 <= below: rejected
    const std::uint32_t full = n / 8, tail = n % 8;
    alignas(32) static constexpr std::int32_t kLane[16] = {-1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0};
    const __m256i tail_mask = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kLane + 8 - tail));
    const int tail_lanes = (1 << tail) - 1;
    Vec4 v{_mm256_load_si256(reinterpret_cast<const __m256i*>(g.s[0])), _mm256_load_si256(reinterpret_cast<const __m256i*>(g.s[1])),
           _mm256_load_si256(reinterpret_cast<const __m256i*>(g.s[2])), _mm256_load_si256(reinterpret_cast<const __m256i*>(g.s[3]))};
    for (std::int64_t b = 0; b < replicates; ++b) {
        const Vec4 start = v;
        __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
        int rej = 0;
        const __m256i all = _mm256_set1_epi32(-1);
        for (std::uint32_t k = 0; k < full; ++k) {
            const __m256i x = step4(v);
            if (may_reject) rej |= rejected(x, nv, below);
            count<NT>(x, all, T, bit, acc0, acc1);
        }
        if (tail) {
            const __m256i x = step4(v);
            if (may_reject) rej |= rejected(x, nv, below) & tail_lanes;
            count<NT>(x, tail_mask, T, bit, acc0, acc1);
        }
        std::uint8_t* m = out + static_cast<std::size_t>(b) * S;
        if (rej) {  // rare (probability below n^2 / 2^32 per replicate): redo this replicate number by number
            FourLanes scalar(0);
            _mm256_store_si256(reinterpret_cast<__m256i*>(scalar.s[0]), start.s0);
            _mm256_store_si256(reinterpret_cast<__m256i*>(scalar.s[1]), start.s1);
            _mm256_store_si256(reinterpret_cast<__m256i*>(scalar.s[2]), start.s2);
            _mm256_store_si256(reinterpret_cast<__m256i*>(scalar.s[3]), start.s3);
            replicate_portable(grp, scalar, m, S);
            v = Vec4{_mm256_load_si256(reinterpret_cast<const __m256i*>(scalar.s[0])),
                     _mm256_load_si256(reinterpret_cast<const __m256i*>(scalar.s[1])),
                     _mm256_load_si256(reinterpret_cast<const __m256i*>(scalar.s[2])),
                     _mm256_load_si256(reinterpret_cast<const __m256i*>(scalar.s[3]))};
            continue;
        }
        // horizontal sums: byte t % 4 of acc0 / acc1 = how many drawn numbers are >= T_t
        const std::uint32_t c0 = hsum(acc0), c1 = NT > 4 ? hsum(acc1) : 0;
        std::uint32_t ge_prev = n;
        for (int t = 0; t < NT; ++t) {
            const std::uint32_t ge = ((t < 4 ? c0 : c1) >> (8 * (t % 4))) & 0xFF;
            m[t] = static_cast<std::uint8_t>(ge_prev - ge);
            ge_prev = ge;
        }
        m[NT] = static_cast<std::uint8_t>(ge_prev);
    }
    _mm256_store_si256(reinterpret_cast<__m256i*>(g.s[0]), v.s0);
    _mm256_store_si256(reinterpret_cast<__m256i*>(g.s[1]), v.s1);
    _mm256_store_si256(reinterpret_cast<__m256i*>(g.s[2]), v.s2);
    _mm256_store_si256(reinterpret_cast<__m256i*>(g.s[3]), v.s3);
}

bool have_avx2() {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

}  // namespace

bool draw_small_vectorised(std::size_t categories) {
#ifdef CMKIT_DRAWS_AVX2
    return categories >= 2 && categories <= 9 && have_avx2();
#else
    (void)categories;
    return false;
#endif
}

void draw_small(const std::vector<std::int64_t>& counts, std::uint64_t seed, std::int64_t replicates, std::uint8_t* out,
                bool vectorised) {
    const std::size_t S = counts.size();
    if (S == 0 || replicates <= 0) return;
    const Group grp = group_of(counts);
    FourLanes g(seed);
    if (S == 1) {  // one category: every replicate draws it n times (the generators are not needed)
        std::fill(out, out + replicates, static_cast<std::uint8_t>(grp.n));
        return;
    }
#ifdef CMKIT_DRAWS_AVX2
    if (vectorised && draw_small_vectorised(S)) {
        switch (S - 1) {
            case 1: return draw_avx2<1>(grp, counts, g, replicates, out);
            case 2: return draw_avx2<2>(grp, counts, g, replicates, out);
            case 3: return draw_avx2<3>(grp, counts, g, replicates, out);
            case 4: return draw_avx2<4>(grp, counts, g, replicates, out);
            case 5: return draw_avx2<5>(grp, counts, g, replicates, out);
            case 6: return draw_avx2<6>(grp, counts, g, replicates, out);
            case 7: return draw_avx2<7>(grp, counts, g, replicates, out);
            case 8: return draw_avx2<8>(grp, counts, g, replicates, out);
            default: break;
        }
    }
#else
    (void)vectorised;
#endif
    for (std::int64_t b = 0; b < replicates; ++b) replicate_portable(grp, g, out + static_cast<std::size_t>(b) * S, S);
}

}  // namespace cmkit::detail
