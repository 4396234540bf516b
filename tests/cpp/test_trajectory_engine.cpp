// The trajectory engine from C++: the invalid sequences of tests/data/trajectories, a valid path, and
// the targets on the synthetic progress data.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include <set>

#include "test_support.hpp"

using namespace cmkit;

namespace {
const Plan& plan() {
    static const Plan p = reference_plan("amstelland-2025-2028");
    return p;
}
}  // namespace

TEST_CASE("Every invalid event sequence yields its own finding and nothing cascades", "[trajectory-engine]") {
    auto doc = nlohmann::json::parse(read_text(test_data("trajectories/invalid-sequences.json")));
    SchoolRegistry reg = load_schools(test_data("trajectories/registry.json"));
    std::set<std::string> codes;
    for (const auto& c : doc["cases"]) {
        INFO(c["name"].get<std::string>());
        std::vector<TrajectoryEvent> events;
        for (const auto& e : c["events"]) events.push_back(from_json<TrajectoryEvent>(e.dump()));
        auto a = analyse_trajectories(plan(), reg, events);
        bool found = false;
        int errors = 0;
        for (const auto& f : a.findings) {
            if (f.severity == Severity::Error) ++errors;
            if (f.code == c["code"] && f.path == c["path"] && std::string(enum_text(f.severity)) == c["severity"]) found = true;
        }
        CHECK(found);
        CHECK(errors <= 1);
        codes.insert(c["code"].get<std::string>());
    }
    CHECK(codes.size() >= 20);
}

TEST_CASE("A new PO school passes its trial, finishes spoor 2 and continues in spoor 1", "[trajectory-engine]") {
    SchoolRegistry reg = load_schools(test_data("trajectories/registry.json"));
    auto ev = [](const char* date, EventKind k, std::optional<std::string> track = {}, std::optional<std::int64_t> step = {}) {
        return TrajectoryEvent{"10AB", Date::parse(date), k, std::move(track), step, std::nullopt, {}};
    };
    std::vector<TrajectoryEvent> log{ev("2025-02-01", EventKind::Start, "spoor-2-po"), ev("2025-02-10", EventKind::FinishStep, {}, 1),
                                     ev("2025-02-11", EventKind::StartStep, {}, 2), ev("2025-03-01", EventKind::FinishStep, {}, 2),
                                     ev("2025-03-02", EventKind::Join)};
    for (int n = 3; n <= 8; ++n) {
        std::string m = (n + 1 < 10 ? "0" : "") + std::to_string(n + 1);
        log.push_back(ev(("2025-" + m + "-01").c_str(), EventKind::StartStep, {}, n));
        log.push_back(ev(("2025-" + m + "-20").c_str(), EventKind::FinishStep, {}, n));
    }
    log.push_back(ev("2025-10-01", EventKind::Move, "spoor-1"));
    log.push_back(ev("2027-01-05", EventKind::StartRenewal));
    auto a = analyse_trajectories(plan(), reg, log);
    CHECK(a.findings.empty());
    REQUIRE(a.runs.size() == 2);
    CHECK(a.runs[1].via_move);
    auto state_on = [&](const char* d) {
        for (const auto& s : analyse_trajectories(plan(), reg, log, Date::parse(d)).states)
            if (s.school == "10AB") return s;
        FAIL("no state");
        return TrajectoryState{};
    };
    CHECK(state_on("2025-02-15").current_step == std::optional<std::int64_t>(2));
    CHECK_FALSE(state_on("2025-02-15").joined);
    CHECK(state_on("2025-09-25").status == TrajectoryStatus::Finished);
    auto last = state_on("2027-12-31");
    CHECK(last.track == std::optional<std::string>("spoor-1"));
    CHECK(last.renewal_started == std::optional<Date>(Date(2027, 1, 5)));
}

TEST_CASE("Targets: the seed's table on the plan alone, achievements on the synthetic data", "[trajectory-engine]") {
    for (const auto& row : target_progress(plan())) CHECK_FALSE(row.achieved.has_value());
    ProgressData d = synthetic_progress();
    CHECK(d.synthetic);
    CHECK_FALSE(has_errors(analyse_trajectories(plan(), d.schools, d.events).findings));
    CHECK_FALSE(has_errors(validate_schools(plan(), d.schools)));
    CHECK_FALSE(has_errors(validate_activities(plan(), d)));
    std::map<std::string, std::int64_t> fase1;
    for (const auto& row : target_progress(plan(), &d))
        if (row.period == "2025-2026") fase1[row.target] = row.achieved.value_or(-1);
    CHECK(fase1 == std::map<std::string, std::int64_t>{{"borging-bestaande-scholen", 33},
                                                       {"kennisdelingsbijeenkomsten", 4},
                                                       {"trajecten-nieuwe-scholen-po", 3},
                                                       {"trajecten-nieuwe-scholen-vo", 2},
                                                       {"verbinding-binnen-buitenschools", 6}});
}
