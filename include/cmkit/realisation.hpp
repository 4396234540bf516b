#pragma once
/// @file realisation.hpp
/// Realisation (realisatie): the actual income and costs per year, category and municipality, read
/// from CSV or JSON; the budget-versus-actual table; what remains for fase 2; and locking a year once
/// its actuals have been reported.
///
/// CSV form (header required, columns in any order, `;` or `,` as separator, detected from the header):
///
///     year;side;category;municipality;programme_line;amount;note
///     2025;cost;activities;aalsmeer;A;42.100,50;Cultuurmenu
///
/// `side` is `income` or `cost`; `municipality`, `programme_line` and `note` may be empty or absent;
/// `amount` is in Dutch notation (`42.100,50`, `€ 42.100`) or, in a column `amount_cents`, an integer
/// number of cents. A bad row is a FormatError naming the file, the line and the column.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/budget.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

struct Plan;

/// One actual amount.
struct ActualEntry {
    int year = 0;
    Side side = Side::Cost;
    std::string category;
    std::optional<std::string> municipality;
    std::optional<std::string> programme_line;
    Money amount;
    std::optional<std::string> note;
    Extras extras;
    friend bool operator==(const ActualEntry&, const ActualEntry&) = default;
};

/// The actuals of a plan, with the years that are locked (reported and closed).
struct Realisation {
    std::vector<ActualEntry> entries;
    std::vector<int> locked_years;
    Extras extras;
    friend bool operator==(const Realisation&, const Realisation&) = default;

    bool is_locked(int year) const;
    /// A copy with @p year locked.
    Realisation lock(int year) const;
    /// A copy with @p added appended; throws LockedYearError when an entry falls in a locked year.
    Realisation with_entries(const std::vector<ActualEntry>& added) const;
    /// A copy in which the entries of the years in @p update replace ours (a year's new actuals);
    /// throws LockedYearError when such a year is locked here.
    Realisation replace_years(const Realisation& update) const;
    /// Sum of the entries of one side in one year, optionally of one category only.
    Money total(Side side, int year, const std::optional<std::string>& category = std::nullopt) const;
    /// Years that have entries, in order.
    std::vector<int> years() const;
};

/// Reads actuals from CSV text (see the file comment); @p source names the input in errors.
Realisation realisation_from_csv(std::string_view text, const std::string& source = "<string>");
/// Writes actuals as CSV (`,` separator, amounts in cents and in Dutch notation).
std::string realisation_to_csv(const Realisation& realisation);
/// Reads a file: `.csv` as CSV, anything else as JSON (`Realisation.1`).
Realisation load_realisation(const std::string& path);

/// A cell of the budget-versus-actual table.
struct BudgetActualRow {
    int year = 0;
    Side side = Side::Cost;
    std::string category;
    Money budget;
    Money actual;
    Money difference;               ///< actual − budget
    std::optional<Ratio> realised;  ///< actual / budget, as numerator and denominator; absent when the budget is zero
    Extras extras;
    friend bool operator==(const BudgetActualRow&, const BudgetActualRow&) = default;
};

/// Budget versus actual per year (only years with actuals), side and category (budget categories
/// first in budget order, then categories that occur only in the actuals).
std::vector<BudgetActualRow> budget_vs_actual(const Budget& budget, const Realisation& realisation);

/// What remains for a later phase, per side and category. Only years before the phase that have
/// actuals (are reported) count towards the carry-over; the budget of the years before the phase
/// without actuals yet is shown apart as `budget_unreported`, never taken as unspent.
struct PhaseRemainder {
    Side side = Side::Cost;
    std::string category;
    Money budget_before;       ///< budget of the reported years before the phase
    Money actual_before;       ///< actuals of those years
    Money carry_over;          ///< budget_before − actual_before (under-spending carried forward)
    Money budget_unreported;   ///< budget of the years before the phase without actuals yet
    Money budget_phase;    ///< budget of the phase's years
    Money available;       ///< budget_phase + carry_over
    Extras extras;
    friend bool operator==(const PhaseRemainder&, const PhaseRemainder&) = default;
};

/// What remains for phase @p phase (default 2, fase 2): the phase's own budget plus what the earlier,
/// reported years left unspent (or minus what they overspent). Throws NotFoundError for an unknown phase.
std::vector<PhaseRemainder> remaining_for_phase(const Plan& plan, const Budget& budget, const Realisation& realisation,
                                                std::int64_t phase = 2);

/// Checks actuals against the plan: UNKNOWN_CATEGORY, UNKNOWN_MUNICIPALITY, YEAR_OUTSIDE_PERIOD,
/// NEGATIVE_AMOUNT (warning: a correction may be negative), ACTUALS_UNBALANCED (info: the year's
/// actual result), and spend-follows-matching on the cost entries that name a municipality.
std::vector<Finding> validate_realisation(const Plan& plan, const Realisation& realisation,
                                          Ratio spend_tolerance = Ratio{5, 100});

template <>
struct Describe<ActualEntry> {
    static constexpr std::string_view name = "ActualEntry", doc = "One actual amount of income or costs.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("year", &ActualEntry::year), field("side", &ActualEntry::side), field("category", &ActualEntry::category),
        field("municipality", &ActualEntry::municipality), field("programme_line", &ActualEntry::programme_line),
        field("amount", &ActualEntry::amount, "integer cents"), field("note", &ActualEntry::note));
};

template <>
struct Describe<Realisation> {
    static constexpr std::string_view name = "Realisation", doc = "The actuals of a plan and the locked years.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("entries", &Realisation::entries),
                                                   field_default("locked_years", &Realisation::locked_years));
};

template <>
struct Describe<BudgetActualRow> {
    static constexpr std::string_view name = "BudgetActualRow", doc = "Budget versus actual for one year, side and category.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("year", &BudgetActualRow::year), field("side", &BudgetActualRow::side),
        field("category", &BudgetActualRow::category), field("budget", &BudgetActualRow::budget),
        field("actual", &BudgetActualRow::actual), field("difference", &BudgetActualRow::difference),
        field("realised", &BudgetActualRow::realised, "actual / budget"));
};

template <>
struct Describe<PhaseRemainder> {
    static constexpr std::string_view name = "PhaseRemainder", doc = "What remains for a later phase in one category.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("side", &PhaseRemainder::side), field("category", &PhaseRemainder::category),
        field("budget_before", &PhaseRemainder::budget_before), field("actual_before", &PhaseRemainder::actual_before),
        field("carry_over", &PhaseRemainder::carry_over),
        field("budget_unreported", &PhaseRemainder::budget_unreported, "budget of earlier years not reported yet"),
        field("budget_phase", &PhaseRemainder::budget_phase),
        field("available", &PhaseRemainder::available));
};

}  // namespace cmkit
