"""Targets from progress data (counted as the plan's table counts), the synthetic data set, the CLI
commands schools / trajectories / targets, and the report's progress sections."""
import csv
import io
import json

import pandas as pd
import pytest

import cmkit
from cmkit import Date, frames

from conftest import DATA

SEED_TABLE = {"borging-bestaande-scholen": (33, 0, 33), "trajecten-nieuwe-scholen-po": (3, 2, 5),
              "trajecten-nieuwe-scholen-vo": (2, 2, 4), "verbinding-binnen-buitenschools": (6, 3, 9),
              "kennisdelingsbijeenkomsten": (4, 4, 8)}
PERIODS = ["2025-2026", "2027-2028", "total"]


@pytest.fixture(scope="module")
def synthetic():
    return cmkit.synthetic_progress()


def test_synthetic_data_is_marked_and_valid(amstelland, synthetic):
    assert synthetic.synthetic and synthetic.schools.synthetic
    assert "synthet" in synthetic.note.lower()
    assert all(s.brin.startswith("00") for s in synthetic.schools.schools)
    analysis = cmkit.analyse_trajectories(amstelland, synthetic.schools, synthetic.events)
    assert not cmkit.has_errors(analysis.findings)
    assert not cmkit.has_errors(cmkit.validate_schools(amstelland, synthetic.schools))
    assert not cmkit.has_errors(cmkit.validate_activities(amstelland, synthetic))
    assert "PROGRESS_SYNTHETIC" in [f.code for f in cmkit.check_progress(amstelland, synthetic)]


def test_targets_on_the_plan_alone_are_the_seed_table(amstelland, cli):
    r = cli("targets", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "target,label_nl,label_en,period,start,end,phase,planned,achieved"
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    got = {}
    for row in rows:
        got.setdefault(row["target"], {})[row["period"]] = int(row["planned"])
        assert row["achieved"] == ""
        assert row["period"] in PERIODS
        # each period row carries its dates and phase: the plan's phases; the total the plan period
        phase = {"2025-2026": "1", "2027-2028": "2", "total": ""}[row["period"]]
        assert row["phase"] == phase
        assert (row["start"], row["end"]) == {"1": ("2025-01-01", "2026-12-31"), "2": ("2027-01-01", "2028-12-31"),
                                              "": ("2025-01-01", "2028-12-31")}[phase]
    assert {t: tuple(v[p] for p in PERIODS) for t, v in got.items()} == SEED_TABLE
    assert r.stderr == ""  # no data, no synthetic note


def _independent_counts(amstelland, synthetic):
    """The targets recounted with pandas from the raw events and activities, following the rules
    documented in progress.hpp."""
    runs = frames.trajectory_runs(amstelland, synthetic)
    acts = frames.programme_activities(synthetic)
    fase = lambda d: "2025-2026" if d <= pd.Timestamp("2026-12-31") else "2027-2028"  # noqa: E731  (dates are datetime64)
    out = {}
    started = runs[~runs.via_move].copy()
    started["period"] = started.started.map(fase)
    first_borging = started[started.track == "spoor-1"].groupby("school").started.min().map(fase)
    out["borging-bestaande-scholen"] = (int((first_borging == "2025-2026").sum()),
                                        int((first_borging == "2027-2028").sum()), int(first_borging.size))
    for target, track in (("trajecten-nieuwe-scholen-po", "spoor-2-po"), ("trajecten-nieuwe-scholen-vo", "spoor-2-vo")):
        t = started[started.track == track]
        out[target] = (t[t.period == "2025-2026"].school.nunique(), t[t.period == "2027-2028"].school.nunique(),
                       t.school.nunique())
    nb = acts[acts.neighbourhood.notna()].groupby("neighbourhood").date.min().map(fase)
    out["verbinding-binnen-buitenschools"] = (int((nb == "2025-2026").sum()), int((nb == "2027-2028").sum()), int(nb.size))
    meet = acts[acts.kind == "network-meeting"].date.map(fase)
    out["kennisdelingsbijeenkomsten"] = (int((meet == "2025-2026").sum()), int((meet == "2027-2028").sum()), int(meet.size))
    return out


def test_achievements_agree_with_an_independent_pandas_count(amstelland, synthetic):
    df = frames.targets(amstelland, synthetic, Date(2028, 12, 31))
    assert list(df.columns) == ["target", "label_nl", "label_en", "period", "start", "end", "phase", "planned", "achieved"]
    assert str(df["start"].dtype).startswith("datetime64") and str(df["phase"].dtype) == "Int64"
    wide = df.pivot(index="target", columns="period", values="achieved")
    expected = _independent_counts(amstelland, synthetic)
    for target, values in expected.items():
        assert tuple(int(wide.loc[target, p]) for p in PERIODS) == values, target
    # fase 1 of the synthetic data meets its targets
    assert {t: v[0] for t, v in expected.items()} == {t: v[0] for t, v in SEED_TABLE.items()}


def test_unique_counting_rules(amstelland):
    reg = cmkit.load_schools(DATA / "trajectories" / "registry.json")

    def E(school, date, kind, track=None, step=None):
        return cmkit.TrajectoryEvent(school=school, date=Date.parse(date), kind=getattr(cmkit.EventKind, kind),
                                     track=track, step=step, reason=None)

    def cycle(school, year):
        ev = [E(school, f"{year}-09-01", "START", "spoor-1"), E(school, f"{year}-09-10", "FINISH_STEP", step=1)]
        for n in range(2, 6):
            ev += [E(school, f"{year}-{n + 7:02d}-15", "START_STEP", step=n),
                   E(school, f"{year}-{n + 7:02d}-25", "FINISH_STEP", step=n)]
        return ev

    new_po = [E("10AB", "2025-02-01", "START", "spoor-2-po"), E("10AB", "2025-02-10", "FINISH_STEP", step=1),
              E("10AB", "2025-02-11", "START_STEP", step=2), E("10AB", "2025-02-20", "FINISH_STEP", step=2),
              E("10AB", "2025-02-21", "JOIN")]
    for n in range(3, 9):
        new_po += [E("10AB", f"2025-{n:02d}-01", "START_STEP", step=n), E("10AB", f"2025-{n:02d}-10", "FINISH_STEP", step=n)]
    new_po += [E("10AB", "2025-09-01", "MOVE", "spoor-1")]
    stop_restart = [E("10AC", "2027-02-01", "START", "spoor-2-vo"), E("10AC", "2027-03-01", "STOP"),
                    E("10AC", "2027-09-01", "RESTART")]
    data = cmkit.ProgressData(plan=amstelland.id, synthetic=True, note="test", schools=reg,
                              events=cycle("10AA", 2025) + cycle("10AA", 2027) + new_po + stop_restart, activities=[])
    assert not cmkit.has_errors(cmkit.analyse_trajectories(amstelland, reg, data.events).findings)
    rows = {(r.target, r.period): r.achieved for r in cmkit.target_progress(amstelland, data, Date(2028, 12, 31))}
    # a school with two spoor-1 cycles counts once, in the period of its first; the school that moved
    # on from spoor 2 is not counted under borging
    assert [rows[("borging-bestaande-scholen", p)] for p in PERIODS] == [1, 0, 1]
    assert [rows[("trajecten-nieuwe-scholen-po", p)] for p in PERIODS] == [1, 0, 1]
    # a stopped and restarted trajectory is one trajectory
    assert [rows[("trajecten-nieuwe-scholen-vo", p)] for p in PERIODS] == [0, 1, 1]


def test_period_not_begun_has_no_achievement_yet(amstelland, synthetic):
    rows = {(r.target, r.period): r.achieved for r in cmkit.target_progress(amstelland, synthetic)}
    assert rows[("trajecten-nieuwe-scholen-po", "2027-2028")] is None
    assert rows[("trajecten-nieuwe-scholen-po", "2025-2026")] == 3


def test_out_of_reach_forecast(amstelland, synthetic):
    # Half-way through fase 1 the new VO trajectories are behind a linear pace
    findings = cmkit.check_progress(amstelland, synthetic, Date(2025, 3, 1))
    codes = {f.code for f in findings}
    assert "TARGET_OUT_OF_REACH" in codes
    f = next(f for f in findings if f.code == "TARGET_OUT_OF_REACH")
    fig = {g.name: g for g in f.figures}
    assert fig["forecast"].count < fig["planned"].count
    vo = next(f for f in findings if f.code == "VO_REACH")
    assert {g.name: g for g in vo.figures}["aim"].share.to_fraction() == __import__("fractions").Fraction(45, 100)


def test_cli_targets_on_synthetic_data_says_so(cli):
    r = cli("targets", "--progress", "synthetic", "--format", "csv")
    assert r.returncode == 0
    assert "synthetische" in r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {(x["target"], x["period"]): x["achieved"] for x in rows}[("borging-bestaande-scholen", "2025-2026")] == "33"
    table = cli("targets", "--progress", "synthetic").stdout
    assert "synthetische demo-gegevens" in table and "VO_REACH" in table


def test_cli_trajectories_on_a_date(cli):
    r = cli("trajectories", "--on", "2025-06-30", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["synthetic"] is True and doc["on"] == "2025-06-30"
    statuses = {row["status"] for row in doc["rows"]}
    assert statuses <= {"not-started", "active", "paused", "stopped", "finished"}
    later = json.loads(cli("trajectories", "--format", "json").stdout)
    assert sum(r["status"] == "finished" for r in later["rows"]) > sum(r["status"] == "finished" for r in doc["rows"])
    csv_out = cli("trajectories", "--format", "csv").stdout.splitlines()[0]
    assert csv_out == "school,name,track,status,cycle,current_step,finished_steps,skipped_steps,joined,since,renewal_started"
    bad = cli("trajectories", "--on", "2025-02-30")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_cli_schools(cli, tmp_path):
    r = cli("schools")
    assert r.returncode == 0 and "synthetische" in r.stdout and "00A1" in r.stdout
    path = tmp_path / "schools.csv"
    path.write_text("brin;name;municipality;sector;track\n12AB;A;aalsmeer;VO;spoor-1\n12AB;B;aalsmeer;PO;spoor-1\n",
                    encoding="utf-8")
    doc = json.loads(cli("schools", str(path), "--format", "json").stdout)
    assert {f["code"] for f in doc["findings"]} == {"VO_IN_SPOOR_1", "DUPLICATE_BRIN"}
    bad = tmp_path / "bad.csv"
    bad.write_text("brin,name,municipality,sector\n12AB,A,aalsmeer,HAVO\n", encoding="utf-8")
    r = cli("schools", str(bad))
    assert r.returncode == 2 and "line 2, column sector" in r.stderr


def test_report_shows_trajectories_and_progress_on_synthetic_data(cli):
    r = cli("report")
    assert r.returncode == 0, r.stderr
    assert "Trajecten van scholen" in r.stdout and "Voortgang van de resultaten" in r.stdout
    assert r.stdout.count("LET OP: synthetische demo-gegevens") >= 2
    none = cli("report", "--progress", "none")
    assert "Trajecten van scholen" not in none.stdout


def test_frames(amstelland, synthetic):
    states = frames.trajectory_states(amstelland, synthetic, Date(2026, 1, 1))
    assert len(states) == len(synthetic.schools.schools)
    assert states.current_step.dtype == "Int64"
    ev = frames.events(synthetic)
    assert len(ev) == len(synthetic.events) and set(ev.kind) <= {k.lower().replace("_", "-") for k in cmkit.EventKind.__members__}
    sch = frames.schools(synthetic)
    assert list(sch.columns)[:4] == ["brin", "name", "municipality", "sector"] and len(sch) == 43
    acts = frames.programme_activities(synthetic)
    assert acts.cost_cents.sum() == sum(a.cost.cents for a in synthetic.activities if a.cost is not None)


def test_targets_with_periods_of_any_length(amstelland):
    # Three reporting periods (a single year, a year, two years) instead of the two phases: every
    # table follows the target's own periods; nothing assumes 2026 or 2028.
    from cmkit.report import render_overview

    def period(a, b):
        return cmkit.Period(cmkit.Date.parse(a), cmkit.Date.parse(b))

    t = amstelland.targets[1]
    periods = [cmkit.TargetPeriod(period=period("2025-01-01", "2025-12-31"), value=1),
               cmkit.TargetPeriod(period=period("2026-01-01", "2026-12-31"), value=2),
               cmkit.TargetPeriod(period=period("2027-01-01", "2028-06-30"), value=2, phase=2)]
    changed = amstelland.replace(targets=[t.replace(periods=periods, total=5)])
    rows = cmkit.target_progress(changed)
    assert [(r.period, r.planned, r.phase) for r in rows] == [
        ("2025", 1, None), ("2026", 2, None), ("2027-01-01/2028-06-30", 2, 2), ("total", 5, None)]
    assert rows[2].dates == periods[2].period and rows[3].dates == changed.period
    df = frames.targets(changed)
    assert list(df["period"]) == ["2025", "2026", "2027-01-01/2028-06-30", "total"]
    text = render_overview(changed)
    header = next(line for line in text.split("Resultaten per periode (aantallen)\n")[1].splitlines() if line.strip().startswith("Resultaat "))
    assert header.split() == ["Resultaat", "2025", "2026", "2027-01-01/2028-06-30", "Totaal", "uniek"]
    assert "2028  " not in header
    # with progress data the counts follow the same periods (checked against an independent count above)
    synthetic = cmkit.synthetic_progress()
    achieved = {r.period: r.achieved for r in cmkit.target_progress(changed, synthetic)}
    full = {r.period: r.achieved for r in cmkit.target_progress(amstelland, synthetic) if r.target == t.id}
    assert achieved["2025"] + achieved["2026"] == full["2025-2026"]
    assert achieved["total"] == full["total"]
