#pragma once
/// @file evi/responses.hpp
/// Evi response data: the tidy long interchange format (one row per school x wave x item) in CSV and JSON,
/// and its validation against the instrument definitions and the schools registry.
///
/// CSV, exactly these columns (any order, `,` or `;`), a header line first:
///
///     school_id,wave,instrument,pillar,item,value
///     00A1,2025,evi-2.1-po,visie,s1,3
///     00A1,2025,evi-2.1-po,visie,scenario,2
///
/// `wave` is the calendar year of the measurement; `value` an integer code of the item's scale, or empty
/// for an unanswered item. The school's own scenario for a pillar is the item `scenario`. School
/// attributes (municipality, sector, track, pupils) come from a schools file (the registry's format,
/// see schools.hpp) joined on `school_id` = `brin`.
///
/// Input that cannot be read (header, a wave that is not a year, a value that is not an integer, an empty
/// key cell) throws FormatError naming the file, line and column. Input that is read but breaks a rule is a
/// Finding (validate_evi_responses); the analysis leaves the rows concerned out and says so.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/schools.hpp"

namespace cmkit {

/// One answer: a school's value for one item of one pillar in one wave.
struct EviResponse {
    std::string school_id;
    int wave = 2025;
    std::string instrument;
    std::string pillar;
    std::string item;
    std::optional<std::int64_t> value;  ///< empty: not answered
    Extras extras;
    friend bool operator==(const EviResponse&, const EviResponse&) = default;
};

/// A set of answers, with where each was read (for findings) and a digest of the bytes read.
struct EviResponseSet {
    std::vector<EviResponse> responses;
    bool synthetic = false;           ///< made-up data (always said in outputs that use it)
    std::optional<std::string> note;
    Extras extras;
    /// Not serialised: where response i was read ("line 7", "/responses/3"); empty for data built in code.
    std::vector<std::string> locations;
    /// Not serialised: the file or name the set was read from, and the SHA-256 of its bytes.
    std::string source;
    std::string sha256;
    friend bool operator==(const EviResponseSet& a, const EviResponseSet& b) {
        return a.responses == b.responses && a.synthetic == b.synthetic && a.note == b.note;
    }
    /// Where response @p i came from: its location, or a JSON pointer into `responses`.
    std::string location(std::size_t i) const;
};

/// Reads the CSV form; @p source names the input in errors. Throws FormatError.
EviResponseSet evi_responses_from_csv(std::string_view text, const std::string& source = "<string>");
/// Writes the CSV form (`,`, rows in the given order, value empty when unanswered).
std::string evi_responses_to_csv(const EviResponseSet& set);
/// Reads the JSON form (`EviResponseSet.1`). Throws FormatError.
EviResponseSet evi_responses_from_json(std::string_view text, const std::string& source = "<string>");
/// Reads a file: `.csv` as CSV, anything else as JSON.
EviResponseSet load_evi_responses(const std::string& path);

/// What the validation checks beyond the definitions.
struct EviValidationOptions {
    std::optional<int> first_wave;   ///< waves before this are EVI_WAVE_OUT_OF_RANGE
    std::optional<int> last_wave;    ///< waves after this are EVI_WAVE_OUT_OF_RANGE
    Extras extras;
    friend bool operator==(const EviValidationOptions&, const EviValidationOptions&) = default;
};

/// Checks answers against the instruments (and the registry when given). Codes (all errors unless noted):
/// EVI_UNKNOWN_INSTRUMENT, EVI_UNKNOWN_PILLAR, EVI_UNKNOWN_ITEM, EVI_ITEM_NOT_IN_VERSION (the item exists in
/// another version of the instrument), EVI_VALUE_OUT_OF_SCALE, EVI_DUPLICATE_ANSWER, EVI_MIXED_INSTRUMENTS
/// (two instruments for one school in one wave), EVI_WAVE_BEFORE_INSTRUMENT, EVI_WAVE_OUT_OF_RANGE,
/// EVI_MISSING_REQUIRED (warning), EVI_SCHOOL_NOT_IN_REGISTRY (warning), EVI_INSTRUMENT_SECTOR_MISMATCH
/// (warning). Paths are the rows' locations ("line 7").
std::vector<Finding> validate_evi_responses(const EviResponseSet& set, const std::vector<EviInstrument>& instruments,
                                            const SchoolRegistry* schools = nullptr,
                                            const EviValidationOptions& options = {});

template <>
struct Describe<EviResponse> {
    static constexpr std::string_view name = "EviResponse", doc = "One Evi answer.";
    static constexpr int version = 1;
    static constexpr auto fields = std::make_tuple(
        field("school_id", &EviResponse::school_id), field("wave", &EviResponse::wave, "calendar year"),
        field("instrument", &EviResponse::instrument), field("pillar", &EviResponse::pillar),
        field("item", &EviResponse::item), field("value", &EviResponse::value, "empty: not answered"));
};

template <>
struct Describe<EviResponseSet> {
    static constexpr std::string_view name = "EviResponseSet", doc = "A set of Evi answers.";
    static constexpr int version = 1;
    static constexpr auto fields = std::make_tuple(field("responses", &EviResponseSet::responses),
                                                   field_default("synthetic", &EviResponseSet::synthetic),
                                                   field("note", &EviResponseSet::note));
};

template <>
struct Describe<EviValidationOptions> {
    static constexpr std::string_view name = "EviValidationOptions", doc = "Options of Evi validation.";
    static constexpr int version = 1;
    static constexpr auto fields = std::make_tuple(field("first_wave", &EviValidationOptions::first_wave),
                                                   field("last_wave", &EviValidationOptions::last_wave));
};

}  // namespace cmkit
