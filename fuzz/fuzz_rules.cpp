// libFuzzer target: a rule set (from_json<RuleSet>, as the built-in data/rules/*.json are read), then the
// JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<cmkit::RuleSet> rules;
    try {
        rules.emplace(cmkit::from_json<cmkit::RuleSet>(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::check_record_round_trip("rules", *rules);
    return 0;
}
