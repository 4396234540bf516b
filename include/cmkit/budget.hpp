#pragma once
/// @file budget.hpp
/// The plan's budget (begroting): income lines (baten) and cost lines (lasten) per calendar year, the
/// totals the source document states, and the schools' in-kind contribution in hours.
///
/// Amounts are exact Money. `category` is kept as text so that a budget with an unknown category still
/// loads (the budget rules report it as a finding instead of refusing the file).

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/money.hpp"
#include "cmkit/school.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// Income (baten) or costs (lasten).
enum class Side { Income, Cost };

template <>
struct DescribeEnum<Side> {
    static constexpr std::string_view name = "Side";
    static constexpr std::array values{std::pair{Side::Income, std::string_view("income")},
                                       std::pair{Side::Cost, std::string_view("cost")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("income (baten): what the plan receives"),
                                     std::string_view("costs (lasten): what the plan spends")};
};

/// A line of the budget with an amount per calendar year.
struct BudgetLine {
    std::string id;
    Label label;
    /// Income: fcp_grant, municipal_matching, school_contribution_po, school_contribution_vo, other.
    /// Costs: activities, knowledge_sharing, monitoring_evaluation, accountant, coordination.
    std::string category;
    std::map<int, Money> amounts;       ///< year -> amount
    std::optional<Money> stated_total;  ///< the total the source states for this line
    std::optional<std::string> source;        ///< who pays (income): a funder's name; derived from category when absent
    std::optional<std::string> municipality;  ///< id of the municipality the line belongs to, when split
    std::optional<std::string> programme_line;  ///< id of the programme line (A, B, C), when split
    std::vector<std::string> tags;            ///< free tags such as "vo", "out-of-school" (used by limits)
    Extras extras;
    friend bool operator==(const BudgetLine&, const BudgetLine&) = default;

    bool has_tag(const std::string& tag) const;

    /// The sum over all years (checked).
    Money total() const;
};

/// Totals as the source document states them, per year and over the period.
struct StatedTotals {
    std::map<int, Money> amounts;
    std::optional<Money> total;
    Extras extras;
    friend bool operator==(const StatedTotals&, const StatedTotals&) = default;
};

/// The schools' in-kind contribution in hours per year for one sector.
struct HoursLine {
    std::string id;
    Sector sector = Sector::PO;
    Label label;
    std::map<int, std::int64_t> hours;
    std::optional<std::int64_t> stated_total;
    Extras extras;
    friend bool operator==(const HoursLine&, const HoursLine&) = default;

    std::int64_t total() const;
};

/// A municipality's agreed share of the matching, per year (when not split by inhabitants).
struct MatchingShare {
    std::string municipality;      ///< id of a Municipality
    std::map<int, Money> amounts;  ///< year -> agreed amount
    /// Absent for an amount the plan states. "inhabitants": cmkit derived it from the inhabitant split (a
    /// what-if that cuts one municipality's part keeps the division it cut that way), so it is no agreement.
    std::optional<std::string> derived;
    Extras extras;
    friend bool operator==(const MatchingShare&, const MatchingShare&) = default;
};

/// The budget of a plan.
struct Budget {
    std::string version = "original";  ///< "original", "revised", "what-if", ...
    std::optional<Date> revision_date;
    std::optional<std::string> description;  ///< what this version is (e.g. the what-if applied)
    std::vector<BudgetLine> income;
    std::vector<BudgetLine> costs;
    StatedTotals stated_income;
    StatedTotals stated_costs;
    StatedTotals stated_result;
    std::vector<HoursLine> school_hours;
    std::vector<MatchingShare> matching_shares;  ///< agreed municipal shares of the matching line(s)
    Extras extras;
    friend bool operator==(const Budget&, const Budget&) = default;

    /// Lines of one side.
    const std::vector<BudgetLine>& lines(Side side) const { return side == Side::Income ? income : costs; }
    /// Every year that any line or hours line mentions, in order.
    std::vector<int> years() const;
    /// Sum of one side in one year (lines without that year count as zero).
    Money year_total(Side side, int year) const;
    /// Sum of one side over all years.
    Money total(Side side) const;
    /// Income minus costs in one year (resultaat).
    Money result(int year) const;
    /// Income minus costs over all years.
    Money result() const;
    /// Hours of one sector in one year, or over all years when @p year is not set.
    std::int64_t hours(Sector sector, std::optional<int> year = std::nullopt) const;
};

template <>
struct Describe<BudgetLine> {
    static constexpr std::string_view name = "BudgetLine", doc = "A budget line with an amount (integer cents) per year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &BudgetLine::id), field("label", &BudgetLine::label),
        field("category", &BudgetLine::category, "income source or cost category"),
        field("amounts", &BudgetLine::amounts, "year -> amount in integer euro cents"),
        field("stated_total", &BudgetLine::stated_total, "the line total stated by the source, integer cents"),
        field("source", &BudgetLine::source, "who pays (income lines)"),
        field("municipality", &BudgetLine::municipality, "municipality id, when the line is split per municipality"),
        field("programme_line", &BudgetLine::programme_line, "programme line id, when split per line"),
        field_default("tags", &BudgetLine::tags, "tags such as vo, out-of-school"));
};

template <>
struct Describe<MatchingShare> {
    static constexpr std::string_view name = "MatchingShare", doc = "A municipality's agreed share of the matching per year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("municipality", &MatchingShare::municipality), field("amounts", &MatchingShare::amounts, "year -> integer cents"),
        field("derived", &MatchingShare::derived,
              "absent when the plan states the amounts; 'inhabitants' when cmkit derived them from the inhabitant split "
              "(written by a what-if that cuts one municipality's part of a matching the plan does not divide)"));
};

template <>
struct Describe<StatedTotals> {
    static constexpr std::string_view name = "StatedTotals", doc = "Totals as stated by the source, per year and over the period.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("amounts", &StatedTotals::amounts),
                                                   field("total", &StatedTotals::total));
};

template <>
struct Describe<HoursLine> {
    static constexpr std::string_view name = "HoursLine", doc = "In-kind school contribution in hours per year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &HoursLine::id), field("sector", &HoursLine::sector),
                                                   field("label", &HoursLine::label), field("hours", &HoursLine::hours),
                                                   field("stated_total", &HoursLine::stated_total));
};

template <>
struct Describe<Budget> {
    static constexpr std::string_view name = "Budget", doc = "The budget of a plan.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("version", &Budget::version), field("revision_date", &Budget::revision_date),
        field("description", &Budget::description),
        field("income", &Budget::income), field("costs", &Budget::costs),
        field("stated_income", &Budget::stated_income), field("stated_costs", &Budget::stated_costs),
        field("stated_result", &Budget::stated_result), field("school_hours", &Budget::school_hours),
        field_default("matching_shares", &Budget::matching_shares, "agreed municipal shares of the matching"));
};

}  // namespace cmkit
