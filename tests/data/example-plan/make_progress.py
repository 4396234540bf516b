#!/usr/bin/env python3
"""Writes progress.json and schools.csv here: SYNTHETIC progress data for the FICTIONAL example plan
voorbeeld-fictief-2026-2028 (data/plans/, tools/make_example_plan.py), so that `cmkit schools`,
`cmkit trajectories` and `cmkit targets --progress` run on a plan of another shape than Amstelland
(tests/python/test_example_plan.py recomputes the achievements by hand from these events).

Every school, event and meeting is made up: `synthetic: true`, names say "fictief", and the schools CSV
starts with the synthetic marker line. The story, per calendar year (the plan's reporting periods):

- six schools in the three municipalities, four PO and two VO;
- track `bestaand` (spoor 1): two PO schools start in 2026;
- track `nieuw` (spoor 2, trial step 2): two schools start in 2026, one in 2027; one of the 2026 ones
  stops in 2027 and restarts in 2028 (a restart is the same trajectory, so it is counted once);
- network meetings (kind `network-meeting`): two in 2026, one in 2027, none yet in 2028.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
PLAN = "voorbeeld-fictief-2026-2028"
MARKER = "# synthetic: made-up data from cmkit's generator, not real schools or answers"


def label(nl, en):
    return {"nl": nl, "en": en}


SCHOOLS = [  # brin, name, municipality, sector, pupils, track
    ("90FA", "Fictieve basisschool De Haven", "fictiefhaven", "PO", 210, "bestaand"),
    ("90FB", "Fictieve basisschool Het Dorp", "fictiefdorp", "PO", 180, "bestaand"),
    ("90FC", "Fictieve basisschool De Stad", "fictiefstad", "PO", 320, "nieuw"),
    ("90FD", "Fictieve basisschool Noord", "fictiefstad", "PO", 150, "nieuw"),
    ("90FE", "Fictief college Zuid", "fictiefstad", "VO", 900, "nieuw"),
    ("90FF", "Fictief lyceum Haven", "fictiefhaven", "VO", 700, None),
]


def school(brin, name, municipality, sector, pupils, track):
    s = {"schema": "School.1", "brin": brin, "name": name, "municipality": municipality, "sector": sector,
         "pupils": pupils, "icc": sector == "PO", "icc_certified": False, "second_icc_or_working_group": False,
         "cultuurplan": track == "bestaand", "cultuurcoordinator": sector == "VO"}
    if track:
        s["track"] = track
    return s


def event(school_, date, kind, **extra):
    return {"schema": "TrajectoryEvent.1", "school": school_, "date": date, "kind": kind, **extra}


EVENTS = [
    event("90FA", "2026-02-02", "start", track="bestaand"),
    event("90FB", "2026-03-02", "start", track="bestaand"),
    event("90FC", "2026-02-16", "start", track="nieuw"),
    event("90FE", "2026-09-07", "start", track="nieuw"),
    event("90FC", "2026-06-01", "finish-step", step=1),
    event("90FE", "2027-03-01", "stop", reason="Fictief: de school stopt tijdelijk."),
    event("90FD", "2027-02-15", "start", track="nieuw"),
    event("90FE", "2028-02-05", "restart"),
]


def meeting(id_, date, nl):
    return {"schema": "ProgrammeActivity.1", "id": id_, "date": date, "programme_line": "2", "activity_type": "wijkaanbod",
            "kind": "network-meeting", "label": label(nl + " (fictief)", "Network meeting (fictional)"),
            "schools": ["90FA", "90FC"], "partners": ["Fictief theater"], "municipality": "fictiefstad",
            "participants": 20, "cost": 50000, "priorities": []}


ACTIVITIES = [meeting("m-1", "2026-04-13", "Netwerkbijeenkomst voorjaar 2026"),
              meeting("m-2", "2026-10-12", "Netwerkbijeenkomst najaar 2026"),
              meeting("m-3", "2027-04-12", "Netwerkbijeenkomst voorjaar 2027")]

NOTE = ("Synthetische voortgangsgegevens bij het fictieve voorbeeldplan; verzonnen scholen en gebeurtenissen. "
        "Gemaakt met tests/data/example-plan/make_progress.py. / Synthetic progress data for the fictional example "
        "plan; made-up schools and events.")


def main():
    doc = {"schema": "ProgressData.1", "plan": PLAN, "synthetic": True, "note": NOTE,
           "schools": {"schema": "SchoolRegistry.1", "synthetic": True, "note": NOTE,
                       "schools": [school(*s) for s in SCHOOLS]},
           "events": EVENTS, "activities": ACTIVITIES}
    (HERE / "progress.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    header = "brin,name,municipality,sector,pupils,track,icc,icc_certified,second_icc_or_working_group,cultuurplan,cultuurcoordinator,achterstandsscore"
    lines = [MARKER, header]
    for s in doc["schools"]["schools"]:
        lines.append(",".join([s["brin"], s["name"], s["municipality"], s["sector"], str(s["pupils"]), s.get("track", ""),
                               *("ja" if s[k] else "nee" for k in ("icc", "icc_certified", "second_icc_or_working_group",
                                                                       "cultuurplan", "cultuurcoordinator")), ""]))
    (HERE / "schools.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
