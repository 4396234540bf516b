// Progress reporting and cancellation of the long calls (progress_report.hpp), tag [progress-report]: the
// callback sees growing counts against a fixed total and names the stages; false from it throws Cancelled
// and no result is returned; a callback changes no result (the tables stay byte-identical).
#include <catch2/catch.hpp>

#include <cmkit/error.hpp>
#include <cmkit/evi/analysis.hpp>
#include <cmkit/evi/instrument.hpp>
#include <cmkit/evi/synthetic.hpp>
#include <cmkit/progress_report.hpp>
#include <cmkit/rollup.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace cmkit;

namespace {

struct Call {
    std::int64_t done, total;
    std::string stage;
};

/// A callback that records every call and sleeps a little longer than the reporting interval, so that every
/// report of the call under test gets through.
ProgressCallback recorder(std::vector<Call>& calls) {
    return [&calls](std::int64_t done, std::int64_t total, std::string_view stage) {
        calls.push_back({done, total, std::string(stage)});
        std::this_thread::sleep_for(std::chrono::milliseconds(22));
        return true;
    };
}

void check_growing(const std::vector<Call>& calls) {
    REQUIRE(calls.size() >= 2);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].total == calls.front().total);
        CHECK(calls[i].done >= 0);
        CHECK(calls[i].done <= calls[i].total);
        if (i > 0) CHECK(calls[i].done >= calls[i - 1].done);
    }
    CHECK(calls.back().done == calls.back().total);
    CHECK(calls.back().stage == "done");
}

bool has_stage(const std::vector<Call>& calls, const std::string& prefix) {
    for (const auto& c : calls)
        if (c.stage.rfind(prefix, 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("ProgressReporter: counts, stages, the interval, cancellation", "[progress-report]") {
    std::vector<Call> calls;
    ProgressCallback cb = [&](std::int64_t d, std::int64_t t, std::string_view s) {
        calls.push_back({d, t, std::string(s)});
        return true;
    };
    {
        ProgressReporter r(cb, 10, std::chrono::milliseconds(0));
        r.stage("a");
        r.advance(3);
        r.at(7, "b", 2025, "visie");
        r.at(5, "c");      // done never goes back
        r.advance(100);    // nor beyond the total
        r.finish();
    }
    REQUIRE(calls.size() == 6);
    CHECK(calls[0].stage == "a");
    CHECK(calls[1].done == 3);
    CHECK(calls[2].stage == "b 2025 visie");
    CHECK(calls[2].done == 7);
    CHECK(calls[3].done == 7);
    CHECK(calls[4].done == 10);
    CHECK(calls[5].stage == "done");

    calls.clear();
    {
        ProgressReporter r(cb, 1000, std::chrono::hours(1));  // only the first report and the last get through
        for (int i = 0; i < 1000; ++i) r.advance();
        r.finish();
    }
    CHECK(calls.size() == 2);

    ProgressCallback empty;
    ProgressReporter quiet(empty, 5);
    CHECK_FALSE(quiet.active());
    quiet.advance(2);  // nothing to call, nothing thrown
    quiet.finish();

    ProgressCallback stop = [](std::int64_t, std::int64_t, std::string_view) { return false; };
    ProgressReporter r(stop, 5, std::chrono::milliseconds(0));
    CHECK_THROWS_AS(r.stage("x"), Cancelled);
    CHECK_THROWS_AS(r.stage("x"), Error);  // Cancelled is a cmkit::Error
}

TEST_CASE("evi_analyse reports its stages and can be cancelled; the callback changes nothing", "[progress-report][evi]") {
    const auto demo = evi_demo_amstelland();
    const auto ins = builtin_evi_instruments();
    EviAnalysisOptions o;
    o.replicates = 200;
    const EviAnalysis plain = evi_analyse(demo.responses, ins, &demo.schools, o);

    std::vector<Call> calls;
    const EviAnalysis reported = evi_analyse(demo.responses, ins, &demo.schools, o, recorder(calls));
    CHECK(reported == plain);
    for (const auto& name : evi_table_names()) CHECK(evi_table_csv(reported, name) == evi_table_csv(plain, name));
    check_growing(calls);
    CHECK(calls.front().total == 1000);
    for (const char* stage : {"validate", "scores", "response", "bootstrap 2023 ", "bootstrap 2025 ", "transitions",
                              "consistency", "alpha", "items", "manifest"})
        CHECK(has_stage(calls, stage));

    // cancelled at each report in turn: Cancelled, never a result
    for (std::size_t stop_at : {std::size_t{0}, std::size_t{4}, calls.size() - 2}) {
        std::size_t seen = 0;
        ProgressCallback cancel = [&](std::int64_t, std::int64_t, std::string_view) {
            std::this_thread::sleep_for(std::chrono::milliseconds(22));
            return seen++ < stop_at;
        };
        std::optional<EviAnalysis> result;
        CHECK_THROWS_AS(result = evi_analyse(demo.responses, ins, &demo.schools, o, cancel), Cancelled);
        CHECK_FALSE(result.has_value());
        CHECK(seen == stop_at + 1);
    }
}

TEST_CASE("evi_synthetic, synthetic_plans and rollup report per block and can be cancelled", "[progress-report]") {
    EviSynthOptions so;
    so.schools = 3000;
    so.waves = {2023, 2025, 2027};
    std::vector<Call> calls;
    const auto data = evi_synthetic(so, recorder(calls));
    CHECK(data == evi_synthetic(so));
    check_growing(calls);
    CHECK(calls.front().total == 3000 * 4);
    CHECK(has_stage(calls, "answers"));
    CHECK_THROWS_AS(evi_synthetic(so, [](std::int64_t, std::int64_t, std::string_view) { return false; }), Cancelled);

    calls.clear();
    const auto plans = synthetic_plans(40, 7, recorder(calls));
    CHECK(plans == synthetic_plans(40, 7));
    check_growing(calls);
    CHECK(calls.front().total == 40);

    calls.clear();
    const Rollup r = rollup(plans, {}, recorder(calls));
    const Rollup plain = rollup(plans);
    for (std::size_t t = 0; t < r.tables().size(); ++t) CHECK(r.tables()[t]->to_csv() == plain.tables()[t]->to_csv());
    check_growing(calls);
    CHECK(calls.front().total == 1 + 40 + 5);
    CHECK(has_stage(calls, "plans"));
    CHECK(has_stage(calls, "tables"));
    std::size_t seen = 0;
    CHECK_THROWS_AS(rollup(plans, {}, [&](std::int64_t, std::int64_t, std::string_view) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(22));
                        return ++seen < 3;
                    }),
                    Cancelled);
    CHECK(seen == 3);
}
