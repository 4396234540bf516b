"""The ``cmkit`` command.

    cmkit --version
    cmkit [-o OUT] [--lang nl|en] [--format F] COMMAND ...   (the same three after any COMMAND)
    cmkit plan list
    cmkit plan show [PLAN] [--format text|json]
    cmkit plan schema
    cmkit plan synth --regions N [--seed S] -o DIR      (SYNTHETIC plans; see cmkit/cli_rollup.py)
    cmkit report [PLAN] [--lang nl|en] [--rules EDITION] [--actuals FILE [--actuals-sheet NAME]] [--format text|html|pdf] [-o FILE] [--notes]
    cmkit validate [PLAN] [--rules EDITION] [--enable ID] [--disable ID] [--actuals FILE [--actuals-sheet NAME]] [--format text|json]
    cmkit budget [PLAN] [--format table|csv|json|hledger|xlsx] [-o FILE] [--rules EDITION] [--what-if SPEC ...]
                 [--policy pro-rata|protect-activities] [--in-kind SECTOR=RATE ...] [--revision N]
    cmkit matching [PLAN] [--format table|csv|json|xlsx] [-o FILE]
    cmkit schools [FILE] [--plan PLAN] [--format table|csv|json]
    cmkit trajectories [--plan PLAN] [--progress FILE] [--on DATE] [--format table|csv|json]
    cmkit targets [PLAN] [--progress FILE|synthetic] [--as-of DATE] [--format table|csv|json|xlsx] [-o FILE]
    cmkit calendar [PLAN] [--year Y] [--format table|ics|json] [--lang nl|en]
    cmkit rollup PLAN... [--format text|csv|json] [-o DIR] [--table NAME] [--lang nl|en]   (national roll-up)
    cmkit survey synth|validate|analyse ...            (the impact survey; see cmkit/cli_survey.py)

Every command takes -o/--output, --lang nl|en and --format, before the command (global) or after it (the
value after it wins); a --format the command does not have is refused with the list of its formats
(cmkit/cli_args.py, docs/cli.md). Long runs show a progress bar on stderr when it is a terminal
(cmkit/cli_progress.py); Ctrl-C prints one line and exits 130, writing nothing.

PLAN is a file path or the name of a built-in plan (default: amstelland-2025-2028). Input that cannot
be read or understood exits with status 2 and one message on stderr, without a traceback (exit statuses:
cmkit/cli_args.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

import cmkit
from cmkit.cli_args import (DEFAULT_PLAN, EXIT_STATUS_HELP, GLOBAL_OPTIONS_HELP, Parser, add_global_options,
                             add_uniform_options, finding_dict, int64, non_utf8_argument, resolve_builtin_or_file,
                             resolve_plan, resolve_uniform_options, with_output, write_xlsx_output, year)
from cmkit.exceptions import Error, NotFoundError




def _cmd_plan_list(args: argparse.Namespace) -> int:
    for name in cmkit.reference_plans():
        plan = cmkit.reference_plan(name)
        print(f"{name}\t{plan.title.text(args.lang)}")
    return 0


def _cmd_plan_show(args: argparse.Namespace) -> int:
    plan = resolve_plan(args.plan)
    if args.format == "json":
        sys.stdout.write(plan.to_json())
    else:
        from cmkit.report import render_overview

        sys.stdout.write(render_overview(plan, args.lang))
    return 0


def _cmd_plan_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(cmkit.plan_json_schema())
    return 0


def load_actuals(path: str, sheet: Optional[str] = None) -> "cmkit.Realisation":
    """Actuals from a .csv file, Realisation JSON or an .xlsx workbook (cmkit.excel.load_actuals), ``sheet``
    naming the workbook's sheet."""
    from cmkit.excel import load_actuals as load

    return load(path, sheet)


def resolve_progress(spec: Optional[str], plan) -> "Optional[cmkit.ProgressData]":
    """Progress data: a file, 'synthetic' (the built-in demo data), 'none', or — when not given — the
    built-in synthetic data if it belongs to @p plan."""
    if spec == "none":
        return None
    if spec == "synthetic" or spec is None:
        data = cmkit.synthetic_progress()
        if spec is None and data.plan != plan.id:
            return None
        return data
    return cmkit.load_progress(spec)


def resolve_evi(spec: Optional[str], plan):
    """The regional Evi analysis for the report: of a responses file, of 'demo' (the shipped synthetic
    Amstelland waves), 'none', or — when not given — of the demo waves if the plan is the Amstelland plan."""
    from cmkit.evi import load_inputs

    if spec == "none" or (spec is None and plan.id != cmkit.synthetic_progress().plan):
        return None
    responses, schools = load_inputs(spec or "demo")
    return cmkit.evi_analyse(responses, schools=schools)


def _synthetic_note(data, lang: str) -> None:
    """Says on stderr that machine-readable output comes from synthetic data."""
    if data is not None and data.synthetic:
        print("cmkit: let op: synthetische demo-gegevens, geen echte voortgang" if lang == "nl"
              else "cmkit: note: synthetic demo data, not real progress", file=sys.stderr)


def _cmd_report(args: argparse.Namespace) -> int:
    from cmkit.exceptions import InvalidArgumentError
    from cmkit.report import render_html, render_overview, write_pdf

    if args.format == "pdf" and not args.output:
        raise InvalidArgumentError("--format pdf needs -o FILE (the PDF to write), e.g. -o report.pdf")
    plan = resolve_plan(args.plan)
    actuals = load_actuals(args.actuals, args.actuals_sheet) if args.actuals else None
    progress = resolve_progress(args.progress, plan)
    evi = resolve_evi(args.evi, plan)
    inputs = dict(actuals=actuals, rules=args.rules, progress=progress, evi=evi, notes=args.notes)
    if args.format == "text":
        text = render_overview(plan, args.lang, **inputs)
    else:
        text = render_html(plan, args.lang, charts=not args.no_charts, **inputs)
    if args.format == "pdf":
        write_pdf(text, args.output)
    elif args.output:
        cmkit.write_output_file(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def _parse_date(text: Optional[str]):
    return cmkit.Date.parse(text) if text else None


def _write_rows(fmt: str, columns: List[str], rows: List[dict], extra: Optional[dict] = None) -> None:
    import csv
    import json

    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r[k] is None else cmkit.csv_text_cell(r[k]) if isinstance(r[k], str) else r[k])
                        for k in columns})
    else:
        doc = dict(extra or {})
        doc["rows"] = rows
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")


def _cmd_schools(args: argparse.Namespace) -> int:
    from cmkit.report import findings_lines

    plan = resolve_plan(args.plan)
    registry = cmkit.load_schools(args.file) if args.file else cmkit.synthetic_progress().schools
    findings = list(cmkit.validate_schools(plan, registry))
    if args.format == "csv":
        _synthetic_note(registry, args.lang)
        sys.stdout.write(cmkit.schools_to_csv(registry))
        return 0
    rows = [{"brin": s.brin, "name": s.name, "municipality": s.municipality, "sector": s.sector.name,
             "pupils": s.pupils, "track": s.track or "", "icc": s.icc, "icc_certified": s.icc_certified,
             "second_icc_or_working_group": s.second_icc_or_working_group, "cultuurplan": s.cultuurplan,
             "cultuurcoordinator": s.cultuurcoordinator} for s in registry.schools]
    if args.format == "json":
        _write_rows("json", [], rows, {"synthetic": registry.synthetic, "note": registry.note,
                                       "findings": [_finding_dict(f) for f in findings]})
        return 0
    from cmkit._tables import text_table as _table

    out = []
    if registry.synthetic:
        out.append("LET OP: synthetische demo-gegevens (verzonnen scholen)." if args.lang == "nl"
                   else "NOTE: synthetic demo data (made-up schools).")
    yes = {True: "ja" if args.lang == "nl" else "yes", False: "–"}
    out += _table(["BRIN", "naam" if args.lang == "nl" else "name", "gemeente" if args.lang == "nl" else "municipality",
                   "sector", "spoor" if args.lang == "nl" else "track", "icc", "cultuurplan"],
                  [[r["brin"], r["name"], r["municipality"], r["sector"], r["track"], yes[r["icc"]], yes[r["cultuurplan"]]]
                   for r in rows], indent="")
    out += [""] + findings_lines(findings, args.lang)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


STATE_COLUMNS = ["school", "name", "track", "status", "cycle", "current_step", "finished_steps", "skipped_steps",
                 "joined", "since", "renewal_started"]


def _cmd_trajectories(args: argparse.Namespace) -> int:
    from cmkit.report import trajectory_lines

    plan = resolve_plan(args.plan)
    data = resolve_progress(args.progress or "synthetic", plan)
    on = _parse_date(args.on)
    if args.format == "table":
        sys.stdout.write("\n".join(trajectory_lines(plan, data, args.lang, on)) + "\n")
        return 0
    analysis = cmkit.analyse_trajectories(plan, data.schools, data.events, on)
    names = {s.brin: s.name for s in data.schools.schools}
    rows = [{"school": st.school, "name": names.get(st.school, ""), "track": st.track or "",
             "status": st.status.name.lower().replace("_", "-"), "cycle": st.cycle, "current_step": st.current_step,
             "finished_steps": " ".join(str(n) for n in st.finished_steps),
             "skipped_steps": " ".join(str(n) for n in st.skipped_steps), "joined": st.joined,
             "since": str(st.since) if st.since is not None else "",
             "renewal_started": str(st.renewal_started) if st.renewal_started is not None else ""}
            for st in analysis.states]
    _synthetic_note(data, args.lang)
    _write_rows(args.format, STATE_COLUMNS, rows,
                {"synthetic": data.synthetic, "on": str(on) if on else None,
                 "findings": [_finding_dict(f) for f in analysis.findings]})
    return 0


def _cmd_targets(args: argparse.Namespace) -> int:
    from cmkit.report import _headings, _table, findings_lines

    plan = resolve_plan(args.plan)
    data = resolve_progress(args.progress, plan) if args.progress else None
    as_of = _parse_date(args.as_of)
    from cmkit.frames import TARGET_COLUMNS, target_rows

    rows = target_rows(plan, data, as_of)
    if args.format == "xlsx":
        import datetime

        _synthetic_note(data, args.lang)
        sheet = [dict(r, start=datetime.date.fromisoformat(r["start"]), end=datetime.date.fromisoformat(r["end"]))
                 for r in rows]
        tables = {"resultaten" if args.lang == "nl" else "targets": sheet}
        if data is not None:
            tables["bevindingen" if args.lang == "nl" else "findings"] = _finding_sheet(
                cmkit.check_progress(plan, data, as_of))
        write_xlsx_output(args.output, tables, args.lang)
        return 0
    if args.format != "table":
        _synthetic_note(data, args.lang)
        findings = cmkit.check_progress(plan, data, as_of) if data is not None else []
        _write_rows(args.format, TARGET_COLUMNS, rows,
                    {"synthetic": bool(data and data.synthetic), "findings": [_finding_dict(f) for f in findings]})
        return 0
    h = _headings(args.lang)
    out = []
    if data is not None and data.synthetic:
        out.append(h["synthetic"])
    label = "label_nl" if args.lang == "nl" else "label_en"
    out += _table(["", "periode" if args.lang == "nl" else "period", h["planned"], h["achieved"]],
                  [[r[label], h["total"] if r["period"] == "total" else r["period"], str(r["planned"]),
                    "" if r["achieved"] is None else str(r["achieved"])] for r in rows], indent="")
    if data is not None:
        out += [""] + findings_lines(cmkit.check_progress(plan, data, as_of), args.lang)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


_finding_dict = finding_dict


FINDING_COLUMNS = ["code", "severity", "path", "message_nl", "message_en"]


def _finding_sheet(findings) -> tuple:
    """Findings as a sheet for cmkit.write_xlsx: (columns, rows), so that no finding still gives the header."""
    return FINDING_COLUMNS, [{"code": f.code, "severity": f.severity.name.lower(), "path": f.path,
                              "message_nl": f.message_nl, "message_en": f.message_en} for f in findings]


def _cmd_validate(args: argparse.Namespace) -> int:
    import json

    from cmkit.report import findings_lines

    plan = resolve_plan(args.plan)
    findings = list(cmkit.validate(plan, rules=args.rules, enable=args.enable, disable=args.disable))
    if args.actuals:
        actuals = load_actuals(args.actuals, args.actuals_sheet)
        findings += list(cmkit.validate_realisation(plan, actuals))
    if args.format == "json":
        json.dump([_finding_dict(f) for f in findings], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(findings_lines(findings, args.lang)) + "\n")
    return 1 if cmkit.has_errors(findings) else 0


def _parse_in_kind(items: List[str]) -> Optional[dict]:
    from cmkit.exceptions import FormatError

    if not items:
        return None
    rates = {}
    for item in items:
        sector, sep, rate = item.partition("=")
        if not sep or sector.upper() not in ("PO", "SBO", "SO", "VO"):
            raise FormatError(f"--in-kind {item!r}: expected SECTOR=RATE with a sector PO, SBO, SO or VO, e.g. PO=45,50")
        try:
            amount = cmkit.Money.parse(rate)
        except cmkit.Error:  # not an amount, or one beyond 64-bit cents
            raise FormatError(f"--in-kind {item!r}: the hourly rate {rate!r} is not an amount in Dutch notation "
                              "such as 45 or 45,50") from None
        if amount.cents < 0:
            raise FormatError(f"--in-kind {item!r}: expected an hourly rate of zero or more, e.g. {sector.upper()}=45")
        rates[getattr(cmkit.Sector, sector.upper())] = amount
    return rates


def _select_budget(plan, args):
    if args.revision is None:
        return plan.budget
    revisions = plan.budget_revisions
    if not 0 <= args.revision < len(revisions):
        raise NotFoundError(f"the plan has {len(revisions)} budget revision(s); --revision {args.revision} does not exist")
    return revisions[args.revision]


def _cmd_budget(args: argparse.Namespace) -> int:
    import json

    from cmkit.report import budget_lines, findings_lines

    plan = resolve_plan(args.plan)
    budget = _select_budget(plan, args)
    in_kind = _parse_in_kind(args.in_kind)
    findings = []
    if args.what_if:
        result = cmkit.what_if(plan, budget, *args.what_if, policy=args.policy, rules=args.rules)
        budget, findings = result.budget, list(result.findings)
    if args.format == "xlsx":
        nl = args.lang == "nl"
        tables = {"begroting" if nl else "budget": cmkit.budget_rows(budget, in_kind)}
        if args.what_if:
            tables["bevindingen" if nl else "findings"] = _finding_sheet(findings)
        write_xlsx_output(args.output, tables, args.lang)
        return 0
    if args.format == "csv":
        sys.stdout.write(cmkit.budget_rows_csv(cmkit.budget_rows(budget, in_kind)))
    elif args.format == "hledger":
        sys.stdout.write(cmkit.budget_hledger(budget, plan.id, in_kind))
    elif args.format == "json":
        from cmkit.frames import budget_records

        doc = {"plan": plan.id, "version": budget.version, "description": budget.description,
               "rows": budget_records(budget, in_kind),
               "findings": [_finding_dict(f) for f in findings]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        out = budget_lines(budget, args.lang, in_kind)
        if args.what_if:
            out += [""] + findings_lines(findings, args.lang)
        sys.stdout.write("\n".join(out) + "\n")
    if args.what_if and args.format in ("csv", "hledger"):
        for f in findings:
            if f.severity != cmkit.Severity.INFO:
                print(f"cmkit: {f.severity.name.lower()}: {f.code}: {f.message(cmkit.Lang.EN if args.lang == 'en' else cmkit.Lang.NL)}",
                      file=sys.stderr)
    return 0


def _cmd_matching(args: argparse.Namespace) -> int:
    import json

    from cmkit.report import matching_lines

    plan = resolve_plan(args.plan)
    if args.format == "xlsx":
        write_xlsx_output(args.output, {"matching": cmkit.matching_split(plan, plan.budget)}, args.lang)
        return 0
    if args.format == "csv":
        sys.stdout.write(cmkit.matching_csv(cmkit.matching_split(plan, plan.budget)))
    elif args.format == "json":
        from cmkit.frames import matching_records

        split = cmkit.matching_split(plan, plan.budget)
        doc = {"plan": plan.id, "basis": split.basis.name.lower(),
               "reason": None if split.reason is None else {"nl": split.reason.nl, "en": split.reason.en},
               "derived": split.basis == cmkit.MatchingBasis.INHABITANTS,
               "rows": matching_records(split)}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(matching_lines(plan, plan.budget, args.lang)) + "\n")
    return 0


_CALENDAR_TEXT = {
    "nl": {"title": "Agenda {plan}", "year": " ({year})", "period": " ({start} t/m {end})",
           "scope": {"region": "regio", "school": "per school", "school-and-partner": "scholen en partners",
                     "activity": "per activiteit"},
           "slot": "* gepland slot: het plan noemt geen data voor deze bijeenkomsten, alleen hoe vaak; de datum "
                   "volgt de planningsregel van cmkit (zie docs/calendar.md) en is geen vaste datum.",
           "no_events": "(geen gebeurtenissen)"},
    "en": {"title": "Agenda {plan}", "year": " ({year})", "period": " ({start} to {end})",
           "scope": {"region": "region", "school": "per school", "school-and-partner": "schools and partners",
                     "activity": "per activity"},
           "slot": "* planned slot: the plan gives no dates for these meetings, only how often; the date follows "
                   "cmkit's scheduling rule (see docs/calendar.md) and is not a fixed date.",
           "no_events": "(no events)"},
}


def _scope_text(scope) -> str:
    return scope.name.lower().replace("_", "-")


def _calendar_lines(plan, events, year, lang: str) -> List[str]:
    """One line per event: date (or start..end for a multi-day event), label (n/m, * for a slot), scope."""
    t = _CALENDAR_TEXT[lang]
    title = t["title"].format(plan=plan.id) + (t["year"].format(year=year) if year is not None else
                                               t["period"].format(start=plan.period.start, end=plan.period.end))
    rows = []
    for e in events:
        date = str(e.start) if e.start == e.end else f"{e.start}..{e.end}"
        label = e.label.text(lang)
        if e.per_year > 1:
            label += f" ({e.sequence}/{e.per_year})"
        if e.slot:
            label += " *"
        rows.append((date, label, t["scope"].get(_scope_text(e.scope), _scope_text(e.scope))))
    out = [title, ""]
    if not rows:
        return out + [f"  {t['no_events']}"]
    wd = max(len(r[0]) for r in rows)
    wl = max(len(r[1]) for r in rows)
    out += [f"  {d:<{wd}}  {label:<{wl}}  {scope}".rstrip() for d, label, scope in rows]
    if any(e.slot for e in events):
        out += ["", t["slot"]]
    return out


def _cmd_calendar(args: argparse.Namespace) -> int:
    import json

    from cmkit.report import findings_lines

    plan = resolve_plan(args.plan)
    events = cmkit.agenda(plan, args.year)
    lang = cmkit.Lang.EN if args.lang == "en" else cmkit.Lang.NL
    # The target check compares whole-period counts, so it runs on the whole agenda.
    findings = list(cmkit.check_agenda_against_targets(plan, events if args.year is None else cmkit.agenda(plan)))
    if args.format == "ics":
        # DTSTAMP: the plan's start, so that the same event has the same stamp with or without --year.
        sys.stdout.write(cmkit.agenda_to_ics(events, plan.id, lang, plan.period.start))
        for f in findings:
            print(f"cmkit: {f.severity.name.lower()}: {f.code}: {f.message(lang)}", file=sys.stderr)
    elif args.format == "json":
        doc = {"plan": plan.id, "year": args.year, "note": _CALENDAR_TEXT[args.lang]["slot"].lstrip("* "),
               "events": [json.loads(e.to_json()) for e in events],
               "findings": [_finding_dict(f) for f in findings]}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        out = _calendar_lines(plan, events, args.year, args.lang)
        if findings:
            out += [""] + findings_lines(findings, args.lang)
        sys.stdout.write("\n".join(out) + "\n")
    return 0


WHAT_IF_HELP = """\
what-if specs (--what-if, repeatable; cuts combine in order):
  MUNICIPALITY:-AMOUNT[%]:FROM_YEAR
    Aalsmeer:-50%:2026      Aalsmeer pays 50% less of its matching share from 2026 on
    uithoorn:-10.000:2027   Uithoorn pays EUR 10.000 a year less from 2027 on (Dutch notation)
    Aalsmeer:-12,5%:2026    fractions of a percent with a decimal comma
  The municipality is its id or name (any case). The FCP grant follows the lower matching (never
  above the local contribution); costs shrink by the lost income under --policy:
    pro-rata              every cost line in proportion to its amount
    protect-activities    coordination, knowledge sharing, monitoring and accountant first
"""


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="cmkit",
        description="Cultuureducatie met Kwaliteit: plans, budgets, trajectories and Evi.",
        epilog=GLOBAL_OPTIONS_HELP + ". A progress bar is shown on stderr during long runs when stderr is a "
               "terminal (CMKIT_PROGRESS=0 turns it off); Ctrl-C stops cleanly (exit 130, no output written). "
               + EXIT_STATUS_HELP,
    )
    parser.add_argument("--version", action="version", version=f"cmkit {cmkit.__version__}")
    add_global_options(parser)
    parser.add_argument("--raw-csv", action="store_true", dest="raw_csv",
                        help="CSV for machines: no \"'\" in front of text cells that begin with =, +, -, @ (by default "
                             "they get one, so that a spreadsheet does not run them as formulas; also CMKIT_RAW_CSV=1)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    plan = sub.add_parser("plan", help="list, show and describe plans")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="SUBCOMMAND")
    plan_sub.required = True
    p_list = plan_sub.add_parser("list", help="the built-in plans")
    p_list.add_argument("--lang", choices=["nl", "en"], default="nl")
    p_list.set_defaults(func=_cmd_plan_list)
    p_show = plan_sub.add_parser("show", help="show a plan as text or canonical JSON")
    p_show.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    p_show.add_argument("--format", choices=["text", "json"], default="text")
    p_show.add_argument("--lang", choices=["nl", "en"], default="nl")
    p_show.set_defaults(func=_cmd_plan_show)
    p_schema = plan_sub.add_parser("schema", help="the JSON Schema of the plan format")
    p_schema.set_defaults(func=_cmd_plan_schema)

    from cmkit.cli_rollup import add_parser as add_rollup_parser, add_plan_synth_parser

    add_plan_synth_parser(plan_sub)

    report = sub.add_parser("report", help="the overview report of a plan (the main job)")
    report.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    report.add_argument("--lang", choices=["nl", "en"], default="nl")
    report.add_argument("--rules", metavar="EDITION", help="check under this edition instead of the plan's own")
    report.add_argument("--actuals", metavar="FILE", help="actuals (.csv, .xlsx or Realisation JSON) for budget versus actual")
    report.add_argument("--actuals-sheet", metavar="NAME", dest="actuals_sheet",
                     help="the sheet of an .xlsx --actuals (default: the one named realisatie or actuals, else the first)")
    report.add_argument("--progress", metavar="FILE",
                        help="progress data (ProgressData JSON), 'synthetic' or 'none'; default: the built-in "
                             "synthetic demo data when it belongs to the plan (the report says so)")
    report.add_argument("--evi", metavar="FILE",
                        help="Evi answers for the regional analysis (.csv or JSON), 'demo' or 'none'; default: the "
                             "shipped synthetic Amstelland waves 2023 and 2025 for the Amstelland plan (the report says so)")
    report.add_argument("--format", choices=["text", "html", "pdf"], default="text",
                        help="text (default), html (one self-contained file: inline CSS and SVG charts, no network) or "
                             "pdf (the HTML printed by headless Chromium; needs -o); see docs/report.md")
    report.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    report.add_argument("--notes", action="store_true",
                        help="include the notes on how the source text was transcribed in full (default: their number)")
    report.add_argument("--no-charts", action="store_true", dest="no_charts",
                        help="html/pdf without charts (tables only); charts need matplotlib: pip install 'cmkit[plots]'")
    report.set_defaults(func=_cmd_report)

    sch = sub.add_parser("schools", help="the schools registry and its checks")
    sch.add_argument("file", nargs="?", metavar="FILE",
                     help="schools (.csv or SchoolRegistry JSON); default: the built-in synthetic demo registry")
    sch.add_argument("--plan", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    sch.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sch.add_argument("--lang", choices=["nl", "en"], default="nl")
    sch.set_defaults(func=_cmd_schools)

    tra = sub.add_parser("trajectories", help="where every school stands on a date")
    tra.add_argument("--plan", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    tra.add_argument("--progress", metavar="FILE",
                     help="progress data (ProgressData JSON); default: the built-in synthetic demo data")
    tra.add_argument("--on", metavar="DATE", help="the date (YYYY-MM-DD); default: after every event")
    tra.add_argument("--format", choices=["table", "csv", "json"], default="table")
    tra.add_argument("--lang", choices=["nl", "en"], default="nl")
    tra.set_defaults(func=_cmd_trajectories)

    tar = sub.add_parser("targets", help="the result targets, and what was achieved when progress data is given")
    tar.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    tar.add_argument("--progress", metavar="FILE", help="progress data (ProgressData JSON) or 'synthetic'")
    tar.add_argument("--as-of", metavar="DATE", dest="as_of", help="count up to this date (default: the data's last)")
    tar.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table",
                     help="table (default), csv, json or xlsx (an Excel workbook, needs -o FILE)")
    tar.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE instead of standard output (needed for --format xlsx: an Excel workbook)")
    tar.add_argument("--lang", choices=["nl", "en"], default="nl")
    tar.set_defaults(func=with_output(_cmd_targets))

    editions = ", ".join(cmkit.rule_sets())
    val = sub.add_parser("validate", help="check the plan: its budget against the regulation's rules, and its structure",
                         description="Check the plan's budget (and revisions) against the rules of its edition, and "
                                     "the whole plan's structure: cross-references, periods, phases, targets "
                                     "(docs/plan-validation.md). "
                                     "Exit status 0: no error finding; 1: at least one error finding; "
                                     "2: the input cannot be read.")
    val.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    val.add_argument("--rules", metavar="EDITION", help=f"regulation edition ({editions}); default: the plan's")
    val.add_argument("--enable", action="append", default=[], metavar="LIMIT", help="switch a limit on (repeatable)")
    val.add_argument("--disable", action="append", default=[], metavar="LIMIT", help="switch a limit off (repeatable)")
    val.add_argument("--actuals", metavar="FILE", help="also check actuals (.csv, .xlsx or Realisation JSON)")
    val.add_argument("--actuals-sheet", metavar="NAME", dest="actuals_sheet",
                     help="the sheet of an .xlsx --actuals (default: the one named realisatie or actuals, else the first)")
    val.add_argument("--format", choices=["text", "json"], default="text")
    val.add_argument("--lang", choices=["nl", "en"], default="nl")
    val.set_defaults(func=_cmd_validate)

    bud = sub.add_parser("budget", help="the budget as a table, CSV, JSON or hledger journal; what-if cuts",
                         formatter_class=argparse.RawDescriptionHelpFormatter, epilog=WHAT_IF_HELP)
    bud.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    bud.add_argument("--format", choices=["table", "csv", "json", "hledger", "xlsx"], default="table",
                     help="table (default), csv, json, hledger or xlsx (an Excel workbook, needs -o FILE)")
    bud.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE instead of standard output (needed for --format xlsx: an Excel workbook)")
    bud.add_argument("--rules", metavar="EDITION", help=f"edition for the what-if's checks ({editions})")
    bud.add_argument("--what-if", action="append", default=[], metavar="SPEC", dest="what_if",
                     help="a lower municipal contribution, e.g. Aalsmeer:-50%%:2026 (repeatable)")
    bud.add_argument("--policy", choices=["pro-rata", "protect-activities"], default="pro-rata",
                     help="how costs shrink in a what-if (default pro-rata)")
    bud.add_argument("--in-kind", action="append", default=[], metavar="SECTOR=RATE", dest="in_kind",
                     help="value the schools' hours at an hourly rate, e.g. PO=45 (shown on both sides)")
    bud.add_argument("--revision", type=int64, metavar="N", help="use budget revision N (0 = first) instead of the original")
    bud.add_argument("--lang", choices=["nl", "en"], default="nl")
    bud.set_defaults(func=with_output(_cmd_budget))

    mat = sub.add_parser("matching", help="the matching split over the municipalities")
    mat.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    mat.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table",
                     help="table (default), csv, json or xlsx (an Excel workbook, needs -o FILE)")
    mat.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE instead of standard output (needed for --format xlsx: an Excel workbook)")
    mat.add_argument("--lang", choices=["nl", "en"], default="nl")
    mat.set_defaults(func=with_output(_cmd_matching))

    cal = sub.add_parser("calendar", help="the monitoring and meeting calendar as a table, iCalendar or JSON",
                         description="The plan's monitoring and meeting calendar. The plan gives no dates for its "
                                     "meetings: monitoring events are planned slots from cmkit's scheduling rule "
                                     "(see docs/calendar.md), marked as such in every format.")
    cal.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    cal.add_argument("--year", type=year, metavar="Y", help="only this year of the plan period")
    cal.add_argument("--format", choices=["table", "ics", "json"], default="table",
                     help="table (default), ics (iCalendar for Outlook and Google Calendar) or json")
    cal.add_argument("--lang", choices=["nl", "en"], default="nl")
    cal.set_defaults(func=_cmd_calendar)

    add_rollup_parser(sub)  # cmkit rollup PLAN...

    from cmkit.cli_survey import add_parser as add_survey_parser  # cmkit survey synth|validate|analyse

    add_survey_parser(sub)

    from cmkit.cli_evi import add_parser as add_evi_parser

    add_evi_parser(sub)
    add_uniform_options(parser)  # -o/--output, --lang and --format on every command (cli_args.py)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Runs one command; returns the exit status (see ``cmkit --help``: 0, 1, 2 or 3)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    bad = non_utf8_argument(argv)
    if bad:
        print(f"cmkit: error: {bad}", file=sys.stderr)
        return 2
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        resolve_uniform_options(args)
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return 130
    safe_csv = cmkit.spreadsheet_safe_csv()
    if args.raw_csv:
        cmkit.set_spreadsheet_safe_csv(False)
    try:
        return args.func(args)
    except Error as exc:
        print(f"cmkit: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `cmkit report | head`: not an error (checked before OSError, its base)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # e.g. an output that cannot be written
        print(f"cmkit: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except ImportError as exc:  # an optional extra that is not installed (openpyxl, matplotlib)
        if "pip install" not in str(exc):
            raise
        print(f"cmkit: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: the core stopped at its next progress report; outputs are written
        print(INTERRUPTED, file=sys.stderr)  # all or nothing, so none is half written
        return 130
    except Exception as exc:  # a bug in cmkit: one line, the traceback only on request
        if os.environ.get("CMKIT_DEBUG"):
            raise
        print(f"cmkit: internal error (a bug in cmkit; please report it with the command that caused it): "
              f"{type(exc).__name__}: {_one_line(str(exc))[:500]}", file=sys.stderr)
        return 3
    finally:
        cmkit.set_spreadsheet_safe_csv(safe_csv)


#: The one line of Ctrl-C (exit status 130).
INTERRUPTED = "cmkit: onderbroken / interrupted"


def _one_line(message: str) -> str:
    return " ".join(message.split("\n")).strip()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
