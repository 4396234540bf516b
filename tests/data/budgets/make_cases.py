#!/usr/bin/env python3
"""Writes the broken budget plans of this folder from ../plans/minimal.json, and expected.json with
the finding each must produce. Run it after changing a case; the C++ and the Python tests read both.

Each case is a small edit of the (valid) base plan that breaks one budget rule, so that validating it
gives its own finding code. expected.json maps each file to:

  code         the finding code the case is about
  path         the JSON pointer of that finding, exactly
  severity     "error", "warning" or "info"
  rules        (optional) the edition to validate under instead of the plan's own
  enable       (optional) limit ids to switch on for the validation call
  also         the other codes the case produces (unavoidable side effects); the codes of all findings
               together are exactly {code} + also
  description  one line: what was broken

The base plan's only municipality has no inhabitants, so most cases under an edition with a rate per
inhabitant also give INHABITANTS_UNKNOWN (info): that is the base, not the breach. Its budget covers
2025-2026 of its 2025-2028 period, so every case also gives BUDGET_YEAR_MISSING (warning; BASE_ALSO).
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).parent
BASE = json.loads((HERE.parent / "plans" / "minimal.json").read_text(encoding="utf-8"))

CASES = []
INHABITANTS_UNKNOWN = "INHABITANTS_UNKNOWN"
BASE_ALSO = {"BUDGET_YEAR_MISSING"}  # the base budgets two of its four plan years (whole-plan check)


def case(name, mutate, code, path, severity="error", rules=None, enable=None, also=(), description=""):
    assert description, name
    doc = copy.deepcopy(BASE)
    mutate(doc)
    doc["source"]["file"] = name
    (HERE / name).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    entry = {"file": name, "code": code, "path": path, "severity": severity}
    if rules is not None:
        entry["rules"] = rules
    if enable is not None:
        entry["enable"] = list(enable)
    entry["also"] = sorted((set(also) | BASE_ALSO) - {code})
    entry["description"] = description
    CASES.append(entry)


# --- helpers on the base document --------------------------------------------------------------

def budget(doc):
    return doc["budget"]


def income(doc, i):
    return doc["budget"]["income"][i]


def cost(doc, i):
    return doc["budget"]["costs"][i]


def line(id_, nl, en, category, amounts, **extra):
    d = {"schema": "BudgetLine.1", "id": id_, "label": {"nl": nl, "en": en}, "category": category,
         "amounts": {str(y): a for y, a in amounts.items()}}
    d.update(extra)
    return d


def rule_options(doc, enable=(), disable=()):
    doc["rule_options"] = {"schema": "RuleOptions.1", "enable": list(enable), "disable": list(disable)}


def inhabitants(count):
    return {"schema": "Inhabitants.1", "count": count, "reference_date": "2024-01-01",
            "source": "Testgetal (geen echte gemeente)"}


def set_inhabitants(doc, count):
    m = doc["municipalities"][0]
    m["inhabitants"] = inhabitants(count)
    m.pop("inhabitants_note", None)


def split_activities(doc, year, amount, new_line):
    """Moves `amount` of the activity costs of `year` to a new cost line (totals stay the same)."""
    cost(doc, 0)["amounts"][str(year)] -= amount
    new_line["amounts"] = {str(year): amount} if not new_line.get("amounts") else new_line["amounts"]
    budget(doc)["costs"].append(new_line)


# --- balance and stated totals ----------------------------------------------------------------

def unbalanced(doc):
    # One euro more activity costs in 2025; the stated costs and result follow, so only the balance is off.
    cost(doc, 0)["amounts"]["2025"] += 100
    budget(doc)["stated_costs"]["amounts"]["2025"] += 100
    budget(doc)["stated_costs"]["total"] += 100
    budget(doc)["stated_result"]["amounts"]["2025"] -= 100
    budget(doc)["stated_result"]["total"] -= 100


case("budget-unbalanced.json", unbalanced, "BUDGET_UNBALANCED", "/budget",
     also=[INHABITANTS_UNKNOWN],
     description="2025 costs are one euro above the income (the stated totals say so too)")


def line_total(doc):
    income(doc, 0)["stated_total"] = 2000100


case("line-stated-total.json", line_total, "TOTAL_MISMATCH", "/budget/income/0/stated_total",
     also=[INHABITANTS_UNKNOWN],
     description="the FCP grant line states a total one euro above the sum of its years")


# --- matching and entitlement -----------------------------------------------------------------

def grant_above_matching(doc):
    # Shift one cent from matching to grant in 2025: the year still balances, the period matching still covers the grant.
    income(doc, 0)["amounts"]["2025"] += 1
    income(doc, 0)["stated_total"] += 1
    income(doc, 1)["amounts"]["2025"] -= 1


case("grant-above-matching.json", grant_above_matching, "GRANT_ABOVE_MATCHING", "/budget/income",
     also=[INHABITANTS_UNKNOWN],
     description="in 2025 the FCP grant is one cent above the municipal matching")


def grant_above_entitlement(doc):
    set_inhabitants(doc, 10000)  # 10,000 x EUR 0.85 = EUR 8,500 a year < EUR 10,000 grant


case("grant-above-entitlement.json", grant_above_entitlement, "GRANT_ABOVE_ENTITLEMENT", "/budget/income",
     description="10,000 inhabitants at EUR 0.85 entitle to EUR 8,500 a year; the grant is EUR 10,000")


def grant_rate_mismatch(doc):
    set_inhabitants(doc, 20000)  # entitlement EUR 17,000 a year; EUR 10,000 does not follow from the rate


case("grant-rate-mismatch.json", grant_rate_mismatch, "GRANT_RATE_MISMATCH", "/budget/income", severity="warning",
     description="the grant (EUR 10,000) is below, and not equal to, 20,000 inhabitants x EUR 0.85")


def shares_mismatch(doc):
    budget(doc)["matching_shares"] = [
        {"schema": "MatchingShare.1", "municipality": "stad", "amounts": {"2025": 1000000, "2026": 1000000}}]


case("matching-shares-mismatch.json", shares_mismatch, "MATCHING_SHARES_MISMATCH", "/budget/matching_shares",
     also=[INHABITANTS_UNKNOWN],
     description="the agreed municipal share for 2026 is 50 cents below the matching of that year")


# --- limits -------------------------------------------------------------------------------------

def coordination_above_cap(doc):
    # 10% of the 2025 costs go to coordination (the cap, when switched on, is 7%).
    split_activities(doc, 2025, 200000, line("coordination", "Coördinatie", "Coordination", "coordination", {}))


case("coordination-above-cap.json", coordination_above_cap, "COORDINATION_ABOVE_CAP", "/budget/costs/1/amounts/2025",
     enable=["coordination-cap"], also=[INHABITANTS_UNKNOWN],
     description="coordination is 10% of the 2025 costs, above the 7% cap switched on for the call")


def monitoring_below_minimum(doc):
    # Monitoring 0.5% of the activity costs in 2025, 2.5% in 2026 (minimum 2%).
    split_activities(doc, 2025, 10000, line("monitoring", "Monitoring en evaluatie", "Monitoring and evaluation",
                                            "monitoring_evaluation", {}))
    budget(doc)["costs"][1]["amounts"]["2026"] = 50000
    cost(doc, 0)["amounts"]["2026"] -= 50000


case("monitoring-below-minimum.json", monitoring_below_minimum, "MONITORING_BELOW_MINIMUM",
     "/budget/costs/1/amounts/2025", enable=["monitoring-minimum"], also=[INHABITANTS_UNKNOWN],
     description="monitoring is 0.5% of the 2025 activity costs, below the 2% minimum switched on for the call")


def vo_share_above_cap(doc):
    # 15% of the 2025 activity costs on a line tagged "vo"; the plan switches the 10% cap on.
    split_activities(doc, 2025, 300000, line("activities-vo", "Activiteiten VO", "Activities VO", "activities", {},
                                             tags=["vo"]))
    rule_options(doc, enable=["vo-out-of-school-cap"])


case("vo-share-above-cap.json", vo_share_above_cap, "VO_SHARE_ABOVE_CAP", "/budget/costs/1/amounts/2025",
     also=[INHABITANTS_UNKNOWN],
     description="a 'vo' activity line is 15% of the 2025 activity costs; the plan switches on the 10% cap")


def annual_minimum(doc):
    rule_options(doc, enable=["annual-minimum"])


case("annual-total-below-minimum.json", annual_minimum, "ANNUAL_TOTAL_BELOW_MINIMUM",
     "/budget/income/0/amounts/2025", also=[INHABITANTS_UNKNOWN],
     description="grant plus matching is about EUR 20,000 a year (2025 and 2026), below the EUR 90,000 minimum "
                 "the plan switches on")


def coordination_not_fixed(doc):
    # Coordination 5% of the 2025 costs, exactly 7% (rounded half up) of the 2026 costs.
    split_activities(doc, 2025, 100000, line("coordination", "Coördinatie", "Coordination", "coordination", {}))
    budget(doc)["costs"][1]["amounts"]["2026"] = 140004
    cost(doc, 0)["amounts"]["2026"] -= 140004
    rule_options(doc, enable=["coordination-fixed"])


case("coordination-not-fixed-share.json", coordination_not_fixed, "COORDINATION_NOT_FIXED_SHARE",
     "/budget/costs/1/amounts/2025", also=[INHABITANTS_UNKNOWN],
     description="coordination is 5% of the 2025 costs where the fixed 7% (switched on by the plan) is required")


def limit_not_evaluable(doc):
    # The VO cap is switched on, but no activity line carries "vo" or "out-of-school".
    cost(doc, 0)["tags"] = ["po"]
    rule_options(doc, enable=["vo-out-of-school-cap"])


case("limit-not-evaluable.json", limit_not_evaluable, "LIMIT_NOT_EVALUABLE", "/budget/costs", severity="info",
     also=[INHABITANTS_UNKNOWN],
     description="the plan switches on the VO cap but no activity line is tagged 'vo' or 'out-of-school'")


def unknown_limit(doc):
    rule_options(doc, enable=["coordination-maximum"])


case("unknown-limit.json", unknown_limit, "UNKNOWN_LIMIT", "/rule_options/enable/0",
     also=[INHABITANTS_UNKNOWN],
     description="the plan switches on a limit id the rule set does not have")


# --- lines ---------------------------------------------------------------------------------------

def negative_amount(doc):
    # A refund of EUR 1 booked as a negative income line; the matching is one euro higher, so the year balances.
    income(doc, 1)["amounts"]["2025"] += 100
    budget(doc)["income"].append(line("refund", "Terugbetaling", "Refund", "other", {2025: -100}))


case("negative-amount.json", negative_amount, "NEGATIVE_AMOUNT", "/budget/income/2/amounts/2025",
     also=[INHABITANTS_UNKNOWN],
     description="an income line of category 'other' has a negative amount in 2025")


def year_outside(doc):
    doc["budget"]["school_hours"][0]["hours"] = {"2025": 10, "2026": 8, "2029": 4}


case("year-outside-period.json", year_outside, "YEAR_OUTSIDE_PERIOD", "/budget/school_hours/0/hours/2029",
     also=[INHABITANTS_UNKNOWN],
     description="school hours are planned in 2029, after the plan period 2025-2028")


def unknown_category(doc):
    cost(doc, 0)["category"] = "activiteiten"


case("unknown-category.json", unknown_category, "UNKNOWN_CATEGORY", "/budget/costs/0/category",
     also=[INHABITANTS_UNKNOWN],
     description="the cost line uses the Dutch 'activiteiten' instead of the category id 'activities'")


def unknown_municipality(doc):
    income(doc, 1)["municipality"] = "dorp"


case("unknown-municipality.json", unknown_municipality, "UNKNOWN_MUNICIPALITY", "/budget/income/1/municipality",
     also=[INHABITANTS_UNKNOWN],
     description="the matching line names a municipality the plan does not have")


def duplicate_id(doc):
    income(doc, 1)["id"] = "fcp-grant"


case("duplicate-line-id.json", duplicate_id, "DUPLICATE_LINE_ID", "/budget/income/1/id",
     also=[INHABITANTS_UNKNOWN],
     description="the matching line has the same id as the grant line")


# --- editions, rates and inhabitants ------------------------------------------------------------

def unknown_edition(doc):
    doc["edition"] = "cmk-2029-2032"


case("unknown-edition.json", unknown_edition, "UNKNOWN_EDITION", "/edition",
     description="the plan names an edition the library does not know (only the general checks run)")


def other_period(doc):
    doc["edition"] = "cmk-2021-2024"


case("rules-of-other-period.json", other_period, "RULES_OF_OTHER_PERIOD", "/edition", severity="info",
     also=[INHABITANTS_UNKNOWN],
     description="a 2025-2028 plan names the 2021-2024 edition")


def inhabitants_unknown(doc):
    # A second municipality with a count; the first still has none, so the entitlement cannot be checked.
    doc["region"]["municipalities"].append("dorp")
    doc["municipalities"].append({"schema": "Municipality.1", "id": "dorp", "name": "Dorp", "cbs_code": "GM9998",
                                  "inhabitants": inhabitants(5000)})


case("inhabitants-unknown.json", inhabitants_unknown, "INHABITANTS_UNKNOWN", "/municipalities", severity="info",
     description="of two municipalities only one has an inhabitant count, so the entitlement is not checked")


def inhabitants_out_of_range(doc):
    # Two municipalities with 2^62 inhabitants each: their sum leaves 64 bits, the entitlement cannot be formed.
    set_inhabitants(doc, 2**62)
    doc["region"]["municipalities"].append("dorp")
    doc["municipalities"].append({"schema": "Municipality.1", "id": "dorp", "name": "Dorp", "cbs_code": "GM9998",
                                  "inhabitants": inhabitants(2**62)})


case("inhabitants-out-of-range.json", inhabitants_out_of_range, "INHABITANTS_OUT_OF_RANGE", "/municipalities",
     description="2 x 2^62 inhabitants: the entitlement does not fit in 64-bit cents and is not checked")


def rate_unknown(doc):
    # The 2017-2020 rules have no rate per inhabitant; their fixed-7% coordination limit is switched off
    # by the plan because the base has no coordination line.
    rule_options(doc, disable=["coordination-fixed"])


case("rate-unknown.json", rate_unknown, "RATE_UNKNOWN", "/budget/income", severity="info", rules="cmk-2017-2020",
     also=["RULES_OF_OTHER_PERIOD"],
     description="validated under cmk-2017-2020, whose rate per inhabitant is not known")


(HERE / "expected.json").write_text(json.dumps(CASES, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {len(CASES)} cases")
