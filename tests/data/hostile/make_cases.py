#!/usr/bin/env python3
"""Writes the hostile input files of this folder and cases.json with the error each must give. These
are the files real users send: Excel exports in Windows-1252 or UTF-16, a stray 1e400, a key twice, a
document nested beyond reason, an empty file. Run it after changing a case; the C++ test
(tests/cpp/test_hostile.cpp) and the Python test (tests/python/test_hostile.py) read cases.json.

Each case: the file, the loader (plan, schools, evi_answers, actuals, survey, instrument, progress), the
exception class, the location, substrings the message must contain, and the CLI command that reads it
(its exit status must be 2 with one line on stderr and no traceback).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
DATA = HERE.parent
PLAN = (DATA / "plans" / "minimal.json").read_text(encoding="utf-8")
SCHOOLS = (DATA / "evi" / "schools.csv").read_text(encoding="utf-8")
ANSWERS = (DATA / "evi" / "valid.csv").read_text(encoding="utf-8")
ACTUALS = (DATA / "actuals" / "amstelland-2025.csv").read_text(encoding="utf-8")
INSTRUMENT = (DATA.parent.parent / "data" / "evi" / "evi-2.1-po.json").read_text(encoding="utf-8")
SURVEY = (DATA / "survey" / "responses.csv").read_text(encoding="utf-8")

CLI = {
    "plan": ["plan", "show", "{file}"],
    "schools": ["schools", "{file}"],
    "evi_answers": ["evi", "validate", "{file}"],
    "actuals": ["validate", "--actuals", "{file}"],
    "instrument": ["evi", "validate", str(DATA / "evi" / "valid.csv"), "--instrument", "{file}"],
    "progress": ["targets", "--progress", "{file}"],
    "survey": ["survey", "validate", str(DATA / "survey" / "definition.json"), "{file}"],
}

CASES = []


def case(name, loader, data, location, contains, error="FormatError"):
    (HERE / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    CASES.append({"file": name, "loader": loader, "error": error, "location": location, "contains": list(contains),
                  "cli": CLI[loader]})


def place(data, byte):
    """"line L, column C" of the first @p byte in @p data (C counts characters, the rest being ASCII)."""
    i = data.index(byte)
    line = data[:i].count(b"\n") + 1
    column = len(data[:i].split(b"\n")[-1]) + 1
    return f"line {line}, column {column}"


def cp1252(text):
    return text.encode("cp1252")


# ---- JSON: every loader shares one reader; the plan stands for all, with a few others to show it
case("plan-number-1e400.json", "plan", '{"schema": "Plan.1", "x": 1e400}\n', "/x",
     ["the number 1e400", "beyond the range of a double"])
case("progress-number-1e400.json", "progress", '{"schema": "ProgressData.1", "events": [-1e999]}\n', "/events/0",
     ["the number -1e999", "beyond the range of a double"])
case("plan-nested-100000.json", "plan", '{"schema": "Plan.1", "x": ' + "[" * 100000 + "]" * 100000 + "}\n",
     "/x" + "/0" * 255, ["nested more than 256 levels deep", "at most 256 levels"])
case("plan-duplicate-key.json", "plan", PLAN.replace('"id": ', '"id": "first", "id": ', 1), "/id",
     ["the key \"id\" a second time", "each key at most once"])
case("instrument-duplicate-key.json", "instrument", INSTRUMENT.replace("{", '{"note": 1, "note": 2, ', 1), "/note",
     ["the key \"note\" a second time"])
case("plan-utf16le-bom.json", "plan", b"\xff\xfe" + PLAN.encode("utf-16-le"), "line 1",
     ["UTF-16 (little-endian, byte order mark FF FE)", "save it as UTF-8"])
case("plan-utf16be-no-bom.json", "plan", PLAN.encode("utf-16-be"), "line 1",
     ["UTF-16 (big-endian, without a byte order mark)", "save it as UTF-8"])
PLAN_1252 = cp1252(PLAN.replace('"id": "', '"id": "caf\u00e9-', 1))
case("plan-windows-1252.json", "plan", PLAN_1252, place(PLAN_1252, b"\xe9"),
     ["the byte 0xE9", "in Windows-1252 it is '\u00e9'", "looks like Windows-1252"])
case("plan-empty.json", "plan", b"", "line 1", ["an empty file", "a JSON document"])
case("progress-only-spaces.json", "progress", b"  \r\n\t\n", "line 1", ["an empty file", "a JSON document"])

# ---- CSV: every reader checks the encoding with the line and the column's name
case("schools-windows-1252.csv", "schools", cp1252(SCHOOLS.replace("Testschool Twee", "Testschool Tw\u00e9\u00e9", 1)),
     "line 3, column name", ["the byte 0xE9 (character 19 of the line)", "Windows-1252", "save it as UTF-8"])
case("schools-utf16le-bom.csv", "schools", b"\xff\xfe" + SCHOOLS.encode("utf-16-le"), "line 1", ["UTF-16"])
case("schools-empty.csv", "schools", b"", "line 1", ["an empty file"])
case("answers-windows-1252.csv", "evi_answers",
     cp1252(ANSWERS.replace("00T1,2025,evi-2.1-po,visie,s2", "00T1\u2019,2025,evi-2.1-po,visie,s2", 1)),
     "line 3, column school_id", ["the byte 0x92", "in Windows-1252 it is '\u2019'"])
case("answers-utf16be-bom.csv", "evi_answers", b"\xfe\xff" + ANSWERS.encode("utf-16-be"), "line 1",
     ["UTF-16 (big-endian, byte order mark FE FF)"])
case("actuals-windows-1252.csv", "actuals", cp1252(ACTUALS.replace("beschikking FCP", "beschikking FCP \u20ac", 1)),
     "line 2, column note", ["the byte 0x80", "in Windows-1252 it is '\u20ac'"])

case("survey-windows-1252.csv", "survey", cp1252(SURVEY.replace("le26-01,2026", "l\u00e926-01,2026", 1)),
     "line 2, column respondent_id", ["the byte 0xE9", "in Windows-1252 it is '\u00e9'"])

# ---- Money: the amounts of one document must add up within 64-bit cents, so that no total overflows
# later, far from the file; the amount that takes the sum over the edge is named at its place.
PLAN_DOC = json.loads(PLAN)
PLAN_DOC["budget"]["income"][0]["amounts"]["2025"] = 5 * 10**18
PLAN_DOC["budget"]["costs"][0]["amounts"]["2025"] = 5 * 10**18
case("plan-amounts-overflow.json", "plan", json.dumps(PLAN_DOC, indent=2) + "\n", "/budget/costs/0/amounts/2025",
     ["the amount \u20ac 50.000.000.000.000.000", "add up to more than 64-bit cents can hold",
      "at most \u20ac 92.233.720.368.547.758,07"])
ACTUALS_LINES = ACTUALS.splitlines(keepends=True)
case("actuals-amount-too-large.csv", "actuals",
     ACTUALS_LINES[0] + "2025;cost;activities;;;92.233.720.368.547.758,08;\n", "line 2, column amount",
     ["'92.233.720.368.547.758,08'", "an amount that fits in 64-bit euro cents"])
case("actuals-amounts-overflow.csv", "actuals",
     ACTUALS_LINES[0] + "2025;cost;activities;;;50.000.000.000.000.000;\n" * 2, "line 3, column amount",
     ["the amount \u20ac 50.000.000.000.000.000", "add up to more than 64-bit cents can hold"])

(HERE / "cases.json").write_text(json.dumps(CASES, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{len(CASES)} cases")
