"""Every broken budget plan in tests/data/budgets gives its own finding code (same cases as the C++ test,
tests/cpp/test_budget_cases.cpp). The files and expected.json are written by tests/data/budgets/make_cases.py."""
import json

import pytest

import cmkit

from conftest import DATA

BUDGETS = DATA / "budgets"
CASES = json.loads((BUDGETS / "expected.json").read_text(encoding="utf-8"))
SEVERITY = {"error": cmkit.Severity.ERROR, "warning": cmkit.Severity.WARNING, "info": cmkit.Severity.INFO}

# The codes the budget cases must cover (docs/budget-rules.md); RULES_OF_OTHER_PERIOD is a bonus.
REQUIRED_CODES = {
    "BUDGET_UNBALANCED", "TOTAL_MISMATCH", "GRANT_ABOVE_MATCHING", "GRANT_ABOVE_ENTITLEMENT", "GRANT_RATE_MISMATCH",
    "MATCHING_SHARES_MISMATCH", "COORDINATION_ABOVE_CAP", "MONITORING_BELOW_MINIMUM", "VO_SHARE_ABOVE_CAP",
    "ANNUAL_TOTAL_BELOW_MINIMUM", "COORDINATION_NOT_FIXED_SHARE", "NEGATIVE_AMOUNT", "YEAR_OUTSIDE_PERIOD",
    "UNKNOWN_CATEGORY", "UNKNOWN_MUNICIPALITY", "DUPLICATE_LINE_ID", "UNKNOWN_LIMIT", "UNKNOWN_EDITION",
    "INHABITANTS_UNKNOWN", "RATE_UNKNOWN", "LIMIT_NOT_EVALUABLE",
}


def run(case):
    plan = cmkit.load_plan(BUDGETS / case["file"])
    return cmkit.validate(plan, rules=case.get("rules"), enable=case.get("enable", []))


def test_cases_cover_distinct_codes():
    assert len(CASES) >= 18
    codes = [c["code"] for c in CASES]
    assert len(set(codes)) == len(codes), "each case must be about its own code"
    assert REQUIRED_CODES <= set(codes)
    assert len({c["file"] for c in CASES}) == len(CASES)
    for c in CASES:
        assert c["severity"] in SEVERITY
        assert c["description"]
        assert c["code"] not in c["also"]
        assert (BUDGETS / c["file"]).is_file()


def test_base_plan_has_no_errors():
    findings = cmkit.validate(cmkit.load_plan(DATA / "plans" / "minimal.json"))
    assert [f.code for f in findings if f.severity == cmkit.Severity.ERROR] == []


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_budget_case(case):
    findings = run(case)
    listing = [(f.code, f.severity, f.path) for f in findings]

    mine = [f for f in findings if f.code == case["code"]]
    assert mine, f"{case['code']} not found in {listing}"
    assert any(f.path == case["path"] and f.severity == SEVERITY[case["severity"]] for f in mine), listing

    assert {f.code for f in findings} == {case["code"], *case["also"]}, listing

    for f in findings:
        assert f.message_nl.strip(), f.code
        assert f.message_en.strip(), f.code
        assert f.message_nl != f.message_en, f.code
