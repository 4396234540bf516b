#pragma once
/// @file progress.hpp
/// Progress data — the schools registry, the trajectory event log and the programme activities — and
/// the result targets derived from it, counted per period exactly as the plan's table counts them.
///
/// Counting rules, per reporting period of the target (ResultTarget::periods, of any length) and over the
/// whole plan period (the target's total); each target names its `measure` (vocabulary `measure`):
///   - `new-schools-in-track:T`: schools whose first trajectory in track T (entered by `start`, not by
///     moving on from spoor 2) begins in the period; the total counts each school once. A school that
///     finishes spoor 2 and moves on to spoor 1 is counted under its spoor-2 target only (the plan's
///     borging row, 33 / 0 / 33, counts the schools that were already in CmK3).
///   - `trajectories-started:T`: schools that start a trajectory in track T in the period (a restart
///     after a stop is the same trajectory); the total counts each school once, however many
///     trajectories it has.
///   - `neighbourhoods-connected`: neighbourhoods whose first in-/out-of-school activity falls in the
///     period; the total counts each neighbourhood once.
///   - `meetings-held:K`: activities of kind K (e.g. `network-meeting`) in the period; the total is the sum.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/money.hpp"
#include "cmkit/schools.hpp"
#include "cmkit/trajectory.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

struct Plan;

/// A programme activity: something that took place under a programme line.
struct ProgrammeActivity {
    std::string id;
    Date date{2000, 1, 1};
    std::string programme_line;                  ///< A, B or C
    std::optional<std::string> activity_type;    ///< id of an item in the line's activity lists
    std::optional<std::string> kind;             ///< e.g. "network-meeting", "training", "lesson"
    Label label;
    std::vector<std::string> schools;            ///< BRIN codes
    std::vector<std::string> partners;           ///< cultural partners
    std::optional<std::string> neighbourhood;    ///< the neighbourhood connected in and out of school
    std::optional<std::string> municipality;     ///< municipality id
    std::optional<std::int64_t> participants;
    std::optional<Money> cost;
    std::vector<std::string> priorities;         ///< ids of the municipal priorities it serves
    Extras extras;
    friend bool operator==(const ProgrammeActivity&, const ProgrammeActivity&) = default;
};

/// A progress data set: schools, their trajectory events and the activities.
struct ProgressData {
    std::string plan;                      ///< id of the plan it belongs to
    bool synthetic = false;                ///< made-up demo data: every output using it says so
    std::optional<std::string> note;       ///< where the data comes from
    SchoolRegistry schools;
    std::vector<TrajectoryEvent> events;
    std::vector<ProgrammeActivity> activities;
    Extras extras;
    friend bool operator==(const ProgressData&, const ProgressData&) = default;
};

/// Reads a progress data file (`ProgressData.1` JSON).
ProgressData load_progress(const std::string& path);
/// The built-in synthetic Amstelland progress data (data/progress/), clearly marked synthetic.
ProgressData synthetic_progress();

/// One cell of the targets table: planned and, with progress data, achieved.
struct TargetProgress {
    std::string target;
    Label label;
    std::string period;                 ///< the reporting period's name (TargetPeriod::name: "2025-2026", "2027") or "total"
    Period dates{Date(2000, 1, 1), Date(2000, 1, 1)};  ///< the reporting period; the plan period for "total"
    std::optional<std::int64_t> phase;  ///< the plan phase the period is, when it is one
    std::int64_t planned = 0;
    std::optional<std::int64_t> achieved;  ///< absent without progress data, or when the period has not begun
    Extras extras;
    friend bool operator==(const TargetProgress&, const TargetProgress&) = default;
};

/// Whether cmkit knows how to count @p measure (a ResultTarget's `measure`) from progress data.
bool is_known_measure(const std::string& measure);
/// The forms of the measures cmkit knows, for messages and docs: `new-schools-in-track:<track>`, ...
std::vector<std::string> known_measure_forms();

/// The plan's targets table (a row per reporting period of each target, then its total), with achievements derived from @p data up to
/// and including @p as_of (default: the last date in the data) when data is given.
std::vector<TargetProgress> target_progress(const Plan& plan, const ProgressData* data = nullptr,
                                            std::optional<Date> as_of = std::nullopt);

/// Progress checks: TARGET_MISSED (warning: a period that has ended below its target),
/// TARGET_OUT_OF_REACH (warning: at the pace of the running period so far, its target is not met by
/// the period's end — a linear forecast, figures `achieved`, `forecast`, `planned`), MEASURE_UNKNOWN
/// (a target without a measure cmkit knows), PROGRESS_SYNTHETIC (info: the data is synthetic), and
/// the VO reach (VO_REACH info: VO schools with a trajectory against the plan's share of the region's
/// VO schools, as numerator/denominator).
std::vector<Finding> check_progress(const Plan& plan, const ProgressData& data, std::optional<Date> as_of = std::nullopt);

/// Activities checks: ACTIVITY_UNKNOWN_LINE, ACTIVITY_UNKNOWN_TYPE, ACTIVITY_UNKNOWN_SCHOOL,
/// ACTIVITY_UNKNOWN_MUNICIPALITY, ACTIVITY_OUTSIDE_PERIOD, DUPLICATE_ACTIVITY_ID (errors).
std::vector<Finding> validate_activities(const Plan& plan, const ProgressData& data);

/// A municipal priority and the activities that serve it (empty: not served yet).
struct PriorityCoverage {
    std::string municipality;
    std::string priority;                 ///< id of the priority item
    Label label;
    std::vector<std::string> activities;  ///< ids of the activities that list the priority
    Extras extras;
    friend bool operator==(const PriorityCoverage&, const PriorityCoverage&) = default;
};

/// Every municipal priority of the plan with the activities that serve it (an activity serves the
/// priorities it lists in `priorities`, as `municipality-id/priority-id` or just `priority-id`
/// when the activity names its municipality).
std::vector<PriorityCoverage> priority_coverage(const Plan& plan, const ProgressData& data);

template <>
struct Describe<ProgrammeActivity> {
    static constexpr std::string_view name = "ProgrammeActivity", doc = "An activity under a programme line.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &ProgrammeActivity::id), field("date", &ProgrammeActivity::date),
        field("programme_line", &ProgrammeActivity::programme_line),
        field("activity_type", &ProgrammeActivity::activity_type, "id of an item of the line's activity lists"),
        field("kind", &ProgrammeActivity::kind, "network-meeting, training, lesson, ..."),
        field("label", &ProgrammeActivity::label), field_default("schools", &ProgrammeActivity::schools, "BRIN codes"),
        field_default("partners", &ProgrammeActivity::partners), field("neighbourhood", &ProgrammeActivity::neighbourhood),
        field("municipality", &ProgrammeActivity::municipality), field("participants", &ProgrammeActivity::participants),
        field("cost", &ProgrammeActivity::cost, "integer cents"),
        field_default("priorities", &ProgrammeActivity::priorities, "ids of municipal priorities served"));
};

template <>
struct Describe<ProgressData> {
    static constexpr std::string_view name = "ProgressData", doc = "Schools, trajectory events and activities of a plan.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("plan", &ProgressData::plan), field_default("synthetic", &ProgressData::synthetic),
        field("note", &ProgressData::note), field("schools", &ProgressData::schools),
        field("events", &ProgressData::events), field("activities", &ProgressData::activities));
};

template <>
struct Describe<PriorityCoverage> {
    static constexpr std::string_view name = "PriorityCoverage", doc = "A municipal priority and the activities serving it.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("municipality", &PriorityCoverage::municipality), field("priority", &PriorityCoverage::priority),
        field("label", &PriorityCoverage::label), field("activities", &PriorityCoverage::activities));
};

template <>
struct Describe<TargetProgress> {
    static constexpr std::string_view name = "TargetProgress", doc = "Planned and achieved for one target and period.";
    static constexpr int version = 2;  ///< 2: the period's dates and phase
    static constexpr auto fields = field_list(
        field("target", &TargetProgress::target), field("label", &TargetProgress::label),
        field("period", &TargetProgress::period), field("dates", &TargetProgress::dates),
        field("phase", &TargetProgress::phase), field("planned", &TargetProgress::planned),
        field("achieved", &TargetProgress::achieved));
};

}  // namespace cmkit
