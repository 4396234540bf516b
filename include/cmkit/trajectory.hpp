#pragma once
/// @file trajectory.hpp
/// School trajectories: per school an ordered log of dated events (start a track, start, finish or skip
/// a step, pause, resume, stop, restart, join after the trial, move on to spoor 1, start the curriculum
/// renewal), the state of every school on any date, and the checks of every event against the track
/// template, reported as Findings like the budget rules. See docs/trajectories.md.
///
/// Events are applied per school in date order (events on one date in file order). An event that
/// breaks a rule is reported and **not applied**; later events are judged against the state without it
/// (so a missing `join` also makes the following steps fail, each reported once).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/schools.hpp"

namespace cmkit {

struct Plan;

/// What happened to a school's trajectory.
enum class EventKind {
    Start,         ///< begin a trajectory in `track` (step 1 starts)
    StartStep,     ///< begin `step` (the next one)
    FinishStep,    ///< finish the open `step`; finishing the last step finishes the trajectory
    SkipStep,      ///< skip the next `step`, with a `reason`
    Pause,         ///< pause the trajectory
    Resume,        ///< resume after a pause
    Stop,          ///< stop the trajectory (it may be restarted)
    Restart,       ///< restart a stopped trajectory where it stood
    Join,          ///< a new PO school joins definitively after its trial step
    Move,          ///< after the last step, continue in `track` (spoor 2 → spoor 1)
    StartRenewal,  ///< take up the curriculum renewal (not before the track's phase)
};

template <>
struct DescribeEnum<EventKind> {
    static constexpr std::string_view name = "EventKind";
    static constexpr std::array values{
        std::pair{EventKind::Start, std::string_view("start")},
        std::pair{EventKind::StartStep, std::string_view("start-step")},
        std::pair{EventKind::FinishStep, std::string_view("finish-step")},
        std::pair{EventKind::SkipStep, std::string_view("skip-step")},
        std::pair{EventKind::Pause, std::string_view("pause")},
        std::pair{EventKind::Resume, std::string_view("resume")},
        std::pair{EventKind::Stop, std::string_view("stop")},
        std::pair{EventKind::Restart, std::string_view("restart")},
        std::pair{EventKind::Join, std::string_view("join")},
        std::pair{EventKind::Move, std::string_view("move")},
        std::pair{EventKind::StartRenewal, std::string_view("start-renewal")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("begin a trajectory in `track` (step 1 starts)"),
                                     std::string_view("begin `step` (the next one)"),
                                     std::string_view("finish the open `step`; finishing the last step finishes the trajectory"),
                                     std::string_view("skip the next `step`, with a `reason`"),
                                     std::string_view("pause the trajectory"),
                                     std::string_view("resume after a pause"),
                                     std::string_view("stop the trajectory (it may be restarted)"),
                                     std::string_view("restart a stopped trajectory where it stood"),
                                     std::string_view("a new PO school joins definitively after its trial step"),
                                     std::string_view("after the last step, continue in `track` (spoor 2 to spoor 1)"),
                                     std::string_view("take up the curriculum renewal (not before the track's phase)")};
};

/// One dated event of a school's trajectory.
struct TrajectoryEvent {
    std::string school;  ///< BRIN code of a school in the registry
    Date date{2000, 1, 1};
    EventKind kind = EventKind::Start;
    std::optional<std::string> track;  ///< start, move: the track
    std::optional<std::int64_t> step;  ///< start-step, finish-step, skip-step: the step number
    std::optional<std::string> reason; ///< skip-step (required), stop, pause
    Extras extras;
    friend bool operator==(const TrajectoryEvent&, const TrajectoryEvent&) = default;
};

/// Where a trajectory stands.
enum class TrajectoryStatus { NotStarted, Active, Paused, Stopped, Finished };

template <>
struct DescribeEnum<TrajectoryStatus> {
    static constexpr std::string_view name = "TrajectoryStatus";
    static constexpr std::array values{std::pair{TrajectoryStatus::NotStarted, std::string_view("not-started")},
                                       std::pair{TrajectoryStatus::Active, std::string_view("active")},
                                       std::pair{TrajectoryStatus::Paused, std::string_view("paused")},
                                       std::pair{TrajectoryStatus::Stopped, std::string_view("stopped")},
                                       std::pair{TrajectoryStatus::Finished, std::string_view("finished")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("no trajectory yet"),
                                     std::string_view("a step is open or about to start"),
                                     std::string_view("paused; resume to go on"),
                                     std::string_view("stopped; it may be restarted"),
                                     std::string_view("every step done")};
};

/// One trajectory of one school in one track (a school may have several: a yearly spoor-1 cycle, or
/// spoor 2 followed by spoor 1).
struct TrajectoryRun {
    std::string school;
    std::string track;
    std::int64_t cycle = 1;       ///< 1 for the school's first trajectory in this track, 2 for the next, ...
    Date started{2000, 1, 1};
    bool via_move = false;        ///< entered by moving on from another track (spoor 2 → spoor 1)
    std::optional<Date> finished;
    std::optional<Date> stopped;  ///< last stop (cleared by a restart)
    Extras extras;
    friend bool operator==(const TrajectoryRun&, const TrajectoryRun&) = default;
};

/// The state of one school on a date.
struct TrajectoryState {
    std::string school;
    std::optional<std::string> track;           ///< the current (or last) track
    TrajectoryStatus status = TrajectoryStatus::NotStarted;
    std::int64_t cycle = 0;                     ///< trajectories started in the current track
    std::optional<std::int64_t> current_step;   ///< the step started and not finished
    std::vector<std::int64_t> finished_steps;   ///< of the current trajectory
    std::vector<std::int64_t> skipped_steps;    ///< of the current trajectory
    bool joined = false;                        ///< past the trial (or the track has none)
    std::optional<Date> since;                  ///< date of the last event applied
    std::optional<Date> renewal_started;        ///< curriculum renewal taken up
    Extras extras;
    friend bool operator==(const TrajectoryState&, const TrajectoryState&) = default;
};

/// Everything the engine derives from a log.
struct TrajectoryAnalysis {
    std::vector<TrajectoryState> states;  ///< one per registry school, in registry order
    std::vector<TrajectoryRun> runs;      ///< in order of start
    std::vector<Finding> findings;        ///< errors first; paths `/events/I/...` into the event list
    Extras extras;
    friend bool operator==(const TrajectoryAnalysis&, const TrajectoryAnalysis&) = default;
};

/// Applies the events up to and including @p on (all events when not set) and checks each one.
TrajectoryAnalysis analyse_trajectories(const Plan& plan, const SchoolRegistry& schools,
                                        const std::vector<TrajectoryEvent>& events,
                                        std::optional<Date> on = std::nullopt);

/// Reads events from CSV (`school,date,kind,track,step,reason`; `;` or `,`); errors name line and column.
std::vector<TrajectoryEvent> events_from_csv(std::string_view text, const std::string& source = "<string>");
/// Writes events as CSV with that header.
std::string events_to_csv(const std::vector<TrajectoryEvent>& events);

template <>
struct Describe<TrajectoryEvent> {
    static constexpr std::string_view name = "TrajectoryEvent", doc = "One dated event of a school's trajectory.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("school", &TrajectoryEvent::school, "BRIN code"), field("date", &TrajectoryEvent::date),
        field("kind", &TrajectoryEvent::kind), field("track", &TrajectoryEvent::track),
        field("step", &TrajectoryEvent::step), field("reason", &TrajectoryEvent::reason));
};

template <>
struct Describe<TrajectoryRun> {
    static constexpr std::string_view name = "TrajectoryRun", doc = "One trajectory of one school in one track.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("school", &TrajectoryRun::school), field("track", &TrajectoryRun::track),
        field("cycle", &TrajectoryRun::cycle), field("started", &TrajectoryRun::started),
        field("via_move", &TrajectoryRun::via_move), field("finished", &TrajectoryRun::finished),
        field("stopped", &TrajectoryRun::stopped));
};

template <>
struct Describe<TrajectoryState> {
    static constexpr std::string_view name = "TrajectoryState", doc = "The state of one school on a date.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("school", &TrajectoryState::school), field("track", &TrajectoryState::track),
        field("status", &TrajectoryState::status), field("cycle", &TrajectoryState::cycle),
        field("current_step", &TrajectoryState::current_step), field("finished_steps", &TrajectoryState::finished_steps),
        field("skipped_steps", &TrajectoryState::skipped_steps), field("joined", &TrajectoryState::joined),
        field("since", &TrajectoryState::since), field("renewal_started", &TrajectoryState::renewal_started));
};

template <>
struct Describe<TrajectoryAnalysis> {
    static constexpr std::string_view name = "TrajectoryAnalysis", doc = "States, trajectories and findings derived from an event log.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("states", &TrajectoryAnalysis::states),
                                                   field("runs", &TrajectoryAnalysis::runs),
                                                   field("findings", &TrajectoryAnalysis::findings));
};

}  // namespace cmkit
