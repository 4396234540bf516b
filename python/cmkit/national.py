"""A national roll-up of plans: :func:`rollup` combines plans of one edition into five tables (docs/rollup.md).

The tables are made in C++ (:func:`cmkit._core.rollup`, one :class:`cmkit.Table` each: ``plans``, ``budget``,
``matching``, ``targets``, ``findings``); this module gives them as pandas DataFrames (through
:func:`cmkit.frames.rollup_frame`), writes them as CSV or JSON, and loads the plans when names or files are
given. Money is integer cents (``*_cents``, int64); ``amount_eur`` is a float convenience beside it.

>>> import cmkit
>>> r = cmkit.rollup(["amstelland-2025-2028", "voorbeeld-fictief-2026-2028"])
>>> r.refused, len(r.tables["plans"])
(False, 2)
"""

from __future__ import annotations

import json
import os
from typing import Callable, Dict, Iterable, List, Optional, Sequence

from cmkit import _core
from cmkit._core import Table, rollup_table_names

__all__ = ["Rollup", "rollup", "synthetic_plans", "load_plans", "TABLE_NAMES", "rollup_table_names", "Table"]

#: The roll-up's tables in order.
TABLE_NAMES = tuple(_core.rollup_table_names())


def _load(spec):
    if isinstance(spec, _core.Plan):
        return spec
    if isinstance(spec, os.PathLike):
        return _core.load_plan(os.fspath(spec))
    if isinstance(spec, str):
        from cmkit.cli_args import resolve_plan

        return resolve_plan(spec)
    raise TypeError(f"cmkit.rollup: expected a cmkit.Plan, a built-in plan's name or a plan file, got {type(spec).__name__}")


def load_plans(specs: Iterable) -> List["_core.Plan"]:
    """Each of ``specs`` as a Plan: a :class:`cmkit.Plan` as it is, a path (``str`` or ``os.PathLike``) loaded
    with :func:`cmkit.load_plan`, or the name of a built-in plan. A file that cannot be read raises
    :class:`cmkit.FileError` or :class:`cmkit.FormatError` naming it."""
    return [_load(s) for s in specs]


class Rollup:
    """The result of :func:`rollup`.

    ``refused``: True when the plans cannot be combined (``rollup_findings`` says why: overlapping
    municipalities, mixed editions, a plan given twice); then every table has its columns but no rows.
    ``rollup_findings``: the roll-up's own findings (a list of :class:`cmkit.Finding`).
    ``tables``: the five :class:`cmkit.Table` by name (no pandas needed).
    ``plans``, ``budget``, ``matching``, ``targets``, ``findings``: the tables as DataFrames (made on first
    use; date columns as datetime64, nullable integers as ``Int64``).
    """

    def __init__(self, core: "_core.Rollup"):
        self.core = core
        self.tables: Dict[str, "_core.Table"] = dict(core.tables())
        self.rollup_findings = list(core.rollup_findings)
        self.refused: bool = core.refused
        self._frames: Dict[str, object] = {}

    def frame(self, name: str):
        """Table ``name`` (one of :data:`TABLE_NAMES`) as a DataFrame."""
        if name not in self.tables:
            raise _core_error(f"unknown roll-up table {name!r}; expected one of: {', '.join(TABLE_NAMES)}")
        if name not in self._frames:
            from cmkit.frames import rollup_frame

            self._frames[name] = rollup_frame(self.tables[name])
        return self._frames[name]

    def frames(self) -> dict:
        """Every table as a DataFrame, by name."""
        return {name: self.frame(name) for name in TABLE_NAMES}

    plans = property(lambda self: self.frame("plans"), doc="One row per plan (DataFrame).")
    budget = property(lambda self: self.frame("budget"), doc="Plan × year × side × category (DataFrame).")
    matching = property(lambda self: self.frame("matching"), doc="Plan × municipality × year (DataFrame).")
    targets = property(lambda self: self.frame("targets"), doc="Plan × target × reporting period (DataFrame).")
    findings = property(lambda self: self.frame("findings"), doc="Plan × validation finding (DataFrame).")

    def csv_files(self) -> List[tuple]:
        """``(name + '.csv', text)`` for every table, as ``cmkit rollup --format csv -o DIR`` writes them."""
        return [(f"{name}.csv", self.tables[name].to_csv()) for name in TABLE_NAMES]

    def json_document(self) -> dict:
        """The whole roll-up as one JSON-ready dict: ``refused``, ``rollup_findings`` and every table as a
        ``Table.1`` document (columns with types and docs, rows)."""
        return {"schema": "Rollup.1", "refused": self.refused,
                "rollup_findings": [json.loads(f.to_json()) for f in self.rollup_findings],
                "tables": {name: json.loads(self.tables[name].to_json()) for name in TABLE_NAMES}}

    def __repr__(self) -> str:
        return f"<cmkit.national.Rollup {len(self.tables['plans'])} plans{', refused' if self.refused else ''}>"


def rollup(plans: Iterable, *, rules: Optional[str] = None, enable: Sequence[str] = (),
           disable: Sequence[str] = (), progress: Optional[Callable[[int, int, str], object]] = None) -> Rollup:
    """Combines ``plans`` (Plans, built-in names or plan files) of one edition into the roll-up tables.

    Each plan is validated as :func:`cmkit.validate` (with ``rules``, ``enable``, ``disable``); its findings
    form the ``findings`` table. Two plans that name the same municipality (by id or CBS code), plans of
    different editions, or one plan id twice refuse the roll-up: ``refused`` is True, ``rollup_findings``
    names the plans, and the tables are empty. Never raises for that; a file that cannot be read raises.

    ``progress(done, total, stage)`` is called per plan (at most about every 20 ms); returning False cancels
    (:class:`cmkit.Cancelled`); Ctrl-C stops the roll-up with KeyboardInterrupt."""
    loaded = load_plans(plans)
    return Rollup(_core.rollup(loaded, rules=rules, enable=list(enable), disable=list(disable), progress=progress))


def synthetic_plans(count: int, seed: int = 1, *,
                    progress: Optional[Callable[[int, int, str], object]] = None) -> List["_core.Plan"]:
    """``count`` SYNTHETIC plans (made up, ``fictional`` and titled "Synthetisch plan ...") of cmk-2025-2028
    that validate without findings; the same ``seed`` gives the same plans, bytes and all (docs/rollup.md).
    ``progress(done, total, stage)``: as for :func:`rollup`."""
    return list(_core.synthetic_plans(count, seed, progress=progress))


def _core_error(message: str):
    from cmkit.exceptions import InvalidArgumentError

    return InvalidArgumentError(message)
