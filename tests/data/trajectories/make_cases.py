"""Writes invalid-sequences.json: event sequences that each break one trajectory rule.

Every case runs against the built-in Amstelland plan and the small registry in registry.json; the
expected finding (code, severity, JSON pointer into the case's event list) is stored with it. Run
`python3 make_cases.py` after changing a case; the tests read the JSON (C++ and Python).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
PO, NEW, VO, SBO = "10AA", "10AB", "10AC", "10AD"


def ev(school, date, kind, track=None, step=None, reason=None):
    e = {"schema": "TrajectoryEvent.1", "school": school, "date": date, "kind": kind}
    if track is not None:
        e["track"] = track
    if step is not None:
        e["step"] = step
    if reason is not None:
        e["reason"] = reason
    return e


def spoor1_cycle(school, year):
    """A complete, valid spoor-1 cycle in one school year starting in September of `year`."""
    out = [ev(school, f"{year}-09-01", "start", "spoor-1"), ev(school, f"{year}-09-20", "finish-step", step=1)]
    days = [("10-01", "10-20"), ("11-01", "11-20"), ("12-01", "12-10"), ("12-11", "12-20")]
    for n, (s, f) in zip(range(2, 6), days):
        out += [ev(school, f"{year}-{s}", "start-step", step=n), ev(school, f"{year}-{f}", "finish-step", step=n)]
    return out


def spoor2_po_to_join(school):
    return [ev(school, "2025-02-01", "start", "spoor-2-po"), ev(school, "2025-02-20", "finish-step", step=1),
            ev(school, "2025-03-01", "start-step", step=2), ev(school, "2025-04-01", "finish-step", step=2),
            ev(school, "2025-04-02", "join")]


def spoor2_vo_complete(school):
    out = [ev(school, "2025-02-01", "start", "spoor-2-vo"), ev(school, "2025-02-15", "finish-step", step=1)]
    for n in range(2, 9):
        out += [ev(school, f"2025-{n + 1:02d}-01", "start-step", step=n),
                ev(school, f"2025-{n + 1:02d}-15", "finish-step", step=n)]
    return out


CASES = [
    # (name, events, code, index of the offending event, field, severity)
    ("unknown-school", [ev("99ZZ", "2025-03-01", "start", "spoor-1")], "EVENT_UNKNOWN_SCHOOL", 0, "/school", "error"),
    ("outside-period", [ev(PO, "2024-12-31", "start", "spoor-1")], "EVENT_OUTSIDE_PERIOD", 0, "/date", "error"),
    ("start-without-track", [ev(PO, "2025-03-01", "start")], "EVENT_MISSING_FIELD", 0, "/track", "error"),
    ("unknown-track", [ev(PO, "2025-03-01", "start", "spoor-3")], "EVENT_UNKNOWN_TRACK", 0, "/track", "error"),
    ("unknown-step", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-02", "finish-step", step=9)],
     "EVENT_UNKNOWN_STEP", 1, "/step", "error"),
    ("vo-in-spoor-1", [ev(VO, "2025-03-01", "start", "spoor-1")], "VO_IN_SPOOR_1", 0, "/track", "error"),
    ("sbo-in-spoor-2-po", [ev(SBO, "2025-03-01", "start", "spoor-2-po")], "TRACK_SECTOR_MISMATCH", 0, "/track", "error"),
    ("start-twice", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-04-01", "start", "spoor-1")],
     "TRAJECTORY_ALREADY_ACTIVE", 1, "/kind", "error"),
    ("step-without-trajectory", [ev(PO, "2025-03-01", "start-step", step=1)], "NO_ACTIVE_TRAJECTORY", 0, "/kind", "error"),
    ("step-out-of-order", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "finish-step", step=1),
                           ev(PO, "2025-03-20", "start-step", step=3)], "STEP_OUT_OF_ORDER", 2, "/step", "error"),
    ("finish-before-start", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "finish-step", step=1),
                             ev(PO, "2025-03-20", "finish-step", step=2)], "STEP_NOT_STARTED", 2, "/step", "error"),
    ("finish-dated-before-its-start", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "finish-step", step=1),
                                       ev(PO, "2025-04-10", "start-step", step=2), ev(PO, "2025-04-01", "finish-step", step=2)],
     "STEP_NOT_STARTED", 3, "/step", "error"),
    ("finish-twice", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "finish-step", step=1),
                      ev(PO, "2025-03-11", "finish-step", step=1)], "STEP_ALREADY_FINISHED", 2, "/step", "error"),
    ("step-still-open", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "start-step", step=2)],
     "STEP_STILL_OPEN", 1, "/step", "error"),
    ("skip-without-reason", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-10", "finish-step", step=1),
                             ev(PO, "2025-03-11", "skip-step", step=2)], "SKIP_WITHOUT_REASON", 2, "/reason", "error"),
    ("skip-baseline", [ev(VO, "2025-03-01", "start", "spoor-2-vo"), ev(VO, "2025-03-02", "skip-step", step=1, reason="al gemeten")],
     "SKIP_BASELINE", 1, "/step", "warning"),
    ("event-while-paused", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-05", "pause", reason="ziekte"),
                            ev(PO, "2025-03-10", "finish-step", step=1)], "EVENT_WHILE_PAUSED", 2, "/kind", "error"),
    ("resume-without-pause", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-05", "resume")],
     "RESUME_WITHOUT_PAUSE", 1, "/kind", "error"),
    ("event-after-stop", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-05", "stop", reason="fusie"),
                          ev(PO, "2025-03-10", "finish-step", step=1)], "EVENT_AFTER_STOP", 2, "/kind", "error"),
    ("restart-without-stop", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-05", "restart")],
     "RESTART_WITHOUT_STOP", 1, "/kind", "error"),
    ("join-before-trial", [ev(NEW, "2025-02-01", "start", "spoor-2-po"), ev(NEW, "2025-02-20", "finish-step", step=1),
                           ev(NEW, "2025-02-21", "join")], "JOIN_BEFORE_TRIAL", 2, "/kind", "error"),
    ("join-in-spoor-1", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2025-03-05", "join")],
     "JOIN_NOT_APPLICABLE", 1, "/kind", "error"),
    ("beyond-trial-without-join", [ev(NEW, "2025-02-01", "start", "spoor-2-po"), ev(NEW, "2025-02-20", "finish-step", step=1),
                                   ev(NEW, "2025-03-01", "start-step", step=2), ev(NEW, "2025-04-01", "finish-step", step=2),
                                   ev(NEW, "2025-04-02", "start-step", step=3)], "STEP_BEYOND_TRIAL_WITHOUT_JOIN", 4, "/step", "error"),
    ("move-before-finish", spoor2_po_to_join(NEW) + [ev(NEW, "2025-05-01", "move", "spoor-1")],
     "MOVE_BEFORE_FINISH", 5, "/kind", "error"),
    ("move-to-wrong-track", spoor2_vo_complete(VO) + [ev(VO, "2025-11-01", "move", "spoor-2-po")],
     "MOVE_TO_WRONG_TRACK", 16, "/track", "error"),
    ("renewal-in-fase-1", [ev(PO, "2025-03-01", "start", "spoor-1"), ev(PO, "2026-06-01", "start-renewal")],
     "RENEWAL_BEFORE_PHASE", 1, "/date", "error"),
    ("renewal-twice", [ev(PO, "2027-01-10", "start", "spoor-1"), ev(PO, "2027-02-01", "start-renewal"),
                       ev(PO, "2027-03-01", "start-renewal")], "RENEWAL_TWICE", 2, "/kind", "error"),
    ("spoor-2-twice", spoor2_vo_complete(VO) + [ev(VO, "2026-02-01", "start", "spoor-2-vo")],
     "REPEAT_NOT_ALLOWED", 16, "/track", "error"),
    ("cycle-repeated-same-school-year", spoor1_cycle(PO, 2025)[:10] + [ev(PO, "2026-03-01", "start", "spoor-1")],
     "CYCLE_REPEATED_TOO_SOON", 10, "/date", "error"),
    ("not-in-date-order", [ev(PO, "2025-03-10", "start", "spoor-1"), ev(PO, "2025-03-01", "pause")],
     "EVENTS_NOT_IN_DATE_ORDER", 1, "/date", "warning"),
]


def main():
    registry = json.loads((HERE / "registry.json").read_text(encoding="utf-8"))
    out = []
    names = set()
    for name, events, code, index, field, severity in CASES:
        assert name not in names, name
        names.add(name)
        out.append({"name": name, "code": code, "severity": severity, "path": f"/events/{index}{field}",
                    "events": events})
    doc = {"note": "generated by make_cases.py; each case breaks one rule", "registry_schools": len(registry["schools"]),
           "cases": out}
    (HERE / "invalid-sequences.json").write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
