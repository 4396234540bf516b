// libFuzzer target: a plan document (plan_from_json), then its budget checks and the JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/budget_rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<cmkit::Plan> plan;
    try {
        plan.emplace(cmkit::plan_from_json(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate(*plan); });
    cmkit_fuzz::check_round_trip("plan", *plan, [](const cmkit::Plan& p) { return cmkit::plan_to_json(p); },
                                 [](const std::string& text) { return cmkit::plan_from_json(text, "round trip"); });
    return 0;
}
