// libFuzzer target: Evi answers in JSON (evi_responses_from_json), then validation against the built-in
// instruments, the scores, and the JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/evi/analysis.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/evi/responses.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<cmkit::EviInstrument> instruments = cmkit::builtin_evi_instruments();
    std::optional<cmkit::EviResponseSet> set;
    try {
        set.emplace(cmkit::evi_responses_from_json(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_evi_responses(*set, instruments); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::evi_scores(*set, instruments); });
    cmkit_fuzz::check_round_trip(
        "evi_answers_json", *set, [](const cmkit::EviResponseSet& s) { return cmkit::to_json(s); },
        [](const std::string& text) { return cmkit::evi_responses_from_json(text, "round trip"); });
    return 0;
}
