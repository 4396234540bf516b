#pragma once
/// @file school.hpp
/// Schools and education sectors.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "cmkit/describe.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// Education sector: primary (PO), special primary (SBO), special (SO), secondary (VO).
enum class Sector { PO, SBO, SO, VO };

template <>
struct DescribeEnum<Sector> {
    static constexpr std::string_view name = "Sector";
    static constexpr std::array values{std::pair{Sector::PO, std::string_view("PO")},
                                       std::pair{Sector::SBO, std::string_view("SBO")},
                                       std::pair{Sector::SO, std::string_view("SO")},
                                       std::pair{Sector::VO, std::string_view("VO")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("primair onderwijs: primary schools (basisscholen)"),
                                     std::string_view("speciaal basisonderwijs: special primary schools"),
                                     std::string_view("speciaal onderwijs: special education"),
                                     std::string_view("voortgezet onderwijs: secondary schools")};
};

/// True for a BRIN code: two digits and two letters or digits ("12AB"), optionally followed by a
/// two-digit vestiging number ("12AB00").
bool is_valid_brin(std::string_view brin) noexcept;

/// A school (or school location) taking part in, or addressed by, the programme, with what the
/// two-track policy needs to know about its cultural-education organisation.
struct School {
    std::string brin;          ///< BRIN code, 4 characters or 6 with the vestiging
    std::string name;
    std::string municipality;  ///< id of a Municipality
    Sector sector = Sector::PO;
    std::optional<std::int64_t> pupils;
    std::optional<std::string> track;  ///< the track the school takes part in (spoor-1, spoor-2-po, ...)
    bool icc = false;                  ///< has an internal cultural coordinator (icc'er)
    bool icc_certified = false;        ///< ... who finished the icc training
    bool second_icc_or_working_group = false;  ///< a second icc'er or a culture working group
    bool cultuurplan = false;          ///< has a cultuurplan (cultural education policy plan)
    bool cultuurcoordinator = false;   ///< VO: has a cultuurcoördinator
    std::optional<Ratio> achterstandsscore;  ///< the ministry's expected-disadvantage score, when known (exact decimal)
    Extras extras;
    friend bool operator==(const School&, const School&) = default;
};

template <>
struct Describe<School> {
    static constexpr std::string_view name = "School", doc = "A school or school location.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("brin", &School::brin, "BRIN code: 2 digits + 2 letters/digits, optionally + 2 digits"),
        field("name", &School::name), field("municipality", &School::municipality, "municipality id"),
        field("sector", &School::sector), field("pupils", &School::pupils),
        field("track", &School::track, "track id the school takes part in"),
        field_default("icc", &School::icc, "has an icc'er"),
        field_default("icc_certified", &School::icc_certified, "the icc'er is certified"),
        field_default("second_icc_or_working_group", &School::second_icc_or_working_group),
        field_default("cultuurplan", &School::cultuurplan),
        field_default("cultuurcoordinator", &School::cultuurcoordinator, "VO: has a cultuurcoördinator"),
        field("achterstandsscore", &School::achterstandsscore, "exact decimal as numerator/denominator"));
};

}  // namespace cmkit
