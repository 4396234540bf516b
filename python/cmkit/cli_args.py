"""What every ``cmkit`` subcommand shares: argument types that refuse what the C++ core cannot take, a
parser whose errors are one line, and the exit statuses.

Exit status: 0 done; 1 the input was read and has error findings (``validate``, ``rollup``) or the plans
cannot be combined (a refused ``rollup``); 2 the input or an
argument cannot be used (one line on stderr naming the file, the place, the value and what was
expected; never a traceback); 3 an internal error of cmkit (a bug: one line too, and the traceback only
with ``CMKIT_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, List, NoReturn, Optional

EXIT_STATUS_HELP = (
    "exit status: 0 done; 1 error findings (validate, rollup) or a refused roll-up; 2 the input or an argument cannot be used "
    "(one line on stderr, no traceback); 3 an internal error of cmkit (set CMKIT_DEBUG=1 for the traceback)"
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

