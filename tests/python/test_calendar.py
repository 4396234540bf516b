import datetime
import pickle

import pytest

import cmkit
from cmkit import Cycle, Date, Period, SchoolYear, Year


def test_date_and_datetime_interop():
    d = Date(2025, 8, 1)
    assert str(d) == "2025-08-01"
    assert d.to_date() == datetime.date(2025, 8, 1)
    assert Date.from_date(datetime.date(2028, 2, 29)) == Date(2028, 2, 29)
    assert repr(d) == "Date(2025, 8, 1)"
    assert pickle.loads(pickle.dumps(d)) == d
    with pytest.raises(cmkit.FormatError):
        Date(2025, 2, 29)
    with pytest.raises(cmkit.FormatError):
        Date.parse("01-08-2025")


def test_school_year():
    sy = SchoolYear.parse("2025-2026")
    assert (sy.start, sy.end) == (Date(2025, 8, 1), Date(2026, 7, 31))
    assert SchoolYear.of(Date(2026, 7, 31)) == sy
    assert SchoolYear.of(Date(2026, 8, 1)) == SchoolYear(2026)
    assert str(sy.next()) == "2026-2027"
    with pytest.raises(cmkit.FormatError):
        SchoolYear.parse("2025-2027")


def test_period_and_phases(amstelland):
    plan = amstelland.period
    assert [y.value for y in plan.years()] == [2025, 2026, 2027, 2028]
    assert [str(s) for s in plan.school_years()] == ["2024-2025", "2025-2026", "2026-2027", "2027-2028", "2028-2029"]
    assert Date(2026, 12, 31) in amstelland.phases[0].period
    assert amstelland.phase_of(Date(2027, 1, 1)) == 2
    assert amstelland.phase_of(Date(2030, 1, 1)) is None
    with pytest.raises(cmkit.InvalidArgumentError):
        Period(Date(2026, 1, 1), Date(2025, 1, 1))
    assert Period.parse("2025-01-01..2026-12-31") == amstelland.phases[0].period
    assert repr(amstelland.period) == "Period(start=Date(2025, 1, 1), end=Date(2028, 12, 31))"


def test_cycles():
    assert Cycle.school_year().containing(Date(2026, 3, 1)) == SchoolYear(2025).period()
    assert Cycle.calendar_year().containing(Date(2026, 3, 1)) == Year(2026).period()
    assert Cycle(6, 8, 1).containing(Date(2026, 3, 1)) == Period(Date(2026, 2, 1), Date(2026, 7, 31))
    with pytest.raises(cmkit.InvalidArgumentError):
        Cycle(5, 1, 1)
