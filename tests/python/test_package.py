"""The package surface: exports, exception hierarchy, type stubs."""
import ast
import inspect
import pathlib

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
