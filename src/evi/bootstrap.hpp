#pragma once
// Private: the resampling of the Evi bootstrap (method cmkit-evi-analysis-3, docs/evi-analysis.md §4
// "The bootstrap, exactly"). One resample of a group serves every statistic of that group: a resample is
// the vector of counts m_0 .. m_{S-1} of how often each distinct value was drawn, and every statistic
// (a mean, a share) is a function of those counts. Small groups draw indices (evi/draws.hpp); larger groups
// draw the counts by conditional binomials (Resampler). Only IEEE +, -, *, / on doubles are used, in a fixed
// order, so the same seed gives the same bits everywhere (compile with -ffp-contract=off).
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "evi/draws.hpp"
#include "evi/random.hpp"

namespace cmkit::detail {

/// Draws resamples of n > kIndexDrawLimit values given as counts c_0 .. c_{S-1} of S categories (the distinct
/// values in ascending order) by conditional binomials. Buffers are kept between groups.
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
        // the first cum[pos] > target (std::upper_bound), by a branch-free binary search
        const double* base = cum;
        std::size_t count = len;
        while (count > 1) {
            const std::size_t half = count / 2;
            base = base[half] <= target ? base + half : base;
            count -= half;
        }
        const auto pos = static_cast<std::size_t>(base - cum) + (*base <= target ? 1 : 0);
        return pos >= len ? t.hi : t.lo + static_cast<std::int64_t>(pos);
    }

    Table build(std::int64_t m, std::int64_t a, std::int64_t W) {
        constexpr double kCut = 0x1.0p-60;
        const std::int64_t b = W - a;
        std::int64_t mode = (m + 1) * a / W;
        if (mode > m) mode = m;
        up_.clear();
        down_.clear();
        // Two independent product chains, going up (w_{k+1} = w_k * ((m - k) a) / ((k + 1) b)) and going down
        // (w_{k-1} = w_k * (k b) / ((m - k + 1) a)) from the mode; stepped together so that their latencies
        // overlap. Each chain's numbers are those of a loop of its own.
        double wu = 1.0, wd = 1.0;
        std::int64_t ku = mode, kd = mode;
        bool up = ku < m, down = kd > 0;
        while (up && down) {
            wu = wu * (static_cast<double>((m - ku) * a) / static_cast<double>((ku + 1) * b));
            wd = wd * (static_cast<double>(kd * b) / static_cast<double>((m - kd + 1) * a));
            if (wu < kCut) up = false;
            else {
                up_.push_back(wu);
                up = ++ku < m;
            }
            if (wd < kCut) down = false;
            else {
                down_.push_back(wd);
                down = --kd > 0;
            }
        }
        for (; up && ku < m; ++ku) {
            wu = wu * (static_cast<double>((m - ku) * a) / static_cast<double>((ku + 1) * b));
            if (wu < kCut) break;
            up_.push_back(wu);
        }
        for (; down && kd > 0; --kd) {
            wd = wd * (static_cast<double>(kd * b) / static_cast<double>((m - kd + 1) * a));
            if (wd < kCut) break;
            down_.push_back(wd);
        }
        Table t;
        t.lo = mode - static_cast<std::int64_t>(down_.size());
        t.hi = mode + static_cast<std::int64_t>(up_.size());
        t.offset = pool_.size();
        // the cumulative sums, written through a pointer so that the running sum stays in a register
        pool_.resize(t.offset + down_.size() + 1 + up_.size());
        double* out = pool_.data() + t.offset;
        double cum = 0;
        for (auto it = down_.rbegin(); it != down_.rend(); ++it) *out++ = cum = cum + *it;
        *out++ = cum = cum + 1.0;
        for (double x : up_) *out++ = cum = cum + x;
        return t;
    }

    std::vector<std::int64_t> m_;
    std::size_t stride_ = 0;
    std::vector<std::int32_t> cache_;
    std::vector<Table> tables_;
    std::vector<double> pool_, up_, down_;
};

/// The replicate values of one statistic, x_b / d for integers x_b, counted in a histogram (they take few
/// distinct values), and their p-quantiles by linear interpolation between order statistics (Hyndman & Fan
/// type 7, numpy's default): h = (R - 1) p, q = v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h]). The
/// order statistics come from the histogram, not from a sort; same result.
class Histogram {
public:
    /// Ready for integers in [lo, hi].
    void reset(std::int64_t lo, std::int64_t hi) {
        lo_ = lo;
        const auto size = static_cast<std::size_t>(hi - lo + 1);
        if (hist_.size() < size) hist_.resize(size, 0);
        min_ = hi - lo;
        max_ = 0;
        count_ = 0;
    }
    void add(std::int64_t x) {
        const auto i = static_cast<std::size_t>(x - lo_);
        ++hist_[i];
        min_ = std::min(min_, static_cast<std::int64_t>(i));
        max_ = std::max(max_, static_cast<std::int64_t>(i));
        ++count_;
    }
    /// Adds without tracking the range seen (then bounds() walks the whole range of reset()).
    void add_untracked(std::int64_t x) {
        ++hist_[static_cast<std::size_t>(x - lo_)];
        ++count_;
    }
    /// After add_untracked: the whole range of reset() may hold values.
    void seen_all(std::int64_t lo, std::int64_t hi) {
        min_ = 0;
        max_ = hi - lo;
    }
    /// Both bounds (p_lo, p_hi) of the recorded integers divided by @p d; leaves the histogram empty.
    std::pair<double, double> bounds(double d, double p_lo, double p_hi) {
        const std::pair<double, double> out{at(d, p_lo), at(d, p_hi)};
        if (count_ > 0) std::fill(hist_.begin() + min_, hist_.begin() + max_ + 1, 0u);
        count_ = 0;
        return out;
    }

private:
    /// The r-th smallest recorded integer (0-based).
    std::int64_t order(std::size_t r) const {
        std::size_t seen = 0;
        for (std::int64_t i = min_; i <= max_; ++i) {
            seen += hist_[static_cast<std::size_t>(i)];
            if (seen > r) return lo_ + i;
        }
        return lo_ + max_;
    }
    double at(double d, double p) const {
        const std::size_t R = count_;
        const double h = static_cast<double>(R - 1) * p;
        const auto f = static_cast<std::size_t>(h);  // h >= 0: truncation is floor
        const double a = static_cast<double>(order(f)) / d;
        if (f + 1 >= R) return static_cast<double>(order(R - 1)) / d;
        const double b = static_cast<double>(order(f + 1)) / d;
        return a + (h - static_cast<double>(f)) * (b - a);
    }
    std::vector<std::uint32_t> hist_;  // zero outside use
    std::int64_t lo_ = 0, min_ = 0, max_ = 0;
    std::size_t count_ = 0;
};

}  // namespace cmkit::detail
