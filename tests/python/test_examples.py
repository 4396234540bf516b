"""cmkit.examples: the shipped samples are installed with the package and load as the docs say."""
import pathlib

import pytest

import cmkit
from cmkit import examples


def test_every_sample_is_installed_with_the_package():
    # installed copies, not the checkout's: the README's snippets must run after pip install
    pkg = pathlib.Path(cmkit.__file__).resolve().parent
    for name in examples.names():
        p = pathlib.Path(examples.path(name))
        assert p.is_file(), name
        if (pkg / "examples_data").is_dir():  # an installed package (make test runs the installed one)
            assert p.parent == pkg / "examples_data", p


def test_samples_load_and_say_what_they_are():
    actuals = cmkit.load_realisation(examples.path("actuals-amstelland-2025.csv"))
    assert not cmkit.has_errors(cmkit.validate_realisation(cmkit.reference_plan(), actuals))
    assert "SYNTHETIC" in examples.describe("actuals-amstelland-2025.csv")
    plan = cmkit.load_plan(examples.path("voorbeeld-fictief-2026-2028.json"))
    assert len(plan.municipalities) == 3
    assert "FICTIONAL" in examples.describe("voorbeeld-fictief-2026-2028.json")
    root = pathlib.Path(__file__).resolve().parents[2]
    assert pathlib.Path(examples.path("actuals-amstelland-2025.csv")).read_bytes() == \
        (root / "tests/data/actuals/amstelland-2025.csv").read_bytes()


def test_an_unknown_sample_names_the_samples():
    with pytest.raises(KeyError, match="actuals-amstelland-2025.csv"):
        examples.path("nope.csv")
