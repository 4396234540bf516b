// libFuzzer target: progress data (from_json<ProgressData>, as load_progress reads a file), then the
// progress and activity checks and the trajectory engine against the built-in Amstelland plan, and the
// JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/progress.hpp"
#include "cmkit/trajectory.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    std::optional<cmkit::ProgressData> progress;
    try {
        progress.emplace(cmkit::from_json<cmkit::ProgressData>(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::check_progress(plan, *progress); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_activities(plan, *progress); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::target_progress(plan, &*progress); });
    cmkit_fuzz::tolerate_error(
        [&] { (void)cmkit::analyse_trajectories(plan, progress->schools, progress->events); });
    cmkit_fuzz::check_record_round_trip("progress", *progress);
    return 0;
}
