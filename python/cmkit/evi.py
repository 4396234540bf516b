"""The Evi regional analysis from Python: tables as rows, CSV and JSON writers, and the text report.

The computation is in the compiled core (:func:`cmkit.evi_analyse`); this module only reshapes its result.
Every table of an :class:`cmkit.EviAnalysis` is one :class:`cmkit.Table` (:func:`cmkit.evi_table`), made in
C++; from it come a list of dicts (:func:`table_rows`), a pandas DataFrame (:func:`cmkit.frames.evi_table`),
CSV (:func:`table_csv`) and JSON, with the same column names.
The same analysis gives byte-identical CSV and JSON text (:func:`write_outputs`).

>>> import cmkit
>>> demo = cmkit.evi_demo_amstelland()
>>> a = cmkit.evi_analyse(demo.responses, schools=demo.schools)
>>> a.manifest.synthetic
True

The Evi names of the compiled core are here too, so ``cmkit.evi`` is the whole area: the instruments
(EviInstrument and its parts, evi_instrument(s), builtin_evi_instruments, load_evi_instrument,
check_evi_instrument), responses (EviResponseSet, EviResponse, load_evi_responses, evi_responses_from_csv /
_from_json / _to_csv, validate_evi_responses, EviValidationOptions), the analysis (evi_analyse,
EviAnalysis, EviAnalysisOptions, EviManifest, the row records, evi_table, evi_table_names,
evi_table_columns, evi_table_csv, evi_output_files, evi_scores), disclosure control (evi_suppress,
evi_suppress_linked, evi_audit), dossiers (evi_dossier, EviDossier) and synthetic waves (evi_synthetic,
evi_demo_amstelland, EviSynthOptions, EviSyntheticData). See docs/evi-analysis.md and docs/evi-disclosure.md.
"""

from __future__ import annotations

import json
import os
from typing import List, Optional, Sequence

from cmkit import _core
from cmkit._tables import table_records, text_table
from cmkit._core import (  # the Evi area of the compiled core, re-exported (see the module docstring)
    EviAgreementRow,
    EviAlphaRow,
    EviAmbitionRow,
    EviAnalysis,
    EviAnalysisOptions,
    EviConsistencyRow,
    EviDistributionRow,
    EviDossier,
    EviDossierRow,
    EviDossierWave,
    EviInstrument,
    EviIntervalRow,
    EviItem,
    EviItemKind,
    EviItemSummaryRow,
    EviManifest,
    EviManifestInput,
    EviPairedChangeRow,
    EviPillar,
    EviResponse,
    EviResponseRow,
    EviResponseSet,
    EviScale,
    EviScalePoint,
    EviScenarioText,
    EviScore,
    EviScoring,
    EviSynthOptions,
    EviSyntheticData,
    EviTransitionRow,
    EviValidationOptions,
    builtin_evi_instruments,
    check_evi_instrument,
    evi_analyse,
    evi_audit,
    evi_demo_amstelland,
    evi_dossier,
    evi_instrument,
    evi_instruments,
    evi_responses_from_csv,
    evi_responses_from_json,
    evi_responses_to_csv,
    evi_scores,
    evi_suppress,
    evi_suppress_linked,
    evi_synthetic,
    evi_output_files,
    write_evi_outputs,
    evi_table_columns,
    evi_table_csv,
    evi_table,
    evi_table_names,
    load_evi_instrument,
    load_evi_responses,
    validate_evi_responses,
    Table,
)

__all__ = [
    "table_columns",
    "analysis_dict",
    "table_rows",
    "table_csv",
    "analysis_json",
    "manifest_json",
    "write_outputs",
    "resolve_instruments",
    "load_inputs",
    "analysis_lines",
    "dossier_lines",
]
__all__ += [  # the compiled core's Evi names
    "EviAgreementRow",
    "EviAlphaRow",
    "EviAmbitionRow",
    "EviAnalysis",
    "EviAnalysisOptions",
    "EviConsistencyRow",
    "EviDistributionRow",
    "EviDossier",
    "EviDossierRow",
    "EviDossierWave",
    "EviInstrument",
    "EviIntervalRow",
    "EviItem",
    "EviItemKind",
    "EviItemSummaryRow",
    "EviManifest",
    "EviManifestInput",
    "EviPairedChangeRow",
    "EviPillar",
    "EviResponse",
    "EviResponseRow",
    "EviResponseSet",
    "EviScale",
    "EviScalePoint",
    "EviScenarioText",
    "EviScore",
    "EviScoring",
    "EviSynthOptions",
    "EviSyntheticData",
    "EviTransitionRow",
    "EviValidationOptions",
    "builtin_evi_instruments",
    "check_evi_instrument",
    "evi_analyse",
    "evi_audit",
    "evi_demo_amstelland",
    "evi_dossier",
    "evi_instrument",
    "evi_instruments",
    "evi_responses_from_csv",
    "evi_responses_from_json",
    "evi_responses_to_csv",
    "evi_scores",
    "evi_suppress",
    "evi_suppress_linked",
    "evi_synthetic",
    "evi_output_files",
    "write_evi_outputs",
    "evi_table_columns",
    "evi_table_csv",
    "evi_table",
    "evi_table_names",
    "load_evi_instrument",
    "load_evi_responses",
    "validate_evi_responses",
    "Table",
]


def table_columns(name: str, csv: bool = True) -> List[str]:
    """The columns of table ``name`` in order, as the compiled core defines them (the fields of the row
    record). ``csv=True`` gives the CSV form: ``distribution`` and ``transitions`` leave out ``suppression``
    (primary/complementary), which their JSON and DataFrame forms have."""
    if name not in _core.evi_table_names():
        raise _invalid(f"unknown Evi table {name!r}; expected one of: {', '.join(_core.evi_table_names())}")
    return list(_core.evi_table_columns(name, csv))


def analysis_dict(analysis: "_core.EviAnalysis") -> dict:
    """The analysis as plain Python data (the parsed canonical JSON of the record)."""
    return json.loads(analysis.to_json())


def table_rows(analysis, name: str) -> List[dict]:
    """The rows of table ``name`` (see :func:`cmkit.evi_table_names`) as dicts with the columns of
    :func:`cmkit.evi_table`; absent values are None. ``rate`` of the response table is received / expected
    as a float (the counts are beside it)."""
    table_columns(name)  # a clear error for an unknown name
    return table_records(_core.evi_table(analysis, name))


def table_csv(analysis, name: str) -> str:
    """Table ``name`` as CSV text (``,``, ``\\n``, header first); suppressed counts are empty cells. Written
    by the compiled core (:func:`cmkit.evi_table_csv`): the same bytes as ``cmkit evi analyse -o``."""
    table_columns(name)  # a clear error for an unknown name
    return _core.evi_table_csv(analysis, name)


def analysis_json(analysis) -> str:
    """The whole analysis as indented JSON with sorted keys and a final newline (byte-stable)."""
    return analysis.to_json()


def manifest_json(analysis) -> str:
    """The manifest as indented JSON with sorted keys (byte-stable)."""
    return analysis.manifest.to_json()


def write_outputs(analysis, directory) -> List[str]:
    """Writes ``analysis.json``, ``manifest.json`` and one ``<table>.csv`` per table as ``directory`` and
    returns the file names written. Same analysis, same bytes. The text of every file comes from the compiled
    core (:func:`cmkit.evi_output_files`) and is written there, all or nothing (:func:`cmkit.write_evi_outputs`,
    as :func:`cmkit.write_output_directory`; the texts are not copied into Python)
    (``directory`` must be new, empty or an earlier cmkit output; symbolic links in it are not followed)."""
    return list(_core.write_evi_outputs(analysis, os.fspath(directory)))


def resolve_instruments(paths: Optional[Sequence[str]] = None) -> List["_core.EviInstrument"]:
    """The built-in instruments, with each definition file in ``paths`` added (or replacing the built-in
    one with the same id)."""
    instruments = {i.id: i for i in _core.builtin_evi_instruments()}
    for p in paths or []:
        ins = _core.load_evi_instrument(p)
        instruments[ins.id] = ins
    return [instruments[k] for k in sorted(instruments)]


def load_inputs(responses: str, schools: Optional[str] = None):
    """Reads ``responses`` (a CSV/JSON path, or ``demo`` for the shipped synthetic Amstelland waves) and the
    schools file; returns ``(EviResponseSet, SchoolRegistry or None)``. With ``demo`` and no schools file,
    the demo's own schools file is used."""
    if responses == "demo":
        demo = _core.evi_demo_amstelland()
        return demo.responses, (_core.load_schools(schools) if schools else demo.schools)
    return _core.load_evi_responses(responses), (_core.load_schools(schools) if schools else None)


# ---- text report ------------------------------------------------------------------------------------

_T = {
    "nl": {
        "synthetic": "LET OP: synthetische (verzonnen) gegevens, geen echte scholen of antwoorden.",
        "response": "Respons (ontvangen / verwacht)",
        "pyramids": "Scenario's per pijler (aantal scholen; * = onderdrukt, minder dan {k} of aanvullend)",
        "agreement": "Eigen scenario en scenario uit de stellingen",
        "transitions": "Overgangen tussen metingen (scholen in beide metingen)",
        "consistency": "Samenhang tussen pijlers (verschil in eigen scenario)",
        "alpha": "Interne consistentie van de stellingen (Cronbachs alfa)",
        "intervals": "Gemiddeld scenario met {c}%-bootstrapinterval",
        "ambition": "Ambitie min eigen scenario",
        "items": "Tevredenheid en doelstellingen (gemiddelde)",
        "findings": "Bevindingen bij de controle van de antwoorden",
        "manifest": "Verantwoording (manifest)",
        "wave": "meting", "pillar": "pijler", "group": "groep", "all": "regio", "schools": "scholen",
        "same": "gelijk", "higher": "eigen hoger", "lower": "eigen lager", "up": "hoger", "down": "lager",
        "one": "1 verschil", "two": "2+ verschil", "mean": "gem.", "n_a": "–",
        "gap0": "gelijk", "gap1": "+1", "gap2": "+2 of meer", "below": "lager",
        "by": {"municipality": "gemeente", "sector": "sector", "track": "spoor", "all": "alle"},
        "none": "geen",
    },
    "en": {
        "synthetic": "NOTE: synthetic (made-up) data, no real schools or answers.",
        "response": "Response (received / expected)",
        "pyramids": "Scenarios per pillar (number of schools; * = suppressed, fewer than {k} or complementary)",
        "agreement": "Own scenario and scenario from the statements",
        "transitions": "Transitions between waves (schools in both waves)",
        "consistency": "Consistency between pillars (difference in own scenario)",
        "alpha": "Internal consistency of the statements (Cronbach's alpha)",
        "intervals": "Mean scenario with {c}% bootstrap interval",
        "ambition": "Ambition minus own scenario",
        "items": "Satisfaction and objectives (mean)",
        "findings": "Findings when checking the answers",
        "manifest": "Provenance (manifest)",
        "wave": "wave", "pillar": "pillar", "group": "group", "all": "region", "schools": "schools",
        "same": "same", "higher": "own higher", "lower": "own lower", "up": "up", "down": "down",
        "one": "1 apart", "two": "2+ apart", "mean": "mean", "n_a": "–",
        "gap0": "equal", "gap1": "+1", "gap2": "+2 or more", "below": "below",
        "by": {"municipality": "municipality", "sector": "sector", "track": "track", "all": "all"},
        "none": "none",
    },
}


def _t(lang: str) -> dict:
    if lang not in _T:
        raise _invalid(f"unknown language {lang!r}; expected 'nl' or 'en'")
    return _T[lang]


def _num(v, lang: str, decimals: int = 2) -> str:
    if v is None:
        return "–"
    text = f"{v:.{decimals}f}"
    return text.replace(".", ",") if lang == "nl" else text


def _count(v) -> str:
    return "*" if v is None else str(v)


def _table(header, rows, indent: str = "  ") -> List[str]:
    return text_table(header, rows, indent)


def analysis_lines(analysis, lang: str = "nl") -> List[str]:
    """The regional analysis as text: response, pyramids per pillar (region and breakdowns), agreement,
    transitions and paired change, consistency, alpha, intervals, ambition, items, findings, manifest."""
    t = _t(lang)
    data = analysis
    full = analysis_dict(analysis)
    m = full["manifest"]
    k = m["options"]["k"]
    out: List[str] = []
    if m["synthetic"]:
        out += [f"  {t['synthetic']}", ""]
    # response
    out.append(f"  {t['response']}")
    rows = []
    for r in table_rows(data, "response"):
        label = t["all"] if r["group_by"] == "all" else f"{t['by'][r['group_by']]}: {r['group']}"
        exp = r["expected"]
        rate = "" if r["rate"] is None else _num(100 * r["rate"], lang, 0) + "%"
        rows.append([label, str(r["wave"]), f"{r['received']}" + (f" / {exp}" if exp is not None else ""), rate])
    out += _table([t["group"], t["wave"], t["schools"], "%"], rows)
    # pyramids
    out += ["", f"  {t['pyramids'].format(k=k)}"]
    dist = table_rows(data, "distribution")
    scen = sorted({r["scenario"] for r in dist})
    keys = []
    for r in dist:
        key = (r["wave"], r["pillar"])
        if key not in keys:
            keys.append(key)
    for wave, pillar in keys:
        rows = []
        groups = []
        for r in dist:
            if r["wave"] == wave and r["pillar"] == pillar and (r["group_by"], r["group"]) not in groups:
                groups.append((r["group_by"], r["group"]))
        for gb, g in groups:
            cells = {r["scenario"]: r["schools"] for r in dist
                     if r["wave"] == wave and r["pillar"] == pillar and r["group_by"] == gb and r["group"] == g}
            label = t["all"] if gb == "all" else f"{t['by'][gb]}: {g}"
            rows.append([label] + [_count(cells.get(s)) for s in scen])
        out += ["", f"  {pillar} {wave}"]
        out += _table([t["group"]] + [f"sc. {s}" for s in scen], rows, "    ")
    # agreement
    ag = table_rows(data, "agreement")
    if ag:
        out += ["", f"  {t['agreement']}"]
        out += _table([t["pillar"], t["wave"], t["schools"], t["same"], t["higher"], t["lower"]],
                      [[r["pillar"], str(r["wave"]), str(r["schools"]), _count(r["same"]), _count(r["own_higher"]),
                        _count(r["own_lower"])] for r in ag])
    # transitions and paired change
    pc = table_rows(data, "paired_change")
    if pc:
        out += ["", f"  {t['transitions']}"]
        out += _table([t["pillar"], t["wave"], t["schools"], t["up"], t["same"], t["down"], t["mean"], "95%"],
                      [[r["pillar"], f"{r['from_wave']}→{r['to_wave']}", str(r["schools"]), _count(r["up"]),
                        _count(r["same"]), _count(r["down"]), _num(r["mean_change"], lang),
                        "" if r["lower"] is None else f"[{_num(r['lower'], lang)}; {_num(r['upper'], lang)}]"]
                       for r in pc])
        tr = table_rows(data, "transitions")
        for r0 in pc:
            cells = [r for r in tr if r["pillar"] == r0["pillar"] and r["from_wave"] == r0["from_wave"]
                     and r["to_wave"] == r0["to_wave"]]
            rows = []
            for f in scen:
                rows.append([f"{r0['from_wave']} sc. {f}"] + [_count(next((c["schools"] for c in cells if c["from_scenario"] == f
                                                                             and c["to_scenario"] == s), None)) for s in scen])
            out += ["", f"    {r0['pillar']} {r0['from_wave']}→{r0['to_wave']}"]
            out += _table([""] + [f"{r0['to_wave']} sc. {s}" for s in scen], rows, "    ")
    # consistency
    cons = table_rows(data, "consistency")
    if cons:
        out += ["", f"  {t['consistency']}"]
        out += _table([t["pillar"], t["wave"], t["schools"], t["same"], t["one"], t["two"], t["mean"]],
                      [[f"{r['pillar_a']}–{r['pillar_b']}", str(r["wave"]), str(r["schools"]), _count(r["same"]),
                        _count(r["one_apart"]), _count(r["two_or_more_apart"]), _num(r["mean_abs_difference"], lang)]
                       for r in cons])
    # alpha
    al = table_rows(data, "alpha")
    if al:
        out += ["", f"  {t['alpha']}"]
        out += _table([t["pillar"], t["wave"], "instrument", "items", t["schools"], "alpha"],
                      [[r["pillar"], str(r["wave"]), r["instrument"], str(r["items"]), str(r["schools"]),
                        _num(r["alpha"], lang, 3)] for r in al])
    # intervals (means of the region)
    iv = [r for r in table_rows(data, "intervals") if r["statistic"] == "mean_scenario" and r["group_by"] == "all"]
    if iv:
        out += ["", f"  {t['intervals'].format(c=m['options']['confidence_percent'])}"]
        out += _table([t["pillar"], t["wave"], t["schools"], t["mean"], "interval"],
                      [[r["pillar"], str(r["wave"]), str(r["schools"]), _num(r["estimate"], lang),
                        f"[{_num(r['lower'], lang)}; {_num(r['upper'], lang)}]"] for r in iv])
    # ambition
    am = table_rows(data, "ambition")
    if am:
        out += ["", f"  {t['ambition']}"]
        out += _table([t["pillar"], t["wave"], t["schools"], t["gap0"], t["gap1"], t["gap2"], t["below"], t["mean"]],
                      [[r["pillar"], str(r["wave"]), str(r["schools"]), _count(r["gap_0"]), _count(r["gap_1"]),
                        _count(r["gap_2_or_more"]), _count(r["below"]), _num(r["mean_gap"], lang)] for r in am])
    it = table_rows(data, "items")
    if it:
        out += ["", f"  {t['items']}"]
        out += _table([t["pillar"], "item", t["wave"], t["schools"], t["mean"]],
                      [[r["pillar"], r["item"], str(r["wave"]), str(r["schools"]), _num(r["mean"], lang)] for r in it])
    # findings and manifest
    out += ["", f"  {t['findings']}"]
    fs = full["findings"]
    if not fs:
        out.append(f"    {t['none']}")
    for f in fs:
        out.append(f"    {f['severity']:<8} {f['code']}: {f['message_nl'] if lang == 'nl' else f['message_en']}")
    out += ["", f"  {t['manifest']}"]
    out.append(f"    cmkit {m['library_version']}, {m['method']}; k={k}, seed={m['options']['seed']}, "
               f"replicates={m['options']['replicates']}, waves={','.join(str(w) for w in m['waves'])}")
    for i in m["inputs"]:
        out.append(f"    {i['role']:<10} {i['name']}  sha256 {i['sha256'][:16]}…  ({i['records']})")
    for s in m["scoring"]:
        out.append(f"    scoring    {s}")
    return out


def dossier_lines(dossier, lang: str = "nl") -> List[str]:
    """One school's dossier as text: per wave and pillar the own and derived scenario, change, ambition."""
    t = _t(lang)
    d = json.loads(dossier.to_json())
    head = d["school_id"] + (f" {d['name']}" if d.get("name") else "")
    facts = ", ".join(x for x in (d.get("municipality"), d.get("sector"), d.get("track")) if x)
    out = [f"  {head}" + (f" ({facts})" if facts else "")]
    hdr = ([t["wave"], t["pillar"], "eigen" if lang == "nl" else "own", "afgeleid" if lang == "nl" else "derived",
            "verschil" if lang == "nl" else "change", "ambitie" if lang == "nl" else "ambition"])
    rows = []
    for r in d["rows"]:
        ch = r.get("change")
        rows.append([str(r["wave"]), r["pillar"], _count(r.get("own_scenario")) if r.get("own_scenario") else "–",
                     str(r["derived_scenario"]) if r.get("derived_scenario") else "–",
                     ("" if ch is None else f"{ch:+d}"), str(r["ambition"]) if r.get("ambition") else "–"])
    out += _table(hdr, rows)
    out.append("")
    for w in d["waves"]:
        spread = w.get("spread")
        vp = w.get("visie_minus_programma")
        label = ("samenhangend" if w["consistent"] else "niet samenhangend") if lang == "nl" else (
            "consistent" if w["consistent"] else "not consistent")
        out.append(f"  {w['wave']}: spreiding {spread if spread is not None else '–'}"
                   + (f", visie − programma {vp:+d}" if vp is not None else "") + f" ({label})")
    for f in d["findings"]:
        out.append(f"  {f['severity']} {f['code']} {f['path']}: {f['message_nl'] if lang == 'nl' else f['message_en']}")
    return out


def _invalid(message: str):
    from cmkit.exceptions import InvalidArgumentError

    return InvalidArgumentError(message)
