"""The budget commands: validate (exit 0/1/2), budget (table/csv/json/hledger, --what-if), matching,
and the report's new sections."""
import csv
import io
import json
import shutil
import subprocess

import pytest

import cmkit

from conftest import DATA

BUDGET_COLUMNS = "year,version,side,category,source,municipality,derived,amount_cents,amount"


def test_validate_exit_0_under_the_plans_edition(cli):
    r = cli("validate")
    assert r.returncode == 0, r.stderr
    assert "GRANT_RATE_MISMATCH" in r.stdout and "0 fout(en), 1 waarschuwing(en)" in r.stdout


def test_validate_exit_1_under_cmk1_with_json(cli):
    r = cli("validate", "--rules", "cmk-2013-2016", "--format", "json")
    assert r.returncode == 1
    findings = json.loads(r.stdout)
    assert all({"code", "severity", "path", "message_nl", "message_en"} <= set(f) for f in findings)
    caps = [f for f in findings if f["code"] == "COORDINATION_ABOVE_CAP"]
    assert len(caps) == 4 and caps[0]["severity"] == "error"
    assert {"name": "selected", "amount_cents": 2070500} in caps[0]["figures"]


def test_validate_enable_and_disable(cli):
    assert cli("validate", "--enable", "coordination-cap").returncode == 1
    assert cli("validate", "--rules", "cmk-2013-2016", "--disable", "coordination-cap").returncode == 0


def test_validate_exit_2_on_unreadable_input(cli, tmp_path):
    r = cli("validate", str(tmp_path / "missing.json"))
    assert r.returncode == 2 and r.stdout == "" and "missing.json" in r.stderr
    r = cli("validate", str(DATA / "malformed" / "money-as-float.json"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = cli("validate", "--actuals", str(DATA / "actuals" / "bad-amount.csv"))
    assert r.returncode == 2 and "line 2, column amount" in r.stderr


def test_validate_with_actuals(cli):
    r = cli("validate", "--actuals", str(DATA / "actuals" / "amstelland-2025.csv"), "--format", "json")
    assert r.returncode == 0
    assert "ACTUALS_UNBALANCED" in [f["code"] for f in json.loads(r.stdout)]


def test_budget_csv_columns_and_sums(cli, amstelland):
    r = cli("budget", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == BUDGET_COLUMNS
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    income = sum(int(x["amount_cents"]) for x in rows if x["side"] == "income")
    assert income == amstelland.budget.total(cmkit.Side.INCOME).cents == 111849600


def test_budget_json(cli):
    doc = json.loads(cli("budget", "--format", "json").stdout)
    assert doc["version"] == "original" and len(doc["rows"]) == 36
    assert set(doc["rows"][0]) == set(BUDGET_COLUMNS.split(","))


@pytest.mark.skipif(shutil.which("hledger") is None, reason="hledger is installed by `make test` (apt)")
def test_budget_hledger_is_read_by_hledger(cli):
    r = cli("budget", "--format", "hledger", "--in-kind", "PO=45")
    assert r.returncode == 0
    out = subprocess.run(["hledger", "-f", "-", "balance", "-N", "--flat", "income:fcp_grant",
                          "expenses:in_kind_hours"], input=r.stdout, capture_output=True, text=True, check=True)
    assert "-539248.00 EUR" in out.stdout and "1197000.00 EUR" in out.stdout


def test_budget_what_if(cli):
    r = cli("budget", "--what-if", "Aalsmeer:-50%:2026", "--policy", "protect-activities")
    assert r.returncode == 0, r.stderr
    assert "121.928,87" in r.stdout and "WHAT_IF_APPLIED" in r.stdout
    assert "Aalsmeer:-50%:2026 (protect-activities)" in r.stdout
    csv_out = cli("budget", "--format", "csv", "--what-if", "Aalsmeer:-50%:2026", "--what-if", "uithoorn:-10.000:2027")
    assert csv_out.returncode == 0
    assert ",what-if," in csv_out.stdout.splitlines()[1]


def test_budget_help_documents_what_if(cli):
    r = cli("budget", "--help")
    assert "Aalsmeer:-50%:2026" in r.stdout and "protect-activities" in r.stdout


def test_budget_bad_what_if_and_in_kind(cli):
    for args, fragment in ((["--what-if", "Aalsmeer:50"], "what-if"), (["--what-if", "Utrecht:-5%:2026"], "Utrecht"),
                           (["--in-kind", "XX=4"], "--in-kind"), (["--in-kind", "PO=abc"], "abc")):
        r = cli("budget", *args)
        assert r.returncode == 2 and fragment in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)


def test_matching_csv(cli):
    r = cli("matching", "--format", "csv")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "year,municipality,basis,derived,amount_cents,amount"
    # the plan states only the matching total: the split by inhabitants is cmkit's, and the row says so
    assert lines[1] == '2025,amstelveen,inhabitants,true,7339371,"73.393,71"'
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    for y in ("2025", "2026", "2027", "2028"):
        assert sum(int(x["amount_cents"]) for x in rows if x["year"] == y) == 13481200


def test_matching_table_and_json(cli):
    table = cli("matching").stdout
    assert "Aalsmeer" in table and "134.812" in table and "naar inwonertal" in table
    doc = json.loads(cli("matching", "--format", "json").stdout)
    assert doc["basis"] == "inhabitants" and len(doc["rows"]) == 16


def test_matching_unsplit_plan(cli):
    r = cli("matching", str(DATA / "plans" / "minimal.json"), "--format", "csv")
    assert r.returncode == 0 and ",unsplit," in r.stdout


def test_report_has_checks_matching_and_actuals(cli):
    r = cli("report")
    assert "Toetsing van de begroting (cmk-2025-2028)" in r.stdout
    assert "Matching per gemeente" in r.stdout and "73.393,71" in r.stdout
    assert "Begroting en realisatie" not in r.stdout
    r = cli("report", "--actuals", str(DATA / "actuals" / "amstelland-2025.csv"), "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "Budget and actuals" in r.stdout and "What remains for phase 2" in r.stdout
    assert "13,958.50" in r.stdout  # activities under-spent in 2025, carried over to fase 2
