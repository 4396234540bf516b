"""The exceptions cmkit raises.

Every exception derives from :class:`cmkit.Error`; each also derives from the builtin exception a
Python programmer would catch for it (``ValueError``, ``KeyError``, ``OSError``, ``OverflowError``).
"""

from __future__ import annotations

__all__ = [
    "Error",
    "FormatError",
    "SchemaVersionError",
    "NotFoundError",
    "FileError",
    "OverflowError",
    "InvalidArgumentError",
    "LockedYearError",
    "Cancelled",
]

import builtins


class Error(Exception):
    """Base of every exception cmkit raises on purpose."""


class FormatError(Error, ValueError):
    """Input that cannot be understood.

    Attributes: ``file`` (may be empty), ``location`` (a JSON pointer or ``line L, column C``),
    ``found`` (the offending value) and ``expected`` (what would have been accepted).
    """

    file: str = ""
    location: str = ""
    found: str = ""
    expected: str = ""


class SchemaVersionError(FormatError):
    """A serialised object with an unknown schema name or an unsupported version."""


class NotFoundError(Error, KeyError):
    """A name that was looked up and does not exist (attribute ``name``)."""

    name: str = ""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class FileError(Error, OSError):
    """A file that cannot be opened, read or written (attribute ``path``)."""

    path: str = ""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class OverflowError(Error, builtins.OverflowError):  # noqa: A001 - deliberate: cmkit.OverflowError
    """An amount that does not fit in 64-bit euro cents."""


class InvalidArgumentError(Error, ValueError):
    """An argument a function cannot work with (weights summing to zero, ...)."""


class LockedYearError(Error, ValueError):
    """A change to the actuals of a year that was locked after it was reported (attribute ``year``)."""

    year: int = 0


class Cancelled(Error):
    """A long call (evi_analyse, evi_synthetic, rollup, synthetic_plans) stopped because its ``progress``
    callback returned ``False``; the call returns nothing. (Ctrl-C stops the same calls with
    ``KeyboardInterrupt``, and an exception the callback raises is raised as it is.)"""
