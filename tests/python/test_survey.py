"""The impact survey: the example definition, every bad file of tests/data/survey/expected.json, and the
analysis recomputed independently with pandas and numpy (and scipy when it is installed) from the CSV:
distributions, shares of the valid answers only ("weet niet" and missing left out), the top-2-box with its
Wilson interval, the median, the Newcombe interval of a difference, suppression below k, byte-identical
output of two runs and a deterministic generator."""
import io
import json
import pathlib
import pickle
import statistics
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import cmkit
from cmkit import frames
from cmkit.cli import main as cli_main

SURVEY = pathlib.Path(__file__).resolve().parents[1] / "data" / "survey"
EXPECTED = json.loads((SURVEY / "expected.json").read_text(encoding="utf-8"))
Z = statistics.NormalDist().inv_cdf(0.975)


@pytest.fixture(scope="module")
def definition():
    return cmkit.load_survey(SURVEY / "definition.json")


@pytest.fixture(scope="module")
def responses(definition):
    return cmkit.load_survey_responses(SURVEY / "responses.csv", definition)


@pytest.fixture(scope="module")
def tidy(definition):
    """responses.csv read by pandas on its own: code (Int64, NA when missing) and its kind per row."""
    df = pd.read_csv(SURVEY / "responses.csv", dtype=str, keep_default_na=False)
    scale_of = {i["id"]: i["scale"] for i in json.loads((SURVEY / "definition.json").read_text())["items"]}
    raw = json.loads((SURVEY / "definition.json").read_text())
    scales = {s["id"]: s for s in raw["scales"]}
    df["wave"] = df["wave"].astype(int)
    df["scale"] = df["item"].map(scale_of)
    missing = df.apply(lambda r: r["value"] == "" or r["value"] == scales[r["scale"]].get("missing", ""), axis=1)
    df["code"] = pd.array([None if m else int(v) for m, v in zip(missing, df["value"])], dtype="Int64")

    def kind(r):
        if pd.isna(r["code"]):
            return "missing"
        s = scales[r["scale"]]
        if r["code"] in [p["code"] for p in s["points"]]:
            return "point"
        ns = {c["code"]: c.get("excluded_from_percentages", True) for c in s.get("non_substantive", [])}
        return "excluded" if ns[r["code"]] else "in-base"

    df["kind"] = df.apply(kind, axis=1)
    return df


def wilson(x, n, z=Z):
    """The Wilson score interval, written out with numpy (docs/impact-survey.md)."""
    x, n = np.asarray(x, dtype=float), np.asarray(n, dtype=float)
    centre = (x + z * z / 2) / (n + z * z)
    half = z * np.sqrt(x * (n - x) / n + z * z / 4) / (n + z * z)
    return centre - half, centre + half


def newcombe(xa, na, xb, nb):
    """Newcombe's hybrid score interval of p_b − p_a, in percentage points."""
    pa, pb = xa / na, xb / nb
    la, ua = wilson(xa, na)
    lb, ub = wilson(xb, nb)
    d = pb - pa
    return 100 * (d - np.sqrt((pb - lb) ** 2 + (ua - pa) ** 2)), 100 * (d + np.sqrt((ub - pb) ** 2 + (pa - la) ** 2))


# ---- the definition ----------------------------------------------------------------------------------------


def test_builtin_example_follows_the_plan_and_invents_no_invited_counts(amstelland):
    assert cmkit.survey_definitions() == ["amstelland-impact-example"]
    s = cmkit.survey_definition()
    assert s.example and s.plan == amstelland.id and list(s.waves) == [2026, 2028]
    assert [g.id for g in s.groups] == ["scholen", "leerkrachten", "vakdocenten", "culturele_partners"]
    assert all(dict(g.invited) == {} for g in s.groups)
    raw = json.loads((pathlib.Path(__file__).resolve().parents[2] / "data" / "survey" /
                      "amstelland-impact-example.json").read_text(encoding="utf-8"))
    assert all("invited" not in g for g in raw["groups"])  # absent in the shipped file, not zero
    assert "niet openbaar" in s.note and "not public" in s.note
    assert {t.id for t in s.themes} == {"effecten", "successen", "verbeterpunten", "aansluiting", "visievorming",
                                        "trainingen", "samenwerking"}
    assert all(i.label.nl.startswith("Voorbeeld: ") and i.label.en.startswith("Example: ") for i in s.items)
    activity = next(m for m in amstelland.monitoring if m.id == s.monitoring_activity)
    assert list(activity.years) == list(s.waves)
    assert [(f.code, f.severity) for f in cmkit.validate_survey(s)] == [("SURVEY_EXAMPLE", cmkit.Severity.INFO)]
    with pytest.raises(cmkit.NotFoundError):
        cmkit.survey_definition("nope")


def test_records_are_values(definition, responses):
    assert pickle.loads(pickle.dumps(definition)) == definition
    assert cmkit.Survey.from_json(definition.to_json()) == definition
    assert definition.scale("eens5").top_box_codes() == [4, 5]
    assert definition.scale("drie").top_box_codes() == [3]
    assert definition.item("nope") is None
    changed = definition.replace(id="other")
    assert changed.id == "other" and definition.id == "test-survey"
    assert cmkit.SurveyResponses.from_json(responses.to_json()) == responses


# ---- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_files(definition, name):
    e = EXPECTED[name]
    path = SURVEY / name
    is_definition = e["input"] == "definition"
    if "error" in e:
        with pytest.raises(cmkit.FormatError) as info:
            cmkit.load_survey(path) if is_definition else cmkit.load_survey_responses(path, definition)
        err = info.value
        assert err.file == str(path)
        assert err.location == e["location"]
        if "found" in e:
            assert err.found == e["found"]
        if "found_prefix" in e:
            assert err.found.startswith(e["found_prefix"])
        assert err.expected and str(path) in str(err)
    else:
        findings = (cmkit.validate_survey(cmkit.load_survey(path)) if is_definition else
                    cmkit.validate_survey_responses(definition, cmkit.load_survey_responses(path, definition)))
        assert [f.code for f in findings if f.severity == cmkit.Severity.ERROR] == [e["finding"]]
        assert any(f.code == e["finding"] and f.path == e["path"] for f in findings)
        assert all(f.message_nl and f.message_en for f in findings)


def test_enough_bad_files_of_every_kind():
    kinds = {(e["input"], "error" if "error" in e else "finding") for e in EXPECTED.values()}
    assert kinds == {("responses", "error"), ("responses", "finding"), ("definition", "error"),
                     ("definition", "finding")}
    assert len(EXPECTED) >= 8


def test_csv_and_json_give_the_same_answers(definition, responses):
    assert cmkit.load_survey_responses(SURVEY / "responses.json").answers == responses.answers
    text = cmkit.survey_responses_to_csv(responses)
    assert cmkit.survey_responses_from_csv(text, "again.csv", definition).answers == responses.answers
    # "NA" is scale drie's missing marker: only known with the definition
    with pytest.raises(cmkit.FormatError):
        cmkit.load_survey_responses(SURVEY / "responses.csv")
    assert [f.code for f in cmkit.validate_survey_responses(definition, responses)
            if f.severity != cmkit.Severity.INFO] == []


# ---- the analysis, recomputed -----------------------------------------------------------------------------


def test_response_rates(definition, responses, tidy):
    df = frames.survey_response_frame(definition, responses)
    counts = tidy.groupby(["wave", "group"]).respondent_id.nunique()
    for r in df.itertuples():
        assert r.respondents == counts.get((r.wave, r.group), 0)
        if pd.isna(r.invited):
            assert pd.isna(r.rate_numerator) and pd.isna(r.rate_denominator)
        else:
            assert (r.rate_numerator, r.rate_denominator) == (r.respondents, r.invited)
    row = df[(df.group == "leerkrachten") & (df.wave == 2026)].iloc[0]
    assert (row.respondents, row.invited) == (13, 20)


def test_distribution_recomputed_with_pandas(definition, responses, tidy):
    df = frames.survey_distribution_frame(definition, responses, k=5)
    assert list(df.columns) == ["wave", "group", "item", "kind", "code", "label_nl", "label_en", "count",
                                "share_numerator", "share_denominator", "suppressed"]
    assert list(df.columns) == cmkit.survey_distribution_table([]).column_names()
    valid = tidy[tidy.kind.isin(["point", "in-base"])].groupby(["wave", "group", "item"]).size()
    by_code = tidy.dropna(subset=["code"]).groupby(["wave", "group", "item", "code"]).size()
    missing = tidy[tidy.kind == "missing"].groupby(["wave", "group", "item"]).size()
    checked = 0
    for r in df.itertuples():
        n = valid.get((r.wave, r.group, r.item), 0)
        assert r.suppressed == (n < 5)
        if r.suppressed:
            assert pd.isna(r.count) and pd.isna(r.share_numerator)
            continue
        expected = (missing.get((r.wave, r.group, r.item), 0) if r.kind == "missing"
                    else by_code.get((r.wave, r.group, r.item, r.code), 0))
        assert r.count == expected
        excluded = r.kind == "missing" or (r.kind == "non-substantive" and r.code in (8, 9))
        if excluded:  # "weet niet", "n.v.t." and missing are never in the base of a share
            assert pd.isna(r.share_numerator)
        else:
            assert (r.share_numerator, r.share_denominator) == (expected, n)
            checked += 1
    assert checked > 20
    # the shares of one cell sum to exactly one
    shown = df.dropna(subset=["share_numerator"])
    sums = shown.groupby(["wave", "group", "item"]).apply(
        lambda g: (g.share_numerator.sum(), g.share_denominator.iloc[0]), include_groups=False)
    assert all(a == b for a, b in sums)


def test_summary_recomputed_with_numpy(definition, responses, tidy):
    df = frames.survey_summary_frame(definition, responses)
    top_codes = {"eens5": [4, 5], "drie": [3]}
    assert not df[df.suppressed].empty and not df[~df.suppressed].empty
    for r in df.itertuples():
        cell = tidy[(tidy.wave == r.wave) & (tidy.group == r.group) & (tidy.item == r.item)]
        base = cell[cell.kind.isin(["point", "in-base"])]
        assert r.valid == len(base)
        if r.suppressed:
            assert r.valid < 5 and pd.isna(r.top_box_numerator) and pd.isna(r.median) and pd.isna(r.answered)
            continue
        x = int(base.code.isin(top_codes[r.scale]).sum())
        assert (r.top_box_numerator, r.top_box_denominator) == (x, len(base))
        assert r.non_substantive == int((cell.kind == "excluded").sum())
        assert r.missing == int((cell.kind == "missing").sum())
        assert r.answered == len(cell)
        lo, hi = wilson(x, len(base))
        assert r.top_box_lower == pytest.approx(float(lo), abs=5.1e-7)
        assert r.top_box_upper == pytest.approx(float(hi), abs=5.1e-7)
        points = cell[cell.kind == "point"].code.astype(int).to_numpy()
        assert r.median == int(np.percentile(points, 50, method="lower"))


def test_wilson_against_scipy(definition, responses):
    stats = pytest.importorskip("scipy.stats")
    for x, n in [(0, 5), (3, 7), (81, 263), (20, 20), (1, 1), (499, 1000)]:
        ci = stats.binomtest(x, n).proportion_ci(confidence_level=0.95, method="wilson")
        lo, hi = cmkit.wilson_interval(x, n)
        assert lo.numerator / lo.denominator == pytest.approx(ci.low, abs=5.1e-7)
        assert hi.numerator / hi.denominator == pytest.approx(ci.high, abs=5.1e-7)
    assert Z == pytest.approx(stats.norm.ppf(0.975), abs=1e-12)


def test_wilson_and_newcombe_published_values():
    lo, hi = cmkit.wilson_interval(81, 263)  # Newcombe 1998a, table I
    assert (round(lo.numerator / lo.denominator, 4), round(hi.numerator / hi.denominator, 4)) == (0.2553, 0.3662)
    assert cmkit.wilson_interval(0, 0) is None
    for (xb, nb, xa, na), (elo, ehi) in [((56, 70, 48, 80), (5.24, 33.39)), ((9, 10, 3, 10), (17.05, 80.90)),
                                         ((0, 10, 0, 20), (-16.11, 27.75)), ((5, 56, 0, 29), (-3.81, 19.26))]:
        lo, hi = cmkit.newcombe_interval(xa, na, xb, nb)  # Newcombe 1998b, table II, method 10
        assert lo.denominator == hi.denominator == 10000
        assert lo.numerator / lo.denominator == pytest.approx(elo, abs=0.006)
        assert hi.numerator / hi.denominator == pytest.approx(ehi, abs=0.006)


def test_comparison_recomputed_with_numpy(definition, responses):
    summary = frames.survey_summary_frame(definition, responses).set_index(["item", "group", "wave"])
    df = frames.survey_comparison_frame(definition, responses)
    assert list(df.columns) == ["group", "item", "theme", "wave_a", "wave_b", "valid_a", "valid_b", "below_k",
                                "top_box_a_numerator", "top_box_a_denominator", "top_box_b_numerator",
                                "top_box_b_denominator", "difference_numerator", "difference_denominator",
                                "difference", "lower", "upper"]
    assert set(zip(df.wave_a, df.wave_b)) == {(2026, 2028)}
    assert df.below_k.any() and (~df.below_k).any()
    for r in df.itertuples():
        a, b = summary.loc[(r.item, r.group, 2026)], summary.loc[(r.item, r.group, 2028)]
        assert r.below_k == (a.valid < 5 or b.valid < 5)
        if r.below_k:
            assert pd.isna(r.difference) and pd.isna(r.top_box_a_numerator)
            continue
        xa, na, xb, nb = a.top_box_numerator, a.valid, b.top_box_numerator, b.valid
        assert r.difference_numerator * (na * nb) == 100 * (xb * na - xa * nb) * r.difference_denominator
        assert r.difference == pytest.approx(100 * (xb / nb - xa / na))
        lo, hi = newcombe(xa, na, xb, nb)
        assert r.lower == pytest.approx(float(lo), abs=5.1e-5)
        assert r.upper == pytest.approx(float(hi), abs=5.1e-5)
    same = frames.survey_comparison_frame(definition, responses, 2026, 2028)
    pd.testing.assert_frame_equal(df, same)
    with pytest.raises(ValueError):
        frames.survey_comparison_frame(definition, responses, wave_a=2026)


def test_suppression_threshold_is_a_parameter(definition, responses):
    none = frames.survey_summary_frame(definition, responses, k=0)
    assert not none.suppressed.any()
    many = frames.survey_summary_frame(definition, responses, k=1000)
    assert many.suppressed.all() and many.top_box_numerator.isna().all()
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.survey_summary(definition, responses, k=-1)


def test_waves_filter(definition, responses):
    only = frames.survey_summary_frame(definition, responses, waves=[2028])
    assert set(only.wave) == {2028}
    assert frames.survey_comparison_frame(definition, responses, waves=[2028]).empty


# ---- output, CLI and the generator ------------------------------------------------------------------------


def run(*args):
    return subprocess.run([sys.executable, "-m", "cmkit.cli", *args], capture_output=True, text=True,
                          encoding="utf-8")


def test_cli_output_is_byte_identical_across_runs_and_matches_the_frames(definition, responses):
    d, r = str(SURVEY / "definition.json"), str(SURVEY / "responses.csv")
    for table in ("response", "distribution", "summary", "comparison"):
        first = run("survey", "analyse", d, r, "--format", "csv", "--table", table)
        second = run("survey", "analyse", d, r, "--format", "csv", "--table", table)
        assert first.returncode == 0, first.stderr
        assert first.stdout == second.stdout
        from_cli = pd.read_csv(io.StringIO(first.stdout), keep_default_na=False, na_values=[""])
        frame = getattr(frames, f"survey_{table}_frame")(definition, responses)
        assert list(from_cli.columns) == list(frame.columns)
        assert len(from_cli) == len(frame)
        for col in frame.columns:
            if frame[col].dtype == "float64":
                atol = 5.1e-5 if table == "comparison" else 5.1e-7  # CSV: 4 decimals of pp, 6 of a proportion
                np.testing.assert_allclose(from_cli[col].astype(float), frame[col], atol=atol, equal_nan=True)
            elif str(frame[col].dtype) == "Int64":
                assert from_cli[col].astype("Int64").equals(frame[col]), col
    as_json = run("survey", "analyse", d, r, "--format", "json", "--table", "summary")
    doc = json.loads(as_json.stdout)
    assert doc["k"] == 5 and doc["waves"] == [2026, 2028] and doc["columns"] == list(frames.survey_summary_frame(definition, responses).columns)
    assert run("survey", "analyse", d, r, "--format", "json").stdout == as_json.stdout
    table = run("survey", "analyse", d, r, "--table", "comparison", "--lang", "en")
    assert table.returncode == 0 and "n < 5" in table.stdout


def test_cli_validate_and_errors(capsys):
    d = str(SURVEY / "definition.json")
    assert cli_main(["survey", "validate", d, str(SURVEY / "responses.csv")]) == 0
    assert cli_main(["survey", "validate", d, str(SURVEY / "unknown-item.csv")]) == 1
    assert "UNKNOWN_ITEM" in capsys.readouterr().out
    assert cli_main(["survey", "analyse", d, str(SURVEY / "unknown-item.csv"), "--format", "csv"]) == 1
    assert "UNKNOWN_ITEM" in capsys.readouterr().err
    assert cli_main(["survey", "analyse", d, str(SURVEY / "wave-not-a-year.csv")]) == 2
    err = capsys.readouterr().err
    assert "line 3, column wave" in err and "Traceback" not in err
    assert cli_main(["survey", "validate", str(SURVEY / "definition-unknown-scale.json")]) == 1
    assert cli_main(["survey", "analyse", d, str(SURVEY / "responses.csv"), "--waves", "twenty"]) == 2


def test_generator_is_deterministic_and_marked():
    s = cmkit.survey_definition()
    a = cmkit.survey_synthetic(s, [2026, 2028], seed=42, sizes={"scholen": 12, "culturele_partners": 8})
    b = cmkit.survey_synthetic(s, [2028, 2026], seed=42, sizes={"scholen": 12, "culturele_partners": 8})
    assert a == b and a.to_json() == b.to_json()
    assert a.synthetic and "SYNTHETIC" in a.note and a.survey == s.id
    assert all(x.respondent_id.startswith("synthetic-") for x in a.answers)
    assert cmkit.survey_synthetic(s, [2026, 2028], seed=43) != a
    assert [f.code for f in cmkit.validate_survey_responses(s, a) if f.severity == cmkit.Severity.ERROR] == []
    # the same numbers as the C++ test pins (integer-only PRNG: the same on every platform)
    c = cmkit.survey_synthetic(s, [2026], seed=7, sizes={"scholen": 1, "leerkrachten": 0, "vakdocenten": 0,
                                                         "culturele_partners": 0})
    assert " ".join("-" if x.value is None else str(x.value) for x in c.answers) + " " == PIN
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.survey_synthetic(s, [2026], sizes={"ouders": 3})
    # the CLI writes the same bytes twice, and its output analyses without errors
    first = run("survey", "synth", "--seed", "5", "--size", "scholen=6", "--format", "csv")
    assert first.returncode == 0 and first.stdout == run("survey", "synth", "--seed", "5", "--size", "scholen=6",
                                                         "--format", "csv").stdout
    assert "synthetisch" in first.stderr
    analysis = cmkit.analyse_survey(s, cmkit.survey_responses_from_csv(first.stdout, "synth.csv", s))
    assert analysis.waves == [2026, 2028] and not cmkit.has_errors(analysis.findings)


PIN = "3 5 4 2 5 9 5 3 4 "
