"""The national roll-up (docs/rollup.md): the two built-in plans combined, every table recomputed here from
the plans' own budget lines, shares and targets; the three refusals; the seeded synthetic plans; the
`cmkit rollup` and `cmkit plan synth` commands."""
import csv
import io
import json
import os
import re
from collections import defaultdict

import pandas as pd
import pytest

import cmkit

from conftest import ROOT, run_cli

BUILTIN = ["amstelland-2025-2028", "voorbeeld-fictief-2026-2028"]


@pytest.fixture(scope="module")
def plans():
    return [cmkit.reference_plan(n) for n in BUILTIN]


@pytest.fixture(scope="module")
def result(plans):
    return cmkit.rollup(plans)


def line_sums(plans):
    """(plan, year, side, category) -> cents, from the budget lines."""
    out = defaultdict(int)
    for p in plans:
        for side, lines in (("income", p.budget.income), ("cost", p.budget.costs)):
            for line in lines:
                for year, amount in line.amounts.items():
                    out[(p.id, year, side, line.category)] += amount.cents
    return dict(out)


def test_the_built_in_plans_share_an_edition_and_roll_up(plans, result):
    assert plans[0].edition == plans[1].edition
    assert plans[0].period != plans[1].period  # different periods are fine
    assert not result.refused and result.rollup_findings == []
    assert list(result.tables) == list(cmkit.rollup_table_names()) == ["plans", "budget", "matching", "targets", "findings"]


def test_plans_table_totals_are_the_sums_of_each_plans_lines(plans, result):
    df = result.plans
    assert list(df["plan"]) == BUILTIN
    sums = line_sums(plans)
    for p, row in zip(plans, df.itertuples()):
        income = sum(c for (pid, _, side, _), c in sums.items() if pid == p.id and side == "income")
        cost = sum(c for (pid, _, side, _), c in sums.items() if pid == p.id and side == "cost")
        grant = sum(c for (pid, _, side, cat), c in sums.items() if pid == p.id and cat == "fcp_grant")
        assert (row.income_cents, row.cost_cents, row.result_cents, row.fcp_grant_cents) == (income, cost, income - cost, grant)
        assert row.municipalities == len(p.municipalities)
        assert row.inhabitants == sum(m.inhabitants.count for m in p.municipalities)
        assert row.fictional == p.fictional and row.edition == p.edition and row.region == p.region.name
        assert row.start.date() == p.period.start.to_date() and row.end.date() == p.period.end.to_date()
        found = cmkit.validate(p)
        assert row.errors == sum(f.severity == cmkit.Severity.ERROR for f in found)
        assert row.warnings == sum(f.severity == cmkit.Severity.WARNING for f in found)
    assert str(df["start"].dtype).startswith("datetime64") and df["income_cents"].dtype == "int64"
    assert str(df["inhabitants"].dtype) == "Int64"


def test_budget_table_is_the_lines_summed_per_category(plans, result):
    df = result.budget
    got = {(r.plan, r.year, r.side, r.category): r.amount_cents for r in df.itertuples()}
    assert len(got) == len(df)  # one row per plan, year, side and category
    assert got == line_sums(plans)
    assert (df["amount_eur"] * 100).round().astype("int64").tolist() == df["amount_cents"].tolist()
    # pandas, independently: national income per year
    per_year = df[df["side"] == "income"].groupby("year")["amount_cents"].sum().to_dict()
    by_hand = defaultdict(int)
    for (_, year, side, _), c in line_sums(plans).items():
        if side == "income":
            by_hand[year] += c
    assert per_year == dict(by_hand)
    assert set(df[df["category"] == "activities"]["category_nl"]) == {"Activiteitenkosten"}


def test_matching_table_follows_the_plans_and_marks_what_cmkit_derived(plans, result):
    df = result.matching
    for p in plans:
        mine = df[df["plan"] == p.id]
        matching_per_year = defaultdict(int)
        for line in p.budget.income:
            if line.category == "municipal_matching":
                for year, amount in line.amounts.items():
                    matching_per_year[year] += amount.cents
        assert mine.groupby("year")["amount_cents"].sum().to_dict() == dict(matching_per_year)
        if p.budget.matching_shares:  # the fictional plan states its shares: read, not derived
            assert set(mine["basis"]) == {"agreed"} and not mine["derived"].any()
            stated = {(s.municipality, y): a.cents for s in p.budget.matching_shares for y, a in s.amounts.items()}
            assert {(r.municipality, r.year): r.amount_cents for r in mine.itertuples()} == stated
        else:  # Amstelland states only the total: cmkit divides it by inhabitants
            assert set(mine["basis"]) == {"inhabitants"} and mine["derived"].all()
            names = {m.id: m.name for m in p.municipalities}
            assert all(names[r.municipality] == r.municipality_name for r in mine.itertuples())
    assert df["derived"].dtype == bool


def test_targets_and_findings_tables(plans, result):
    df = result.targets
    expected = [(p.id, t.id, tp.value, t.total, tp.phase) for p in plans for t in p.targets for tp in t.periods]
    got = [(r.plan, r.target, r.planned, r.total, None if pd.isna(r.phase) else int(r.phase)) for r in df.itertuples()]
    assert got == expected
    assert str(df["phase"].dtype) == "Int64" and str(df["end"].dtype).startswith("datetime64")
    f = result.findings
    expected = [(p.id, x.code, x.severity.name.lower(), x.path) for p in plans for x in cmkit.validate(p)]
    assert list(zip(f["plan"], f["code"], f["severity"], f["path"])) == expected
    assert ("amstelland-2025-2028", "GRANT_RATE_MISMATCH", "warning", "/budget/income") in expected


def test_tables_outlive_the_result():
    r = cmkit.rollup(BUILTIN)
    income = r.tables["plans"].column("income_cents")["values"]
    del r
    import gc

    gc.collect()
    assert income.tolist()[0] == cmkit.reference_plan(BUILTIN[0]).budget.total(cmkit.Side.INCOME).cents


# ---- refusals ---------------------------------------------------------------------------------------


def assert_refused(r):
    assert r.refused
    for name, table in r.tables.items():
        assert len(table) == 0 and table.column_names(), name
        assert len(r.frame(name)) == 0


def test_a_copy_under_another_id_overlaps_in_every_municipality(plans):
    copy = plans[0].replace(id="amstelland-kopie")
    r = cmkit.rollup([*plans, copy])
    assert_refused(r)
    assert [f.code for f in r.rollup_findings] == ["ROLLUP_MUNICIPALITY_OVERLAP"] * len(plans[0].municipalities)
    for j, (f, m) in enumerate(zip(r.rollup_findings, plans[0].municipalities)):
        assert f.severity == cmkit.Severity.ERROR and f.path == f"/plans/2/municipalities/{j}/id"
        for text in (f.message_nl, f.message_en):
            assert "amstelland-kopie" in text and "amstelland-2025-2028" in text and f"'{m.id}'" in text
        assert {g.name: g.text for g in f.figures}["other_plan"] == "amstelland-2025-2028"


def test_plans_of_two_editions_are_refused(plans):
    old = cmkit.synthetic_plans(1, seed=5)[0].replace(edition="cmk-2021-2024")
    r = cmkit.rollup([*plans, old])
    assert_refused(r)
    assert [f.code for f in r.rollup_findings] == ["ROLLUP_MIXED_EDITIONS"]
    f = r.rollup_findings[0]
    assert f.path == "/plans/2/edition"
    assert "cmk-2025-2028 (2 plannen: amstelland-2025-2028, voorbeeld-fictief-2026-2028)" in f.message_nl
    assert f"cmk-2021-2024 (1 plan: {old.id})" in f.message_en
    assert {g.name: g.count for g in f.figures} == {"cmk-2025-2028": 2, "cmk-2021-2024": 1}


def test_a_long_list_of_plans_is_cut_short_in_the_message():
    many = cmkit.synthetic_plans(8, seed=2)
    many[7] = many[7].replace(edition="cmk-2017-2020")
    f = cmkit.rollup(many).rollup_findings[0]
    assert "en 2 meer" in f.message_nl and "and 2 more" in f.message_en


def test_the_same_plan_twice_is_refused_once(plans):
    r = cmkit.rollup([plans[0], plans[1], plans[0]])
    assert_refused(r)
    assert [f.code for f in r.rollup_findings] == ["ROLLUP_DUPLICATE_PLAN"]
    assert r.rollup_findings[0].path == "/plans/2/id"
    assert "as plan 1 and as plan 3" in r.rollup_findings[0].message_en


def test_an_empty_roll_up_and_bad_arguments():
    r = cmkit.rollup([])
    assert not r.refused and len(r.tables["plans"]) == 0 and list(r.plans.columns)[0] == "plan"
    with pytest.raises(TypeError):
        cmkit.rollup([42])
    with pytest.raises(cmkit.NotFoundError):
        cmkit.rollup(["no-such-plan"])


# ---- synthetic plans --------------------------------------------------------------------------------


def test_synthetic_plans_are_seeded():
    a = [p.to_json() for p in cmkit.synthetic_plans(20, seed=11)]
    assert a == [p.to_json() for p in cmkit.synthetic_plans(20, seed=11)]
    assert a != [p.to_json() for p in cmkit.synthetic_plans(20, seed=12)]
    assert a[:5] == [p.to_json() for p in cmkit.synthetic_plans(5, seed=11)]
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.synthetic_plans(-1)


def test_fifty_synthetic_plans_validate_and_roll_up_to_their_own_sums():
    plans = cmkit.synthetic_plans(50, seed=2026)
    every_limit = [lim.id for lim in cmkit.rule_set("cmk-2025-2028").limits]
    for p in plans:
        assert p.fictional and p.title.nl.startswith("Synthetisch plan") and "Synthetisch" in p.source.title.nl
        assert cmkit.validate(p) == [], p.id
        assert cmkit.validate(p, enable=every_limit) == [], p.id
        assert all(m.cbs_code.startswith("SY") for m in p.municipalities)
    ids = [m.id for p in plans for m in p.municipalities]
    assert len(ids) == len(set(ids))
    r = cmkit.rollup(plans)
    assert not r.refused and len(r.findings) == 0 and r.plans["errors"].sum() == 0
    sums = line_sums(plans)
    assert {(x.plan, x.year, x.side, x.category): x.amount_cents for x in r.budget.itertuples()} == sums
    for p, row in zip(plans, r.plans.itertuples()):
        assert row.income_cents == sum(c for (pid, _, s, _), c in sums.items() if pid == p.id and s == "income")
        assert row.cost_cents == row.income_cents  # balanced
    assert set(r.matching["basis"]) == {"inhabitants", "agreed"}
    assert r.matching.groupby("plan")["amount_cents"].sum().to_dict() == {
        p.id: sum(c for (pid, _, _, cat), c in sums.items() if pid == p.id and cat == "municipal_matching") for p in plans}


# ---- the command line --------------------------------------------------------------------------------


def test_cli_text_overview():
    res = run_cli("rollup", *BUILTIN)
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert out.startswith("Landelijke optelling: 2 plannen, regeling cmk-2025-2028")
    assert "1 van de 2 plannen is fictief" in out
    total = sum(cmkit.reference_plan(n).budget.total(cmkit.Side.INCOME).cents for n in BUILTIN)
    assert f"baten {cmkit.Money(total)}" in out
    assert "GRANT_RATE_MISMATCH" in out and "EDITION_PERIOD_MISMATCH" in out
    en = run_cli("rollup", *BUILTIN, "--lang", "en")
    assert en.returncode == 0 and en.stdout.startswith("National roll-up: 2 plans") and "Findings" in en.stdout


def test_cli_csv_directory(tmp_path):
    out = tmp_path / "out"
    res = run_cli("rollup", *BUILTIN, "--format", "csv", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert sorted(os.listdir(out)) == sorted([".cmkit-output", "rollup.json"] + [f"{n}.csv" for n in cmkit.rollup_table_names()])
    rows = list(csv.DictReader(io.StringIO((out / "plans.csv").read_text(encoding="utf-8"))))
    assert [r["plan"] for r in rows] == BUILTIN
    assert [int(r["income_cents"]) for r in rows] == [cmkit.reference_plan(n).budget.total(cmkit.Side.INCOME).cents for n in BUILTIN]
    budget = list(csv.DictReader(io.StringIO((out / "budget.csv").read_text(encoding="utf-8"))))
    assert all(re.fullmatch(r"\d+\.\d\d", r["amount_eur"]) for r in budget)
    assert sum(int(r["amount_cents"]) for r in budget if r["side"] == "cost") == sum(
        cmkit.reference_plan(n).budget.total(cmkit.Side.COST).cents for n in BUILTIN)
    meta = json.loads((out / "rollup.json").read_text(encoding="utf-8"))
    assert meta["refused"] is False and meta["inputs"] == BUILTIN
    assert "1 van de 2 plannen is fictief" in res.stderr  # a fictional plan is among them
    js = run_cli("rollup", *BUILTIN, "--format", "json", "-o", str(tmp_path / "js"))
    assert js.returncode == 0, js.stderr
    for name in cmkit.rollup_table_names():
        text = (tmp_path / "js" / f"{name}.json").read_text(encoding="utf-8")
        assert text.endswith("}\n") and json.loads(text)["name"] == name


def test_cli_json_document_and_one_table():
    res = run_cli("rollup", *BUILTIN, "--format", "json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["refused"] is False and list(doc["tables"]) == list(cmkit.rollup_table_names())
    plans = doc["tables"]["plans"]
    names = [c["name"] for c in plans["columns"]]
    assert [row[names.index("plan")] for row in plans["rows"]] == BUILTIN
    one = run_cli("rollup", *BUILTIN, "--format", "csv", "--table", "matching")
    assert one.returncode == 0 and one.stdout.splitlines()[0].startswith("plan,region,municipality,")


def test_cli_refusal_exits_1(tmp_path):
    copy = cmkit.reference_plan(BUILTIN[0]).replace(id="kopie")
    path = tmp_path / "kopie.json"
    path.write_text(copy.to_json(), encoding="utf-8")
    res = run_cli("rollup", BUILTIN[0], str(path))
    assert res.returncode == 1
    assert res.stdout.startswith("GEWEIGERD") and "ROLLUP_MUNICIPALITY_OVERLAP" in res.stdout and str(path) in res.stdout
    js = run_cli("rollup", BUILTIN[0], str(path), "--format", "json")
    assert js.returncode == 1 and json.loads(js.stdout)["refused"] is True
    assert "ROLLUP_MUNICIPALITY_OVERLAP" in js.stderr
    # -o still writes: empty tables with their header and rollup.json saying why, over an earlier output
    out = tmp_path / "out"
    assert run_cli("rollup", *BUILTIN, "--format", "csv", "-o", str(out)).returncode == 0
    res = run_cli("rollup", BUILTIN[0], str(path), "--format", "csv", "-o", str(out))
    assert res.returncode == 1
    assert (out / "plans.csv").read_text(encoding="utf-8").splitlines() == [",".join(cmkit.rollup([]).tables["plans"].column_names())]
    meta = json.loads((out / "rollup.json").read_text(encoding="utf-8"))
    assert meta["refused"] is True and {f["code"] for f in meta["rollup_findings"]} == {"ROLLUP_MUNICIPALITY_OVERLAP"}


def test_cli_bad_plan_file_exits_2_naming_it(tmp_path):
    bad = tmp_path / "kapot.json"
    bad.write_text('{"schema": "Plan.2", "id": ', encoding="utf-8")
    res = run_cli("rollup", *BUILTIN, str(bad))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "Traceback" not in res.stderr
    missing = run_cli("rollup", BUILTIN[0], str(tmp_path / "weg.json"))
    assert missing.returncode == 2 and "weg.json" in missing.stderr and "Traceback" not in missing.stderr
    nocsv = run_cli("rollup", *BUILTIN, "--format", "csv")
    assert nocsv.returncode == 2 and "--table" in nocsv.stderr


def test_cli_plan_synth_is_seeded_and_rolls_up(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for d, seed in ((a, "7"), (b, "7"), (c, "8")):
        res = run_cli("plan", "synth", "--regions", "12", "--seed", seed, "-o", str(d))
        assert res.returncode == 0, res.stderr
    files = sorted(n for n in os.listdir(a) if n.endswith(".json"))
    assert len(files) == 12 and files[0] == "synthetisch-0001-2025-2028.json"
    assert all((a / n).read_bytes() == (b / n).read_bytes() for n in files)
    assert any((a / n).read_bytes() != (c / n).read_bytes() for n in files)
    assert (a / files[0]).read_text(encoding="utf-8") == cmkit.synthetic_plans(1, seed=7)[0].to_json()
    res = run_cli("rollup", str(a), "--lang", "en")  # a directory: its *.json files
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("National roll-up: 12 plans") and "No findings." in res.stdout
    # rewriting its own output is fine; a directory with other files is refused
    assert run_cli("plan", "synth", "--regions", "3", "-o", str(a)).returncode == 0
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    res = run_cli("plan", "synth", "--regions", "3", "-o", str(tmp_path / "mine"))
    assert res.returncode == 2 and "did not write" in res.stderr
    assert os.listdir(tmp_path / "mine") == ["notes.txt"]


# ---- docs -------------------------------------------------------------------------------------------


def test_the_docs_name_every_column_and_code():
    doc = (ROOT / "docs" / "rollup.md").read_text(encoding="utf-8")
    r = cmkit.rollup([])
    for name, table in r.tables.items():
        section = doc.split(f"### `{name}`", 1)
        assert len(section) == 2, name
        body = section[1].split("\n### ", 1)[0]
        for column in table.column_names():
            assert f"`{column}`" in body, (name, column)
    validation = (ROOT / "docs" / "plan-validation.md").read_text(encoding="utf-8")
    for code in ("ROLLUP_MUNICIPALITY_OVERLAP", "ROLLUP_MIXED_EDITIONS", "ROLLUP_DUPLICATE_PLAN"):
        assert f"`{code}`" in doc and f"`{code}`" in validation
