// libFuzzer target: a schools registry in CSV (schools_from_csv), then validate_schools against the
// built-in Amstelland plan and the CSV writer.
#include "fuzz_support.hpp"

#include "cmkit/schools.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    std::optional<cmkit::SchoolRegistry> registry;
    try {
        registry.emplace(cmkit::schools_from_csv(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_schools(plan, *registry); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::schools_to_csv(*registry); });
    return 0;
}
