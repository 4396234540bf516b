#!/usr/bin/env python3
"""Writes the broken plans of this folder, one per code of the whole-plan checks (docs/plan-validation.md,
src/plan_checks.cpp), and expected.json with the finding each must give. Run it after changing a case; the
C++ test (tests/cpp/test_plan_checks.cpp) and the Python test (tests/python/test_plan_checks.py) read both.

The base is ../plans/minimal.json made whole: a budget for all four plan years, a programme line, two
tracks, a planning year, a monitoring activity and municipal priorities, so that every cross-reference has
something to point at. base.json is that plan; its only finding is INHABITANTS_UNKNOWN (info: the test
municipality has no inhabitant count), which every case therefore also gives. expected.json has, per case,
the file, the code, the exact JSON pointer and severity of that finding, the other codes it gives (`also`;
all codes together are exactly {code} + also) and a description.
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).parent
MINIMAL = json.loads((HERE.parent / "plans" / "minimal.json").read_text(encoding="utf-8"))
BASE_ALSO = {"INHABITANTS_UNKNOWN"}


def label(nl, en):
    return {"nl": nl, "en": en}


def whole(doc):
    """minimal.json with a budget for 2027 and 2028 (copies of 2025 and 2026) and one of everything."""
    b = doc["budget"]
    for line in b["income"] + b["costs"]:
        a = line["amounts"]
        a["2027"], a["2028"] = a["2025"], a["2026"]
        if "stated_total" in line:
            line["stated_total"] = sum(a.values())
    for key in ("stated_income", "stated_costs", "stated_result"):
        t = b[key]
        t["amounts"]["2027"], t["amounts"]["2028"] = t["amounts"]["2025"], t["amounts"]["2026"]
        t["total"] = sum(t["amounts"].values())
    for h in b["school_hours"]:
        h["hours"]["2027"], h["hours"]["2028"] = h["hours"]["2025"], h["hours"]["2026"]
        h["stated_total"] = sum(h["hours"].values())
    doc["programme_lines"] = [{
        "schema": "ProgrammeLine.1", "id": "A", "label": label("Lijn A", "Line A"), "objectives": ["a"],
        "description_nl": "Een lijn.", "focus_areas": [], "professionalisation_groups": [],
        "activity_lists": [{"schema": "ActivityList.1", "id": "a-fase-1", "label": label("Fase 1", "Phase 1"),
                            "phases": [1], "sectors": [], "activities": []}]}]
    step = lambda n: {"schema": "TrackStep.1", "number": n, "label": label(f"Stap {n}", f"Step {n}"),  # noqa: E731
                      "description_nl": "Een stap."}
    doc["tracks"] = [
        {"schema": "Track.1", "id": "spoor-1", "spoor": 1, "label": label("Spoor 1", "Track 1"), "sectors": ["PO"],
         "new_schools": False, "repeatable_yearly": False, "description_nl": "Bestaande scholen.",
         "steps": [step(n) for n in (1, 2, 3)]},
        {"schema": "Track.1", "id": "spoor-2", "spoor": 2, "label": label("Spoor 2", "Track 2"), "sectors": ["PO"],
         "new_schools": True, "repeatable_yearly": False, "description_nl": "Nieuwe scholen.",
         "steps": [step(n) for n in (1, 2, 3)], "trial_step": 2, "continues_in": "spoor-1",
         "curriculum_renewal_from_phase": 2}]
    doc["targets"][0]["measure"] = "trajectories-started:spoor-2"
    doc["planning"] = [{"schema": "PlanningYear.1", "year": 2025, "phase": 1, "outline_only": False, "items": [
        {"schema": "PlanningItem.1", "id": "start", "label": label("Start", "Start"),
         "period": {"start": "2025-01-01", "end": "2025-06-30"}}]}]
    doc["monitoring"] = [{"schema": "MonitoringActivity.1", "id": "evi-analysis", "label": label("Evi", "Evi"),
                          "scope": "region", "years": [2025, 2027], "instruments": [], "description_nl": "Analyse."}]
    doc["initiatives"] = [{"schema": "Initiative.1", "id": "kabaal", "label": label("Kabaal", "Kabaal"),
                           "programme_line": "A", "municipalities": ["stad"], "planned_in": ["stad"],
                           "description_nl": "Naschools aanbod.", "plan_nl": "Voortzetten."}]
    doc["municipal_priorities"] = [{"schema": "MunicipalPriorities.1", "municipality": "stad",
                                    "priorities": [{"schema": "Item.1", "id": "p", "label": label("Bereik", "Reach")}]}]
    return doc


BASE = whole(copy.deepcopy(MINIMAL))
BASE["source"]["file"] = "base.json"
(HERE / "base.json").write_text(json.dumps(BASE, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

CASES = []


def case(name, mutate, code, path, severity="error", also=(), description=""):
    assert description, name
    doc = copy.deepcopy(BASE)
    mutate(doc)
    doc["source"]["file"] = name
    (HERE / name).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    CASES.append({"file": name, "code": code, "path": path, "severity": severity,
                  "also": sorted((set(also) | BASE_ALSO) - {code}), "description": description})


def target_period(doc, j):
    return doc["targets"][0]["periods"][j]


def append(path, value):
    def f(doc):
        node = doc
        for k in path:
            node = node[k]
        node.append(value)
    return f


def setp(path, value):
    def f(doc):
        node = doc
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return f


case("region-unknown-municipality.json", append(["region", "municipalities"], "nergenshuizen"),
     "REGION_UNKNOWN_MUNICIPALITY", "/region/municipalities/1",
     description="the region lists a municipality id the plan has no record for")


def extra_municipality(doc):
    doc["municipalities"].append({"schema": "Municipality.1", "id": "dorp", "name": "Dorp", "cbs_code": "GM9998",
                                  "inhabitants_note": "Testgemeente zonder inwonertal."})


case("municipality-not-in-region.json", extra_municipality, "MUNICIPALITY_NOT_IN_REGION", "/municipalities/1",
     severity="warning", description="a municipality record the region does not list")
case("duplicate-id.json", append(["objectives"], {"schema": "Objective.1", "id": "a", "label": label("Nog eens", "Again")}),
     "DUPLICATE_ID", "/objectives/1/id", description="two objectives with the id 'a'")
case("line-unknown-objective.json", append(["programme_lines", 0, "objectives"], "z"),
     "LINE_UNKNOWN_OBJECTIVE", "/programme_lines/0/objectives/1",
     description="programme line A serves an objective 'z' the plan does not have")
case("phase-unknown.json", setp(["programme_lines", 0, "activity_lists", 0, "phases"], [3]),
     "PHASE_UNKNOWN", "/programme_lines/0/activity_lists/0/phases/0",
     description="an activity list for phase 3 in a plan with phases 1 and 2")
case("track-unknown-continuation.json", setp(["tracks", 1, "continues_in"], "spoor-9"),
     "TRACK_UNKNOWN_CONTINUATION", "/tracks/1/continues_in",
     description="spoor-2 continues in a track 'spoor-9' the plan does not have")
case("track-unknown-step.json", setp(["tracks", 1, "trial_step"], 7),
     "TRACK_UNKNOWN_STEP", "/tracks/1/trial_step", description="trial step 7 of a track with three steps")
case("phases-do-not-tile.json", setp(["phases", 1, "period", "start"], "2027-02-01"),
     "PHASES_DO_NOT_TILE", "/phases/1/period/start", also=["TARGET_PHASE_MISMATCH"],
     description="phase 2 starts a month after phase 1 ends (its target period no longer matches it either)")


def target_outside(doc):
    p = target_period(doc, 1)
    p["period"]["end"] = "2029-12-31"
    del p["phase"]


case("period-outside-plan.json", target_outside, "PERIOD_OUTSIDE_PLAN", "/targets/0/periods/1/period",
     description="a target period that runs on to the end of 2029, after the plan")


def target_overlap(doc):
    p = target_period(doc, 1)
    p["period"]["start"] = "2026-07-01"
    del p["phase"]


case("target-periods-overlap.json", target_overlap, "TARGET_PERIODS_OVERLAP", "/targets/0/periods/1/period",
     description="the second target period starts before the first ends")
case("target-phase-mismatch.json", setp(["targets", 0, "periods", 1, "period", "end"], "2027-12-31"),
     "TARGET_PHASE_MISMATCH", "/targets/0/periods/1/period", severity="warning",
     description="a target period said to be phase 2 that ends a year before phase 2 does")
case("target-total-inconsistent.json", setp(["targets", 0, "total"], 10), "TARGET_TOTAL_INCONSISTENT", "/targets/0/total",
     description="a unique total of 10 for periods of 1 and 2")
case("target-unknown-measure.json", setp(["targets", 0, "measure"], "trajectories-started:spoor-9"),
     "TARGET_UNKNOWN_MEASURE", "/targets/0/measure",
     description="a target that counts trajectories in a track the plan does not have")
case("planning-phase-mismatch.json", setp(["planning", 0, "phase"], 2), "PLANNING_PHASE_MISMATCH", "/planning/0/phase",
     severity="warning", description="planning year 2025 filed under phase 2 (2027-2028)")
case("priorities-unknown-municipality.json", setp(["municipal_priorities", 0, "municipality"], "dorp"),
     "PRIORITIES_UNKNOWN_MUNICIPALITY", "/municipal_priorities/0/municipality",
     description="priorities for a municipality the plan does not have")


case("initiative-unknown-reference.json", append(["initiatives", 0, "planned_in"], "dorp"),
     "INITIATIVE_UNKNOWN_REFERENCE", "/initiatives/0/planned_in/1",
     description="an initiative the plan means to take to a municipality it does not have")


def three_years(doc):
    # A 2025-2027 plan under the cmk-2025-2028 edition: phases, targets and budget follow the shorter period.
    doc["period"]["end"] = "2027-12-31"
    doc["phases"][1]["period"]["end"] = "2027-12-31"
    target_period(doc, 1)["period"]["end"] = "2027-12-31"
    doc["covenant"]["period"]["end"] = "2027-12-31"
    b = doc["budget"]
    for line in b["income"] + b["costs"]:
        del line["amounts"]["2028"]
        if "stated_total" in line:
            line["stated_total"] = sum(line["amounts"].values())
    for key in ("stated_income", "stated_costs", "stated_result"):
        del b[key]["amounts"]["2028"]
        b[key]["total"] = sum(b[key]["amounts"].values())
    for h in b["school_hours"]:
        del h["hours"]["2028"]
        h["stated_total"] = sum(h["hours"].values())


case("edition-period-mismatch.json", three_years, "EDITION_PERIOD_MISMATCH", "/period", severity="warning",
     description="a three-year plan (2025-2027) under the four-year edition cmk-2025-2028")


def budget_2028_missing(doc):
    three_years(doc)
    doc["period"]["end"] = "2028-12-31"
    doc["phases"][1]["period"]["end"] = "2028-12-31"
    target_period(doc, 1)["period"]["end"] = "2028-12-31"


case("budget-year-missing.json", budget_2028_missing, "BUDGET_YEAR_MISSING", "/budget", severity="warning",
     description="a 2025-2028 plan whose budget stops after 2027")

case("track-unknown-spoor.json", setp(["tracks", 1, "spoor"], 3), "TRACK_UNKNOWN_SPOOR", "/tracks/1/spoor",
     description="a track of 'spoor 3'; the regulation has spoor 1 and spoor 2")
case("budget-unknown-version.json", setp(["budget", "version"], "concept"), "BUDGET_UNKNOWN_VERSION", "/budget/version",
     severity="warning", description="a budget of version 'concept' (allowed: original, revised, what-if)")
case("risk-unknown-category.json",
     append(["risks"], {"schema": "Risk.1", "id": "r", "label": label("Weer", "Weather"), "category": "weather",
                        "description_nl": "Slecht weer.", "mitigation_nl": "Binnen blijven."}),
     "RISK_UNKNOWN_CATEGORY", "/risks/0/category", severity="warning",
     description="a risk of category 'weather', which is not among the risk categories")

(HERE / "expected.json").write_text(json.dumps(CASES, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {len(CASES)} cases")
