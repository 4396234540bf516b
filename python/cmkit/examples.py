"""Sample files that ship with the package, so that the README's and the docs' examples run after
``pip install`` as well as in a checkout.

    >>> import cmkit
    >>> from cmkit import examples
    >>> actuals = cmkit.load_realisation(examples.path("actuals-amstelland-2025.csv"))

Every sample is marked for what it is: the actuals are SYNTHETIC (made by hand for the tests, shaped like
the Amstelland budget), the plan is a FICTIONAL region. The built-in plans, the Evi demo waves and the
synthetic progress data need no file: ``cmkit.reference_plan()``, ``cmkit.evi_demo_amstelland()``,
``cmkit.synthetic_progress()``.
"""

from __future__ import annotations

import pathlib
from typing import Dict, List

__all__ = ["names", "path", "describe"]

#: name → (what it is, its place in a source checkout; CMakeLists.txt installs the same file as
#: cmkit/examples_data/<name>)
_SAMPLES: Dict[str, tuple] = {
    "actuals-amstelland-2025.csv": ("SYNTHETIC actuals (realisation) for 2025, shaped like the Amstelland budget",
                                    "tests/data/actuals/amstelland-2025.csv"),
    "voorbeeld-fictief-2026-2028.json": ("a plan of a FICTIONAL region (three municipalities, three years)",
                                         "data/plans/voorbeeld-fictief-2026-2028.json"),
}

_HERE = pathlib.Path(__file__).resolve().parent


def names() -> List[str]:
    """The names of the shipped samples."""
    return list(_SAMPLES)


def describe(name: str) -> str:
    """What the sample @p name is (synthetic or fictional, and of what)."""
    return _SAMPLES[_check(name)][0]


def path(name: str) -> str:
    """The file of the sample @p name: installed with the package, or in the source checkout when cmkit
    runs from one. A name that is not a sample is a KeyError listing the samples."""
    _check(name)
    installed = _HERE / "examples_data" / name
    if installed.is_file():
        return str(installed)
    checkout = _HERE.parent.parent / _SAMPLES[name][1]
    if checkout.is_file():
        return str(checkout)
    raise FileNotFoundError(f"the sample {name} is not installed with this copy of cmkit (looked in {installed.parent})")


def _check(name: str) -> str:
    if name not in _SAMPLES:
        raise KeyError(f"'{name}' is not a sample of cmkit; samples: {', '.join(_SAMPLES)}")
    return name
