// The index draws of the Evi bootstrap (src/evi/draws.hpp, method cmkit-evi-analysis-3): the vector path gives
// exactly the numbers of the portable path, and both follow the documented algorithm (written out again here,
// number by number, including Lemire's rejection, which the vector path hands to the portable one).
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "evi/draws.hpp"
#include "evi/random.hpp"

using namespace cmkit;

namespace {

/// docs/evi-analysis.md §4 step 2, independently of src/evi/draws.cpp; also counts the rejected numbers.
std::vector<std::uint8_t> documented(const std::vector<std::int64_t>& counts, std::uint64_t seed, std::int64_t replicates,
                                     std::int64_t& rejected) {
    std::uint64_t x = seed, s[4][4];
    for (auto& lane : s)
        for (auto& w : lane) w = detail::splitmix64(x);
    auto rotl = [](std::uint64_t v, int k) { return (v << k) | (v >> (64 - k)); };
    auto next = [&](std::uint64_t* st) {
        const std::uint64_t r = rotl(st[1] * 5, 7) * 9, t = st[1] << 17;
        st[2] ^= st[0];
        st[3] ^= st[1];
        st[1] ^= st[2];
        st[0] ^= st[3];
        st[2] ^= t;
        st[3] = rotl(st[3], 45);
        return r;
    };
    std::vector<std::uint8_t> cat;
    for (std::size_t j = 0; j < counts.size(); ++j) cat.insert(cat.end(), static_cast<std::size_t>(counts[j]), static_cast<std::uint8_t>(j));
    const auto n = static_cast<std::uint32_t>(cat.size());
    const std::uint32_t reject_below = (0u - n) % n;
    std::vector<std::uint8_t> out;
    for (std::int64_t b = 0; b < replicates; ++b) {
        std::vector<std::uint8_t> m(counts.size(), 0);
        std::uint32_t drawn = 0;
        while (drawn < n) {
            std::uint32_t block[8];
            for (int l = 0; l < 4; ++l) {
                const std::uint64_t r = next(s[l]);
                block[2 * l] = static_cast<std::uint32_t>(r);
                block[2 * l + 1] = static_cast<std::uint32_t>(r >> 32);
            }
            for (std::uint32_t u : block) {
                if (drawn == n) break;
                const std::uint64_t p = static_cast<std::uint64_t>(u) * n;
                if (static_cast<std::uint32_t>(p) < reject_below) {
                    ++rejected;
                    continue;
                }
                ++m[cat[p >> 32]];
                ++drawn;
            }
        }
        out.insert(out.end(), m.begin(), m.end());
    }
    return out;
}

std::vector<std::uint8_t> drawn(const std::vector<std::int64_t>& counts, std::uint64_t seed, std::int64_t replicates, bool vectorised) {
    std::vector<std::uint8_t> out(static_cast<std::size_t>(replicates) * counts.size());
    detail::draw_small(counts, seed, replicates, out.data(), vectorised);
    return out;
}

}  // namespace

TEST_CASE("Evi draws: vector and portable paths give the documented numbers for every group shape") {
    // groups of 1 .. 128 values in 1 .. 12 categories (the vector path takes 2 .. 9), n a power of two or not
    detail::Rng shapes(20261207);
    std::int64_t rejected = 0;
    for (int g = 0; g < 300; ++g) {
        const auto S = static_cast<std::size_t>(1 + shapes.below(12));
        std::vector<std::int64_t> counts(S);
        std::int64_t n = 0;
        for (auto& c : counts) n += c = 1 + static_cast<std::int64_t>(shapes.below(g % 3 == 0 ? 3 : 30));
        if (n > detail::kIndexDrawLimit) continue;
        const std::uint64_t seed = shapes.next();
        const auto expected = documented(counts, seed, 200, rejected);
        INFO("group " << g << ": n = " << n << ", S = " << S);
        CHECK(drawn(counts, seed, 200, false) == expected);
        CHECK(drawn(counts, seed, 200, true) == expected);
        for (std::int64_t b = 0; b < 200; ++b) {  // every replicate draws n values
            std::int64_t sum = 0;
            for (std::size_t j = 0; j < S; ++j) sum += expected[static_cast<std::size_t>(b) * S + j];
            REQUIRE(sum == n);
        }
    }
}

TEST_CASE("Evi draws: a replicate with a rejected number is the same on both paths") {
    // n = 122 rejects numbers with x·n mod 2^32 < 118: about one replicate in 300,000; 1.5 million replicates
    // meet several, which the vector path redoes number by number
    const std::vector<std::int64_t> counts = {40, 50, 32};
    const std::int64_t replicates = 1'500'000;
    std::int64_t rejected = 0;
    const auto expected = documented(counts, 99, replicates, rejected);
    REQUIRE(rejected >= 1);
    CHECK(drawn(counts, 99, replicates, true) == expected);
    CHECK(drawn(counts, 99, replicates, false) == expected);
}

TEST_CASE("Evi draws: refuses groups outside the index-draw range") {
    std::vector<std::uint8_t> out(16);
    CHECK_THROWS(detail::draw_small({100, 29}, 1, 1, out.data()));
    CHECK_THROWS(detail::draw_small({3, 0, 2}, 1, 1, out.data()));
}
