"""The budget: its records, the rules per edition, matching, actuals and what-if (docs/budget-rules.md).

- records: Budget, BudgetLine, StatedTotals, HoursLine, MatchingShare, Side;
- rules: validate (every finding of a plan), validate_budget, RuleSet, Limit, RateVariant and the editions
  (rule_set, rule_sets), Finding, FindingFigure, Severity, has_errors; categories and their labels;
- matching: matching_split (MatchingSplit, MatchingRow, MatchingBasis), spend_follows_matching;
- actuals: Realisation, ActualEntry, load_realisation, budget_vs_actual, remaining_for_phase;
- what-if: what_if (also Budget.what_if), Cut, CutPolicy, parse_cut, WhatIfResult;
- exports: budget_rows (BudgetRow), budget_rows_csv, matching_csv, budget_hledger.

Contents (all also importable from ``cmkit`` itself, for code written before the areas):

records: Budget, BudgetLine, StatedTotals, HoursLine, MatchingShare, Side
rules and findings: validate, validate_budget, RuleSet, Limit, LimitBase, LimitKind, RateVariant, rule_set,
    rule_sets, Finding, FindingFigure, Severity, has_errors, category_label, cost_categories,
    income_categories, default_source
matching: matching_split, MatchingSplit, MatchingRow, MatchingBasis, spend_follows_matching
actuals: Realisation, ActualEntry, BudgetActualRow, PhaseRemainder, load_realisation, realisation_from_csv,
    realisation_to_csv, budget_vs_actual, remaining_for_phase, validate_realisation
what-if: what_if, Cut, CutPolicy, parse_cut, WhatIfResult
exports: budget_rows, BudgetRow, budget_rows_csv, matching_csv, budget_hledger
"""

from __future__ import annotations

from cmkit._core import (
    ActualEntry,
    Budget,
    budget_hledger,
    budget_rows,
    budget_rows_csv,
    budget_vs_actual,
    BudgetActualRow,
    BudgetLine,
    BudgetRow,
    category_label,
    cost_categories,
    Cut,
    CutPolicy,
    default_source,
    Finding,
    FindingFigure,
    has_errors,
    HoursLine,
    income_categories,
    Limit,
    LimitBase,
    LimitKind,
    matching_csv,
    matching_split,
    MatchingBasis,
    MatchingRow,
    MatchingShare,
    MatchingSplit,
    parse_cut,
    PhaseRemainder,
    RateVariant,
    Realisation,
    realisation_from_csv,
    realisation_to_csv,
    remaining_for_phase,
    rule_set,
    rule_sets,
    RuleSet,
    Severity,
    Side,
    spend_follows_matching,
    StatedTotals,
    validate,
    validate_budget,
    validate_realisation,
    what_if,
    WhatIfResult,
)

import os as _os
from typing import Optional as _Optional, Union as _Union


def load_realisation(path: _Union[str, "_os.PathLike[str]"], sheet: _Optional[str] = None) -> Realisation:
    """The actuals (realisation) from a file: an ``.xlsx``/``.xlsm`` workbook (the sheet ``sheet``, by default
    ``realisatie``/``actuals`` or the first; :func:`cmkit.excel.load_realisation_xlsx`, with the CSV checks and
    errors at ``sheet 'X', cell D7``), else a ``.csv`` file or Realisation JSON (the compiled reader). Same
    result for the same actuals in any of the three forms."""
    from cmkit import excel  # openpyxl only when a workbook is read

    return excel.load_actuals(path, sheet)


__all__ = [
    # records
    "Budget",
    "BudgetLine",
    "StatedTotals",
    "HoursLine",
    "MatchingShare",
    "Side",
    # rules and findings
    "validate",
    "validate_budget",
    "RuleSet",
    "Limit",
    "LimitBase",
    "LimitKind",
    "RateVariant",
    "rule_set",
    "rule_sets",
    "Finding",
    "FindingFigure",
    "Severity",
    "has_errors",
    "category_label",
    "cost_categories",
    "income_categories",
    "default_source",
    # matching
    "matching_split",
    "MatchingSplit",
    "MatchingRow",
    "MatchingBasis",
    "spend_follows_matching",
    # actuals
    "Realisation",
    "ActualEntry",
    "BudgetActualRow",
    "PhaseRemainder",
    "load_realisation",
    "realisation_from_csv",
    "realisation_to_csv",
    "budget_vs_actual",
    "remaining_for_phase",
    "validate_realisation",
    # what-if
    "what_if",
    "Cut",
    "CutPolicy",
    "parse_cut",
    "WhatIfResult",
    # exports
    "budget_rows",
    "BudgetRow",
    "budget_rows_csv",
    "matching_csv",
    "budget_hledger",
]
