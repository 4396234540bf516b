// libFuzzer target: an impact-survey definition (survey_from_json), then validate_survey and the JSON
// round trip.
#include "fuzz_support.hpp"

#include "cmkit/survey.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<cmkit::Survey> survey;
    try {
        survey.emplace(cmkit::survey_from_json(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_survey(*survey); });
    cmkit_fuzz::check_record_round_trip("survey", *survey);
    return 0;
}
