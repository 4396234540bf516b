"""Every DataFrame of cmkit.frames follows one convention (docs/dataframes.md): dates datetime64[ns], missing
values <NA> in nullable dtypes (never '' or None in an object column), money as exact cents with a float euro
column beside it, Dutch and English label columns, rows in the plan's order.

The frame functions are found by introspection (every public function of cmkit.frames annotated to return a
DataFrame), and each must have a recipe below: a new frame function fails this file until it is checked."""

import inspect
import re

import numpy as np
import pandas as pd
import pytest

import cmkit
from cmkit import Date, Money, examples, frames

from conftest import DATA

# ---- the inputs: real ones (the built-in plans, tests/data, the Evi and survey demos) -------------------


@pytest.fixture(scope="module")
def inputs():
    plan = cmkit.reference_plan("amstelland-2025-2028")
    progress = cmkit.synthetic_progress()
    actuals = cmkit.load_realisation(str(DATA / "actuals" / "amstelland-2025.csv"))
    demo = cmkit.evi_demo_amstelland()
    analysis = cmkit.evi_analyse(demo.responses, schools=demo.schools, k=5, seed=20250601, replicates=50)
    survey = cmkit.survey_definition("amstelland-impact-example")
    answers = cmkit.survey_synthetic(survey)
    return {"plan": plan, "fictional": cmkit.reference_plan("voorbeeld-fictief-2026-2028"),
            "minimal": cmkit.load_plan(str(DATA / "plans" / "minimal.json")), "progress": progress,
            "registry": cmkit.SchoolRegistry.from_json((DATA / "trajectories" / "registry.json").read_text("utf-8")),
            "actuals": actuals, "demo": demo, "analysis": analysis, "survey": survey, "answers": answers,
            "rollup": cmkit.rollup(["amstelland-2025-2028", "voorbeeld-fictief-2026-2028"])}


PO_RATE = {cmkit.Sector.PO: Money.parse("45")}

#: name -> function of the inputs giving a list of (case, DataFrame). Every frame function must be here.
RECIPES = {
    "table_frame": lambda i: [(n, frames.table_frame(cmkit.evi_table(i["analysis"], n))) for n in cmkit.evi_table_names()],
    "rollup_frame": lambda i: [(n, frames.rollup_frame(t)) for n, t in i["rollup"].tables.items()],
    "evi_table": lambda i: [(n, frames.evi_table(i["analysis"], n)) for n in cmkit.evi_table_names()],
    "evi_manifest": lambda i: [("demo", frames.evi_manifest(i["analysis"]))],
    "evi_scores": lambda i: [("demo", frames.evi_scores(i["demo"].responses, i["demo"].schools))],
    "evi_responses": lambda i: [("demo", frames.evi_responses(i["demo"].responses)),
                                ("categorical", frames.evi_responses(i["demo"].responses, categorical=True))],
    "evi_dossier": lambda i: [("00A1", frames.evi_dossier(cmkit.evi_dossier(i["demo"].responses, "00A1",
                                                                            schools=i["demo"].schools)))],
    "budget": lambda i: [(p, frames.budget(i[p])) for p in ("plan", "fictional", "minimal")],
    "school_hours": lambda i: [(p, frames.school_hours(i[p])) for p in ("plan", "fictional")],
    "targets": lambda i: [("plan", frames.targets(i["plan"])),
                          ("progress", frames.targets(i["plan"], i["progress"], Date(2028, 12, 31)))],
    "steps": lambda i: [("plan", frames.steps(i["plan"]))],
    "activities": lambda i: [("plan", frames.activities(i["plan"]))],
    "municipalities": lambda i: [(p, frames.municipalities(i[p])) for p in ("plan", "fictional", "minimal")],
    "monitoring": lambda i: [("plan", frames.monitoring(i["plan"]))],
    "budget_table": lambda i: [("plan", frames.budget_table(i["plan"])),
                               ("in-kind", frames.budget_table(i["plan"], PO_RATE)),
                               ("what-if", frames.budget_table(i["plan"].budget.what_if("Aalsmeer:-50%:2026",
                                                                                        plan=i["plan"]).budget))],
    "findings": lambda i: [("plan", frames.findings(cmkit.validate(i["plan"]))),
                           ("cmk1", frames.findings(cmkit.validate(i["plan"], rules="cmk-2013-2016")))],
    "matching": lambda i: [(p, frames.matching(i[p])) for p in ("plan", "fictional", "minimal")],
    "realisation": lambda i: [("actuals", frames.realisation(i["actuals"]))],
    "budget_vs_actual": lambda i: [("actuals", frames.budget_vs_actual(i["plan"], i["actuals"]))],
    "remaining": lambda i: [("actuals", frames.remaining(i["plan"], i["actuals"]))],
    "calendar": lambda i: [("plan", frames.calendar(i["plan"])), ("2026", frames.calendar(i["plan"], 2026))],
    "schools": lambda i: [("progress", frames.schools(i["progress"])), ("registry", frames.schools(i["registry"]))],
    "trajectory_states": lambda i: [("all", frames.trajectory_states(i["plan"], i["progress"])),
                                    ("2026", frames.trajectory_states(i["plan"], i["progress"], Date(2026, 1, 1)))],
    "trajectory_runs": lambda i: [("all", frames.trajectory_runs(i["plan"], i["progress"]))],
    "events": lambda i: [("progress", frames.events(i["progress"]))],
    "programme_activities": lambda i: [("progress", frames.programme_activities(i["progress"]))],
    "survey_response_frame": lambda i: [("demo", frames.survey_response_frame(i["survey"], i["answers"]))],
    "survey_distribution_frame": lambda i: [("demo", frames.survey_distribution_frame(i["survey"], i["answers"]))],
    "survey_summary_frame": lambda i: [("demo", frames.survey_summary_frame(i["survey"], i["answers"]))],
    "survey_comparison_frame": lambda i: [("demo", frames.survey_comparison_frame(i["survey"], i["answers"]))],
}

#: Functions of cmkit.frames that return a DataFrame but are not frames of cmkit data.
NOT_FRAMES = {"conform"}

#: Column names that hold dates, wherever they occur.
DATE_NAMES = {"date", "end", "start", "since", "renewal_started", "started", "finished", "stopped", "reference_date"}
#: float64 columns that are not money and not from a C++ Table's double column.
FLOATS = {"achterstandsscore"}
#: Dutch columns of the C++ roll-up tables without an English one (docs/dataframes.md, "Not done"): the plan's
#: title and a target's unit have an English text in the plan, but the roll-up table does not carry it.
DUTCH_ONLY = {"title_nl", "unit_nl"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def frame_functions():
    """Every public function of cmkit.frames annotated to return a DataFrame."""
    out = []
    for name in frames.__all__:
        fn = getattr(frames, name)
        if inspect.isfunction(fn) and "DataFrame" in str(inspect.signature(fn).return_annotation) \
                and name not in NOT_FRAMES:
            out.append(name)
    return sorted(out)


def test_every_frame_function_has_a_recipe():
    found = frame_functions()
    assert len(found) >= 30
    assert set(found) == set(RECIPES), f"frame functions without a recipe here: {set(found) - set(RECIPES)}"


def convention_problems(df: pd.DataFrame, table_types=None) -> list:
    """What in ``df`` breaks the convention (an empty list when nothing does)."""
    problems = []
    cols = list(df.columns)
    for name in cols:
        col = df[name]
        dtype = col.dtype
        where = f"column {name!r} ({dtype})"
        if dtype == object:
            problems.append(f"{where}: an object column (text must be the string dtype)")
            continue
        if isinstance(dtype, pd.CategoricalDtype):
            col = col.astype(dtype.categories.dtype)
            dtype = col.dtype
        if isinstance(dtype, pd.StringDtype):
            if dtype.na_value is not pd.NA:
                problems.append(f"{where}: text whose missing value is not <NA>")
            values = col.dropna()
            if (values == "").any():
                problems.append(f"{where}: '' for a missing value")
            if len(values) and values.map(lambda v: bool(ISO_DATE.fullmatch(v))).all():
                problems.append(f"{where}: ISO dates as text")
        elif pd.api.types.is_datetime64_dtype(dtype):
            if str(dtype) != "datetime64[ns]":
                problems.append(f"{where}: dates must be datetime64[ns]")
        elif str(dtype) == "float64":
            typed = table_types.get(name) if table_types else None
            if not (name.endswith("_eur") or name in FLOATS or typed == "double"):
                problems.append(f"{where}: a float column that is neither money in euros nor a statistic")
        elif str(dtype) not in ("int64", "Int64", "bool", "boolean"):
            problems.append(f"{where}: unexpected dtype")
        if name in DATE_NAMES and not pd.api.types.is_datetime64_dtype(dtype):
            problems.append(f"{where}: a date column that is not datetime64")
        if table_types and table_types.get(name) == "integer" and str(dtype) not in ("int64", "Int64"):
            problems.append(f"{where}: an integer column of the Table that is not int64/Int64")
    if "amount" in cols:
        problems.append("column 'amount': money as text (use amount_cents and amount_eur)")
    for name in cols:
        if name.endswith("_cents"):
            eur = name[:-6] + "_eur"
            if eur not in cols:
                problems.append(f"column {name!r}: no {eur!r} beside it")
                continue
            if str(df[name].dtype) not in ("int64", "Int64"):
                problems.append(f"column {name!r}: cents must be int64 or Int64")
                continue
            cents, euros = df[name], df[eur]
            if not (cents.isna().to_numpy() == euros.isna().to_numpy()).all():
                problems.append(f"column {eur!r}: missing where {name!r} is not, or the other way")
            ok = cents.notna().to_numpy()
            c = cents.to_numpy(dtype="float64", na_value=np.nan)[ok]
            e = euros.to_numpy(dtype="float64")[ok]
            if not (np.array_equal(e, c / 100) and np.array_equal(np.round(e * 100).astype("int64"),
                                                                  cents.to_numpy(dtype="int64", na_value=0)[ok])):
                problems.append(f"column {eur!r}: not exactly {name!r} / 100")
        if name.endswith("_nl") and name[:-3] + "_en" not in cols and name not in DUTCH_ONLY:
            problems.append(f"column {name!r}: no English column {name[:-3] + '_en'!r}")
    return problems


def _table_types(fn_name: str, case: str, inputs) -> dict:
    if fn_name in ("table_frame", "evi_table"):
        t = cmkit.evi_table(inputs["analysis"], case)
    elif fn_name == "rollup_frame":
        t = inputs["rollup"].tables[case]
    elif fn_name.startswith("survey_"):
        kind = fn_name.split("_")[1]
        if kind == "comparison":
            records = frames.survey_comparison_records(inputs["survey"], inputs["answers"])
        else:
            records = getattr(cmkit, f"survey_{kind}")(inputs["survey"], inputs["answers"])
        t = getattr(cmkit, f"survey_{kind}_table")(records)
    else:
        return {}
    return {name: a["type"] for name, a in t.columns().items()}


@pytest.mark.parametrize("fn_name", sorted(RECIPES))
def test_frames_follow_the_convention(fn_name, inputs):
    cases = RECIPES[fn_name](inputs)
    assert cases
    for case, df in cases:
        assert isinstance(df, pd.DataFrame)
        assert convention_problems(df, _table_types(fn_name, case, inputs)) == [], (fn_name, case)
        assert df.index.equals(pd.RangeIndex(len(df))), (fn_name, case)


def test_the_check_catches_each_kind_of_fault():
    good = pd.DataFrame({"date": pd.to_datetime(["2025-01-01"]).astype("datetime64[ns]"),
                         "name": pd.array(["a"], dtype="string"), "amount_cents": [150], "amount_eur": [1.5],
                         "label_nl": pd.array(["x"], dtype="string"), "label_en": pd.array(["y"], dtype="string")})
    assert convention_problems(good) == []
    bad = {
        "ISO text": good.assign(since=pd.array(["2025-01-01"], dtype="string")),
        "object text": good.assign(name=np.array(["a"], dtype=object)),
        "'' for missing": good.assign(name=pd.array([""], dtype="string")),
        "date unit": good.assign(date=good["date"].astype("datetime64[s]")),
        "text dates": good.assign(date=pd.array(["2025-01-01"], dtype="string")),
        "no euro": good.drop(columns="amount_eur"),
        "wrong euro": good.assign(amount_eur=[1.51]),
        "float cents": good.assign(amount_cents=[150.0]),
        "money text": good.assign(amount=pd.array(["1,50"], dtype="string")),
        "integers with NaN": good.assign(pupils=[np.nan]),
        "no English": good.drop(columns="label_en"),
    }
    for what, df in bad.items():
        assert convention_problems(df), what


def test_integer_columns_with_missing_values_are_nullable(inputs):
    p = inputs["plan"]
    assert str(frames.targets(p)["achieved"].dtype) == "Int64" and frames.targets(p)["achieved"].isna().all()
    states = frames.trajectory_states(p, inputs["progress"])
    assert str(states["current_step"].dtype) == "Int64" and states["current_step"].isna().any()
    assert states["renewal_started"].isna().any() and str(states["since"].dtype) == "datetime64[ns]"
    acts = frames.programme_activities(inputs["progress"])
    assert str(acts["cost_cents"].dtype) == "Int64"
    m = frames.matching(inputs["minimal"])  # no inhabitants: one unsplit row per year
    assert m["municipality"].isna().all() and m["municipality_name"].isna().all()


# ---- row order: the plan's ---------------------------------------------------------------------------------

def test_rows_follow_the_plan(inputs):
    for key in ("plan", "fictional"):
        plan = inputs[key]
        b = plan.budget
        lines = [("income", line.id) for line in b.income] + [("cost", line.id) for line in b.costs]
        df = frames.budget(plan)
        assert list(dict.fromkeys(zip(df["side"], df["line_id"]))) == lines
        for _, part in df.groupby("line_id", sort=False):
            assert part["year"].is_monotonic_increasing
        table = frames.budget_table(plan)
        assert table["year"].is_monotonic_increasing
        for (year, side), part in table.groupby(["year", "side"], sort=False):
            cats = [line.category for line in (b.income if side == "income" else b.costs) if year in line.amounts]
            assert list(part["category"]) == cats
        ids = [m.id for m in plan.municipalities]
        assert list(frames.municipalities(plan)["id"]) == ids
        m = frames.matching(plan)
        assert m["year"].is_monotonic_increasing
        for _, part in m.groupby("year"):
            assert list(part["municipality"]) == ids
        t = frames.targets(plan)
        assert list(dict.fromkeys(t["target"])) == [x.id for x in plan.targets]


def test_labels_come_from_the_library(inputs):
    df = frames.budget_table(inputs["plan"], PO_RATE)
    for cat, nl, en in zip(df["category"], df["category_nl"], df["category_en"]):
        label = cmkit.category_label(cat)
        assert (nl, en) == (label.nl, label.en)
    acts = frames.programme_activities(inputs["progress"])
    assert list(acts["label_en"]) == [a.label.en for a in inputs["progress"].activities]


# ---- reprs -------------------------------------------------------------------------------------------------

def test_large_objects_have_short_reprs(inputs):
    objects = [inputs["analysis"], inputs["demo"], inputs["demo"].responses, inputs["progress"],
               inputs["progress"].schools, inputs["answers"], inputs["survey"], inputs["plan"], inputs["plan"].budget,
               cmkit.analyse_trajectories(inputs["plan"], inputs["progress"].schools, inputs["progress"].events, None),
               cmkit.matching_split(inputs["plan"], inputs["plan"].budget),
               inputs["plan"].budget.what_if("Aalsmeer:-50%:2026", plan=inputs["plan"]),
               cmkit.evi_table(inputs["analysis"], "distribution")]
    for obj in objects:
        text = repr(obj)
        assert len(text) <= 1000, (type(obj).__name__, len(text))
        assert type(obj).__name__ in text
    assert "distribution=[" in repr(inputs["analysis"]) and "responses=[1628 EviResponse]" in repr(inputs["demo"].responses)
    obj = cmkit.Objective(id="a", label=cmkit.Label(nl="n", en="e"))  # a small record keeps its evaluable repr
    assert eval(repr(obj), vars(cmkit)) == obj


def test_main_records_have_html(inputs):
    plan, analysis = inputs["plan"], inputs["analysis"]
    html = plan._repr_html_()
    assert "<table" in html and "amstelland-2025-2028" in html and "€ 134.812" in html and "Amstelveen" in html
    assert str(plan.budget.year_total(cmkit.Side.INCOME, 2025)) in plan.budget._repr_html_()
    finding = cmkit.validate(plan)[0]
    assert "GRANT_RATE_MISMATCH" in finding._repr_html_()
    t = cmkit.evi_table(analysis, "distribution")
    html = t._repr_html_()
    assert html.count("<tr>") == 1 + 20 and f"{len(analysis.distribution) - 20} more rows" in html
    assert "&lt;NA&gt;" in html  # a suppressed count
    html = analysis._repr_html_()
    assert len(html) < 5000 and "cmkit-evi-analysis" in html and "distribution" in html
    from cmkit._display import findings_html

    assert "GRANT_RATE_MISMATCH" in findings_html(cmkit.validate(plan))
