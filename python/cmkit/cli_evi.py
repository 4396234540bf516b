"""`cmkit evi ...`: instruments, synthetic waves, validation, the regional analysis and school dossiers."""

from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

from cmkit import _core
from cmkit import evi as _evi
from cmkit.cli_args import int64, seed_int64
from cmkit.cli_progress import ProgressBar
from cmkit.exceptions import InvalidArgumentError


def _waves(text: Optional[str]) -> List[int]:
    if not text:
        return []
    try:
        waves = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise InvalidArgumentError(f"--waves takes years separated by commas (e.g. 2023,2025), got {text!r}")
    return waves


def _synthetic_note(data_synthetic: bool, lang: str) -> None:
    if data_synthetic:
        print("cmkit: let op: synthetische (verzonnen) Evi-gegevens" if lang == "nl"
              else "cmkit: note: synthetic (made-up) Evi data", file=sys.stderr)


def _cmd_instruments(args: argparse.Namespace) -> int:
    instruments = _evi.resolve_instruments(args.instrument)
    if args.id:
        match = [i for i in instruments if i.id == args.id]
        if not match:
            _core.evi_instrument(args.id)  # raises NotFoundError naming the known ones
        sys.stdout.write(json.dumps(json.loads(match[0].to_json()), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return 0
    if args.format == "json":
        sys.stdout.write(json.dumps([json.loads(i.to_json()) for i in instruments], ensure_ascii=False, indent=2,
                                    sort_keys=True) + "\n")
        return 0
    for i in instruments:
        label = i.label.nl if args.lang == "nl" else i.label.en
        scoring = i.scoring.id + (" (officieel)" if i.scoring.official else " (niet officieel)") if i.scoring else "-"
        pillars = ", ".join(p.id for p in i.pillars)
        print(f"{i.id:<12} {label}  [{pillars}]  scoring: {scoring}")
    return 0


def _stage(lang: str, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def _cmd_synth(args: argparse.Namespace) -> int:
    with ProgressBar("cmkit evi synth") as bar:
        data = _core.evi_synthetic(schools=args.schools, waves=_waves(args.waves) or [2023, 2025], seed=args.seed,
                                   municipalities=args.municipalities, region=args.region,
                                   vo_percent=args.vo_percent, response_percent=args.response_percent, progress=bar)
        bar.stage(_stage(args.lang, "schrijven", "writing"))
        return _write_synth(args, data, bar)


def _write_synth(args: argparse.Namespace, data, bar: ProgressBar) -> int:
    files = {
        "responses.csv": _core.evi_responses_to_csv(data.responses),
        "schools.json": json.dumps(json.loads(data.schools.to_json()), ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        "schools.csv": _core.schools_to_csv(data.schools),
        "synthetic.json": json.dumps({"synthetic": True, "note": data.responses.note,
                                      "generator": f"cmkit {_core.library_version()} evi_synthetic",
                                      "options": {"schools": args.schools, "waves": _waves(args.waves) or [2023, 2025],
                                                  "seed": args.seed, "municipalities": args.municipalities,
                                                  "region": args.region, "vo_percent": args.vo_percent,
                                                  "response_percent": args.response_percent}},
                                     ensure_ascii=False, indent=2, sort_keys=True) + "\n",
    }
    _core.write_output_directory(args.output, list(files.items()))
    bar.close()  # the message below starts on a clean line
    what = ("synthetische scholen", "antwoorden") if args.lang == "nl" else ("synthetic schools", "answers")
    print(f"cmkit: {len(data.schools.schools)} {what[0]}, {len(data.responses.responses)} {what[1]} -> "
          f"{args.output}/ ({', '.join(sorted(files))})", file=sys.stderr)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from cmkit.report import findings_lines

    responses, schools = _evi.load_inputs(args.responses, args.schools)
    waves = _waves(args.waves)
    findings = _core.validate_evi_responses(responses, _evi.resolve_instruments(args.instrument), schools,
                                            first_wave=min(waves) if waves else None,
                                            last_wave=max(waves) if waves else None)
    if args.format == "json":
        rows = [json.loads(f.to_json()) for f in findings]
        sys.stdout.write(json.dumps({"findings": rows}, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        print("\n".join(findings_lines(findings, args.lang)))
    return 1 if any(f.severity == _core.Severity.ERROR for f in findings) else 0


def _cmd_analyse(args: argparse.Namespace) -> int:
    with ProgressBar("cmkit evi analyse") as bar:
        bar.stage(_stage(args.lang, "antwoorden lezen", "reading the answers"))
        responses, schools = _evi.load_inputs(args.responses, args.schools)
        waves = _waves(args.waves)
        analysis = _core.evi_analyse(responses, _evi.resolve_instruments(args.instrument), schools, k=args.k,
                                     seed=args.seed, replicates=args.replicates,
                                     confidence_percent=args.confidence, waves=waves, progress=bar)
        if args.output:
            bar.stage(_stage(args.lang, "schrijven", "writing"))
        return _analyse_output(args, analysis, bar)


def _analyse_output(args: argparse.Namespace, analysis, bar: ProgressBar) -> int:
    if not args.output or args.format == "xlsx":
        bar.close()  # before anything is printed
    if args.format == "xlsx":
        from cmkit.cli_args import write_xlsx_output

        names = [args.table] if args.table else list(_core.evi_table_names())
        write_xlsx_output(args.output, {name: _core.evi_table(analysis, name) for name in names}, args.lang)
        _synthetic_note(analysis.manifest.synthetic, args.lang)
        return 0
    if args.output:
        written = _evi.write_outputs(analysis, args.output)
        bar.close()
        print(f"cmkit: {len(written)} bestanden in {args.output}/: {', '.join(written)}", file=sys.stderr)
        _synthetic_note(analysis.manifest.synthetic, args.lang)
        return 0
    if args.format == "csv":
        if not args.table:
            raise InvalidArgumentError("--format csv needs --table NAME (one of: " + ", ".join(_core.evi_table_names()) + ")")
        sys.stdout.write(_evi.table_csv(analysis, args.table))
        _synthetic_note(analysis.manifest.synthetic, args.lang)
    elif args.format == "json":
        if args.table:
            rows = _evi.table_rows(analysis, args.table)
            sys.stdout.write(json.dumps({"manifest": json.loads(analysis.manifest.to_json()), "rows": rows},
                                        ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        else:
            sys.stdout.write(_evi.analysis_json(analysis))
        _synthetic_note(analysis.manifest.synthetic, args.lang)
    else:
        print("\n".join(_evi.analysis_lines(analysis, args.lang)))
    return 0


def _cmd_dossier(args: argparse.Namespace) -> int:
    responses, schools = _evi.load_inputs(args.responses, args.schools)
    d = _core.evi_dossier(responses, args.school_id, _evi.resolve_instruments(args.instrument), schools)
    if args.format == "json":
        sys.stdout.write(json.dumps(json.loads(d.to_json()), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        if responses.synthetic or (schools is not None and schools.synthetic):
            print("  LET OP: synthetische gegevens" if args.lang == "nl" else "  NOTE: synthetic data")
        print("\n".join(_evi.dossier_lines(d, args.lang)))
    return 0


def add_parser(sub) -> None:
    """Adds `evi` and its subcommands to the top-level subparsers."""
    evi = sub.add_parser("evi", help="Evi: instruments, synthetic waves, validation, regional analysis, dossiers")
    es = evi.add_subparsers(dest="evi_command", metavar="SUBCOMMAND")
    es.required = True
    resp_help = "answers (.csv with school_id,wave,instrument,pillar,item,value, or JSON); 'demo' for the shipped synthetic Amstelland waves"

    def common(p, schools=True):
        if schools:
            p.add_argument("--schools", metavar="FILE", help="schools file (.csv or SchoolRegistry JSON), joined on school_id")
        p.add_argument("--instrument", metavar="FILE", action="append",
                       help="an extra instrument definition (EviInstrument JSON); may be repeated")
        p.add_argument("--lang", choices=["nl", "en"], default="nl")

    p = es.add_parser("instruments", help="the instrument definitions (list, or one as JSON)")
    p.add_argument("id", nargs="?", metavar="ID")
    p.add_argument("--format", choices=["table", "json"], default="table",
                   help="table: one line per instrument (default); json: every definition (an ID is always JSON)")
    common(p, schools=False)
    p.set_defaults(func=_cmd_instruments)

    p = es.add_parser("synth", help="write SYNTHETIC Evi waves and a schools file (seeded, any size)")
    p.add_argument("--schools", type=int64, default=40, metavar="N", help="number of schools (default 40)")
    p.add_argument("--waves", default="2023,2025", help="waves, e.g. 2023,2025,2027")
    p.add_argument("--seed", type=seed_int64, default=1)
    p.add_argument("--municipalities", type=int64, default=0, metavar="M", help="0: about one per 22 schools")
    p.add_argument("--region", choices=["amstelland"], help="use the synthetic Amstelland schools")
    p.add_argument("--vo-percent", type=int64, default=8, dest="vo_percent")
    p.add_argument("--response-percent", type=int64, default=85, dest="response_percent")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="write responses.csv, schools.csv, schools.json and synthetic.json into DIR (a new or "
                        "empty directory, or an earlier output of cmkit)")
    p.set_defaults(func=_cmd_synth)

    p = es.add_parser("validate", help="check answers against the instruments and the schools file")
    p.add_argument("responses", metavar="RESPONSES", help=resp_help)
    p.add_argument("--waves", help="the expected waves, e.g. 2023,2025: answers outside that range are errors")
    p.add_argument("--format", choices=["table", "json"], default="table")
    common(p)
    p.set_defaults(func=_cmd_validate)

    p = es.add_parser("analyse", aliases=["analyze"], help="the reproducible regional analysis")
    p.add_argument("responses", metavar="RESPONSES", help=resp_help)
    p.add_argument("--k", type=int64, default=5, help="minimum cell size; fewer schools are suppressed (default 5; 0 = no disclosure control, internal use only)")
    p.add_argument("--seed", type=seed_int64, default=20250601, help="bootstrap seed (default 20250601)")
    p.add_argument("--replicates", type=int64, default=2000, help="bootstrap replicates (default 2000)")
    p.add_argument("--confidence", type=int64, default=95, help="interval level in percent (default 95)")
    p.add_argument("--waves", help="analyse only these waves, e.g. 2023,2025")
    p.add_argument("--format", choices=["table", "json", "csv", "xlsx"], default="table",
                   help="xlsx: every table (or --table) as a sheet of the workbook -o FILE")
    p.add_argument("--table", choices=list(_core.evi_table_names()), help="one table (needed for --format csv)")
    p.add_argument("-o", "--output", metavar="DIR",
                   help="write analysis.json, manifest.json and every table as CSV; with --format xlsx the workbook FILE")
    common(p)
    p.set_defaults(func=_cmd_analyse)

    p = es.add_parser("dossier", help="one school's Evi dossier over the waves")
    p.add_argument("responses", metavar="RESPONSES", help=resp_help)
    p.add_argument("school_id", metavar="SCHOOL_ID")
    p.add_argument("--format", choices=["table", "json"], default="table")
    common(p)
    p.set_defaults(func=_cmd_dossier)
