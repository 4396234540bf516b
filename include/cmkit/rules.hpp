#pragma once
/// @file rules.hpp
/// The regulation's rules as data: one RuleSet per CmK edition (cmk-2013-2016 ... cmk-2025-2028), built
/// into the library from data/rules/*.json. A rule set gives the grant rate per inhabitant, the
/// matching ratio, and the percentage and amount limits known from the regulation; limits not
/// confirmed for an edition are present but switched off, and can be switched on per plan or per call.
/// See docs/budget-rules.md for every rule, its edition, its parameter and its source.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// What a limit compares.
enum class LimitKind {
    MaxShare,    ///< selected costs ≤ share × base
    MinShare,    ///< selected costs ≥ share × base
    FixedShare,  ///< selected costs = share × base (within the tolerance)
    MinAmount,   ///< selected income ≥ amount (per year)
};

template <>
struct DescribeEnum<LimitKind> {
    static constexpr std::string_view name = "LimitKind";
    static constexpr std::array values{std::pair{LimitKind::MaxShare, std::string_view("max-share")},
                                       std::pair{LimitKind::MinShare, std::string_view("min-share")},
                                       std::pair{LimitKind::FixedShare, std::string_view("fixed-share")},
                                       std::pair{LimitKind::MinAmount, std::string_view("min-amount")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("selected costs at most share x base"),
                                     std::string_view("selected costs at least share x base"),
                                     std::string_view("selected costs equal to share x base, within the tolerance"),
                                     std::string_view("selected income at least the amount, per year")};
};

/// The base a share is taken of.
enum class LimitBase { TotalCosts, ActivityCosts, None };

template <>
struct DescribeEnum<LimitBase> {
    static constexpr std::string_view name = "LimitBase";
    static constexpr std::array values{std::pair{LimitBase::TotalCosts, std::string_view("total-costs")},
                                       std::pair{LimitBase::ActivityCosts, std::string_view("activity-costs")},
                                       std::pair{LimitBase::None, std::string_view("none")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("the share is taken of the year's total costs"),
                                     std::string_view("the share is taken of the year's activity costs"),
                                     std::string_view("no base: an amount limit")};
};

/// A limit of the regulation, evaluated per budget year.
struct Limit {
    std::string id;    ///< "coordination-cap"
    std::string code;  ///< the finding code it raises, "COORDINATION_ABOVE_CAP"
    Label label;
    LimitKind kind = LimitKind::MaxShare;
    /// Lines counted: cost (or, for MinAmount, income) lines whose category is listed ...
    std::vector<std::string> categories;
    /// ... and, when not empty, that carry at least one of these tags (e.g. "vo", "out-of-school").
    std::vector<std::string> tags;
    LimitBase base = LimitBase::TotalCosts;
    std::optional<Ratio> share;
    std::optional<Money> amount;
    std::optional<Money> tolerance;  ///< FixedShare: allowed difference (default € 1)
    bool enabled = true;             ///< on by default for this edition
    bool confirmed = true;           ///< confirmed for this edition by a source
    std::string source;
    Extras extras;
    friend bool operator==(const Limit&, const Limit&) = default;
};

/// A variant of the grant rate for a group of municipalities (CmK1: the ten largest cities).
struct RateVariant {
    std::string id;
    Label label;
    Money rate;
    Extras extras;
    friend bool operator==(const RateVariant&, const RateVariant&) = default;
};

/// The rules of one edition of the regulation.
struct RuleSet {
    std::string id;  ///< "cmk-2025-2028"
    Label label;
    Period period{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::optional<Money> rate_per_inhabitant;  ///< grant per inhabitant per year; unknown for some editions
    std::vector<RateVariant> rate_variants;
    std::optional<std::string> inhabitants_reference;  ///< which population figures the fund uses
    /// The local contribution must be at least grant × matching_ratio (1/1: the grant is never above it).
    Ratio matching_ratio{1, 1};
    std::vector<Limit> limits;
    std::string source;
    Extras extras;
    friend bool operator==(const RuleSet&, const RuleSet&) = default;

    /// The limit with this id; throws NotFoundError.
    const Limit& limit(const std::string& id) const;
};

/// Names of the built-in rule sets, oldest first.
std::vector<std::string> rule_sets();
/// A built-in rule set by id; throws NotFoundError listing the known ids.
RuleSet rule_set(const std::string& id);

template <>
struct Describe<Limit> {
    static constexpr std::string_view name = "Limit", doc = "A limit of the regulation, evaluated per budget year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Limit::id), field("code", &Limit::code, "finding code raised on a breach"),
        field("label", &Limit::label), field("kind", &Limit::kind),
        field("categories", &Limit::categories, "categories of the lines counted"),
        field("tags", &Limit::tags, "when not empty: only lines with one of these tags count"),
        field("base", &Limit::base), field("share", &Limit::share), field("amount", &Limit::amount),
        field("tolerance", &Limit::tolerance), field("enabled", &Limit::enabled, "on by default"),
        field("confirmed", &Limit::confirmed, "confirmed for this edition by a source"),
        field("source", &Limit::source));
};

template <>
struct Describe<RateVariant> {
    static constexpr std::string_view name = "RateVariant", doc = "A grant rate for a group of municipalities.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &RateVariant::id), field("label", &RateVariant::label),
                                                   field("rate", &RateVariant::rate, "integer cents per inhabitant"));
};

template <>
struct Describe<RuleSet> {
    static constexpr std::string_view name = "RuleSet", doc = "The rules of one edition of the CmK regulation.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &RuleSet::id), field("label", &RuleSet::label), field("period", &RuleSet::period),
        field("rate_per_inhabitant", &RuleSet::rate_per_inhabitant, "integer cents per inhabitant per year"),
        field("rate_variants", &RuleSet::rate_variants),
        field("inhabitants_reference", &RuleSet::inhabitants_reference),
        field("matching_ratio", &RuleSet::matching_ratio, "local contribution ≥ grant × ratio"),
        field("limits", &RuleSet::limits), field("source", &RuleSet::source));
};

}  // namespace cmkit
