#pragma once
/// @file matching.hpp
/// Municipal matching: how the municipalities' contribution (the matching line of the budget) is
/// divided over the municipalities, and whether realised spending follows that division.
///
/// The division is, in order of preference: matching lines that name a municipality (basis `agreed`;
/// matching lines without one form an `unsplit` rest); the agreed amounts in `Budget::matching_shares`
/// (basis `agreed`); otherwise a split by inhabitants, exact to the cent with the largest-remainder
/// method so that the parts always sum to the matching (basis `inhabitants`); otherwise, when a
/// municipality's inhabitants are unknown, one unsplit row per year with the reason (basis `unsplit`).

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/budget.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

struct Plan;

/// How a municipality's share of the matching was determined.
enum class MatchingBasis { Inhabitants, Agreed, Unsplit };

template <>
struct DescribeEnum<MatchingBasis> {
    static constexpr std::string_view name = "MatchingBasis";
    static constexpr std::array values{std::pair{MatchingBasis::Inhabitants, std::string_view("inhabitants")},
                                       std::pair{MatchingBasis::Agreed, std::string_view("agreed")},
                                       std::pair{MatchingBasis::Unsplit, std::string_view("unsplit")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("derived by cmkit, not stated in the plan: the matching split in proportion to the municipalities' inhabitants, exact to the cent (largest remainder)"),
                                     std::string_view("read from the plan: matching lines that name a municipality, or the amounts agreed in Budget.matching_shares"),
                                     std::string_view("not divided: the plan names no division and the inhabitants needed to derive one are unknown (one row per year, with the reason)")};
};

/// One municipality's share of the matching in one year (municipality empty when unsplit).
struct MatchingRow {
    int year = 0;
    std::optional<std::string> municipality;  ///< municipality id; absent for an unsplit row
    MatchingBasis basis = MatchingBasis::Inhabitants;
    Money amount;
    Extras extras;
    friend bool operator==(const MatchingRow&, const MatchingRow&) = default;
};

/// The division of the matching over the municipalities, per year.
struct MatchingSplit {
    MatchingBasis basis = MatchingBasis::Inhabitants;
    std::vector<MatchingRow> rows;      ///< by year, then in the plan's municipality order
    std::optional<Label> reason;        ///< why the split is `unsplit` (or how `inhabitants` were chosen)
    Extras extras;
    friend bool operator==(const MatchingSplit&, const MatchingSplit&) = default;

    /// Sum of the rows of one year (equals the matching of that year).
    Money year_total(int year) const;
    /// A municipality's share over all years.
    Money municipality_total(const std::string& municipality) const;
    /// A municipality's share in one year (zero when absent).
    Money share(const std::string& municipality, int year) const;
};

/// The matching (sum of the `municipal_matching` income lines) of @p budget in @p year.
Money matching_in_year(const Budget& budget, int year);

/// Divides the matching of @p budget over the municipalities of @p plan (see the file comment).
MatchingSplit matching_split(const Plan& plan, const Budget& budget);

/// Realised costs attributed to one municipality in one year (from actuals or cost lines split per municipality).
struct MunicipalSpend {
    int year = 0;
    std::string municipality;
    Money amount;
};

/// "Spend follows matching": compares each municipality's share of the realised costs attributed to
/// municipalities (the @p spend given) with its share
/// of the matching, per year. A deviation larger than @p tolerance (in percentage points of the
/// year's realised costs, e.g. Ratio{5, 100}) gives a SPEND_NOT_FOLLOWING_MATCHING warning with the
/// expected and realised amounts. Years without matching or without realised spending are skipped.
std::vector<Finding> spend_follows_matching(const MatchingSplit& split, const std::vector<MunicipalSpend>& spend,
                                            Ratio tolerance = Ratio{5, 100});

template <>
struct Describe<MatchingRow> {
    static constexpr std::string_view name = "MatchingRow", doc = "A municipality's share of the matching in one year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("year", &MatchingRow::year), field("municipality", &MatchingRow::municipality, "absent when unsplit"),
        field("basis", &MatchingRow::basis), field("amount", &MatchingRow::amount, "integer cents"));
};

template <>
struct Describe<MatchingSplit> {
    static constexpr std::string_view name = "MatchingSplit", doc = "The division of the matching over the municipalities.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("basis", &MatchingSplit::basis),
                                                   field("rows", &MatchingSplit::rows),
                                                   field("reason", &MatchingSplit::reason));
};

}  // namespace cmkit
