#pragma once
/// @file schools.hpp
/// The schools registry: the schools of a region with their track and cultural-education
/// organisation, read from CSV or JSON, and checked against the plan (duplicates, unknown
/// municipalities, malformed BRIN codes, a VO school in spoor 1, ...). A rule breach is a Finding; a
/// file that cannot be read is a FormatError naming the line and column.
///
/// CSV form (header required, columns in any order, `;` or `,`):
///
///     brin;name;municipality;sector;pupils;track;icc;icc_certified;second_icc_or_working_group;cultuurplan;cultuurcoordinator;achterstandsscore
///     12AB;De Regenboog;aalsmeer;PO;310;spoor-1;ja;ja;nee;ja;nee;
///
/// Required: brin, name, municipality, sector. Yes/no cells take `ja`/`nee`, `yes`/`no`, `true`/`false`,
/// `1`/`0`, or empty (no). `achterstandsscore` is a decimal with a comma or a point (`554,6`).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/school.hpp"

namespace cmkit {

struct Plan;

/// The schools of a region.
struct SchoolRegistry {
    std::vector<School> schools;
    bool synthetic = false;             ///< true for made-up demo data (said in every output using it)
    std::optional<std::string> note;    ///< where the data comes from
    Extras extras;
    friend bool operator==(const SchoolRegistry&, const SchoolRegistry&) = default;

    /// The school with this BRIN code, or nullptr.
    const School* find(std::string_view brin) const;
};

/// Reads a registry from CSV text; @p source names the input in errors.
SchoolRegistry schools_from_csv(std::string_view text, const std::string& source = "<string>");
/// Writes a registry as CSV (`,` separator, all columns).
std::string schools_to_csv(const SchoolRegistry& registry);
/// Reads a file: `.csv` as CSV, anything else as JSON (`SchoolRegistry.1`).
SchoolRegistry load_schools(const std::string& path);

/// Checks the registry against the plan: DUPLICATE_BRIN, MALFORMED_BRIN, UNKNOWN_MUNICIPALITY,
/// UNKNOWN_TRACK, VO_IN_SPOOR_1, TRACK_SECTOR_MISMATCH, NEGATIVE_PUPILS (errors);
/// ICC_CERTIFIED_WITHOUT_ICC, CULTUURCOORDINATOR_NOT_VO (warnings). Paths are `/schools/I/field`.
std::vector<Finding> validate_schools(const Plan& plan, const SchoolRegistry& registry);

template <>
struct Describe<SchoolRegistry> {
    static constexpr std::string_view name = "SchoolRegistry", doc = "The schools of a region.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("schools", &SchoolRegistry::schools), field_default("synthetic", &SchoolRegistry::synthetic),
        field("note", &SchoolRegistry::note));
};

}  // namespace cmkit
