"""`cmkit rollup PLAN...` (the national roll-up of plans) and `cmkit plan synth` (SYNTHETIC plans); docs/rollup.md.

Exit status of `rollup`: 0 the plans were combined and none has an error finding; 1 the roll-up was refused
(ROLLUP_* findings: overlapping municipalities, mixed editions, a plan twice) or a plan has error findings
(the tables are written all the same); 2 a plan cannot be read (one line naming the file).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import Dict, List, Sequence

from cmkit import _core
from cmkit.cli_args import int64, seed_int64
from cmkit.cli_progress import ProgressBar
from cmkit.exceptions import InvalidArgumentError

_TEXT = {
    "nl": {
        "title": "Landelijke optelling: {n} {plans}, regeling {editions}",
        "plan1": "plan", "plans": "plannen",
        "fictional": "LET OP: {k} van de {n} plannen is fictief of synthetisch (verzonnen).",
        "fictional_n": "LET OP: {k} van de {n} plannen zijn fictief of synthetisch (verzonnen).",
        "refused": "GEWEIGERD: de plannen zijn niet opgeteld (er zijn geen tabellen):",
        "header": ["plan", "regio", "periode", "gemeenten", "baten", "lasten", "fouten", "waarsch."],
        "many": "{n} plannen: de tabel per plan staat in plans.csv (--format csv -o MAP).",
        "totals": "Samen: {m} gemeenten, {inh} inwoners; baten {income}, lasten {cost}, FCP-subsidie {grant}, "
                  "matching {matching}.",
        "inh_unknown": "inwonertal niet overal bekend",
        "years": "Begroting per jaar, alle plannen",
        "year_header": ["jaar", "plannen", "baten", "lasten", "FCP-subsidie", "matching"],
        "matching": "Matching per gemeente: {derived} rijen berekend naar inwonertal (afgeleid door cmkit), "
                    "{agreed} afgesproken in het plan, {unsplit} onverdeeld.",
        "targets": "Resultaatdoelen: {t} doelen in {p} plannen, {r} periodes.",
        "findings": "Bevindingen",
        "none": "  Geen bevindingen.",
        "infos_left": "  ({k} info-bevindingen niet getoond; zie findings.csv)",
        "summary": "  {errors} fout(en), {warnings} waarschuwing(en), {infos} toelichting(en) in {n} {plans}",
        "severity": {"error": "fout", "warning": "waarschuwing", "info": "info"},
        "note": "cmkit: let op: {k} van de {n} plannen {is_are} fictief of synthetisch (verzonnen)",
        "wrote": "cmkit: {n} bestanden in {dir}/: {files}",
        "refused_err": "cmkit: geweigerd: {code}: {message}",
        "synth": "cmkit: {n} synthetische plannen (seed {seed}) -> {dir}/",
    },
    "en": {
        "title": "National roll-up: {n} {plans}, edition {editions}",
        "plan1": "plan", "plans": "plans",
        "fictional": "NOTE: {k} of the {n} plans is fictional or synthetic (made up).",
        "fictional_n": "NOTE: {k} of the {n} plans are fictional or synthetic (made up).",
        "refused": "REFUSED: the plans were not combined (there are no tables):",
        "header": ["plan", "region", "period", "municipalities", "income", "costs", "errors", "warnings"],
        "many": "{n} plans: the table per plan is in plans.csv (--format csv -o DIR).",
        "totals": "Together: {m} municipalities, {inh} inhabitants; income {income}, costs {cost}, FCP grant {grant}, "
                  "matching {matching}.",
        "inh_unknown": "inhabitants not known everywhere",
        "years": "Budget per year, all plans",
        "year_header": ["year", "plans", "income", "costs", "FCP grant", "matching"],
        "matching": "Matching per municipality: {derived} rows computed by inhabitants (derived by cmkit), "
                    "{agreed} agreed in the plan, {unsplit} unsplit.",
        "targets": "Result targets: {t} targets in {p} plans, {r} periods.",
        "findings": "Findings",
        "none": "  No findings.",
        "infos_left": "  ({k} info findings not shown; see findings.csv)",
        "summary": "  {errors} error(s), {warnings} warning(s), {infos} info in {n} {plans}",
        "severity": {"error": "error", "warning": "warning", "info": "info"},
        "note": "cmkit: note: {k} of the {n} plans {is_are} fictional or synthetic (made up)",
        "wrote": "cmkit: {n} files in {dir}/: {files}",
        "refused_err": "cmkit: refused: {code}: {message}",
        "synth": "cmkit: {n} synthetic plans (seed {seed}) -> {dir}/",
    },
}

#: Plans listed one by one in the text overview up to this many.
TEXT_PLAN_ROWS = 30
#: Info findings are listed in the text overview for up to this many plans.
TEXT_INFO_PLANS = 20


def expand_specs(specs: Sequence[str]) -> List[str]:
    """The plan arguments with every directory replaced by its ``*.json`` files in name order (so that
    ``cmkit rollup DIR`` reads the output of ``cmkit plan synth -o DIR``)."""
    out: List[str] = []
    for spec in specs:
        if os.path.isdir(spec):
            names = sorted(n for n in os.listdir(spec) if n.endswith(".json") and not n.startswith("."))
            if not names:
                raise InvalidArgumentError(f"{spec}: the directory holds no plan files (*.json)")
            out += [os.path.join(spec, n) for n in names]
        else:
            out.append(spec)
    return out


def _money(cents: int, lang: str) -> str:
    return _core.Money(cents).format("nl" if lang == "nl" else "en", True, "auto")


def _integer(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", "." if lang == "nl" else ",")


def _column(table, name: str) -> list:
    arrays = table.column(name)
    if arrays["type"] == "text":
        d = arrays["dictionary"]
        return [d[c] if ok else None for c, ok in zip(arrays["codes"].tolist(), arrays["valid"].tolist())]
    return [v if ok else None for v, ok in zip(arrays["values"].tolist(), arrays["valid"].tolist())]


def _where(path: str, specs: Sequence[str]) -> str:
    """``/plans/3/...`` -> the argument the fourth plan came from."""
    m = re.match(r"/plans/(\d+)(/|$)", path)
    return specs[int(m.group(1))] if m and int(m.group(1)) < len(specs) else ""


def overview_lines(result, specs: Sequence[str], lang: str = "nl") -> List[str]:
    """The text overview of a roll-up: its title, the plans (or their number), totals, the budget per year,
    the matching bases, the targets and the findings (the roll-up's own first; per plan errors and warnings,
    and the info findings too for a few plans)."""
    from cmkit._tables import text_table as _table

    t = _TEXT[lang]
    tables = result.tables
    plans = tables["plans"]
    n = len(specs)
    if result.refused:
        out = [t["refused"]]
        for f in result.rollup_findings:
            out.append(f"  {t['severity'][f.severity.name.lower()]:<12} {f.code} {f.path} ({_where(f.path, specs)})")
            out.append(f"      {f.message_nl if lang == 'nl' else f.message_en}")
        return out

    col = {name: _column(plans, name) for name in plans.column_names()}
    editions = sorted(set(col["edition"]))
    out = [t["title"].format(n=n, plans=t["plan1"] if n == 1 else t["plans"], editions=", ".join(editions) or "-")]
    k = sum(1 for f in col["fictional"] if f)
    if k:
        out.append(t["fictional" if k == 1 else "fictional_n"].format(k=k, n=n))
    out.append("")
    if n <= TEXT_PLAN_ROWS:
        rows = []
        for i in range(n):
            period = f"{col['start'][i][:4]}-{col['end'][i][:4]}"
            rows.append([col["plan"][i], col["region"][i], period, str(col["municipalities"][i]),
                         _money(col["income_cents"][i], lang), _money(col["cost_cents"][i], lang),
                         str(col["errors"][i]), str(col["warnings"][i])])
        out += _table(t["header"], rows, indent="  ")
    else:
        out.append("  " + t["many"].format(n=n))
    inhabitants = col["inhabitants"]
    inh = _integer(sum(inhabitants), lang) if all(v is not None for v in inhabitants) else t["inh_unknown"]
    out += ["", t["totals"].format(m=_integer(sum(col["municipalities"]), lang), inh=inh,
                                   income=_money(sum(col["income_cents"]), lang), cost=_money(sum(col["cost_cents"]), lang),
                                   grant=_money(sum(col["fcp_grant_cents"]), lang),
                                   matching=_money(sum(col["matching_cents"]), lang))]

    import numpy as np

    budget = tables["budget"]
    year = np.asarray(budget.column("year")["values"])
    cents = np.asarray(budget.column("amount_cents")["values"])
    plan_code = np.asarray(budget.column("plan")["codes"])
    side, category = budget.column("side"), budget.column("category")
    side_code, category_code = np.asarray(side["codes"]), np.asarray(category["codes"])

    def code_of(column, value):
        return column["dictionary"].index(value) if value in column["dictionary"] else -1

    masks = {"income": side_code == code_of(side, "income"), "cost": side_code == code_of(side, "cost"),
             "grant": category_code == code_of(category, "fcp_grant"),
             "matching": category_code == code_of(category, "municipal_matching")}
    rows = []
    for y in np.unique(year).tolist():
        in_year = year == y
        sums = {k: int(cents[in_year & m].sum()) for k, m in masks.items()}  # int64: exact
        rows.append([str(y), str(len(np.unique(plan_code[in_year]))), _money(sums["income"], lang),
                     _money(sums["cost"], lang), _money(sums["grant"], lang), _money(sums["matching"], lang)])
    out += ["", t["years"]]
    out += _table(t["year_header"], rows, indent="  ")
    basis = tables["matching"].column("basis")
    per_basis = np.bincount(np.asarray(basis["codes"], dtype=np.intp), minlength=len(basis["dictionary"])).tolist()
    count = dict(zip(basis["dictionary"], per_basis))
    out += ["", t["matching"].format(derived=_integer(count.get("inhabitants", 0), lang),
                                     agreed=_integer(count.get("agreed", 0), lang),
                                     unsplit=_integer(count.get("unsplit", 0), lang))]
    targets = tables["targets"]
    pairs = np.unique(np.stack([np.asarray(targets.column("plan")["codes"], dtype=np.int64),
                                np.asarray(targets.column("target")["codes"], dtype=np.int64)]), axis=1)
    out.append(t["targets"].format(t=_integer(pairs.shape[1], lang), p=_integer(len(np.unique(pairs[0])), lang),
                                   r=_integer(len(targets), lang)))

    out += ["", t["findings"]]
    findings = tables["findings"]
    fcols = {name: _column(findings, name) for name in ("plan", "code", "severity", "path", "message_nl", "message_en")}
    spec_of = dict(zip(col["plan"], specs))
    counts = {"error": 0, "warning": 0, "info": 0}
    hidden = 0
    for i in range(len(findings)):
        sev = fcols["severity"][i]
        counts[sev] += 1
        if sev == "info" and n > TEXT_INFO_PLANS:
            hidden += 1
            continue
        plan = fcols["plan"][i]
        where = f" {fcols['path'][i]}" if fcols["path"][i] else ""
        source = spec_of.get(plan, "")
        shown = plan if source in ("", plan) else f"{plan} ({source})"
        out.append(f"  {shown}: {t['severity'][sev]:<12} {fcols['code'][i]}{where}")
        out.append(f"      {fcols['message_nl' if lang == 'nl' else 'message_en'][i]}")
    if not len(findings):
        out.append(t["none"])
    if hidden:
        out.append(t["infos_left"].format(k=hidden))
    out.append(t["summary"].format(errors=counts["error"], warnings=counts["warning"], infos=counts["info"], n=n,
                                   plans=t["plan1"] if n == 1 else t["plans"]))
    return out


def _cmd_rollup(args: argparse.Namespace) -> int:
    from cmkit.national import TABLE_NAMES, load_plans, rollup

    t = _TEXT[args.lang]
    specs = expand_specs(args.plans)
    with ProgressBar("cmkit rollup") as bar:
        reading = "plannen lezen" if args.lang == "nl" else "reading the plans"
        plans = []
        for i, spec in enumerate(specs):  # a file that cannot be read: one message naming it, exit 2 (cli.main)
            plans += load_plans([spec])
            bar(i + 1, len(specs), reading)
        result = rollup(plans, rules=args.rules, progress=bar)
    errors = sum(_column(result.tables["plans"], "errors")) if not result.refused else 0
    status = 1 if result.refused or errors else 0
    fictional = sum(1 for p in plans if p.fictional)

    if args.format == "text":
        if args.table:
            raise InvalidArgumentError("--table goes with --format csv or json; text is the whole overview")
        text = "\n".join(overview_lines(result, specs, args.lang)) + "\n"
        if args.output:  # -o FILE: the overview, written atomically (with csv and json, -o is a directory)
            _core.write_output_file(args.output, text)
        else:
            sys.stdout.write(text)
        return status

    if result.refused:  # said on stderr in every machine-readable form
        for f in result.rollup_findings:
            print(t["refused_err"].format(code=f.code, message=f.message_nl if args.lang == "nl" else f.message_en),
                  file=sys.stderr)
    if fictional:
        one = fictional == 1
        print(t["note"].format(k=fictional, n=len(plans), is_are=("is" if one else "zijn") if args.lang == "nl" else
                               ("is" if one else "are")), file=sys.stderr)
    if args.format == "xlsx":
        from cmkit.cli_args import write_xlsx_output

        names = [args.table] if args.table else list(TABLE_NAMES)
        write_xlsx_output(args.output, {name: result.tables[name] for name in names}, args.lang)
        return status
    if args.output:
        if args.table:
            raise InvalidArgumentError("-o writes every table; leave out --table")
        ext = args.format
        files = [(f"{name}.{ext}", result.tables[name].to_csv() if ext == "csv" else result.tables[name].to_json(2))
                 for name in TABLE_NAMES]
        meta = {"schema": "Rollup.1", "generator": f"cmkit {_core.library_version()} rollup", "refused": result.refused,
                "rollup_findings": [json.loads(f.to_json()) for f in result.rollup_findings],
                "inputs": specs, "tables": [name for name, _ in files]}
        files.append(("rollup.json", json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n"))
        _core.write_output_directory(args.output, files)
        print(t["wrote"].format(n=len(files), dir=args.output, files=", ".join(name for name, _ in files)), file=sys.stderr)
        return status
    if args.format == "csv":
        if not args.table:
            raise InvalidArgumentError("--format csv without -o DIR needs --table NAME (one of: " + ", ".join(TABLE_NAMES) +
                                       "); with -o DIR every table is written")
        sys.stdout.write(result.tables[args.table].to_csv())
        return status
    if args.table:
        doc = json.loads(result.tables[args.table].to_json())
    else:
        doc = result.json_document()
        doc["inputs"] = specs
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return status


def _cmd_plan_synth(args: argparse.Namespace) -> int:
    with ProgressBar("cmkit plan synth") as bar:
        plans = _core.synthetic_plans(args.regions, args.seed, progress=bar)
        bar.stage("schrijven" if args.lang == "nl" else "writing")
        files = [(f"{p.id}.json", p.to_json()) for p in plans]
        _core.write_output_directory(args.output, files)
    print(_TEXT[args.lang]["synth"].format(n=len(files), seed=args.seed, dir=args.output), file=sys.stderr)
    return 0


def add_parser(sub) -> None:
    """Adds `rollup` to the top-level subparsers."""
    from cmkit.national import TABLE_NAMES

    editions = ", ".join(_core.rule_sets())
    p = sub.add_parser(
        "rollup", help="combine plans of one edition into national tables (budget, matching, targets, findings)",
        description="Combine any number of plans of one edition into the tables plans, budget, matching, targets and "
                    "findings (docs/rollup.md). Two plans naming the same municipality, plans of different editions, "
                    "or a plan given twice refuse the roll-up. Exit status 0: combined, no error finding; 1: refused, "
                    "or a plan has error findings; 2: a plan cannot be read.")
    p.add_argument("plans", nargs="+", metavar="PLAN",
                   help="a plan file, a built-in plan's name, or a directory (its *.json files)")
    p.add_argument("--format", choices=["text", "csv", "json", "xlsx"], default="text",
                   help="text: an overview and the findings (default); csv and json: the tables; xlsx: every table "
                        "(or --table) as a sheet of the workbook -o FILE")
    p.add_argument("-o", "--output", metavar="DIR",
                   help="write every table as DIR/<table>.csv or .json, and rollup.json (refusal, inputs); with "
                        "--format xlsx the workbook FILE; with --format text the overview as FILE")
    p.add_argument("--table", choices=list(TABLE_NAMES), help="only this table, on stdout (csv or json)")
    p.add_argument("--rules", metavar="EDITION", help=f"validate every plan under this edition ({editions})")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=_cmd_rollup)


def add_plan_synth_parser(plan_sub) -> None:
    """Adds `plan synth` to the `plan` subcommands."""
    p = plan_sub.add_parser("synth", help="write SYNTHETIC plans (seeded; for tests and benchmarks of the roll-up)",
                            description="Write N SYNTHETIC (made-up) plans of cmk-2025-2028, one canonical plan JSON "
                                        "file each, as the directory DIR (a new or empty directory, or an earlier "
                                        "output of cmkit). The plans are marked fictional and titled 'Synthetisch "
                                        "plan'; the same seed gives the same files.")
    p.add_argument("--regions", type=int64, required=True, metavar="N", help="number of plans (regions), 0 to 100000")
    p.add_argument("--seed", type=seed_int64, default=1, help="seed (default 1)")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="write one plan JSON file per region into DIR (a new or empty directory, or an earlier output "
                        "of cmkit)")
    p.add_argument("--lang", choices=["nl", "en"], default="nl")
    p.set_defaults(func=_cmd_plan_synth)
