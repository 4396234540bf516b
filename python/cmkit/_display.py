"""How cmkit objects show themselves in a terminal and in a notebook (docs/dataframes.md, "Display").

The records are pybind11 classes defined in C++, whose ``repr`` is generated from their description and can
be evaluated back. That is right for a Label or a Finding, but an Evi analysis printed 83 kB and a response set
180 kB. This module, imported by :mod:`cmkit`, attaches at the Python level:

- a short ``__repr__`` (at most :data:`REPR_LIMIT` characters) to every record whose generated ``repr`` is
  longer than :data:`LONG_REPR` characters, and always to the records that hold bulk data
  (:data:`BULK_RECORDS`), naming each field with its size instead of its contents; ``to_json()`` stays the
  complete form;
- ``_repr_html_`` for the main records: Plan, Budget, Finding, the Table and the Evi analysis.

It changes no C++ and computes nothing: every figure shown comes from the library (``Money.format``,
``Budget.year_total``, the Table's columns).
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, List, Sequence

from cmkit import _core

#: A generated repr longer than this is replaced by the short form.
LONG_REPR = 2000
#: The short form is cut to this many characters.
REPR_LIMIT = 1000
#: Records that hold bulk data (answers, schools, events, analysis tables): always the short form, without
#: building the long one first.
BULK_RECORDS = ("EviAnalysis", "EviResponseSet", "EviSyntheticData", "ProgressData", "SchoolRegistry",
                "SurveyResponses", "SurveyAnalysis", "TrajectoryAnalysis")
#: Rows of a Table shown by its HTML form before "… n more rows".
HTML_ROWS = 20


def _size(obj: Any, name: str) -> Any:
    if isinstance(obj, _core.EviResponseSet) and name == "responses":  # without a Python object per answer
        return len(obj.columns()["wave"])
    return len(getattr(obj, name))


def _value_text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        kind = type(value[0]).__name__ if value else ""
        return f"[{len(value)} {kind}]".replace(" ]", "]") if len(value) > 3 or len(repr(value)) > 80 else repr(value)
    if isinstance(value, dict):
        return f"{{{len(value)} entries}}" if len(repr(value)) > 80 else repr(value)
    text = repr(value)
    if len(text) > 80:
        fields = getattr(type(value), "fields", None)
        return f"{type(value).__name__}(…)" if fields else text[:77] + "…"
    return text


def short_repr(obj: Any) -> str:
    """The short form: ``<cmkit.Name field=value, list=[n Row], ...>``, at most :data:`REPR_LIMIT` characters."""
    parts: List[str] = []
    for name in type(obj).fields:
        if isinstance(obj, _core.EviResponseSet) and name == "responses":
            parts.append(f"responses=[{_size(obj, name)} EviResponse]")
            continue
        parts.append(f"{name}={_value_text(getattr(obj, name))}")
    text = f"<cmkit.{type(obj).__name__} " + ", ".join(parts) + ">"
    return text if len(text) <= REPR_LIMIT else text[:REPR_LIMIT - 2] + "…>"


def _wrap_repr(cls: type) -> None:
    generated = cls.__repr__
    bulk = cls.__name__ in BULK_RECORDS

    def __repr__(self) -> str:
        if bulk:
            return short_repr(self)
        text = generated(self)
        return text if len(text) <= LONG_REPR else short_repr(self)

    __repr__.__doc__ = (f"The generated repr of a {cls.__name__} (evaluable), or its short form when that would be "
                        f"longer than {LONG_REPR} characters (cmkit._display).")
    cls.__repr__ = __repr__


# ---- HTML ------------------------------------------------------------------------------------------------

_STYLE = ("<style>.cmkit td,.cmkit th{padding:2px 8px;text-align:left}"
          ".cmkit td.n,.cmkit th.n{text-align:right;font-variant-numeric:tabular-nums}"
          ".cmkit caption{text-align:left;font-weight:bold}</style>")


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[bool] = (),
           caption: str = "") -> str:
    def cell(tag: str, value: Any, i: int) -> str:
        cls = ' class="n"' if i < len(numeric) and numeric[i] else ""
        return f"<{tag}{cls}>{escape(str(value))}</{tag}>"

    out = ['<table class="cmkit">']
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(cell("th", h, i) for i, h in enumerate(headers)) + "</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(cell("td", v, i) for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _money(m: "_core.Money") -> str:
    return m.format("nl", True, "auto")


def budget_html(budget: "_core.Budget") -> str:
    """The budget as one table: a row per line (side, id, category, label) with its amount per year, and the
    year totals per side from :meth:`cmkit.Budget.year_total`."""
    years = list(budget.years())
    rows = []
    for side, name, lines in ((_core.Side.INCOME, "baten", budget.income), (_core.Side.COST, "lasten", budget.costs)):
        for line in lines:
            rows.append([name, line.id, line.category, line.label.nl]
                        + [_money(line.amounts[y]) if y in line.amounts else "" for y in years])
        rows.append([name, "", "", "totaal"] + [_money(budget.year_total(side, y)) for y in years])
    title = f"Begroting ({budget.version}" + (f": {budget.description}" if budget.description else "") + ")"
    return _table(["", "regel", "categorie", "omschrijving"] + [str(y) for y in years], rows,
                  [False] * 4 + [True] * len(years), title)


def _budget_repr_html(self: "_core.Budget") -> str:
    return _STYLE + budget_html(self)


def _plan_repr_html(self: "_core.Plan") -> str:
    facts = [("id", self.id), ("titel", self.title.nl if hasattr(self.title, "nl") else self.title),
             ("editie", self.edition), ("periode", f"{self.period.start} t/m {self.period.end}"),
             ("gemeenten", ", ".join(m.name for m in self.municipalities)),
             ("programmalijnen", ", ".join(line.id for line in self.programme_lines)),
             ("resultaatdoelen", len(self.targets)), ("fictief", "ja" if self.fictional else "nee")]
    head = _table(["", ""], facts, caption=f"Plan {self.id}")
    return _STYLE + '<div class="cmkit">' + head + budget_html(self.budget) + "</div>"


def _finding_repr_html(self: "_core.Finding") -> str:
    rows = [("code", self.code), ("ernst", self.severity.name.lower()), ("plaats", self.path or "–"),
            ("nl", self.message_nl), ("en", self.message_en)]
    return _STYLE + _table(["", ""], rows, caption=f"Bevinding {self.code}")


def findings_html(findings: Iterable["_core.Finding"]) -> str:
    """A list of findings as one HTML table (a list from :func:`cmkit.validate` cannot carry methods;
    ``frames.findings(...)`` gives the same rows as a DataFrame)."""
    rows = [(f.severity.name.lower(), f.code, f.path or "–", f.message_nl) for f in findings]
    return _STYLE + _table(["ernst", "code", "plaats", "melding"], rows, caption=f"{len(rows)} bevinding(en)")


def _table_columns(table: "_core.Table", limit: int):
    names, columns, numeric = [], [], []
    n_rows = 0
    for name, arrays in table.columns().items():
        valid = list(arrays["valid"])
        n_rows = len(valid)
        if arrays["type"] == "text":
            d = arrays["dictionary"]
            values = [d[c] for c in list(arrays["codes"][:limit])]
        else:
            values = arrays["values"][:limit].tolist()
        names.append(name)
        numeric.append(arrays["type"] in ("integer", "double"))
        columns.append(["<NA>" if not ok else v for v, ok in zip(values, valid[:limit])])
    return names, columns, numeric, n_rows


def _table_repr_html(self: "_core.Table") -> str:
    names, columns, numeric, n_rows = _table_columns(self, HTML_ROWS)
    rows = list(zip(*columns)) if columns else []
    html = _table(names, rows, numeric, f"cmkit.Table {self.name}: {n_rows} rows × {len(names)} columns")
    if n_rows > HTML_ROWS:
        html += f"<p>… {n_rows - HTML_ROWS} more rows (frames.table_frame(t) for all of them)</p>"
    return _STYLE + html


def _evi_analysis_repr_html(self: "_core.EviAnalysis") -> str:
    m = self.manifest
    facts = [("method", m.method), ("library", m.library_version), ("waves", ", ".join(str(w) for w in m.waves)),
             ("k", m.options.k), ("seed", m.options.seed), ("replicates", m.options.replicates),
             ("synthetic", "yes" if m.synthetic else "no"), ("findings", len(self.findings))]
    inputs = [(i.role, i.name, i.records, i.sha256[:12] + "…") for i in m.inputs]
    tables = [(name, len(getattr(self, name))) for name in m.tables]
    return (_STYLE + '<div class="cmkit">' + _table(["", ""], facts, caption="Evi analysis")
            + _table(["role", "name", "records", "sha256"], inputs, [False, False, True, False], "inputs")
            + _table(["table", "rows"], tables, [False, True], "tables (frames.evi_table(a, name))") + "</div>")


def install() -> None:
    """Attaches the reprs to the classes of cmkit._core (once; imported by :mod:`cmkit`)."""
    if getattr(_core, "_cmkit_display_installed", False):
        return
    for name in dir(_core):
        cls = getattr(_core, name)
        if isinstance(cls, type) and hasattr(cls, "fields") and hasattr(cls, "to_json") and name != "Plan":
            _wrap_repr(cls)
    _core.Plan._repr_html_ = _plan_repr_html
    _core.Budget._repr_html_ = _budget_repr_html
    _core.Finding._repr_html_ = _finding_repr_html
    _core.Table._repr_html_ = _table_repr_html
    _core.EviAnalysis._repr_html_ = _evi_analysis_repr_html
    _core._cmkit_display_installed = True
