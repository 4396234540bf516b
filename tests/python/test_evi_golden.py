"""The columnar engine (methods cmkit-evi-analysis-2 and -3) changes only the bootstrap bounds: every count, share,
mean, alpha and suppression flag equals what the previous engine (cmkit-evi-analysis-1) computed, on the
shipped demo and on a national synthetic set. The references were written once by the old engine
(tests/data/evi/golden/make_golden.py); this test never rewrites them."""
import hashlib
import importlib.util
import json
import os

import pytest

import cmkit

GOLDEN = os.path.join(os.path.dirname(__file__), "..", "data", "evi", "golden")
spec = importlib.util.spec_from_file_location("make_golden", os.path.join(GOLDEN, "make_golden.py"))
make_golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_golden)


@pytest.mark.parametrize("table", make_golden.TABLES)
def test_demo_tables_unchanged(table):
    demo = cmkit.evi_demo_amstelland()
    a = cmkit.evi_analyse(demo.responses, schools=demo.schools)  # the defaults of `cmkit evi analyse demo`
    with open(os.path.join(GOLDEN, "demo", table + ".csv"), encoding="utf-8") as f:
        expected = f.read()
    assert make_golden.canonical(cmkit.evi_table_csv(a, table), table) == expected


@pytest.fixture(scope="module")
def national():
    with open(os.path.join(GOLDEN, "national.json"), encoding="utf-8") as f:
        ref = json.load(f)
    o = ref["synthetic"]
    data = cmkit.evi_synthetic(schools=o["schools"], waves=o["waves"], seed=o["seed"])
    # read back from CSV like a user's file; one replicate: the bounds are not compared
    responses = cmkit.evi_responses_from_csv(cmkit.evi_responses_to_csv(data.responses), "national.csv")
    return ref, cmkit.evi_analyse(responses, schools=data.schools, replicates=1)


@pytest.mark.parametrize("table", make_golden.TABLES)
def test_national_tables_unchanged(national, table):
    ref, a = national
    text = make_golden.canonical(cmkit.evi_table_csv(a, table), table)
    assert text.count("\n") - 1 == ref["tables"][table]["rows"]
    assert hashlib.sha256(text.encode()).hexdigest() == ref["tables"][table]["sha256"]


def test_bounds_do_change_and_say_so():
    demo = cmkit.evi_demo_amstelland()
    a = cmkit.evi_analyse(demo.responses, schools=demo.schools)
    assert a.manifest.method == "cmkit-evi-analysis-3"
    with open(os.path.join(GOLDEN, "demo", "intervals.csv"), encoding="utf-8") as f:
        assert "lower" not in f.readline()
