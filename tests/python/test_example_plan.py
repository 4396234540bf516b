"""The fictional example plan (data/plans/voorbeeld-fictief-2026-2028.json, written by
tools/make_example_plan.py): a plan of another shape than Amstelland — three municipalities, three years,
phases of unequal length, agreed matching shares, targets per calendar year — through every command, the
report and every DataFrame, with results recomputed by hand here."""
import importlib.util
import json

import pytest

import cmkit
import cmkit.frames as frames

from conftest import ROOT, run_cli

NAME = "voorbeeld-fictief-2026-2028"
FILE = ROOT / "data" / "plans" / f"{NAME}.json"
EUR = 100  # cents


@pytest.fixture(scope="module")
def plan():
    return cmkit.reference_plan(NAME)


def test_the_script_writes_the_shipped_file_and_the_plan_is_canonical(plan):
    spec = importlib.util.spec_from_file_location("make_example_plan", ROOT / "tools" / "make_example_plan.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = FILE.read_text(encoding="utf-8")
    assert module.canonical(module.plan) == shipped
    assert plan.to_json() == shipped
    assert NAME in cmkit.reference_plans()


def test_it_is_marked_fictional_everywhere(plan):
    from cmkit.report import render_overview

    assert plan.fictional and json.loads(plan.to_json())["fictional"] is True
    assert not cmkit.reference_plan("amstelland-2025-2028").fictional
    assert "FICTIEF VOORBEELDPLAN" in render_overview(plan)
    assert "FICTIONAL EXAMPLE PLAN" in render_overview(plan, lang="en")
    assert all("Fictief" in m.inhabitants.source for m in plan.municipalities)


def test_validation_reports_only_the_shorter_period(plan):
    findings = cmkit.validate(plan)
    assert [(f.code, f.severity, f.path) for f in findings] == [
        ("EDITION_PERIOD_MISMATCH", cmkit.Severity.WARNING, "/period")]
    assert "2026-2028" in findings[0].message_nl and "2025-2028" in findings[0].message_nl


def test_budget_and_matching_by_hand(plan):
    # 100,000 inhabitants x EUR 0.85 = EUR 85,000 grant a year, matched 1:1 by agreed shares.
    inhabitants = sum(m.inhabitants.count for m in plan.municipalities)
    assert inhabitants == 100_000
    b = plan.budget
    assert b.years() == [2026, 2027, 2028]
    for y in b.years():
        assert b.year_total(cmkit.Side.INCOME, y).cents == 2 * 85_000 * EUR
        assert b.year_total(cmkit.Side.COST, y).cents == 2 * 85_000 * EUR
        assert b.result(y).cents == 0
    df = frames.budget(plan)
    assert set(df["year"]) == {2026, 2027, 2028}
    assert df[df["side"] == "income"]["amount_cents"].sum() == 3 * 170_000 * EUR
    m = frames.matching(plan)
    per_municipality = m.groupby("municipality")["amount_cents"].sum().to_dict()
    assert per_municipality == {"fictiefstad": 3 * 45_000 * EUR, "fictiefdorp": 3 * 25_000 * EUR,
                                "fictiefhaven": 3 * 15_000 * EUR}
    # the agreed shares, not the inhabitant split (60/25/15 would give 51,000 / 21,250 / 12,750)
    assert per_municipality["fictiefstad"] != 3 * 51_000 * EUR


def test_targets_use_the_plans_own_periods(plan):
    rows = cmkit.target_progress(plan)
    assert [(r.target, r.period, r.planned, r.phase) for r in rows] == [
        ("nieuwe-scholen", "2026", 2, None), ("nieuwe-scholen", "2027", 2, None), ("nieuwe-scholen", "2028", 1, 2),
        ("nieuwe-scholen", "total", 5, None),
        ("netwerkbijeenkomsten", "2026", 2, None), ("netwerkbijeenkomsten", "2027", 2, None),
        ("netwerkbijeenkomsten", "2028", 2, 2), ("netwerkbijeenkomsten", "total", 6, None)]
    df = frames.targets(plan)
    assert list(df["period"].unique()) == ["2026", "2027", "2028", "total"]


def test_the_report_follows_the_plans_shape(plan):
    from cmkit.report import render_overview

    text = render_overview(plan)
    assert "Fasen: fase 1 2026-2027; fase 2 2028" in text
    header = next(line for line in text.split("Resultaten per periode (aantallen)\n")[1].splitlines() if line.strip().startswith("Resultaat "))
    assert header.split() == ["Resultaat", "2026", "2027", "2028", "Totaal"]
    row = next(line for line in text.split("Resultaten per periode (aantallen)\n")[1].splitlines()
               if line.strip().startswith("Netwerkbijeenkomsten "))
    assert row.split()[-2:] == ["6", "(som)"]
    assert "2025" not in header and "Fictiefdorp" in text and "Cultuurkar" in text


COMMANDS = [
    ["plan", "show", NAME], ["plan", "show", NAME, "--format", "json"], ["report", NAME], ["report", NAME, "--lang", "en"],
    ["validate", NAME], ["validate", NAME, "--format", "json"], ["budget", NAME], ["budget", NAME, "--format", "csv"],
    ["budget", NAME, "--format", "json"], ["budget", NAME, "--format", "hledger"],
    ["budget", NAME, "--what-if", "Fictiefdorp:-50%:2027"], ["matching", NAME], ["calendar", NAME],
    ["calendar", NAME, "--format", "ics"], ["calendar", NAME, "--format", "json"], ["targets", NAME],
    ["targets", NAME, "--format", "csv"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:1] + a[2:]) or a[0] for a in COMMANDS])
def test_every_command_runs_on_it(args):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()


def test_what_if_on_agreed_shares(plan):
    result = cmkit.what_if(plan, plan.budget, cmkit.parse_cut("Fictiefdorp:-50%:2027"))
    b = result.budget
    # half of Fictiefdorp's EUR 25,000 from 2027: EUR 12,500 less matching in 2027 and 2028
    assert b.year_total(cmkit.Side.INCOME, 2026).cents == 170_000 * EUR
    assert b.year_total(cmkit.Side.INCOME, 2027).cents < 170_000 * EUR


def test_every_plan_frame(plan):
    for name in ("budget", "school_hours", "targets", "steps", "activities", "municipalities", "monitoring",
                 "matching", "calendar"):
        df = getattr(frames, name)(plan)
        assert len(df) > 0, name
    assert len(frames.budget_table(plan.budget)) > 0
    assert len(frames.findings(cmkit.validate(plan))) == 1


# ---- progress on the fictional plan: schools, trajectories, targets (tests/data/example-plan/make_progress.py) ----

PROGRESS = ROOT / "tests" / "data" / "example-plan"


@pytest.fixture(scope="module")
def progress():
    return cmkit.load_progress(PROGRESS / "progress.json")


def test_progress_commands_run_on_it():
    for args in (["schools", str(PROGRESS / "schools.csv"), "--plan", NAME],
                 ["schools", str(PROGRESS / "schools.csv"), "--plan", NAME, "--format", "json"],
                 ["trajectories", "--plan", NAME, "--progress", str(PROGRESS / "progress.json")],
                 ["trajectories", "--plan", NAME, "--progress", str(PROGRESS / "progress.json"), "--format", "json"],
                 ["targets", NAME, "--progress", str(PROGRESS / "progress.json")]):
        result = run_cli(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout.strip()
        assert "synthetisch" in result.stdout.lower() or '"synthetic": true' in result.stdout, args


def test_schools_csv_and_json_registry_agree(plan, progress):
    registry = cmkit.load_schools(PROGRESS / "schools.csv")
    assert registry.synthetic and [s.brin for s in registry.schools] == [s.brin for s in progress.schools.schools]
    assert cmkit.validate_schools(plan, registry) == []
    assert {s.municipality for s in registry.schools} == {m.id for m in plan.municipalities}


def test_trajectory_states_by_hand(plan, progress):
    on = cmkit.Date(2027, 6, 30)
    states = {s.school: s for s in cmkit.analyse_trajectories(plan, progress.schools, progress.events, on).states}
    status = {k: s.status.name.lower() for k, s in states.items()}
    # from the event list: 90FE stopped on 2027-03-01 (restarts only in 2028); 90FF never started
    assert status == {"90FA": "active", "90FB": "active", "90FC": "active", "90FD": "active", "90FE": "stopped",
                      "90FF": "not_started"}
    assert list(states["90FC"].finished_steps) == [1]
    later = {s.school: s.status.name.lower()
             for s in cmkit.analyse_trajectories(plan, progress.schools, progress.events).states}
    assert later["90FE"] == "active"


def test_targets_achieved_by_hand(plan, progress):
    got = {(r["target"], r["period"]): r for r in frames.target_rows(plan, progress, None)}
    starts = [e for e in progress.events if e.kind == cmkit.EventKind.START]
    meetings = [a for a in progress.activities if a.kind == "network-meeting"]
    for t in plan.targets:
        for tp in t.periods:
            name = tp.name()
            if t.id == "nieuwe-scholen":
                expected = len({e.school for e in starts if e.track == "nieuw" and tp.period.contains(e.date)})
            else:
                expected = sum(1 for a in meetings if tp.period.contains(a.date))
            assert got[(t.id, name)]["achieved"] == expected, (t.id, name)
            assert got[(t.id, name)]["planned"] == tp.value
    assert got[("nieuwe-scholen", "total")]["achieved"] == len({e.school for e in starts if e.track == "nieuw"}) == 3
    assert got[("netwerkbijeenkomsten", "total")]["achieved"] == len(meetings) == 3
    codes = [f.code for f in cmkit.check_progress(plan, progress)]
    assert "PROGRESS_SYNTHETIC" in codes and "TARGET_MISSED" in codes


def test_the_progress_script_writes_the_shipped_files(tmp_path):
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "example-plan"
    shutil.copytree(PROGRESS, copy)
    subprocess.run([sys.executable, str(copy / "make_progress.py")], check=True)
    for name in ("progress.json", "schools.csv"):
        assert (copy / name).read_bytes() == (PROGRESS / name).read_bytes(), name


def test_derived_figures_say_so(plan):
    """Amstelland states only its total matching, so the split per municipality is cmkit's and says so in
    the report, the CSV, the JSON and the DataFrame; the fictional plan's shares are agreed (from the plan)."""
    from cmkit.report import render_overview

    amstelland = cmkit.reference_plan("amstelland-2025-2028")
    assert frames.matching(amstelland).derived.all() and not frames.matching(plan).derived.any()
    assert set(frames.matching(plan).basis) == {"agreed"}
    assert "afgeleid door cmkit, niet uit het plan" in render_overview(amstelland)
    assert "derived by cmkit, not from the plan" in render_overview(amstelland, lang="en")
    text = render_overview(plan)
    assert "afgeleid" not in text.split("Matching per gemeente")[1].split("\n\n")[0]
    assert "afgesproken bedragen, uit het plan" in text
    assert run_cli("matching", "--format", "csv").stdout.splitlines()[1].split(",")[3] == "true"
    assert json.loads(run_cli("matching", NAME, "--format", "json").stdout)["derived"] is False
