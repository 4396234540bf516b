import json
import pickle

import jsonschema
import pytest

import cmkit

from conftest import ROOT


def test_golden_round_trip_is_byte_identical(data_dir):
    golden = (data_dir / "golden" / "minimal.canonical.json").read_text(encoding="utf-8")
    plan = cmkit.load_plan(data_dir / "plans" / "minimal.json")
    assert plan.to_json() == golden
    again = cmkit.Plan.from_json(golden)
    assert again == plan
    assert again.to_json() == golden


def test_canonical_form_equals_pythons_sorted_json(data_dir, amstelland):
    for text in (amstelland.to_json(), (data_dir / "golden" / "minimal.canonical.json").read_text(encoding="utf-8")):
        assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_unknown_fields_survive(data_dir):
    plan = cmkit.load_plan(data_dir / "plans" / "minimal.json")
    assert plan.extras == {"x_local_remark": {"kept": ["unknown fields", "survive"], "n": 3}}
    doc = json.loads(plan.to_json())
    assert doc["x_local_remark"]["n"] == 3
    # an unknown field inside a nested record too
    doc["budget"]["income"][0]["x_cost_centre"] = "4711"
    plan2 = cmkit.Plan.from_json(json.dumps(doc))
    assert plan2.budget.income[0].extras == {"x_cost_centre": "4711"}
    assert json.loads(plan2.to_json())["budget"]["income"][0]["x_cost_centre"] == "4711"


def test_writer_block(amstelland):
    doc = json.loads(amstelland.to_json())
    assert doc["writer"] == {"library": "cmkit", "version": cmkit.__version__}
    assert doc["schema"] == "Plan.2"


def test_draft_v0_is_upgraded(data_dir):
    upgraded = cmkit.load_plan(data_dir / "plans" / "draft-v0.json")
    current = cmkit.load_plan(data_dir / "plans" / "minimal.json")
    assert upgraded == current
    steps = {(s, v) for s, v, _ in cmkit.upgrade_steps()}
    assert {("Plan", 0), ("Budget", 0)} <= steps


def test_money_is_integer_cents_in_json(data_dir):
    plan = cmkit.load_plan(data_dir / "plans" / "minimal.json")
    doc = json.loads(plan.to_json())
    amounts = doc["budget"]["income"][1]["amounts"]
    assert amounts == {"2025": 1000000, "2026": 1000050}
    assert all(type(v) is int for v in amounts.values())
    assert plan.budget.income[1].amounts[2026] == cmkit.Money(cents=1000050)


def test_records_are_values(amstelland):
    obj = amstelland.objectives[0]
    assert obj.schema == "Objective.1"
    assert obj.fields == ("id", "label")
    assert repr(obj).startswith("Objective(id='a', label=Label(nl='Duurzame")
    assert eval(repr(obj), vars(cmkit)) == obj
    changed = obj.replace(id="z")
    assert changed.id == "z" and obj.id == "a"
    with pytest.raises(AttributeError):
        obj.id = "z"
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        cmkit.Objective(nope=1)
    with pytest.raises(TypeError, match="field 'id'"):
        cmkit.Objective(id=5)
    assert cmkit.Objective.from_json(obj.to_json()) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj
    # a list taken from a record is a copy: changing it cannot corrupt the plan
    lines = amstelland.programme_lines
    lines.clear()
    assert len(amstelland.programme_lines) == 3


def test_plan_pickle_and_repr(amstelland):
    assert pickle.loads(pickle.dumps(amstelland)) == amstelland
    assert repr(amstelland).startswith("Plan(id='amstelland-2025-2028', edition='cmk-2025-2028', period=Period(")


def test_build_a_plan_in_python_and_save(tmp_path, data_dir):
    plan = cmkit.load_plan(data_dir / "plans" / "minimal.json")
    line = cmkit.BudgetLine(id="other", label=cmkit.Label("Overige bijdragen", "Other contributions"),
                            category="other", amounts={2025: cmkit.Money.parse("1.000")})
    budget = plan.budget.replace(income=plan.budget.income + [line])
    plan2 = plan.replace(budget=budget)
    path = tmp_path / "plan.json"
    cmkit.save_plan(plan2, path)
    loaded = cmkit.load_plan(path)
    assert loaded == plan2
    assert loaded.budget.total(cmkit.Side.INCOME) == plan.budget.total(cmkit.Side.INCOME) + cmkit.Money(cents=100000)


def test_built_in_plan_validates_against_published_schema(amstelland, data_dir):
    published = (ROOT / "docs" / "schema" / "plan.schema.json").read_text(encoding="utf-8")
    assert published == cmkit.plan_json_schema(), "docs/schema/plan.schema.json is stale: run `make schema`"
    schema = json.loads(published)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(json.loads(amstelland.to_json()))
    validator.validate(json.loads((data_dir / "golden" / "minimal.canonical.json").read_text(encoding="utf-8")))
    broken = json.loads(amstelland.to_json())
    broken["budget"]["income"][0]["amounts"]["2025"] = 134812.5
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


def test_file_errors(tmp_path):
    with pytest.raises(cmkit.FileError) as info:
        cmkit.load_plan(tmp_path / "missing.json")
    assert isinstance(info.value, OSError)
    assert "missing.json" in str(info.value)
    with pytest.raises(cmkit.FileError):
        cmkit.save_plan(cmkit.reference_plan(), tmp_path / "no" / "such" / "dir.json")


def test_not_found_is_a_key_error():
    with pytest.raises(KeyError) as info:
        cmkit.reference_plan("utrecht-2025-2028")
    assert isinstance(info.value, cmkit.NotFoundError)
    assert "amstelland-2025-2028" in str(info.value)
    assert not str(info.value).startswith("'")


def test_a_plan1_file_loads_and_gives_the_same_report(data_dir):
    # The built-in plan as it was stored in the Plan.1 format: result targets as phase_1/phase_2/unique_total.
    from cmkit.report import render_overview

    old = cmkit.load_plan(data_dir / "plans" / "amstelland-2025-2028.plan1.json")
    current = cmkit.reference_plan("amstelland-2025-2028")
    assert old == current
    assert render_overview(old) == render_overview(current)
    target = old.targets[1]
    assert [(tp.name(), tp.value, tp.phase) for tp in target.periods] == [("2025-2026", 3, 1), ("2027-2028", 2, 2)]
    assert target.total == 5 and target.counting == cmkit.TargetCounting.UNIQUE
    assert ("Plan", 1) in {(s, v) for s, v, _ in cmkit.upgrade_steps()}
