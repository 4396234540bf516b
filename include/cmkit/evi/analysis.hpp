#pragma once
/// @file evi/analysis.hpp
/// The reproducible regional Evi analysis and the per-school dossier.
///
/// evi_analyse() turns answers (responses.hpp), instrument definitions (instrument.hpp) and a schools file
/// into tidy tables: response, scenario distributions ("pyramids") overall and by municipality, sector and
/// track, agreement between the school's own and the derived scenario, transition matrices and paired
/// change between waves, consistency between pillars, Cronbach's alpha of each pillar's statements, seeded
/// bootstrap intervals, satisfaction, ambition and VO objective summaries. Every count of schools that is
/// published goes through disclosure control (evi/disclosure.hpp): cells with fewer than k schools are
/// suppressed, with complementary suppression. School ids and names never appear in these tables.
/// The same inputs and options give the same result, value for value, and a manifest names every input,
/// definition and parameter. The method is in docs/evi-analysis.md.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/progress_report.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/evi/responses.hpp"
#include "cmkit/table.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/schools.hpp"

namespace cmkit {

/// Parameters of the analysis (all recorded in the manifest).
struct EviAnalysisOptions {
    std::int64_t k = 5;                      ///< minimum cell size: fewer schools are suppressed (0: no control, internal use)
    std::int64_t seed = 20250601;            ///< seed of the bootstrap
    std::int64_t replicates = 2000;          ///< bootstrap replicates
    std::int64_t confidence_percent = 95;    ///< level of the bootstrap intervals
    std::vector<int> waves;                  ///< waves to analyse (empty: every wave in the data)
    std::optional<int> first_wave;           ///< answers before this wave are EVI_WAVE_OUT_OF_RANGE
    std::optional<int> last_wave;            ///< answers after this wave are EVI_WAVE_OUT_OF_RANGE
    Extras extras;
    friend bool operator==(const EviAnalysisOptions&, const EviAnalysisOptions&) = default;
};

/// One school's scores for one maturity pillar in one wave: the basis of every table. Not published
/// (it holds school ids); available for the dossier and for checking by hand.
struct EviScore {
    std::string school_id;
    int wave = 2025;
    std::string instrument;
    std::string pillar;
    std::string municipality;  ///< from the schools file, "onbekend" when the school is not in it
    std::string sector;
    std::string track;
    std::optional<std::int64_t> own_scenario;
    std::optional<std::int64_t> derived_scenario;   ///< by the instrument's scoring rule, when it scores the pillar
    std::optional<std::int64_t> ambition;
    std::optional<std::int64_t> sat_general;
    std::optional<std::int64_t> sat_pupils;
    std::int64_t statements_answered = 0;           ///< substantive statement answers
    Extras extras;
    friend bool operator==(const EviScore&, const EviScore&) = default;
};

/// Response: schools expected (in the schools file) and received (with at least one usable answer).
struct EviResponseRow {
    int wave = 2025;
    std::string group_by;   ///< all, municipality, sector, track
    std::string group;      ///< "all" when group_by is all
    std::optional<std::int64_t> expected;   ///< absent without a schools file
    std::int64_t received = 0;
    std::optional<Ratio> rate;              ///< received / expected
    Extras extras;
    friend bool operator==(const EviResponseRow&, const EviResponseRow&) = default;
};

/// One cell of a scenario distribution ("pyramid"): schools whose own scenario for the pillar is `scenario`.
struct EviDistributionRow {
    int wave = 2025;
    std::string pillar;
    std::string group_by;
    std::string group;
    std::int64_t scenario = 1;
    std::optional<std::int64_t> schools;    ///< absent when suppressed
    bool suppressed = false;
    std::string suppression;                ///< "", "primary" (< k) or "complementary"
    Extras extras;
    friend bool operator==(const EviDistributionRow&, const EviDistributionRow&) = default;
};

/// Agreement between the school's own scenario and the scenario derived from its statements.
struct EviAgreementRow {
    int wave = 2025;
    std::string pillar;
    std::int64_t schools = 0;                 ///< schools with both scenarios
    std::optional<std::int64_t> same;         ///< absent when suppressed
    std::optional<std::int64_t> own_higher;
    std::optional<std::int64_t> own_lower;
    bool suppressed = false;                  ///< one or more of the three counts suppressed
    Extras extras;
    friend bool operator==(const EviAgreementRow&, const EviAgreementRow&) = default;
};

/// One cell of a transition matrix: schools with own scenario `from_scenario` in `from_wave` and
/// `to_scenario` in `to_wave` (schools present in both waves with a scenario in both).
struct EviTransitionRow {
    int from_wave = 2023;
    int to_wave = 2025;
    std::string pillar;
    std::int64_t from_scenario = 1;
    std::int64_t to_scenario = 1;
    std::optional<std::int64_t> schools;
    bool suppressed = false;
    std::string suppression;
    Extras extras;
    friend bool operator==(const EviTransitionRow&, const EviTransitionRow&) = default;
};

/// Paired change of the own scenario between two waves.
struct EviPairedChangeRow {
    int from_wave = 2023;
    int to_wave = 2025;
    std::string pillar;
    std::int64_t schools = 0;                 ///< paired schools
    std::optional<std::int64_t> up;           ///< higher scenario (absent when suppressed)
    std::optional<std::int64_t> same;
    std::optional<std::int64_t> down;
    std::optional<double> mean_change;        ///< mean of (to - from); absent when it could reveal a suppressed count
    std::optional<double> lower;              ///< bootstrap interval of the mean change
    std::optional<double> upper;
    Extras extras;
    friend bool operator==(const EviPairedChangeRow&, const EviPairedChangeRow&) = default;
};

/// Consistency between two pillars in one wave (own scenarios): how many schools have the same scenario,
/// one apart, two or more apart. `pillar_a` = `pillar_b` = "all" describes the spread (highest minus lowest)
/// over all maturity pillars of the school.
struct EviConsistencyRow {
    int wave = 2025;
    std::string pillar_a;
    std::string pillar_b;
    std::int64_t schools = 0;
    std::optional<std::int64_t> same;
    std::optional<std::int64_t> one_apart;
    std::optional<std::int64_t> two_or_more_apart;
    std::optional<double> mean_abs_difference;  ///< absent when it could reveal a suppressed count
    Extras extras;
    friend bool operator==(const EviConsistencyRow&, const EviConsistencyRow&) = default;
};

/// Cronbach's alpha of one pillar's statements in one wave and instrument (complete cases only).
struct EviAlphaRow {
    int wave = 2025;
    std::string instrument;
    std::string pillar;
    std::int64_t items = 0;
    std::int64_t schools = 0;                ///< schools that answered every statement substantively
    std::optional<double> alpha;             ///< absent when schools < k or the total has no variance
    Extras extras;
    friend bool operator==(const EviAlphaRow&, const EviAlphaRow&) = default;
};

/// A seeded percentile-bootstrap interval of a statistic of one pillar's own scenarios.
struct EviIntervalRow {
    int wave = 2025;
    std::string pillar;
    std::string group_by;
    std::string group;
    std::string statistic;                   ///< mean_scenario, share_scenario_1 .. share_scenario_4
    std::int64_t schools = 0;
    double estimate = 0;
    double lower = 0;
    double upper = 0;
    Extras extras;
    friend bool operator==(const EviIntervalRow&, const EviIntervalRow&) = default;
};

/// Summary of a rated item (satisfaction, ambition, VO objective) per wave and pillar.
struct EviItemSummaryRow {
    int wave = 2025;
    std::string pillar;
    std::string item;
    std::int64_t schools = 0;                ///< substantive answers
    std::optional<double> mean;              ///< absent when schools < k
    std::optional<std::int64_t> median_low;  ///< lower median (the middle value, or the lower of the two)
    Extras extras;
    friend bool operator==(const EviItemSummaryRow&, const EviItemSummaryRow&) = default;
};

/// Ambition gap: ambition minus own scenario, per wave and pillar.
struct EviAmbitionRow {
    int wave = 2025;
    std::string pillar;
    std::int64_t schools = 0;                ///< schools with both
    std::optional<std::int64_t> gap_0;       ///< ambition = own scenario
    std::optional<std::int64_t> gap_1;
    std::optional<std::int64_t> gap_2_or_more;
    std::optional<std::int64_t> below;       ///< ambition lower than own scenario
    std::optional<double> mean_gap;
    Extras extras;
    friend bool operator==(const EviAmbitionRow&, const EviAmbitionRow&) = default;
};

/// An input of the analysis, by digest.
struct EviManifestInput {
    std::string role;      ///< responses, schools, instrument
    std::string name;      ///< file name or built-in id
    std::string sha256;    ///< of the bytes read (instruments: of their canonical JSON)
    std::int64_t records = 0;
    Extras extras;
    friend bool operator==(const EviManifestInput&, const EviManifestInput&) = default;
};

/// What a researcher needs to reproduce the analysis.
struct EviManifest {
    std::string library_version;
    std::string method;                      ///< "cmkit-evi-analysis-2": version of the method in docs/evi-analysis.md
    bool synthetic = false;                  ///< the input is synthetic (made-up) data
    std::vector<EviManifestInput> inputs;
    std::vector<std::string> scoring;        ///< "instrument: scoring id (official|not official)"
    EviAnalysisOptions options;
    std::vector<int> waves;                  ///< waves analysed
    std::vector<std::string> tables;
    std::string prng;                        ///< the generator and how the bootstrap draws (docs/evi-analysis.md §4)
    Extras extras;
    friend bool operator==(const EviManifest&, const EviManifest&) = default;
};

/// The whole regional analysis.
struct EviAnalysis {
    EviManifest manifest;
    std::vector<Finding> findings;           ///< validation findings and analysis remarks
    std::vector<EviResponseRow> response;
    std::vector<EviDistributionRow> distribution;
    std::vector<EviAgreementRow> agreement;
    std::vector<EviTransitionRow> transitions;
    std::vector<EviPairedChangeRow> paired_change;
    std::vector<EviConsistencyRow> consistency;
    std::vector<EviAlphaRow> alpha;
    std::vector<EviIntervalRow> intervals;
    std::vector<EviItemSummaryRow> items;
    std::vector<EviAmbitionRow> ambition;
    Extras extras;
    friend bool operator==(const EviAnalysis&, const EviAnalysis&) = default;
};

/// Scores per school, wave and maturity pillar (usable rows only), sorted by school, wave, pillar order.
std::vector<EviScore> evi_scores(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                                 const SchoolRegistry* schools = nullptr);

/// Runs the regional analysis. @p schools may be null (then no expected response and every group is
/// "onbekend"). Throws InvalidArgument for options out of range (k < 0; k = 0 turns disclosure control off, for internal use, replicates < 1 or > 100000,
/// confidence not in 50..99).
/// @p progress (progress_report.hpp) is told of each stage (validate, scores, response, bootstrap per wave and
/// pillar, transitions, consistency, alpha, items, manifest); false from it throws Cancelled.
EviAnalysis evi_analyse(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                        const SchoolRegistry* schools = nullptr, const EviAnalysisOptions& options = {},
                        const ProgressCallback& progress = {});

/// The table names of an analysis, in output order.
std::vector<std::string> evi_table_names();

/// Table @p name of an analysis as a cmkit::Table: one column per field of its row record, in order, typed
/// by the field (std::optional fields are nullable; rates are doubles kept exact). The CSV, the JSON of a
/// table and the Python DataFrames are all made from this. Throws NotFoundError for an unknown table.
Table evi_table(const EviAnalysis& analysis, const std::string& name);

/// The columns of table @p name, in order: the fields of its row record. With @p csv the columns of the CSV
/// form (distribution and transitions leave out `suppression`). Throws NotFoundError for an unknown table.
std::vector<std::string> evi_table_columns(const std::string& name, bool csv = true);

/// Table @p name as CSV: `,` and `\n`, a header first, absent values as empty cells, `true`/`false`,
/// floats as Python's repr() writes them (shortest round-trip text), rates as received / expected.
std::string evi_table_csv(const EviAnalysis& analysis, const std::string& name);

/// Every file of `cmkit evi analyse -o DIR`, sorted by name: analysis.json and manifest.json (canonical
/// JSON: sorted keys, two-space indent) and one `<table>.csv` per table. The same analysis gives the same bytes.
std::vector<std::pair<std::string, std::string>> evi_output_files(const EviAnalysis& analysis);

/// Writes evi_output_files(@p analysis) into @p directory, all or nothing (io::write_output_directory: the
/// directory must be new, empty or an earlier cmkit output), and returns the file names. The texts stay in
/// C++ (no copy of them passes through a caller's language).
std::vector<std::string> write_evi_outputs(const EviAnalysis& analysis, const std::string& directory);

/// One row of a school's dossier: a pillar in a wave.
struct EviDossierRow {
    int wave = 2025;
    std::string instrument;
    std::string pillar;
    std::optional<std::int64_t> own_scenario;
    std::optional<std::int64_t> derived_scenario;
    std::optional<bool> agrees;                    ///< own = derived (when both exist)
    std::optional<int> previous_wave;              ///< the school's previous wave with an own scenario for the pillar
    std::optional<std::int64_t> change;            ///< own scenario minus that of the previous wave
    std::optional<std::int64_t> ambition;
    std::optional<std::int64_t> ambition_gap;      ///< ambition minus own scenario
    std::optional<std::int64_t> sat_general;
    std::optional<std::int64_t> sat_pupils;
    Extras extras;
    friend bool operator==(const EviDossierRow&, const EviDossierRow&) = default;
};

/// Consistency between a school's pillars in one wave.
struct EviDossierWave {
    int wave = 2025;
    std::string instrument;
    std::optional<std::int64_t> lowest;           ///< lowest own scenario over the maturity pillars
    std::optional<std::int64_t> highest;
    std::optional<std::int64_t> spread;           ///< highest - lowest
    std::optional<std::int64_t> visie_minus_programma;  ///< does the vision show in the programme?
    bool consistent = false;                      ///< spread <= 1
    Extras extras;
    friend bool operator==(const EviDossierWave&, const EviDossierWave&) = default;
};

/// One school's Evi dossier over the waves.
struct EviDossier {
    std::string school_id;
    std::optional<std::string> name;
    std::optional<std::string> municipality;
    std::optional<std::string> sector;
    std::optional<std::string> track;
    std::vector<EviDossierRow> rows;
    std::vector<EviDossierWave> waves;
    std::vector<Finding> findings;                ///< the validation findings about this school's rows
    Extras extras;
    friend bool operator==(const EviDossier&, const EviDossier&) = default;
};

/// The dossier of one school. Throws NotFoundError when the school has no answers.
EviDossier evi_dossier(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                       const std::string& school_id, const SchoolRegistry* schools = nullptr);

// ---- descriptions ----------------------------------------------------------------------------------

template <>
struct Describe<EviAnalysisOptions> {
    static constexpr std::string_view name = "EviAnalysisOptions", doc = "Parameters of the Evi analysis.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field_default("k", &EviAnalysisOptions::k, "minimum cell size"), field_default("seed", &EviAnalysisOptions::seed),
        field_default("replicates", &EviAnalysisOptions::replicates),
        field_default("confidence_percent", &EviAnalysisOptions::confidence_percent),
        field_default("waves", &EviAnalysisOptions::waves), field("first_wave", &EviAnalysisOptions::first_wave),
        field("last_wave", &EviAnalysisOptions::last_wave));
};

template <>
struct Describe<EviScore> {
    static constexpr std::string_view name = "EviScore", doc = "One school's scores for a pillar in a wave.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("school_id", &EviScore::school_id), field("wave", &EviScore::wave), field("instrument", &EviScore::instrument),
        field("pillar", &EviScore::pillar), field("municipality", &EviScore::municipality), field("sector", &EviScore::sector),
        field("track", &EviScore::track), field("own_scenario", &EviScore::own_scenario),
        field("derived_scenario", &EviScore::derived_scenario), field("ambition", &EviScore::ambition),
        field("sat_general", &EviScore::sat_general), field("sat_pupils", &EviScore::sat_pupils),
        field("statements_answered", &EviScore::statements_answered));
};

template <>
struct Describe<EviResponseRow> {
    static constexpr std::string_view name = "EviResponseRow", doc = "Expected and received Evi responses.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviResponseRow::wave), field("group_by", &EviResponseRow::group_by), field("group", &EviResponseRow::group),
        field("expected", &EviResponseRow::expected), field("received", &EviResponseRow::received),
        field("rate", &EviResponseRow::rate));
};

template <>
struct Describe<EviDistributionRow> {
    static constexpr std::string_view name = "EviDistributionRow", doc = "One cell of a scenario distribution.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviDistributionRow::wave), field("pillar", &EviDistributionRow::pillar),
        field("group_by", &EviDistributionRow::group_by), field("group", &EviDistributionRow::group),
        field("scenario", &EviDistributionRow::scenario), field("schools", &EviDistributionRow::schools),
        field("suppressed", &EviDistributionRow::suppressed), field("suppression", &EviDistributionRow::suppression));
};

template <>
struct Describe<EviAgreementRow> {
    static constexpr std::string_view name = "EviAgreementRow", doc = "Own versus derived scenario.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviAgreementRow::wave), field("pillar", &EviAgreementRow::pillar),
        field("schools", &EviAgreementRow::schools), field("same", &EviAgreementRow::same),
        field("own_higher", &EviAgreementRow::own_higher), field("own_lower", &EviAgreementRow::own_lower),
        field("suppressed", &EviAgreementRow::suppressed));
};

template <>
struct Describe<EviTransitionRow> {
    static constexpr std::string_view name = "EviTransitionRow", doc = "One cell of a transition matrix.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("from_wave", &EviTransitionRow::from_wave), field("to_wave", &EviTransitionRow::to_wave),
        field("pillar", &EviTransitionRow::pillar), field("from_scenario", &EviTransitionRow::from_scenario),
        field("to_scenario", &EviTransitionRow::to_scenario), field("schools", &EviTransitionRow::schools),
        field("suppressed", &EviTransitionRow::suppressed), field("suppression", &EviTransitionRow::suppression));
};

template <>
struct Describe<EviPairedChangeRow> {
    static constexpr std::string_view name = "EviPairedChangeRow", doc = "Paired change between two waves.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("from_wave", &EviPairedChangeRow::from_wave), field("to_wave", &EviPairedChangeRow::to_wave),
        field("pillar", &EviPairedChangeRow::pillar), field("schools", &EviPairedChangeRow::schools),
        field("up", &EviPairedChangeRow::up), field("same", &EviPairedChangeRow::same), field("down", &EviPairedChangeRow::down),
        field("mean_change", &EviPairedChangeRow::mean_change), field("lower", &EviPairedChangeRow::lower),
        field("upper", &EviPairedChangeRow::upper));
};

template <>
struct Describe<EviConsistencyRow> {
    static constexpr std::string_view name = "EviConsistencyRow", doc = "Consistency between pillars.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviConsistencyRow::wave), field("pillar_a", &EviConsistencyRow::pillar_a),
        field("pillar_b", &EviConsistencyRow::pillar_b), field("schools", &EviConsistencyRow::schools),
        field("same", &EviConsistencyRow::same), field("one_apart", &EviConsistencyRow::one_apart),
        field("two_or_more_apart", &EviConsistencyRow::two_or_more_apart),
        field("mean_abs_difference", &EviConsistencyRow::mean_abs_difference));
};

template <>
struct Describe<EviAlphaRow> {
    static constexpr std::string_view name = "EviAlphaRow", doc = "Cronbach's alpha of a pillar's statements.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviAlphaRow::wave), field("instrument", &EviAlphaRow::instrument), field("pillar", &EviAlphaRow::pillar),
        field("items", &EviAlphaRow::items), field("schools", &EviAlphaRow::schools), field("alpha", &EviAlphaRow::alpha));
};

template <>
struct Describe<EviIntervalRow> {
    static constexpr std::string_view name = "EviIntervalRow", doc = "A bootstrap interval.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviIntervalRow::wave), field("pillar", &EviIntervalRow::pillar),
        field("group_by", &EviIntervalRow::group_by), field("group", &EviIntervalRow::group),
        field("statistic", &EviIntervalRow::statistic), field("schools", &EviIntervalRow::schools),
        field("estimate", &EviIntervalRow::estimate), field("lower", &EviIntervalRow::lower),
        field("upper", &EviIntervalRow::upper));
};

template <>
struct Describe<EviItemSummaryRow> {
    static constexpr std::string_view name = "EviItemSummaryRow", doc = "Summary of a rated item.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviItemSummaryRow::wave), field("pillar", &EviItemSummaryRow::pillar),
        field("item", &EviItemSummaryRow::item), field("schools", &EviItemSummaryRow::schools),
        field("mean", &EviItemSummaryRow::mean), field("median_low", &EviItemSummaryRow::median_low));
};

template <>
struct Describe<EviAmbitionRow> {
    static constexpr std::string_view name = "EviAmbitionRow", doc = "Ambition minus own scenario.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviAmbitionRow::wave), field("pillar", &EviAmbitionRow::pillar), field("schools", &EviAmbitionRow::schools),
        field("gap_0", &EviAmbitionRow::gap_0), field("gap_1", &EviAmbitionRow::gap_1),
        field("gap_2_or_more", &EviAmbitionRow::gap_2_or_more), field("below", &EviAmbitionRow::below),
        field("mean_gap", &EviAmbitionRow::mean_gap));
};

template <>
struct Describe<EviManifestInput> {
    static constexpr std::string_view name = "EviManifestInput", doc = "An input of the analysis.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("role", &EviManifestInput::role), field("name", &EviManifestInput::name),
        field("sha256", &EviManifestInput::sha256), field("records", &EviManifestInput::records));
};

template <>
struct Describe<EviManifest> {
    static constexpr std::string_view name = "EviManifest", doc = "Inputs, definitions and parameters of an analysis.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("library_version", &EviManifest::library_version), field("method", &EviManifest::method),
        field("synthetic", &EviManifest::synthetic), field("inputs", &EviManifest::inputs),
        field("scoring", &EviManifest::scoring), field("options", &EviManifest::options), field("waves", &EviManifest::waves),
        field("tables", &EviManifest::tables), field("prng", &EviManifest::prng));
};

template <>
struct Describe<EviAnalysis> {
    static constexpr std::string_view name = "EviAnalysis", doc = "The regional Evi analysis.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("manifest", &EviAnalysis::manifest), field("findings", &EviAnalysis::findings),
        field("response", &EviAnalysis::response), field("distribution", &EviAnalysis::distribution),
        field("agreement", &EviAnalysis::agreement), field("transitions", &EviAnalysis::transitions),
        field("paired_change", &EviAnalysis::paired_change), field("consistency", &EviAnalysis::consistency),
        field("alpha", &EviAnalysis::alpha), field("intervals", &EviAnalysis::intervals), field("items", &EviAnalysis::items),
        field("ambition", &EviAnalysis::ambition));
};

template <>
struct Describe<EviDossierRow> {
    static constexpr std::string_view name = "EviDossierRow", doc = "A pillar in a wave of a school's dossier.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviDossierRow::wave), field("instrument", &EviDossierRow::instrument),
        field("pillar", &EviDossierRow::pillar), field("own_scenario", &EviDossierRow::own_scenario),
        field("derived_scenario", &EviDossierRow::derived_scenario), field("agrees", &EviDossierRow::agrees),
        field("previous_wave", &EviDossierRow::previous_wave), field("change", &EviDossierRow::change),
        field("ambition", &EviDossierRow::ambition), field("ambition_gap", &EviDossierRow::ambition_gap),
        field("sat_general", &EviDossierRow::sat_general), field("sat_pupils", &EviDossierRow::sat_pupils));
};

template <>
struct Describe<EviDossierWave> {
    static constexpr std::string_view name = "EviDossierWave", doc = "Consistency of a school's pillars in a wave.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("wave", &EviDossierWave::wave), field("instrument", &EviDossierWave::instrument),
        field("lowest", &EviDossierWave::lowest), field("highest", &EviDossierWave::highest),
        field("spread", &EviDossierWave::spread), field("visie_minus_programma", &EviDossierWave::visie_minus_programma),
        field("consistent", &EviDossierWave::consistent));
};

template <>
struct Describe<EviDossier> {
    static constexpr std::string_view name = "EviDossier", doc = "One school's Evi dossier.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("school_id", &EviDossier::school_id), field("name", &EviDossier::name),
        field("municipality", &EviDossier::municipality), field("sector", &EviDossier::sector),
        field("track", &EviDossier::track), field("rows", &EviDossier::rows), field("waves", &EviDossier::waves),
        field("findings", &EviDossier::findings));
};

}  // namespace cmkit
