#pragma once
/// @file progress_report.hpp
/// Progress reporting and cancellation of cmkit's long calls: evi_synthetic, evi_analyse, rollup and
/// synthetic_plans take an optional ProgressCallback. (progress.hpp is something else: the schools'
/// progress data of a plan.)
///
/// The callback is called with the work done so far, the total work (both in units the call chooses; done
/// only grows, and the last call has done == total) and the name of the stage being worked on
/// ("validate", "scores", "bootstrap 2025 visie", ...). Returning false cancels the call: it throws
/// cmkit::Cancelled (error.hpp) and returns no partial result. The calls report at stage boundaries and
/// per group of work (a wave and pillar of the analysis, a plan, a block of schools), never per row, and
/// at most about every 20 ms (the first and the last report always), so a callback costs nothing
/// measurable; an empty callback costs one test per group.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "cmkit/error.hpp"

namespace cmkit {

/// `bool(done, total, stage)`: false cancels (cmkit::Cancelled). May be empty (no reporting).
using ProgressCallback = std::function<bool(std::int64_t done, std::int64_t total, std::string_view stage)>;

/// The helper the long calls report through (public so that a caller's own loops can report the same way):
/// counts work done against a fixed total, names the stage, calls the callback at most every @p interval
/// (and at the start and the end), and throws Cancelled when the callback returns false.
class ProgressReporter {
public:
    ProgressReporter(const ProgressCallback& callback, std::int64_t total,
                     std::chrono::milliseconds interval = std::chrono::milliseconds(20))
        : callback_(callback ? &callback : nullptr), total_(total < 0 ? 0 : total), interval_(interval) {}

    bool active() const noexcept { return callback_ != nullptr; }
    std::int64_t done() const noexcept { return done_; }
    std::int64_t total() const noexcept { return total_; }

    /// Changes the total (when it is known only after a first step); done stays.
    void set_total(std::int64_t total) noexcept { total_ = total < done_ ? done_ : total; }
    /// Starts stage @p name (reported at once if the last report is older than the interval).
    void stage(std::string_view name) {
        if (!callback_) return;
        stage_.assign(name);
        maybe_report(false);
    }
    /// @p units more of the total are done (never beyond the total).
    void advance(std::int64_t units = 1) {
        if (!callback_) return;
        done_ = done_ + units > total_ ? total_ : done_ + units;
        maybe_report(false);
    }
    /// Stage @p name (with a wave and a detail such as a pillar when given, "bootstrap 2025 visie") starts at
    /// @p done units of the total (done never goes back).
    void at(std::int64_t done, std::string_view name, int wave = 0, std::string_view detail = {}) {
        if (!callback_) return;
        stage_.assign(name);
        if (wave != 0) stage_.append(" ").append(std::to_string(wave));
        if (!detail.empty()) stage_.append(" ").append(detail);
        if (done > done_) done_ = done > total_ ? total_ : done;
        maybe_report(false);
    }
    /// Done: reports total of total (always).
    void finish(std::string_view name = "done") {
        if (!callback_) return;
        done_ = total_;
        stage_.assign(name);
        maybe_report(true);
    }

private:
    void maybe_report(bool force) {
        const auto now = std::chrono::steady_clock::now();
        if (!force && reported_ && now - last_ < interval_) return;
        reported_ = true;
        last_ = now;
        if (!(*callback_)(done_, total_, stage_)) throw Cancelled();
    }

    const ProgressCallback* callback_;
    std::int64_t total_;
    std::int64_t done_ = 0;
    std::chrono::milliseconds interval_;
    std::string stage_ = "start";
    bool reported_ = false;
    std::chrono::steady_clock::time_point last_{};
};

}  // namespace cmkit
