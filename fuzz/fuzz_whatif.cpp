// libFuzzer target: a what-if spec (parse_cut, the text of `--what-if`), then what_if on the built-in
// Amstelland plan under both policies, and the spec form (Cut::to_string) parsed again.
#include "fuzz_support.hpp"

#include "cmkit/whatif.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cmkit::Plan& plan = cmkit_fuzz::reference();
    std::optional<cmkit::Cut> cut;
    try {
        cut.emplace(cmkit::parse_cut(cmkit_fuzz::as_text(data, size)));
    } catch (const cmkit::Error&) {
        return 0;
    }
    for (auto policy : {cmkit::CutPolicy::ProRata, cmkit::CutPolicy::ProtectActivities})
        cmkit_fuzz::tolerate_error([&] { (void)cmkit::what_if(plan, plan.budget, {*cut}, policy); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::parse_cut(cut->to_string()); });
    return 0;
}
