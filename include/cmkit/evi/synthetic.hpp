#pragma once
/// @file evi/synthetic.hpp
/// A seeded generator of synthetic (made-up, clearly marked) Evi waves at any size, from one region up to
/// all ~7,500 Dutch primary and secondary schools in ~340 municipalities, for demos, tests and benchmarks.
/// The same options give the same data on every platform (own PRNG, no std:: distributions).
/// Nothing it writes is a real school or a real answer.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/progress_report.hpp"
#include "cmkit/evi/responses.hpp"
#include "cmkit/schools.hpp"

namespace cmkit {

/// What to generate.
struct EviSynthOptions {
    std::int64_t schools = 40;                 ///< number of schools (1 .. 200000: up to ten times the Netherlands, for scaling checks)
    std::int64_t municipalities = 0;           ///< 0: about one per 22 schools (7,500 schools -> 340)
    std::vector<int> waves{2023, 2025};        ///< calendar years, ascending
    std::int64_t seed = 1;                     ///< any integer; the same seed gives the same data
    std::optional<std::string> region;         ///< "amstelland": the schools of the synthetic Amstelland registry
    std::int64_t vo_percent = 8;               ///< share of VO schools in percent (national: ~650 of ~7,500)
    std::int64_t response_percent = 85;        ///< chance that a school fills in a wave, in percent
    Extras extras;
    friend bool operator==(const EviSynthOptions&, const EviSynthOptions&) = default;
};

/// Generated data: the schools file and the responses, both marked synthetic.
struct EviSyntheticData {
    SchoolRegistry schools;
    EviResponseSet responses;
    Extras extras;
    friend bool operator==(const EviSyntheticData&, const EviSyntheticData&) = default;
};

/// Generates synthetic Evi waves. Throws InvalidArgument for impossible options.
/// @p progress (progress_report.hpp) is told of the schools and the answers made (per block of schools);
/// false from it throws Cancelled.
EviSyntheticData evi_synthetic(const EviSynthOptions& options, const ProgressCallback& progress = {});

/// The shipped demo: synthetic Evi waves 2023 and 2025 for the synthetic Amstelland registry
/// (data/evi_demo/, made by evi_synthetic with region "amstelland"); the main job's demo input.
EviSyntheticData evi_demo_amstelland();

template <>
struct Describe<EviSynthOptions> {
    static constexpr std::string_view name = "EviSynthOptions", doc = "Options of the synthetic Evi generator.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field_default("schools", &EviSynthOptions::schools), field_default("municipalities", &EviSynthOptions::municipalities),
        field_default("waves", &EviSynthOptions::waves), field_default("seed", &EviSynthOptions::seed),
        field("region", &EviSynthOptions::region), field_default("vo_percent", &EviSynthOptions::vo_percent),
        field_default("response_percent", &EviSynthOptions::response_percent));
};

template <>
struct Describe<EviSyntheticData> {
    static constexpr std::string_view name = "EviSyntheticData", doc = "Synthetic schools and Evi responses.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("schools", &EviSyntheticData::schools),
                                                   field("responses", &EviSyntheticData::responses));
};

}  // namespace cmkit
