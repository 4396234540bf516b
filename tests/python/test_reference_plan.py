"""The built-in Amstelland plan reproduces the seed's figures; tables cross-checked with pandas."""
import pandas as pd
import pytest

import cmkit
from cmkit import Money, Sector, Side, frames

from conftest import DATA

YEARS = [2025, 2026, 2027, 2028]
# (category, per year, total) exactly as in chapter 9 of the seed
INCOME = [("fcp_grant", "134.812", "539.248"), ("municipal_matching", "134.812", "539.248"),
          ("school_contribution_po", "5.000", "20.000"), ("school_contribution_vo", "5.000", "20.000")]
COSTS = [("activities", "223.959", "895.836"), ("knowledge_sharing", "20.370", "81.480"),
         ("monitoring_evaluation", "9.590", "38.360"), ("accountant", "5.000", "20.000"),
         ("coordination", "20.705", "82.820")]


def test_reference_plans_listed():
    assert "amstelland-2025-2028" in cmkit.reference_plans()


@pytest.mark.parametrize("side,rows", [(Side.INCOME, INCOME), (Side.COST, COSTS)])
def test_budget_lines(amstelland, side, rows):
    lines = amstelland.budget.lines(side)
    assert [l.category for l in lines] == [r[0] for r in rows]
    for line, (category, per_year, total) in zip(lines, rows):
        assert line.amounts == {y: Money.parse(per_year) for y in YEARS}
        assert line.total() == Money.parse(total)
        assert line.stated_total == Money.parse(total)


def test_budget_totals_and_hours(amstelland):
    b = amstelland.budget
    for y in YEARS:
        assert b.year_total(Side.INCOME, y) == Money.parse("279.624") == b.stated_income.amounts[y]
        assert b.year_total(Side.COST, y) == Money.parse("279.624") == b.stated_costs.amounts[y]
        assert b.result(y) == Money() == b.stated_result.amounts[y]
        assert b.hours(Sector.PO, y) == 6650
        assert b.hours(Sector.VO, y) == 400
    assert b.total(Side.INCOME) == b.total(Side.COST) == Money.parse("1.118.496") == b.stated_income.total
    assert b.hours(Sector.PO) == 26600
    assert b.hours(Sector.VO) == 1600


def test_budget_frame_agrees_with_an_independent_pandas_computation(amstelland):
    df = frames.budget(amstelland)
    assert list(df.columns) == ["year", "version", "side", "line_id", "category", "category_nl", "category_en",
                                "label_nl", "label_en", "amount_cents", "amount_eur"]
    assert df["amount_cents"].dtype == "int64" and (df["amount_eur"] * 100 == df["amount_cents"]).all()
    per_year = df.groupby(["side", "year"])["amount_cents"].sum()
    for y in YEARS:
        assert per_year[("income", y)] == amstelland.budget.year_total(Side.INCOME, y).cents == 27962400
        assert per_year[("cost", y)] == amstelland.budget.year_total(Side.COST, y).cents
    per_line = df.groupby("line_id")["amount_cents"].sum()
    for line in list(amstelland.budget.income) + list(amstelland.budget.costs):
        assert per_line[line.id] == line.total().cents == line.stated_total.cents
    hours = frames.school_hours(amstelland).groupby("sector")["hours"].sum()
    assert hours["PO"] == 26600 and hours["VO"] == 1600


def test_targets_table(amstelland):
    df = frames.targets(amstelland)
    wide = df.pivot(index="target", columns="period", values="planned")
    expected = {"borging-bestaande-scholen": (33, 0, 33), "trajecten-nieuwe-scholen-po": (3, 2, 5),
                "trajecten-nieuwe-scholen-vo": (2, 2, 4), "verbinding-binnen-buitenschools": (6, 3, 9),
                "kennisdelingsbijeenkomsten": (4, 4, 8)}
    assert set(wide.index) == set(expected)
    for target, (p1, p2, total) in expected.items():
        assert tuple(wide.loc[target, ["2025-2026", "2027-2028", "total"]]) == (p1, p2, total)


def test_context_figures(amstelland):
    figs = {f.id: f for f in amstelland.context_figures}
    assert figs["cmk3-schools"].count == 33
    assert figs["vo-schools-region"].count == 9
    assert figs["vo-schools-structural"].count == 7
    assert figs["vo-reach"].share == cmkit.Ratio(45, 100)
    assert figs["po-not-connected"].share == cmkit.Ratio(25, 100)


def test_structure(amstelland):
    p = amstelland
    assert [o.id for o in p.objectives] == ["a", "b", "c", "d"]
    assert [(l.id, l.objectives) for l in p.programme_lines] == [("A", ["a", "c"]), ("B", ["b"]), ("C", ["d"])]
    assert len(p.programme_lines[1].professionalisation_groups) == 3
    steps = frames.steps(p)
    assert steps.groupby("track")["step"].max().to_dict() == {"spoor-1": 5, "spoor-2-po": 8, "spoor-2-vo": 8}
    tracks = {t.id: t for t in p.tracks}
    assert tracks["spoor-1"].repeatable_yearly and tracks["spoor-1"].sectors == [Sector.PO, Sector.SBO]
    assert tracks["spoor-2-po"].trial_step == 2 and tracks["spoor-2-vo"].trial_step is None
    assert tracks["spoor-2-po"].steps[0].baseline_instrument == "Evi"
    assert tracks["spoor-2-vo"].steps[0].baseline_instrument == "Evi VO"
    assert all(t.curriculum_renewal_from_phase == 2 for t in p.tracks)
    assert all(t.continues_in == "spoor-1" for t in p.tracks if t.spoor == 2)
    acts = frames.activities(p)
    assert set(acts["line"]) == {"A", "B", "C"}
    assert len(acts[(acts["line"] == "B") & (acts["phase"] == 1)]) == 10


def test_municipalities_and_priorities(amstelland):
    df = frames.municipalities(amstelland)
    assert list(df["name"]) == ["Amstelveen", "Aalsmeer", "Uithoorn", "Ouder-Amstel"]
    assert list(df["cbs_code"]) == ["GM0362", "GM0358", "GM0451", "GM0437"]
    assert list(df["inhabitants"]) == [95007, 33354, 31701, 14450]  # CBS, 1 January 2024
    assert df["reference_date"].nunique() == 1
    assert df["source"].str.contains("CBS").all()
    assert list(df["priorities"]) == [6, 7, 4, 4]
    with pytest.raises(KeyError):
        amstelland.municipality("amsterdam")


def test_monitoring_rhythm(amstelland):
    df = frames.monitoring(amstelland)
    held = df.groupby("activity")["year"].apply(list).to_dict()
    assert held["evi-analysis"] == [2025, 2027]
    assert held["impact-research"] == [2026, 2028]
    assert held["visibility-event"] == [2026, 2028]
    assert held["evi-yearly"] == YEARS
    # network meetings twice a year for four years are the targets table's 8 knowledge meetings
    net = df[df["activity"] == "network-meetings"]["times"].sum()
    target = {t.id: t for t in amstelland.targets}["kennisdelingsbijeenkomsten"]
    assert net == target.total == 8


def test_knowledge_sharing_and_steering_group(amstelland):
    forms = amstelland.knowledge_sharing.forms
    assert len([f for f in forms if f.new_in == "CmK3"]) == 4
    assert len(amstelland.knowledge_sharing.topics) == 10
    assert [m.new_in for m in amstelland.steering_group.members].count("CmK4") == 1


def test_notes_record_the_contradictions(amstelland):
    ids = {n.id for n in amstelland.notes}
    assert {"fase-2-jaren", "convenant-datum"} <= ids
    assert amstelland.covenant.signed_year == 2024 and amstelland.covenant.signed_month == 5


def test_note_pointers_resolve(amstelland):
    import json

    doc = json.loads(amstelland.to_json())
    for note in amstelland.notes:
        assert note.text_nl and note.text_en
        for pointer in note.pointers:
            node = doc
            for part in pointer.lstrip("/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node[int(part)] if isinstance(node, list) else node[part]


def test_initiatives_and_history_from_the_seed(amstelland):
    # CultuurKabaal and the Cultuurbus (chapters 2-3 of the seed), the penvoerder's years, the first Evi
    # analysis and impact research in 2023: in the data and in the report.
    from cmkit.report import render_overview

    ini = {a.id: a for a in amstelland.initiatives}
    assert set(ini) == {"cultuurkabaal", "cultuurbus"}
    kabaal, bus = ini["cultuurkabaal"], ini["cultuurbus"]
    assert kabaal.programme_line == "C" and kabaal.municipalities == ["amstelveen"]
    assert kabaal.planned_in == ["aalsmeer", "uithoorn", "ouder-amstel"]
    assert "vier focuswijken" in kabaal.description_nl and "uitrollen naar andere gemeenten" in kabaal.plan_nl
    assert bus.municipalities == [] and bus.planned_in == [m.id for m in amstelland.municipalities]
    assert "voort te zetten in alle deelnemende gemeenten" in bus.plan_nl
    assert (amstelland.penvoerder.active_since, amstelland.penvoerder.cmk_since) == (2008, 2014)
    first = {m.id: m.first_held for m in amstelland.monitoring}
    assert first["evi-analysis"] == first["impact-research"] == 2023
    text = render_overview(amstelland)
    assert "in CmK sinds 2014" in text and "Initiatieven" in text and "CultuurKabaal (programmalijn C)" in text
    assert text.count("eerste keer 2023") == 2
    assert "Culture bus" in render_overview(amstelland, lang="en")


def test_small_text_faults_are_gone(amstelland):
    # "1 scholen", a "Stand op" date that is the data's own last date but read as today's, Dutch grammar of
    # TOTAL_MISMATCH, and UNKNOWN_CATEGORY without the allowed values (issue 12).
    from cmkit.report import render_overview

    text = render_overview(amstelland, progress=cmkit.synthetic_progress())
    assert " 1 scholen" not in text and ": 1 school" in text
    assert "(de laatste datum in de gegevens)" in text
    import json

    doc = json.loads((DATA / "plans" / "minimal.json").read_text(encoding="utf-8"))
    doc["budget"]["stated_result"]["amounts"]["2025"] = 1
    doc["budget"]["stated_income"]["amounts"]["2025"] = 1
    doc["budget"]["costs"][0]["category"] = "catering"
    findings = cmkit.validate(cmkit.Plan.from_json(json.dumps(doc)))
    messages = [f.message_nl for f in findings if f.code == "TOTAL_MISMATCH"]
    assert any(m.startswith("Het vermelde resultaat van 2025") and " wijkt af " in m for m in messages), messages
    assert any(m.startswith("De vermelde totale baten van 2025") and " wijken af " in m for m in messages), messages
    unknown = next(f for f in findings if f.code == "UNKNOWN_CATEGORY")
    assert "toegestaan: activities" in unknown.message_nl and "allowed: activities" in unknown.message_en
    for category in cmkit.cost_categories():
        assert category in unknown.message_en
