"""The closed sets of values (include/cmkit/vocabulary.hpp): the same list writes the JSON Schema, the table
in docs/plan-format.md and the allowed values that every "unknown value" finding lists."""
import json
import re
import sys

import jsonschema
import pytest

import cmkit

from conftest import DATA, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import vocabulary_doc  # noqa: E402

SCHEMA = json.loads(cmkit.plan_json_schema())


def at(pointer):
    node = SCHEMA
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_the_vocabularies_the_issue_names_are_there():
    ids = [v.id for v in cmkit.vocabularies()]
    for wanted in ("income-category", "cost-category", "budget-version", "matching-basis", "spoor", "measure", "sector"):
        assert wanted in ids
    assert len(set(ids)) == len(ids)
    assert cmkit.vocabulary("income-category").forms() == cmkit.income_categories()
    assert cmkit.vocabulary("cost-category").forms() == cmkit.cost_categories()
    assert [t.id for t in cmkit.vocabulary("sector").terms] == list(cmkit.Sector.__members__)
    assert [t.id for t in cmkit.vocabulary("matching-basis").terms] == [m.lower() for m in cmkit.MatchingBasis.__members__]
    for v in cmkit.vocabularies():
        for t in v.terms:
            assert t.id and t.doc and t.label.nl and t.label.en, (v.id, t.id)
    with pytest.raises(KeyError, match="income-category"):
        cmkit.vocabulary("colour")


def test_contains_follows_the_written_form():
    measure = cmkit.vocabulary("measure")
    assert measure.contains("trajectories-started:spoor-2-po") and measure.contains("neighbourhoods-connected")
    assert not measure.contains("trajectories-started") and not measure.contains("trajectories-started:")
    assert not measure.contains("neighbourhoods-connected:x") and not measure.contains("schools-visited:x")
    assert "meetings-held:<kind>" in measure.forms()
    assert cmkit.vocabulary("spoor").contains("2") and not cmkit.vocabulary("spoor").contains("3")


def test_docs_page_is_written_from_the_list():
    page = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    assert vocabulary_doc.current(page) == vocabulary_doc.section().strip("\n"), \
        "docs/plan-format.md is stale: run `make schema` (tools/vocabulary_doc.py)"
    for v in cmkit.vocabularies():
        assert f"### `{v.id}`" in page
        for t in v.terms:
            assert re.search(r"^\| `" + re.escape(t.id) + r"(:<[a-z]+>)?` \|", page, re.M), (v.id, t.id)


def test_schema_names_the_allowed_values_where_they_are_used():
    for v in cmkit.vocabularies():
        for place in v.schema_places:
            node = at(place)
            entries = node["oneOf"]
            assert len(entries) == len(v.terms)
            for term, entry in zip(v.terms, entries):
                assert term.doc in entry["description"]
                if term.argument:
                    assert re.fullmatch(entry["pattern"], f"{term.id}:x") and not re.fullmatch(entry["pattern"], term.id)
                else:
                    assert entry["const"] == (int(term.id) if v.integer else term.id)
            assert "Allowed:" in node["description"]


def enum_nodes(node, path=""):
    if isinstance(node, dict):
        if "enum" in node:
            yield path, node
        for k, v in node.items():
            yield from enum_nodes(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from enum_nodes(v, f"{path}/{i}")


def test_every_enum_in_the_schema_is_described():
    nodes = list(enum_nodes(SCHEMA))
    assert len(nodes) >= 5
    for path, node in nodes:
        assert [e["const"] for e in node["oneOf"]] == node["enum"], path
        assert all(e["description"] for e in node["oneOf"]), path
    sector = at("/$defs/HoursLine/properties/sector")
    assert {e["const"]: e["description"] for e in sector["oneOf"]}["VO"].startswith("voortgezet onderwijs")


def test_schema_is_stricter_than_the_reader_and_both_builtins_pass():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for name in cmkit.reference_plans():
        validator.validate(json.loads(cmkit.reference_plan_json(name)))
    doc = json.loads(cmkit.reference_plan_json())
    doc["budget"]["income"][0]["category"] = "subsidie"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)
    # ... while the library loads it and validate names the allowed categories
    plan = cmkit.Plan.from_json(json.dumps(doc))
    found = [f for f in cmkit.validate(plan) if f.code == "UNKNOWN_CATEGORY"]
    assert found and all(c in found[0].message_en and c in found[0].message_nl for c in cmkit.income_categories())
    for bad in ({"spoor": 3}, {"measure": "trajectories-started"}):
        doc = json.loads(cmkit.reference_plan_json())
        key, value = next(iter(bad.items()))
        (doc["tracks"] if key == "spoor" else doc["targets"])[0][key] = value
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(doc)


# ---- every "unknown value" finding lists the allowed ones ----

def lists_all(finding, values):
    return all(v in finding.message_en and v in finding.message_nl for v in values)


@pytest.mark.parametrize("code,vocab", [("TRACK_UNKNOWN_SPOOR", "spoor"), ("BUDGET_UNKNOWN_VERSION", "budget-version"),
                                        ("RISK_UNKNOWN_CATEGORY", "risk-category")])
def test_plan_vocabulary_findings(code, vocab):
    case = next(c for c in json.loads((DATA / "plan-checks" / "expected.json").read_text(encoding="utf-8"))
                if c["code"] == code)
    found = [f for f in cmkit.validate(cmkit.load_plan(DATA / "plan-checks" / case["file"])) if f.code == code]
    assert len(found) == 1 and lists_all(found[0], cmkit.vocabulary(vocab).forms())


def test_unknown_measure_lists_the_forms(amstelland):
    target = amstelland.targets[0].replace(measure="schools-visited:spoor-1")
    plan = amstelland.replace(targets=[target, *amstelland.targets[1:]])
    forms = cmkit.vocabulary("measure").forms()
    structural = [f for f in cmkit.check_plan_structure(plan) if f.code == "TARGET_UNKNOWN_MEASURE"]
    assert len(structural) == 1 and lists_all(structural[0], forms)
    progress = [f for f in cmkit.check_progress(plan, cmkit.synthetic_progress()) if f.code == "MEASURE_UNKNOWN"]
    assert len(progress) == 1 and lists_all(progress[0], forms) and "schools-visited:spoor-1" in progress[0].message_en


def test_actuals_findings_list_the_allowed(amstelland):
    actuals = cmkit.load_realisation(DATA / "actuals" / "amstelland-2025.csv")
    bad = actuals.with_entries([cmkit.ActualEntry(year=2025, side=cmkit.Side.COST, category="catering",
                                                  municipality="amsterdam", programme_line=None,
                                                  amount=cmkit.Money(500), note=None)])
    got = {f.code: f for f in cmkit.validate_realisation(amstelland, bad)}
    assert lists_all(got["UNKNOWN_CATEGORY"], cmkit.cost_categories())
    assert lists_all(got["UNKNOWN_MUNICIPALITY"], [m.id for m in amstelland.municipalities])


def test_activity_findings_list_the_known(amstelland):
    data = cmkit.synthetic_progress()
    a = data.activities[0]
    broken = [a.replace(id="x1", programme_line="Z"),
              a.replace(id="x2", municipality="amsterdam"),
              a.replace(id="x3", schools=["99ZZ"]),
              a.replace(id="x4", activity_type="circus")]
    got = {f.code: f for f in cmkit.validate_activities(amstelland, data.replace(activities=broken))}
    assert lists_all(got["ACTIVITY_UNKNOWN_LINE"], [line.id for line in amstelland.programme_lines])
    assert lists_all(got["ACTIVITY_UNKNOWN_MUNICIPALITY"], [m.id for m in amstelland.municipalities])
    line = next(x for x in amstelland.programme_lines if x.id == a.programme_line)
    assert lists_all(got["ACTIVITY_UNKNOWN_TYPE"], [i.id for al in line.activity_lists for i in al.activities])
    registry = [s.brin for s in data.schools.schools]
    school = got["ACTIVITY_UNKNOWN_SCHOOL"]
    assert len(registry) > 10  # a long registry is listed in part, with the count of the rest
    assert lists_all(school, registry[:10]) and registry[10] not in school.message_en
    assert f"and {len(registry) - 10} more" in school.message_en and f"en nog {len(registry) - 10}" in school.message_nl


def test_trajectory_findings_list_the_known(amstelland):
    data = cmkit.synthetic_progress()
    first = data.schools.schools[0].brin
    events = cmkit.events_from_csv("school,date,kind,track,step,reason\n"
                                   "99ZZ,2025-03-01,start,spoor-1,,\n"
                                   f"{first},2025-02-01,move,spoor-9,,\n")
    got = {f.code: f for f in cmkit.analyse_trajectories(amstelland, data.schools, events).findings}
    assert "and " in got["EVENT_UNKNOWN_SCHOOL"].message_en and first in got["EVENT_UNKNOWN_SCHOOL"].message_en
    assert lists_all(got["EVENT_UNKNOWN_TRACK"], [t.id for t in amstelland.tracks])
