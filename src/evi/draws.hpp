#pragma once
// Private: the index draws of the Evi bootstrap for small groups (method cmkit-evi-analysis-3,
// docs/evi-analysis.md §4 "The bootstrap, exactly", step 2). Four xoshiro256** streams run side by side and
// are read in blocks of eight 32-bit numbers, so that a vector unit can draw and count a block at once; a
// portable path gives exactly the same numbers (tests compare the two).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace cmkit::detail {

/// Groups of at most this many values draw indices; larger groups draw counts by conditional binomials.
/// (The drawn counts of one replicate are then at most 128 and fit in a byte.)
inline constexpr std::int64_t kIndexDrawLimit = 128;

/// Four xoshiro256** 1.0 generators, word-major: s[w][l] is word w of lane l. Lane l's state is the
/// splitmix64 outputs 4l .. 4l+3 of the group's seed (lane 0 is therefore Rng(seed)).
struct FourLanes {
    alignas(32) std::uint64_t s[4][4];
    explicit FourLanes(std::uint64_t seed);
};

/// The resamples of a group of n = sum(counts) <= kIndexDrawLimit values in S categories, each count > 0:
/// for each of @p replicates replicates, m_j = how often category j was drawn, written as bytes to
/// out[b * S + j] (@p out holds replicates * S bytes). The algorithm (per replicate, starting at a fresh block
/// of the four streams): the block's 32-bit numbers in order low(r_0), high(r_0), low(r_1), …, high(r_3); a
/// number x is rejected when (x·n mod 2^32) < (2^32 − n) mod n (Lemire), otherwise it draws the value of
/// index ⌊x·n / 2^32⌋ of the values in ascending order; once n values are drawn the rest of the block is
/// unused. @p vectorised false forces the portable path.
void draw_small(const std::vector<std::int64_t>& counts, std::uint64_t seed, std::int64_t replicates, std::uint8_t* out,
                bool vectorised = true);

/// Whether draw_small can use the vector path on this machine (AVX2) for @p categories categories.
bool draw_small_vectorised(std::size_t categories);

}  // namespace cmkit::detail
