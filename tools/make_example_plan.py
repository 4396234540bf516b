#!/usr/bin/env python3
"""Writes data/plans/voorbeeld-fictief-2026-2028.json: a FICTIONAL example plan, the commented source of
which is this script. Run it after changing it (the tests load the JSON; a test checks that this script
still writes exactly the shipped file).

Why it exists: Amstelland is only the reference case. This plan has a different shape so that every
command, the report and every DataFrame are exercised on something else (issue 12):

- three municipalities (Amstelland has four), invented, with CBS-like codes GM9991-GM9993 that no real
  municipality has;
- three years, 2026-2028 (the region joins the 2025-2028 edition a year late, which `validate` reports
  as EDITION_PERIOD_MISMATCH, a warning);
- two phases of unequal length (2026-2027 and 2028);
- matching shares agreed per municipality (Amstelland states only the total);
- result targets per calendar year (three reporting periods), one counted uniquely, one summed.

Every number here is made up, and the plan says so: `fictional: true` (in the plan's JSON, and shown at
the top of the report), the title, the source and a note. Only the rule it must
satisfy is real: the CmK 2025-2028 grant is EUR 0.85 per inhabitant (data/rules/cmk-2025-2028.json), so
100,000 made-up inhabitants give a grant of EUR 85,000 a year, matched 1:1 by the municipalities.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "plans" / "voorbeeld-fictief-2026-2028.json"
YEARS = [2026, 2027, 2028]


def label(nl, en):
    return {"nl": nl, "en": en}


def period(start, end):
    return {"start": start, "end": end}


def per_year(cents):
    return {str(y): cents for y in YEARS}


def item(id_, nl, en):
    return {"schema": "Item.1", "id": id_, "label": label(nl, en)}


# ---- municipalities: invented names and counts (the source field says so) -----------------------
MUNICIPALITIES = [("fictiefstad", "Fictiefstad", "GM9991", 60000),
                  ("fictiefdorp", "Fictiefdorp", "GM9992", 25000),
                  ("fictiefhaven", "Fictiefhaven", "GM9993", 15000)]
municipalities = [{"schema": "Municipality.1", "id": i, "name": n, "cbs_code": c,
                   "inhabitants": {"schema": "Inhabitants.1", "count": k, "reference_date": "2025-01-01",
                                   "source": "Fictief: verzonnen inwonertal voor het voorbeeldplan"}}
                  for i, n, c, k in MUNICIPALITIES]
inhabitants = sum(k for *_, k in MUNICIPALITIES)  # 100,000
GRANT = inhabitants * 85                          # cents a year: EUR 0.85 per inhabitant = EUR 85,000

# ---- budget: EUR 170,000 a year, balanced; matching 1:1 split by agreement, not by inhabitants --------
SHARES = {"fictiefstad": 4_500_000, "fictiefdorp": 2_500_000, "fictiefhaven": 1_500_000}  # cents a year
assert sum(SHARES.values()) == GRANT
COSTS = [("activities", "Activiteitenkosten", "Activity costs", 12_200_000),
         ("coordination", "Coördinatie", "Coordination", 2_300_000),
         ("knowledge_sharing", "Kennisdeling", "Knowledge sharing", 1_000_000),
         ("monitoring_evaluation", "Monitoring en evaluatie", "Monitoring and evaluation", 1_200_000),
         ("accountant", "Accountantskosten", "Accountant", 300_000)]
assert sum(c for *_, c in COSTS) == 2 * GRANT


def line(id_, nl, en, category, cents):
    return {"schema": "BudgetLine.1", "id": id_, "label": label(nl, en), "category": category,
            "amounts": per_year(cents), "stated_total": cents * len(YEARS), "tags": []}


def stated(cents):
    return {"schema": "StatedTotals.1", "amounts": per_year(cents), "total": cents * len(YEARS)}


budget = {
    "schema": "Budget.1", "version": "original",
    "income": [line("fcp-grant", "Subsidie FCP", "FCP grant", "fcp_grant", GRANT),
               line("municipal-matching", "Matching gemeenten", "Municipal matching", "municipal_matching", GRANT)],
    "costs": [line(c.replace("_", "-"), nl, en, c, cents) for c, nl, en, cents in COSTS],
    "stated_income": stated(2 * GRANT), "stated_costs": stated(2 * GRANT), "stated_result": stated(0),
    "school_hours": [{"schema": "HoursLine.1", "id": "school-hours-po", "sector": "PO",
                      "label": label("Bijdrage van scholen PO in uren", "Contribution of PO schools in hours"),
                      "hours": {str(y): 1000 for y in YEARS}, "stated_total": 1000 * len(YEARS)}],
    "matching_shares": [{"schema": "MatchingShare.1", "municipality": m, "amounts": per_year(c)}
                        for m, c in SHARES.items()],
}

# ---- phases, targets per calendar year ------------------------------------------------------------
phases = [{"schema": "Phase.1", "number": 1, "label": label("Fase 1 (2026-2027)", "Phase 1 (2026-2027)"),
           "period": period("2026-01-01", "2027-12-31")},
          {"schema": "Phase.1", "number": 2, "label": label("Fase 2 (2028)", "Phase 2 (2028)"),
           "period": period("2028-01-01", "2028-12-31")}]


def target(id_, nl, en, values, total, counting, unit, measure):
    periods = []
    for y, v in zip(YEARS, values):
        p = {"schema": "TargetPeriod.1", "period": period(f"{y}-01-01", f"{y}-12-31"), "value": v}
        if y == 2028:
            p["phase"] = 2  # the year 2028 is phase 2; 2026 and 2027 together are phase 1
        periods.append(p)
    return {"schema": "ResultTarget.2", "id": id_, "label": label(nl, en), "periods": periods, "total": total,
            "counting": counting, "unit": unit, "measure": measure}


targets = [
    target("nieuwe-scholen", "Nieuwe scholen met een traject", "New schools with a trajectory", [2, 2, 1], 5,
           "unique", label("scholen", "schools"), "trajectories-started:nieuw"),
    target("netwerkbijeenkomsten", "Netwerkbijeenkomsten", "Network meetings", [2, 2, 2], 6, "sum",
           label("bijeenkomsten", "meetings"), "meetings-held:network-meeting"),
]

# ---- programme, tracks, monitoring, planning ------------------------------------------------------
objectives = [{"schema": "Objective.1", "id": "o1", "label": label("Cultuuronderwijs in elke klas", "Arts education in every class")},
              {"schema": "Objective.1", "id": "o2", "label": label("School en omgeving verbonden", "School and surroundings connected")}]


def activity_list(id_, nl, en, phases_, activities):
    return {"schema": "ActivityList.1", "id": id_, "label": label(nl, en), "phases": phases_, "sectors": [],
            "activities": activities}


programme_lines = [
    {"schema": "ProgrammeLine.1", "id": "1", "label": label("Kwaliteit in de klas", "Quality in the classroom"),
     "objectives": ["o1"], "description_nl": "Scholen werken aan een doorlopende leerlijn.", "focus_areas": [],
     "professionalisation_groups": [],
     "activity_lists": [activity_list("1-fase-1", "Fase 1", "Phase 1", [1],
                                      [item("visie", "Visie op cultuuronderwijs", "A vision of arts education")]),
                        activity_list("1-fase-2", "Fase 2", "Phase 2", [2],
                                      [item("borgen", "Borgen in het schoolplan", "Securing it in the school plan")])]},
    {"schema": "ProgrammeLine.1", "id": "2", "label": label("Samen met de omgeving", "Together with the surroundings"),
     "objectives": ["o2"], "description_nl": "Scholen en culturele partners in de wijk werken samen.", "focus_areas": [],
     "professionalisation_groups": [],
     "activity_lists": [activity_list("2-beide", "Beide fasen", "Both phases", [1, 2],
                                      [item("wijkaanbod", "Naschools aanbod in de wijk", "After-school provision")])]},
]


def step(n, nl, en):
    return {"schema": "TrackStep.1", "number": n, "label": label(nl, en), "description_nl": nl + "."}


tracks = [
    {"schema": "Track.1", "id": "bestaand", "spoor": 1, "label": label("Bestaande scholen", "Existing schools"),
     "sectors": ["PO", "VO"], "new_schools": False, "repeatable_yearly": True,
     "description_nl": "Scholen die al meedoen borgen hun kwaliteit.",
     "steps": [step(1, "Evi invullen", "Complete Evi"), step(2, "Gesprek", "Conversation"),
               step(3, "Jaarplan", "Year plan")]},
    {"schema": "Track.1", "id": "nieuw", "spoor": 2, "label": label("Nieuwe scholen", "New schools"),
     "sectors": ["PO", "VO"], "new_schools": True, "repeatable_yearly": False,
     "description_nl": "Nieuwe scholen bouwen in vier stappen een cultuurplan op.",
     "steps": [step(1, "Kennismaking", "Introduction"), step(2, "Nulmeting", "Baseline"),
               step(3, "Cultuurplan", "Culture plan"), step(4, "Uitvoering", "Implementation")],
     "trial_step": 2, "continues_in": "bestaand"},
]

monitoring = [
    {"schema": "MonitoringActivity.1", "id": "evi-yearly", "label": label("Evi per school", "Evi per school"),
     "scope": "school", "years": [], "times_per_year": 1, "instruments": ["Evi"],
     "description_nl": "Elke school vult jaarlijks Evi in."},
    {"schema": "MonitoringActivity.1", "id": "evi-analysis", "label": label("Regionale Evi-analyse", "Regional Evi analysis"),
     "scope": "region", "years": [2027], "times_per_year": 1, "instruments": ["Evi"],
     "description_nl": "Eén regionale analyse, halverwege."},
    {"schema": "MonitoringActivity.1", "id": "network-meetings", "label": label("Netwerkbijeenkomsten", "Network meetings"),
     "scope": "region", "years": [], "times_per_year": 2, "instruments": [],
     "description_nl": "Twee keer per jaar een netwerkbijeenkomst."},
]

planning = [{"schema": "PlanningYear.1", "year": y, "phase": 1 if y < 2028 else 2, "outline_only": y == 2028,
             "items": [{"schema": "PlanningItem.1", "id": f"plan-{y}",
                        "label": label(f"Uitvoering {y}", f"Implementation {y}")}]} for y in YEARS]

initiatives = [{"schema": "Initiative.1", "id": "cultuurkar", "label": label("Cultuurkar", "Culture cart"),
                "programme_line": "2", "municipalities": ["fictiefstad"], "planned_in": ["fictiefdorp", "fictiefhaven"],
                "description_nl": "Fictief: een rijdende kar met materiaal voor naschoolse activiteiten.",
                "plan_nl": "Fictief: de kar gaat in fase 2 ook naar Fictiefdorp en Fictiefhaven."}]

plan = {
    "schema": "Plan.2",
    "writer": {"library": "cmkit", "version": "0.1.0"},
    "id": "voorbeeld-fictief-2026-2028",
    "fictional": True,
    "title": label("Fictief voorbeeldplan Cultuureducatie met Kwaliteit 2026-2028",
                   "Fictional example plan Cultural Education with Quality 2026-2028"),
    "edition": "cmk-2025-2028",
    "source": {"schema": "SourceDocument.1", "title": label("Fictief voorbeeld (geen echt projectplan)",
                                                            "Fictional example (not a real project plan)"),
               "file": "tools/make_example_plan.py", "language": "nl"},
    "region": {"schema": "Region.1", "id": "voorbeeldregio", "name": "Voorbeeldregio (fictief)",
               "municipalities": [m for m, *_ in MUNICIPALITIES]},
    "penvoerder": {"schema": "Penvoerder.1", "id": "fictief-cultuurhuis", "name": "Stichting Fictief Cultuurhuis",
                   "programme_name": "Cultuur Voorbeeldregio", "seat": "fictiefstad"},
    "period": period("2026-01-01", "2028-12-31"),
    "phases": phases,
    "summary_nl": "Een verzonnen plan met een andere vorm dan Amstelland, om cmkit op te testen en te tonen.",
    "objectives": objectives,
    "programme_lines": programme_lines,
    "initiatives": initiatives,
    "tracks": tracks,
    "targets": targets,
    "context_figures": [{"schema": "ContextFigure.1", "id": "scholen-regio", "count": 40,
                         "label": label("Scholen in de regio (fictief)", "Schools in the region (fictional)")}],
    "municipalities": municipalities,
    "municipal_priorities": [{"schema": "MunicipalPriorities.1", "municipality": "fictiefdorp",
                              "priorities": [item("bereik", "Meer leerlingen bereiken", "Reach more pupils")]}],
    "roles": [],
    "steering_group": {"schema": "SteeringGroup.1", "name": label("Stuurgroep", "Steering group"),
                       "purpose_nl": "Toezicht op de uitvoering.", "members": []},
    "collaborations": [],
    "covenant": {"schema": "Covenant.1", "name": label("Fictief convenant", "Fictional covenant"),
                 "period": period("2026-01-01", "2028-12-31"), "parties": [], "description_nl": "Verzonnen afspraken."},
    "knowledge_sharing": {"schema": "KnowledgeSharing.1", "description_nl": "Netwerkbijeenkomsten.", "forms": [], "topics": []},
    "monitoring": monitoring,
    "planning": planning,
    "risks": [],
    "codes": [],
    "budget": budget,
    "budget_revisions": [],
    "rule_options": {"schema": "RuleOptions.1", "enable": [], "disable": []},
    "notes": [{"schema": "Note.1", "id": "fictief", "pointers": ["/fictional"],
               "text_nl": "Dit plan is verzonnen: regio, gemeenten, inwonertallen, bedragen en doelen bestaan niet. "
                          "Alleen het tarief van € 0,85 per inwoner komt uit de regeling.",
               "text_en": "This plan is made up: region, municipalities, inhabitants, amounts and targets do not exist. "
                          "Only the rate of EUR 0.85 per inhabitant comes from the regulation."}],
}


def canonical(doc):
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(canonical(plan), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
