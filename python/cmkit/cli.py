"""The ``cmkit`` command.

    cmkit --version
    cmkit plan list
    cmkit plan show [PLAN] [--format text|json]
    cmkit plan schema
    cmkit report [PLAN] [--lang nl|en]

PLAN is a file path or the name of a built-in plan (default: amstelland-2025-2028). Input that cannot
be read or understood exits with status 2 and one message on stderr, without a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

import cmkit
from cmkit.exceptions import Error, NotFoundError

DEFAULT_PLAN = "amstelland-2025-2028"


def resolve_plan(spec: Optional[str]) -> "cmkit.Plan":
    """A built-in plan's name, or a path to a plan file."""
    spec = spec or DEFAULT_PLAN
    if spec in cmkit.reference_plans():
        return cmkit.reference_plan(spec)
    if os.path.exists(spec) or os.sep in spec or spec.endswith(".json"):
        return cmkit.load_plan(spec)
    raise NotFoundError(
        f"'{spec}' is neither a file nor a built-in plan; built-in plans: {', '.join(cmkit.reference_plans())}"
    )


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


def _cmd_report(args: argparse.Namespace) -> int:
    from cmkit.report import render_overview

    sys.stdout.write(render_overview(resolve_plan(args.plan), args.lang))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cmkit",
        description="Cultuureducatie met Kwaliteit: plans, budgets, trajectories and Evi.",
    )
    parser.add_argument("--version", action="version", version=f"cmkit {cmkit.__version__}")
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

    report = sub.add_parser("report", help="the overview report of a plan (the main job)")
    report.add_argument("plan", nargs="?", metavar="PLAN", help=f"file or built-in name (default {DEFAULT_PLAN})")
    report.add_argument("--lang", choices=["nl", "en"], default="nl")
    report.set_defaults(func=_cmd_report)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except Error as exc:
        print(f"cmkit: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. a directory given as PLAN
        print(f"cmkit: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - `cmkit report | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
