"""cmkit.Table: every analysis table is one C++ value; CSV, JSON, records and DataFrames all come from it."""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd
import pytest

import cmkit
import cmkit.evi
from cmkit import frames


@pytest.fixture(scope="module")
def analysis():
    demo = cmkit.evi_demo_amstelland()
    return cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=200)


def test_evi_tables_reach_python_as_arrays(analysis):
    t = cmkit.evi_table(analysis, "distribution")
    assert isinstance(t, cmkit.Table) and t.name == "distribution" and len(t) == len(analysis.distribution)
    cols = t.columns()
    assert list(cols) == t.column_names() == cmkit.evi.table_columns("distribution", csv=False)
    schools = cols["schools"]
    assert schools["type"] == "integer" and schools["nullable"]
    assert schools["values"].dtype == np.int64 and schools["valid"].dtype == bool
    assert not schools["values"].flags.writeable  # a view of the C++ column
    expected = [r.schools for r in analysis.distribution]
    got = [int(v) if ok else None for v, ok in zip(schools["values"], schools["valid"])]
    assert got == expected and None in got
    pillar = cols["pillar"]
    assert pillar["type"] == "text" and len(pillar["dictionary"]) < len(t)
    assert [pillar["dictionary"][c] for c in pillar["codes"]] == [r.pillar for r in analysis.distribution]
    del t  # the arrays keep the table alive
    assert list(schools["values"][:3]) == [r.schools or 0 for r in analysis.distribution[:3]]


def test_evi_frames_agree_with_the_csv_and_the_records(analysis):
    for name in cmkit.evi_table_names():
        df = frames.evi_table(analysis, name)
        from_csv = pd.read_csv(io.StringIO(cmkit.evi_table_csv(analysis, name)), keep_default_na=False, na_values=[""])
        assert list(from_csv.columns) == cmkit.evi.table_columns(name)
        assert len(df) == len(from_csv) == len(getattr(analysis, name))
        for col in from_csv.columns:
            if str(df[col].dtype) in ("int64", "Int64"):
                assert from_csv[col].astype("Int64").equals(df[col].astype("Int64")), (name, col)
            elif df[col].dtype == "float64":
                np.testing.assert_array_equal(from_csv[col].astype(float), df[col])  # repr round-trips exactly
            elif df[col].dtype == bool:
                assert (from_csv[col].astype(str).str.lower() == df[col].astype(str).str.lower()).all()
            else:
                assert list(from_csv[col].fillna("")) == list(df[col].fillna("")), (name, col)
        rows = cmkit.evi.table_rows(analysis, name)
        assert len(rows) == len(df) and (not rows or list(rows[0]) == list(df.columns))


def test_frame_types_follow_the_column_types(analysis):
    dist = frames.evi_table(analysis, "distribution")
    assert str(dist["schools"].dtype) == "Int64" and dist["schools"].isna().any()
    assert dist["wave"].dtype == np.int64 and dist["suppressed"].dtype == bool
    assert str(dist["suppression"].dtype) == "string"  # '' in the CSV (not suppressed) is <NA> in the frame
    assert set(dist["suppression"].dropna()) <= {"primary", "complementary"}
    assert (dist["suppression"].isna() == ~dist["suppressed"]).all()
    pc = frames.evi_table(analysis, "paired_change")
    assert pc["mean_change"].dtype == np.float64


def test_table_json_is_the_table(analysis):
    t = cmkit.evi_table(analysis, "response")
    doc = json.loads(t.to_json())
    assert doc["schema"] == "Table.1" and [c["name"] for c in doc["columns"]] == t.column_names()
    assert [dict(zip(t.column_names(), r)) for r in doc["rows"]] == frames.table_records(t)


def test_survey_tables_are_tables():
    survey = cmkit.survey_definition("amstelland-impact-example")
    responses = cmkit.survey_synthetic(survey)
    summary = cmkit.survey_summary(survey, responses)
    t = cmkit.survey_summary_table(summary)
    assert t.to_csv() == cmkit.survey_summary_csv(summary)
    df = frames.table_frame(t)
    assert list(df.columns) == t.column_names()
    exact = df.dropna(subset=["top_box_numerator"])
    np.testing.assert_allclose(exact["top_box"], exact["top_box_numerator"].astype(float) / exact["top_box_denominator"].astype(float), rtol=0, atol=0)
    with pytest.raises(cmkit.Error):
        cmkit.evi.table_columns("pyramids")
