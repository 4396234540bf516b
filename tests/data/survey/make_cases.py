#!/usr/bin/env python3
"""Writes the impact-survey test files of this folder, and expected.json with what each bad file must
produce. Run it after changing a case; the C++ test (tests/cpp/test_survey.cpp) and the Python test
(tests/python/test_survey.py) both read expected.json.

All data here is SYNTHETIC, made up for the tests:

  definition.json     a small valid Survey.1 definition: three groups (leerkrachten and vakdocenten with
                      invited counts, scholen without), two scales (eens5 with "weet niet" 8 and
                      "n.v.t." 9 excluded from percentages; drie with the missing marker "NA", an explicit
                      top box [3] and a code 0 that is counted in the base), three items
  responses.csv       valid answers for 2026 and 2028, with missing answers, "weet niet", a group below
                      k = 5 (vakdocenten 2026: 4 respondents) and a group without answers in 2028 (scholen)
  responses.json      the same answers as SurveyResponses.1 JSON

Every other file breaks one rule. expected.json maps each to:

  input     "responses" (read with the definition.json definition) or "definition"
  error     "FormatError" with `location` and `found` (or `found_prefix`) exactly as reported, or
  finding   the code of the only error finding it gives, with its `path`
"""
import csv
import io
import json
import pathlib
import random

HERE = pathlib.Path(__file__).parent


def label(nl, en):
    return {"nl": nl, "en": en}


def point(code, nl, en):
    return {"schema": "ScalePoint.1", "code": code, "label": label(nl, en)}


DEFINITION = {
    "schema": "Survey.1",
    "id": "test-survey",
    "label": label("Testenquête (synthetisch)", "Test survey (synthetic)"),
    "note": "SYNTHETIC definition for the tests.",
    "waves": [2026, 2028],
    "groups": [
        {"schema": "SurveyGroup.1", "id": "leerkrachten", "label": label("Leerkrachten", "Teachers"),
         "invited": {"2026": 20, "2028": 25}},
        {"schema": "SurveyGroup.1", "id": "vakdocenten", "label": label("Vakdocenten", "Specialist arts teachers"),
         "invited": {"2026": 6}},
        {"schema": "SurveyGroup.1", "id": "scholen", "label": label("Scholen", "Schools")},
    ],
    "themes": [
        {"schema": "SurveyTheme.1", "id": "trainingen", "label": label("Trainingen", "Trainings")},
        {"schema": "SurveyTheme.1", "id": "samenwerking", "label": label("Samenwerking", "Collaboration")},
    ],
    "scales": [
        {"schema": "SurveyScale.1", "id": "eens5", "label": label("Instemming", "Agreement"),
         "points": [point(1, "helemaal oneens", "strongly disagree"), point(2, "oneens", "disagree"),
                    point(3, "neutraal", "neutral"), point(4, "eens", "agree"),
                    point(5, "helemaal eens", "strongly agree")],
         "non_substantive": [
             {"schema": "ScaleCode.1", "code": 8, "label": label("weet niet", "don't know"),
              "excluded_from_percentages": True},
             {"schema": "ScaleCode.1", "code": 9, "label": label("n.v.t.", "not applicable"),
              "excluded_from_percentages": True}],
         "missing": ""},
        {"schema": "SurveyScale.1", "id": "drie", "label": label("Drie punten", "Three points"),
         "points": [point(1, "nee", "no"), point(2, "deels", "partly"), point(3, "ja", "yes")],
         "non_substantive": [
             {"schema": "ScaleCode.1", "code": 0, "label": label("geen mening", "no opinion"),
              "excluded_from_percentages": False}],
         "missing": "NA",
         "top_box": [3]},
    ],
    "items": [
        {"schema": "SurveyItem.1", "id": "training", "label": label("De training was bruikbaar.", "The training was useful."),
         "scale": "eens5", "groups": ["leerkrachten", "vakdocenten"], "theme": "trainingen"},
        {"schema": "SurveyItem.1", "id": "samenwerking",
         "label": label("De samenwerking verloopt goed.", "Collaboration goes well."),
         "scale": "eens5", "groups": ["leerkrachten", "scholen"], "theme": "samenwerking"},
        {"schema": "SurveyItem.1", "id": "tevreden", "label": label("Tevreden?", "Satisfied?"),
         "scale": "drie", "groups": ["leerkrachten", "vakdocenten", "scholen"]},
    ],
}

HEADER = ["respondent_id", "wave", "group", "item", "value"]
ITEMS_OF = {"leerkrachten": ["training", "samenwerking", "tevreden"], "vakdocenten": ["training", "tevreden"],
            "scholen": ["samenwerking", "tevreden"]}
SIZES = {(2026, "leerkrachten"): 12, (2028, "leerkrachten"): 15, (2026, "vakdocenten"): 4,
         (2028, "vakdocenten"): 6, (2026, "scholen"): 5, (2028, "scholen"): 0}


def valid_rows():
    rng = random.Random(20262028)
    rows = []
    for (wave, group), n in SIZES.items():
        for i in range(1, n + 1):
            rid = f"{group[:2]}{wave % 100}-{i:02d}"
            for item in ITEMS_OF[group]:
                r = rng.random()
                if item == "tevreden":
                    value = "NA" if r < 0.08 else "0" if r < 0.15 else str(rng.choice([1, 2, 2, 3, 3, 3]))
                else:
                    shift = 1 if wave == 2028 else 0
                    value = ("" if r < 0.07 else "8" if r < 0.14 else "9" if r < 0.17 else
                             str(min(5, rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5]) + shift)))
                rows.append([rid, str(wave), group, item, value])
    # "NA" (scale drie's missing marker) for two answers, whatever the draws gave
    for row in rows:
        if row[0] in ("le28-03", "va28-02") and row[3] == "tevreden":
            row[4] = "NA"
    # one respondent who opened the questionnaire and answered nothing
    rows += [["le26-99", "2026", "leerkrachten", item, ""] for item in ITEMS_OF["leerkrachten"]]
    return rows


def write_csv(name, rows, header=HEADER):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    (HERE / name).write_text(buf.getvalue(), encoding="utf-8")


def write_json(name, doc):
    (HERE / name).write_text(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def responses_doc(rows, definition=DEFINITION):
    markers = {s["id"]: s.get("missing", "") for s in definition["scales"]}
    scale_of = {i["id"]: i["scale"] for i in definition["items"]}
    answers = []
    for rid, wave, group, item, value in rows:
        a = {"schema": "SurveyAnswer.1", "respondent_id": rid, "wave": int(wave), "group": group, "item": item}
        if value != "" and value != markers.get(scale_of.get(item), ""):
            a["value"] = int(value)
        answers.append(a)
    return {"schema": "SurveyResponses.1", "survey": "test-survey", "note": "SYNTHETIC responses for the tests.",
            "answers": answers}


EXPECTED = {}


def main():
    write_json("definition.json", DEFINITION)
    rows = valid_rows()
    write_csv("responses.csv", rows)
    write_json("responses.json", responses_doc(rows))
    base = [["le26-01", "2026", "leerkrachten", "training", "4"],
            ["le26-01", "2026", "leerkrachten", "samenwerking", "5"],
            ["le26-02", "2026", "leerkrachten", "training", "3"]]

    def bad_csv(name, text, location, found, description):
        (HERE / name).write_text(text, encoding="utf-8")
        EXPECTED[name] = {"input": "responses", "error": "FormatError", "location": location, "found": found,
                          "description": description}

    def finding_csv(name, rows, code, path, description):
        write_csv(name, rows)
        EXPECTED[name] = {"input": "responses", "finding": code, "path": path, "description": description}

    def bad_definition(name, text, location, description, found=None, found_prefix=None):
        (HERE / name).write_text(text, encoding="utf-8")
        e = {"input": "definition", "error": "FormatError", "location": location, "description": description}
        if found is not None:
            e["found"] = found
        if found_prefix is not None:
            e["found_prefix"] = found_prefix
        EXPECTED[name] = e

    def finding_definition(name, mutate, code, path, description):
        doc = json.loads(json.dumps(DEFINITION))
        mutate(doc)
        write_json(name, doc)
        EXPECTED[name] = {"input": "definition", "finding": code, "path": path, "description": description}

    # ---- responses that cannot be read (FormatError) ----
    bad_csv("bad-header.csv", "respondent,wave,group,item,value\nle26-01,2026,leerkrachten,training,4\n",
            "line 1", "column 'respondent'", "a header with an unknown column name")
    bad_csv("missing-column.csv", "respondent_id,wave,group,item\nle26-01,2026,leerkrachten,training\n",
            "line 1", "a header without 'value'", "the value column is missing")
    bad_csv("wave-not-a-year.csv",
            "respondent_id,wave,group,item,value\nle26-01,2026,leerkrachten,training,4\n"
            "le26-02,voorjaar,leerkrachten,training,3\n",
            "line 3, column wave", "'voorjaar'", "a wave that is not a year")
    bad_csv("value-not-integer.csv", "respondent_id,wave,group,item,value\nle26-01,2026,leerkrachten,training,4.5\n",
            "line 2, column value", "'4.5'", "a value that is not an integer code")
    bad_csv("value-is-text.csv", "respondent_id;wave;group;item;value\nle26-01;2026;leerkrachten;training;eens\n",
            "line 2, column value", "'eens'", "a label written instead of its code (semicolon-separated file)")
    bad_csv("empty-respondent.csv", "respondent_id,wave,group,item,value\n,2026,leerkrachten,training,4\n",
            "line 2, column respondent_id", "an empty cell", "an answer without a respondent id")
    bad_csv("wrong-cell-count.csv", "respondent_id,wave,group,item,value\nle26-01,2026,leerkrachten,training\n",
            "line 2", "4 cells", "a row with a cell too few")
    text = json.dumps(responses_doc(base), indent=2, sort_keys=True).replace('"value": 5', '"value": "5"')
    (HERE / "value-as-string.json").write_text(text + "\n", encoding="utf-8")
    EXPECTED["value-as-string.json"] = {"input": "responses", "error": "FormatError", "location": "/answers/1/value",
                                        "found": 'string "5"', "description": "a JSON value given as a string"}

    # ---- responses that break a rule (findings) ----
    finding_csv("unknown-group.csv", base + [["ou26-01", "2026", "ouders", "training", "4"]],
                "UNKNOWN_GROUP", "/answers/3/group", "a group the definition does not have")
    finding_csv("unknown-item.csv", base + [["le26-02", "2026", "leerkrachten", "plezier", "4"]],
                "UNKNOWN_ITEM", "/answers/3/item", "an item the definition does not have")
    finding_csv("item-not-asked.csv", base + [["sc26-01", "2026", "scholen", "training", "4"]],
                "ITEM_NOT_ASKED_TO_GROUP", "/answers/3/item", "schools answered an item only teachers get")
    finding_csv("value-not-in-scale.csv", base + [["le26-02", "2026", "leerkrachten", "samenwerking", "6"]],
                "VALUE_NOT_IN_SCALE", "/answers/3/value", "6 on a five-point scale")
    finding_csv("duplicate-answer.csv", base + [["le26-01", "2026", "leerkrachten", "training", "5"]],
                "DUPLICATE_ANSWER", "/answers/3", "the same respondent answered the same item twice")
    finding_csv("respondent-in-two-groups.csv", base + [["le26-02", "2026", "scholen", "tevreden", "3"]],
                "RESPONDENT_IN_TWO_GROUPS", "/answers/3/group", "one respondent id in two groups in one wave")

    # ---- definitions that cannot be read (FormatError) ----
    good = json.dumps(DEFINITION, indent=2, sort_keys=True)
    bad_definition("definition-truncated.json", good[: len(good) // 2], "line 113, column 12",
                   "a definition cut off half-way", found_prefix="malformed JSON")
    bad_definition("definition-code-as-string.json",
                   good.replace('"code": 4,', '"code": "4",', 1), "/scales/0/points/3/code",
                   "a point code given as a string", found='string "4"')
    doc = json.loads(good)
    del doc["items"]
    bad_definition("definition-without-items.json", json.dumps(doc, indent=2, sort_keys=True) + "\n",
                   "/ (the document root)", "a definition without items", found='an object without "items"')

    # ---- definitions that break a rule (findings) ----
    finding_definition("definition-unknown-scale.json", lambda d: d["items"][1].update(scale="eens7"),
                       "UNKNOWN_SCALE", "/items/1/scale", "an item on a scale that is not declared")
    finding_definition("definition-duplicate-item.json", lambda d: d["items"][2].update(id="training"),
                       "DUPLICATE_ITEM_ID", "/items/2/id", "two items with the same id")
    finding_definition("definition-top-box-not-in-scale.json", lambda d: d["scales"][1].update(top_box=[3, 8]),
                       "TOP_BOX_NOT_IN_SCALE", "/scales/1/top_box/1", "a top box with a code that is no point")
    finding_definition("definition-item-group-unknown.json",
                       lambda d: d["items"][0]["groups"].append("ouders"),
                       "ITEM_GROUP_UNKNOWN", "/items/0/groups/2", "an item for a group that is not declared")
    finding_definition("definition-duplicate-code.json",
                       lambda d: d["scales"][0]["non_substantive"][0].update(code=5),
                       "DUPLICATE_SCALE_CODE", "/scales/0/non_substantive/0/code",
                       "'weet niet' given the code of a scale point")
    write_json("expected.json", EXPECTED)


if __name__ == "__main__":
    main()
