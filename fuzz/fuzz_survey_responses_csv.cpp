// libFuzzer target: impact-survey responses in CSV (survey_responses_from_csv, with the built-in example
// definition so that its missing markers apply), then validate_survey_responses, analyse_survey and the CSV
// writer.
#include "fuzz_support.hpp"

#include "cmkit/survey.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const cmkit::Survey definition = cmkit::survey_definition();
    std::optional<cmkit::SurveyResponses> responses;
    try {
        responses.emplace(
            cmkit::survey_responses_from_csv(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source, &definition));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::validate_survey_responses(definition, *responses); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::analyse_survey(definition, *responses); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::survey_responses_to_csv(*responses); });
    return 0;
}
