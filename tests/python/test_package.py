"""The package surface: exports, exception hierarchy, type stubs."""
import ast
import importlib
import inspect
import pathlib
import subprocess
import sys

import cmkit
from cmkit import _core


def test_all_exports_exist():
    for name in cmkit.__all__:
        assert hasattr(cmkit, name), name


def test_exception_hierarchy():
    assert issubclass(cmkit.FormatError, cmkit.Error) and issubclass(cmkit.FormatError, ValueError)
    assert issubclass(cmkit.SchemaVersionError, cmkit.FormatError)
    assert issubclass(cmkit.NotFoundError, KeyError)
    assert issubclass(cmkit.FileError, OSError)
    assert issubclass(cmkit.OverflowError, OverflowError)
    assert issubclass(cmkit.InvalidArgumentError, ValueError)


def test_enums_are_real_enums():
    import enum

    assert issubclass(cmkit.Sector, enum.Enum)
    assert [s.name for s in cmkit.Sector] == ["PO", "SBO", "SO", "VO"]
    assert cmkit.Side.INCOME != cmkit.Side.COST


def test_every_record_is_exported_and_described():
    fields = cmkit.record_fields()
    for name, (schema, names) in fields.items():
        cls = getattr(cmkit, name)
        assert cls.schema == schema
        assert list(cls.fields) == names


def test_stubs_cover_the_core_module():
    stub = pathlib.Path(cmkit.__file__).with_name("_core.pyi")
    assert stub.exists(), "python/cmkit/_core.pyi is missing: run `make stubs`"
    assert (pathlib.Path(cmkit.__file__).with_name("py.typed")).exists()
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    declared = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    declared |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    declared |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}
    public = {n for n in dir(_core) if not n.startswith("_")}
    assert public <= declared, f"stale stubs, missing: {sorted(public - declared)}; run `make stubs`"


# ---- the areas (submodules) and the import graph ---------------------------------------------------------

PACKAGE = pathlib.Path(cmkit.__file__).parent
AREAS = ["values", "plan", "budget", "trajectories", "survey", "evi", "national", "frames", "excel", "plots",
         "report", "examples", "exceptions"]


def _modules():
    return sorted("cmkit" if p.name == "__init__.py" else f"cmkit.{p.stem}" for p in PACKAGE.glob("*.py"))


def import_graph():
    """Every import between cmkit's modules, at module level or inside a function (a function-level import
    still makes a circle, it only hides it until the call)."""
    modules = set(_modules()) | {"cmkit._core"}
    graph = {}
    for name in _modules():
        path = PACKAGE / ("__init__.py" if name == "cmkit" else name.split(".", 1)[1] + ".py")
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges |= {a.name if a.name in modules else "cmkit" for a in node.names
                          if a.name == "cmkit" or a.name.startswith("cmkit.")}
            elif isinstance(node, ast.ImportFrom) and node.level:
                raise AssertionError(f"{name}: relative import; cmkit's modules import absolutely")
            elif isinstance(node, ast.ImportFrom) and node.module == "cmkit":
                edges |= {f"cmkit.{a.name}" if f"cmkit.{a.name}" in modules else "cmkit" for a in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cmkit."):
                edges.add(node.module)
        edges.discard(name)
        graph[name] = edges
    return graph


def find_cycle(graph):
    """A list of modules that import each other in a circle, or None."""
    state, stack = {}, []

    def visit(v):
        state[v] = "open"
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if state.get(w) == "open":
                return stack[stack.index(w):] + [w]
            if w not in state:
                found = visit(w)
                if found:
                    return found
        state[v] = "done"
        stack.pop()
        return None

    for v in sorted(graph):
        if v not in state:
            found = visit(v)
            if found:
                return found
    return None


def test_find_cycle_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_circles_between_cmkit_modules():
    graph = import_graph()
    assert "cmkit.cli" in graph and "cmkit.report_html" in graph
    cycle = find_cycle(graph)
    assert cycle is None, "import circle: " + " -> ".join(cycle)
    # cmkit's own modules never import the package itself (which imports the areas)
    assert not [m for m, edges in graph.items() if "cmkit" in edges and not m.startswith("cmkit.cli")]


def test_every_module_imports_first_in_a_fresh_interpreter():
    """Each module imported first in a fresh interpreter, then every other one (forwards and backwards),
    so that no module depends on another having been imported before it."""
    modules = [m for m in _modules() if m != "cmkit"]
    for i, first in enumerate(modules):
        rest = modules[:i] + modules[i + 1:]
        order = [first] + (rest if i % 2 == 0 else rest[::-1])
        code = "import importlib\nfor m in %r:\n    importlib.import_module(m)\n" % order
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert r.returncode == 0, f"importing {first} first failed:\n{r.stderr}"


def test_the_areas_are_modules_with_a_docstring_and_an_all():
    for area in AREAS:
        module = importlib.import_module(f"cmkit.{area}")
        assert module.__doc__ and len(module.__doc__) > 100, area
        assert module.__all__, area
        for name in module.__all__:
            assert hasattr(module, name), f"cmkit.{area}.{name}"
        assert getattr(cmkit, area) is module  # cmkit.plots and cmkit.report are loaded on first use


def test_every_name_of_the_core_is_in_an_area():
    covered = set().union(*(importlib.import_module(f"cmkit.{a}").__all__ for a in AREAS))
    public = {n for n in dir(_core) if not n.startswith("_")}
    assert public - covered <= {"library_version"}, sorted(public - covered)


def test_the_top_level_shows_the_common_names_and_keeps_the_old_ones():
    assert len(cmkit.__all__) < 80
    assert set(AREAS) <= set(cmkit.__all__)
    # every name that the flat __init__ exported before the areas is still there
    for name in ["Cut", "EviAnalysis", "evi_suppress", "survey_summary_frame", "Rollup", "AgendaOptions",
                 "write_output_file", "OverflowError", "LockedYearError", "rollup_table_names"]:
        assert hasattr(cmkit, name), name
    assert cmkit.Rollup is cmkit.national.Rollup and cmkit.rollup is cmkit.national.rollup


def test_importing_cmkit_does_not_import_the_heavy_areas():
    code = ("import sys, cmkit\n"
            "print(sorted(m for m in ('cmkit.plots', 'cmkit.report', 'cmkit.report_html', 'matplotlib', 'pandas')"
            " if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
