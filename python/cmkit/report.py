"""The report: a readable overview of a plan, in Dutch (default) or English, as text
(:func:`render_overview`), as one self-contained HTML file (:func:`render_html`) or as PDF (:func:`write_pdf`).

A summary comes first (budget, matching, targets against progress, the Evi headline, open findings), then
the sections. Both forms are written from one list of sections (:func:`report_sections`). The report only
arranges what the library computes: totals come from :class:`cmkit.Budget`, the years of a monitoring
activity from :meth:`cmkit.MonitoringActivity.held_in`, shares from :class:`cmkit.Ratio`.

The sections and the text form live in ``cmkit._report``, the HTML and PDF writer in
:mod:`cmkit.report_html`; this module is the public face of both (it is the only one that imports both,
so there is no import circle between them).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Optional, Union

from cmkit._report import (  # noqa: F401  (the sections and their parts, re-exported)
    HEADINGS,
    Chart,
    Marker,
    Section,
    Sub,
    Table,
    _headings,
    _table,
    budget_lines,
    budget_parts,
    budget_vs_actual_lines,
    budget_vs_actual_parts,
    collect_findings,
    evi_parts,
    findings_lines,
    matching_lines,
    matching_parts,
    progress_lines,
    progress_parts,
    render_overview,
    report_sections,
    summary_parts,
    trajectory_lines,
    trajectory_parts,
)

if TYPE_CHECKING:
    from cmkit import _core

__all__ = ["render_overview", "render_html", "write_pdf", "report_sections", "summary_parts", "collect_findings", "HEADINGS"]


def render_html(plan: "_core.Plan", lang: str = "nl", actuals: "Optional[_core.Realisation]" = None,
                rules: Optional[str] = None, progress: "Optional[_core.ProgressData]" = None,
                evi: "Optional[_core.EviAnalysis]" = None, notes: bool = False, charts: bool = True) -> str:
    """The report of :func:`render_overview` as one self-contained HTML file (inline CSS and SVG charts, no
    network, no JavaScript): the summary page first, synthetic data marked on every section and printed page
    it touches. Charts need matplotlib (``charts=False`` or without it: tables only, and a note says so).
    See :mod:`cmkit.report_html`."""
    from cmkit.report_html import render_html as _render

    html: str = _render(plan, lang, actuals=actuals, rules=rules, progress=progress, evi=evi, notes=notes,
                        charts=charts)
    return html


def write_pdf(html: str, path: "Union[str, os.PathLike[str]]", timeout: float = 120.0) -> None:
    """Prints ``html`` (from :func:`render_html`) to the PDF file ``path`` with headless Chromium; a
    :class:`cmkit.NotFoundError` when no Chromium is installed. See :mod:`cmkit.report_html`."""
    from cmkit.report_html import write_pdf as _write

    _write(html, path, timeout)
