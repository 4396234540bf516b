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

#include <climits>
#include <cstddef>
#include <cstdint>
#include <iterator>
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

/// Strings numbered 0, 1, 2, ... in order of first appearance: the dictionary of a coded column.
/// Lookup is a hash of the bytes (open addressing), so coding a column costs one probe per cell.
class StringDictionary {
public:
    /// The code of @p s, adding it when new.
    std::uint32_t intern(std::string_view s);
    /// The code of @p s, or -1 when it is not in the dictionary.
    std::int64_t find(std::string_view s) const noexcept;
    /// The string of a code (no bounds check beyond the vector's).
    const std::string& operator[](std::uint32_t code) const { return values_[code]; }
    std::size_t size() const noexcept { return values_.size(); }
    /// Every string, by code.
    const std::vector<std::string>& values() const noexcept { return values_; }
    friend bool operator==(const StringDictionary& a, const StringDictionary& b) { return a.values_ == b.values_; }

private:
    void rehash(std::size_t capacity);
    std::vector<std::string> values_;
    std::vector<std::uint64_t> hashes_;  // per code
    std::vector<std::uint32_t> slots_;   // code + 1; 0 = empty; size a power of two
};

/// A set of answers held as columns: school, instrument, pillar and item as codes into string
/// dictionaries, the wave and the value as small integers, and the line each answer was read from.
/// About 26 bytes per answer instead of ~200 for a vector of EviResponse; rows are made on demand.
///
/// It behaves like a read-only sequence of EviResponse (size(), operator[], iteration by value,
/// push_back), so code written against `std::vector<EviResponse>` keeps working; the analysis reads the
/// columns directly.
class EviResponseColumns {
public:
    /// `value_codes()` entry of an unanswered item.
    static constexpr std::int32_t kNoValue = INT32_MIN;
    /// `value_codes()` entry of a value outside the 32-bit range: the exact value is in a side table.
    static constexpr std::int32_t kWideValue = INT32_MIN + 1;

    std::size_t size() const noexcept { return school_.size(); }
    bool empty() const noexcept { return school_.empty(); }
    void reserve(std::size_t n);
    /// Appends an answer; @p line is where it was read (0: not from a file). Throws InvalidArgument for a
    /// wave that is not a year 1400-9999.
    void push_back(std::string_view school_id, int wave, std::string_view instrument, std::string_view pillar,
                   std::string_view item, std::optional<std::int64_t> value, std::uint32_t line = 0);
    void push_back(const EviResponse& r, std::uint32_t line = 0);
    /// Answer @p i as a record (made on demand; unknown JSON fields of the answer included).
    EviResponse operator[](std::size_t i) const;
    /// The value of answer @p i (empty: not answered).
    std::optional<std::int64_t> value(std::size_t i) const {
        const std::int32_t v = value_[i];
        if (v == kNoValue) return std::nullopt;
        if (v == kWideValue) return wide_value(i);
        return v;
    }
    /// Where answer @p i was read (0: not from a file).
    std::uint32_t line(std::size_t i) const noexcept { return line_[i]; }

    /// The dictionaries of the coded columns.
    const StringDictionary& schools() const noexcept { return schools_; }
    const StringDictionary& instruments() const noexcept { return instruments_; }
    const StringDictionary& pillars() const noexcept { return pillars_; }
    const StringDictionary& items() const noexcept { return items_; }
    /// The columns (one entry per answer).
    const std::vector<std::uint32_t>& school_codes() const noexcept { return school_; }
    const std::vector<std::uint32_t>& instrument_codes() const noexcept { return instrument_; }
    const std::vector<std::uint32_t>& pillar_codes() const noexcept { return pillar_; }
    const std::vector<std::uint32_t>& item_codes() const noexcept { return item_; }
    const std::vector<std::int16_t>& waves() const noexcept { return wave_; }
    /// Values; kNoValue when unanswered, kWideValue when outside 32 bits (use value(i)).
    const std::vector<std::int32_t>& value_codes() const noexcept { return value_; }
    const std::vector<std::uint32_t>& lines() const noexcept { return line_; }
    /// Bytes held by the columns and dictionaries (for benchmarks).
    std::size_t memory_bytes() const noexcept;

    class const_iterator {
    public:
        using value_type = EviResponse;
        using difference_type = std::ptrdiff_t;
        const_iterator() = default;
        const_iterator(const EviResponseColumns* c, std::size_t i) : c_(c), i_(i) {}
        EviResponse operator*() const { return (*c_)[i_]; }
        const_iterator& operator++() {
            ++i_;
            return *this;
        }
        const_iterator operator++(int) {
            auto t = *this;
            ++i_;
            return t;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }

    private:
        const EviResponseColumns* c_ = nullptr;
        std::size_t i_ = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    /// Same answers in the same order (compared by text, whatever the codes).
    friend bool operator==(const EviResponseColumns& a, const EviResponseColumns& b);

private:
    friend struct EviResponseColumnsBuilder;
    std::int64_t wide_value(std::size_t i) const;
    StringDictionary schools_, instruments_, pillars_, items_;
    std::vector<std::uint32_t> school_, instrument_, pillar_, item_;
    std::vector<std::int16_t> wave_;
    std::vector<std::int32_t> value_;
    std::vector<std::uint32_t> line_;
    std::vector<std::pair<std::uint32_t, std::int64_t>> wide_;       // (row, value), rows ascending
    std::vector<std::pair<std::uint32_t, Extras>> extras_;          // unknown JSON fields, rows ascending
};

/// A set of answers, with where each was read (for findings) and a digest of the bytes read.
struct EviResponseSet {
    EviResponseColumns responses;
    bool synthetic = false;           ///< made-up data (always said in outputs that use it)
    std::optional<std::string> note;
    Extras extras;
    /// Not serialised: the file or name the set was read from, and the SHA-256 of its bytes.
    std::string source;
    std::string sha256;
    friend bool operator==(const EviResponseSet& a, const EviResponseSet& b) {
        return a.responses == b.responses && a.synthetic == b.synthetic && a.note == b.note;
    }
    /// Where response @p i came from: "line N" when read from CSV, else a JSON pointer into `responses`.
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
    static constexpr auto fields = field_list(
        field("school_id", &EviResponse::school_id), field("wave", &EviResponse::wave, "calendar year"),
        field("instrument", &EviResponse::instrument), field("pillar", &EviResponse::pillar),
        field("item", &EviResponse::item), field("value", &EviResponse::value, "empty: not answered"));
};

template <>
struct Describe<EviResponseSet> {
    static constexpr std::string_view name = "EviResponseSet", doc = "A set of Evi answers.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("responses", &EviResponseSet::responses),
                                                   field_default("synthetic", &EviResponseSet::synthetic),
                                                   field("note", &EviResponseSet::note));
};

template <>
struct Describe<EviValidationOptions> {
    static constexpr std::string_view name = "EviValidationOptions", doc = "Options of Evi validation.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("first_wave", &EviValidationOptions::first_wave),
                                                   field("last_wave", &EviValidationOptions::last_wave));
};

}  // namespace cmkit
