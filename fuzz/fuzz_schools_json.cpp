// libFuzzer target: a schools registry in JSON (from_json<SchoolRegistry>, as load_schools reads a .json
// file), then validate_schools against the built-in Amstelland plan and the JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/schools.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    std::optional<cmkit::SchoolRegistry> registry;
    try {
        registry.emplace(cmkit::from_json<cmkit::SchoolRegistry>(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_schools(plan, *registry); });
    cmkit_fuzz::check_record_round_trip("schools_json", *registry);
    return 0;
}
