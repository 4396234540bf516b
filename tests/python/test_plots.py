"""cmkit.plots: every chart rendered to PNG (Agg) on the built-in Amstelland plan, the fictional example plan,
the shipped Evi demo, a small synthetic Evi set and the survey test data. Checked: the PNG is a real picture,
titles and labels are in the language asked for, euro amounts are written the Dutch or English way, derived
shares are marked, and a suppressed cell is drawn as suppressed — a hatched patch with the word, never a
number and never a (zero) bar.

Set CMKIT_PLOTS_DIR=some/dir to keep the PNGs for a look."""
import os
import pathlib
import re
import subprocess
import sys

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import numpy as np  # noqa: E402
from matplotlib.image import imread  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import cmkit  # noqa: E402
from cmkit import frames, plots  # noqa: E402

DATA = pathlib.Path(__file__).resolve().parents[1] / "data"


# ---- fixtures ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def plan():
    return cmkit.reference_plan("amstelland-2025-2028")


@pytest.fixture(scope="module")
def example():
    return cmkit.reference_plan("voorbeeld-fictief-2026-2028")


@pytest.fixture(scope="module")
def example_progress():
    return cmkit.load_progress(DATA / "example-plan" / "progress.json")


@pytest.fixture(scope="module")
def demo_analysis():
    demo = cmkit.evi_demo_amstelland()
    return cmkit.evi_analyse(demo.responses, schools=demo.schools, k=5, seed=20250601)


@pytest.fixture(scope="module")
def synth_analysis():
    """A small `cmkit evi synth` set: 60 schools, three waves (so two pairs of waves for the transitions)."""
    s = cmkit.evi_synthetic(schools=60, waves=[2023, 2025, 2027], seed=7)
    return cmkit.evi_analyse(s.responses, schools=s.schools, k=5, replicates=200)


@pytest.fixture(scope="module")
def survey():
    definition = cmkit.load_survey(DATA / "survey" / "definition.json")
    return definition, cmkit.load_survey_responses(DATA / "survey" / "responses.csv", definition)


@pytest.fixture(scope="module")
def outdir(tmp_path_factory):
    keep = os.environ.get("CMKIT_PLOTS_DIR")
    if keep:
        path = pathlib.Path(keep)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("plots")


# ---- helpers -----------------------------------------------------------------------------------------------

def render(fig, outdir, name):
    """Saves the figure as PNG and checks that it is a picture: a real file, not one flat colour."""
    path = outdir / f"{name}.png"
    fig.savefig(path, dpi=64)
    assert path.stat().st_size > 10_000, f"{name}: PNG of {path.stat().st_size} bytes"
    pixels = imread(path)
    assert pixels.ndim == 3 and pixels.shape[0] > 150 and pixels.shape[1] > 250
    assert float(pixels[..., :3].std()) > 0.05, f"{name}: the picture is (nearly) one colour"
    return path


def texts(fig):
    """Every piece of text a reader sees: figure texts, titles, axis labels, tick labels, legends, annotations."""
    out = [t.get_text() for t in fig.texts]
    if fig._suptitle is not None:
        out.append(fig._suptitle.get_text())
    for leg in fig.legends:
        out += [t.get_text() for t in leg.get_texts()]
    for ax in fig.axes:
        out += [ax.get_title(loc) for loc in ("left", "center", "right")]
        out += [ax.get_xlabel(), ax.get_ylabel()]
        out += [t.get_text() for t in ax.get_xticklabels(minor=False) + ax.get_xticklabels(minor=True)]
        out += [t.get_text() for t in ax.get_yticklabels()]
        out += [t.get_text() for t in ax.texts]
        if ax.get_legend() is not None:
            out += [t.get_text() for t in ax.get_legend().get_texts()]
            out.append(ax.get_legend().get_title().get_text())
    return [t for t in out if t]


def joined(fig):
    return "\n".join(texts(fig))


NUMBER = re.compile(r"^[\d.,]+$")


def numbers_in(ax):
    """The annotations of an Axes that are plain counts (0, 12, 1.234), as ints."""
    return sorted(int(t.get_text().replace(".", "").replace(",", "")) for t in ax.texts if NUMBER.match(t.get_text()))


def suppressed_patches(ax):
    return [p for p in ax.patches if p.get_gid() == "suppressed"]


def bars(ax):
    """The drawn bars of an Axes (rectangles that are not the suppressed marks or outlines)."""
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() != "suppressed" and p.get_fill()]


# ---- the budget ----------------------------------------------------------------------------------------------

def test_budget_dutch(plan, outdir):
    fig = plots.budget(plan)
    render(fig, outdir, "budget-amstelland-nl")
    text = joined(fig)
    for word in ("Begroting per jaar en categorie", "Baten", "Lasten", "Activiteitenkosten", "Subsidie FCP",
                 "Coördinatiekosten", "€ 250.000", "€ 134.812", "€ 223.959"):
        assert word in text, word
    for word in ("Income", "Costs", "Activity costs", "€250,000"):
        assert word not in text, word


def test_budget_english(plan, outdir):
    fig = plots.budget(plan, lang="en")
    render(fig, outdir, "budget-amstelland-en")
    text = joined(fig)
    for word in ("Budget per year and category", "Income", "Costs", "Activity costs", "FCP grant", "€250,000",
                 "€134,812"):
        assert word in text, word
    assert "Baten" not in text and "Activiteitenkosten" not in text
    assert joined(plots.budget(plan, lang=cmkit.Lang.EN)) == text


def test_budget_follows_the_plan_order(example, outdir):
    """The fictional plan lists coordination second among its costs; the legend keeps that order."""
    fig = plots.budget(example)
    render(fig, outdir, "budget-voorbeeld-nl")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    costs = legend[legend.index("Lasten") + 1:]
    assert costs == [cmkit.category_label(line.category).nl for line in example.budget.costs]
    assert "FICTIEF VOORBEELDPLAN" in joined(fig)


def test_budget_one_side_and_in_kind(plan, outdir):
    fig = plots.budget(plan, side="cost", in_kind={"PO": cmkit.Money.parse("45")})
    render(fig, outdir, "budget-costs-in-kind-nl")
    text = joined(fig)
    assert "Inzet scholen PO in natura (afgeleid)" in text and "afgeleid door cmkit" in text
    assert "Baten" not in [t.get_text() for t in fig.axes[0].get_xticklabels(minor=True)]
    assert any(p.get_hatch() for p in bars(fig.axes[0])), "the derived in-kind amounts are hatched"
    assert len(bars(fig.axes[0])) == 4 * 6  # four years, five categories and the in-kind hours


def test_budget_segments_are_the_budget_cents(plan):
    """Each stacked segment is one category's amount of the budget table, to the cent."""
    fig = plots.budget(plan, side="income")
    heights = sorted(round(p.get_height() * 100) for p in bars(fig.axes[0]))
    table = frames.budget_table(plan)
    assert heights == sorted(table.loc[table.side == "income", "amount_cents"].tolist())


def test_budget_into_a_given_axes(plan):
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    assert plots.budget(plan, ax=ax) is fig
    assert ax.get_title(loc="left") == "Begroting per jaar en categorie"


# ---- matching and what-if -----------------------------------------------------------------------------------

def test_a_figure_shows_as_png_in_ipython(plan):
    """The figures are made without pyplot, so matplotlib's inline backend never registers how IPython shows
    them; the first chart does, and a figure as the last expression of a notebook cell is an image."""
    pytest.importorskip("IPython")
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        fig = plots.budget(plan)
        data, _ = shell.display_formatter.format(fig)
        assert data["image/png"][:8] == b"\x89PNG\r\n\x1a\n"
        plots.budget(plan)  # a second chart registers nothing twice and keeps the display
        assert shell.display_formatter.format(fig)[0]["image/png"][:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        InteractiveShell.clear_instance()


def test_matching_shows_derived_shares(plan, outdir):
    fig = plots.matching(plan)
    render(fig, outdir, "matching-amstelland-nl")
    text = joined(fig)
    assert "Matching per gemeente (afgeleid: verdeling naar inwonertal door cmkit)" in text
    assert "Grondslag: naar inwonertal — afgeleid door cmkit" in text
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == [m.name for m in plan.municipalities]
    assert "€ 25.766,25" in text  # Aalsmeer's share, to the cent, Dutch notation
    drawn = bars(fig.axes[0])
    assert len(drawn) == 16 and all(p.get_hatch() == "//" for p in drawn)


def test_matching_agreed_amounts_are_not_marked_derived(example, outdir):
    fig = plots.matching(example, lang="en")
    render(fig, outdir, "matching-voorbeeld-en")
    text = joined(fig)
    assert "Matching per municipality" in text and "derived" not in text.split("\n")[0]
    assert "agreed amounts, from the plan" in text and "€45,000" in text
    assert not any(p.get_hatch() for p in bars(fig.axes[0]))


def test_what_if_before_and_after(plan, outdir):
    cut = plan.budget.what_if("Aalsmeer:-50%:2026", plan=plan, policy="protect-activities")
    fig = plots.what_if(plan, cut)
    render(fig, outdir, "what-if-nl")
    text = joined(fig)
    assert "Wat-als: begroting voor en na: Aalsmeer:-50%:2026 (protect-activities)" in text
    for word in ("voor", "na", "Baten", "Lasten", "€ 279.624", "€ 253.857,74", "€ 121.928,87"):
        assert word in text, word
    diff = cut.budget.year_total(cmkit.Side.INCOME, 2026) - plan.budget.year_total(cmkit.Side.INCOME, 2026)
    assert diff.format("nl") in text  # the difference as the library computes it
    en = joined(plots.what_if(plan.budget, cut.budget, side="cost", lang="en"))
    assert "What-if: budget before and after" in en and "before" in en and "€253,857.74" in en


# ---- targets ----------------------------------------------------------------------------------------------------

def test_targets_per_period_with_progress(plan, outdir):
    data = cmkit.synthetic_progress()
    fig = plots.targets(plan, data)
    render(fig, outdir, "targets-amstelland-nl")
    text = joined(fig)
    frame = frames.targets(plan, data)
    for label in frame.label_nl.unique():
        assert label.split()[0] in text
    assert "2025-2026\n(fase 1)" in text and "Totaal uniek" in text and "Gepland" in text and "Behaald" in text
    assert "synthetische demo-gegevens" in text and "nog geen voortgangsgegevens" in text
    ax = fig.axes[0]
    rows = frame[frame.target == frame.target.iloc[0]]
    expected = sorted(list(rows.planned) + [int(v) for v in rows.achieved.dropna()])
    assert numbers_in(ax) == expected
    assert sum(t.get_text() == "–" for t in ax.texts) == int(rows.achieved.isna().sum())


def test_targets_of_the_fictional_plan_use_its_own_periods(example, example_progress, outdir):
    fig = plots.targets(example, example_progress, lang="en")
    render(fig, outdir, "targets-voorbeeld-en")
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks[:2] == ["2026", "2027"] and ticks[2].startswith("2028") and ticks[-1] == "Unique total"
    assert [t.get_text() for t in fig.axes[1].get_xticklabels()][-1] == "Total"  # counted as a sum
    text = joined(fig)
    assert "Planned" in text and "Achieved" in text and "FICTIONAL EXAMPLE PLAN" in text and "Gepland" not in text


def test_targets_one_panel_into_an_axes(plan):
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    plots.targets(plan, targets=["kennisdelingsbijeenkomsten"], ax=ax)
    with pytest.raises(cmkit.InvalidArgumentError, match="targets="):
        plots.targets(plan, ax=ax)
    with pytest.raises(cmkit.InvalidArgumentError, match="unknown target"):
        plots.targets(plan, targets=["nope"])


# ---- Evi ---------------------------------------------------------------------------------------------------------

def check_pyramid_panels(fig, frame, group_by, lang):
    """Each panel: one bar and one number per shown count, one hatched 'onderdrukt' patch per suppressed cell."""
    word = "onderdrukt" if lang == "nl" else "suppressed"
    sub = frame[frame.group_by == group_by]
    present = set(zip(sub.group, sub.pillar))
    keys = [(g, p) for g in dict.fromkeys(sub.group) for p in dict.fromkeys(sub.pillar) if (g, p) in present]
    panels = [ax for ax in fig.axes if ax.get_visible()]
    assert len(panels) == len(keys)
    total_suppressed = 0
    for ax, (group, pillar) in zip(panels, keys):
        cells = sub[(sub.group == group) & (sub.pillar == pillar)]
        shown = cells[~cells.suppressed]
        hidden = cells[cells.suppressed]
        assert numbers_in(ax) == sorted(int(v) for v in shown.schools), (group, pillar)
        assert len(bars(ax)) == len(shown), "a suppressed cell must not be drawn as a bar (not even of length 0)"
        assert len(suppressed_patches(ax)) == len(hidden)
        marks = [t for t in ax.texts if t.get_gid() == "suppressed"]
        assert len(marks) == len(hidden) and {t.get_text() for t in marks} <= {word}
        for p in suppressed_patches(ax):
            assert p.get_hatch() and p.get_width() > 0
        total_suppressed += len(hidden)
    return total_suppressed


def test_evi_pyramids_demo(demo_analysis, outdir):
    fig = plots.evi_pyramids(demo_analysis)
    render(fig, outdir, "evi-pyramids-demo-nl")
    frame = frames.evi_table(demo_analysis, "distribution")
    assert check_pyramid_panels(fig, frame, "all", "nl") > 0
    text = joined(fig)
    for word in ("Evi: scholen per scenario (regio)", "Visie", "Deskundigheid", "Scenario 4", "meting 2023",
                 "onderdrukt: minder dan 5 scholen", "synthetische"):
        assert word in text, word
    assert "Vision" not in text and "suppressed" not in text


def test_evi_pyramids_by_municipality_in_english(demo_analysis, plan, outdir):
    fig = plots.evi_pyramids(demo_analysis, group_by="municipality", plan=plan, pillars=["visie", "programma"],
                             lang="en")
    render(fig, outdir, "evi-pyramids-municipality-en")
    frame = frames.evi_table(demo_analysis, "distribution")
    frame = frame[frame.pillar.isin(["visie", "programma"])]
    assert check_pyramid_panels(fig, frame, "municipality", "en") > 0
    text = joined(fig)
    assert "Vision — municipality: Amstelveen" in text and "suppressed: fewer than 5 schools" in text
    assert "onderdrukt" not in text


def test_evi_pyramids_from_a_dataframe_and_synthetic_set(synth_analysis, outdir):
    frame = frames.evi_table(synth_analysis, "distribution")
    fig = plots.evi_pyramids(frame, group_by="sector", pillars=["visie", "leerling"], k=5)
    render(fig, outdir, "evi-pyramids-synth-sector-nl")
    check_pyramid_panels(fig, frame[frame.pillar.isin(["visie", "leerling"])], "sector", "nl")
    assert "Leerling — sector: VO" in joined(fig) and "Leerling — sector: PO" not in joined(fig)  # not asked of PO
    with pytest.raises(cmkit.InvalidArgumentError, match="group_by"):
        plots.evi_pyramids(frame, group_by="nope")


def check_heatmaps(fig, frame, lang):
    word = "onderdrukt" if lang == "nl" else "suppressed"
    keys = list(dict.fromkeys(zip(frame.from_wave, frame.to_wave)))
    panels = [(p, pr) for pr in keys for p in dict.fromkeys(frame.pillar)]
    axes = [ax for ax in fig.axes if ax.get_visible() and ax.images]
    assert len(axes) == len(panels)
    hidden_total = 0
    for ax, (pillar, (a, b)) in zip(axes, panels):
        cells = frame[(frame.pillar == pillar) & (frame.from_wave == a) & (frame.to_wave == b)]
        shown, hidden = cells[~cells.suppressed], cells[cells.suppressed]
        assert numbers_in(ax) == sorted(int(v) for v in shown.schools)
        assert len(suppressed_patches(ax)) == len(hidden)
        assert [t.get_text() for t in ax.texts if t.get_gid() == "suppressed"] == [word] * len(hidden)
        image = ax.images[0].get_array()
        assert int(np.ma.count_masked(image)) == len(hidden), "suppressed cells take no colour of the scale"
        hidden_total += len(hidden)
    return hidden_total


def test_evi_transitions_demo(demo_analysis, outdir):
    fig = plots.evi_transitions(demo_analysis)
    render(fig, outdir, "evi-transitions-demo-nl")
    assert check_heatmaps(fig, frames.evi_table(demo_analysis, "transitions"), "nl") > 0
    text = joined(fig)
    assert "Visie 2023→2025" in text and "scenario in 2025" in text and "scholen" in text


def test_evi_transitions_three_waves_english(synth_analysis, outdir):
    frame = frames.evi_table(synth_analysis, "transitions")
    assert len(set(zip(frame.from_wave, frame.to_wave))) == 2
    fig = plots.evi_transitions(synth_analysis, lang="en")
    render(fig, outdir, "evi-transitions-synth-en")
    check_heatmaps(fig, frame, "en")
    assert "Evi: transitions between waves" in joined(fig)
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    plots.evi_transitions(frame, pillars=["visie"], wave_pairs=[(2025, 2027)], ax=ax)
    assert len(ax.images) == 1
    with pytest.raises(cmkit.InvalidArgumentError, match="pillars="):
        plots.evi_transitions(frame, ax=Figure().add_subplot())


# ---- the impact survey ----------------------------------------------------------------------------------------

def test_survey_likert(survey, outdir):
    definition, responses = survey
    fig = plots.survey_likert(definition, responses)
    render(fig, outdir, "survey-likert-nl")
    dist = frames.survey_distribution_frame(definition, responses, 5)
    rows = dist.drop_duplicates(["item", "group", "wave"])
    hidden = rows[rows.suppressed]
    shown = rows[~rows.suppressed]
    axes = fig.axes
    assert sum(len(suppressed_patches(ax)) for ax in axes) == len(hidden) > 0
    n_texts = [t.get_text() for ax in axes for t in ax.texts if t.get_text().startswith("n = ")]
    assert sorted(n_texts) == sorted(f"n = {int(d)}" for d in
                                     dist[~dist.suppressed & (dist.kind == "point")]
                                     .drop_duplicates(["item", "group", "wave"]).share_denominator)
    assert len(n_texts) == len(shown)
    for ax in axes:  # nothing but the word on a suppressed row
        for p in suppressed_patches(ax):
            y0, y1 = p.get_y(), p.get_y() + p.get_height()
            inside = [t.get_text() for t in ax.texts if y0 <= t.get_position()[1] <= y1]
            assert inside == ["onderdrukt"], inside
    text = joined(fig)
    for word in ("Verdeling van de antwoorden", "De training was bruikbaar.", "Leerkrachten 2026",
                 "helemaal oneens", "helemaal eens", "onderdrukt: minder dan 5 geldige antwoorden", "weet niet"):
        assert word in text, word
    assert "strongly agree" not in text


def test_survey_likert_english_and_shares(survey, outdir):
    definition, responses = survey
    fig = plots.survey_likert(definition, responses, items=["training"], groups=["leerkrachten"], waves=[2026],
                              lang="en")
    render(fig, outdir, "survey-likert-en")
    ax = fig.axes[0]
    widths = sorted(round(p.get_width(), 6) for p in bars(ax))
    dist = frames.survey_distribution_frame(definition, responses, 5)
    cells = dist[(dist.item == "training") & (dist.group == "leerkrachten") & (dist.wave == 2026)
                 & (dist.kind == "point") & (dist["count"] > 0)]
    assert widths == sorted(round(100 * n / d, 6) for n, d in zip(cells.share_numerator, cells.share_denominator))
    text = joined(fig)
    assert "The training was useful." in text and "Teachers 2026" in text and "strongly agree" in text
    with pytest.raises(cmkit.InvalidArgumentError, match="scale"):
        from matplotlib.figure import Figure

        plots.survey_likert(definition, responses, ax=Figure().add_subplot())


def test_survey_likert_with_k_zero_shows_every_cell(survey):
    definition, responses = survey
    fig = plots.survey_likert(definition, responses, k=0)
    assert not any(suppressed_patches(ax) for ax in fig.axes)


# ---- language and the optional dependency ------------------------------------------------------------------

def test_unknown_language(plan):
    with pytest.raises(cmkit.InvalidArgumentError, match="language"):
        plots.budget(plan, lang="de")


def test_matplotlib_is_imported_lazily_with_a_clear_error():
    code = (
        "import sys\n"
        "import cmkit.plots\n"
        "assert 'matplotlib' not in sys.modules, 'cmkit.plots imported matplotlib on import'\n"
        "sys.modules['matplotlib'] = None\n"
        "try:\n"
        "    cmkit.plots.budget(cmkit.reference_plan())\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "cmkit.plots needs matplotlib" in out and "cmkit[plots]" in out


def test_the_examples_of_docs_plots_md_run(tmp_path, monkeypatch):
    """Every Python block of docs/plots.md runs as written (files named relative to the checkout)."""
    root = DATA.parents[1]
    text = (root / "docs" / "plots.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert len(blocks) == 7
    monkeypatch.chdir(tmp_path)  # savefig writes here
    for block in blocks:
        namespace = {}
        exec(compile(block.replace('"tests/data/', f'"{root}/tests/data/'), "docs/plots.md", "exec"), namespace)
        assert type(namespace["fig"]).__name__ == "Figure"
    assert (tmp_path / "budget.png").stat().st_size > 10_000
