"""The value types every area uses: exact money, calendar values, bilingual labels and exact ratios.

Money is integer cents (never a float); a Date is a day of the Gregorian calendar; Period, Year, SchoolYear
and Cycle are the ranges plans are planned in; Label is a Dutch/English text pair; Ratio an exact fraction.
See docs/values.md.

Contents (all also importable from ``cmkit`` itself, for code written before the areas):

money: Money, Rounding, format_integer
calendar: Date, Period, Year, SchoolYear, Cycle
texts and ratios: Label, Lang, Ratio
"""

from __future__ import annotations

from cmkit._core import (
    Cycle,
    Date,
    format_integer,
    Label,
    Lang,
    Money,
    Period,
    Ratio,
    Rounding,
    SchoolYear,
    Year,
)

__all__ = [
    # money
    "Money",
    "Rounding",
    "format_integer",
    # calendar
    "Date",
    "Period",
    "Year",
    "SchoolYear",
    "Cycle",
    # texts and ratios
    "Label",
    "Lang",
    "Ratio",
]
