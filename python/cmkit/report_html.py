"""The steering-group report as one self-contained HTML file, and as PDF through headless Chromium.

:func:`render_html` writes the sections of :func:`cmkit.report.report_sections` — the same sections, figures
and order as the text report — as HTML5: inline CSS, charts of :mod:`cmkit.plots` as inline SVG (when
matplotlib is installed; otherwise tables only and a note), no JavaScript, nothing loaded from the network.
Every text is escaped (plans are user files). A one-page summary comes first; every section and summary card
that shows synthetic data carries a banner and a watermark, on screen and on every printed page it covers
(the watermark is the section's background, which Chromium repeats on each page; synthetic sections start
on a new page).

:func:`write_pdf` prints that HTML with ``chromium --headless --print-to-pdf`` (Debian's ``chromium``; set
``CMKIT_CHROMIUM`` to another binary), and raises :class:`cmkit.NotFoundError` with one clear line when no
Chromium is installed.

>>> import cmkit
>>> from cmkit import report
>>> html = report.render_html(cmkit.reference_plan(), progress=cmkit.synthetic_progress())   # doctest: +SKIP
"""

from __future__ import annotations

import html as _html
import io
import os
import re
import shutil
import subprocess
import tempfile
from typing import List, Optional

from cmkit import _core
from cmkit._report import Chart, Marker, Section, Sub, Table, _headings, report_sections

__all__ = ["render_html", "write_pdf", "find_chromium", "CHROMIUM_NAMES"]

#: The programs :func:`find_chromium` looks for on PATH, in order (after ``$CMKIT_CHROMIUM``).
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def _e(text) -> str:
    """Escaped text, with `code` spans of the report's own texts set as <code>."""
    out = _html.escape(str(text), quote=True)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", out)


def _watermark(text: str) -> str:
    """A CSS url() of an SVG tile with the marker text, drawn diagonally (the background of synthetic parts)."""
    # a short tile, so that even a few lines of a section carried over to the next printed page show it
    svg = ("<svg xmlns='http://www.w3.org/2000/svg' width='400' height='64'>"
           "<text x='10' y='42' font-family='Arial,Helvetica,sans-serif' "
           "font-size='20' font-weight='700' fill='%23b4261a' fill-opacity='0.10'>" + _html.escape(text) + "</text></svg>")
    # the SVG namespace is a name, not a reference; written with %3A so that the file holds no URL at all
    svg = svg.replace("http://www.w3.org/2000/svg", "http%3A//www.w3.org/2000/svg")
    return 'url("data:image/svg+xml;utf8,' + svg.replace('"', "'").replace("#", "%23").replace("<", "%3C").replace(
        ">", "%3E").replace(" ", "%20") + '")'


_CSS = """
:root { --ink: #1d2430; --muted: #5b6473; --rule: #d5d9e0; --accent: #1f5a96; --warn: #b4261a; --warnbg: #fdecea; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.5rem 3rem; font-size: 14px; line-height: 1.45; background: #fff; }
h1 { font-size: 1.55rem; margin: 0 0 .4rem; color: var(--accent); }
h2 { font-size: 1.2rem; margin: 0 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: .98rem; margin: 0 0 .4rem; }
section { margin: 0 0 1.6rem; padding: .2rem .4rem .4rem; }
.facts { color: var(--muted); margin: 0 0 .6rem; }
.facts div { margin: 0; }
.marker { border: 2px solid var(--warn); background: var(--warnbg); color: var(--warn); font-weight: 700;
          padding: .35rem .6rem; margin: .3rem 0 .6rem; border-radius: 4px; }
.marker.fictional { border-color: #8a5a00; background: #fff4d6; color: #6b4500; }
.synthetic { background-image: WATERMARK; background-repeat: repeat; }
.badge { display: inline-block; font-size: .7rem; font-weight: 700; color: #fff; background: var(--warn);
         border-radius: 3px; padding: .05rem .35rem; margin-left: .4rem; vertical-align: middle; letter-spacing: .02em; }
table { border-collapse: collapse; margin: .3rem 0 .7rem; font-size: .9em; }
th, td { padding: .18rem .55rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { text-align: right; background: #eef2f7; font-weight: 600; }
th:first-child, td:first-child { text-align: left; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td:first-child { white-space: normal; }
tr.strong td { font-weight: 700; border-top: 1.5px solid var(--ink); }
tr.sub td { font-weight: 700; color: var(--accent); background: #f7f9fb; }
tr.gap td { border: none; height: .5rem; padding: 0; }
.lines { margin: .1rem 0 .6rem; }
.line { margin: .08rem 0; }
.line.bullet { position: relative; padding-left: .9em; }
.line.bullet::before { content: "•"; position: absolute; left: 0; color: var(--muted); }
.gap { height: .45rem; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; background: #f1f3f6; padding: 0 .2em; border-radius: 3px; }
.summary .cards { display: grid; grid-template-columns: 1fr 1fr; gap: .7rem; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem .7rem; break-inside: avoid; }
.card.wide { grid-column: 1 / -1; }
.card table { margin-bottom: .3rem; }
.bar { display: inline-block; width: 5.5rem; height: .7rem; background: #e3e8ef; border-radius: 2px; vertical-align: middle;
       margin-left: .4rem; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--accent); }
.chart { margin: .4rem 0 .9rem; }
.chart svg { width: 100%; height: auto; }
.note { color: var(--muted); font-size: .88em; }
nav.toc ol { columns: 2; margin: .2rem 0 0; padding-left: 1.4rem; }
nav.toc a { color: var(--accent); text-decoration: none; }
footer { color: var(--muted); font-size: .8em; border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: .4rem; }
@page { size: A4; margin: 12mm 11mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; }
  .summary { break-after: page; }
  .summary .cards { gap: .45rem; }
  .card { padding: .35rem .5rem; }
  section.synthetic { break-before: page; }
  section.synthetic + section { break-before: page; }
  h2 { break-after: avoid; }
  table, .chart { break-inside: avoid; }
  nav.toc { display: none; }
}
"""


def _row_class(table: Table, i: int, row: List[str]) -> str:
    if i in table.strong:
        return "strong"
    if not any(row):
        return "gap"
    if row[0] and not any(row[1:]) and len(row) > 2:
        return "sub"
    return ""


def _bar(achieved, planned) -> str:
    if achieved is None or not planned:
        return ""
    width = min(100, (100 * achieved) // planned)  # the width of a bar only; the figure is the library's percentage
    return f'<span class="bar" aria-hidden="true"><span style="width:{width}%"></span></span>'


def _table_html(t: Table) -> str:
    out = ["<table><thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in t.header) + "</tr></thead><tbody>"]
    for i, row in enumerate(t.rows):
        cls = _row_class(t, i, row)
        cells = []
        for j, c in enumerate(row):
            extra = _bar(*t.bars[i]) if t.bars is not None and j == len(row) - 1 else ""
            cells.append(f"<td>{_e(c)}{extra}</td>")
        out.append(f'<tr class="{cls}">' if cls else "<tr>")
        out.append("".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


class _Charts:
    """Draws cmkit.plots charts as inline SVG; without matplotlib draws nothing and remembers that."""

    def __init__(self, enabled: bool, lang: str):
        self.lang = lang
        self.count = 0
        self.missing = False
        self.enabled = enabled
        if enabled:
            try:
                import matplotlib  # noqa: F401
            except ImportError:
                self.enabled, self.missing = False, True

    def svg(self, chart: Chart) -> str:
        if not self.enabled:
            return ""
        from cmkit import plots
        from cmkit.exceptions import Error

        try:
            fig = getattr(plots, chart.name)(*chart.args, lang=self.lang, **chart.kwargs)
        except Error as exc:  # nothing to draw for this plan (e.g. no rows): the table above is complete
            return f'<p class="note">{_e(exc)}</p>'
        import matplotlib

        buf = io.StringIO()
        with matplotlib.rc_context({"svg.hashsalt": "cmkit", "svg.fonttype": "path"}):
            fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
        self.count += 1
        return '<div class="chart">' + _clean_svg(buf.getvalue(), f"c{self.count}-") + "</div>"


def _clean_svg(svg: str, prefix: str) -> str:
    """matplotlib's SVG made fit to sit inline: no XML prolog, DOCTYPE or namespace URLs (HTML needs none), the
    figure scaled to the page width, its ids prefixed so that several charts can share a document, and its
    style sheet limited to itself."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg, count=4)
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    head_end = svg.index(">")
    head = svg[:head_end]
    head = re.sub(r'\s(width|height)="[^"]*"', "", head)
    svg = head + f' class="{prefix}svg" role="img"' + svg[head_end:]
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = re.sub(r'(xlink:href|href)="#([^"]+)"', lambda m: f'{m.group(1)}="#{prefix}{m.group(2)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}{m.group(1)})", svg)
    svg = svg.replace("*{stroke-linejoin", f".{prefix}svg *{{stroke-linejoin")
    return svg


def _lines_html(parts: list, charts: _Charts) -> str:
    out: List[str] = []
    lines: List[str] = []

    def flush():
        if lines:
            out.append('<div class="lines">' + "".join(lines) + "</div>")
            lines.clear()

    for p in parts:
        if isinstance(p, str):
            text = p.strip()
            if not text:
                lines.append('<div class="gap"></div>')
                continue
            depth = len(p) - len(p.lstrip(" "))
            indent = max(0, depth - 2) * 0.42
            bullet = text[:2] in ("- ", "• ")
            if bullet:
                text = text[2:]
            cls = "line bullet" if bullet else "line"
            style = f' style="margin-left:{indent:.2f}em"' if indent else ""
            lines.append(f'<div class="{cls}"{style}>{_e(text)}</div>')
        elif isinstance(p, Table):
            flush()
            out.append(_table_html(p))
        elif isinstance(p, Marker):
            flush()
            out.append(f'<div class="marker {p.kind}">{_e(p.text)}</div>')
        elif isinstance(p, Chart):
            flush()
            out.append(charts.svg(p))
        elif isinstance(p, Sub):
            flush()
            out.append(f"<h3>{_e(p.title)}</h3>" + _lines_html(p.parts, charts))
    flush()
    # a gap at the start or end of a block is no use
    return "".join(out)


def _card(sub: Sub, charts: _Charts, marker_text: str) -> str:
    wide = sub.key == "evi"
    classes = "card" + (" wide" if wide else "") + (" synthetic" if sub.synthetic else "")
    badge = f'<span class="badge">{_e(marker_text)}</span>' if sub.synthetic else ""
    return (f'<div class="{classes}" data-key="{_e(sub.key)}"><h3>{_e(sub.title)}{badge}</h3>'
            + _lines_html(sub.parts, charts) + "</div>")


def render_html(plan: "_core.Plan", lang: str = "nl", actuals=None, rules=None, progress=None, evi=None,
                notes: bool = False, charts: bool = True) -> str:
    """The report as one self-contained HTML document (see the module docstring); the arguments are those
    of :func:`cmkit.report.render_overview`, and ``charts=False`` leaves out the charts."""
    h = _headings(lang)
    sections: List[Section] = report_sections(plan, lang, actuals, rules, progress, evi, notes)
    drawer = _Charts(charts, lang)
    marker = h["synthetic_marker"]
    body: List[str] = []
    title = sections[0]
    body.append(f'<header><h1>{_e(title.title)}</h1>')
    facts = [p for p in title.parts if isinstance(p, str)]
    for p in title.parts:
        if isinstance(p, Marker):
            body.append(f'<div class="marker {p.kind}">{_e(p.text)}</div>')
    body.append('<div class="facts">' + "".join(f"<div>{_e(f)}</div>" for f in facts) + "</div></header>")
    summary = sections[1]
    cards = [p for p in summary.parts if isinstance(p, Sub)]
    heads = [p for p in summary.parts if not isinstance(p, Sub)]
    body.append(f'<section class="summary" id="summary"><h2>{_e(summary.title)}</h2>')
    body.append(_lines_html(heads, drawer))
    if drawer.missing:
        body.append(f'<p class="note">{_e(h["chart_missing"])}</p>')
    body.append('<div class="cards">' + "".join(_card(c, drawer, marker) for c in cards) + "</div></section>")
    body.append(f'<nav class="toc"><h3>{_e(h["contents"])}</h3><ol>'
                + "".join(f'<li><a href="#s{s.number}">{_e(s.title)}</a></li>' for s in sections[2:]) + "</ol></nav>")
    for s in sections[2:]:
        cls = ' class="synthetic"' if s.synthetic else ""
        badge = f'<span class="badge">{_e(marker)}</span>' if s.synthetic else ""
        body.append(f'<section id="s{s.number}"{cls} data-key="{_e(s.key)}"><h2>{s.number}. {_e(s.title)}{badge}</h2>')
        body.append(_lines_html(s.parts, drawer))
        body.append("</section>")
    body.append(f"<footer>{_e(h['generated'].format(version=_core.library_version()))}</footer>")
    css = _CSS.replace("WATERMARK", _watermark(marker))
    return ("<!DOCTYPE html>\n"
            f'<html lang="{"nl" if lang == "nl" else "en"}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title.title)}</title><style>{css}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


# ---- PDF ---------------------------------------------------------------------------------------------------

def find_chromium() -> Optional[str]:
    """The Chromium (or Chrome) program: ``$CMKIT_CHROMIUM`` when set, else the first of
    :data:`CHROMIUM_NAMES` on PATH; None when there is none."""
    env = os.environ.get("CMKIT_CHROMIUM")
    if env:
        return shutil.which(env) or (env if os.path.isfile(env) and os.access(env, os.X_OK) else None)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(chromium: str, profile: str) -> List[str]:
    """The headless Chromium command line shared by the PDF writer and the tests (``--no-sandbox`` only as
    root, where Chromium refuses to start with its sandbox)."""
    cmd = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
           "--disable-extensions", "--disable-background-networking", f"--user-data-dir={profile}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--no-sandbox")
    return cmd


def write_pdf(html: str, path, timeout: float = 120.0) -> None:
    """Prints ``html`` to the PDF file ``path`` with headless Chromium (A4, no browser header or footer).
    Raises :class:`cmkit.NotFoundError` when no Chromium is installed and :class:`cmkit.FileError` when it
    fails or the file cannot be written."""
    from cmkit.exceptions import FileError, NotFoundError

    chromium = find_chromium()
    if chromium is None:
        raise NotFoundError("cannot write a PDF: headless Chromium is not installed (looked for $CMKIT_CHROMIUM and "
                            + ", ".join(CHROMIUM_NAMES) + " on PATH); install it (Debian: apt-get install chromium) "
                            "or use --format html and print that")
    with tempfile.TemporaryDirectory(prefix="cmkit-pdf-") as tmp:
        page = os.path.join(tmp, "report.html")
        pdf = os.path.join(tmp, "report.pdf")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        cmd = chromium_command(chromium, os.path.join(tmp, "profile")) + [
            "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + page]
        try:
            run = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 timeout=timeout)
        except subprocess.TimeoutExpired:
            raise FileError(f"{path}: Chromium ({chromium}) did not finish the PDF within {timeout:g} s") from None
        except OSError as exc:
            raise FileError(f"{path}: cannot run Chromium ({chromium}): {exc}") from None
        if not os.path.exists(pdf) or os.path.getsize(pdf) == 0:
            tail = (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
            raise FileError(f"{path}: Chromium ({chromium}) wrote no PDF (exit status {run.returncode}): {tail[:300]}")
        with open(pdf, "rb") as f:
            data = f.read()
    _core.write_output_file(os.fspath(path), data)
