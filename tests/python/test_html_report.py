"""The HTML report (cmkit report --format html): self-contained, escaped, key figures present, and rendered
by headless Chromium (screenshot not blank, figures in the rendered DOM, no console errors)."""

import html.parser
import os
import re
import subprocess

import pytest

import cmkit
from cmkit.report import render_html
from cmkit.report_html import chromium_command, find_chromium

FIGURES = ["1.118.496", "539.248", "134.812", "279.624", "Borging kwaliteit bestaande scholen",
           "SYNTHETISCHE DEMO-GEGEVENS", "GRANT_RATE_MISMATCH"]


@pytest.fixture(scope="module")
def page():
    plan = cmkit.reference_plan()
    demo = cmkit.evi_demo_amstelland()
    evi = cmkit.evi_analyse(demo.responses, schools=demo.schools)
    return render_html(plan, progress=cmkit.synthetic_progress(), evi=evi)


class _Checker(html.parser.HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr", "path", "use", "rect", "stop", "circle", "line", "polyline",
            "polygon", "ellipse"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.refs = [], [], []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("src", "href", "xlink:href") and v and not v.startswith("#"):
                self.refs.append(v)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> but open {self.stack[-3:]}")
        else:
            self.stack.pop()


def test_well_formed_and_self_contained(page):
    c = _Checker()
    c.feed(page)
    assert c.errors == [] and c.stack == []
    assert c.refs == []
    assert not re.search(r"https?://", page)
    assert "<script" not in page.lower()
    assert page.count("<svg") >= 4  # budget, matching, targets, Evi pyramids


def test_key_figures_and_marker(page):
    for f in FIGURES:
        assert f in page, f
    # the summary comes first and the synthetic sections are marked
    assert page.index("Samenvatting") < page.index("1. Projectdoelstellingen")
    assert len(re.findall(r'<section id="s\d+" class="synthetic"', page)) == 3  # trajectories, progress, Evi
    assert "@media print" in page and "break-before: page" in page


def test_english_and_without_charts():
    out = render_html(cmkit.reference_plan(), lang="en", progress=cmkit.synthetic_progress(), charts=False)
    assert "1,118,496" in out and "Summary" in out and "SYNTHETIC DEMO DATA" in out and "<svg" not in out


def test_text_is_escaped():
    plan = cmkit.reference_plan()
    evil = plan.replace(title=cmkit.Label(nl="<script>alert(1)</script> & Co", en="x"))
    out = render_html(evil, charts=False)
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in out


def test_cli_writes_html_and_refuses_pdf_without_output(cli, tmp_path):
    target = tmp_path / "r.html"
    r = cli("report", "--format", "html", "-o", str(target))
    assert r.returncode == 0, r.stderr
    assert "1.118.496" in target.read_text(encoding="utf-8")
    r = cli("report", "--format", "pdf")
    assert r.returncode == 2 and "needs -o" in r.stderr and "Traceback" not in r.stderr


def test_pdf_without_chromium_is_one_line(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CMKIT_CHROMIUM", str(tmp_path / "no-such-chromium"))
    r = cli("report", "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Chromium is not installed" in r.stderr


CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium)")


@needs_chromium
def test_rendered_in_headless_chromium(page, tmp_path):
    from PIL import Image

    f = tmp_path / "report.html"
    f.write_text(page, encoding="utf-8")
    base = chromium_command(CHROMIUM, str(tmp_path / "profile"))
    dom = subprocess.run(base + ["--enable-logging=stderr", "--v=0", "--dump-dom", f.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-500:]
    for fig in FIGURES:
        assert fig in dom.stdout, fig
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == []
    shot = tmp_path / "shot.png"
    run = subprocess.run(base + ["--window-size=1200,1700", f"--screenshot={shot}", f.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and shot.exists(), run.stderr[-500:]
    img = Image.open(shot).convert("L")
    lo, hi = img.getextrema()
    assert hi - lo > 100  # not blank
    dark = sum(img.histogram()[:128])
    assert dark > 0.01 * img.width * img.height


@needs_chromium
def test_pdf(tmp_path, page):
    from cmkit.report import write_pdf

    out = tmp_path / "r.pdf"
    write_pdf(page, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") >= 10
