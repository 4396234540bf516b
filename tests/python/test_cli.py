import json

import jsonschema

import cmkit

from conftest import DATA, ROOT


def test_version(cli):
    r = cli("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"cmkit {cmkit.__version__}"


def test_plan_list(cli):
    r = cli("plan", "list")
    assert r.returncode == 0
    assert r.stdout.startswith("amstelland-2025-2028\t")


def test_plan_show_json_round_trips_bytes(cli, tmp_path):
    first = cli("plan", "show", "--format", "json")
    assert first.returncode == 0
    a = tmp_path / "a.json"
    a.write_text(first.stdout, encoding="utf-8")
    second = cli("plan", "show", str(a), "--format", "json")
    assert second.returncode == 0
    assert second.stdout == first.stdout
    schema = json.loads(cli("plan", "schema").stdout)
    jsonschema.Draft202012Validator(schema).validate(json.loads(first.stdout))


def test_report_shows_the_seed_figures(cli):
    r = cli("report")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for figure in ["539.248", "1.118.496", "895.836", "26.600", "1.600", "134.812", "279.624", "82.820"]:
        assert figure in out, figure
    for heading in ["Projectdoelstellingen", "Programmalijnen", "Spoor 1", "Resultaten", "Gemeenten",
                    "Monitoring en evaluatie", "Begroting"]:
        assert heading in out, heading
    assert "Borging kwaliteit bestaande scholen         33          0            33" in out


def test_report_in_english(cli):
    r = cli("report", "--lang", "en")
    assert r.returncode == 0
    assert "1,118,496" in r.stdout and "Total income" in r.stdout


def test_report_of_a_file(cli):
    r = cli("report", str(DATA / "plans" / "minimal.json"))
    assert r.returncode == 0
    assert "40.000,50" in r.stdout  # 2 × 10.000 + 10.000 + 10.000,50 income


def _assert_clean_failure(r, *fragments):
    assert r.returncode == 2
    assert r.stdout == ""
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("cmkit: error: ")
    for f in fragments:
        assert f in lines[0]


def test_missing_file(cli, tmp_path):
    _assert_clean_failure(cli("report", str(tmp_path / "nope.json")), "nope.json", "cannot open")


def test_malformed_file(cli):
    path = DATA / "malformed" / "money-as-float.json"
    _assert_clean_failure(cli("plan", "show", str(path)), str(path), "/budget/income/0/amounts/2025",
                          "integer number of euro cents")


def test_unknown_plan_name(cli):
    _assert_clean_failure(cli("report", "utrecht"), "utrecht", "amstelland-2025-2028")


def test_directory_as_plan(cli, tmp_path):
    _assert_clean_failure(cli("report", str(tmp_path) + "/"))


def test_bad_arguments_exit_2(cli):
    r = cli("report", "--lang", "fr")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
