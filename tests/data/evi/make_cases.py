"""Writes the Evi test inputs: a small valid response set and the malformed files in malformed/, with
index.json saying what each must give (a FormatError at a place, or a finding code). Run from this folder:
python3 make_cases.py. The C++ and the Python tests both read index.json."""
import json

HEADER = "school_id,wave,instrument,pillar,item,value"
SCHOOLS = """brin,name,municipality,sector,pupils,track
00T1,Testschool Een,aalsmeer,PO,200,spoor-1
00T2,Testschool Twee,amstelveen,PO,300,spoor-1
00T3,Testschool Drie,uithoorn,VO,900,spoor-2-vo
"""


def po21(school, wave, scen=(2, 3, 3, 2)):
    """All items of evi-2.1-po for one school: statements for visie and programma."""
    rows = []
    for pillar, sc in zip(("visie", "deskundigheid", "programma", "samenwerking"), scen):
        if pillar in ("visie", "programma"):
            rows += [f"{school},{wave},evi-2.1-po,{pillar},s{i},{sc}" for i in range(1, 6)]
        rows.append(f"{school},{wave},evi-2.1-po,{pillar},scenario,{sc}")
        rows.append(f"{school},{wave},evi-2.1-po,{pillar},ambition,{min(4, sc + 1)}")
    return rows


def vo(school, wave):
    rows = []
    for pillar in ("visie", "programma", "deskundigheid", "samenwerking", "leerling"):
        rows.append(f"{school},{wave},evi-vo,{pillar},scenario,2")
        rows.append(f"{school},{wave},evi-vo,{pillar},ambition,3")
    rows += [f"{school},{wave},evi-vo,doelstellingen,d{i:02d},3" for i in range(1, 11)]
    return rows


VALID = [HEADER] + po21("00T1", 2025) + po21("00T2", 2025, (1, 2, 2, 1)) + vo("00T3", 2025)


def text(rows):
    return "\n".join(rows) + "\n"


cases = []


def case(name, content, expect, **extra):
    with open(f"malformed/{name}", "w", encoding="utf-8") as f:
        f.write(content)
    cases.append({"file": f"malformed/{name}", **expect, **extra})


base = VALID[1:]
# ---- cannot be read: FormatError with the place
case("01-missing-column.csv", text(["school_id,wave,instrument,pillar,item"] + [r.rsplit(",", 1)[0] for r in base]),
     {"kind": "format", "location": "line 1", "found": "a header without 'value'"})
case("02-extra-column.csv", text([HEADER + ",comment"] + [r + ",x" for r in base]),
     {"kind": "format", "location": "line 1", "found": "column 'comment'"})
case("03-wave-not-a-year.csv", text([HEADER] + base[:3] + ["00T1,2025a,evi-2.1-po,visie,s4,2"] + base[4:]),
     {"kind": "format", "location": "line 5, column wave", "found": "'2025a'"})
case("04-wave-two-digits.csv", text([HEADER] + base[:2] + ["00T1,25,evi-2.1-po,visie,s3,2"] + base[3:]),
     {"kind": "format", "location": "line 4, column wave", "found": "'25'"})
case("05-value-decimal.csv", text([HEADER] + base[:6] + ["00T1,2025,evi-2.1-po,deskundigheid,scenario,2.5"] + base[7:]),
     {"kind": "format", "location": "line 8, column value", "found": "'2.5'"})
case("06-empty-school.csv", text([HEADER] + base[:1] + [",2025,evi-2.1-po,visie,s2,2"] + base[2:]),
     {"kind": "format", "location": "line 3, column school_id", "found": "an empty cell"})
case("07-short-row.csv", text([HEADER] + base[:4] + ["00T1,2025,evi-2.1-po,visie,s5"] + base[5:]),
     {"kind": "format", "location": "line 6", "found": "5 cells"})
case("08-open-quote.csv", text([HEADER] + base[:2] + ['00T1,2025,"evi-2.1-po,visie,s3,2'] + base[3:]),
     {"kind": "format", "location": "line 4", "found": "a quoted cell that is never closed"})
case("09-bad-json.json", '{"schema": "EviResponseSet.1", "responses": [',
     {"kind": "format", "found": "end of input"})
case("10-json-wave-text.json",
     json.dumps({"schema": "EviResponseSet.1", "responses": [
         {"schema": "EviResponse.1", "school_id": "00T1", "wave": "2025", "instrument": "evi-2.1-po",
          "pillar": "visie", "item": "scenario", "value": 2}]}, indent=2) + "\n",
     {"kind": "format", "location": "/responses/0/wave", "found": "\"2025\""})
# an Excel export in Windows-1252: the pillar "visie" written with a Latin-1 e-acute (byte 0xE9), not UTF-8
rows = [HEADER] + base
cells = rows[2].split(",")
cells[3] = "visi\u00e9"
rows[2] = ",".join(cells)
with open("malformed/24-windows-1252.csv", "wb") as f:
    f.write(text(rows).encode("cp1252"))
cases.append({"file": "malformed/24-windows-1252.csv", "kind": "format", "location": "line 3, column pillar",
              "found": "the byte 0xE9"})
# ---- read but wrong: a finding with its code
case("11-unknown-instrument.csv", text([HEADER] + [r.replace("evi-2.1-po", "evi-9-po") if r.startswith("00T2") else r for r in base]),
     {"kind": "finding", "code": "EVI_UNKNOWN_INSTRUMENT", "path": "line " + str(2 + [r.startswith("00T2") for r in base].index(True))})
case("12-unknown-pillar.csv", text([HEADER] + base + ["00T1,2025,evi-2.1-po,muziek,scenario,2"]),
     {"kind": "finding", "code": "EVI_UNKNOWN_PILLAR", "path": f"line {len(base) + 2}"})
case("13-unknown-item.csv", text([HEADER] + base + ["00T1,2025,evi-2.1-po,visie,s6,2"]),
     {"kind": "finding", "code": "EVI_UNKNOWN_ITEM", "path": f"line {len(base) + 2}"})
case("14-item-of-other-version.csv", text([HEADER] + base + ["00T1,2025,evi-2.1-po,visie,sat_general,3"]),
     {"kind": "finding", "code": "EVI_ITEM_NOT_IN_VERSION", "path": f"line {len(base) + 2}"})
case("15-value-out-of-scale.csv", text([HEADER] + [base[0]] + ["00T1,2025,evi-2.1-po,visie,s2,7"] + base[2:]),
     {"kind": "finding", "code": "EVI_VALUE_OUT_OF_SCALE", "path": "line 3"})
case("16-scenario-zero.csv", text([HEADER] + [r.replace("visie,scenario,2", "visie,scenario,0") for r in base]),
     {"kind": "finding", "code": "EVI_VALUE_OUT_OF_SCALE", "path": "line 7"})
case("17-duplicate-answer.csv", text([HEADER] + base + ["00T1,2025,evi-2.1-po,visie,scenario,4"]),
     {"kind": "finding", "code": "EVI_DUPLICATE_ANSWER", "path": f"line {len(base) + 2}"})
case("18-two-instruments.csv", text([HEADER] + base + ["00T1,2025,evi-2.0-po,visie,sat_general,3"]),
     {"kind": "finding", "code": "EVI_MIXED_INSTRUMENTS", "path": f"line {len(base) + 2}"})
case("19-wave-before-instrument.csv", text([HEADER] + base + po21("00T1", 2022)),
     {"kind": "finding", "code": "EVI_WAVE_BEFORE_INSTRUMENT", "path": f"line {len(base) + 2}"})
case("20-wave-out-of-range.csv", text([HEADER] + base + po21("00T1", 2031)),
     {"kind": "finding", "code": "EVI_WAVE_OUT_OF_RANGE", "path": f"line {len(base) + 2}",
      "first_wave": 2023, "last_wave": 2027})
case("21-missing-required.csv", text([HEADER] + [r for r in base if not r.startswith("00T2,2025,evi-2.1-po,programma,s")]),
     {"kind": "finding", "code": "EVI_MISSING_REQUIRED", "severity": "warning"})
case("22-school-not-in-registry.csv", text([HEADER] + base + [r.replace("00T2", "00T9") for r in base if r.startswith("00T2")]),
     {"kind": "finding", "code": "EVI_SCHOOL_NOT_IN_REGISTRY", "severity": "warning", "schools": "schools.csv"})
case("23-vo-school-answers-po.csv", text([HEADER] + base + po21("00T3", 2024)),
     {"kind": "finding", "code": "EVI_INSTRUMENT_SECTOR_MISMATCH", "severity": "warning", "schools": "schools.csv"})

with open("valid.csv", "w", encoding="utf-8") as f:
    f.write(text(VALID))
with open("schools.csv", "w", encoding="utf-8") as f:
    f.write(SCHOOLS)
with open("index.json", "w", encoding="utf-8") as f:
    json.dump({"note": "Malformed Evi response files and what each must give; made by make_cases.py.",
               "cases": cases}, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(cases), "cases")
