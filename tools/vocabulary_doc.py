#!/usr/bin/env python3
"""Writes the "Vocabularies" section of docs/plan-format.md from the library's own list
(cmkit.vocabularies(), include/cmkit/vocabulary.hpp), between the markers

    <!-- vocabularies: begin (tools/vocabulary_doc.py writes this part) -->
    <!-- vocabularies: end -->

so the page, the JSON Schema and the findings that list allowed values cannot disagree.
tests/python/test_vocabulary.py fails when the page is stale; `make vocabulary-doc` (or running this
script with the installed package) rewrites it.
"""
from __future__ import annotations

import pathlib
import sys

BEGIN = "<!-- vocabularies: begin (tools/vocabulary_doc.py writes this part) -->"
END = "<!-- vocabularies: end -->"
PAGE = pathlib.Path(__file__).resolve().parent.parent / "docs" / "plan-format.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def section() -> str:
    """The markdown between the markers, from cmkit.vocabularies()."""
    import cmkit

    out = []
    for v in cmkit.vocabularies():
        out.append(f"### `{v.id}`\n")
        where = ", ".join(f"`{u}`" if "(" not in u and ":" not in u else u for u in v.used_in)
        out.append(f"{v.doc} Used in: {where}." + (" Values are JSON integers." if v.integer else "") + "\n")
        out.append("| value | nl | en | meaning |")
        out.append("|---|---|---|---|")
        for t in v.terms:
            value = f"`{t.id}:<{t.argument}>`" if t.argument else f"`{t.id}`"
            out.append(f"| {value} | {_cell(t.label.nl)} | {_cell(t.label.en)} | {_cell(t.doc)} |")
        out.append("")
    return "\n".join(out)


def current(page_text: str) -> str:
    """The part of @p page_text between the markers (ValueError when they are missing)."""
    start = page_text.index(BEGIN) + len(BEGIN)
    return page_text[start:page_text.index(END)].strip("\n")


def write() -> None:
    text = PAGE.read_text(encoding="utf-8")
    start = text.index(BEGIN) + len(BEGIN)
    end = text.index(END)
    PAGE.write_text(text[:start] + "\n" + section() + "\n" + text[end:], encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"wrote the vocabularies section of {PAGE}", file=sys.stderr)
