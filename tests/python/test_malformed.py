"""Every malformed plan file in tests/data/malformed gives its own error (same cases as the C++ test)."""
import pytest

import cmkit

from conftest import DATA, malformed_cases

CASES = malformed_cases()


def test_there_are_at_least_ten_cases():
    assert len(CASES) >= 10
    assert len({c["location"] + c["contains"][0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_malformed_file(case):
    path = DATA / "malformed" / case["file"]
    with pytest.raises(cmkit.FormatError) as info:
        cmkit.load_plan(path)
    err = info.value
    assert type(err).__name__ == case["error"]
    assert isinstance(err, ValueError)
    assert err.file == str(path)
    assert err.location == case["location"]
    for fragment in case["contains"]:
        assert fragment in str(err)
    assert str(path) in str(err)


@pytest.mark.parametrize("text", ["", "null", "42", '"plan"', "[1, 2]", "{", '{"schema": "Plan.1"}'])
def test_malformed_text(text):
    with pytest.raises(cmkit.FormatError):
        cmkit.Plan.from_json(text)


def test_invalid_utf8_is_a_format_error(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"schema": "Plan.1", "id": "caf\xe9"}')
    with pytest.raises(cmkit.FormatError, match="the byte 0xE9, which is not UTF-8"):
        cmkit.load_plan(path)


def test_deeply_nested_input_does_not_crash():
    deep = "[" * 100000 + "]" * 100000
    with pytest.raises(cmkit.FormatError):
        cmkit.Plan.from_json(deep)


SWEEP = r'''
import enum, inspect, sys
from cmkit import _core
uses = 0
for name, cls in sorted(vars(_core).items()):
    if not isinstance(cls, type) or issubclass(cls, (BaseException, enum.Enum)):
        continue
    bare = cls.__new__(cls)
    for attr in sorted(set(dir(cls)) - set(dir(object)) | {"__repr__", "__str__", "__eq__", "__len__", "__iter__"}):
        raw = inspect.getattr_static(cls, attr, None)
        if raw is None or isinstance(raw, (staticmethod, classmethod)) or attr.startswith("_pybind11"):
            continue
        if raw is inspect.getattr_static(object, attr, None):
            continue  # object's own (identity ==, default repr): reads nothing of the C++ value
        if isinstance(raw, property):
            use = lambda: getattr(bare, attr)
        elif callable(raw):
            use = (lambda: bare == bare) if attr == "__eq__" else (lambda: getattr(bare, attr)())
        else:
            continue  # a class attribute (fields, schema, __module__, ...)
        try:
            result = use()
        except TypeError:
            uses += 1
        else:
            if result is not NotImplemented:  # an operator refusing its (missing) operand reads nothing
                sys.exit(f"{name}.{attr} read an object that was never initialised")
print(uses)
'''


def test_objects_made_without_init_are_refused_not_read():
    """`Cls.__new__(Cls)` skips __init__, and pybind11 would give the object uninitialised memory as its value
    the first time a method reads it (garbage, MemoryError or a crash). Every member of every class of the
    core, called on such an object, raises TypeError instead (bindings/module.cpp). In a child process, so
    that a crash is a failure with its signal, not the end of the test run."""
    import subprocess
    import sys
    run = subprocess.run([sys.executable, "-c", SWEEP], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, (run.returncode, run.stdout[-2000:], run.stderr[-2000:])
    assert int(run.stdout) > 1000  # members tried: every property and method of ~200 classes (1,487 now)
