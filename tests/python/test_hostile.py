"""Hostile input (issue 11): every file in tests/data/hostile gives its own error from the Python API and
exit status 2 with one line and no traceback from the CLI; outputs are written all or nothing; CSV is
spreadsheet-safe; arguments outside what the core takes are refused with their own message."""
import json
import os
import resource
import signal
import subprocess
import sys

import pytest

import cmkit

from conftest import DATA, run_cli

CASES = json.loads((DATA / "hostile" / "cases.json").read_text(encoding="utf-8"))

LOADERS = {
    "plan": cmkit.load_plan,
    "schools": cmkit.load_schools,
    "evi_answers": cmkit.load_evi_responses,
    "actuals": cmkit.load_realisation,
    "instrument": cmkit.load_evi_instrument,
    "progress": cmkit.load_progress,
    "survey": cmkit.load_survey_responses,
}


def assert_one_line_exit_2(result, *fragments):
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cmkit")
    for f in fragments:
        assert f in lines[0], (f, lines[0])


def test_every_loader_and_class_of_input_has_cases():
    assert {c["loader"] for c in CASES} == set(LOADERS)
    assert len({(c["loader"], c["location"], c["contains"][0]) for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_hostile_file_from_python(case):
    path = DATA / "hostile" / case["file"]
    with pytest.raises(cmkit.FormatError) as info:
        LOADERS[case["loader"]](str(path))
    err = info.value
    assert type(err).__name__ == case["error"]
    assert err.file == str(path)
    assert err.location == case["location"]
    for fragment in case["contains"]:
        assert fragment in str(err), (fragment, str(err))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_hostile_file_from_the_cli(case):
    path = str(DATA / "hostile" / case["file"])
    result = run_cli(*[a.replace("{file}", path) for a in case["cli"]])
    assert_one_line_exit_2(result, path, case["contains"][0])


def test_a_utf8_bom_is_accepted(tmp_path):
    plan = (DATA / "plans" / "minimal.json").read_bytes()
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + plan)
    assert cmkit.load_plan(str(p)).to_json() == cmkit.load_plan(str(DATA / "plans" / "minimal.json")).to_json()
    s = tmp_path / "schools.csv"
    s.write_bytes(b"\xef\xbb\xbf" + (DATA / "evi" / "schools.csv").read_bytes())
    assert len(cmkit.load_schools(str(s)).schools) == len(cmkit.load_schools(str(DATA / "evi" / "schools.csv")).schools)


def test_a_directory_is_named_as_such(tmp_path):
    with pytest.raises(cmkit.FileError, match="is a directory, not a file"):
        cmkit.load_plan(str(tmp_path))
    assert_one_line_exit_2(run_cli("schools", str(tmp_path)), "is a directory, not a file")


def test_control_characters_in_names_are_findings(tmp_path, amstelland):
    text = (DATA / "evi" / "schools.csv").read_text(encoding="utf-8").replace("Testschool Twee", "Testschool\x00Twee")
    p = tmp_path / "nul.csv"
    p.write_text(text, encoding="utf-8")
    findings = cmkit.validate_schools(amstelland, cmkit.load_schools(str(p)))
    cc = [f for f in findings if f.code == "CONTROL_CHARACTER"]
    assert [f.path for f in cc] == ["/schools/1/name"]
    assert "U+0000" in cc[0].message(cmkit.Lang.EN)


def test_what_if_outside_the_plan_and_negative_rates(amstelland):
    assert_one_line_exit_2(run_cli("budget", "--what-if", "Aalsmeer:-50%:2099"), "the year 2099", "2025 to 2028")
    assert_one_line_exit_2(run_cli("budget", "--what-if", "Nergenshuizen:-50%:2026"), "Nergenshuizen")
    assert_one_line_exit_2(run_cli("budget", "--in-kind", "PO=-45"), "PO=-45", "zero or more")
    with pytest.raises(cmkit.InvalidArgumentError, match="zero or more"):
        cmkit.budget_rows(amstelland.budget, {cmkit.Sector.PO: cmkit.Money.parse("-45")})


def test_overflowing_rates_amounts_and_inhabitants_are_named(amstelland):
    # An hourly rate whose valued hours leave 64-bit cents names the rate and the hours line, not a bare overflow.
    huge = cmkit.Money(cents=2 ** 62)
    with pytest.raises(cmkit.InvalidArgumentError, match=r"in-kind rate PO=.* hours of 'school-hours-po' in 2025"):
        cmkit.budget_rows(amstelland.budget, {cmkit.Sector.PO: huge})
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.budget_hledger(amstelland.budget, in_kind={cmkit.Sector.PO: huge})
    assert_one_line_exit_2(run_cli("budget", "--in-kind", "PO=40.000.000.000.000.000"), "in-kind rate PO=", "school-hours-po")
    # A percentage with more decimals than a cut can hold (found by fuzzing: its scale overflowed).
    spec = (DATA / "fuzz" / "whatif" / "percentage-too-many-decimals.txt").read_text(encoding="utf-8")
    with pytest.raises(cmkit.FormatError, match="at most six decimals"):
        cmkit.parse_cut(spec)
    assert cmkit.parse_cut("Aalsmeer:-12,345678%:2026").to_string() == "Aalsmeer:-12,345678%:2026"
    # A what-if amount beyond 64-bit cents is a format error of the spec.
    with pytest.raises(cmkit.FormatError, match="fits in 64-bit euro cents"):
        cmkit.parse_cut("Aalsmeer:-92.233.720.368.547.758,08:2026")
    # So many inhabitants that the entitlement cannot be formed: a finding, not an overflow.
    plan = cmkit.load_plan(str(DATA / "budgets" / "inhabitants-out-of-range.json"))
    codes = [f.code for f in cmkit.validate(plan)]
    assert "INHABITANTS_OUT_OF_RANGE" in codes


def test_arguments_outside_64_bits_and_not_utf8():
    assert_one_line_exit_2(run_cli("evi", "analyse", "demo", "--seed", str(2 ** 70)), "--seed", "64 bits")
    assert_one_line_exit_2(run_cli("survey", "synth", "--seed", "-1"), "--seed", "0 to 2^64 - 1")
    exe = os.path.join(os.path.dirname(sys.executable), "cmkit")
    result = subprocess.run([exe.encode(), b"budget", b"--what-if", b"Aalsmeer\xff:-50%:2026"], capture_output=True)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"0xFF, which is not UTF-8" in result.stderr


def test_help_states_the_exit_statuses():
    out = " ".join(run_cli("--help").stdout.split())
    assert "exit status" in out and "2 the input or an argument cannot be used" in out


# ---- outputs: all or nothing, symbolic links not followed ------------------------------------------


def test_output_directory_is_replaced_whole_and_symlinks_are_not_followed(tmp_path):
    out = tmp_path / "out"
    cmkit.write_output_directory(str(out), [("a.csv", "1\n"), ("b.csv", "2\n")])
    assert sorted(os.listdir(out)) == [".cmkit-output", "a.csv", "b.csv"]
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    (out / "a.csv").unlink()
    (out / "a.csv").symlink_to(victim)
    cmkit.write_output_directory(str(out), [("a.csv", "new\n")])
    assert victim.read_text() == "keep me\n"
    assert not (out / "a.csv").is_symlink() and (out / "a.csv").read_text() == "new\n"
    assert sorted(os.listdir(out)) == [".cmkit-output", "a.csv"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == []


def test_a_directory_with_other_files_is_refused(tmp_path):
    (tmp_path / "mine.docx").write_text("x")
    with pytest.raises(cmkit.FileError, match="did not write"):
        cmkit.write_output_directory(str(tmp_path), [("a.csv", "1\n")])
    assert os.listdir(tmp_path) == ["mine.docx"]
    target = tmp_path / "file"
    target.write_text("old")
    with pytest.raises(cmkit.FileError, match="not a directory"):
        cmkit.write_output_directory(str(target), [("a.csv", "1\n")])
    assert target.read_text() == "old"


def test_a_failing_write_leaves_the_earlier_output(tmp_path):
    out = tmp_path / "out"
    cmkit.write_output_directory(str(out), [("a.csv", "old a\n"), ("b.csv", "old b\n")])
    before = {p: (out / p).read_bytes() for p in os.listdir(out)}
    # a child process that may write files of at most 64 KiB: the second file fails half way (EFBIG)
    script = ("import cmkit, sys\n"
              "try:\n"
              f"    cmkit.write_output_directory({str(out)!r}, [('a.csv', 'new\\n'), ('b.csv', 'x' * 1000000)])\n"
              "except cmkit.FileError as e:\n"
              "    print(e); sys.exit(2)\n")

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, preexec_fn=limit)
    assert r.returncode == 2, r.stderr
    assert "b.csv" in r.stdout and "cannot write" in r.stdout
    assert {p: (out / p).read_bytes() for p in os.listdir(out)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary directory left


def test_a_single_file_output_onto_a_directory_fails_cleanly(tmp_path):
    (tmp_path / "plan.json").mkdir()
    with pytest.raises(cmkit.FileError, match="is a directory"):
        cmkit.save_plan(cmkit.load_plan(str(DATA / "plans" / "minimal.json")), str(tmp_path / "plan.json"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_cli_output_failure_is_exit_2(tmp_path):
    (tmp_path / "report.docx").write_text("x")
    assert_one_line_exit_2(run_cli("evi", "synth", "--schools", "10", "-o", str(tmp_path)), "did not write")


# ---- spreadsheet-safe CSV ---------------------------------------------------------------------------


def test_formula_cells_are_guarded_and_read_back_unchanged(tmp_path):
    text = (DATA / "evi" / "schools.csv").read_text(encoding="utf-8").replace("Testschool Twee", "=HYPERLINK(\"x\")")
    reg = cmkit.schools_from_csv(text.replace("Testschool Een", "-Een"))
    out = cmkit.schools_to_csv(reg)
    assert "'=HYPERLINK" in out and ",'-Een," in out
    assert ",200," in out  # numbers untouched
    again = cmkit.schools_from_csv(out)
    assert [s.name for s in again.schools] == [s.name for s in reg.schools]
    assert again.schools[1].name == "=HYPERLINK(\"x\")"
    cmkit.set_spreadsheet_safe_csv(False)
    try:
        assert "'=HYPERLINK" not in cmkit.schools_to_csv(reg)
    finally:
        cmkit.set_spreadsheet_safe_csv(True)


@pytest.mark.parametrize("value,guarded", [("=1+1", True), ("+31", True), ("-", True), ("@SUM", True), ("\tx", True),
                                           ("'=x", True), ("'x", False), ("x=1", False), ("", False), ("12", False)])
def test_guard_rule(value, guarded):
    assert (cmkit.csv_text_cell(value) == "'" + value) is guarded
