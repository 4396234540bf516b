"""Every broken plan in tests/data/plan-checks gives its own whole-plan finding (same cases as the C++
test tests/cpp/test_plan_checks.cpp; files written by tests/data/plan-checks/make_cases.py; codes in
docs/plan-validation.md), from the Python API and from `cmkit validate`."""
import json
import re

import pytest

import cmkit

from conftest import DATA, ROOT, run_cli

CHECKS = DATA / "plan-checks"
CASES = json.loads((CHECKS / "expected.json").read_text(encoding="utf-8"))
SEVERITY = {"error": cmkit.Severity.ERROR, "warning": cmkit.Severity.WARNING, "info": cmkit.Severity.INFO}


def test_every_code_has_a_case_and_a_documented_row():
    codes = [c["code"] for c in CASES]
    assert len(set(codes)) == len(codes) >= 18
    doc, rollup = (ROOT / "docs" / "plan-validation.md").read_text(encoding="utf-8").split("## Roll-up findings", 1)
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", doc, re.M))
    assert documented == set(codes)
    # the roll-up's own codes (docs/rollup.md) have their table in the section after
    rollup_source = (ROOT / "src" / "rollup.cpp").read_text(encoding="utf-8")
    assert set(re.findall(r"^\| `([A-Z_]+)` \|", rollup, re.M)) == set(re.findall(r'add\("(ROLLUP_[A-Z_]+)"', rollup_source))
    source = (ROOT / "src" / "plan_checks.cpp").read_text(encoding="utf-8")
    assert set(re.findall(r'(?:add|unknown_term)\("([A-Z_]+)"', source)) | {"PHASE_UNKNOWN", "PERIOD_OUTSIDE_PLAN", "PHASES_DO_NOT_TILE",
                                                          "DUPLICATE_ID"} == set(codes)


def test_base_and_built_in_plan_are_clean():
    assert [f.code for f in cmkit.validate(cmkit.load_plan(CHECKS / "base.json"))] == ["INHABITANTS_UNKNOWN"]
    assert cmkit.check_plan_structure(cmkit.reference_plan("amstelland-2025-2028")) == []


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_plan_check_case(case):
    findings = cmkit.validate(cmkit.load_plan(CHECKS / case["file"]))
    listing = [(f.code, f.severity, f.path) for f in findings]
    assert (case["code"], SEVERITY[case["severity"]], case["path"]) in listing
    assert {f.code for f in findings} == {case["code"], *case["also"]}, listing
    for f in findings:
        assert f.message_nl.strip() and f.message_en.strip() and f.message_nl != f.message_en


@pytest.mark.parametrize("name", ["region-unknown-municipality.json", "edition-period-mismatch.json"])
def test_cli_validate_reports_it(name):
    case = next(c for c in CASES if c["file"] == name)
    result = run_cli("validate", str(CHECKS / name), "--lang", "en")
    assert case["code"] in result.stdout
    assert result.returncode == (1 if case["severity"] == "error" else 0), result.stdout + result.stderr
