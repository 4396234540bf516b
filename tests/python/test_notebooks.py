"""The worked notebooks of docs/notebooks/ run: each is executed with nbclient (the venv's `python3` kernel,
tools/run_notebooks.py) in a temporary working directory, and fails on any error. Also checked: each shows at
least one chart (a PNG output), its text has no placeholder and names its synthetic data, and the committed
file carries no outputs (docs/notebooks/README.md says why)."""
import importlib.util
import pathlib
import re

import pytest

import nbformat  # nbformat, nbclient and ipykernel are in requirements-dev.txt: `make test` must run the notebooks
import nbclient  # noqa: F401
import ipykernel  # noqa: F401

ROOT = pathlib.Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("run_notebooks", ROOT / "tools" / "run_notebooks.py")
run_notebooks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_notebooks)

NOTEBOOKS = run_notebooks.notebooks()
EXPECTED = {"impact-study-2026.ipynb", "budget-matching-whatif.ipynb", "evi-regional-analysis.ipynb"}
#: notebooks that use synthetic data must say so in their text
SYNTHETIC = {"impact-study-2026.ipynb", "evi-regional-analysis.ipynb"}
PLACEHOLDER = re.compile(r"\b(TODO|FIXME|XXX|TBD|lorem ipsum|placeholder)\b|\.\.\.|…|\{[a-z_]+\}", re.IGNORECASE)


def markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_the_worked_notebooks_are_there():
    assert EXPECTED <= {p.name for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_for_the_python3_kernel(path):
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == run_notebooks.KERNEL
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"stored output in {path.name}: {cell.source[:60]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_text_has_no_placeholders_and_names_synthetic_data(path):
    nb = nbformat.read(str(path), as_version=4)
    text = markdown(nb)
    assert text.startswith("# "), "a notebook starts with its title"
    found = PLACEHOLDER.search(text)
    assert found is None, f"placeholder text in {path.name}: {found.group(0)!r}"
    if path.name in SYNTHETIC:
        assert "synthetisch" in text.lower()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path, tmp_path):
    nb, seconds = run_notebooks.execute(path, tmp_path, timeout=120)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if o.output_type in ("display_data", "execute_result") and "image/png" in o.data]
    assert images, f"{path.name} shows no chart"
    for o in outputs:  # a figure is shown as an image, not only as '<Figure size 900x500 with 1 Axes>'
        if o.get("data", {}).get("text/plain", "").startswith("<Figure size"):
            assert "image/png" in o.data
    assert seconds < 90, f"{path.name} took {seconds:.0f} s; keep the notebooks quick"
