#pragma once
/// @file evi/instrument.hpp
/// Evi instrument definitions as open, versioned data: the pillars, their items (statements, the
/// school's own scenario, ambition, satisfaction, VO objectives), the answer scales, and the scoring rule
/// that turns statements into a derived scenario.
///
/// The built-in definitions (data/evi/*.json) hold only what public sources state; every item text that
/// is not public is absent (`label` null, `label_public` false), and every scale or rule that is cmkit's
/// own assumption says so (`confirmed` false, `official` false). A region with its own questions (as
/// Amstelland has "op maat ontwikkelde vragen") loads its own definition with load_evi_instrument().
/// See docs/evi-analysis.md.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/school.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// One labelled point of a scale.
struct EviScalePoint {
    std::int64_t value = 0;
    std::optional<Label> label;  ///< absent when the wording is not public
    Extras extras;
    friend bool operator==(const EviScalePoint&, const EviScalePoint&) = default;
};

/// An integer answer scale from `min` to `max`, with optional non-substantive codes ("weet niet") that
/// are valid answers but never enter a score, a mean or a percentage.
struct EviScale {
    std::string id;
    Label label;
    std::int64_t min = 1;
    std::int64_t max = 4;
    std::vector<EviScalePoint> points;      ///< labels of (some of) the points
    std::vector<std::int64_t> dont_know;    ///< codes outside [min, max] meaning "weet niet" / "n.v.t."
    bool confirmed = false;                 ///< the scale is stated by a public source
    std::optional<std::string> source;
    Extras extras;
    friend bool operator==(const EviScale&, const EviScale&) = default;

    /// True when @p v is a substantive answer (within [min, max]).
    bool substantive(std::int64_t v) const noexcept { return v >= min && v <= max; }
    /// True when @p v is a declared "weet niet" code.
    bool is_dont_know(std::int64_t v) const noexcept;
};

/// What an item measures.
enum class EviItemKind {
    Statement,     ///< one of a pillar's statements (input of the scoring rule)
    OwnScenario,   ///< the scenario (1-4) the school places itself in: item code `scenario`
    Ambition,      ///< the scenario the school wants to reach
    Satisfaction,  ///< satisfaction, in general or regarding the pupils
    Objective,     ///< Evi VO: how far one of the ten content objectives is met
    Other          ///< a region's own question
};

template <>
struct DescribeEnum<EviItemKind> {
    static constexpr std::string_view name = "EviItemKind";
    static constexpr std::array values{std::pair{EviItemKind::Statement, std::string_view("statement")},
                                       std::pair{EviItemKind::OwnScenario, std::string_view("own_scenario")},
                                       std::pair{EviItemKind::Ambition, std::string_view("ambition")},
                                       std::pair{EviItemKind::Satisfaction, std::string_view("satisfaction")},
                                       std::pair{EviItemKind::Objective, std::string_view("objective")},
                                       std::pair{EviItemKind::Other, std::string_view("other")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("one of a pillar's statements (input of the scoring rule)"),
                                     std::string_view("the scenario (1-4) the school places itself in: item code `scenario`"),
                                     std::string_view("the scenario the school wants to reach"),
                                     std::string_view("satisfaction, in general or regarding the pupils"),
                                     std::string_view("Evi VO: how far one of the ten content objectives is met"),
                                     std::string_view("a region's own question")};
};

/// One question of a pillar, identified by a stable code (`s1`..`s5`, `scenario`, `ambition`,
/// `sat_general`, `sat_pupils`, `d01`..`d10`).
struct EviItem {
    std::string id;
    EviItemKind kind = EviItemKind::Other;
    std::string scale;                ///< id of an EviScale of the instrument
    bool required = false;            ///< a school that answers the instrument must answer this item
    std::optional<Label> label;       ///< the item's wording; absent when it is not public
    bool label_public = false;        ///< the wording is public (then label is set)
    bool confirmed = false;           ///< the item's existence is stated by a public source
    Extras extras;
    friend bool operator==(const EviItem&, const EviItem&) = default;
};

/// The description of one scenario of a pillar, where a public source gives one.
struct EviScenarioText {
    std::int64_t value = 1;
    std::optional<Label> text;
    std::optional<std::string> source;
    Extras extras;
    friend bool operator==(const EviScenarioText&, const EviScenarioText&) = default;
};

/// A pillar (visie, deskundigheid, programma, samenwerking, leerling) or, with `maturity` false, a group of
/// items that is not a pillar (the ten VO objectives).
struct EviPillar {
    std::string id;
    Label label;
    bool maturity = true;                     ///< a pillar with scenarios 1-4 (false: VO objectives)
    std::vector<EviScenarioText> scenarios;   ///< known scenario descriptions
    std::vector<EviItem> items;
    Extras extras;
    friend bool operator==(const EviPillar&, const EviPillar&) = default;

    /// The item with this code, or nullptr.
    const EviItem* item(std::string_view id) const;
};

/// The rule that derives a pillar's scenario from its statements. The official Evi rule is not public;
/// the built-in rule is cmkit's documented proposal (`official` false) and a region may replace it.
///
/// Rule `mean_thresholds`: the mean m of the pillar's substantive statement answers (at least
/// `min_answers` of them) gives scenario 1 when m < t1, 2 when t1 <= m < t2, 3 when t2 <= m < t3, and 4
/// when m >= t3, compared exactly (thresholds are fractions).
struct EviScoring {
    std::string id;
    Label description;
    bool official = false;                  ///< the instrument owner's rule (never true for built-ins)
    std::string rule = "mean_thresholds";   ///< the only rule so far
    std::vector<Ratio> thresholds;          ///< ascending, one fewer than the number of scenarios
    std::int64_t min_answers = 1;           ///< fewer substantive statements: no derived scenario
    std::vector<std::string> pillars;       ///< pillars scored (those with statements)
    Extras extras;
    friend bool operator==(const EviScoring&, const EviScoring&) = default;

    /// The derived scenario from the substantive statement answers, or nullopt when too few.
    std::optional<std::int64_t> derive(const std::vector<std::int64_t>& answers) const;
};

/// A versioned Evi instrument: Evi 2.0 PO, Evi 2.1 PO, Evi VO, or a region's own definition.
struct EviInstrument {
    std::string id;                         ///< e.g. "evi-2.1-po"; the `instrument` column of responses
    Label label;
    std::string family;                     ///< "evi-po" or "evi-vo": versions of one instrument
    std::string version;                    ///< "2.0", "2.1", "1.0"
    std::vector<Sector> sectors;            ///< sectors whose schools fill it in
    std::optional<int> first_year;          ///< first calendar year it was in use (waves before it are wrong)
    bool first_year_confirmed = false;
    std::vector<std::string> sources;       ///< public sources of the facts in this definition
    std::optional<std::string> note;
    std::vector<EviScale> scales;
    std::vector<EviPillar> pillars;
    std::optional<EviScoring> scoring;
    Extras extras;
    friend bool operator==(const EviInstrument&, const EviInstrument&) = default;

    /// The pillar with this id, or nullptr.
    const EviPillar* pillar(std::string_view id) const;
    /// The scale with this id; throws NotFoundError.
    const EviScale& scale(std::string_view id) const;
};

/// The ids of the built-in instruments (data/evi/*.json), sorted.
std::vector<std::string> evi_instruments();
/// A built-in instrument; throws NotFoundError naming the known ones.
EviInstrument evi_instrument(const std::string& id);
/// Every built-in instrument.
std::vector<EviInstrument> builtin_evi_instruments();
/// Reads an instrument definition (`EviInstrument.1` JSON) from a file.
EviInstrument load_evi_instrument(const std::string& path);
/// Checks a definition: unknown scale ids, duplicate ids, scoring of a pillar without statements,
/// thresholds not ascending, labels claimed public but absent. Codes EVI_DEF_*; paths are JSON pointers.
std::vector<struct Finding> check_evi_instrument(const EviInstrument& instrument);
/// The canonical JSON text of a definition (for digests in the manifest).
std::string evi_instrument_json(const EviInstrument& instrument);

template <>
struct Describe<EviScalePoint> {
    static constexpr std::string_view name = "EviScalePoint", doc = "One labelled point of a scale.";
    static constexpr int version = 1;
    static constexpr auto fields =
        field_list(field("value", &EviScalePoint::value), field("label", &EviScalePoint::label));
};

template <>
struct Describe<EviScale> {
    static constexpr std::string_view name = "EviScale", doc = "An integer answer scale.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &EviScale::id), field("label", &EviScale::label), field("min", &EviScale::min),
        field("max", &EviScale::max), field_default("points", &EviScale::points),
        field_default("dont_know", &EviScale::dont_know, "codes meaning 'weet niet', excluded from scores"),
        field_default("confirmed", &EviScale::confirmed, "stated by a public source"),
        field("source", &EviScale::source));
};

template <>
struct Describe<EviItem> {
    static constexpr std::string_view name = "EviItem", doc = "One question of a pillar, by code.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &EviItem::id), field("kind", &EviItem::kind), field("scale", &EviItem::scale),
        field_default("required", &EviItem::required), field("label", &EviItem::label, "absent when not public"),
        field_default("label_public", &EviItem::label_public), field_default("confirmed", &EviItem::confirmed));
};

template <>
struct Describe<EviScenarioText> {
    static constexpr std::string_view name = "EviScenarioText", doc = "A public description of a scenario.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("value", &EviScenarioText::value),
                                                   field("text", &EviScenarioText::text),
                                                   field("source", &EviScenarioText::source));
};

template <>
struct Describe<EviPillar> {
    static constexpr std::string_view name = "EviPillar", doc = "A pillar of an Evi instrument.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &EviPillar::id), field("label", &EviPillar::label),
        field_default("maturity", &EviPillar::maturity, "has scenarios 1-4"),
        field_default("scenarios", &EviPillar::scenarios), field("items", &EviPillar::items));
};

template <>
struct Describe<EviScoring> {
    static constexpr std::string_view name = "EviScoring", doc = "Statements to derived scenario.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &EviScoring::id), field("description", &EviScoring::description),
        field("official", &EviScoring::official), field("rule", &EviScoring::rule),
        field("thresholds", &EviScoring::thresholds), field("min_answers", &EviScoring::min_answers),
        field("pillars", &EviScoring::pillars));
};

template <>
struct Describe<EviInstrument> {
    static constexpr std::string_view name = "EviInstrument", doc = "A versioned Evi instrument definition.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &EviInstrument::id), field("label", &EviInstrument::label),
        field("family", &EviInstrument::family), field("version", &EviInstrument::version),
        field("sectors", &EviInstrument::sectors), field("first_year", &EviInstrument::first_year),
        field_default("first_year_confirmed", &EviInstrument::first_year_confirmed),
        field_default("sources", &EviInstrument::sources), field("note", &EviInstrument::note),
        field("scales", &EviInstrument::scales), field("pillars", &EviInstrument::pillars),
        field("scoring", &EviInstrument::scoring));
};

}  // namespace cmkit
