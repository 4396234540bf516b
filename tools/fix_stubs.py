"""Post-processing of the stub pybind11-stubgen writes for cmkit._core (`make stubs` runs it).

pybind11 cannot tell the stub everything: several arguments are taken as `py::object` and converted by hand (paths, policies, languages, Decimals),
and native enums come out in a form that type checkers no longer count as members. This script rewrites
those places so that the committed stub, python/cmkit/_core.pyi, is exact and passes `mypy --strict`:

* ``what_if``: the cuts are ``str | Cut``, the policy ``CutPolicy | str``, the result a ``WhatIfResult``;
* paths (``load_*``, ``save_plan``, ``write_output_*``) are ``str | os.PathLike[str]``;
* the hand-converted values: ``lang``, ``in_kind``, Money's cents/factors/weights/Decimals, Date's and
  Ratio's conversions to ``datetime.date`` and ``fractions.Fraction``;
* enum members are ``NAME = value`` (not ``ClassVar``), without the generated ``__new__``;
* bare ``dict``/``list``/``tuple`` get type arguments, ``__hash__ = None`` and the single ``__eq__`` of a
  value type are written the way type checkers accept.

The rewriting is idempotent (running it on its own output changes nothing; a test checks this), so the
committed stub stays reproducible from `make stubs`. Each rule that finds nothing to do is reported: that
is the sign that the binding now declares it itself (docs/python-api.md lists the binding changes). The
records' keyword-only ``__init__`` and ``replace`` signatures, once a rule here, are written by the record
binder itself (bindings/bind_record.cpp).

Usage: python tools/fix_stubs.py STUB.pyi [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PATH = "str | os.PathLike[str]"

# (name, pattern, replacement): applied to the whole text, in order. Every pattern must not match its own
# replacement, so a second run finds nothing.
RULES: list[tuple[str, str, str]] = [
    # what_if (bindings/register_budget.cpp, register_records.cpp): py::args of specs or Cuts, a policy
    # given as the enum or its text, and Budget.what_if forwards to the module function (py::object).
    ("what_if cuts", r"(def what_if\([^)]*?)\*args,", r"\1*args: str | Cut,"),
    ("what_if policy", r"(def what_if\([^)]*?)policy: typing\.Any", r"\1policy: CutPolicy | str"),
    ("Budget.what_if result", r"(def what_if\(self, [^\n]*\)) -> typing\.Any:", r"\1 -> WhatIfResult:"),
    # paths are py::object converted with str(): any str or os.PathLike.
    ("paths", r"\b(path|directory): typing\.Any", r"\1: " + PATH),
    # languages: Lang or 'nl'/'en' (to_lang in register_agenda.cpp).
    ("lang", r"\blang: typing\.Any", "lang: Lang | str"),
    # in-kind hourly rates per sector (to_rates in register_budget.cpp): a dict, keys Sector or its text.
    ("in_kind", r"\bin_kind: typing\.Any", "in_kind: dict[Sector, Money] | dict[str, Money] | None"),
    # Money (register_values.cpp): integers through to_int64, Decimals checked by hand.
    ("Money cents", r"def __init__\(self, cents: typing\.Any = 0\)", "def __init__(self, cents: int = 0)"),
    ("Money euros", r"def from_euros\(euros: typing\.Any\)", "def from_euros(euros: int)"),
    ("Money from_decimal", r"def from_decimal\(amount: typing\.Any\)", "def from_decimal(amount: decimal.Decimal)"),
    ("Money to_decimal", r"def to_decimal\(self\) -> typing\.Any:", "def to_decimal(self) -> decimal.Decimal:"),
    ("Money factor", r"def (__r?mul__)\(self, arg0: typing\.Any\) -> Money:", r"def \1(self, arg0: int) -> Money:"),
    ("Money weights", r"weights: collections\.abc\.Sequence\[typing\.Any\]", "weights: collections.abc.Sequence[int]"),
    ("Money.sum", r"def sum\(amounts: collections\.abc\.Iterable\)", "def sum(amounts: collections.abc.Iterable[Money])"),
    ("format_integer", r"def format_integer\(value: typing\.Any,", "def format_integer(value: int,"),
    # Date and Ratio conversions to the standard library's types.
    ("Date from_date", r"def from_date\(date: typing\.Any\)", "def from_date(date: datetime.date)"),
    ("Date to_date", r"def to_date\(self\) -> typing\.Any:", "def to_date(self) -> datetime.date:"),
    ("Ratio to_fraction", r"def to_fraction\(self\) -> typing\.Any:", "def to_fraction(self) -> fractions.Fraction:"),
    # Period's methods are bound before Year and SchoolYear, so stubgen saw C++ names.
    ("Period.years", r"def years\(self\) -> list\[\.\.\.\]:", "def years(self) -> list[Year]:"),
    ("Period.school_years", r"def school_years\(self\) -> list\[\.\.\.\]:", "def school_years(self) -> list[SchoolYear]:"),
    # (year, municipality, Money) tuples (register_budget.cpp).
    ("spend tuples", r"spend: collections\.abc\.Sequence\[tuple\]", "spend: collections.abc.Sequence[tuple[int, str, Money]]"),
    # cmkit._display adds _repr_html_ (and short reprs) from Python when the package is imported, which
    # stubgen cannot avoid: keep the methods, drop the self annotation it writes and the private flag.
    ("_repr_html_ self", r"def _repr_html_\(self: '_core\.\w+'\)", "def _repr_html_(self)"),
    ("display flag", r"\n_cmkit_display_installed: bool = True(?=\n|$)", ""),
    # Bare generics (py::dict, py::list, py::tuple results) get type arguments.
    ("bare dict", r"(->|:) dict(?=[:,)\s=])(?!\[)", r"\1 dict[str, typing.Any]"),
    ("bare list", r"(->|:) list(?=[:,)\s=])(?!\[)", r"\1 list[typing.Any]"),
    ("bare tuple", r"(->|:) tuple(?=[:,)\s=])(?!\[)", r"\1 tuple[typing.Any, ...]"),
    ("fields tuple", r"ClassVar\[tuple\]", "ClassVar[tuple[str, ...]]"),
    # Records and values are unhashable (`__hash__ = None`): the usual spelling for a type checker.
    ("__hash__", r"__hash__: typing\.ClassVar\[None\] = None\n", "__hash__: typing.ClassVar[None] = None  # type: ignore[assignment]\n"),
]

IMPORTS = ["collections.abc", "datetime", "decimal", "enum", "fractions", "os", "typing"]


def _fix_enums(text: str) -> tuple[str, int]:
    """`NAME: typing.ClassVar[E]` inside `class E(enum.Enum)` → `NAME = value`; drop the generated
    `__new__` (pybind11's native_enum), which makes type checkers see no members at all."""
    try:  # the values of the built module when it is importable (it is, under `make stubs`)
        from cmkit import _core as core
    except ImportError:  # pragma: no cover
        core = None
    lines = text.split("\n")
    out: list[str] = []
    enum_name: str | None = None
    count = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"class (\w+)\(enum\.Enum\):", line)
        if m:
            enum_name = m.group(1)
        elif line and not line.startswith((" ", "\t")):
            enum_name = None
        if enum_name:
            mm = re.match(r"    (\w+): typing\.ClassVar\[" + enum_name + r"\]$", line)
            if mm:
                value = "..."
                if core is not None and hasattr(getattr(core, enum_name, None), mm.group(1)):
                    value = repr(getattr(getattr(core, enum_name), mm.group(1)).value)
                out.append(f"    {mm.group(1)} = {value}")
                count += 1
                i += 1
                continue
            if line == "    @classmethod" and i + 2 < len(lines) and lines[i + 1].startswith("    def __new__(cls, value)"):
                i += 3  # @classmethod, def __new__(cls, value):, ...
                count += 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out), count


def _fix_single_eq(text: str) -> tuple[str, int]:
    """A lone `__eq__`/`__ne__(self, arg0: T)` (not an overload) must take `object` (Liskov)."""
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        m = re.match(r"(\s+)def (__eq__|__ne__)\(self, arg0: (\w+)\) -> bool:", line)
        if m and m.group(3) != "object" and "@typing.overload" not in lines[i - 1]:
            lines[i] = f"{m.group(1)}def {m.group(2)}(self, arg0: object) -> bool:"
            count += 1
    return "\n".join(lines), count


def _fix_imports(text: str) -> str:
    present = set(re.findall(r"^import ([\w.]+)$", text, flags=re.M))
    missing = [m for m in IMPORTS if m not in present]
    if not missing:
        return text
    block = sorted(present | set(missing))
    lines = text.split("\n")
    first = next(i for i, l in enumerate(lines) if l.startswith("import "))
    last = first
    while last + 1 < len(lines) and lines[last + 1].startswith("import "):
        last += 1
    lines[first : last + 1] = [f"import {m}" for m in block]
    return "\n".join(lines)


def fix(text: str, report: list[str] | None = None) -> str:
    note = report.append if report is not None else (lambda _: None)
    for name, pattern, replacement in RULES:
        text, n = re.subn(pattern, replacement, text)
        note(f"{name}: {n}")
    text, n = _fix_enums(text)
    note(f"enum members and __new__: {n}")
    text, n = _fix_single_eq(text)
    note(f"lone __eq__/__ne__: {n}")
    return _fix_imports(text)


def main(argv: list[str]) -> int:
    path = Path(argv[1])
    text = path.read_text(encoding="utf-8")
    report: list[str] = []
    fixed = fix(text, report)
    if "--check" in argv:
        if fixed != text:
            print(f"{path}: not post-processed (run tools/fix_stubs.py)", file=sys.stderr)
            return 1
        return 0
    path.write_text(fixed, encoding="utf-8")
    for line in report:
        print("fix_stubs:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
