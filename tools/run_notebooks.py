"""Executes the worked notebooks of docs/notebooks/ with nbclient, each in a working directory of its own.

    .venv/bin/python tools/run_notebooks.py                 # all, executed copies in build/notebooks/
    .venv/bin/python tools/run_notebooks.py -o DIR NAME...  # some, elsewhere

`make notebooks` runs this; tests/python/test_notebooks.py uses execute() (in a temporary directory) in
`make test`. The notebooks are committed without outputs (docs/notebooks/README.md); the executed copies
written here, with their charts and tables, are for reading and are not committed.

The kernel is `python3` of the interpreter that runs this script: the venv's own ipykernel (requirements-dev.txt).
JUPYTER_PATH is pointed at this interpreter's share/jupyter first, so a `python3` kernel registered in the
user's home for another Python cannot take its place, and PYTHONPATH is given the directory this cmkit is
imported from, so the kernel uses the same cmkit as the caller.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import sys
import time
from typing import List, Optional, Tuple

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "docs" / "notebooks"
KERNEL = "python3"


def notebooks() -> List[pathlib.Path]:
    """The notebooks in docs/notebooks/, by name."""
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def kernel_environment() -> dict:
    """The environment for the kernel: this interpreter's Jupyter data first, and this cmkit importable."""
    import cmkit

    env = dict(os.environ)
    share = os.path.join(sys.prefix, "share", "jupyter")
    env["JUPYTER_PATH"] = os.pathsep.join([share] + ([env["JUPYTER_PATH"]] if env.get("JUPYTER_PATH") else []))
    package_dir = str(pathlib.Path(cmkit.__file__).resolve().parent.parent)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([package_dir] + [p for p in paths if p != package_dir])
    return env


def execute(path: pathlib.Path, workdir: pathlib.Path, timeout: int = 120):
    """Executes the notebook at @p path with @p workdir as the kernel's working directory; returns
    (the executed notebook, seconds). A cell that raises makes nbclient raise CellExecutionError."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    workdir.mkdir(parents=True, exist_ok=True)
    env = kernel_environment()
    saved = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = env["JUPYTER_PATH"]  # where this process looks up the kernel spec
    try:
        start = time.perf_counter()
        NotebookClient(nb, timeout=timeout, kernel_name=KERNEL, allow_errors=False,
                       resources={"metadata": {"path": str(workdir)}}).execute(env=env)
        seconds = time.perf_counter() - start
    finally:
        if saved is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = saved
    return nb, seconds


def main(argv: Optional[List[str]] = None) -> int:
    import nbformat

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="notebook names (default: all in docs/notebooks/)")
    parser.add_argument("-o", "--output", default=str(ROOT / "build" / "notebooks"), help="where the executed copies go")
    args = parser.parse_args(argv)
    chosen = [p for p in notebooks() if not args.names or p.name in args.names or p.stem in args.names]
    if not chosen:
        print("no such notebook: " + ", ".join(args.names), file=sys.stderr)
        return 2
    out = pathlib.Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    results: List[Tuple[str, float]] = []
    for path in chosen:
        nb, seconds = execute(path, out / (path.stem + ".work"))
        nbformat.write(nb, str(out / path.name))
        results.append((path.name, seconds))
        print(f"{path.name}: {seconds:.1f} s -> {out / path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
