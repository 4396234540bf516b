#pragma once
/// @file region.hpp
/// Municipalities, the region and its penvoerder.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// A count of inhabitants with where it comes from and the date it describes.
struct Inhabitants {
    std::int64_t count = 0;
    Date reference_date{2000, 1, 1};
    std::string source;
    Extras extras;
    friend bool operator==(const Inhabitants&, const Inhabitants&) = default;
};

/// A municipality. Inhabitants may be unknown: then `inhabitants` is not set and
/// `inhabitants_note` says why; figures are never invented.
struct Municipality {
    std::string id;        ///< stable slug, e.g. "amstelveen"
    std::string name;      ///< "Amstelveen"
    std::string cbs_code;  ///< CBS municipality code "GM0362"
    std::optional<Inhabitants> inhabitants;
    std::optional<std::string> inhabitants_note;
    Extras extras;
    friend bool operator==(const Municipality&, const Municipality&) = default;
};

/// The region a penvoerder serves.
struct Region {
    std::string id;
    std::string name;
    std::vector<std::string> municipalities;  ///< ids of Municipality records, in the plan's order
    Extras extras;
    friend bool operator==(const Region&, const Region&) = default;
};

/// The penvoerder: the coordinating cultural institution that applies and reports.
struct Penvoerder {
    std::string id;
    std::string name;            ///< legal organisation, "Platform C"
    std::string programme_name;  ///< the name it works under, "Cultuureducatie Amstelland"
    std::string seat;            ///< municipality id of its seat
    std::optional<std::int64_t> active_since;  ///< year the programme organisation started
    std::optional<std::int64_t> cmk_since;     ///< first year it took part in Cultuureducatie met Kwaliteit
    Extras extras;
    friend bool operator==(const Penvoerder&, const Penvoerder&) = default;
};

template <>
struct Describe<Inhabitants> {
    static constexpr std::string_view name = "Inhabitants", doc = "A count of inhabitants with its source and reference date.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("count", &Inhabitants::count, "number of inhabitants"),
        field("reference_date", &Inhabitants::reference_date, "the date the count describes"),
        field("source", &Inhabitants::source, "the public source of the figure"));
};

template <>
struct Describe<Municipality> {
    static constexpr std::string_view name = "Municipality", doc = "A municipality with its CBS code and inhabitants (which may be unknown).";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Municipality::id, "stable slug"),
        field("name", &Municipality::name),
        field("cbs_code", &Municipality::cbs_code, "CBS code GMxxxx"),
        field("inhabitants", &Municipality::inhabitants, "absent when no cited public figure is known"),
        field("inhabitants_note", &Municipality::inhabitants_note, "why the inhabitants are unknown"));
};

template <>
struct Describe<Region> {
    static constexpr std::string_view name = "Region", doc = "The region a penvoerder serves.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Region::id), field("name", &Region::name),
        field("municipalities", &Region::municipalities, "ids of the municipalities, in the plan's order"));
};

template <>
struct Describe<Penvoerder> {
    static constexpr std::string_view name = "Penvoerder", doc = "The coordinating institution that applies for and reports on the grant.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Penvoerder::id), field("name", &Penvoerder::name),
        field("programme_name", &Penvoerder::programme_name), field("seat", &Penvoerder::seat),
        field("active_since", &Penvoerder::active_since),
        field("cmk_since", &Penvoerder::cmk_since, "first year the programme organisation took part in CmK"));
};

}  // namespace cmkit
