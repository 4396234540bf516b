// libFuzzer target: trajectory events in CSV (events_from_csv), then the trajectory engine against the
// built-in Amstelland plan and the schools of its synthetic progress data, and the CSV writer.
#include "fuzz_support.hpp"

#include "cmkit/progress.hpp"
#include "cmkit/trajectory.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    static const cmkit::SchoolRegistry schools = cmkit::synthetic_progress().schools;
    std::optional<std::vector<cmkit::TrajectoryEvent>> events;
    try {
        events.emplace(cmkit::events_from_csv(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::analyse_trajectories(plan, schools, *events); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::events_to_csv(*events); });
    return 0;
}
