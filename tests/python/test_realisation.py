"""Actuals: reading CSV (both separators) and JSON, clear errors per bad row, budget versus actual,
what remains for fase 2, locking years. The actuals files are synthetic (tests/data/actuals/README.md)."""
import json
from fractions import Fraction

import pandas as pd
import pytest

import cmkit
from cmkit import Money, Side, frames


@pytest.fixture(scope="module")
def actuals(data_dir):
    return cmkit.load_realisation(data_dir / "actuals" / "amstelland-2025.csv")


def test_csv_is_read_with_quotes_and_dutch_amounts(actuals):
    assert len(actuals.entries) == 12
    e = actuals.entries[6]
    assert (e.year, e.side, e.category, e.municipality, e.programme_line, e.amount) == (
        2025, Side.COST, "activities", "uithoorn", "B", Money.parse("35.000,50"))
    assert actuals.entries[9].note == "Evi-analyse; deel 1"
    assert actuals.entries[0].municipality is None


def test_comma_separated_and_cents_columns_and_round_trip(actuals):
    text = cmkit.realisation_to_csv(actuals)
    assert text.splitlines()[0] == "year,side,category,municipality,programme_line,amount_cents,amount,note"
    again = cmkit.realisation_from_csv(text, "round-trip.csv")
    assert again == actuals
    assert cmkit.Realisation.from_json(actuals.to_json()) == actuals


@pytest.mark.parametrize("name", sorted(json.loads(
    (__import__("pathlib").Path(__file__).parents[1] / "data" / "actuals" / "expected.json").read_text())))
def test_bad_rows_name_file_line_and_column(data_dir, name):
    expected = json.loads((data_dir / "actuals" / "expected.json").read_text())[name]
    path = data_dir / "actuals" / name
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.load_realisation(path)
    err = info.value
    assert err.file == str(path)
    assert err.location == expected["location"]
    assert err.found == expected["found"]
    assert err.expected
    assert str(path) in str(err) and expected["location"] in str(err)


def test_budget_versus_actual(amstelland, actuals):
    rows = cmkit.budget_vs_actual(amstelland.budget, actuals)
    assert {r.year for r in rows} == {2025}
    act = next(r for r in rows if r.side == Side.COST and r.category == "activities")
    assert act.budget == Money.parse("223.959")
    assert act.actual == Money.parse("210.000,50")
    assert act.difference == act.actual - act.budget
    assert act.realised.to_fraction() == Fraction(21000050, 22395900)
    df = frames.budget_vs_actual(amstelland, actuals)
    # independent: the same sums with pandas from the raw actuals and the budget frame
    raw = frames.realisation(actuals).groupby(["side", "category"])["amount_cents"].sum()
    bud = frames.budget(amstelland)
    bud = bud[bud.year == 2025].groupby(["side", "category"])["amount_cents"].sum()
    for _, r in df.iterrows():
        assert r.actual_cents == raw.get((r.side, r.category), 0)
        assert r.budget_cents == bud.get((r.side, r.category), 0)
        assert r.difference_cents == r.actual_cents - r.budget_cents


def test_remaining_for_fase_2(amstelland, actuals):
    rem = {(r.side, r.category): r for r in cmkit.remaining_for_phase(amstelland, amstelland.budget, actuals)}
    act = rem[(Side.COST, "activities")]
    # only 2025 is reported (210.000,50 of 223.959); 2026 has no actuals yet and is not taken as unspent
    assert act.budget_before == Money.parse("223.959")
    assert act.actual_before == Money.parse("210.000,50")
    assert act.carry_over == Money.parse("13.958,50")
    assert act.budget_unreported == Money.parse("223.959")
    assert act.budget_phase == Money.parse("447.918")
    assert act.available == act.budget_phase + act.carry_over
    with pytest.raises(cmkit.NotFoundError):
        cmkit.remaining_for_phase(amstelland, amstelland.budget, actuals, 3)
    assert len(frames.remaining(amstelland, actuals)) == len(rem)


def test_locked_years_cannot_change(actuals):
    locked = actuals.lock(2025)
    assert locked.is_locked(2025) and not actuals.is_locked(2025)
    assert locked.locked_years == [2025]
    extra = cmkit.ActualEntry(year=2025, side=Side.COST, category="activities", municipality=None,
                              programme_line=None, amount=Money(100), note=None)
    with pytest.raises(cmkit.LockedYearError) as info:
        locked.with_entries([extra])
    assert info.value.year == 2025
    with pytest.raises(cmkit.LockedYearError):
        locked.replace_years(cmkit.Realisation(entries=[extra], locked_years=[]))
    later = extra.replace(year=2026)
    assert len(locked.with_entries([later]).entries) == 13
    assert cmkit.Realisation.from_json(locked.to_json()).locked_years == [2025]


def test_realisation_checks(amstelland, actuals):
    findings = cmkit.validate_realisation(amstelland, actuals)
    assert not cmkit.has_errors(findings)
    info = [f for f in findings if f.code == "ACTUALS_UNBALANCED"]
    assert len(info) == 1 and info[0].severity == cmkit.Severity.INFO
    bad = actuals.with_entries([cmkit.ActualEntry(year=2030, side=Side.COST, category="catering",
                                                  municipality="amsterdam", programme_line=None,
                                                  amount=Money(-5), note=None)])
    got = {f.code: f for f in cmkit.validate_realisation(amstelland, bad)}
    assert got["YEAR_OUTSIDE_PERIOD"].path == "/entries/12/year"
    assert got["UNKNOWN_CATEGORY"].path == "/entries/12/category"
    assert got["UNKNOWN_MUNICIPALITY"].path == "/entries/12/municipality"
    assert got["NEGATIVE_AMOUNT"].severity == cmkit.Severity.WARNING
