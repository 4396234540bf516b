"""Excel workbooks (``.xlsx``): read actuals and the long budget table, write any set of tables.

Reading goes through the same checks as CSV: a sheet is turned into the CSV text that cmkit's compiled
reader expects (:func:`cmkit.realisation_from_csv`), and the place of an error (``line L, column C``) is
mapped back to the sheet and cell (``sheet 'realisatie', cell F7``). What a sheet has and a CSV file has
not is checked here, before the text reaches the reader:

* a number cell in an amount column is read exactly (``1234.5`` is 123450 cents; a number with more than
  two decimals is an error, never rounded), a text cell in Dutch notation (``1.234,50``) is read as in CSV;
* a date, an Excel error value (``#DIV/0!``) or a formula without a stored result is an error naming the
  cell, never read as empty or as a number;
* headers may be cmkit's column names (``year``, ``amount``) or the Dutch and English headers that
  :func:`write_xlsx` writes (``Jaar``, ``Bedrag (€)``).

Writing (:func:`write_xlsx`) puts one table per sheet: Dutch headers (English with ``lang="en"``), money
columns (``*_cents``) as numbers in euros with a euro number format, the header row frozen and filtered,
and columns wide enough to read. The file is written atomically (:func:`cmkit.write_output_file`).

openpyxl is an optional dependency: ``pip install 'cmkit[excel]'``.

>>> import cmkit, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "begroting.xlsx")
>>> cmkit.write_xlsx(path, {"begroting": cmkit.reference_plan().budget})
['begroting']
>>> rows = cmkit.load_budget_rows_xlsx(path)
>>> rows == cmkit.budget_rows(cmkit.reference_plan().budget)
True
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import os
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from cmkit import _core
from cmkit.exceptions import FileError, FormatError, InvalidArgumentError, NotFoundError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "write_xlsx",
    "workbook_bytes",
    "load_realisation_xlsx",
    "load_budget_rows_xlsx",
    "load_actuals",
    "is_xlsx_path",
    "column_header",
    "COLUMN_LABELS",
    "EURO_FORMAT",
]

#: The number format of money cells: euros with two decimals (Excel shows the separators of its locale).
EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00'
#: The number format of date cells.
DATE_FORMAT = "yyyy-mm-dd"

#: Dutch and English headers of the columns cmkit's tables share. A money column ``X_cents`` is written in
#: euros under the header of ``X`` followed by `` (€)``; a column without a label keeps its name.
COLUMN_LABELS: Dict[str, Tuple[str, str]] = {
    "year": ("Jaar", "Year"),
    "version": ("Versie", "Version"),
    "side": ("Baten/lasten", "Income/cost"),
    "category": ("Categorie", "Category"),
    "source": ("Bron", "Source"),
    "municipality": ("Gemeente", "Municipality"),
    "programme_line": ("Programmalijn", "Programme line"),
    "derived": ("Afgeleid", "Derived"),
    "amount": ("Bedrag", "Amount"),
    "note": ("Toelichting", "Note"),
    "basis": ("Grondslag", "Basis"),
    "budget": ("Begroot", "Budget"),
    "actual": ("Realisatie", "Actual"),
    "difference": ("Verschil", "Difference"),
    "realised_numerator": ("Gerealiseerd (teller)", "Realised (numerator)"),
    "realised_denominator": ("Gerealiseerd (noemer)", "Realised (denominator)"),
    "plan": ("Plan", "Plan"),
    "plan_id": ("Plan", "Plan"),
    "title": ("Titel", "Title"),
    "region": ("Regio", "Region"),
    "edition": ("Editie", "Edition"),
    "start": ("Begin", "Start"),
    "end": ("Einde", "End"),
    "target": ("Resultaat", "Target"),
    "label_nl": ("Omschrijving (nl)", "Label (nl)"),
    "label_en": ("Omschrijving (en)", "Label (en)"),
    "label": ("Omschrijving", "Label"),
    "period": ("Periode", "Period"),
    "phase": ("Fase", "Phase"),
    "planned": ("Gepland", "Planned"),
    "achieved": ("Behaald", "Achieved"),
    "code": ("Code", "Code"),
    "severity": ("Ernst", "Severity"),
    "path": ("Plaats", "Path"),
    "message_nl": ("Melding (nl)", "Message (nl)"),
    "message_en": ("Melding (en)", "Message (en)"),
    "inhabitants": ("Inwoners", "Inhabitants"),
    "municipalities": ("Gemeenten", "Municipalities"),
    "schools": ("Scholen", "Schools"),
    "school": ("School", "School"),
    "school_id": ("School", "School"),
    "name": ("Naam", "Name"),
    "sector": ("Sector", "Sector"),
    "track": ("Spoor", "Track"),
    "status": ("Status", "Status"),
    "wave": ("Meting", "Wave"),
    "instrument": ("Instrument", "Instrument"),
    "pillar": ("Pijler", "Pillar"),
    "item": ("Item", "Item"),
    "group_by": ("Uitgesplitst naar", "Grouped by"),
    "group": ("Groep", "Group"),
    "scenario": ("Scenario", "Scenario"),
    "suppression": ("Onderdrukking", "Suppression"),
    "suppressed": ("Onderdrukt", "Suppressed"),
    "count": ("Aantal", "Count"),
    "respondents": ("Respondenten", "Respondents"),
    "invited": ("Uitgenodigd", "Invited"),
    "valid": ("Geldig", "Valid"),
    "mean": ("Gemiddelde", "Mean"),
    "lower": ("Ondergrens", "Lower bound"),
    "upper": ("Bovengrens", "Upper bound"),
    "cost": ("Kosten", "Cost"),
    "income": ("Baten", "Income"),
    "costs": ("Lasten", "Costs"),
    "result": ("Resultaat", "Result"),
    "grant": ("Rijksbijdrage (FCP)", "Grant (FCP)"),
    "matching": ("Matching", "Matching"),
    "available": ("Beschikbaar", "Available"),
    "carry_over": ("Over te hevelen", "Carry over"),
    "date": ("Datum", "Date"),
    "kind": ("Soort", "Kind"),
    "scope": ("Bereik", "Scope"),
    "slot": ("Gepland slot", "Planned slot"),
    "id": ("Id", "Id"),
    "title_nl": ("Titel (nl)", "Title (nl)"),
    "title_en": ("Titel (en)", "Title (en)"),
    "region_id": ("Regio-id", "Region id"),
    "penvoerder": ("Penvoerder", "Lead organisation"),
    "fictional": ("Fictief", "Fictional"),
    "errors": ("Fouten", "Errors"),
    "warnings": ("Waarschuwingen", "Warnings"),
    "infos": ("Toelichtingen", "Notes"),
    "category_nl": ("Categorie (nl)", "Category (nl)"),
    "category_en": ("Categorie (en)", "Category (en)"),
    "municipality_name": ("Gemeentenaam", "Municipality name"),
    "cbs_code": ("CBS-code", "CBS code"),
    "fcp_grant": ("FCP-subsidie", "FCP grant"),
    "total": ("Totaal", "Total"),
    "counting": ("Telling", "Counting"),
    "unit_nl": ("Eenheid (nl)", "Unit (nl)"),
    "unit_en": ("Eenheid (en)", "Unit (en)"),
    "measure": ("Maat", "Measure"),
}

MONEY_SUFFIX = "_cents"
_INT64_MAX = 2 ** 63 - 1
_HEADER_HINT = " (or the headers cmkit.write_xlsx writes, such as Jaar, Baten/lasten, Categorie, Bedrag (€))"

# Sheets read by default when none is named (case does not matter), else the first sheet.
_ACTUALS_SHEETS = ("realisatie", "actuals")
_BUDGET_SHEETS = ("begroting", "budget")

# The columns of the actuals CSV (cmkit.realisation_from_csv) and of the long budget table (cmkit budget
# --format csv); the budget table's money columns go through the same compiled checks as the actuals'.
_ACTUALS_COLUMNS = ("year", "side", "category", "municipality", "programme_line", "amount", "amount_cents", "note")
_BUDGET_COLUMNS = ("year", "version", "side", "category", "source", "municipality", "derived", "amount_cents",
                   "amount")
_BUDGET_CHECKED_BY_CORE = ("year", "side", "category", "municipality", "amount", "amount_cents")
# The names of the categories that cmkit.frames puts beside the code (a sheet written from a DataFrame has
# them): accepted and left unread, since they follow from the category.
_LABEL_COLUMNS = ("category_nl", "category_en")

# Columns whose text is kept with its spaces (in the others, spaces and tabs around a value are dropped).
_FREE_TEXT = ("note", "source")

# What a column holds, for cells that are not text: "year", "euros", "cents" or "text".
_KIND = {"year": "year", "amount": "euros", "amount_cents": "cents"}
_EXPECTED = {"year": "a calendar year such as 2025",
             "euros": "an amount in euros: a number with at most two decimals, or text in Dutch notation such as "
                      "42.100,50",
             "cents": "an integer number of cents such as 4210050",
             "text": "text"}


def _openpyxl():
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - only without the extra
        raise ImportError("cmkit.excel needs openpyxl: pip install 'cmkit[excel]'") from exc
    return openpyxl


def _lang(lang: Any) -> str:
    if isinstance(lang, _core.Lang):
        return "en" if lang == _core.Lang.EN else "nl"
    if lang in ("nl", "en"):
        return str(lang)
    raise InvalidArgumentError(f"lang {lang!r}: expected 'nl' or 'en'")


def column_header(name: str, lang: str = "nl") -> str:
    """The header :func:`write_xlsx` gives column ``name``: its Dutch (or English) label, for a money column
    ``X_cents`` the label of ``X`` followed by `` (€)``; a column without a label keeps its name."""
    i = 1 if _lang(lang) == "en" else 0
    if name.endswith(MONEY_SUFFIX):
        base = name[: -len(MONEY_SUFFIX)]
        return (COLUMN_LABELS[base][i] if base in COLUMN_LABELS else base) + " (€)"
    return COLUMN_LABELS[name][i] if name in COLUMN_LABELS else name


def _header_names(columns: Sequence[str]) -> Dict[str, str]:
    """Every header a reader accepts for each of ``columns`` (folded to lower case) -> the column name. The
    euro header of ``amount_cents`` ("Bedrag (€)") names ``amount``: it holds euros, not cents."""
    names: Dict[str, str] = {}
    for col in columns:
        names[col.casefold()] = col
        if col in COLUMN_LABELS:
            for label in COLUMN_LABELS[col]:
                names.setdefault(label.casefold(), col)
        if col + MONEY_SUFFIX in columns or col == "amount":
            for lang in ("nl", "en"):
                names[column_header(col + MONEY_SUFFIX, lang).casefold()] = col
    if "amount_cents" in columns:
        for header in ("bedrag (cent)", "bedrag in centen", "amount (cents)"):
            names[header] = "amount_cents"
    return names


# ---- reading ----------------------------------------------------------------------------------------------

def is_xlsx_path(path: Any) -> bool:
    """Whether ``path`` names an Excel workbook by its extension (``.xlsx`` or ``.xlsm``, any case)."""
    return str(os.fspath(path)).lower().endswith((".xlsx", ".xlsm"))


def _place(sheet: str, row: int, col: Optional[int] = None) -> str:
    from openpyxl.utils import get_column_letter

    if col is None:
        return f"sheet '{sheet}', row {row}"
    return f"sheet '{sheet}', cell {get_column_letter(col)}{row}"


def _format_error(file: str, location: str, found: str, expected: str) -> FormatError:
    parts = [file + ": " if file else "", f"at {location}: " if location else "", f"expected {expected}, found {found}"]
    exc = FormatError("".join(parts))
    exc.file, exc.location, exc.found, exc.expected = file, location, found, expected
    return exc


def _open_workbook(path: str, data_only: bool):
    openpyxl = _openpyxl()
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, data_only=data_only, read_only=False)
    except FileNotFoundError as exc:
        err = FileError(f"{path}: cannot open the file: {exc.strerror}")
        err.path = path
        raise err from None
    except IsADirectoryError:
        err = FileError(f"{path}: is a directory, not a file")
        err.path = path
        raise err from None
    except PermissionError as exc:
        err = FileError(f"{path}: cannot open the file: {exc.strerror}")
        err.path = path
        raise err from None
    except InvalidFileException as exc:
        raise _format_error(path, "", f"a file openpyxl cannot read ({exc})",
                            "an Excel workbook (.xlsx, Office Open XML) as saved by Excel or LibreOffice") from None
    except Exception as exc:  # zipfile.BadZipFile, KeyError for a missing part, XML errors, ...
        raise _format_error(path, "", f"a file that is not a readable .xlsx workbook ({type(exc).__name__}: "
                            f"{str(exc)[:200]})",
                            "an Excel workbook (.xlsx, Office Open XML) as saved by Excel or LibreOffice") from None


def _pick_sheet(wb, path: str, sheet: Optional[str], preferred: Sequence[str]):
    names = wb.sheetnames
    if sheet is not None:
        if sheet in names:
            return wb[sheet]
        err = NotFoundError(f"{path}: the workbook has no sheet '{sheet}'; its sheets: "
                            + ", ".join(f"'{n}'" for n in names))
        err.name = sheet
        raise err
    for name in names:
        if name.casefold() in preferred:
            return wb[name]
    return wb.worksheets[0]


class _Cell:
    """One cell as read: its value (None when empty), its coordinates and what else is known of it."""

    __slots__ = ("value", "row", "col", "error", "formula")

    def __init__(self, value: Any, row: int, col: int, error: bool = False, formula: Optional[str] = None):
        self.value, self.row, self.col, self.error, self.formula = value, row, col, error, formula


def _sheet_rows(path: str, sheet: Optional[str], preferred: Sequence[str]) -> Tuple[str, List[List[_Cell]]]:
    """The non-empty rows of the chosen sheet as cells: the values as Excel stored them (a formula's cached
    result), an Excel error value marked, and a formula whose result was never stored marked with its text
    (it reads as empty in the values view; only the formulas view tells it apart from an empty cell)."""
    ws = _pick_sheet(_open_workbook(path, data_only=True), path, sheet, preferred)
    fws = _open_workbook(path, data_only=False)[ws.title]
    bounds = dict(min_row=1, max_row=max(ws.max_row, fws.max_row), min_col=1, max_col=max(ws.max_column, fws.max_column))
    out: List[List[_Cell]] = []
    for vrow, frow in zip(ws.iter_rows(**bounds), fws.iter_rows(**bounds)):
        cells = []
        for v, f in zip(vrow, frow):
            value = None if v.value == "" else v.value
            formula = None
            if f.data_type == "f" and value is None:
                formula = str(getattr(f.value, "text", f.value))
            cells.append(_Cell(value, v.row, v.column, error=v.data_type == "e", formula=formula))
        if any(c.value is not None or c.formula is not None for c in cells):
            out.append(cells)
    return ws.title, out


def _needs_guard(text: str) -> bool:
    """As the compiled CSV reader's rule: text beginning with =, +, -, @, a tab or a carriage return, after
    any number of "'" (the reader takes one "'" off such a cell, so text passed through gets one more)."""
    stripped = text.lstrip("'")
    return bool(stripped) and stripped[0] in "=+-@\t\r"


def _quote(text: str) -> str:
    if _needs_guard(text):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"'


def _number_text(value: Union[int, float]) -> str:
    """A number as plain text: integers without a decimal point, other floats by their shortest repr."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value) if isinstance(value, int) else repr(value)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"the logical value {'TRUE' if value else 'FALSE'}"
    if isinstance(value, _dt.datetime):
        shown = value.date().isoformat() if value.time() == _dt.time() else value.isoformat(sep=" ")
        return f"a date ({shown})"
    if isinstance(value, (_dt.date, _dt.time)):
        return f"a date or time ({value.isoformat()})"
    if isinstance(value, (int, float)):
        return f"the number {_number_text(value)}"
    return repr(str(value))


def _euros_text(value: Union[int, float], path: str, place: str) -> str:
    """A number of euros as Dutch notation ('-1234,50'), exactly: a float is read by its shortest repr (the
    decimal Excel wrote), so 1234.5 is 123450 cents; more than two decimals or a non-finite value is an error."""
    if isinstance(value, float) and not math.isfinite(value):
        raise _format_error(path, place, f"the number {value!r}", _EXPECTED["euros"])
    try:
        d = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - repr of a finite float is always a decimal
        raise _format_error(path, place, f"the number {value!r}", _EXPECTED["euros"]) from None
    cents = d * 100
    if cents != cents.to_integral_value():
        raise _format_error(path, place, f"the number {_number_text(value)} (more than two decimals)",
                            "an amount exact to the cent (at most two decimals); round it in the workbook")
    c = int(cents)
    if abs(c) > _INT64_MAX:
        raise _format_error(path, place, f"the number {_number_text(value)}",
                            "an amount that fits in 64-bit euro cents (at most "
                            f"{_core.Money(_INT64_MAX).format()})")
    sign = "-" if c < 0 else ""
    return f"{sign}{abs(c) // 100},{abs(c) % 100:02d}"


def _cell_text(cell: _Cell, column: str, path: str, sheet: str) -> Tuple[str, bool]:
    """The CSV text of one cell and whether it is to be quoted (text) or not (a number made here)."""
    place = _place(sheet, cell.row, cell.col)
    kind = _KIND.get(column, "text")
    value = cell.value
    if cell.formula is not None:
        raise _format_error(path, place, f"the formula {cell.formula} without a stored result",
                            "a value: open and save the workbook in Excel or LibreOffice so that the formula's "
                            "result is stored, or paste the values")
    if cell.error:
        raise _format_error(path, place, f"the Excel error value {value}",
                            f"{_EXPECTED[kind]} (correct the formula or the value that causes the error)")
    if value is None:
        return "", False
    if isinstance(value, str):
        # as the CSV reader trims a cell that is not quoted; free text (a note, a source) is kept as it is
        return (value if column in _FREE_TEXT else value.strip(" \t")), True
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        if kind != "text":
            raise _format_error(path, place, _describe(value), _EXPECTED[kind] + " (the cell holds a date: give "
                                "it a number or text format)")
        if isinstance(value, _dt.datetime) and value.time() == _dt.time():
            return value.date().isoformat(), True
        return value.isoformat(), True
    if isinstance(value, bool):
        if kind != "text":
            raise _format_error(path, place, _describe(value), _EXPECTED[kind])
        return ("true" if value else "false"), True
    if isinstance(value, (int, float)):
        if kind == "euros":
            return _euros_text(value, path, place), False
        if isinstance(value, float) and not math.isfinite(value):
            raise _format_error(path, place, f"the number {value!r}", _EXPECTED[kind])
        return _number_text(value), kind == "text"
    return str(value), True  # pragma: no cover - openpyxl gives no other types


class _SheetCsv:
    """A sheet as the CSV text of the compiled reader, with the way back from its lines to the cells."""

    def __init__(self, path: str, sheet: str, header_row: int, columns: List[str], header_cols: List[int]):
        self.path, self.sheet, self.header_row = path, sheet, header_row
        self.columns, self.header_cols = columns, header_cols
        self.lines: List[str] = []
        self.line_rows: List[int] = []  # the sheet row of each CSV line (1-based lines; line 1 = header)
        self.originals: Dict[Tuple[int, str], Any] = {}  # (sheet row, column) -> the cell value when not text

    def add(self, row: int, texts: List[Tuple[str, bool]]) -> None:
        line = ",".join(_quote(t) for t, _ in texts)  # every cell quoted: '1234,50' holds the separator
        self.lines.append(line)
        self.line_rows.extend([row] * (line.count("\n") + 1))

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"

    def place(self, location: str, found: str = "") -> Optional[str]:
        m = re.fullmatch(r"line (\d+)(?:, column (.+))?", location)
        if not m:
            return None
        line = int(m.group(1))
        row = self.line_rows[line - 1] if 0 < line <= len(self.line_rows) else self.header_row
        col = m.group(2)
        if col is None:
            unknown = re.fullmatch(r"column '(.*)'", found)
            if line == 1 and unknown and unknown.group(1) in self.columns:  # an unknown column: its header cell
                return _place(self.sheet, row, self.header_cols[self.columns.index(unknown.group(1))])
            return _place(self.sheet, row)
        if col in self.columns:
            return _place(self.sheet, row, self.header_cols[self.columns.index(col)])
        return _place(self.sheet, row) + f", column {col}"

    def remap(self, exc: FormatError) -> FormatError:
        """The compiled reader's error with the sheet and cell instead of the CSV line and column."""
        place = self.place(exc.location, exc.found)
        if place is None:
            return exc
        found = exc.found
        m = re.fullmatch(r"line (\d+), column (.+)", exc.location)
        if m:
            line = int(m.group(1))
            row = self.line_rows[line - 1] if 0 < line <= len(self.line_rows) else 0
            original = self.originals.get((row, m.group(2)))
            if original is not None:
                found += f" (the cell holds {_describe(original)})"
        expected = exc.expected + (_HEADER_HINT if exc.location == "line 1" else "")
        return _format_error(self.path, place, found, expected)


def _sheet_csv(path: str, sheet: Optional[str], preferred: Sequence[str], known: Sequence[str],
               required_text: str) -> Tuple[_SheetCsv, List[List[_Cell]], Dict[str, int]]:
    """Reads the sheet, maps its headers to cmkit's column names and returns the CSV builder (with the
    header line added), the data rows and the column index of each column name."""
    title, rows = _sheet_rows(path, sheet, preferred)
    if not rows:
        raise _format_error(path, f"sheet '{title}'", "an empty sheet", required_text)
    header, data = rows[0], rows[1:]
    names = _header_names(list(known))
    last = max((c.col for c in header if c.value is not None), default=0)
    columns: List[str] = []
    header_cols: List[int] = []
    for cell in header[:last]:
        place = _place(title, cell.row, cell.col)
        if cell.formula is not None or cell.error:
            _cell_text(cell, "header", path, title)  # raises
        if cell.value is None:
            raise _format_error(path, place, "an empty header cell", "a header in every column up to the last one "
                                "(" + required_text + ")")
        if not isinstance(cell.value, str):
            raise _format_error(path, place, _describe(cell.value), "a header (text) such as year or Jaar")
        key = cell.value.strip().casefold()
        name = names.get(key, cell.value.strip())
        if name in columns:
            raise _format_error(path, place, f"the column '{name}' a second time", "each column once")
        columns.append(name)
        header_cols.append(cell.col)
    for cells in data:
        for cell in cells[last:]:
            if cell.value is not None or cell.formula:
                raise _format_error(path, _place(title, cell.row, cell.col), f"{_describe(cell.value)} in a column "
                                    "without a header", "values only in columns with a header in row "
                                    f"{header[0].row if header else 1}")
    csv = _SheetCsv(path, title, header[0].row, columns, header_cols)
    return csv, data, {name: i for i, name in enumerate(columns)}


def _row_cells(cells: List[_Cell], index: Dict[str, int], header_cols: List[int]) -> Dict[str, _Cell]:
    by_col = {c.col: c for c in cells}
    out = {}
    for name, i in index.items():
        col = header_cols[i]
        out[name] = by_col.get(col) or _Cell(None, cells[0].row if cells else 0, col)
    return out


def _through_core(csv: _SheetCsv, data: List[List[_Cell]], index: Dict[str, int], core_cols: Sequence[str],
                  row_extra: Any = None) -> Tuple["_core.Realisation", List[Any]]:
    """Reads ``core_cols`` of the data rows with the compiled actuals reader (the CSV checks); ``row_extra``
    (cells by column -> value) checks the other columns of a row. The first error in reading order wins: at a
    cell this module refuses, the rows above it still go through the compiled reader first."""
    core = _SheetCsv(csv.path, csv.sheet, csv.header_row, list(core_cols),
                     [csv.header_cols[csv.columns.index(n)] for n in core_cols])
    core.add(csv.header_row, [(n, True) for n in core_cols])
    extras: List[Any] = []
    pending: Optional[FormatError] = None
    for cells in data:
        by_name = _row_cells(cells, index, csv.header_cols)
        try:
            texts = [_cell_text(by_name[name], name, csv.path, csv.sheet) for name in core_cols]
            extra = row_extra(by_name) if row_extra is not None else None
        except FormatError as exc:
            pending = exc
            break
        for name in core_cols:
            cell = by_name[name]
            if cell.value is not None and not isinstance(cell.value, str):
                core.originals[(cell.row, name)] = cell.value
        core.add(cells[0].row, texts)
        extras.append(extra)
    try:
        result = _core.realisation_from_csv(core.text(), csv.path)
    except FormatError as exc:
        raise core.remap(exc) from None
    if pending is not None:
        raise pending
    return result, extras


def load_realisation_xlsx(path: Union[str, "os.PathLike[str]"], sheet: Optional[str] = None) -> "_core.Realisation":
    """Actuals from a sheet of an ``.xlsx`` workbook, with the checks of :func:`cmkit.realisation_from_csv`.

    The sheet has the columns of the actuals CSV (``year, side, category`` and ``amount`` or ``amount_cents``;
    optionally ``municipality, programme_line, note``), under these names or the headers :func:`write_xlsx`
    writes (``Jaar``, ``Baten/lasten``, ``Categorie``, ``Bedrag (€)``, ...), in the first non-empty row; the
    category names that :mod:`cmkit.frames` adds (``category_nl``, ``category_en``) are accepted and not read.
    ``sheet`` names the sheet; by default the one named ``realisatie`` or ``actuals``, else the first.
    Errors are :class:`cmkit.FormatError` with ``location`` such as ``sheet 'realisatie', cell F7``; a
    missing sheet is a :class:`cmkit.NotFoundError`, a file that cannot be opened a :class:`cmkit.FileError`."""
    path = os.fspath(path)
    csv, data, index = _sheet_csv(path, sheet, _ACTUALS_SHEETS, _ACTUALS_COLUMNS + _LABEL_COLUMNS,
                                  "a header with the columns year, side, category and amount (or amount_cents)")
    realisation, _ = _through_core(csv, data, index, [n for n in csv.columns if n not in _LABEL_COLUMNS])
    return realisation


_TRUE = {"true", "ja", "waar", "yes", "1"}
_FALSE = {"false", "nee", "onwaar", "no", "0", ""}


def _budget_extra(csv: _SheetCsv):
    """The checks of the budget table's own columns: version, source, derived."""

    def check(by_name: Dict[str, _Cell]) -> Tuple[str, Optional[str], bool]:
        version = "original"
        if "version" in by_name:
            cell = by_name["version"]
            version, _ = _cell_text(cell, "version", csv.path, csv.sheet)
            if version == "":
                raise _format_error(csv.path, _place(csv.sheet, cell.row, cell.col), "an empty cell",
                                    "a budget version such as original, revised or what-if")
        source = None
        if "source" in by_name:
            source = _cell_text(by_name["source"], "source", csv.path, csv.sheet)[0] or None
        derived = False
        if "derived" in by_name:
            cell = by_name["derived"]
            if isinstance(cell.value, bool):
                derived = cell.value
            else:
                if isinstance(cell.value, (int, float)) and cell.value in (0, 1):
                    word = str(int(cell.value))
                else:
                    word = _cell_text(cell, "derived", csv.path, csv.sheet)[0].strip().casefold()
                if word not in _TRUE | _FALSE:
                    raise _format_error(csv.path, _place(csv.sheet, cell.row, cell.col), _describe(cell.value),
                                        "true or false (ja or nee), or an empty cell for false")
                derived = word in _TRUE
        return version, source, derived

    return check


def load_budget_rows_xlsx(path: Union[str, "os.PathLike[str]"], sheet: Optional[str] = None) -> List["_core.BudgetRow"]:
    """The long budget table (the columns of ``cmkit budget --format csv``: year, version, side, category,
    source, municipality, derived, amount_cents, amount) from a sheet of an ``.xlsx`` workbook, as
    :class:`cmkit.BudgetRow` records in the sheet's order (:func:`cmkit.frames.budget_table` makes the
    DataFrame of them, :func:`cmkit.budget_rows_csv` the CSV).

    Year, side, category, municipality and the amount go through the compiled checks of the actuals CSV
    (the same messages; an amount in euros, ``amount_cents`` in cents, both when they agree); ``version``
    must not be empty (absent column: ``original``), ``derived`` is true or false (``ja``/``nee``; empty is
    false), ``source`` is free text; ``category_nl`` / ``category_en`` (as :func:`cmkit.frames.budget_table`
    has them) are accepted and not read. ``sheet`` names the sheet; by default the one named ``begroting`` or
    ``budget``, else the first. Errors name the sheet and cell (:class:`cmkit.FormatError`)."""
    path = os.fspath(path)
    required = "a header with the columns year, side, category and amount (or amount_cents)"
    csv, data, index = _sheet_csv(path, sheet, _BUDGET_SHEETS, _BUDGET_COLUMNS + _LABEL_COLUMNS, required)
    for name, col in zip(csv.columns, csv.header_cols):
        if name not in _BUDGET_COLUMNS + _LABEL_COLUMNS:
            raise _format_error(path, _place(csv.sheet, csv.header_row, col), f"column '{name}'",
                                "only the columns " + ", ".join(_BUDGET_COLUMNS) + _HEADER_HINT)
    # The compiled reader sees the columns it knows, in the sheet's order (so that its header checks name them).
    core_cols = [n for n in csv.columns if n in _BUDGET_CHECKED_BY_CORE]
    actuals, extras = _through_core(csv, data, index, core_cols, _budget_extra(csv))
    return [_core.BudgetRow(year=e.year, version=version, side=e.side, category=e.category, source=source,
                            municipality=e.municipality, amount=e.amount, derived=derived)
            for e, (version, source, derived) in zip(actuals.entries, extras)]


def load_actuals(path: Union[str, "os.PathLike[str]"], sheet: Optional[str] = None) -> "_core.Realisation":
    """Actuals from any file cmkit reads: an ``.xlsx`` workbook (:func:`load_realisation_xlsx`), else a
    ``.csv`` file or Realisation JSON (:func:`cmkit.load_realisation`)."""
    if is_xlsx_path(path):
        return load_realisation_xlsx(path, sheet)
    if sheet is not None:
        raise InvalidArgumentError(f"sheet={sheet!r} goes with an .xlsx workbook, not {os.fspath(path)!r}")
    return _core.load_realisation(path)


# ---- writing ----------------------------------------------------------------------------------------------

TableLike = Any  # cmkit.Table, a pandas DataFrame, a sequence of dicts, a Budget, BudgetRows, a Realisation

_INVALID_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_COLUMNS = ("date", "start", "end")


def _sheet_names(names: Sequence[str]) -> List[str]:
    """Names valid for Excel: at most 31 characters, none of []:*?/\\, not empty, not starting or ending
    with "'", not 'History', and unique regardless of case (a suffix ' (2)' where needed)."""
    out: List[str] = []
    seen = set()
    for raw in names:
        name = _INVALID_SHEET_CHARS.sub("_", str(raw)).strip("'").strip()
        if not name:
            name = "Blad"
        if name.casefold() == "history":
            name += "_"
        base = name[:31]
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            name = base[: 31 - len(suffix)] + suffix
        seen.add(name.casefold())
        out.append(name)
    return out


def _records(table: TableLike) -> Tuple[List[str], List[List[Any]]]:
    """Columns and rows of any table form write_xlsx takes."""
    from cmkit import frames

    if isinstance(table, _core.Table):
        cols = [str(c) for c in table.column_names()]
        recs = frames.table_records(table)
        rows = [[r[c] for c in cols] for r in recs]
        # The tables keep dates as ISO text (the roll-up's start and end): in a sheet they are dates.
        for j, c in enumerate(cols):
            values = [row[j] for row in rows if row[j] is not None]
            if c in _DATE_COLUMNS and values and all(isinstance(v, str) and _ISO_DATE.fullmatch(v) for v in values):
                for row in rows:
                    if row[j] is not None:
                        row[j] = _dt.date.fromisoformat(row[j])
        return cols, rows
    if isinstance(table, (_core.Budget, _core.Plan)):
        recs = frames.budget_records(table)
        return list(frames.BUDGET_TABLE_COLUMNS), [[r[c] for c in frames.BUDGET_TABLE_COLUMNS] for r in recs]
    if isinstance(table, _core.Realisation):
        recs = frames.realisation_records(table)
        return list(frames.REALISATION_COLUMNS), [[r[c] for c in frames.REALISATION_COLUMNS] for r in recs]
    if isinstance(table, _core.MatchingSplit):
        recs = frames.matching_records(table)
        return list(frames.MATCHING_COLUMNS), [[r[c] for c in frames.MATCHING_COLUMNS] for r in recs]
    if isinstance(table, tuple) and len(table) == 2 and all(isinstance(c, str) for c in table[0]):
        cols = list(table[0])  # (columns, list of dicts): the columns even when there is no row
        return cols, [[r.get(c) for c in cols] for r in table[1]]
    if hasattr(table, "columns") and hasattr(table, "itertuples"):  # a pandas DataFrame
        cols = [str(c) for c in table.columns]
        return cols, [list(t) for t in table.itertuples(index=False, name=None)]
    rows = list(table)
    if rows and all(isinstance(r, _core.BudgetRow) for r in rows):
        recs = frames.budget_records(rows)
        return list(frames.BUDGET_TABLE_COLUMNS), [[r[c] for c in frames.BUDGET_TABLE_COLUMNS] for r in recs]
    if all(isinstance(r, Mapping) for r in rows):
        cols: List[str] = []
        for r in rows:
            for k in r:
                if k not in cols:
                    cols.append(str(k))
        return cols, [[r.get(c) for c in cols] for r in rows]
    raise InvalidArgumentError(f"cannot write a {type(table).__name__} as a sheet; expected a cmkit.Table, a pandas "
                               "DataFrame, a list of dicts, a Budget (or Plan), a list of BudgetRow, a Realisation "
                               "or a MatchingSplit")


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        pd = None
    if pd is not None and (value is pd.NA or value is pd.NaT):
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: Any) -> Any:
    """numpy and pandas scalars as Python ones."""
    if hasattr(value, "item") and type(value).__module__.startswith("numpy"):
        return value.item()
    if type(value).__name__ == "Timestamp":
        return value.to_pydatetime()
    return value


_EXCEL_DIGITS = 15  # Excel keeps 15 significant digits of a number


def _euro_cell_value(cents: Any, where: str) -> Decimal:
    if isinstance(cents, _core.Money):
        cents = cents.cents
    if isinstance(cents, float) and cents.is_integer():
        cents = int(cents)
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise InvalidArgumentError(f"{where}: {cents!r} is not a whole number of cents")
    if abs(cents) >= 10 ** _EXCEL_DIGITS:
        raise InvalidArgumentError(f"{where}: {cents} cents has more than {_EXCEL_DIGITS} digits, which Excel "
                                   "cannot keep exactly; write this table as CSV")
    return Decimal(cents).scaleb(-2)


def _money_columns(columns: Sequence[str]) -> List[int]:
    return [i for i, c in enumerate(columns) if c.endswith(MONEY_SUFFIX)]


def _dropped_columns(columns: Sequence[str]) -> List[int]:
    """Other forms of an amount beside its cents — the Dutch text ``amount`` or the float ``amount_eur`` next
    to ``amount_cents`` —: the sheet has the exact number in euros instead."""
    return [i for i, c in enumerate(columns)
            if c + MONEY_SUFFIX in columns or (c.endswith("_eur") and c[:-4] + MONEY_SUFFIX in columns)]


def workbook_bytes(tables: Mapping[str, TableLike], lang: str = "nl") -> bytes:
    """The ``.xlsx`` file :func:`write_xlsx` writes, as bytes."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.utils.exceptions import IllegalCharacterError

    lang = _lang(lang)
    if not isinstance(tables, Mapping) or not tables:
        raise InvalidArgumentError("write_xlsx: expected a dict of at least one table: {sheet name: table}")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = _sheet_names(list(tables))
    bold = Font(bold=True)
    for sheet_name, (key, table) in zip(names, tables.items()):
        columns, rows = _records(table)
        drop = set(_dropped_columns(columns))
        keep = [i for i in range(len(columns)) if i not in drop]
        money = set(_money_columns(columns))
        ws = wb.create_sheet(sheet_name)
        headers = [column_header(columns[i], lang) for i in keep]
        ws.append(headers)
        for cell in ws[1]:
            cell.font = bold
        widths = [len(h) for h in headers]
        dates: set = set()
        for r, row in enumerate(rows, start=2):
            for j, i in enumerate(keep, start=1):
                value = _plain(row[i])
                where = f"table '{key}', column {columns[i]}, row {r - 1}"
                if _is_missing(value) or (isinstance(value, str) and value == ""):
                    continue
                cell = ws.cell(row=r, column=j)
                if i in money:
                    cell.value = _euro_cell_value(value, where)
                    cell.number_format = EURO_FORMAT
                    shown = len(f"{abs(int(cell.value)):,}") + 5
                elif isinstance(value, bool):
                    cell.value = value
                    shown = 5
                elif isinstance(value, (int, float)):
                    if isinstance(value, float) and not math.isfinite(value):
                        raise InvalidArgumentError(f"{where}: {value!r} cannot be stored in Excel")
                    cell.value = value
                    shown = len(_number_text(value))
                elif isinstance(value, (_dt.datetime, _dt.date)):
                    cell.value = value
                    cell.number_format = DATE_FORMAT if not isinstance(value, _dt.datetime) or \
                        value.time() == _dt.time() else DATE_FORMAT + " hh:mm"
                    shown = 10
                    dates.add(j)
                elif isinstance(value, _core.Money):
                    cell.value = _euro_cell_value(value.cents, where)
                    cell.number_format = EURO_FORMAT
                    shown = 14
                else:
                    text = value if isinstance(value, str) else str(value)
                    try:
                        cell.value = text
                    except IllegalCharacterError:
                        raise InvalidArgumentError(f"{where}: {text!r} holds a control character that an .xlsx "
                                                   "file cannot store") from None
                    cell.data_type = "s"  # text, never a formula (openpyxl takes '=...' for one)
                    shown = max((len(part) for part in text.split("\n")), default=0)
                if shown > widths[j - 1]:
                    widths[j - 1] = shown
        for j, w in enumerate(widths, start=1):
            wide = max(w, 14) if (keep[j - 1] in money) else w
            ws.column_dimensions[get_column_letter(j)].width = min(max(wide + 2, 8), 60)
        ws.freeze_panes = "A2"
        if headers:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: Union[str, "os.PathLike[str]"], tables: Mapping[str, TableLike], lang: str = "nl") -> List[str]:
    """Writes ``tables`` ({sheet name: table}) as the Excel workbook ``path``, one sheet per table, and
    returns the sheet names used (made valid for Excel: at most 31 characters, unique, none of []:*?/\\).

    A table is a :class:`cmkit.Table`, a pandas DataFrame, a list of dicts (or ``(columns, list of dicts)``,
    which has its columns even without rows), or one of the records whose
    tables cmkit writes as CSV: a Budget or Plan (the long budget table), a list of BudgetRow, a
    Realisation (the actuals) or a MatchingSplit. Headers are Dutch (``lang="en"``: English) where cmkit
    has a label (:data:`COLUMN_LABELS`), else the column name; a money column ``X_cents`` is written in
    euros as a number with a euro format (:data:`EURO_FORMAT`) under the header ``X (€)`` (``Bedrag (€)``),
    and the other forms of that amount beside it (``X``, its Dutch notation; ``X_eur``, a float) are left out. Missing values
    are empty cells, dates are dates (also the ISO text of a Table's ``date``, ``start`` and ``end`` columns),
    text is always text (never a formula). The header row is bold,
    frozen and has a filter. The file is written atomically (a temporary file beside it, then renamed);
    :class:`cmkit.FileError` when it cannot be."""
    data = workbook_bytes(tables, lang)
    _core.write_output_file(os.fspath(path), data)
    return _sheet_names(list(tables))
