"""What every ``cmkit`` subcommand shares: argument types that refuse what the C++ core cannot take, a
parser whose errors are one line, the exit statuses, the PLAN argument's resolver (a built-in name or a
file; also used by :func:`cmkit.rollup`), the JSON form of a finding, ``-o FILE`` for printed output and
``--format xlsx``. It imports only ``cmkit._core`` and ``cmkit.exceptions`` (and ``cmkit.excel`` when a
workbook is written), so every ``cli_*`` module can use it without an import circle.

``-o/--output``, ``--lang`` and ``--format`` are added to every command by :func:`add_uniform_options` and
resolved (the command's own value, else the one before the command, else the default) by
:func:`resolve_uniform_options`.

Exit status: 0 done; 1 the input was read and has error findings (``validate``, ``rollup``) or the plans
cannot be combined (a refused ``rollup``); 2 the input or an
argument cannot be used (one line on stderr naming the file, the place, the value and what was
expected; never a traceback); 3 an internal error of cmkit (a bug: one line too, and the traceback only
with ``CMKIT_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import sys
import os
from typing import Any, Callable, Dict, List, NoReturn, Optional, Sequence

from cmkit import _core
from cmkit.exceptions import NotFoundError

DEFAULT_PLAN = "amstelland-2025-2028"

EXIT_STATUS_HELP = (
    "exit status: 0 done; 1 error findings (validate, rollup) or a refused roll-up; 2 the input or an argument cannot be used "
    "(one line on stderr, no traceback); 3 an internal error of cmkit (set CMKIT_DEBUG=1 for the traceback); "
    "130 interrupted (Ctrl-C; nothing written)"
)

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
UINT64_MAX = 2 ** 64 - 1


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2 (argparse prints the
    whole usage first); subparsers made from it are of this class too."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        sys.exit(2)


def integer(lo: int, hi: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``lo`` to ``hi``; ``what`` names the range in the message."""

    def parse(text: str) -> int:
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; expected {what}") from None
        if not lo <= value <= hi:
            shown = text if len(text) <= 30 else text[:27] + "..."
            raise argparse.ArgumentTypeError(f"{shown} is outside {lo} to {hi}; expected {what}")
        return value

    parse.__name__ = "integer"  # argparse names the type in some messages
    return parse


#: Any argument the core takes as a 64-bit signed integer (counts, sizes, k, a revision number).
int64 = integer(INT64_MIN, INT64_MAX, "a 64-bit integer")
#: A seed of a generator that takes a signed 64-bit seed.
seed_int64 = integer(INT64_MIN, INT64_MAX, "a seed that fits in 64 bits (signed)")
#: A seed of a generator that takes an unsigned 64-bit seed.
seed_uint64 = integer(0, UINT64_MAX, "a seed from 0 to 2^64 - 1")
#: A calendar year.
year = integer(1400, 9999, "a calendar year such as 2026")


def non_utf8_argument(argv: List[str]) -> Optional[str]:
    """The message for the first argument that is not valid UTF-8 (Python keeps such bytes as lone
    surrogates, which the core cannot take), or None."""
    for i, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = arg.encode("utf-8", "surrogateescape")
            try:
                raw.decode("utf-8")
                bad = 0
            except UnicodeDecodeError as exc:
                bad = raw[exc.start]
            shown = raw.decode("utf-8", "replace")
            if len(shown) > 40:
                shown = shown[:37] + "..."
            return (f"argument {i + 1} ({shown!r}) holds the byte 0x{bad:02X}, which is not UTF-8; expected UTF-8 "
                    "text (set the terminal or the script to UTF-8)")
    return None



def resolve_builtin_or_file(spec: str, builtins: Sequence[str], load_builtin: Callable[[str], Any],
                            load_file: Callable[[str], Any], what: str) -> Any:
    """``spec`` as the name of a built-in (one of ``builtins``), else as a path to a JSON file; anything else
    is a NotFoundError naming the built-ins. Shared by plans and survey definitions."""
    if spec in builtins:
        return load_builtin(spec)
    if os.path.exists(spec) or os.sep in spec or spec.endswith(".json"):
        return load_file(spec)
    raise NotFoundError(f"'{spec}' is neither a file nor a built-in {what}; built-in: {', '.join(builtins)}")


def resolve_plan(spec: Optional[str]) -> "_core.Plan":
    """A built-in plan's name, or a path to a plan file (the CLI's PLAN argument; also cmkit.rollup's)."""
    plan: _core.Plan = resolve_builtin_or_file(spec or DEFAULT_PLAN, _core.reference_plans(), _core.reference_plan,
                                               _core.load_plan, "plan")
    return plan


def finding_dict(f: "_core.Finding") -> Dict[str, Any]:
    """A finding as the JSON the CLI writes (``--format json``)."""
    figures = []
    for g in f.figures:
        d: Dict[str, Any] = {"name": g.name}
        if g.amount is not None:
            d["amount_cents"] = g.amount.cents
        if g.count is not None:
            d["count"] = g.count
        if g.share is not None:
            d["share"] = {"numerator": g.share.numerator, "denominator": g.share.denominator}
        if g.text is not None:
            d["text"] = g.text
        figures.append(d)
    return {"code": f.code, "severity": f.severity.name.lower(), "path": f.path, "message_nl": f.message_nl,
            "message_en": f.message_en, "figures": figures}


def write_xlsx_output(output: Optional[str], tables: Dict[str, Any], lang: str) -> None:
    """``--format xlsx``: writes ``tables`` ({sheet: table}) as the workbook ``output`` (cmkit.write_xlsx) and
    says so on stderr; an InvalidArgumentError without ``-o FILE``, since a workbook is not written to
    standard output."""
    from cmkit.exceptions import InvalidArgumentError

    if not output or output == "-":
        raise InvalidArgumentError("--format xlsx needs -o FILE (the workbook to write, e.g. -o tables.xlsx): an "
                                   "Excel workbook is not written to standard output")
    from cmkit.excel import write_xlsx

    sheets = write_xlsx(output, tables, lang)
    word = ("werkblad" if len(sheets) == 1 else "werkbladen") if lang == "nl" else ("sheet" if len(sheets) == 1 else "sheets")
    print(f"cmkit: {output}: {len(sheets)} {word} ({', '.join(sheets)})", file=sys.stderr)


def with_output(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A command whose printed output goes to ``-o FILE`` (written atomically) when given; ``--format xlsx``
    writes its workbook itself."""

    def run(args: argparse.Namespace) -> int:
        if not getattr(args, "output", None) or getattr(args, "format", None) == "xlsx":
            return func(args)
        import contextlib
        import io

        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            status = func(args)
        _core.write_output_file(args.output, buffer.getvalue())
        return status

    run.__name__ = run.__qualname__ = func.__name__
    run.__doc__ = func.__doc__
    return run


# ---- -o/--output, --lang and --format: the same on every command, before or after it ------------------------

#: The format of the commands that have only one (they accept --format with it, and refuse any other).
SINGLE_FORMATS = {
    "cmkit plan list": "text",
    "cmkit plan schema": "json",
    "cmkit plan synth": "json",
    "cmkit evi synth": "csv",
}

#: Names that mean the same plain-text output: a command that calls it `table` also takes `text`, and back.
FORMAT_ALIASES = {"text": "table", "table": "text"}

GLOBAL_OPTIONS_HELP = (
    "-o/--output, --lang and --format may be given before the command (for any command) or after it (the "
    "value after it wins); a --format the command does not have is refused with the list of its formats"
)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """``cmkit [-o OUT] [--lang nl|en] [--format F] COMMAND ...``: the values every command takes, given before
    the command (kept apart from the command's own, which win; :func:`resolve_uniform_options`)."""
    parser.add_argument("-o", "--output", dest="global_output", metavar="OUT",
                        help="the command's output file or directory (as its own -o)")
    parser.add_argument("--lang", dest="global_lang", choices=["nl", "en"],
                        help="language of text output and messages: nl (default) or en")
    parser.add_argument("--format", dest="global_format", metavar="FORMAT",
                        help="the command's output format (see each command's --help for its formats)")


def _leaf_parsers(parser: argparse.ArgumentParser) -> List[argparse.ArgumentParser]:
    """Every parser under ``parser`` that runs a command (has no subcommands), each once (aliases share one)."""
    out: List[argparse.ArgumentParser] = []
    seen: set = set()

    def walk(p: argparse.ArgumentParser) -> None:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            out.append(p)
            return
        for action in subs:
            for child in action.choices.values():
                if id(child) not in seen:
                    seen.add(id(child))
                    walk(child)

    walk(parser)
    return out


def _option(p: argparse.ArgumentParser, flag: str) -> Optional[argparse.Action]:
    return p._option_string_actions.get(flag)


def add_uniform_options(parser: argparse.ArgumentParser) -> None:
    """Gives every command ``-o/--output``, ``--lang`` and ``--format`` (call after all commands are added):

    - ``--lang nl|en``: added where a command had none; its default becomes "not given" (None) so that the
      global value can fill it in.
    - ``--format``: a command's choices are kept as the allowed formats (checked by
      :func:`resolve_uniform_options`, so one message serves the global and the per-command value); a command
      with one output form takes that one (:data:`SINGLE_FORMATS`).
    - ``-o/--output``: added where a command had none, writing what it prints to FILE atomically
      (:func:`with_output`); a required ``-o`` is required after the global value is taken into account.
    """
    for p in _leaf_parsers(parser):
        lang = _option(p, "--lang")
        if lang is None:
            p.add_argument("--lang", choices=["nl", "en"], default=None,
                           help="language of messages: nl (default) or en")
        else:
            lang.default = None
            lang.help = lang.help or "language of the output: nl (default) or en"

        fmt = _option(p, "--format")
        if fmt is None:
            only = SINGLE_FORMATS.get(p.prog, "text")
            formats, default = [only], only
            fmt = p.add_argument("--format", default=None, help=f"the only format of this command: {only}")
        else:
            formats, default = list(fmt.choices or []), fmt.default
            fmt.choices = None
            fmt.default = None
        fmt.metavar = "{" + ",".join(formats) + "}"

        out = _option(p, "-o")
        required = False
        if out is None:
            p.add_argument("-o", "--output", metavar="FILE", default=None,
                           help="write to FILE (atomically) instead of standard output")
            p.set_defaults(func=with_output(p.get_default("func")))
        elif out.required:
            required = True
            out.required = False
        p.set_defaults(_formats=formats, _format_default=default, _output_required=required, _parser=p)


def resolve_uniform_options(args: argparse.Namespace) -> None:
    """Fills in ``args.lang``, ``args.format`` and ``args.output`` from the command's own value, else the
    global one, else the command's default; refuses (one line, exit 2) a format the command does not have
    and a missing required ``-o``."""
    parser: argparse.ArgumentParser = args._parser
    if args.lang is None:
        args.lang = args.global_lang or "nl"
    if args.output is None:
        args.output = args.global_output
    fmt = args.format if args.format is not None else args.global_format
    formats: List[str] = args._formats
    if fmt is None:
        fmt = args._format_default
    elif fmt not in formats:
        alias = FORMAT_ALIASES.get(fmt)
        if alias in formats:
            fmt = alias
        else:
            where = "" if args.format is not None else " (given before the command)"
            parser.error(f"--format {fmt}{where} is not a format of this command; its formats: {', '.join(formats)}")
    args.format = fmt
    if args._output_required and not args.output:
        parser.error("-o/--output DIR is required (the directory to write)")
