#pragma once
/// @file survey.hpp
/// The penvoerder's own impact survey: the biennial research (2026 and 2028 in the Amstelland plan)
/// into effects, successes and points for improvement, with digital questionnaires for schools,
/// leerkrachten, vakdocenten and the cultural sector (plan section 7, "Monitoring en evaluatie").
///
/// Three parts, as everywhere in cmkit:
///   - the **definition** (`Survey.1` JSON): respondent groups (with the number invited per wave, when
///     known), scales (ordered points with numeric codes, declared non-substantive codes such as
///     "weet niet" / "n.v.t.", how a missing answer is written, the top-box points) and items (which
///     scale, which groups, an optional theme). `validate_survey` reports rule breaches as Findings;
///   - the **responses**: a tidy long table `respondent_id,wave,group,item,value` (CSV) or
///     `SurveyResponses.1` JSON. Unreadable input is a FormatError naming the file, line and column;
///     `validate_survey_responses` reports breaches (unknown group or item, value not in the scale,
///     duplicate answers, ...) as Findings;
///   - the **analysis**, pure functions returning tidy rows: response per group and wave, the
///     distribution of every item per group and wave, its top-box share with a Wilson 95% interval and
///     its median point, and the comparison of two waves with a Newcombe (hybrid Wilson score) interval.
///
/// Disclosure rule: the distribution of an item × group × wave with fewer than `k` valid answers
/// (k = 5 by default) is published only as *suppressed*: its counts, shares, top box and median are
/// empty; a comparison with such a side is flagged `below_k` and has empty figures too.
///
/// Interval bounds are not exact numbers; cmkit computes them in double precision and stores them as
/// fixed-point decimals in a Ratio (proportions with denominator 1 000 000, percentage points with
/// denominator 10 000: six decimals of a proportion), rounded half away from zero, so the output is the
/// same text on every platform. Shares and differences are exact Ratios. See docs/impact-survey.md.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/table.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

// ---- the definition ------------------------------------------------------------------------------

/// One answer point of a scale, in scale order (lowest first).
struct ScalePoint {
    std::int64_t code = 0;  ///< the number written in the response data
    Label label;
    Extras extras;
    friend bool operator==(const ScalePoint&, const ScalePoint&) = default;
};

/// A declared non-substantive answer such as "weet niet" or "n.v.t.": counted on its own and, when
/// `excluded_from_percentages` (the normal case), left out of the base of every share.
struct ScaleCode {
    std::int64_t code = 0;
    Label label;
    bool excluded_from_percentages = true;
    Extras extras;
    friend bool operator==(const ScaleCode&, const ScaleCode&) = default;
};

/// An answer scale: ordered points, non-substantive codes, the missing marker and the top box.
struct SurveyScale {
    std::string id;
    Label label;
    std::vector<ScalePoint> points;                 ///< ordered, lowest first; codes ascending
    std::vector<ScaleCode> non_substantive;         ///< "weet niet", "n.v.t.", ...
    std::string missing;                            ///< how a missing answer is written in CSV (default: empty)
    std::optional<std::vector<std::int64_t>> top_box;  ///< codes of the top box; absent: the two highest points
    Extras extras;
    friend bool operator==(const SurveyScale&, const SurveyScale&) = default;

    /// The codes of the top box: `top_box` when given, else the codes of the two highest points.
    std::vector<std::int64_t> top_box_codes() const;
    /// The point with this code, or nullptr.
    const ScalePoint* point(std::int64_t code) const;
    /// The non-substantive code with this code, or nullptr.
    const ScaleCode* non_substantive_code(std::int64_t code) const;
};

/// A respondent group (scholen, leerkrachten, vakdocenten, culturele_partners) and how many were
/// invited per wave, when known (for response rates; absent means unknown, never zero).
struct SurveyGroup {
    std::string id;
    Label label;
    std::map<int, std::int64_t> invited;  ///< wave (year) -> number invited
    Extras extras;
    friend bool operator==(const SurveyGroup&, const SurveyGroup&) = default;
};

/// A theme of the research (effecten, successen, verbeterpunten, aansluiting, visievorming, ...).
struct SurveyTheme {
    std::string id;
    Label label;
    Extras extras;
    friend bool operator==(const SurveyTheme&, const SurveyTheme&) = default;
};

/// A question (statement) of the questionnaire.
struct SurveyItem {
    std::string id;
    Label label;
    std::string scale;                  ///< id of its scale
    std::vector<std::string> groups;    ///< ids of the groups that get it
    std::optional<std::string> theme;   ///< id of a theme
    Extras extras;
    friend bool operator==(const SurveyItem&, const SurveyItem&) = default;
};

/// The definition of an impact survey (`Survey.1`).
struct Survey {
    std::string id;
    Label label;
    std::optional<std::string> plan;                 ///< id of the plan it belongs to
    std::optional<std::string> monitoring_activity;  ///< id of the plan's monitoring activity
    bool example = false;     ///< the item texts are illustrations, not the real questionnaire
    std::optional<std::string> note;
    std::vector<int> waves;   ///< the planned waves (years); empty: any
    std::vector<SurveyGroup> groups;
    std::vector<SurveyTheme> themes;
    std::vector<SurveyScale> scales;
    std::vector<SurveyItem> items;
    Extras extras;
    friend bool operator==(const Survey&, const Survey&) = default;

    const SurveyGroup* group(std::string_view id) const;
    const SurveyScale* scale(std::string_view id) const;
    const SurveyItem* item(std::string_view id) const;
    const SurveyTheme* theme(std::string_view id) const;
};

/// Reads a survey definition file (`Survey.1` JSON). FormatError when malformed, FileError when unreadable.
Survey load_survey(const std::string& path);
/// Parses a survey definition; @p source names the input in errors.
Survey survey_from_json(std::string_view text, const std::string& source = "<string>");
/// Names of the built-in survey definitions (data/survey/*.json).
std::vector<std::string> survey_definitions();
/// A built-in survey definition by name (NotFoundError when unknown).
Survey survey_definition(const std::string& name = "amstelland-impact-example");

/// Checks a definition: EMPTY_ID, DUPLICATE_GROUP_ID, DUPLICATE_SCALE_ID, DUPLICATE_ITEM_ID,
/// DUPLICATE_THEME_ID, DUPLICATE_WAVE, SCALE_TOO_FEW_POINTS, SCALE_CODES_NOT_ASCENDING,
/// DUPLICATE_SCALE_CODE, MISSING_MARKER_IS_CODE, TOP_BOX_EMPTY, TOP_BOX_NOT_IN_SCALE, UNKNOWN_SCALE,
/// ITEM_GROUP_UNKNOWN, UNKNOWN_THEME, INVITED_NOT_POSITIVE (errors); TOP_BOX_ALL_POINTS,
/// ITEM_WITHOUT_GROUPS, INVITED_WAVE_NOT_PLANNED (warnings); NON_SUBSTANTIVE_IN_BASE, SURVEY_EXAMPLE
/// (info). Paths are JSON pointers into the definition.
std::vector<Finding> validate_survey(const Survey& survey);

// ---- responses -----------------------------------------------------------------------------------

/// One answer: one respondent, one wave, one item. `value` absent = missing answer.
struct SurveyAnswer {
    std::string respondent_id;
    int wave = 2026;
    std::string group;
    std::string item;
    std::optional<std::int64_t> value;
    Extras extras;
    friend bool operator==(const SurveyAnswer&, const SurveyAnswer&) = default;
};

/// A response set (`SurveyResponses.1`).
struct SurveyResponses {
    std::optional<std::string> survey;  ///< id of the survey definition (not stated in CSV)
    bool synthetic = false;             ///< made-up data: every output using it says so
    std::optional<std::string> note;
    std::vector<SurveyAnswer> answers;
    Extras extras;
    friend bool operator==(const SurveyResponses&, const SurveyResponses&) = default;
};

/// Reads responses from CSV text with exactly the columns `respondent_id,wave,group,item,value` (any
/// order, `,` or `;`). An empty value is a missing answer; with a @p definition, a value equal to the
/// `missing` marker of the item's scale is one too. FormatError (source, "line N, column C") for a bad
/// header, an empty id, a wave that is not a year, or a value that is not an integer.
SurveyResponses survey_responses_from_csv(std::string_view text, const std::string& source = "<string>",
                                          const Survey* definition = nullptr);
/// Writes responses as CSV (`respondent_id,wave,group,item,value`; a missing answer is an empty cell).
std::string survey_responses_to_csv(const SurveyResponses& responses);
/// Reads a response file: `.csv` as CSV, anything else as `SurveyResponses.1` JSON.
SurveyResponses load_survey_responses(const std::string& path, const Survey* definition = nullptr);

/// Checks responses against the definition: UNKNOWN_GROUP, UNKNOWN_ITEM, ITEM_NOT_ASKED_TO_GROUP,
/// VALUE_NOT_IN_SCALE, DUPLICATE_ANSWER, RESPONDENT_IN_TWO_GROUPS (errors); UNKNOWN_WAVE,
/// RESPONSES_OF_OTHER_SURVEY, MORE_RESPONDENTS_THAN_INVITED (warnings); RESPONSES_SYNTHETIC (info).
/// Paths are `/answers/I/field`.
std::vector<Finding> validate_survey_responses(const Survey& survey, const SurveyResponses& responses);

// ---- analysis ------------------------------------------------------------------------------------

/// Response of one group in one wave.
struct SurveyResponseRow {
    int wave = 2026;
    std::string group;
    Label label;
    std::int64_t respondents = 0;          ///< distinct respondent ids with at least one answer row
    std::optional<std::int64_t> invited;   ///< from the definition; absent when unknown
    std::optional<Ratio> rate;             ///< respondents / invited (not reduced); absent without invited
    Extras extras;
    friend bool operator==(const SurveyResponseRow&, const SurveyResponseRow&) = default;
};

/// One category of the distribution of an item in a group and wave: a scale point, a non-substantive
/// code, or the missing answers.
struct SurveyDistributionRow {
    int wave = 2026;
    std::string group;
    std::string item;
    std::string kind;                   ///< "point", "non-substantive" or "missing"
    std::optional<std::int64_t> code;   ///< absent for "missing"
    Label label;
    std::optional<std::int64_t> count;  ///< empty when suppressed
    std::optional<Ratio> share;         ///< count / valid for categories in the base; else empty
    bool suppressed = false;            ///< fewer than k valid answers
    Extras extras;
    friend bool operator==(const SurveyDistributionRow&, const SurveyDistributionRow&) = default;
};

/// The summary of an item in a group and wave: the counts, the top-box share with its Wilson 95%
/// interval and the median point.
struct SurveySummaryRow {
    int wave = 2026;
    std::string group;
    std::string item;
    std::optional<std::string> theme;
    std::string scale;
    std::int64_t valid = 0;                          ///< answers in the base of the shares
    std::optional<std::int64_t> answered;            ///< answer rows (valid + excluded + missing + invalid)
    std::optional<std::int64_t> non_substantive;     ///< excluded non-substantive answers ("weet niet")
    std::optional<std::int64_t> missing;
    std::optional<std::int64_t> invalid;             ///< values not in the scale (see VALUE_NOT_IN_SCALE)
    bool suppressed = false;                         ///< valid < k: every other figure is empty
    std::optional<Ratio> top_box;                    ///< answers in the top box / valid
    std::optional<Ratio> top_box_lower;              ///< Wilson 95%, proportion in millionths
    std::optional<Ratio> top_box_upper;
    std::optional<std::int64_t> median;              ///< code of the median point (lower median)
    Extras extras;
    friend bool operator==(const SurveySummaryRow&, const SurveySummaryRow&) = default;
};

/// The top box of an item in a group in two waves and the difference (b − a).
struct SurveyComparisonRow {
    std::string group;
    std::string item;
    std::optional<std::string> theme;
    int wave_a = 2026;
    int wave_b = 2028;
    std::int64_t valid_a = 0;
    std::int64_t valid_b = 0;
    bool below_k = false;                   ///< a side has fewer than k valid answers: figures empty
    std::optional<Ratio> top_box_a;         ///< x_a / n_a
    std::optional<Ratio> top_box_b;
    std::optional<Ratio> difference;        ///< percentage points, exact: 100 (x_b n_a − x_a n_b) / (n_a n_b)
    std::optional<Ratio> lower;             ///< Newcombe 95%, percentage points in ten-thousandths
    std::optional<Ratio> upper;
    Extras extras;
    friend bool operator==(const SurveyComparisonRow&, const SurveyComparisonRow&) = default;
};

/// Everything `analyse_survey` computes.
struct SurveyAnalysis {
    std::string survey;
    std::int64_t k = 5;
    std::vector<int> waves;
    bool synthetic = false;
    std::vector<SurveyResponseRow> response;
    std::vector<SurveyDistributionRow> distribution;
    std::vector<SurveySummaryRow> summary;
    std::vector<SurveyComparisonRow> comparison;   ///< consecutive waves
    std::vector<Finding> findings;                 ///< of the definition and the responses
    Extras extras;
    friend bool operator==(const SurveyAnalysis&, const SurveyAnalysis&) = default;
};

/// The waves analysed: @p waves when given, else the definition's waves and every wave in the
/// responses, ascending.
std::vector<int> survey_waves(const Survey& survey, const SurveyResponses& responses, const std::vector<int>& waves = {});

/// Respondents per group and wave (every group of the definition × every wave).
std::vector<SurveyResponseRow> survey_response(const Survey& survey, const SurveyResponses& responses,
                                               const std::vector<int>& waves = {});
/// The distribution of every item per group (that gets it) and wave. InvalidArgument for k < 0.
std::vector<SurveyDistributionRow> survey_distribution(const Survey& survey, const SurveyResponses& responses,
                                                       std::int64_t k = 5, const std::vector<int>& waves = {});
/// Top box with Wilson interval and median per item × group × wave.
std::vector<SurveySummaryRow> survey_summary(const Survey& survey, const SurveyResponses& responses, std::int64_t k = 5,
                                             const std::vector<int>& waves = {});
/// The comparison of waves @p wave_a and @p wave_b per item × group.
std::vector<SurveyComparisonRow> survey_comparison(const Survey& survey, const SurveyResponses& responses, int wave_a,
                                                   int wave_b, std::int64_t k = 5);
/// All tables, consecutive-wave comparisons, and the findings of both inputs.
SurveyAnalysis analyse_survey(const Survey& survey, const SurveyResponses& responses, std::int64_t k = 5,
                              const std::vector<int>& waves = {});

/// The Wilson score interval (95%, z = 1.959963984540054) of @p successes out of @p n, as
/// proportions in millionths (Ratio with denominator 1 000 000); nullopt for n = 0.
std::optional<std::pair<Ratio, Ratio>> wilson_interval(std::int64_t successes, std::int64_t n);
/// The Newcombe hybrid score interval (95%) of p_b − p_a, in percentage points as ten-thousandths
/// (Ratio with denominator 10 000); nullopt when n_a or n_b is 0.
std::optional<std::pair<Ratio, Ratio>> newcombe_interval(std::int64_t x_a, std::int64_t n_a, std::int64_t x_b,
                                                         std::int64_t n_b);

/// Each table as a cmkit::Table, the one place its columns are defined (names, order, types, docs): the
/// CSV below, the CLI's JSON and the Python DataFrames are all made from it. Ratios are split into
/// `_numerator` / `_denominator` integer columns (exact); the summary's shares and the comparison's
/// percentage points are also double columns, written in CSV with 6 and 4 decimals (rounded half away
/// from zero from the exact ratio). Labels are `label_nl` / `label_en`.
Table survey_response_table(const std::vector<SurveyResponseRow>& rows);
Table survey_distribution_table(const std::vector<SurveyDistributionRow>& rows);
Table survey_summary_table(const std::vector<SurveySummaryRow>& rows);
Table survey_comparison_table(const std::vector<SurveyComparisonRow>& rows);

/// CSV of each table: `survey_*_table(rows).to_csv()`.
std::string survey_response_csv(const std::vector<SurveyResponseRow>& rows);
std::string survey_distribution_csv(const std::vector<SurveyDistributionRow>& rows);
std::string survey_summary_csv(const std::vector<SurveySummaryRow>& rows);
std::string survey_comparison_csv(const std::vector<SurveyComparisonRow>& rows);

// ---- synthetic data ------------------------------------------------------------------------------

/// A SYNTHETIC response set for @p survey: for every wave and group, `sizes[group]` respondents
/// (groups not in @p sizes get 30) answer every item asked to their group. Marked `synthetic`, with
/// respondent ids starting "synthetic-". Deterministic for a seed on every platform (splitmix64 seeding
/// xoshiro256**, integer arithmetic only). Some answers are missing or non-substantive, and later
/// waves lean slightly higher, so that every table has something to show.
SurveyResponses survey_synthetic(const Survey& survey, const std::vector<int>& waves, std::uint64_t seed = 2026,
                                 const std::map<std::string, std::int64_t>& sizes = {});

// ---- descriptions --------------------------------------------------------------------------------

template <>
struct Describe<ScalePoint> {
    static constexpr std::string_view name = "ScalePoint", doc = "An answer point of a scale.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("code", &ScalePoint::code, "number written in the data"),
                                                   field("label", &ScalePoint::label));
};

template <>
struct Describe<ScaleCode> {
    static constexpr std::string_view name = "ScaleCode", doc = "A non-substantive answer code (weet niet, n.v.t.).";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("code", &ScaleCode::code), field("label", &ScaleCode::label),
        field_default("excluded_from_percentages", &ScaleCode::excluded_from_percentages,
                      "left out of the base of every share (default true)"));
};

template <>
struct Describe<SurveyScale> {
    static constexpr std::string_view name = "SurveyScale", doc = "An answer scale of a survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &SurveyScale::id), field("label", &SurveyScale::label),
        field("points", &SurveyScale::points, "ordered, lowest first"),
        field_default("non_substantive", &SurveyScale::non_substantive, "weet niet, n.v.t., ..."),
        field_default("missing", &SurveyScale::missing, "how a missing answer is written in CSV (default empty)"),
        field("top_box", &SurveyScale::top_box, "codes of the top box; absent: the two highest points"));
};

template <>
struct Describe<SurveyGroup> {
    static constexpr std::string_view name = "SurveyGroup", doc = "A respondent group of a survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &SurveyGroup::id), field("label", &SurveyGroup::label),
        field_default("invited", &SurveyGroup::invited, "number invited per wave (year); absent when unknown"));
};

template <>
struct Describe<SurveyTheme> {
    static constexpr std::string_view name = "SurveyTheme", doc = "A theme of a survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &SurveyTheme::id), field("label", &SurveyTheme::label));
};

template <>
struct Describe<SurveyItem> {
    static constexpr std::string_view name = "SurveyItem", doc = "A question of a survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &SurveyItem::id), field("label", &SurveyItem::label), field("scale", &SurveyItem::scale),
        field("groups", &SurveyItem::groups, "ids of the groups that get it"),
        field("theme", &SurveyItem::theme, "id of a theme"));
};

template <>
struct Describe<Survey> {
    static constexpr std::string_view name = "Survey", doc = "The definition of an impact survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Survey::id), field("label", &Survey::label), field("plan", &Survey::plan, "id of the plan"),
        field("monitoring_activity", &Survey::monitoring_activity, "id of the plan's monitoring activity"),
        field_default("example", &Survey::example, "true: the item texts are illustrations"),
        field("note", &Survey::note), field_default("waves", &Survey::waves, "the planned waves (years)"),
        field("groups", &Survey::groups), field_default("themes", &Survey::themes), field("scales", &Survey::scales),
        field("items", &Survey::items));
};

template <>
struct Describe<SurveyAnswer> {
    static constexpr std::string_view name = "SurveyAnswer", doc = "One answer of one respondent to one item.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("respondent_id", &SurveyAnswer::respondent_id), field("wave", &SurveyAnswer::wave, "year"),
        field("group", &SurveyAnswer::group), field("item", &SurveyAnswer::item),
        field("value", &SurveyAnswer::value, "the code; absent or null: missing"));
};

template <>
struct Describe<SurveyResponses> {
    static constexpr std::string_view name = "SurveyResponses", doc = "The answers of a survey.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("survey", &SurveyResponses::survey, "id of the survey definition"),
        field_default("synthetic", &SurveyResponses::synthetic), field("note", &SurveyResponses::note),
        field("answers", &SurveyResponses::answers));
};

template <>
struct Describe<SurveyResponseRow> {
    static constexpr std::string_view name = "SurveyResponseRow", doc = "Response of one group in one wave.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &SurveyResponseRow::wave), field("group", &SurveyResponseRow::group),
        field("label", &SurveyResponseRow::label), field("respondents", &SurveyResponseRow::respondents),
        field("invited", &SurveyResponseRow::invited), field("rate", &SurveyResponseRow::rate, "respondents / invited"));
};

template <>
struct Describe<SurveyDistributionRow> {
    static constexpr std::string_view name = "SurveyDistributionRow",
                                      doc = "One category of an item's distribution in a group and wave.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &SurveyDistributionRow::wave), field("group", &SurveyDistributionRow::group),
        field("item", &SurveyDistributionRow::item),
        field("kind", &SurveyDistributionRow::kind, "point, non-substantive or missing"),
        field("code", &SurveyDistributionRow::code), field("label", &SurveyDistributionRow::label),
        field("count", &SurveyDistributionRow::count, "empty when suppressed"),
        field("share", &SurveyDistributionRow::share, "count / valid, for categories in the base"),
        field("suppressed", &SurveyDistributionRow::suppressed, "fewer than k valid answers"));
};

template <>
struct Describe<SurveySummaryRow> {
    static constexpr std::string_view name = "SurveySummaryRow",
                                      doc = "Top box (Wilson 95%) and median of an item in a group and wave.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &SurveySummaryRow::wave), field("group", &SurveySummaryRow::group),
        field("item", &SurveySummaryRow::item), field("theme", &SurveySummaryRow::theme),
        field("scale", &SurveySummaryRow::scale), field("valid", &SurveySummaryRow::valid, "answers in the base"),
        field("answered", &SurveySummaryRow::answered), field("non_substantive", &SurveySummaryRow::non_substantive),
        field("missing", &SurveySummaryRow::missing), field("invalid", &SurveySummaryRow::invalid),
        field("suppressed", &SurveySummaryRow::suppressed, "fewer than k valid answers"),
        field("top_box", &SurveySummaryRow::top_box, "top-box answers / valid"),
        field("top_box_lower", &SurveySummaryRow::top_box_lower, "Wilson 95% lower bound, millionths"),
        field("top_box_upper", &SurveySummaryRow::top_box_upper, "Wilson 95% upper bound, millionths"),
        field("median", &SurveySummaryRow::median, "code of the median point"));
};

template <>
struct Describe<SurveyComparisonRow> {
    static constexpr std::string_view name = "SurveyComparisonRow", doc = "The top box of an item in two waves.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("group", &SurveyComparisonRow::group), field("item", &SurveyComparisonRow::item),
        field("theme", &SurveyComparisonRow::theme), field("wave_a", &SurveyComparisonRow::wave_a),
        field("wave_b", &SurveyComparisonRow::wave_b), field("valid_a", &SurveyComparisonRow::valid_a),
        field("valid_b", &SurveyComparisonRow::valid_b),
        field("below_k", &SurveyComparisonRow::below_k, "a side has fewer than k valid answers"),
        field("top_box_a", &SurveyComparisonRow::top_box_a), field("top_box_b", &SurveyComparisonRow::top_box_b),
        field("difference", &SurveyComparisonRow::difference, "b − a in percentage points, exact"),
        field("lower", &SurveyComparisonRow::lower, "Newcombe 95% lower bound, percentage points in ten-thousandths"),
        field("upper", &SurveyComparisonRow::upper, "Newcombe 95% upper bound, percentage points in ten-thousandths"));
};

template <>
struct Describe<SurveyAnalysis> {
    static constexpr std::string_view name = "SurveyAnalysis", doc = "The tables of an impact-survey analysis.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("survey", &SurveyAnalysis::survey), field("k", &SurveyAnalysis::k, "suppression threshold"),
        field("waves", &SurveyAnalysis::waves), field("synthetic", &SurveyAnalysis::synthetic),
        field("response", &SurveyAnalysis::response), field("distribution", &SurveyAnalysis::distribution),
        field("summary", &SurveyAnalysis::summary), field("comparison", &SurveyAnalysis::comparison),
        field("findings", &SurveyAnalysis::findings));
};

}  // namespace cmkit
