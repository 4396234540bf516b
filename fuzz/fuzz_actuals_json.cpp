// libFuzzer target: actuals in JSON (from_json<Realisation>, as load_realisation reads a .json file), then
// validate_realisation, budget_vs_actual and remaining_for_phase against the built-in Amstelland plan, and
// the JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/realisation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    std::optional<cmkit::Realisation> actuals;
    try {
        actuals.emplace(cmkit::from_json<cmkit::Realisation>(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_realisation(plan, *actuals); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::budget_vs_actual(plan.budget, *actuals); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::remaining_for_phase(plan, plan.budget, *actuals); });
    cmkit_fuzz::check_record_round_trip("actuals_json", *actuals);
    return 0;
}
