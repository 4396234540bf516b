// The impact survey: definitions, responses, the analysis tables and the synthetic generator.
// The records themselves are bound generically in register_records.cpp (CMKIT_RECORD_TYPES).
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {
namespace {

std::string path_str(const py::object& p) { return py::cast<std::string>(py::str(p)); }

std::vector<int> waves_arg(const std::optional<std::vector<int>>& waves) { return waves.value_or(std::vector<int>{}); }

template <class T>
py::class_<T> bound(const char*) {
    return py::reinterpret_borrow<py::class_<T>>(py::type::of<T>());
}

template <class T>
std::optional<T> copy_of(const T* p) {
    return p ? std::optional<T>(*p) : std::nullopt;
}

}  // namespace

void register_survey(py::module_& m) {
    // ---- methods on the records ----
    bound<SurveyScale>("SurveyScale")
        .def("top_box_codes", &SurveyScale::top_box_codes,
             "The codes of the top box: `top_box` when given, else the two highest points.")
        .def("point", [](const SurveyScale& s, std::int64_t code) { return copy_of(s.point(code)); }, py::arg("code"),
             "The ScalePoint with this code, or None.")
        .def("non_substantive_code",
             [](const SurveyScale& s, std::int64_t code) { return copy_of(s.non_substantive_code(code)); },
             py::arg("code"), "The non-substantive ScaleCode with this code, or None.");
    bound<Survey>("Survey")
        .def("group", [](const Survey& s, const std::string& id) { return copy_of(s.group(id)); }, py::arg("id"),
             "The SurveyGroup with this id, or None.")
        .def("scale", [](const Survey& s, const std::string& id) { return copy_of(s.scale(id)); }, py::arg("id"),
             "The SurveyScale with this id, or None.")
        .def("item", [](const Survey& s, const std::string& id) { return copy_of(s.item(id)); }, py::arg("id"),
             "The SurveyItem with this id, or None.")
        .def("theme", [](const Survey& s, const std::string& id) { return copy_of(s.theme(id)); }, py::arg("id"),
             "The SurveyTheme with this id, or None.");

    // ---- definitions ----
    m.def("load_survey", [](const py::object& p) { return load_survey(path_str(p)); }, py::arg("path"),
          "Read a survey definition (Survey JSON) from a file (str or os.PathLike).");
    m.def("survey_from_json", &survey_from_json, py::arg("text"), py::arg("source") = "<string>",
          "Parse a survey definition from JSON text; `source` names it in errors.");
    m.def("survey_definitions", &survey_definitions, "Names of the built-in survey definitions.");
    m.def("survey_definition", &survey_definition, py::arg("name") = "amstelland-impact-example",
          "A built-in survey definition by name (NotFoundError when unknown).");
    m.def("validate_survey", &validate_survey, py::arg("survey"),
          "Check a survey definition; returns Findings (unknown scales, duplicate ids, top box not in scale, ...).");

    // ---- responses ----
    m.def(
        "survey_responses_from_csv",
        [](const std::string& text, const std::string& source, const std::optional<Survey>& definition) {
            return survey_responses_from_csv(text, source, definition ? &*definition : nullptr);
        },
        py::arg("text"), py::arg("source") = "<string>", py::arg("definition") = py::none(),
        "Read responses from CSV text (respondent_id,wave,group,item,value). An empty value is missing; with a\n"
        "`definition`, the scale's `missing` marker is too. FormatError names the line and column.");
    m.def("survey_responses_to_csv", &survey_responses_to_csv, py::arg("responses"),
          "The responses as CSV (respondent_id,wave,group,item,value; missing answers as empty cells).");
    m.def(
        "load_survey_responses",
        [](const py::object& p, const std::optional<Survey>& definition) {
            return load_survey_responses(path_str(p), definition ? &*definition : nullptr);
        },
        py::arg("path"), py::arg("definition") = py::none(),
        "Read responses from a .csv file or SurveyResponses JSON.");
    m.def("validate_survey_responses", &validate_survey_responses, py::arg("survey"), py::arg("responses"),
          "Check responses against the definition; returns Findings (unknown group or item, value not in the\n"
          "scale, duplicate answers, a respondent in two groups, ...).");

    // ---- analysis ----
    m.def(
        "survey_waves",
        [](const Survey& s, const SurveyResponses& r, const std::optional<std::vector<int>>& waves) {
            return survey_waves(s, r, waves_arg(waves));
        },
        py::arg("survey"), py::arg("responses"), py::arg("waves") = py::none(),
        "The waves analysed: `waves` when given, else the definition's and the responses' waves, ascending.");
    m.def(
        "survey_response",
        [](const Survey& s, const SurveyResponses& r, const std::optional<std::vector<int>>& waves) {
            return survey_response(s, r, waves_arg(waves));
        },
        py::arg("survey"), py::arg("responses"), py::arg("waves") = py::none(),
        "Respondents per group and wave, with the number invited and the rate (a Ratio) when known.");
    m.def(
        "survey_distribution",
        [](const Survey& s, const SurveyResponses& r, std::int64_t k, const std::optional<std::vector<int>>& waves) {
            return survey_distribution(s, r, k, waves_arg(waves));
        },
        py::arg("survey"), py::arg("responses"), py::arg("k") = 5, py::arg("waves") = py::none(),
        "Per item x group x wave, one row per scale point, non-substantive code and 'missing': count and share of\n"
        "the valid answers. Fewer than k valid answers: suppressed (counts empty).");
    m.def(
        "survey_summary",
        [](const Survey& s, const SurveyResponses& r, std::int64_t k, const std::optional<std::vector<int>>& waves) {
            return survey_summary(s, r, k, waves_arg(waves));
        },
        py::arg("survey"), py::arg("responses"), py::arg("k") = 5, py::arg("waves") = py::none(),
        "Per item x group x wave: valid answers, top-box share with its Wilson 95% interval, the median point.");
    m.def("survey_comparison", &survey_comparison, py::arg("survey"), py::arg("responses"), py::arg("wave_a"),
          py::arg("wave_b"), py::arg("k") = 5,
          "Per item x group: the top box in two waves and the difference b - a in percentage points with a\n"
          "Newcombe (hybrid Wilson score) 95% interval; `below_k` when a side has fewer than k valid answers.");
    m.def(
        "analyse_survey",
        [](const Survey& s, const SurveyResponses& r, std::int64_t k, const std::optional<std::vector<int>>& waves) {
            return analyse_survey(s, r, k, waves_arg(waves));
        },
        py::arg("survey"), py::arg("responses"), py::arg("k") = 5, py::arg("waves") = py::none(),
        "Every table (response, distribution, summary, comparisons of consecutive waves) and the findings.");
    m.def("wilson_interval", &wilson_interval, py::arg("successes"), py::arg("n"),
          "The Wilson score 95% interval as (lower, upper) Ratios in millionths, or None for n = 0.");
    m.def("newcombe_interval", &newcombe_interval, py::arg("x_a"), py::arg("n_a"), py::arg("x_b"), py::arg("n_b"),
          "The Newcombe hybrid score 95% interval of p_b - p_a in percentage points, as (lower, upper) Ratios in\n"
          "ten-thousandths, or None when n_a or n_b is 0.");
    m.def("survey_response_table", &survey_response_table, py::arg("rows"), "The response table as a cmkit.Table.");
    m.def("survey_distribution_table", &survey_distribution_table, py::arg("rows"), "The distribution table as a cmkit.Table.");
    m.def("survey_summary_table", &survey_summary_table, py::arg("rows"), "The summary table as a cmkit.Table.");
    m.def("survey_comparison_table", &survey_comparison_table, py::arg("rows"), "The comparison table as a cmkit.Table.");
    m.def("survey_response_csv", &survey_response_csv, py::arg("rows"), "The response table as CSV.");
    m.def("survey_distribution_csv", &survey_distribution_csv, py::arg("rows"), "The distribution table as CSV.");
    m.def("survey_summary_csv", &survey_summary_csv, py::arg("rows"), "The summary table as CSV.");
    m.def("survey_comparison_csv", &survey_comparison_csv, py::arg("rows"), "The comparison table as CSV.");

    // ---- synthetic data ----
    m.def(
        "survey_synthetic",
        [](const Survey& s, const std::optional<std::vector<int>>& waves, std::uint64_t seed,
           const std::optional<std::map<std::string, std::int64_t>>& sizes) {
            return survey_synthetic(s, waves_arg(waves), seed, sizes.value_or(std::map<std::string, std::int64_t>{}));
        },
        py::arg("definition"), py::arg("waves") = py::none(), py::arg("seed") = 2026, py::arg("sizes") = py::none(),
        "A SYNTHETIC response set (marked synthetic): sizes[group] respondents per wave (default 30) answer every\n"
        "item of their group. The same seed gives the same answers on every platform.");
}

}  // namespace cmkit::py_bind
