#!/usr/bin/env python3
"""Writes the malformed plan files of this folder from ../plans/minimal.json, and expected.json with
the error each must produce. Run it after changing a case; the C++ and the Python tests read both.

Each case: a file, the exception class, the location (JSON pointer or "line L, column C") and
substrings the message must contain (what was found, what was expected).
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).parent
BASE = json.loads((HERE.parent / "plans" / "minimal.json").read_text(encoding="utf-8"))

CASES = []


def case(name, mutate=None, text=None, error="FormatError", location="", contains=()):
    if text is None:
        doc = copy.deepcopy(BASE)
        result = mutate(doc)
        if result is not None:
            doc = result
        text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    CASES.append({"file": name, "error": error, "location": location, "contains": list(contains)})


def setp(path, value):
    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def delp(path):
    def mutate(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


case("truncated.json", text=json.dumps(BASE, indent=2)[:200],
     location="line 12, column 10", contains=["malformed JSON", "well-formed JSON document"])
case("trailing-comma.json", text='{"schema": "Plan.1",}\n', location="line 1, column 21",
     contains=["malformed JSON"])
case("root-is-array.json", lambda d: [d], location="/ (the document root)",
     contains=["found an array of 1", "\"schema\": \"Plan.2\""])
case("missing-schema.json", delp(["schema"]), location="/ (the document root)",
     contains=["an object without \"schema\""])
case("wrong-schema-name.json", setp(["schema"], "Budget.1"), location="/schema",
     contains=["\"Budget.1\"", "the schema \"Plan.2\""])
case("future-version.json", setp(["schema"], "Plan.7"), error="SchemaVersionError", location="/schema",
     contains=["\"Plan.7\"", "at most version 2 of Plan", "newer cmkit"])
case("no-upgrade-path.json", setp(["objectives", 0, "schema"], "Objective.0"), error="SchemaVersionError",
     location="/objectives/0/schema", contains=["no upgrade from 0 to 1"])
case("bad-schema-tag.json", setp(["schema"], "Plan"), location="/schema",
     contains=["NAME.VERSION"])
case("money-as-float.json", setp(["budget", "income", 0, "amounts", "2025"], 134812.5),
     location="/budget/income/0/amounts/2025", contains=["number 134812.5", "integer number of euro cents"])
case("money-as-string.json", setp(["budget", "income", 0, "amounts", "2025"], "134.812"),
     location="/budget/income/0/amounts/2025", contains=["string \"134.812\"", "integer number of euro cents"])
case("money-out-of-range.json", text=(HERE / "money-as-float.json").read_text(encoding="utf-8")
     .replace("134812.5", "9223372036854775808"),
     location="/budget/income/0/amounts/2025", contains=["9223372036854775808", "within the 64-bit range"])
case("year-key-not-a-year.json", setp(["budget", "costs", 0, "amounts"], {"2025": 1, "twenty": 2}),
     location="/budget/costs/0/amounts/twenty", contains=["key \"twenty\"", "four-digit year"])
case("date-does-not-exist.json", setp(["period", "start"], "2025-02-30"), location="/period/start",
     contains=["\"2025-02-30\"", "a day that exists"])
case("date-wrong-form.json", setp(["phases", 1, "period", "end"], "31-12-2028"), location="/phases/1/period/end",
     contains=["\"31-12-2028\"", "YYYY-MM-DD"])
case("period-reversed.json", setp(["covenant", "period"], {"start": "2028-12-31", "end": "2025-01-01"}),
     location="/covenant/period/end", contains=["on or after the start 2028-12-31"])
case("missing-field.json", delp(["objectives", 0, "label"]), location="/objectives/0",
     contains=["without \"label\"", "Objective.1"])
case("wrong-type-string.json", setp(["id"], 42), location="/id", contains=["integer 42", "a string"])
case("wrong-type-array.json", setp(["objectives"], {"a": 1}), location="/objectives",
     contains=["an object", "an array of"])
case("unknown-sector.json", setp(["budget", "school_hours", 0, "sector"], "PRIMARY"),
     location="/budget/school_hours/0/sector", contains=["\"PRIMARY\"", "one of \"PO\", \"SBO\", \"SO\", \"VO\""])
case("label-missing-en.json", setp(["title"], {"nl": "Voorbeeldplan"}), location="/title",
     contains=["without \"en\"", "a label"])
case("label-extra-key.json", setp(["title"], {"nl": "Plan", "en": "Plan", "fr": "Plan"}), location="/title/fr",
     contains=["unexpected key \"fr\""])
case("label-empty-dutch.json", setp(["objectives", 0, "label"], {"nl": "", "en": "Quality"}),
     location="/objectives/0/label/nl", contains=["non-empty Dutch label"])
case("ratio-zero-denominator.json", setp(["context_figures", 0, "share"], {"numerator": 1, "denominator": 0}),
     location="/context_figures/0/share/denominator", contains=["positive denominator"])
case("bool-for-integer.json", setp(["targets", 0, "total"], True), location="/targets/0/total",
     contains=["found true", "an integer"])
case("writer-not-object.json", setp(["writer"], "cmkit 0.1.0"), location="/writer",
     contains=["writer block"])
case("nested-wrong-schema.json", setp(["budget", "income", 0, "schema"], "HoursLine.1"),
     location="/budget/income/0/schema", contains=["\"HoursLine.1\"", "BudgetLine.1"])

(HERE / "expected.json").write_text(json.dumps(CASES, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {len(CASES)} cases")
