// Trajectories and result targets, tag [trajectories]: every invalid sequence of
// tests/data/trajectories/invalid-sequences.json, a valid new-PO-school path with its state on three
// dates, the synthetic Amstelland data set, and the unique counting rules stated at the top of
// include/cmkit/progress.hpp, checked on a tiny data set built here.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "test_support.hpp"

using namespace cmkit;

namespace {

const Plan& amstelland() {
    static const Plan p = reference_plan("amstelland-2025-2028");
    return p;
}

TrajectoryEvent ev(const std::string& school, const std::string& date, EventKind kind,
                   std::optional<std::string> track = std::nullopt, std::optional<std::int64_t> step = std::nullopt,
                   std::optional<std::string> reason = std::nullopt) {
    return TrajectoryEvent{school, Date::parse(date), kind, std::move(track), step, std::move(reason), {}};
}

std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

/// Steps 1 to 5 of a spoor-1 trajectory that is already running (step 1 open), finished by mid-month
/// from month @p m of year @p y, one step a month (stays within one calendar year for m <= 8).
void finish_spoor_1(std::vector<TrajectoryEvent>& log, const std::string& school, int y, int m) {
    log.push_back(ev(school, iso(y, m, 20), EventKind::FinishStep, {}, 1));
    for (int n = 2; n <= 5; ++n) {
        log.push_back(ev(school, iso(y, m + n - 1, 1), EventKind::StartStep, {}, n));
        log.push_back(ev(school, iso(y, m + n - 1, 15), EventKind::FinishStep, {}, n));
    }
}

/// A complete spoor-1 cycle started on 1 September of @p year (one school year).
void spoor_1_cycle(std::vector<TrajectoryEvent>& log, const std::string& school, int year) {
    log.push_back(ev(school, iso(year, 9, 1), EventKind::Start, "spoor-1"));
    log.push_back(ev(school, iso(year, 9, 20), EventKind::FinishStep, {}, 1));
    const int months[] = {10, 11, 12};
    int n = 2;
    for (int m : months) {
        log.push_back(ev(school, iso(year, m, 1), EventKind::StartStep, {}, n));
        log.push_back(ev(school, iso(year, m, 15), EventKind::FinishStep, {}, n));
        ++n;
    }
    log.push_back(ev(school, iso(year + 1, 1, 5), EventKind::StartStep, {}, 5));
    log.push_back(ev(school, iso(year + 1, 1, 20), EventKind::FinishStep, {}, 5));
}

/// A new PO school through spoor-2-po: start in @p year / @p month, trial step 2, join, steps 3 to 8
/// (one a month), finished in month + 7 of the same year (month <= 4 keeps it in one year).
void spoor_2_po_path(std::vector<TrajectoryEvent>& log, const std::string& school, int year, int month) {
    log.push_back(ev(school, iso(year, month, 3), EventKind::Start, "spoor-2-po"));
    log.push_back(ev(school, iso(year, month, 14), EventKind::FinishStep, {}, 1));
    log.push_back(ev(school, iso(year, month + 1, 3), EventKind::StartStep, {}, 2));
    log.push_back(ev(school, iso(year, month + 1, 16), EventKind::FinishStep, {}, 2));
    log.push_back(ev(school, iso(year, month + 1, 19), EventKind::Join));
    for (int n = 3; n <= 8; ++n) {
        log.push_back(ev(school, iso(year, month + n - 1, 1), EventKind::StartStep, {}, n));
        log.push_back(ev(school, iso(year, month + n - 1, 20), EventKind::FinishStep, {}, n));
    }
}

TrajectoryState state_of(const TrajectoryAnalysis& a, const std::string& school) {
    for (const auto& s : a.states)
        if (s.school == school) return s;
    FAIL("no state for " << school);
    return {};
}

using Cell = std::pair<std::string, std::string>;  // target, period
// Cells below are compared as `.value_or(-1) == n` so that a failure prints the number (absent: -1).

std::map<Cell, std::optional<std::int64_t>> achieved_cells(const std::vector<TargetProgress>& rows) {
    std::map<Cell, std::optional<std::int64_t>> out;
    for (const auto& r : rows) out[{r.target, r.period}] = r.achieved;
    return out;
}


School school(const std::string& brin, Sector sector, const std::string& track) {
    School s;
    s.brin = brin;
    s.name = "Testschool " + brin;
    s.municipality = "amstelveen";
    s.sector = sector;
    s.track = track;
    return s;
}

ProgrammeActivity activity(const std::string& id, const std::string& date, std::optional<std::string> kind,
                           std::optional<std::string> neighbourhood) {
    ProgrammeActivity a;
    a.id = id;
    a.date = Date::parse(date);
    a.programme_line = "C";
    a.kind = std::move(kind);
    a.neighbourhood = std::move(neighbourhood);
    a.label = Label{"Testactiviteit " + id, "Test activity " + id};
    return a;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// (a) the invalid sequences

TEST_CASE("trajectories: each invalid sequence gives its finding, at most one error, >= 20 codes", "[trajectories]") {
    const auto doc = nlohmann::json::parse(read_text(test_data("trajectories/invalid-sequences.json")));
    REQUIRE(doc["cases"].size() >= 20);
    std::set<std::string> codes;
    for (const auto& c : doc["cases"]) {
        const auto name = c["name"].get<std::string>();
        const auto code = c["code"].get<std::string>();
        const auto path = c["path"].get<std::string>();
        const auto severity = c["severity"].get<std::string>();
        INFO("case " << name << ": expected " << code << " " << severity << " at " << path);
        std::vector<TrajectoryEvent> events;
        for (const auto& e : c["events"]) events.push_back(from_json<TrajectoryEvent>(e.dump()));
        REQUIRE(events.size() == c["events"].size());
        const auto analysis =
            analyse_trajectories(reference_plan("amstelland-2025-2028"), load_schools(test_data("trajectories/registry.json")), events);
        std::vector<std::tuple<std::string, std::string, std::string>> found;
        std::string listing;
        int errors = 0;
        for (const auto& f : analysis.findings) {
            found.emplace_back(f.code, f.path, std::string(enum_text(f.severity)));
            listing += f.code + " " + std::string(enum_text(f.severity)) + " " + f.path + "; ";
            if (f.severity == Severity::Error) ++errors;
            if (f.code == code) {
                CHECK_FALSE(f.message_nl.empty());
                CHECK_FALSE(f.message_en.empty());
            }
        }
        INFO("found: " << listing);
        REQUIRE(std::find(found.begin(), found.end(), std::make_tuple(code, path, severity)) != found.end());
        // a breach is reported and not applied, so it does not cascade into further errors
        REQUIRE(errors <= 1);
        codes.insert(code);
    }
    CHECK(codes.size() >= 20);
}

// ---------------------------------------------------------------------------------------------------
// (b) a valid new PO school

TEST_CASE("trajectories: a new PO school goes through trial, join, spoor 2, spoor 1 and the renewal", "[trajectories]") {
    const SchoolRegistry registry = load_schools(test_data("trajectories/registry.json"));
    std::vector<TrajectoryEvent> log{
        ev("10AB", "2025-02-03", EventKind::Start, "spoor-2-po"),  // step 1 (nulmeting with Evi) begins
        ev("10AB", "2025-03-14", EventKind::FinishStep, {}, 1),
        ev("10AB", "2025-03-17", EventKind::StartStep, {}, 2),     // the trial step
        ev("10AB", "2025-05-16", EventKind::FinishStep, {}, 2),
        ev("10AB", "2025-05-19", EventKind::Join)};
    for (int n = 3; n <= 8; ++n) {
        log.push_back(ev("10AB", iso(2025, n + 3, 2), EventKind::StartStep, {}, n));
        log.push_back(ev("10AB", iso(2025, n + 3, 20), EventKind::FinishStep, {}, n));  // step 8: 2025-11-20
    }
    log.push_back(ev("10AB", "2026-01-12", EventKind::Move, "spoor-1"));
    log.push_back(ev("10AB", "2027-02-01", EventKind::StartRenewal));

    const auto all = analyse_trajectories(amstelland(), registry, log);
    CHECK(all.findings.empty());
    REQUIRE(all.runs.size() == 2);
    CHECK(all.runs[0] == TrajectoryRun{"10AB", "spoor-2-po", 1, Date(2025, 2, 3), false, Date(2025, 11, 20), std::nullopt, {}});
    CHECK(all.runs[1] == TrajectoryRun{"10AB", "spoor-1", 1, Date(2026, 1, 12), true, std::nullopt, std::nullopt, {}});

    SECTION("in the trial step, not yet joined") {
        const auto s = state_of(analyse_trajectories(amstelland(), registry, log, Date(2025, 4, 1)), "10AB");
        CHECK(s.track == std::optional<std::string>("spoor-2-po"));
        CHECK(s.status == TrajectoryStatus::Active);
        CHECK(s.cycle == 1);
        CHECK(s.current_step.value_or(-1) == 2);
        CHECK(s.finished_steps == std::vector<std::int64_t>{1});
        CHECK_FALSE(s.joined);
        CHECK(s.since == std::optional<Date>(Date(2025, 3, 17)));
    }
    SECTION("spoor 2 finished, not yet moved on") {
        const auto s = state_of(analyse_trajectories(amstelland(), registry, log, Date(2025, 12, 1)), "10AB");
        CHECK(s.track == std::optional<std::string>("spoor-2-po"));
        CHECK(s.status == TrajectoryStatus::Finished);
        CHECK_FALSE(s.current_step.has_value());
        CHECK(s.finished_steps == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8});
        CHECK(s.joined);
        CHECK(s.since == std::optional<Date>(Date(2025, 11, 20)));
    }
    SECTION("in spoor 1 with the curriculum renewal taken up in fase 2") {
        const auto s = state_of(analyse_trajectories(amstelland(), registry, log, Date(2027, 6, 30)), "10AB");
        CHECK(s.track == std::optional<std::string>("spoor-1"));
        CHECK(s.status == TrajectoryStatus::Active);
        CHECK(s.cycle == 1);
        CHECK(s.current_step.value_or(-1) == 1);
        CHECK(s.finished_steps.empty());
        CHECK(s.joined);  // spoor 1 has no trial step
        CHECK(s.renewal_started == std::optional<Date>(Date(2027, 2, 1)));
        CHECK(s.since == std::optional<Date>(Date(2027, 2, 1)));
    }
    SECTION("the other schools of the registry have not started") {
        for (const auto& s : all.states)
            if (s.school != "10AB") CHECK(s.status == TrajectoryStatus::NotStarted);
    }
}

// ---------------------------------------------------------------------------------------------------
// (c) the synthetic Amstelland data set

TEST_CASE("trajectories: the synthetic data set is clean, marked synthetic and fits the targets table", "[trajectories]") {
    const Plan& plan = amstelland();
    const ProgressData data = synthetic_progress();
    CHECK(data.synthetic);
    CHECK(data.schools.synthetic);
    CHECK(data.plan == plan.id);
    CHECK_FALSE(has_errors(analyse_trajectories(plan, data.schools, data.events).findings));
    CHECK_FALSE(has_errors(validate_schools(plan, data.schools)));
    CHECK_FALSE(has_errors(validate_activities(plan, data)));

    const std::map<std::string, std::array<std::int64_t, 3>> table{
        {"borging-bestaande-scholen", {33, 0, 33}},       {"trajecten-nieuwe-scholen-po", {3, 2, 5}},
        {"trajecten-nieuwe-scholen-vo", {2, 2, 4}},       {"verbinding-binnen-buitenschools", {6, 3, 9}},
        {"kennisdelingsbijeenkomsten", {4, 4, 8}}};
    const std::vector<std::string> periods{"2025-2026", "2027-2028", "total"};
    auto check_planned = [&](const std::vector<TargetProgress>& rows) {
        REQUIRE(rows.size() == table.size() * 3);
        std::map<Cell, std::int64_t> planned;
        for (const auto& r : rows) planned[{r.target, r.period}] = r.planned;
        for (const auto& [target, cells] : table)
            for (std::size_t i = 0; i < 3; ++i) {
                INFO(target << " " << periods[i]);
                CHECK(planned.at({target, periods[i]}) == cells[i]);
            }
    };

    SECTION("on the plan alone: the seed's table, nothing achieved") {
        const auto rows = target_progress(plan);
        check_planned(rows);
        for (const auto& r : rows) CHECK_FALSE(r.achieved.has_value());
    }
    SECTION("with the synthetic data: the same planned figures, achievements derived from the logs") {
        const auto rows = target_progress(plan, &data);
        check_planned(rows);
        const auto got = achieved_cells(rows);
        for (const auto& [target, cells] : table) {
            INFO(target);
            CHECK(got.at({target, "2025-2026"}).value_or(-1) == cells[0]);  // the demo data meets fase 1
            CHECK_FALSE(got.at({target, "2027-2028"}).has_value());   // fase 2 has not begun in the data
            CHECK(got.at({target, "total"}).value_or(-1) == cells[0]);
        }
        const auto findings = check_progress(plan, data);
        CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.code == "PROGRESS_SYNTHETIC"; }));
        CHECK_FALSE(has_errors(findings));
    }
}

// ---------------------------------------------------------------------------------------------------
// (d) unique counting, against the rules at the top of include/cmkit/progress.hpp

TEST_CASE("trajectories: unique counting of schools, trajectories, neighbourhoods and meetings", "[trajectories]") {
    const Plan& plan = amstelland();
    ProgressData d;
    d.plan = plan.id;
    d.schools.schools = {school("20AA", Sector::PO, "spoor-1"),      // two yearly spoor-1 cycles
                         school("20AB", Sector::PO, "spoor-1"),      // stopped and restarted
                         school("20AC", Sector::PO, "spoor-2-po"),   // new school, moves on to spoor 1
                         school("20AD", Sector::PO, "spoor-2-po"),   // new school, stopped and restarted
                         school("20AE", Sector::VO, "spoor-2-vo")};  // new VO school in fase 2
    auto& log = d.events;
    spoor_1_cycle(log, "20AA", 2025);  // school year 2025-2026
    spoor_1_cycle(log, "20AA", 2027);  // school year 2027-2028: a second trajectory, same school
    log.push_back(ev("20AB", "2026-03-02", EventKind::Start, "spoor-1"));
    log.push_back(ev("20AB", "2026-04-01", EventKind::Stop, {}, {}, "directiewisseling"));
    log.push_back(ev("20AB", "2027-03-01", EventKind::Restart));
    spoor_2_po_path(log, "20AC", 2025, 2);  // spoor-2-po finished 2025-09-20
    log.push_back(ev("20AC", "2025-10-06", EventKind::Move, "spoor-1"));
    finish_spoor_1(log, "20AC", 2026, 2);
    log.push_back(ev("20AD", "2026-05-04", EventKind::Start, "spoor-2-po"));
    log.push_back(ev("20AD", "2026-06-01", EventKind::FinishStep, {}, 1));
    log.push_back(ev("20AD", "2026-09-01", EventKind::Stop, {}, {}, "fusie"));
    log.push_back(ev("20AD", "2027-02-01", EventKind::Restart));
    log.push_back(ev("20AE", "2027-03-01", EventKind::Start, "spoor-2-vo"));
    d.activities = {activity("m1", "2025-04-10", "network-meeting", std::nullopt),
                    activity("m2", "2025-11-12", "network-meeting", std::nullopt),
                    activity("m3", "2027-04-08", "network-meeting", std::nullopt),
                    activity("w1", "2025-05-01", "after-school-activity", "Wijk Noord"),
                    activity("w2", "2027-05-01", "after-school-activity", "Wijk Noord"),  // same neighbourhood again
                    activity("w3", "2027-06-01", "after-school-activity", "Wijk Zuid")};

    const auto analysis = analyse_trajectories(plan, d.schools, d.events);
    INFO("the tiny log itself is valid");
    REQUIRE(analysis.findings.empty());
    REQUIRE_FALSE(has_errors(validate_schools(plan, d.schools)));
    REQUIRE_FALSE(has_errors(validate_activities(plan, d)));

    std::vector<std::tuple<std::string, std::string, std::int64_t, bool>> runs;
    for (const auto& r : analysis.runs) runs.emplace_back(r.school, r.track, r.cycle, r.via_move);
    std::sort(runs.begin(), runs.end());
    CHECK(runs == std::vector<std::tuple<std::string, std::string, std::int64_t, bool>>{
                      {"20AA", "spoor-1", 1, false},  {"20AA", "spoor-1", 2, false},
                      {"20AB", "spoor-1", 1, false},  // a restart is the same trajectory
                      {"20AC", "spoor-1", 1, true},   {"20AC", "spoor-2-po", 1, false},
                      {"20AD", "spoor-2-po", 1, false}, {"20AE", "spoor-2-vo", 1, false}});

    const auto got = achieved_cells(target_progress(plan, &d, Date(2028, 12, 31)));
    SECTION("borging: a school with two spoor-1 cycles counts once, in the period of its first; a moved school not at all") {
        CHECK(got.at({"borging-bestaande-scholen", "2025-2026"}).value_or(-1) == 2);  // 20AA and 20AB, not 20AC
        CHECK(got.at({"borging-bestaande-scholen", "2027-2028"}).value_or(-1) == 0);  // 20AA's second cycle is no new school
        CHECK(got.at({"borging-bestaande-scholen", "total"}).value_or(-1) == 2);
    }
    SECTION("new PO: the school that moves on counts here; a restart is no new trajectory") {
        CHECK(got.at({"trajecten-nieuwe-scholen-po", "2025-2026"}).value_or(-1) == 2);  // 20AC and 20AD
        CHECK(got.at({"trajecten-nieuwe-scholen-po", "2027-2028"}).value_or(-1) == 0);  // 20AD's restart in 2027
        CHECK(got.at({"trajecten-nieuwe-scholen-po", "total"}).value_or(-1) == 2);
    }
    SECTION("new VO: counted in the period it starts") {
        CHECK(got.at({"trajecten-nieuwe-scholen-vo", "2025-2026"}).value_or(-1) == 0);
        CHECK(got.at({"trajecten-nieuwe-scholen-vo", "2027-2028"}).value_or(-1) == 1);
        CHECK(got.at({"trajecten-nieuwe-scholen-vo", "total"}).value_or(-1) == 1);
    }
    SECTION("neighbourhoods count once, in the period of their first activity; meetings add up") {
        CHECK(got.at({"verbinding-binnen-buitenschools", "2025-2026"}).value_or(-1) == 1);
        CHECK(got.at({"verbinding-binnen-buitenschools", "2027-2028"}).value_or(-1) == 1);  // only Wijk Zuid is new
        CHECK(got.at({"verbinding-binnen-buitenschools", "total"}).value_or(-1) == 2);
        CHECK(got.at({"kennisdelingsbijeenkomsten", "2025-2026"}).value_or(-1) == 2);
        CHECK(got.at({"kennisdelingsbijeenkomsten", "2027-2028"}).value_or(-1) == 1);
        CHECK(got.at({"kennisdelingsbijeenkomsten", "total"}).value_or(-1) == 3);
    }
    SECTION("counted up to 2026: fase 2 has not begun and stays empty, not 0") {
        const auto early = achieved_cells(target_progress(plan, &d, Date(2026, 12, 31)));
        for (const auto& [cell, value] : early) {
            INFO(cell.first << " " << cell.second);
            if (cell.second == "2027-2028") CHECK_FALSE(value.has_value());
            else CHECK(value.has_value());
        }
        CHECK(early.at({"borging-bestaande-scholen", "total"}).value_or(-1) == 2);
        CHECK(early.at({"trajecten-nieuwe-scholen-po", "total"}).value_or(-1) == 2);
        CHECK(early.at({"trajecten-nieuwe-scholen-vo", "total"}).value_or(-1) == 0);
    }
}

// progress.hpp: a school that finishes spoor 2 and moves on to spoor 1 is counted under its spoor-2 target
// only (the borging row, 33 / 0 / 33, counts the schools that were already in CmK3), also when it later
// begins a new yearly spoor-1 cycle with `start`.
TEST_CASE("trajectories: a school that moved on from spoor 2 stays out of borging in later spoor-1 cycles",
          "[trajectories]") {
    const Plan& plan = amstelland();
    ProgressData d;
    d.plan = plan.id;
    d.schools.schools = {school("20AC", Sector::PO, "spoor-2-po")};
    spoor_2_po_path(d.events, "20AC", 2025, 2);
    d.events.push_back(ev("20AC", "2025-10-06", EventKind::Move, "spoor-1"));
    finish_spoor_1(d.events, "20AC", 2026, 2);
    d.events.push_back(ev("20AC", "2027-09-01", EventKind::Start, "spoor-1"));  // its next yearly cycle
    REQUIRE(analyse_trajectories(plan, d.schools, d.events).findings.empty());
    const auto got = achieved_cells(target_progress(plan, &d, Date(2028, 12, 31)));
    CHECK(got.at({"trajecten-nieuwe-scholen-po", "total"}).value_or(-1) == 1);
    CHECK(got.at({"borging-bestaande-scholen", "2027-2028"}).value_or(-1) == 0);
    CHECK(got.at({"borging-bestaande-scholen", "total"}).value_or(-1) == 0);
}
