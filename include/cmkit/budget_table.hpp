#pragma once
/// @file budget_table.hpp
/// Exports of a budget: a tidy long table (one row per line and year), as CSV with the columns
/// `year,version,side,category,source,municipality,derived,amount_cents,amount`, the matching split as
/// CSV with `year,municipality,basis,derived,amount_cents,amount`, and an hledger journal whose
/// `hledger balance` totals equal the budget's. `derived` is `true` on a row whose amount cmkit computed
/// rather than read from the plan (valued in-kind hours; a matching share split by inhabitants).
///
/// The schools' in-kind hours are never mixed into the money silently: they appear in the long table
/// and the journal only when hourly rates are given, then as category `in_kind_hours` on both the
/// income side (the schools contribute) and the cost side (the time is spent), so the balance holds.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cmkit/budget.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/money.hpp"
#include "cmkit/school.hpp"

namespace cmkit {

/// Hourly rate per school sector for valuing in-kind hours (a parameter: the plan states none).
using InKindRates = std::map<Sector, Money>;

/// One row of the long budget table.
struct BudgetRow {
    int year = 0;
    std::string version;
    Side side = Side::Cost;
    std::string category;
    std::optional<std::string> source;        ///< income: who pays (the line's source, else derived from the category)
    std::optional<std::string> municipality;  ///< when the line is split per municipality
    Money amount;
    /// True when cmkit computed the amount rather than reading it from the plan: the valued in-kind hours
    /// (the plan's hours × an hourly rate the caller gave). Column `derived` of the CSV.
    bool derived = false;
    Extras extras;
    friend bool operator==(const BudgetRow&, const BudgetRow&) = default;
};

/// The payer of an income category when a line names none: fcp, municipalities, schools-po,
/// schools-vo, other; empty for cost categories.
std::string default_source(const std::string& category);

/// The long table of @p budget: years in order, income lines then cost lines in budget order; with
/// @p in_kind, valued in-kind hours per sector on both sides (sectors without a rate are left out).
std::vector<BudgetRow> budget_rows(const Budget& budget, const std::optional<InKindRates>& in_kind = std::nullopt);

/// The rows as CSV (header `year,version,side,category,source,municipality,derived,amount_cents,amount`;
/// `amount` in Dutch notation without the euro sign; empty cells where a dimension does not apply).
std::string budget_rows_csv(const std::vector<BudgetRow>& rows);

/// The matching split as CSV (header `year,municipality,basis,derived,amount_cents,amount`; `derived` is
/// true for a share split by inhabitants: the plan states only the total).
std::string matching_csv(const MatchingSplit& split);

/// An hledger journal of @p budget: one transaction per line and year, dated 1 January, posting
/// the amount to `income:<category>[:<municipality>]` (negative, as hledger books income) or
/// `expenses:<category>[:<programme line>][:<municipality>]`, balanced against `assets:cmk`.
/// Amounts are written as `134812.00 EUR`.
std::string budget_hledger(const Budget& budget, const std::string& plan_id,
                           const std::optional<InKindRates>& in_kind = std::nullopt);

template <>
struct Describe<BudgetRow> {
    static constexpr std::string_view name = "BudgetRow", doc = "One row of the long budget table.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("year", &BudgetRow::year), field("version", &BudgetRow::version), field("side", &BudgetRow::side),
        field("category", &BudgetRow::category), field("source", &BudgetRow::source),
        field("municipality", &BudgetRow::municipality), field("amount", &BudgetRow::amount, "integer cents"),
        field_default("derived", &BudgetRow::derived, "computed by cmkit (in-kind hours x a given rate), not read from the plan"));
};

}  // namespace cmkit
