"""Static typing: the README's and the docs' Python examples pass `mypy --strict` against the committed stubs
(python/cmkit/_core.pyi, post-processed by tools/fix_stubs.py), and typed mistakes are caught.

mypy runs once per test as a subprocess of this interpreter's mypy, with its cache in a temporary directory
(a few seconds). cmkit's own Python modules are not yet clean under --strict, so their errors are ignored;
the stub of the compiled core is checked strictly, since it is what user code is checked against.
"""
import ast
import enum
import importlib.util
import os
import pathlib
import re
import subprocess
import sys

import pytest

import cmkit
from cmkit import _core

from conftest import ROOT

pytestmark = pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                                reason="mypy is not installed (requirements-dev.txt)")

STUB = pathlib.Path(cmkit.__file__).with_name("_core.pyi")

MYPY_INI = """\
[mypy]
strict = True
warn_unused_configs = False
show_error_codes = True
no_color_output = True

[mypy-cmkit.*]
ignore_errors = True

[mypy-cmkit._core]
ignore_errors = False
"""


def python_blocks(path: pathlib.Path):
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


def documented_examples():
    """(file name for mypy, code) of every ```python block of the README and docs/*.md."""
    out = []
    for md in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for i, block in enumerate(python_blocks(md)):
            out.append((f"ex_{md.stem.replace('-', '_').lower()}_{i}.py", block))
    return out


def run_mypy(files, workdir: pathlib.Path, cache: pathlib.Path) -> str:
    """mypy --strict on `files` (name -> code) written into `workdir`; returns its output."""
    workdir.mkdir(parents=True, exist_ok=True)
    for name, code in files.items():
        (workdir / name).write_text(code, encoding="utf-8")
    (workdir / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    env = dict(os.environ)
    package_parent = pathlib.Path(cmkit.__file__).resolve().parents[1]
    # The cmkit these tests import: a checkout's python/ through MYPYPATH, an installed one as an installed
    # package (mypy refuses site-packages in MYPYPATH and finds it through --python-executable).
    if "site-packages" not in package_parent.parts and "dist-packages" not in package_parent.parts:
        env["MYPYPATH"] = str(package_parent)
    else:
        env.pop("MYPYPATH", None)
    cmd = [sys.executable, "-m", "mypy", "--config-file", str(workdir / "mypy.ini"), "--cache-dir", str(cache),
           "--python-executable", sys.executable, *sorted(files)]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=workdir, env=env, timeout=600)
    assert r.returncode in (0, 1), f"mypy did not run:\n{r.stdout}\n{r.stderr}"
    return r.stdout


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("mypy-cache")


def test_readme_and_docs_examples_pass_mypy_strict(tmp_path, mypy_cache):
    examples = dict(documented_examples())
    assert any(n.startswith("ex_readme_") for n in examples) and len(examples) >= 15
    out = run_mypy(examples, tmp_path, mypy_cache)
    assert out.startswith("Success: no issues found"), out


# Each is a mistake a type checker must catch; `code` is mypy's error code for it.
MISTAKES = {
    "str_for_plan.py": ("arg-type", """\
import cmkit
findings = cmkit.validate("amstelland-2025-2028")   # a plan's name where the Plan is expected
"""),
    "wrong_keyword.py": ("call-arg", """\
import cmkit
m = cmkit.Municipality(id="aalsmeer", inhabitant=32000)   # the field is `inhabitants` (an Inhabitants)
"""),
    "what_if_result.py": ("assignment", """\
import cmkit
plan = cmkit.reference_plan()
cut: cmkit.Budget = plan.budget.what_if("Aalsmeer:-50%:2026", plan=plan)   # a WhatIfResult, not a Budget
"""),
    "what_if_attribute.py": ("attr-defined", """\
import cmkit
plan = cmkit.reference_plan()
cut = cmkit.what_if(plan, plan.budget, "Aalsmeer:-50%:2026")
print(cut.total(cmkit.Side.INCOME))   # the budget is cut.budget
"""),
    "path_type.py": ("arg-type", """\
import cmkit
plan = cmkit.load_plan(2025)   # a path (str or os.PathLike) is expected
"""),
    "field_type.py": ("dict-item", """\
import cmkit
line = cmkit.BudgetLine(category="coordination", amounts={2025: 1000})   # amounts are Money, not int
"""),
}


def test_typed_mistakes_are_caught(tmp_path, mypy_cache):
    out = run_mypy({name: code for name, (_, code) in MISTAKES.items()}, tmp_path, mypy_cache)
    for name, (code, _) in MISTAKES.items():
        errors = [l for l in out.splitlines() if l.startswith(name + ":") and ": error:" in l]
        assert errors, f"mypy --strict did not catch the mistake in {name}:\n{MISTAKES[name][1]}\n{out}"
        assert any(f"[{code}]" in e for e in errors), f"{name}: expected [{code}], got:\n" + "\n".join(errors)


def test_the_mistakes_are_mistakes_at_run_time():
    """The checked mistakes fail at run time too (so the stub describes the module, not a wish)."""
    with pytest.raises(TypeError, match="inhabitant"):
        cmkit.Municipality(id="aalsmeer", inhabitant=32000)
    with pytest.raises(TypeError):
        cmkit.BudgetLine(category="coordination", amounts={2025: 1000})
    plan = cmkit.reference_plan()
    assert isinstance(plan.budget.what_if("Aalsmeer:-50%:2026", plan=plan), cmkit.WhatIfResult)


# ---- the stub itself ------------------------------------------------------------------------------------


def _stub_classes():
    return {n.name: n for n in ast.parse(STUB.read_text(encoding="utf-8")).body if isinstance(n, ast.ClassDef)}


def test_stub_is_the_post_processed_form():
    """`make stubs` = pybind11-stubgen + tools/fix_stubs.py; the committed stub is a fixed point of the
    post-processing (so a regenerated stub gives the same file) and has none of the loose spellings."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fix_stubs
    finally:
        sys.path.pop(0)
    text = STUB.read_text(encoding="utf-8")
    assert fix_stubs.fix(text) == text, "python/cmkit/_core.pyi is not post-processed: run `make stubs`"
    assert "**kwargs" not in text
    assert "-> typing.Any" not in text
    assert not re.search(r"\b(path|directory): typing\.Any", text)


def test_record_constructors_in_the_stub_are_the_fields():
    """Every record's __init__ and replace() in the stub take exactly its fields, keyword-only."""
    classes = _stub_classes()
    records = cmkit.record_fields()
    assert len(records) > 100
    for name, (_schema, fields) in records.items():
        methods = {f.name: f for f in classes[name].body if isinstance(f, ast.FunctionDef)}
        for method in ("__init__", "replace"):
            args = methods[method].args
            assert [a.arg for a in args.kwonlyargs] == list(fields), f"{name}.{method}"
            assert not args.args[1:] and args.kwarg is None and args.vararg is None, f"{name}.{method}"
        getattr(cmkit, name)(**{})  # every field may be left out


def test_enum_members_in_the_stub_are_the_runtime_members():
    classes = _stub_classes()
    for name, cls in vars(_core).items():
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            declared = {t.id: ast.literal_eval(n.value) for n in classes[name].body if isinstance(n, ast.Assign)
                        for t in n.targets if isinstance(t, ast.Name) and t.id.isupper()}
            assert declared == {m.name: m.value for m in cls}, name


def test_record_signatures_are_pybind11s_and_the_stubs():
    """The record binder writes the signatures of the records' members itself (bindings/bind_record.cpp, one
    generic function per member for every record): they have pybind11's form, so that `make stubs` reads
    them, and name the field types that the committed stub declares."""
    classes = _stub_classes()
    for name in cmkit.record_fields():
        cls = getattr(_core, name)
        full = f"cmkit._core.{name}"
        declared = {f.name: ast.unparse(f.returns) for f in classes[name].body
                    if isinstance(f, ast.FunctionDef) and any(isinstance(d, ast.Name) and d.id == "property"
                                                               for d in f.decorator_list)}
        for field in cls.fields:
            doc = getattr(cls, field).fget.__doc__
            match = re.fullmatch(rf"\(arg0: {re.escape(full)}\) -> (.+)\n", doc)
            assert match, (name, field, doc)
            assert match.group(1).replace("cmkit._core.", "") == declared[field], (name, field)
        if name == "Plan":  # its JSON methods and pickling are its own (register_records.cpp)
            continue
        assert cls.to_json.__doc__.startswith(f"to_json(self: {full}) -> str\n\n")
        assert cls.from_json.__doc__.startswith(f"from_json(text: str) -> {full}\n\n")
        for method, returns in (("replace", full), ("__init__", "None")):
            first = getattr(cls, method).__doc__.split("\n")[0]  # keyword-only, one parameter per field
            assert first.startswith(f"{method}(self: {full}" + (", *, " if cls.fields else ")")), first
            assert first.endswith(f") -> {returns}") and "**kwargs" not in first, first
            assert re.findall(r", (\w+): [^=]+ = \.\.\.", first) == list(cls.fields), first
        assert f"1. __eq__(self: {full}, arg0: {full}) -> bool\n" in cls.__eq__.__doc__


def test_records_are_values():
    """Records are copied in and out: a property, replace() and from_json() give new objects, never `self`
    or a view into it (the generic binder moves copies into Python)."""
    objective = cmkit.Objective(id="o1", label=cmkit.Label(nl="Doel", en="Goal"))
    changed = objective.replace(id="o2")
    assert (objective.id, changed.id) == ("o1", "o2") and changed is not objective
    assert objective.label is not objective.label and objective.label == objective.label
    line = cmkit.SlotRule(times_per_year=2, months=[4, 11])
    options = cmkit.AgendaOptions(slot_rules=[line])
    assert options.slot_rules == [line] and options.replace(slot_day=3).slot_day == 3 and options.slot_day != 3
    assert cmkit.Objective.from_json(objective.to_json()) == objective
    import copy
    partial = cmkit.Objective(id="o3")  # its label still empty: not a valid record for the JSON reader
    for made in (copy.copy(partial), copy.deepcopy(partial), copy.deepcopy([partial])[0]):
        assert made == partial and made is not partial
    assert objective != changed and objective != "o1"
    with pytest.raises(TypeError, match="field 'id' cannot take 3"):
        objective.replace(id=3)
    with pytest.raises(TypeError, match="unexpected keyword argument 'name'; its fields are: id, label"):
        cmkit.Objective(name="x")


@pytest.mark.parametrize("name", ["Objective", "Plan", "BudgetLine", "EviResponseSet", "AgendaOptions"])
def test_a_record_made_without_init_is_refused_not_read(name):
    """`Cls.__new__(Cls)` skips __init__; pybind11 would give such an object uninitialised memory as its value
    (a crash or garbage). The record binder refuses it with a TypeError for every member."""
    cls = getattr(cmkit, name)
    bare = cls.__new__(cls)
    field = cls.fields[0]
    for use in (lambda: getattr(bare, field), bare.to_json, lambda: bare.replace(), lambda: repr(bare),
                lambda: bare.extras, lambda: cls() == bare):
        with pytest.raises(TypeError, match="object is not initialised"):  # Plan's own methods: module.cpp
            use()
    with pytest.raises(TypeError, match=f"{name} expected, got <class 'int'>"):
        getattr(cls, field).fget(3)
