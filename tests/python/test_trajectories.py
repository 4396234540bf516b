"""Trajectory engine: a valid path through both tracks, states on dates, and the invalid sequences of
tests/data/trajectories/invalid-sequences.json each yielding their own finding."""
import json

import pytest

import cmkit
from cmkit import Date, EventKind, TrajectoryStatus

from conftest import DATA

CASES = json.loads((DATA / "trajectories" / "invalid-sequences.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def registry():
    return cmkit.load_schools(DATA / "trajectories" / "registry.json")


def events(raw):
    return [cmkit.TrajectoryEvent.from_json(json.dumps(e)) for e in raw]


def E(school, date, kind, track=None, step=None, reason=None):
    return cmkit.TrajectoryEvent(school=school, date=Date.parse(date), kind=getattr(EventKind, kind), track=track,
                                 step=step, reason=reason)


def test_at_least_twenty_distinct_codes():
    assert len(CASES) >= 20
    assert len({c["code"] for c in CASES}) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_invalid_sequence_yields_its_finding(amstelland, registry, case):
    result = cmkit.analyse_trajectories(amstelland, registry, events(case["events"]))
    found = [(f.code, f.path, f.severity.name.lower()) for f in result.findings]
    assert (case["code"], case["path"], case["severity"]) in found, found
    # one mistake is reported once and not applied, so it does not cascade
    assert len([f for f in result.findings if f.severity == cmkit.Severity.ERROR]) <= 1, found
    f = next(f for f in result.findings if f.code == case["code"])
    assert f.message_nl and f.message_en


def test_new_po_school_path(amstelland, registry):
    log = [E("10AB", "2025-02-01", "START", "spoor-2-po"), E("10AB", "2025-02-20", "FINISH_STEP", step=1),
           E("10AB", "2025-03-01", "START_STEP", step=2), E("10AB", "2025-04-01", "FINISH_STEP", step=2),
           E("10AB", "2025-04-02", "JOIN")]
    for n in range(3, 9):
        log += [E("10AB", f"2025-{n + 2:02d}-01", "START_STEP", step=n),
                E("10AB", f"2025-{n + 2:02d}-15", "FINISH_STEP", step=n)]
    log += [E("10AB", "2026-01-10", "MOVE", "spoor-1"), E("10AB", "2027-01-15", "START_RENEWAL")]
    result = cmkit.analyse_trajectories(amstelland, registry, log)
    assert result.findings == []
    assert [(r.track, r.via_move, str(r.started)) for r in result.runs] == [
        ("spoor-2-po", False, "2025-02-01"), ("spoor-1", True, "2026-01-10")]
    st = {s.school: s for s in result.states}["10AB"]
    assert st.track == "spoor-1" and st.status == TrajectoryStatus.ACTIVE and st.current_step == 1
    assert st.renewal_started == Date(2027, 1, 15)
    # on a date in between: in the trial step
    mid = {s.school: s for s in cmkit.analyse_trajectories(amstelland, registry, log, Date(2025, 3, 15)).states}["10AB"]
    assert mid.track == "spoor-2-po" and mid.current_step == 2 and not mid.joined and mid.finished_steps == [1]
    before = {s.school: s for s in cmkit.analyse_trajectories(amstelland, registry, log, Date(2025, 1, 1)).states}
    assert before["10AB"].status == TrajectoryStatus.NOT_STARTED
    assert before["10AA"].status == TrajectoryStatus.NOT_STARTED


def test_spoor_1_repeats_in_the_next_school_year(amstelland, registry):
    log = [E("10AA", "2025-03-01", "START", "spoor-1")]
    for n in range(1, 6):
        if n > 1:
            log.append(E("10AA", f"2025-0{n + 2}-01", "START_STEP", step=n))
        log.append(E("10AA", f"2025-0{n + 2}-10", "FINISH_STEP", step=n))
    log.append(E("10AA", "2025-09-01", "START", "spoor-1"))  # school year 2025-2026
    result = cmkit.analyse_trajectories(amstelland, registry, log)
    assert result.findings == []
    assert [r.cycle for r in result.runs] == [1, 2]


def test_events_csv_round_trip_and_errors(amstelland, registry, tmp_path):
    raw = events(CASES[9]["events"])
    text = cmkit.events_to_csv(raw)
    assert text.splitlines()[0] == "school,date,kind,track,step,reason"
    assert cmkit.events_from_csv(text) == raw
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.events_from_csv("school;date;kind\n10AA;2025-13-01;start\n", "ev.csv")
    assert info.value.location == "line 2, column date"
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.events_from_csv("school,date,kind\n10AA,2025-03-01,begin\n", "ev.csv")
    assert info.value.location == "line 2, column kind" and "finish-step" in info.value.expected


def test_schools_registry_checks(amstelland):
    text = ("brin;name;municipality;sector;track;icc;icc_certified;cultuurcoordinator;achterstandsscore\n"
            "12AB;De Regenboog;aalsmeer;PO;spoor-1;ja;ja;nee;554,6\n"
            "12AB;Dubbel;aalsmeer;PO;spoor-1;nee;nee;nee;\n"
            "1XAB;Fout;aalsmeer;PO;;nee;nee;nee;\n"
            "13CD;Buiten;amsterdam;PO;;nee;nee;nee;\n"
            "14EF;College;uithoorn;VO;spoor-1;nee;nee;ja;\n"
            "15GH;SBO;amstelveen;SBO;spoor-2-po;nee;nee;nee;\n"
            "16IJ;Certificaat;amstelveen;PO;;nee;ja;ja;\n"
            "17KL;Onbekend spoor;amstelveen;PO;spoor-9;nee;nee;nee;\n")
    reg = cmkit.schools_from_csv(text, "schools.csv")
    assert reg.schools[0].achterstandsscore.to_fraction() == __import__("fractions").Fraction(5546, 10)
    got = {(f.code, f.path) for f in cmkit.validate_schools(amstelland, reg)}
    assert got == {("DUPLICATE_BRIN", "/schools/1/brin"), ("MALFORMED_BRIN", "/schools/2/brin"),
                   ("UNKNOWN_MUNICIPALITY", "/schools/3/municipality"), ("VO_IN_SPOOR_1", "/schools/4/track"),
                   ("TRACK_SECTOR_MISMATCH", "/schools/5/track"), ("ICC_CERTIFIED_WITHOUT_ICC", "/schools/6/icc_certified"),
                   ("CULTUURCOORDINATOR_NOT_VO", "/schools/6/cultuurcoordinator"), ("UNKNOWN_TRACK", "/schools/7/track")}
    again = cmkit.schools_from_csv(cmkit.schools_to_csv(reg))
    assert again == reg
    for bad, where in (("brin,name,municipality,sector\n12AB,X,aalsmeer,MBO\n", "line 2, column sector"),
                       ("brin,name,municipality,sector,icc\n12AB,X,aalsmeer,PO,misschien\n", "line 2, column icc"),
                       ("brin,name,municipality\n12AB,X,aalsmeer\n", "line 1"),
                       ("brin,name,municipality,sector,pupils\n12AB,X,aalsmeer,PO,veel\n", "line 2, column pupils")):
        with pytest.raises(cmkit.FormatError) as info:
            cmkit.schools_from_csv(bad, "s.csv")
        assert info.value.location == where


def test_a_vo_school_that_moved_into_spoor_1_may_repeat_its_cycle(amstelland, registry):
    log = [E("10AC", "2025-02-01", "START", "spoor-2-vo"), E("10AC", "2025-02-10", "FINISH_STEP", step=1)]
    for n in range(2, 9):
        log += [E("10AC", f"2025-{n + 1:02d}-01", "START_STEP", step=n), E("10AC", f"2025-{n + 1:02d}-10", "FINISH_STEP", step=n)]
    log += [E("10AC", "2025-10-01", "MOVE", "spoor-1"), E("10AC", "2025-10-05", "FINISH_STEP", step=1)]
    for n, (start, finish) in zip(range(2, 6), (("10-10", "10-15"), ("10-20", "10-25"), ("11-01", "11-05"),
                                               ("11-10", "11-15"))):
        log += [E("10AC", f"2025-{start}", "START_STEP", step=n), E("10AC", f"2025-{finish}", "FINISH_STEP", step=n)]
    log.append(E("10AC", "2026-09-01", "START", "spoor-1"))  # next school year: its second spoor-1 cycle
    result = cmkit.analyse_trajectories(amstelland, registry, log)
    assert result.findings == []
    assert [(r.track, r.via_move, r.cycle) for r in result.runs] == [("spoor-2-vo", False, 1), ("spoor-1", True, 1),
                                                                     ("spoor-1", False, 2)]
    # and a VO school that never was in spoor 2 still may not start there
    direct = cmkit.analyse_trajectories(amstelland, registry, [E("10AC", "2025-03-01", "START", "spoor-1")])
    assert [f.code for f in direct.findings] == ["VO_IN_SPOOR_1"]


def test_findings_are_in_natural_path_order(amstelland, registry):
    log = [E("99ZZ", f"2025-03-{d:02d}", "START", "spoor-1") for d in range(1, 13)]
    paths = [f.path for f in cmkit.analyse_trajectories(amstelland, registry, log).findings]
    assert paths == [f"/events/{i}/school" for i in range(12)]
