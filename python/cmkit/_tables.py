"""Plain-Python table helpers shared by the text report, the Evi text output and the CLI (no pandas).

One place for the text table that ``cmkit.report``, ``cmkit.evi`` and ``cmkit survey analyse`` print, and
for the rows of a :class:`cmkit.Table` as dicts. It imports nothing of cmkit, so every module can use it
without an import circle (tests/python/test_package.py checks the package's import graph).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional, Sequence

__all__ = ["text_table", "table_records"]


def text_table(header: Sequence[str], rows: Iterable[Sequence[Any]], indent: str = "  ",
               align: Optional[str] = None) -> List[str]:
    """A plain text table with a rule under the header. ``align`` has one letter per column, ``l`` (left)
    or ``r`` (right); by default the first column is left-aligned and the others (numbers) right-aligned.
    A row of empty cells prints as an empty line."""
    rows = [list(r) for r in rows]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    if align is None:
        align = "l" + "r" * (len(widths) - 1)

    def fmt(r: Sequence[Any]) -> str:
        cells = [str(c).ljust(w) if a == "l" else str(c).rjust(w) for c, w, a in zip(r, widths, align)]
        return (indent + "  ".join(cells)).rstrip()

    out = [fmt(header), indent + "  ".join("-" * w for w in widths)]
    out += [fmt(r) if r[0] != "" or any(r) else "" for r in rows]
    return out


def table_records(table: Any) -> List[Dict[str, Any]]:
    """The rows of a :class:`cmkit.Table` as dicts (column name -> value; None where null), in column order,
    for JSON output and plain-Python use (no pandas needed)."""
    cols = []
    for name, arrays in table.columns().items():
        valid = list(arrays["valid"])
        if arrays["type"] == "text":
            d = arrays["dictionary"]
            values = [d[c] for c in arrays["codes"]]
        else:
            values = arrays["values"].tolist()
        cols.append((name, [v if ok else None for v, ok in zip(values, valid)]))
    return [dict(zip([n for n, _ in cols], row)) for row in zip(*[v for _, v in cols])]
