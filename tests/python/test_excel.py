"""Excel workbooks (cmkit.excel): round trips against the CSV path, the written workbook's form, and hostile
input from Python and through the CLI. Every workbook is made here with openpyxl."""
import csv
import datetime
import io
import json
import re
import zipfile

import pytest

import cmkit
from cmkit import excel, frames
from conftest import DATA, ROOT, run_cli

openpyxl = pytest.importorskip("openpyxl")
pd = pytest.importorskip("pandas")

ACTUALS = DATA / "actuals"


def make_xlsx(path, rows, sheet="realisatie", extra_sheets=()):
    """A workbook with ``rows`` (lists of cell values) on ``sheet``, written by openpyxl."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for name in extra_sheets:
        wb.create_sheet(name)
    wb.save(path)
    return path


def csv_cells(path):
    """The cells of a CSV file of tests/data (separator from the header line, as cmkit's reader)."""
    text = path.read_text(encoding="utf-8")
    sep = ";" if ";" in text.splitlines()[0] else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=sep)]


def test_budget_round_trip_gives_the_csv_table(tmp_path, amstelland):
    budget = amstelland.budget
    path = tmp_path / "begroting.xlsx"
    assert cmkit.write_xlsx(path, {"begroting": budget}) == ["begroting"]
    rows = cmkit.load_budget_rows_xlsx(path)
    expected = cmkit.budget_rows(budget)
    assert len(rows) == len(expected) > 30
    assert rows == expected
    # the same CSV bytes as `cmkit budget --format csv`, and the same DataFrame
    assert cmkit.budget_rows_csv(rows) == cmkit.budget_rows_csv(expected)
    pd.testing.assert_frame_equal(frames.budget_table(rows), frames.budget_table(budget))
    # a sheet written from the DataFrame (with its category names and amount_eur) reads back the same
    path2 = tmp_path / "frame.xlsx"
    cmkit.write_xlsx(path2, {"begroting": frames.budget_table(budget)})
    assert cmkit.load_budget_rows_xlsx(path2) == expected


def test_budget_round_trip_with_derived_rows_what_if_and_english_headers(tmp_path, amstelland):
    rates = {cmkit.Sector.PO: cmkit.Money.parse("45,50"), cmkit.Sector.VO: cmkit.Money.parse("52")}
    cut = amstelland.budget.what_if("Aalsmeer:-12,5%:2026", plan=amstelland).budget
    expected = cmkit.budget_rows(cut, rates)
    assert any(r.derived for r in expected) and any(r.amount.cents % 100 for r in expected)
    path = tmp_path / "what-if.xlsx"
    cmkit.write_xlsx(path, {"budget": expected}, lang="en")
    assert openpyxl.load_workbook(path)["budget"]["A1"].value == "Year"
    rows = cmkit.load_budget_rows_xlsx(path)
    assert rows == expected
    assert cmkit.budget_rows_csv(rows) == cmkit.budget_rows_csv(expected)


def test_actuals_round_trip_gives_the_csv_table(tmp_path):
    source = ACTUALS / "amstelland-2025.csv"
    from_csv = cmkit.load_realisation(source)
    path = tmp_path / "realisatie.xlsx"
    cmkit.write_xlsx(path, {"realisatie": from_csv})
    from_xlsx = cmkit.load_realisation_xlsx(path)
    assert len(from_xlsx.entries) == len(from_csv.entries) > 10
    assert from_xlsx == from_csv
    assert cmkit.realisation_to_csv(from_xlsx) == cmkit.realisation_to_csv(from_csv)
    pd.testing.assert_frame_equal(frames.realisation(from_xlsx), frames.realisation(from_csv))
    # a DataFrame written as a sheet reads back the same
    path2 = tmp_path / "frame.xlsx"
    cmkit.write_xlsx(path2, {"actuals": frames.realisation(from_csv)})
    assert cmkit.load_realisation_xlsx(path2) == from_csv


@pytest.mark.parametrize("numbers", [False, True], ids=["text-cells", "number-cells"])
def test_a_sheet_typed_by_hand_reads_as_its_csv(tmp_path, numbers):
    """The CSV file's cells typed into a sheet (as text, or amounts and years as numbers) give the CSV's actuals."""
    source = ACTUALS / "amstelland-2025.csv"
    cells = csv_cells(source)
    header = cells[0]
    rows = [header]
    for row in cells[1:]:
        if numbers:
            row = list(row)
            row[header.index("year")] = int(row[header.index("year")])
            amount = cmkit.Money.parse(row[header.index("amount")]).cents
            row[header.index("amount")] = amount // 100 if amount % 100 == 0 else amount / 100
        rows.append(row)
    path = make_xlsx(tmp_path / "hand.xlsx", rows, sheet="Blad1")
    assert cmkit.load_realisation_xlsx(path) == cmkit.load_realisation(source)


def test_numbers_are_read_exactly(tmp_path):
    rows = [["year", "side", "category", "amount"], [2025, "cost", "activities", 1234.5],
            [2025, "cost", "activities", 0.1], [2025, "cost", "activities", -0.05], [2025.0, "cost", "activities", 7],
            [2025, "cost", "activities", 12345678901.23]]
    path = make_xlsx(tmp_path / "n.xlsx", rows)
    cents = [e.amount.cents for e in cmkit.load_realisation_xlsx(path).entries]
    assert cents == [123450, 10, -5, 700, 1234567890123]
    # a result computed in floating point (a share of a third) is not silently rounded
    path = make_xlsx(tmp_path / "third.xlsx", [rows[0], [2025, "cost", "activities", 100 / 3]])
    with pytest.raises(cmkit.FormatError) as exc:
        cmkit.load_realisation_xlsx(path)
    assert exc.value.location == "sheet 'realisatie', cell D2"
    assert "the number 33.33333333" in exc.value.found and "two decimals" in exc.value.expected


def test_text_in_dutch_notation_goes_through_the_csv_checks(tmp_path):
    rows = [["Jaar", "Baten/lasten", "Categorie", "Bedrag (€)", "Toelichting"],
            ["2025", "lasten", "activities", "1.234,50", "=not a formula"],
            [" 2025 ", "baten\t", "fcp_grant", "€ 134.812", "'=quoted"]]
    path = make_xlsx(tmp_path / "t.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    wb.active["E2"].data_type = "s"  # text that begins with '=', as Excel keeps it when typed with a "'" first
    wb.save(path)
    r = cmkit.load_realisation_xlsx(path)
    assert [e.amount.cents for e in r.entries] == [123450, 13481200]
    assert [e.side for e in r.entries] == [cmkit.Side.COST, cmkit.Side.INCOME]
    assert [e.note for e in r.entries] == ["=not a formula", "'=quoted"]
    # and the writer keeps such text as text, so that it reads back the same
    path = tmp_path / "back.xlsx"
    cmkit.write_xlsx(path, {"realisatie": r})
    cell = openpyxl.load_workbook(path)["realisatie"]["G2"]
    assert cell.value == "=not a formula" and cell.data_type == "s"
    assert cmkit.load_realisation_xlsx(path) == r


def test_amount_and_amount_cents_must_agree(tmp_path):
    rows = [["year", "side", "category", "amount", "amount_cents"], [2025, "cost", "activities", 100.01, 10000]]
    with pytest.raises(cmkit.FormatError) as exc:
        cmkit.load_realisation_xlsx(make_xlsx(tmp_path / "a.xlsx", rows))
    assert exc.value.location == "sheet 'realisatie', cell D2"
    assert exc.value.found.startswith("'100,01' and 10000 cents") and "the number 100.01" in exc.value.found


# ---- the written workbook -------------------------------------------------------------------------------------

def test_written_workbook_has_dutch_headers_euro_numbers_and_a_frozen_header(tmp_path, amstelland):
    path = tmp_path / "out.xlsx"
    split = cmkit.matching_split(amstelland, amstelland.budget)
    cmkit.write_xlsx(path, {"begroting": amstelland.budget, "matching": split})
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["begroting", "matching"]
    ws = wb["begroting"]
    header = [c.value for c in ws[1]]
    assert header == ["Jaar", "Versie", "Baten/lasten", "Categorie", "Bron", "Gemeente", "Afgeleid", "Bedrag (€)"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    rows = cmkit.budget_rows(amstelland.budget)
    assert ws.max_row == len(rows) + 1
    for row, r in zip(ws.iter_rows(min_row=2), rows):
        money = row[7]
        assert money.data_type == "n" and money.number_format == excel.EURO_FORMAT
        assert "€" in money.number_format and "0.00" in money.number_format
        assert round(money.value * 100) == r.amount.cents
        assert row[0].value == r.year and row[6].value is r.derived
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert all(widths[letter] >= len(h) for letter, h in zip("ABCDEFGH", header))
    assert widths["H"] >= 14
    m = wb["matching"]
    assert [c.value for c in m[1]] == ["Jaar", "Gemeente", "Grondslag", "Afgeleid", "Bedrag (€)"]
    assert m.freeze_panes == "A2"
    assert sum(round(c.value * 100) for (c,) in m.iter_rows(min_row=2, min_col=5, max_col=5)) == \
        sum(r.amount.cents for r in split.rows)


def test_any_table_form_with_missing_values_and_dates(tmp_path):
    frame = pd.DataFrame({"year": [2025, 2026], "count": pd.array([3, None], dtype="Int64"),
                          "mean": [1.5, float("nan")], "date": pd.to_datetime(["2025-01-31", "2026-02-01"]),
                          "budget_cents": [100, -250], "label": ["a", "@b"]})
    demo = cmkit.evi_demo_amstelland()
    analysis = cmkit.evi_analyse(demo.responses, schools=demo.schools, replicates=20)
    table = cmkit.evi_table(analysis, "distribution")
    records = [{"wave": 2025, "school": "00A1"}, {"wave": 2027, "note": "x"}]
    path = tmp_path / "any.xlsx"
    names = cmkit.write_xlsx(path, {"frame": frame, "distribution": table, "records": records}, lang="en")
    assert names == ["frame", "distribution", "records"]
    wb = openpyxl.load_workbook(path)
    ws = wb["frame"]
    assert [c.value for c in ws[1]] == ["Year", "Count", "Mean", "Date", "Budget (€)", "Label"]
    assert [c.value for c in ws[2]] == [2025, 3, 1.5, datetime.datetime(2025, 1, 31), 1, "a"]
    assert [c.value for c in ws[3]][:3] == [2026, None, None]
    assert ws["E3"].value == -2.5 and ws["E3"].number_format == excel.EURO_FORMAT
    assert ws["D2"].is_date and ws["F3"].value == "@b"
    d = wb["distribution"]
    columns = list(table.column_names())
    assert d.max_row == len(frames.table_records(table)) + 1
    values = frames.table_records(table)
    # suppressed counts stay empty cells, never 0
    col = columns.index("schools") + 1
    suppressed = [i for i, r in enumerate(values) if r["schools"] is None]
    assert suppressed, "the demo has suppressed cells"
    assert all(d.cell(row=i + 2, column=col).value is None for i in suppressed)
    assert [c.value for c in wb["records"][1]] == ["Wave", "School", "Note"]


def test_sheet_names_are_made_valid_for_excel(tmp_path):
    long = "a" * 40
    names = cmkit.write_xlsx(tmp_path / "n.xlsx", {long: [{"x": 1}], long + "b": [{"x": 2}], "a/b:c?": [{"x": 3}],
                                                   "A/B:C?": [{"x": 4}], "History": [{"x": 5}], "'": [{"x": 6}]})
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == len(names) == 6
    assert names[0] == "a" * 31 and names[1] == "a" * 27 + " (2)"
    assert names[2] == "a_b_c_" and names[3] == "A_B_C_ (2)"
    assert openpyxl.load_workbook(tmp_path / "n.xlsx").sheetnames == names


def test_a_write_is_atomic_and_refuses_what_excel_cannot_keep(tmp_path):
    path = tmp_path / "keep.xlsx"
    cmkit.write_xlsx(path, {"x": [{"amount_cents": 1}]})
    before = path.read_bytes()
    with pytest.raises(cmkit.InvalidArgumentError, match="15 digits"):
        cmkit.write_xlsx(path, {"x": [{"amount_cents": 10 ** 15}]})
    with pytest.raises(cmkit.InvalidArgumentError, match="cannot be stored"):
        cmkit.write_xlsx(path, {"x": [{"mean": float("inf")}]})
    assert path.read_bytes() == before  # the earlier file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]  # no temporary file left
    with pytest.raises(cmkit.FileError):
        cmkit.write_xlsx(tmp_path / "missing" / "x.xlsx", {"x": [{"a": 1}]})
    with pytest.raises(cmkit.InvalidArgumentError):
        cmkit.write_xlsx(path, {})


# ---- hostile input ----------------------------------------------------------------------------------------------

def _letter(header, column):
    return openpyxl.utils.get_column_letter(header.index(column) + 1)


CSV_ONLY = {"unclosed-quote.csv", "wrong-cell-count.csv"}  # quoting and cell counts do not exist in a sheet


@pytest.mark.parametrize("name", sorted(set(json.loads((ACTUALS / "expected.json").read_text())) - CSV_ONLY))
def test_the_csv_error_cases_give_the_same_error_at_the_cell(tmp_path, name):
    expected = json.loads((ACTUALS / "expected.json").read_text())[name]
    cells = csv_cells(ACTUALS / name)
    path = make_xlsx(tmp_path / (name[:-4] + ".xlsx"), cells)
    with pytest.raises(cmkit.FormatError) as csv_exc:
        cmkit.load_realisation(ACTUALS / name)
    with pytest.raises(cmkit.FormatError) as exc:
        cmkit.load_realisation_xlsx(path)
    e = exc.value
    assert e.file == str(path)
    m = re.fullmatch(r"line (\d+)(?:, column (.+))?", expected["location"])
    if name == "empty.csv":
        assert e.location == "sheet 'realisatie'" and e.found == "an empty sheet"
        return
    line, column = int(m.group(1)), m.group(2)
    if column:
        assert e.location == f"sheet 'realisatie', cell {_letter(cells[0], column)}{line}"
    elif expected["found"].startswith("column '"):  # an unknown column: its header cell
        assert e.location == f"sheet 'realisatie', cell {_letter(cells[0], expected['found'][8:-1])}{line}"
    else:
        assert e.location == f"sheet 'realisatie', row {line}"
    assert e.found == csv_exc.value.found == expected["found"]
    # the CSV's expectation; for the header with the note that the sheet's headers may be Dutch or English
    assert e.expected == csv_exc.value.expected + (excel._HEADER_HINT if line == 1 else "")
    assert str(path) in str(e) and e.location in str(e)


HEADER = ["year", "side", "category", "amount"]


def _hostile(tmp_path):
    """(name, make(path) -> path, expected place or None, words the message must hold)"""
    def simple(rows, **kw):
        return lambda p: make_xlsx(p, rows, **kw)

    def formula(p):
        make_xlsx(p, [HEADER, [2025, "cost", "activities", 100], [2025, "cost", "activities", "=SUM(D2:D2)"]])
        return p

    def error_value(p):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "realisatie"
        ws.append(HEADER)
        ws.append([2025, "cost", "activities", "#DIV/0!"])
        assert ws["D2"].data_type == "e"
        wb.save(p)
        return p

    def not_zip(p):
        p.write_bytes(b"year,side,category,amount\n2025,cost,activities,100\n")
        return p

    def zip_not_workbook(p):
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("hello.txt", "not a workbook")
        return p

    def truncated(p):
        make_xlsx(p, [HEADER, [2025, "cost", "activities", 100]])
        data = p.read_bytes()
        p.write_bytes(data[: len(data) // 2])
        return p

    return [
        ("missing-sheet", simple([HEADER], sheet="Blad1"), None, ["no sheet 'realisatie 2025'", "'Blad1'"]),
        ("wrong-header", simple([["jaar", "kant", "categorie", "bedrag"], [2025, "cost", "activities", 1]]),
         "cell B1", ["column 'kant'", "only the columns", "Baten/lasten"]),
        ("missing-column", simple([["Jaar", "Baten/lasten", "Bedrag (€)"], [2025, "cost", 1]]),
         "row 1", ["a header without 'category'"]),
        ("formula-without-value", formula, "cell D3", ["=SUM(D2:D2)", "without a stored result", "save the workbook"]),
        ("date-for-amount", simple([HEADER, [2025, "cost", "activities", datetime.datetime(2025, 3, 1)]]),
         "cell D2", ["a date (2025-03-01)", "an amount in euros"]),
        ("date-for-year", simple([HEADER, [datetime.date(2025, 1, 1), "cost", "activities", 100]]),
         "cell A2", ["a date (2025-01-01)", "a calendar year"]),
        ("three-decimals", simple([HEADER, [2025, "cost", "activities", 12.345]]),
         "cell D2", ["12.345", "two decimals"]),
        ("bool-for-amount", simple([HEADER, [2025, "cost", "activities", True]]), "cell D2", ["TRUE"]),
        ("error-value", error_value, "cell D2", ["#DIV/0!", "correct the formula"]),
        ("bad-side", simple([HEADER, [2025, "cost", "activities", 1], [2025, "kosten", "activities", 1]]),
         "cell B3", ["'kosten'", "income or cost"]),
        ("overflow", simple([HEADER, [2025, "cost", "activities", 1e300]]), "cell D2", ["64-bit euro cents"]),
        ("value-without-header", simple([HEADER, [2025, "cost", "activities", 1, "stray"]]),
         "cell E2", ["'stray'", "without a header"]),
        ("empty-header-cell", simple([["year", None, "category", "amount"], [2025, "cost", "activities", 1]]),
         "cell B1", ["an empty header cell"]),
        ("not-a-zip", not_zip, None, ["not a readable .xlsx workbook", "Excel workbook"]),
        ("zip-not-a-workbook", zip_not_workbook, None, ["Excel workbook"]),
        ("truncated", truncated, None, ["Excel workbook"]),
    ]


HOSTILE = [case[0] for case in _hostile(None)]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_workbooks_give_a_clear_error_from_python_and_the_cli(tmp_path, name):
    case = {c[0]: c for c in _hostile(tmp_path)}[name]
    _, make, place, words = case
    path = make(tmp_path / f"{name}.xlsx")
    sheet = "realisatie 2025" if name == "missing-sheet" else None
    with pytest.raises(cmkit.Error) as exc:
        cmkit.load_realisation_xlsx(path, sheet=sheet)
    message = str(exc.value)
    assert str(path) in message
    for word in words:
        assert word in message, message
    if place is not None:
        assert isinstance(exc.value, cmkit.FormatError)
        assert exc.value.location == f"sheet 'realisatie', {place}"
        assert exc.value.file == str(path) and exc.value.found and exc.value.expected
    if name == "missing-sheet":
        assert isinstance(exc.value, cmkit.NotFoundError) and exc.value.name == sheet
    res = run_cli("validate", "--actuals", str(path), *(["--actuals-sheet", sheet] if sheet else []))
    assert res.returncode == 2, res.stderr
    assert res.stdout == ""
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cmkit: error: "), res.stderr
    assert "Traceback" not in res.stderr and str(path) in lines[0]
    if place is not None:
        assert f"sheet 'realisatie', {place}" in lines[0]


def test_a_sheet_goes_with_a_workbook_only():
    res = run_cli("validate", "--actuals", str(ACTUALS / "amstelland-2025.csv"), "--actuals-sheet", "Blad1")
    assert res.returncode == 2 and res.stderr.count("\n") == 1 and "goes with an .xlsx workbook" in res.stderr


def test_a_missing_file_is_a_file_error(tmp_path):
    with pytest.raises(cmkit.FileError) as exc:
        cmkit.load_realisation_xlsx(tmp_path / "nowhere.xlsx")
    assert "nowhere.xlsx" in str(exc.value)
    res = run_cli("report", "--actuals", str(tmp_path / "nowhere.xlsx"))
    assert res.returncode == 2 and "nowhere.xlsx" in res.stderr and "Traceback" not in res.stderr


def test_budget_sheet_checks_its_own_columns(tmp_path, amstelland):
    header = ["Jaar", "Versie", "Baten/lasten", "Categorie", "Bron", "Gemeente", "Afgeleid", "Bedrag (€)"]
    good = [2025, "original", "income", "fcp_grant", "fcp", None, False, 134812]
    ok = cmkit.load_budget_rows_xlsx(make_xlsx(tmp_path / "ok.xlsx", [header, good], sheet="begroting"))
    assert ok[0].amount.cents == 13481200 and ok[0].source == "fcp" and ok[0].municipality is None
    cases = [
        ([header, good[:1] + [None] + good[2:]], "cell B2", "an empty cell"),
        ([header, good[:6] + ["misschien"] + good[7:]], "cell G2", "'misschien'"),
        ([header[:4] + ["Kleur"], good[:4] + ["rood"]], "cell E1", "column 'Kleur'"),
        ([header[:2] + header[3:], good[:2] + good[3:]], "row 1", "a header without 'side'"),
        ([header, good[:7] + ["1.00.0,5"]], "cell H2", "'1.00.0,5'"),
        ([header, good[:7] + [datetime.datetime(2025, 1, 1)]], "cell H2", "a date"),
    ]
    for i, (rows, place, found) in enumerate(cases):
        path = make_xlsx(tmp_path / f"bad{i}.xlsx", rows, sheet="begroting")
        with pytest.raises(cmkit.FormatError) as exc:
            cmkit.load_budget_rows_xlsx(path)
        assert exc.value.location == f"sheet 'begroting', {place}", (i, str(exc.value))
        assert found in exc.value.found, (i, str(exc.value))


def test_sheet_choice(tmp_path):
    rows = [HEADER, [2025, "cost", "activities", 5]]
    wb = openpyxl.Workbook()
    wb.active.title = "Toelichting"
    wb.active.append(["Dit blad is geen tabel"])
    for name, amount in (("Realisatie", 5), ("Anders", 7)):
        ws = wb.create_sheet(name)
        for row in rows[:1] + [rows[1][:3] + [amount]]:
            ws.append(row)
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    assert cmkit.load_realisation_xlsx(path).entries[0].amount.cents == 500  # 'Realisatie' by its name
    assert cmkit.load_realisation_xlsx(path, sheet="Anders").entries[0].amount.cents == 700
    with pytest.raises(cmkit.FormatError, match="sheet 'Toelichting'"):
        cmkit.load_realisation_xlsx(path, sheet="Toelichting")


# ---- the command line ----------------------------------------------------------------------------------------------

def test_cli_budget_xlsx_is_the_csv_table(tmp_path, amstelland):
    out = tmp_path / "begroting.xlsx"
    res = run_cli("budget", "--format", "xlsx", "-o", str(out))
    assert res.returncode == 0, res.stderr
    assert res.stdout == "" and "begroting" in res.stderr
    rows = cmkit.load_budget_rows_xlsx(out)
    csv_text = run_cli("budget", "--format", "csv").stdout
    assert cmkit.budget_rows_csv(rows) == csv_text
    res = run_cli("budget", "--what-if", "Aalsmeer:-50%:2026", "--format", "xlsx", "-o", str(out), "--lang", "en")
    assert res.returncode == 0, res.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["budget", "findings"]
    assert cmkit.budget_rows_csv(cmkit.load_budget_rows_xlsx(out)) == \
        run_cli("budget", "--what-if", "Aalsmeer:-50%:2026", "--format", "csv").stdout


def test_cli_refuses_xlsx_on_standard_output():
    for args in (["budget"], ["matching"], ["targets"], ["rollup", "amstelland-2025-2028"]):
        res = run_cli(*args, "--format", "xlsx")
        assert res.returncode == 2 and res.stdout == ""
        assert res.stderr.count("\n") == 1 and "needs -o FILE" in res.stderr, res.stderr


def test_cli_xlsx_of_matching_targets_rollup_evi_and_survey(tmp_path, amstelland):
    def sheets(*args):
        out = tmp_path / "out.xlsx"
        if out.exists():
            out.unlink()
        res = run_cli(*args, "--format", "xlsx", "-o", str(out))
        assert res.returncode in (0, 1), res.stderr
        return openpyxl.load_workbook(out)

    wb = sheets("matching")
    assert wb.sheetnames == ["matching"]
    split = cmkit.matching_split(amstelland, amstelland.budget)
    assert [round(c.value * 100) for (c,) in wb["matching"].iter_rows(min_row=2, min_col=5, max_col=5)] == \
        [r.amount.cents for r in split.rows]
    wb = sheets("targets", "--progress", "synthetic")
    assert wb.sheetnames == ["resultaten", "bevindingen"]
    t = wb["resultaten"]
    assert [c.value for c in t[1]][:4] == ["Resultaat", "Omschrijving (nl)", "Omschrijving (en)", "Periode"]
    assert t["E2"].is_date
    wb = sheets("rollup", "amstelland-2025-2028", "voorbeeld-fictief-2026-2028")
    assert wb.sheetnames == ["plans", "budget", "matching", "targets", "findings"]
    plans = wb["plans"]
    header = [c.value for c in plans[1]]
    assert plans.cell(row=2, column=header.index("Begin") + 1).value == datetime.datetime(2025, 1, 1)
    budget = [c.value for c in wb["budget"][1]]
    assert "Bedrag (€)" in budget and "amount_eur" not in budget and "amount_cents" not in budget
    wb = sheets("evi", "analyse", "demo", "--replicates", "20", "--table", "alpha")
    assert wb.sheetnames == ["alpha"]
    d, r = str(DATA / "survey" / "definition.json"), str(DATA / "survey" / "responses.csv")
    wb = sheets("survey", "analyse", d, r)
    assert wb.sheetnames == ["response", "distribution", "summary", "comparison"]


def test_cli_reads_actuals_from_xlsx_like_csv(tmp_path):
    source = ACTUALS / "amstelland-2025.csv"
    path = tmp_path / "realisatie.xlsx"
    cmkit.write_xlsx(path, {"realisatie": cmkit.load_realisation(source)})
    for args in (["report", "--evi", "none"], ["validate", "--format", "json"]):
        a = run_cli(*args, "--actuals", str(source))
        b = run_cli(*args, "--actuals", str(path))
        assert a.returncode == b.returncode and a.returncode in (0, 1), b.stderr
        assert a.stdout == b.stdout and len(a.stdout) > 100


def test_cli_o_writes_the_text_formats_too(tmp_path):
    out = tmp_path / "budget.csv"
    res = run_cli("budget", "--format", "csv", "-o", str(out))
    assert res.returncode == 0 and res.stdout == ""
    assert out.read_text(encoding="utf-8") == run_cli("budget", "--format", "csv").stdout


def test_the_example_of_docs_excel_md_runs(tmp_path, monkeypatch):
    text = (ROOT / "docs" / "excel.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block.replace('"tests/data/', f'"{ROOT}/tests/data/'), "docs/excel.md", "exec"), {})
    assert (tmp_path / "begroting.xlsx").exists()


def test_the_module_docstring_example_runs():
    import doctest

    result = doctest.testmod(excel)
    assert result.attempted >= 4 and result.failed == 0


def test_load_realisation_reads_a_workbook_as_it_reads_csv(tmp_path):
    """cmkit.load_realisation (and cmkit.budget.load_realisation) takes an .xlsx path too: the same actuals as
    from the CSV; a sheet name with a CSV file is refused with one clear error."""
    csv_path = DATA / "actuals" / "amstelland-2025.csv"
    from_csv = cmkit.load_realisation(csv_path)
    book = tmp_path / "actuals.xlsx"
    cmkit.write_xlsx(book, {"realisatie": from_csv})
    assert cmkit.load_realisation(book) == from_csv
    assert cmkit.budget.load_realisation(str(book), sheet="realisatie") == from_csv
    with pytest.raises(cmkit.InvalidArgumentError, match="sheet"):
        cmkit.load_realisation(csv_path, sheet="realisatie")
