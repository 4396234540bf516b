#pragma once
// Private: the resampling of the Evi bootstrap (method cmkit-evi-analysis-2, docs/evi-analysis.md §4
// "The bootstrap, exactly"). One resample of a group serves every statistic of that group: a resample is
// the vector of counts m_0 .. m_{S-1} of how often each distinct value was drawn, and every statistic
// (a mean, a share) is a function of those counts. Only IEEE +, -, *, / on doubles are used, in a fixed
// order, so the same seed gives the same bits everywhere (compile with -ffp-contract=off).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "evi/random.hpp"

namespace cmkit::detail {

/// Groups of at most this many values draw indices; larger groups draw counts by conditional binomials.
inline constexpr std::int64_t kIndexDrawLimit = 128;

/// The 32-bit halves of a generator's 64-bit outputs, low half first.
class Halves {
public:
    explicit Halves(Rng& r) : r_(r) {}
    std::uint32_t next() {
        if (have_) {
            have_ = false;
            return static_cast<std::uint32_t>(buf_ >> 32);
        }
        buf_ = r_.next();
        have_ = true;
        return static_cast<std::uint32_t>(buf_);
    }
    /// Uniform integer in [0, n), 0 < n < 2^32: Lemire's multiply-shift with rejection on 32 bits.
    std::uint32_t below(std::uint32_t n) {
        std::uint64_t m = static_cast<std::uint64_t>(next()) * n;
        auto low = static_cast<std::uint32_t>(m);
        if (low < n) {
            const std::uint32_t threshold = static_cast<std::uint32_t>(0u - n) % n;
            while (low < threshold) {
                m = static_cast<std::uint64_t>(next()) * n;
                low = static_cast<std::uint32_t>(m);
            }
        }
        return static_cast<std::uint32_t>(m >> 32);
    }

private:
    Rng& r_;
    std::uint64_t buf_ = 0;
    bool have_ = false;
};

/// Draws resamples of n values given as counts c_0 .. c_{S-1} of S categories (the distinct values in
/// ascending order). Buffers are kept between groups.
class Resampler {
public:
    /// Calls @p f(m) for each of @p replicates resamples; m[j] = how often category j was drawn.
    template <class F>
    void run(const std::vector<std::int64_t>& counts, std::uint64_t seed, std::int64_t replicates, F&& f) {
        const std::size_t S = counts.size();
        std::int64_t n = 0;
        for (auto c : counts) n += c;
        m_.assign(S, 0);
        Rng rng(seed);
        if (n <= kIndexDrawLimit) {
            // n indices into the values in ascending order; category of an index from a lookup table
            cat_.clear();
            for (std::size_t j = 0; j < S; ++j) cat_.insert(cat_.end(), static_cast<std::size_t>(counts[j]), static_cast<std::uint8_t>(j));
            Halves h(rng);
            const auto un = static_cast<std::uint32_t>(n);
            if (S <= 8) {
                // The same draws as Halves::below, written out so that the generator state and the counts stay
                // in registers: the counts are one word with a byte per category (n <= 128 < 256).
                inc_.resize(cat_.size());
                for (std::size_t i = 0; i < cat_.size(); ++i) inc_[i] = std::uint64_t{1} << (8 * cat_[i]);
                const std::uint64_t* inc = inc_.data();
                const std::uint32_t threshold = static_cast<std::uint32_t>(0u - un) % un;
                Rng g = rng;
                std::uint64_t buf = 0;
                bool have = false;
                auto next32 = [&]() -> std::uint32_t {
                    if (have) {
                        have = false;
                        return static_cast<std::uint32_t>(buf >> 32);
                    }
                    buf = g.next();
                    have = true;
                    return static_cast<std::uint32_t>(buf);
                };
                for (std::int64_t b = 0; b < replicates; ++b) {
                    std::uint64_t acc = 0;
                    for (std::int64_t d = 0; d < n; ++d) {
                        std::uint64_t m = static_cast<std::uint64_t>(next32()) * un;
                        if (static_cast<std::uint32_t>(m) < un)
                            while (static_cast<std::uint32_t>(m) < threshold) m = static_cast<std::uint64_t>(next32()) * un;
                        acc += inc[m >> 32];
                    }
                    for (std::size_t j = 0; j < S; ++j) m_[j] = static_cast<std::int64_t>((acc >> (8 * j)) & 0xFF);
                    f(m_);
                }
                return;
            }
            for (std::int64_t b = 0; b < replicates; ++b) {
                std::fill(m_.begin(), m_.end(), 0);
                for (std::int64_t d = 0; d < n; ++d) ++m_[cat_[h.below(un)]];
                f(m_);
            }
            return;
        }
        // conditional binomials: m_j ~ Bin(left, c_j / W_j), W_j = c_j + ... + c_{S-1}
        stride_ = static_cast<std::size_t>(n + 1);
        cache_.assign(S * stride_, -1);
        pool_.clear();
        tables_.clear();
        for (std::int64_t b = 0; b < replicates; ++b) {
            std::int64_t left = n, W = n;
            for (std::size_t j = 0; j + 1 < S; ++j) {
                const std::int64_t a = counts[j];
                std::int64_t x = 0;
                if (left == 0 || a == 0) x = 0;
                else if (a == W) x = left;
                else x = binomial(j, left, a, W, rng);
                m_[j] = x;
                left -= x;
                W -= a;
            }
            if (S > 0) m_[S - 1] = left;
            f(m_);
        }
    }

private:
    struct Table {
        std::int64_t lo = 0, hi = 0;
        std::size_t offset = 0;  // into pool_: cumulative weights for lo .. hi
    };

    /// Bin(m, a / W) by inversion: the weights w_k relative to w(mode) = 1 by the ratio recurrence, kept
    /// while w_k >= 2^-60, summed in ascending k; u = unit(); the smallest k with cum_k > u * total.
    std::int64_t binomial(std::size_t j, std::int64_t m, std::int64_t a, std::int64_t W, Rng& rng) {
        std::int32_t& slot = cache_[j * stride_ + static_cast<std::size_t>(m)];
        if (slot < 0) {
            slot = static_cast<std::int32_t>(tables_.size());
            tables_.push_back(build(m, a, W));
        }
        const Table& t = tables_[static_cast<std::size_t>(slot)];
        const double* cum = pool_.data() + t.offset;
        const auto len = static_cast<std::size_t>(t.hi - t.lo + 1);
        const double target = rng.unit() * cum[len - 1];
        const auto pos = static_cast<std::size_t>(std::upper_bound(cum, cum + len, target) - cum);
        return pos >= len ? t.hi : t.lo + static_cast<std::int64_t>(pos);
    }

    Table build(std::int64_t m, std::int64_t a, std::int64_t W) {
        constexpr double kCut = 0x1.0p-60;
        const std::int64_t b = W - a;
        std::int64_t mode = (m + 1) * a / W;
        if (mode > m) mode = m;
        up_.clear();
        down_.clear();
        double w = 1.0;
        for (std::int64_t k = mode; k < m; ++k) {  // w_{k+1} = w_k * ((m - k) a) / ((k + 1) b)
            w = w * (static_cast<double>((m - k) * a) / static_cast<double>((k + 1) * b));
            if (w < kCut) break;
            up_.push_back(w);
        }
        w = 1.0;
        for (std::int64_t k = mode; k > 0; --k) {  // w_{k-1} = w_k * (k b) / ((m - k + 1) a)
            w = w * (static_cast<double>(k * b) / static_cast<double>((m - k + 1) * a));
            if (w < kCut) break;
            down_.push_back(w);
        }
        Table t;
        t.lo = mode - static_cast<std::int64_t>(down_.size());
        t.hi = mode + static_cast<std::int64_t>(up_.size());
        t.offset = pool_.size();
        double cum = 0;
        for (auto it = down_.rbegin(); it != down_.rend(); ++it) pool_.push_back(cum = cum + *it);
        pool_.push_back(cum = cum + 1.0);
        for (double x : up_) pool_.push_back(cum = cum + x);
        return t;
    }

    std::vector<std::int64_t> m_;
    std::size_t stride_ = 0;
    std::vector<std::uint8_t> cat_;
    std::vector<std::uint64_t> inc_;
    std::vector<std::int32_t> cache_;
    std::vector<Table> tables_;
    std::vector<double> pool_, up_, down_;
};

/// The p-quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan
/// type 7, numpy's default) where the sorted values are x_(i) / d for integers x recorded in @p xs:
/// h = (R - 1) p, q = v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h]). The order statistics come from
/// a histogram of the integers (they take few distinct values), not from a sort; same result.
class Quantiles {
public:
    /// Both bounds (p_lo, p_hi) of the integers @p xs divided by @p d.
    std::pair<double, double> bounds(const std::vector<std::int64_t>& xs, double d, double p_lo, double p_hi) {
        const std::int64_t lo = *std::min_element(xs.begin(), xs.end()), hi = *std::max_element(xs.begin(), xs.end());
        hist_.assign(static_cast<std::size_t>(hi - lo + 1), 0);
        for (auto x : xs) ++hist_[static_cast<std::size_t>(x - lo)];
        return {at(xs.size(), lo, d, p_lo), at(xs.size(), lo, d, p_hi)};
    }

private:
    /// The r-th smallest recorded integer (0-based).
    std::int64_t order(std::size_t r, std::int64_t lo) const {
        std::size_t seen = 0;
        for (std::size_t i = 0; i < hist_.size(); ++i) {
            seen += hist_[i];
            if (seen > r) return lo + static_cast<std::int64_t>(i);
        }
        return lo + static_cast<std::int64_t>(hist_.size()) - 1;
    }
    double at(std::size_t R, std::int64_t lo, double d, double p) const {
        const double h = static_cast<double>(R - 1) * p;
        const auto f = static_cast<std::size_t>(h);  // h >= 0: truncation is floor
        const double a = static_cast<double>(order(f, lo)) / d;
        if (f + 1 >= R) return static_cast<double>(order(R - 1, lo)) / d;
        const double b = static_cast<double>(order(f + 1, lo)) / d;
        return a + (h - static_cast<double>(f)) * (b - a);
    }
    std::vector<std::uint32_t> hist_;
};

}  // namespace cmkit::detail
