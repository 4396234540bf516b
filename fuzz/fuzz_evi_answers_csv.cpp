// libFuzzer target: Evi answers in CSV (evi_responses_from_csv), then validation against the built-in
// instruments, the scores, and the CSV writer.
#include "fuzz_support.hpp"

#include "cmkit/evi/analysis.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/evi/responses.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<cmkit::EviInstrument> instruments = cmkit::builtin_evi_instruments();
    std::optional<cmkit::EviResponseSet> set;
    try {
        set.emplace(cmkit::evi_responses_from_csv(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_evi_responses(*set, instruments); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::evi_scores(*set, instruments); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::evi_responses_to_csv(*set); });
    return 0;
}
