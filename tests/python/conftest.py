import json
import os
import pathlib
import subprocess
import sys

import pytest

import cmkit

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def data_dir() -> pathlib.Path:
    return DATA


@pytest.fixture(scope="session")
def amstelland() -> "cmkit.Plan":
    return cmkit.reference_plan("amstelland-2025-2028")


def run_cli(*args, cwd=None):
    """Runs the installed console script (.venv/bin/cmkit beside this Python)."""
    exe = pathlib.Path(sys.executable).parent / "cmkit"
    assert exe.exists(), f"the console script is not installed at {exe}"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env)


@pytest.fixture
def cli():
    return run_cli


def malformed_cases():
    return json.loads((DATA / "malformed" / "expected.json").read_text(encoding="utf-8"))
