"""``cmkit survey``: the penvoerder's impact survey (the biennial research of 2026 and 2028).

    cmkit survey synth [DEF] [--waves 2026,2028] [--seed N] [--size GROUP=N ...] [--format json|csv]
    cmkit survey validate [DEF] [RESPONSES] [--format text|json] [--lang nl|en]
    cmkit survey analyse DEF RESPONSES [--k 5] [--format table|csv|json]
                         [--table response|distribution|summary|comparison] [--waves 2026,2028] [--lang nl|en]

DEF is a survey definition file (Survey JSON) or the name of a built-in one (default
amstelland-impact-example, an EXAMPLE whose item texts are illustrations). RESPONSES is a .csv file
(respondent_id,wave,group,item,value) or SurveyResponses JSON. See docs/impact-survey.md.

Exit status: 0 fine; 1 the definition or the responses have error findings (``analyse`` still writes
its tables, counting only the answers that pass the checks); 2 an input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

import cmkit
from cmkit._tables import text_table
from cmkit.cli_args import finding_dict, int64, resolve_builtin_or_file, seed_uint64, with_output
from cmkit.exceptions import FormatError

DEFAULT_SURVEY = "amstelland-impact-example"
TABLES = ("response", "distribution", "summary", "comparison")

_TEXT = {
    "nl": {"example": "LET OP: voorbeelddefinitie; de vraagteksten zijn illustraties, niet de echte vragenlijst.",
           "synthetic": "LET OP: synthetische demo-antwoorden, geen echte respondenten.",
           "suppressed": "onderdrukt (n < {k})", "below_k": "n < {k}",
           "titles": {"response": "Respons per groep en meting", "distribution": "Verdeling per vraag, groep en meting",
                      "summary": "Top-box (Wilson 95%) en mediaan per vraag, groep en meting",
                      "comparison": "Verschil in top-box tussen metingen (procentpunten, Newcombe 95%)"},
           "cols": {"wave": "meting", "group": "groep", "item": "vraag", "respondents": "respondenten",
                    "invited": "uitgenodigd", "rate": "respons", "category": "antwoord", "count": "aantal",
                    "share": "aandeel", "valid": "geldig", "top_box": "top-box", "ci": "95%-interval",
                    "median": "mediaan", "waves": "metingen", "difference": "verschil (pp)"},
           "rule": "Aandelen zijn van de geldige antwoorden; 'weet niet' en ontbrekende antwoorden tellen apart en "
                   "niet mee. Minder dan {k} geldige antwoorden: onderdrukt. Top-box: de twee hoogste punten, tenzij "
                   "de schaal andere noemt."},
    "en": {"example": "NOTE: example definition; the item texts are illustrations, not the real questionnaire.",
           "synthetic": "NOTE: synthetic demo answers, no real respondents.",
           "suppressed": "suppressed (n < {k})", "below_k": "n < {k}",
           "titles": {"response": "Response per group and wave", "distribution": "Distribution per item, group and wave",
                      "summary": "Top box (Wilson 95%) and median per item, group and wave",
                      "comparison": "Difference in top box between waves (percentage points, Newcombe 95%)"},
           "cols": {"wave": "wave", "group": "group", "item": "item", "respondents": "respondents",
                    "invited": "invited", "rate": "rate", "category": "answer", "count": "count", "share": "share",
                    "valid": "valid", "top_box": "top box", "ci": "95% interval", "median": "median",
                    "waves": "waves", "difference": "difference (pp)"},
           "rule": "Shares are of the valid answers; 'don't know' and missing answers are counted apart and left "
                   "out. Fewer than {k} valid answers: suppressed. Top box: the two highest points unless the scale "
                   "names others."},
}


def resolve_survey(spec: Optional[str]) -> "cmkit.Survey":
    """A built-in survey definition's name, or a path to a Survey JSON file."""

    return resolve_builtin_or_file(spec or DEFAULT_SURVEY, cmkit.survey_definitions(), cmkit.survey_definition,
                                   cmkit.load_survey, "survey definition")


def _parse_waves(text: Optional[str]) -> Optional[List[int]]:
    if not text:
        return None
    waves = []
    for part in text.split(","):
        part = part.strip()
        if not (part.isdigit() and len(part) == 4):
            raise FormatError(f"--waves {text!r}: expected years separated by commas, e.g. 2026,2028")
        waves.append(int(part))
    return waves


def _parse_sizes(items: List[str]) -> dict:
    sizes = {}
    for item in items:
        group, sep, n = item.partition("=")
        if not sep or not n.strip().isdigit():
            raise FormatError(f"--size {item!r}: expected GROUP=N with a whole number, e.g. leerkrachten=40")
        sizes[group.strip()] = int(n)
    return sizes


def _finding_dict(f) -> dict:
    return finding_dict(f)


def _report_findings(findings, lang: str) -> None:
    for f in findings:
        if f.severity != cmkit.Severity.INFO:
            print(f"cmkit: {f.severity.name.lower()}: {f.code} {f.path}: "
                  f"{f.message(cmkit.Lang.EN if lang == 'en' else cmkit.Lang.NL)}", file=sys.stderr)


def _cmd_synth(args: argparse.Namespace) -> int:
    survey = resolve_survey(args.definition)
    waves = _parse_waves(args.waves)
    data = cmkit.survey_synthetic(survey, waves, seed=args.seed, sizes=_parse_sizes(args.size))
    print(_TEXT[args.lang]["synthetic"], file=sys.stderr)
    sys.stdout.write(cmkit.survey_responses_to_csv(data) if args.format == "csv" else data.to_json())
    return 0


def _load(args):
    survey = resolve_survey(args.definition)
    responses = cmkit.load_survey_responses(args.responses, survey) if args.responses else None
    return survey, responses


def _cmd_validate(args: argparse.Namespace) -> int:
    from cmkit.report import findings_lines

    survey, responses = _load(args)
    findings = list(cmkit.validate_survey(survey))
    if responses is not None:
        findings += list(cmkit.validate_survey_responses(survey, responses))
    if args.format == "json":
        json.dump([_finding_dict(f) for f in findings], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(findings_lines(findings, args.lang)) + "\n")
    return 1 if cmkit.has_errors(findings) else 0


def _pct(r, lang: str) -> str:
    return "" if r is None else r.percent_text(1, lang) + "%"


def _fixed_pct(r, lang: str) -> str:
    """A bound kept in millionths of a proportion, as a percentage with one decimal."""
    return "" if r is None else r.percent_text(1, lang) + "%"


def _pp(r, lang: str) -> str:
    """A value in percentage points (a Ratio), with one decimal and a sign."""
    if r is None:
        return ""
    text = cmkit.Ratio(r.numerator, 100 * r.denominator).percent_text(1, lang)
    return text if text.startswith("-") else "+" + text


def _table(header: List[str], rows: List[List[str]], align: str) -> List[str]:
    """A plain text table; `align` has one letter per column: l(eft) or r(ight) (cmkit._tables)."""
    return text_table(header, rows, indent="", align=align)


def _table_lines(analysis, survey, table: str, lang: str) -> List[str]:
    t = _TEXT[lang]
    c = t["cols"]
    k = analysis.k
    labels = {g.id: g.label.nl if lang == "nl" else (g.label.en or g.label.nl) for g in survey.groups}
    out = [t["titles"][table] + f" — {survey.id}", ""]
    if survey.example:
        out.insert(0, t["example"])
    if analysis.synthetic:
        out.insert(0, t["synthetic"])
    if table == "response":
        rows = [[labels.get(r.group, r.group), str(r.wave), str(r.respondents),
                 "" if r.invited is None else str(r.invited), _pct(r.rate, lang)] for r in analysis.response]
        out += _table([c["group"], c["wave"], c["respondents"], c["invited"], c["rate"]], rows, "lrrrr")
        return out
    elif table == "distribution":
        rows = []
        for d in analysis.distribution:
            label = d.label.nl if lang == "nl" else (d.label.en or d.label.nl)
            name = f"{d.code} {label}" if d.code is not None else label
            rows.append([d.item, labels.get(d.group, d.group), str(d.wave), name,
                         t["suppressed"].format(k=k) if d.suppressed else str(d.count), _pct(d.share, lang)])
        out += _table([c["item"], c["group"], c["wave"], c["category"], c["count"], c["share"]], rows, "llrlrr")
    elif table == "summary":
        rows = []
        for s in analysis.summary:
            if s.suppressed:
                rows.append([s.item, labels.get(s.group, s.group), str(s.wave), str(s.valid),
                             t["suppressed"].format(k=k), "", ""])
                continue
            ci = "" if s.top_box_lower is None else f"{_fixed_pct(s.top_box_lower, lang)} – {_fixed_pct(s.top_box_upper, lang)}"
            rows.append([s.item, labels.get(s.group, s.group), str(s.wave), str(s.valid), _pct(s.top_box, lang), ci,
                         "" if s.median is None else str(s.median)])
        out += _table([c["item"], c["group"], c["wave"], c["valid"], c["top_box"], c["ci"], c["median"]], rows,
                      "llrrrrr")
    else:
        rows = []
        for r in analysis.comparison:
            waves = f"{r.wave_a}→{r.wave_b}"
            if r.below_k:
                rows.append([r.item, labels.get(r.group, r.group), waves, f"{r.valid_a}/{r.valid_b}",
                             t["below_k"].format(k=k), "", "", ""])
                continue
            rows.append([r.item, labels.get(r.group, r.group), waves, f"{r.valid_a}/{r.valid_b}",
                         _pct(r.top_box_a, lang), _pct(r.top_box_b, lang), _pp(r.difference, lang),
                         f"{_pp(r.lower, lang)} … {_pp(r.upper, lang)}"])
        out += _table([c["item"], c["group"], c["waves"], c["valid"], f"{c['top_box']} a", f"{c['top_box']} b",
                       c["difference"], c["ci"]], rows, "llrrrrrr")
    out += ["", t["rule"].format(k=k)]
    return out


def _cmd_analyse(args: argparse.Namespace) -> int:
    from cmkit import frames

    args.table_given = args.table is not None
    args.table = args.table or "summary"
    survey, responses = _load(args)
    if args.k < 0:
        raise FormatError(f"--k {args.k}: the suppression threshold must be 0 or more")
    analysis = cmkit.analyse_survey(survey, responses, k=args.k, waves=_parse_waves(args.waves))
    findings = list(analysis.findings)
    if analysis.synthetic:
        print(_TEXT[args.lang]["synthetic"], file=sys.stderr)
    _report_findings(findings, args.lang)
    table = args.table
    if args.format == "xlsx":
        from cmkit.cli_args import write_xlsx_output

        names = [table] if args.table_given else list(TABLES)
        write_xlsx_output(args.output, {name: getattr(cmkit, f"survey_{name}_table")(getattr(analysis, name))
                                        for name in names}, args.lang)
        return 1 if cmkit.has_errors(findings) else 0
    records = getattr(analysis, table)
    if args.format == "csv":
        sys.stdout.write(getattr(cmkit, f"survey_{table}_csv")(records))
    elif args.format == "json":
        t = getattr(cmkit, f"survey_{table}_table")(records)
        doc = {"survey": analysis.survey, "example": survey.example, "synthetic": analysis.synthetic,
               "k": analysis.k, "waves": list(analysis.waves), "table": table,
               "columns": t.column_names(), "rows": frames.table_records(t),
               "findings": [_finding_dict(f) for f in findings]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(_table_lines(analysis, survey, table, args.lang)) + "\n")
    return 1 if cmkit.has_errors(findings) else 0


def add_parser(sub) -> None:
    """Adds ``survey`` and its subcommands to the subparsers of ``cmkit``."""
    sur = sub.add_parser("survey", help="the impact survey: synthetic answers, checks and the analysis",
                         description="The penvoerder's impact survey (biennial research, 2026 and 2028): "
                                     "definitions, responses, checks and the analysis. See docs/impact-survey.md.")
    ssub = sur.add_subparsers(dest="survey_command", metavar="SUBCOMMAND")
    ssub.required = True
    def_help = f"survey definition: a Survey JSON file or a built-in name (default {DEFAULT_SURVEY})"

    syn = ssub.add_parser("synth", help="a SYNTHETIC response set for a definition (deterministic for a seed)")
    syn.add_argument("definition", nargs="?", metavar="DEF", help=def_help)
    syn.add_argument("--waves", metavar="Y,Y", help="the waves, e.g. 2026,2028 (default: the definition's)")
    syn.add_argument("--seed", type=seed_uint64, default=2026, help="seed of the generator (default 2026)")
    syn.add_argument("--size", action="append", default=[], metavar="GROUP=N",
                     help="respondents per wave in a group (default 30; repeatable)")
    syn.add_argument("--format", choices=["json", "csv"], default="json",
                     help="json (SurveyResponses, marked synthetic; default) or csv")
    syn.add_argument("--lang", choices=["nl", "en"], default="nl")
    syn.set_defaults(func=_cmd_synth)

    val = ssub.add_parser("validate", help="check a definition and, when given, responses against it",
                          description="Exit status 0: no error finding; 1: at least one; 2: an input cannot be read.")
    val.add_argument("definition", nargs="?", metavar="DEF", help=def_help)
    val.add_argument("responses", nargs="?", metavar="RESPONSES", help="responses (.csv or SurveyResponses JSON)")
    val.add_argument("--format", choices=["text", "json"], default="text")
    val.add_argument("--lang", choices=["nl", "en"], default="nl")
    val.set_defaults(func=_cmd_validate)

    ana = ssub.add_parser("analyse", aliases=["analyze"], help="response, distributions, top-2-box and wave comparisons",
                          description="The analysis tables. Distributions with fewer than K valid answers are "
                                      "suppressed. Findings go to stderr; exit status 1 when there are errors.")
    ana.add_argument("definition", metavar="DEF", help=def_help)
    ana.add_argument("responses", metavar="RESPONSES", help="responses (.csv or SurveyResponses JSON)")
    ana.add_argument("--k", type=int64, default=5, help="suppress distributions with fewer valid answers (default 5)")
    ana.add_argument("--table", choices=TABLES, help="which table (default summary; with --format xlsx: every table)")
    ana.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table",
                     help="table (default), csv, json or xlsx (every table as a sheet of the workbook -o FILE)")
    ana.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE instead of standard output (needed for --format xlsx)")
    ana.add_argument("--waves", metavar="Y,Y", help="only these waves, e.g. 2026,2028 (default: all)")
    ana.add_argument("--lang", choices=["nl", "en"], default="nl")
    ana.set_defaults(func=with_output(_cmd_analyse))
