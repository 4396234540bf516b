"""Charts of a plan, its budget, its targets, the Evi analysis and the impact survey (matplotlib).

Every function takes the library's own objects (a :class:`cmkit.Plan`, :class:`cmkit.Budget`,
:class:`cmkit.WhatIfResult`, :class:`cmkit.EviAnalysis`, a :class:`cmkit.Survey` with its responses) or the
DataFrame :mod:`cmkit.frames` makes of them, and only *arranges* what the library computed: amounts are the
budget's cents, matching shares the split of :func:`cmkit.matching_split`, counts and suppression the Evi
and survey tables. Nothing is re-estimated here.

* labels are Dutch by default and English with ``lang="en"`` (or :class:`cmkit.Lang`); category, target,
  pillar, scale and item labels are the library's own (:func:`cmkit.category_label`, the ``label_nl`` /
  ``label_en`` columns, the instrument and survey definitions);
* euro amounts are written by :meth:`cmkit.Money.format` (Dutch ``€ 1.234,56``, English ``€1,234.56``);
* a suppressed cell (Evi disclosure control, survey small-cell protection) is drawn as a grey hatched
  area labelled *onderdrukt* / *suppressed*, never as a number and never as an empty (zero) bar;
* each function returns the :class:`matplotlib.figure.Figure` it drew on; ``ax=`` draws into an existing
  Axes instead (for a chart of one panel; a chart of several panels asks you to choose one, e.g.
  ``pillars=["visie"]``). Figures are made without :mod:`matplotlib.pyplot`, so nothing is kept in global
  state: save with ``fig.savefig("budget.png")``, or show it as the last expression of a notebook cell
  (in IPython and Jupyter the first chart registers a PNG display for figures, since without pyplot the
  inline backend that would do so is never loaded).

matplotlib is imported on first use; it is an optional dependency: ``pip install 'cmkit[plots]'``.

>>> import cmkit
>>> from cmkit import plots
>>> fig = plots.budget(cmkit.reference_plan())          # doctest: +SKIP
>>> fig.savefig("budget.png", dpi=150)                    # doctest: +SKIP
"""

from __future__ import annotations

import io
import sys
import textwrap
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from cmkit import _core

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: A language: 'nl', 'en' or cmkit.Lang.
Lang = Union[str, "_core.Lang"]

__all__ = [
    "budget",
    "matching",
    "what_if",
    "targets",
    "evi_pyramids",
    "evi_transitions",
    "survey_likert",
    "TEXTS",
]

# Texts of the charts that the library has nowhere else. Headings that the text report already has are
# taken from cmkit.report.HEADINGS and cmkit.evi's texts (see _h and _evi_t).
TEXTS = {
    "nl": {
        "budget_title": "Begroting per jaar en categorie",
        "euro": "euro",
        "derived": "afgeleid",
        "in_kind": "Inzet scholen {sector} in natura",
        "derived_in_kind": "gearceerd: afgeleid door cmkit (uren in natura × het opgegeven uurtarief)",
        "matching_amount": "bijdrage per jaar",
        "derived_matching": "afgeleid door cmkit (verdeling naar inwonertal)",
        "from_plan": "uit het plan",
        "what_if_title": "Wat-als: begroting voor en na",
        "before": "voor",
        "after": "na",
        "difference": "verschil",
        "progress_title": "Resultaten per periode: gepland en behaald",
        "no_data": "–: nog geen voortgangsgegevens voor deze periode",
        "count": "aantal",
        "pyramids_title": "Evi: scholen per scenario",
        "scenario": "Scenario",
        "scenario_in": "scenario in {wave}",
        "only": "alleen {waves}",
        "suppressed": "onderdrukt",
        "suppressed_evi": "onderdrukt: minder dan {k} scholen, of aanvullend onderdrukt zodat het niet terug te rekenen is",
        "no_disclosure": "k = 0: zonder bescherming van kleine aantallen, alleen voor intern gebruik",
        "suppressed_evi_nok": "onderdrukt: te weinig scholen, of aanvullend onderdrukt zodat het niet terug te rekenen is",
        "transitions_title": "Evi: overgangen tussen metingen (scholen in beide metingen)",
        "likert_title": "Verdeling van de antwoorden",
        "share_valid": "aandeel van de geldige antwoorden",
        "suppressed_survey": "onderdrukt: minder dan {k} geldige antwoorden",
        "suppressed_survey_nok": "onderdrukt: te weinig geldige antwoorden",
        "excluded": "Zonder {labels}: die tellen niet mee in de percentages.",
        "no_answers": "geen geldige antwoorden",
        "n": "n",
    },
    "en": {
        "budget_title": "Budget per year and category",
        "euro": "euro",
        "derived": "derived",
        "in_kind": "In-kind time of {sector} schools",
        "derived_in_kind": "hatched: derived by cmkit (in-kind hours × the hourly rate given)",
        "matching_amount": "contribution per year",
        "derived_matching": "derived by cmkit (split by inhabitants)",
        "from_plan": "from the plan",
        "what_if_title": "What-if: budget before and after",
        "before": "before",
        "after": "after",
        "difference": "difference",
        "progress_title": "Results per period: planned and achieved",
        "no_data": "–: no progress data for this period yet",
        "count": "count",
        "pyramids_title": "Evi: schools per scenario",
        "scenario": "Scenario",
        "scenario_in": "scenario in {wave}",
        "only": "{waves} only",
        "suppressed": "suppressed",
        "suppressed_evi": "suppressed: fewer than {k} schools, or suppressed as a complement so it cannot be worked back",
        "no_disclosure": "k = 0: without small-cell protection, for internal use only",
        "suppressed_evi_nok": "suppressed: too few schools, or suppressed as a complement so it cannot be worked back",
        "transitions_title": "Evi: transitions between waves (schools in both waves)",
        "likert_title": "Distribution of the answers",
        "share_valid": "share of the valid answers",
        "suppressed_survey": "suppressed: fewer than {k} valid answers",
        "suppressed_survey_nok": "suppressed: too few valid answers",
        "excluded": "Without {labels}: these do not count in the percentages.",
        "no_answers": "no valid answers",
        "n": "n",
    },
}

#: How a suppressed cell looks: light grey, hatched, with a grey edge.
SUPPRESSED_STYLE = {"facecolor": "#ececec", "edgecolor": "#8c8c8c", "hatch": "////", "linewidth": 0.6}

_INCOME_COLOURS = ["#1f5a96", "#4f8fc9", "#8dbce6", "#2f8f6f", "#7fc8a9", "#b9d9ea", "#5d6fb0"]
_COST_COLOURS = ["#c4561d", "#e88b3a", "#f2b872", "#a83a4a", "#d97b8a", "#8c6d31", "#f5d6a8"]
_WAVE_COLOURS = ["#9ecae1", "#4292c6", "#08519c", "#08306b", "#6baed6"]


# ---- helpers ------------------------------------------------------------------------------------------

def _mpl():
    """matplotlib, imported on first use, with a clear error naming the extra when it is missing."""
    try:
        import matplotlib
        from matplotlib.figure import Figure  # noqa: F401
    except ImportError as exc:
        raise ImportError("cmkit.plots needs matplotlib: pip install 'cmkit[plots]' "
                          "(or pip install matplotlib)") from exc
    return matplotlib


def _invalid(message: str) -> Exception:
    from cmkit.exceptions import InvalidArgumentError

    return InvalidArgumentError(message)


def _is_frame(obj) -> bool:
    """True for a pandas DataFrame (without importing pandas for the other cases)."""
    return type(obj).__name__ == "DataFrame" and type(obj).__module__.startswith("pandas")


def _lang(lang: Any) -> str:
    if isinstance(lang, _core.Lang):
        return "nl" if lang == _core.Lang.NL else "en"
    if lang not in ("nl", "en"):
        raise _invalid(f"unknown language {lang!r}; expected 'nl' or 'en'")
    return lang


def _h(lang: str) -> dict:
    from cmkit._report import HEADINGS

    return HEADINGS[lang]


def _evi_t(lang: str) -> dict:
    from cmkit.evi import _T

    return _T[lang]


def _euro(cents: int, lang: str, cents_mode: str = "auto") -> str:
    """An amount in cents as text, written by the library (Dutch: € 1.234,56; English: €1,234.56)."""
    return _core.Money(int(cents)).format(lang, True, cents_mode)


def _euro_axis(axis, lang: str) -> None:
    """Tick labels in euros (the axis is in euros); whole euros, written by :meth:`cmkit.Money.format`."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=7, steps=[1, 2, 2.5, 5, 10], integer=True))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: _euro(int(round(v)) * 100, lang)))


def _integer(n: int, lang: str) -> str:
    return _core.format_integer(int(n), lang)


#: The share of the figure's width the layout may use (a margin on the right for legends at the edge).
RIGHT = 0.98


def _new_figure(size: Tuple[float, float]):
    """A figure with constrained layout and some room at the edges: text extents differ a little between the
    resolutions a figure is saved at, and a legend at the edge must not be cut off at any of them."""
    from matplotlib.figure import Figure

    _notebook_display()
    fig = Figure(figsize=size, layout="constrained")
    fig.get_layout_engine().set(w_pad=0.08, h_pad=0.06, rect=(0, 0, RIGHT, 1))
    return fig


def _figure_png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _notebook_display() -> None:
    """Lets IPython and Jupyter show a Figure that is the last expression of a cell. The figures here are
    made without :mod:`matplotlib.pyplot`, so matplotlib's inline backend, which registers that display when
    pyplot is imported, may never be loaded, and a chart would show as ``<Figure size 900x500 with 1 Axes>``.
    Registers a PNG formatter for :class:`~matplotlib.figure.Figure` in the running IPython shell, unless
    one is there already (``%matplotlib inline`` or pyplot); outside IPython it does nothing."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None and hasattr(ipython, "get_ipython") else None
    formatters = getattr(getattr(shell, "display_formatter", None), "formatters", None)
    if not formatters or "image/png" not in formatters:
        return
    from matplotlib.figure import Figure

    png = formatters["image/png"]
    try:
        png.lookup_by_type(Figure)
    except KeyError:
        png.for_type(Figure, _figure_png)


def _figure(ax, nrows: int = 1, ncols: int = 1, size: Tuple[float, float] = (9.0, 5.0), choose: str = "", **kw):
    """(figure, axes list, owned): a new constrained-layout figure with a grid of axes, or the figure of
    ``ax`` when one is given (only for one panel; ``choose`` says how to narrow the chart to one)."""
    _mpl()
    from matplotlib.figure import Figure

    if ax is not None:
        if nrows * ncols != 1:
            raise _invalid(f"ax= draws one panel, but this chart has {nrows * ncols}" + (f"; {choose}" if choose else ""))
        return ax.figure, [ax], False
    fig = _new_figure(size)
    axes = fig.subplots(nrows, ncols, squeeze=False, **kw)
    return fig, [a for row in axes for a in row], True


def _notes(fig, owned: bool, axes: Sequence[Any], notes: Iterable[str], width: int = 130) -> None:
    """Footnotes under the chart (in a figure we made), else a line under the title of the given Axes."""
    lines: List[str] = []
    for n in notes:
        if n:
            lines += textwrap.wrap(n, width)
    if not lines:
        return
    if owned:
        height = fig.get_figheight()
        bottom = (0.19 * len(lines) + 0.12) / height
        fig.text(0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=8, color="#444444")
        fig.get_layout_engine().set(rect=(0, bottom, RIGHT, 1 - bottom))
    else:
        ax = axes[0]
        ax.text(0.0, -0.12, "\n".join(lines), transform=ax.transAxes, ha="left", va="top", fontsize=7,
                color="#444444")


def _suppressed_patch(lang: str, label: Optional[str] = None):
    from matplotlib.patches import Patch

    return Patch(label=label or TEXTS[lang]["suppressed"], **SUPPRESSED_STYLE)


def _side(side) -> Optional[str]:
    if side is None:
        return None
    if isinstance(side, _core.Side):
        return "income" if side == _core.Side.INCOME else "cost"
    if side in ("income", "cost", "costs"):
        return "cost" if side == "costs" else side
    raise _invalid(f"unknown side {side!r}; expected 'income' or 'cost'")


def _budget_of(obj):
    if isinstance(obj, _core.Plan):
        return obj.budget
    if isinstance(obj, _core.WhatIfResult):
        return obj.budget
    if isinstance(obj, _core.Budget):
        return obj
    raise _invalid(f"expected a Plan, Budget or WhatIfResult, got {type(obj).__name__}")


def _plan_notes(plan, lang: str) -> List[str]:
    if isinstance(plan, _core.Plan) and plan.fictional:
        return [_h(lang)["fictional"]]
    return []


def _ordered(values: Iterable[Any]) -> List[Any]:
    """The distinct values in order of first appearance (the plan's order)."""
    seen: Dict[Any, None] = {}
    for v in values:
        seen.setdefault(v, None)
    return list(seen)


#: The category of the rows cmkit adds for valued in-kind hours (frames.budget_table(..., in_kind=...)).
IN_KIND_CATEGORY = "in_kind_hours"


def _category_text(category: str, lang: str) -> str:
    return _core.category_label(category).text(lang)


def _category_name(category: str, source, lang: str) -> str:
    """The legend name of a budget category: the library's label; for valued in-kind hours the report's line
    name with the sector of the row's source (``schools-po`` → PO)."""
    if category == IN_KIND_CATEGORY:
        sector = ("" if _isna(source) else source).rsplit("-", 1)[-1].upper() or "?"
        return TEXTS[lang]["in_kind"].format(sector=sector)
    return _category_text(category, lang)


def _palette(side: str, n: int) -> List[str]:
    base = _INCOME_COLOURS if side == "income" else _COST_COLOURS
    return [base[i % len(base)] for i in range(n)]


def _text_colour(facecolour) -> str:
    from matplotlib.colors import to_rgb

    r, g, b = to_rgb(facecolour)
    return "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 else "black"


# ---- the budget -----------------------------------------------------------------------------------------

def _budget_frame(obj, in_kind=None) -> "pd.DataFrame":
    from cmkit import frames

    if _is_frame(obj):  # a DataFrame of frames.budget_table
        return obj
    return frames.budget_table(_budget_of(obj), in_kind)


def _stack(ax, frame, x_of_year: Dict[int, float], width: float, side: str, categories: List[str],
           colours: Dict[Tuple[str, str], str], lang: str, label_min: float, alpha: float = 1.0,
           legend: bool = True, labels: bool = True) -> None:
    """Stacked bars of one side: one bar per year, the categories in the given order (derived rows hatched)."""
    rows = frame[frame["side"] == side]
    bottoms = {y: 0 for y in x_of_year}
    for cat in categories:
        for derived in (False, True):
            part = rows[(rows["category"] == cat) & (rows["derived"] == derived)]
            if part.empty:
                continue
            sources = _ordered(part["source"]) if cat == IN_KIND_CATEGORY else [None]
            for source in sources:
                _segment(ax, part if source is None else part[part["source"] == source], x_of_year, width, side,
                         cat, source, derived, colours, lang, label_min, alpha, legend, labels, bottoms)


def _segment(ax, part, x_of_year, width, side, cat, source, derived, colours, lang, label_min, alpha, legend, labels,
             bottoms) -> None:
    cents = part.groupby("year", sort=False)["amount_cents"].sum()  # one value per (category, year)
    years = [y for y in x_of_year if y in cents.index]
    heights = [cents[y] / 100 for y in years]
    name = _category_name(cat, source, lang)
    colour = colours.get((side, cat, source)) or colours[(side, cat)]
    bars = ax.bar([x_of_year[y] for y in years], heights, width, bottom=[bottoms[y] for y in years],
                  color=colour, edgecolor="white", linewidth=0.6, alpha=alpha,
                  hatch="xx" if derived else None,
                  label=(f"{name} ({TEXTS[lang]['derived']})" if derived else name) if legend else None)
    bars._cmkit_side = side
    for y, hgt, bar in zip(years, heights, bars):
        if labels and hgt >= label_min:
            box = {"facecolor": "white", "edgecolor": "none", "pad": 1.0, "alpha": 0.85} if derived else None
            ax.text(bar.get_x() + bar.get_width() / 2, bottoms[y] + hgt / 2, _euro(cents[y], lang),
                    ha="center", va="center", fontsize=7,
                    color="black" if derived or alpha < 1 else _text_colour(colour), bbox=box)
        bottoms[y] += hgt


def _colours(frame) -> Dict[Tuple[Any, ...], str]:
    """A colour per (side, category), and per (side, category, source) for the valued in-kind hours of each
    sector, in the plan's order."""
    out: Dict[Tuple[Any, ...], str] = {}
    for side in ("income", "cost"):
        rows = frame[frame["side"] == side]
        keys = _ordered((c, s if c == IN_KIND_CATEGORY else None) for c, s in zip(rows["category"], rows["source"]))
        for (cat, source), colour in zip(keys, _palette(side, len(keys))):
            out[(side, cat, source)] = colour
            out.setdefault((side, cat), colour)
    return out


def _year_axis(ax, x_of_year: Dict[int, float], bar_x: List[float], bar_labels: List[str]) -> None:
    ax.set_xticks(bar_x, labels=bar_labels, minor=True, fontsize=8)
    ax.set_xticks(list(x_of_year.values()), labels=[str(y) for y in x_of_year])
    ax.tick_params(axis="x", which="major", length=0, pad=16, labelsize=10)
    ax.tick_params(axis="x", which="minor", length=0)


def _side_legend(a, sides: Sequence[str], h: dict, lang: str, fig=None, **kw) -> None:
    """The legend of stacked budget bars with a heading per side (Baten / Lasten)."""
    from matplotlib.patches import Patch

    handles, labels = a.get_legend_handles_labels()
    out_h, out_l = [], []
    for s in sides:
        mine = [(hd, lab) for hd, lab in zip(handles, labels) if getattr(hd, "_cmkit_side", None) == s]
        if not mine:
            continue
        out_h.append(Patch(visible=False))
        out_l.append(h["income"] if s == "income" else h["costs"])
        out_h += [hd for hd, _ in mine]
        out_l += [lab for _, lab in mine]
    if fig is not None:  # a figure legend right of the axes: the layout makes room for it
        leg = fig.legend(out_h, out_l, loc="outside right upper", fontsize=8, frameon=False, **kw)
    else:
        args = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "fontsize": 8, "frameon": False}
        args.update(kw)
        leg = a.legend(out_h, out_l, **args)
    for text, hd in zip(leg.get_texts(), out_h):
        if isinstance(hd, Patch) and not hd.get_visible():
            text.set_fontweight("bold")


def budget(plan_or_budget: Union["_core.Plan", "_core.Budget", "_core.WhatIfResult", "pd.DataFrame"], *,
           side: Union[str, "_core.Side", None] = None, in_kind: Optional[Mapping[Any, "_core.Money"]] = None,
           lang: Lang = "nl", ax: Optional["Axes"] = None) -> "Figure":
    """Income and costs per year as stacked bars by category, in the plan's order, labelled with
    :func:`cmkit.category_label` (``Activiteitenkosten``, ...). Two bars per year (income left, costs right),
    or one with ``side="income"`` / ``"cost"``. Segments carry their amount when there is room.

    ``plan_or_budget`` is a :class:`cmkit.Plan`, :class:`cmkit.Budget`, :class:`cmkit.WhatIfResult` or the
    DataFrame of :func:`cmkit.frames.budget_table`; ``in_kind`` (``{"PO": Money}``) adds valued in-kind hours,
    which cmkit derives, hatched."""
    lang = _lang(lang)
    t, h = TEXTS[lang], _h(lang)
    frame = _budget_frame(plan_or_budget, in_kind)
    sides = [_side(side)] if side is not None else ["income", "cost"]
    years = sorted(_ordered(frame["year"]))
    fig, axes, owned = _figure(ax, size=(max(7.0, 1.9 * len(years) + 4.5), 5.5))
    a = axes[0]
    width = 0.8 / len(sides)
    x_of_side = {s: {y: i + (k - (len(sides) - 1) / 2) * width for i, y in enumerate(years)} for k, s in enumerate(sides)}
    colours = _colours(frame)
    top = max(frame[frame["side"] == s].groupby("year")["amount_cents"].sum().max() / 100 for s in sides)
    for s in sides:
        cats = _ordered(frame.loc[frame["side"] == s, "category"])
        _stack(a, frame, x_of_side[s], width * 0.92, s, cats, colours, lang, label_min=0.055 * top)
    bar_x = [x for s in sides for x in x_of_side[s].values()]
    bar_labels = [h["income"] if s == "income" else h["costs"] for s in sides for _ in years]
    _year_axis(a, {y: i for i, y in enumerate(years)}, bar_x, bar_labels)
    _euro_axis(a.yaxis, lang)
    a.set_ylim(0, top * 1.05)
    a.set_ylabel(t["euro"])
    a.spines[["top", "right"]].set_visible(False)
    a.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    a.set_axisbelow(True)
    _side_legend(a, sides, h, lang)
    version = frame["version"].iloc[0] if len(frame) else ""
    title = t["budget_title"]
    b = None if _is_frame(plan_or_budget) else _budget_of(plan_or_budget)
    if b is not None and b.version != "original":
        title += f" ({b.version}" + (f": {b.description}" if b.description else "") + ")"
    elif version and version != "original":
        title += f" ({version})"
    a.set_title(title, loc="left", fontsize=12)
    notes = _plan_notes(plan_or_budget, lang)
    if bool(frame["derived"].any()):
        notes.append(t["derived_in_kind"])
    _notes(fig, owned, axes, notes)
    return fig


def matching(plan: "_core.Plan", budget: Union["_core.Budget", "_core.WhatIfResult", "pd.DataFrame", None] = None, *,
             lang: Lang = "nl", ax: Optional["Axes"] = None) -> "Figure":
    """The municipal matching per municipality and year (:func:`cmkit.matching_split`), one bar per year,
    municipalities in the plan's order with their names. Shares cmkit derived (split by inhabitants, column
    ``derived``) are hatched and said so in the title and the basis line; agreed amounts from the plan are
    plain. ``budget`` (e.g. a what-if's) defaults to the plan's; a DataFrame of :func:`cmkit.frames.matching`
    may be given as ``budget=`` to draw that table instead."""
    from matplotlib.patches import Patch

    from cmkit import frames

    lang = _lang(lang)
    t, h = TEXTS[lang], _h(lang)
    if _is_frame(budget):
        frame = budget
    else:
        frame = frames.matching(plan, _budget_of(budget) if budget is not None else None)
    names = {m.id: m.name for m in plan.municipalities}
    munis = _ordered(frame["municipality"])
    years = sorted(_ordered(frame["year"]))
    fig, axes, owned = _figure(ax, size=(max(7.0, 1.6 * len(munis) + 3.5), 5.0))
    a = axes[0]
    width = 0.8 / len(years)
    colours = [_WAVE_COLOURS[i % len(_WAVE_COLOURS)] for i in range(len(years))]
    top = frame["amount_cents"].max() / 100 if len(frame) else 1
    for k, year in enumerate(years):
        rows = frame[frame["year"] == year]
        for _, r in rows.iterrows():
            x = munis.index(r["municipality"]) + (k - (len(years) - 1) / 2) * width
            val = r["amount_cents"] / 100
            a.bar(x, val, width * 0.92, color=colours[k], edgecolor="white" if not r["derived"] else "#333333",
                  linewidth=0.5, hatch="//" if r["derived"] else None)
            a.text(x, val + 0.01 * top, _euro(r["amount_cents"], lang), rotation=90, ha="center",
                   va="bottom", fontsize=7)
    a.set_xticks(range(len(munis)), labels=[h["unsplit"] if _isna(m) else names.get(m, m) for m in munis])
    _euro_axis(a.yaxis, lang)
    a.set_ylabel(f"{t['euro']} ({t['matching_amount']})")
    a.set_ylim(0, top * 1.3)
    a.spines[["top", "right"]].set_visible(False)
    a.grid(axis="y", color="#e0e0e0", linewidth=0.6)
    a.set_axisbelow(True)
    handles = [Patch(facecolor=c, label=str(y)) for c, y in zip(colours, years)]
    derived = bool(frame["derived"].any())
    if derived:
        handles.append(Patch(facecolor="white", edgecolor="#333333", hatch="//", label=t["derived_matching"]))
    a.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    a.set_title(h["matching_derived"] if derived else h["matching"], loc="left", fontsize=12)
    bases = _ordered(frame["basis"])
    notes = [f"{h['basis']}: " + "; ".join(h["bases"].get(b, b) for b in bases)] + _plan_notes(plan, lang)
    _notes(fig, owned, axes, notes, width=110)
    return fig


def what_if(before: Union["_core.Plan", "_core.Budget"], after: Union["_core.WhatIfResult", "_core.Budget"], *,
            side: Union[str, "_core.Side", None] = None, lang: Lang = "nl", ax: Optional["Axes"] = None) -> "Figure":
    """A what-if against the budget it changed: per year a bar before (light) and after (solid), stacked by
    category, with each bar's year total and the difference as the library computes them
    (:meth:`cmkit.Budget.year_total`). One panel for income and one for costs, or one with ``side=``.

    ``before`` is the :class:`cmkit.Plan` or :class:`cmkit.Budget` the what-if started from, ``after`` the
    :class:`cmkit.WhatIfResult` (or its budget); the title gives its description (the cuts and policy)."""
    from cmkit import frames

    lang = _lang(lang)
    t, h = TEXTS[lang], _h(lang)
    b0, b1 = _budget_of(before), _budget_of(after)
    f0, f1 = frames.budget_table(b0), frames.budget_table(b1)
    sides = [_side(side)] if side is not None else ["income", "cost"]
    years = sorted(set(b0.years()) | set(b1.years()))
    fig, axes, owned = _figure(ax, len(sides), 1, size=(max(9.0, 1.9 * len(years) + 5.0), 4.4 * len(sides) + 0.8),
                               sharey=True, choose="choose side='income' or 'cost'")
    colours = _colours(f0)
    for s, c in _colours(f1).items():
        colours.setdefault(s, c)
    top = max(max((b.year_total(_core.Side.INCOME if s == "income" else _core.Side.COST, y).cents for y in years),
                  default=0) for b in (b0, b1) for s in sides) / 100
    width = 0.38
    for a, s in zip(axes, sides):
        core_side = _core.Side.INCOME if s == "income" else _core.Side.COST
        cats = _ordered(list(f0.loc[f0["side"] == s, "category"]) + list(f1.loc[f1["side"] == s, "category"]))
        x0 = {y: i - width / 2 - 0.01 for i, y in enumerate(years)}
        x1 = {y: i + width / 2 + 0.01 for i, y in enumerate(years)}
        _stack(a, f0, x0, width, s, cats, colours, lang, label_min=0.07 * top, alpha=0.45, legend=False)
        _stack(a, f1, x1, width, s, cats, colours, lang, label_min=0.07 * top, legend=True)
        for y in years:
            m0, m1 = b0.year_total(core_side, y), b1.year_total(core_side, y)
            a.text(x0[y], m0.cents / 100 + 0.01 * top, _euro(m0.cents, lang), ha="center", va="bottom", fontsize=7)
            a.text(x1[y], m1.cents / 100 + 0.01 * top, _euro(m1.cents, lang), ha="center", va="bottom", fontsize=7)
            diff = m1 - m0
            if diff.cents != 0:
                sign = "+" if diff.cents > 0 else ""
                a.text(x1[y], m1.cents / 100 + 0.06 * top, f"{sign}{_euro(diff.cents, lang)}", ha="center",
                       va="bottom", fontsize=7, color="#a01010", fontweight="bold")
        bar_x = list(x0.values()) + list(x1.values())
        _year_axis(a, {y: i for i, y in enumerate(years)}, bar_x, [t["before"]] * len(years) + [t["after"]] * len(years))
        _euro_axis(a.yaxis, lang)
        a.set_ylim(0, top * 1.16)
        a.spines[["top", "right"]].set_visible(False)
        a.grid(axis="y", color="#e0e0e0", linewidth=0.6)
        a.set_axisbelow(True)
        a.set_title(h["income"] if s == "income" else h["costs"], loc="left", fontsize=11)
        _side_legend(a, [s], h, lang)
    for a in axes:
        a.set_ylabel(t["euro"])
    title = t["what_if_title"] + (f": {b1.description}" if b1.description else "")
    if owned:
        fig.suptitle(title, x=0.01, ha="left", fontsize=12)
    else:
        axes[0].set_title(title + " — " + axes[0].get_title(), loc="left", fontsize=10)
    _notes(fig, owned, axes, [f"{t['difference']} = {t['after']} − {t['before']}"] + _plan_notes(before, lang))
    return fig


# ---- targets ---------------------------------------------------------------------------------------------

def targets(plan: "_core.Plan", data: Optional["_core.ProgressData"] = None, *, as_of: Optional["_core.Date"] = None,
            frame: Optional["pd.DataFrame"] = None, targets: Optional[Sequence[str]] = None, lang: Lang = "nl",
            ax: Optional["Axes"] = None) -> "Figure":
    """Planned against achieved per reporting period, one small panel per result target with the plan's own
    periods (``2025-2026``, ``2027``, ...) and the total (``Totaal`` / ``Totaal uniek``), from
    :func:`cmkit.frames.targets` (``planned``, ``achieved``). Achievements are drawn only where the library
    gives one (``data``: :class:`cmkit.ProgressData`); a period without progress shows ``–``. ``frame`` draws a
    targets DataFrame you already have; ``targets`` limits the chart to those target ids (one with ``ax=``)."""
    from cmkit import frames

    lang = _lang(lang)
    t, h = TEXTS[lang], _h(lang)
    if frame is None:
        frame = frames.targets(plan, data, as_of)
    ids = _ordered(frame["target"])
    if targets is not None:
        unknown = [x for x in targets if x not in ids]
        if unknown:
            raise _invalid(f"unknown target {unknown[0]!r}; the plan's targets are: {', '.join(ids)}")
        ids = [x for x in ids if x in targets]
    counting = {tg.id: tg.counting for tg in plan.targets} if isinstance(plan, _core.Plan) else {}
    ncols = min(3, len(ids)) or 1
    nrows = (len(ids) + ncols - 1) // ncols
    fig, axes, owned = _figure(ax, nrows, ncols, size=(4.1 * ncols, 3.3 * nrows + 0.9),
                               choose="choose one with targets=[...]")
    label_col = "label_nl" if lang == "nl" else "label_en"
    missing_any = False
    for a, target in zip(axes, ids):
        rows = frame[frame["target"] == target]
        labels = []
        for _, r in rows.iterrows():
            if r["period"] == "total":
                labels.append(h["unique_total"] if counting.get(target) == _core.TargetCounting.UNIQUE else h["total"])
            else:
                phase = r["phase"]
                labels.append(r["period"] + ("" if _isna(phase) else f"\n({h['phase']} {int(phase)})"))
        xs = list(range(len(rows)))
        planned = [int(v) for v in rows["planned"]]
        achieved = [None if _isna(v) else int(v) for v in rows["achieved"]]
        top = max(planned + [v for v in achieved if v is not None] + [1])
        a.bar([x - 0.2 for x in xs], planned, 0.38, color="#c6dbef", edgecolor="#4292c6", linewidth=0.8,
              label=h["planned"])
        a.bar([x + 0.2 for x in xs if achieved[x] is not None], [v for v in achieved if v is not None], 0.38,
              color="#08519c", label=h["achieved"])
        for x, p, v in zip(xs, planned, achieved):
            a.text(x - 0.2, p + 0.02 * top, _integer(p, lang), ha="center", va="bottom", fontsize=8)
            if v is None:
                missing_any = True
                a.text(x + 0.2, 0.02 * top, "–", ha="center", va="bottom", fontsize=10, color="#555555")
            else:
                a.text(x + 0.2, v + 0.02 * top, _integer(v, lang), ha="center", va="bottom", fontsize=8,
                       color="#08306b", fontweight="bold")
        a.set_xticks(xs, labels=labels, fontsize=8)
        a.set_ylim(0, top * 1.2)
        a.yaxis.set_major_locator(_int_locator())
        a.spines[["top", "right"]].set_visible(False)
        a.set_title("\n".join(textwrap.wrap(rows[label_col].iloc[0], 38)), loc="left", fontsize=9)
    for a in axes[len(ids):]:
        a.set_visible(False)
    handles, labels_ = axes[0].get_legend_handles_labels()
    if owned:
        fig.legend(handles, labels_, loc="outside upper right", ncols=2, fontsize=8, frameon=False)
        fig.suptitle(t["progress_title"], x=0.01, ha="left", fontsize=12)
    else:
        axes[0].legend(fontsize=7, frameon=False)
    notes = []
    if missing_any:
        notes.append(t["no_data"])
    if data is not None and getattr(data, "synthetic", False):
        notes.append(h["synthetic"])
    notes += _plan_notes(plan, lang)
    _notes(fig, owned, axes, notes)
    return fig


def _isna(v) -> bool:
    import pandas as pd

    return v is None or bool(pd.isna(v))


def _int_locator():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True, nbins=5)


# ---- Evi -------------------------------------------------------------------------------------------------

def _evi_frame(analysis_or_frame, name: str):
    from cmkit import frames

    if _is_frame(analysis_or_frame):
        return analysis_or_frame, None
    if isinstance(analysis_or_frame, _core.Table):
        return frames.table_frame(analysis_or_frame), None
    return frames.evi_table(analysis_or_frame, name), analysis_or_frame


def _pillar_labels(instruments=None) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for ins in (instruments if instruments is not None else _core.builtin_evi_instruments()):
        for p in ins.pillars:
            out.setdefault(p.id, p.label)
    return out


def _evi_notes(analysis, k, lang: str, any_suppressed: bool) -> List[str]:
    """The footnotes of an Evi chart: why cells are suppressed (only when some are), k = 0, synthetic data."""
    t = TEXTS[lang]
    if k is None and analysis is not None:
        k = analysis.manifest.options.k
    notes = []
    if any_suppressed:
        notes.append(t["suppressed_evi"].format(k=k) if k else t["suppressed_evi_nok"])
    if k == 0:
        notes.append(t["no_disclosure"])
    if analysis is not None and analysis.manifest.synthetic:
        notes.append(_evi_t(lang)["synthetic"])
    return notes


def _suppressed_bar(ax, x0: float, x1: float, y: float, height: float, lang: str, fontsize: float = 7) -> None:
    """A suppressed cell of a horizontal bar chart: the whole slot hatched grey, with the word, no number."""
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((x0, y - height / 2), x1 - x0, height, gid="suppressed", **SUPPRESSED_STYLE))
    ax.text((x0 + x1) / 2, y, TEXTS[lang]["suppressed"], ha="center", va="center", fontsize=fontsize,
            color="#555555", gid="suppressed", bbox={"facecolor": "#ececec", "edgecolor": "none", "pad": 0.6})


def _group_names(plan, group_by: str, lang: str) -> Dict[str, str]:
    """Names of the Evi groups from the plan: municipality names, track labels."""
    if plan is None:
        return {}
    if group_by == "municipality":
        return {m.id: m.name for m in plan.municipalities}
    if group_by == "track":
        return {tr.id: tr.label.text(lang) for tr in plan.tracks}
    return {}


def evi_pyramids(analysis: Union["_core.EviAnalysis", "_core.Table", "pd.DataFrame"], *,
                 waves: Optional[Sequence[int]] = None, pillars: Optional[Sequence[str]] = None, group_by: str = "all",
                 groups: Optional[Sequence[str]] = None, plan: Optional["_core.Plan"] = None, k: Optional[int] = None,
                 instruments: Optional[Sequence["_core.EviInstrument"]] = None, lang: Lang = "nl",
                 ax: Optional["Axes"] = None) -> "Figure":
    """Evi scenario pyramids: per maturity pillar (columns) and group (rows) the number of schools in each
    scenario (1 at the bottom, 4 at the top), a bar per wave. Counts come from the analysis's
    ``distribution`` table; a cell suppressed by disclosure control (fewer than k schools, or a complementary
    suppression) is a grey hatched bar across the panel labelled *onderdrukt* — never a number, never an
    empty zero bar (a real 0 is written as 0).

    ``analysis`` is a :class:`cmkit.EviAnalysis` or the DataFrame of ``frames.evi_table(a, "distribution")``
    (then give ``k=`` for the footnote). ``group_by`` is ``all`` (the region), ``municipality``, ``sector`` or
    ``track``; ``groups`` limits the rows; ``plan`` gives municipality names; ``pillars`` and ``waves`` limit
    the columns and bars. Pillar names come from the Evi instruments (``instruments``, default built-in)."""
    from matplotlib.patches import Patch

    lang = _lang(lang)
    t, et = TEXTS[lang], _evi_t(lang)
    frame, a_obj = _evi_frame(analysis, "distribution")
    frame = frame[frame["group_by"] == group_by]
    if frame.empty:
        raise _invalid(f"no distribution rows for group_by={group_by!r}; expected all, municipality, sector or track")
    all_waves = sorted(_ordered(frame["wave"]))
    ws = [w for w in all_waves if waves is None or w in waves]
    ps = [p for p in _ordered(frame["pillar"]) if pillars is None or p in pillars]
    gs = [g for g in _ordered(frame["group"]) if groups is None or g in groups]
    if not ws or not ps or not gs:
        raise _invalid("nothing to draw: the waves, pillars or groups asked for are not in the table")
    frame = frame[frame["wave"].isin(ws) & frame["pillar"].isin(ps) & frame["group"].isin(gs)]
    scenarios = sorted(_ordered(frame["scenario"]))
    plabels = _pillar_labels(instruments)
    names = _group_names(plan, group_by, lang)
    present = set(zip(frame["group"], frame["pillar"]))
    if len(gs) > 1:  # a row per group, a column per pillar; a pillar not asked of a group leaves its place empty
        ncols = len(ps)
        panels = [(g, p) if (g, p) in present else None for g in gs for p in ps]
    else:
        panels = [(g, p) for g in gs for p in ps if (g, p) in present]
        ncols = min(3, len(panels))
    nrows = (len(panels) + ncols - 1) // ncols
    fig, axes, owned = _figure(ax, nrows, ncols, size=(3.6 * ncols + 1.8, 0.5 * len(scenarios) * len(ws) * nrows + 1.8),
                               sharex=True, choose="choose pillars=[...] and groups=[...] (or group_by='all')")
    shown = frame["schools"].dropna()
    xmax = (int(shown.max()) if len(shown) else 1) * 1.18 + 0.5
    height = 0.8 / len(ws)
    colours = {w: _WAVE_COLOURS[i % len(_WAVE_COLOURS)] for i, w in enumerate(all_waves)}
    for pn, panel in enumerate(panels):
        a = axes[pn]
        if panel is None:
            a.set_visible(False)
            continue
        g, p = panel
        cells = frame[(frame["group"] == g) & (frame["pillar"] == p)]
        for wi, w in enumerate(ws):
            for _, r in cells[cells["wave"] == w].iterrows():
                y = scenarios.index(r["scenario"]) - (wi - (len(ws) - 1) / 2) * height  # earlier wave on top
                if r["suppressed"]:
                    _suppressed_bar(a, 0, xmax, y, height * 0.9, lang, fontsize=6.5)
                    continue
                n = int(r["schools"])
                a.barh(y, n, height * 0.9, color=colours[w])
                a.text(n + 0.01 * xmax, y, _integer(n, lang), va="center", ha="left", fontsize=7)
        a.set_yticks(range(len(scenarios)), labels=[f"{t['scenario']} {s}" for s in scenarios], fontsize=8)
        a.set_ylim(-0.6, len(scenarios) - 0.4)
        a.set_xlim(0, xmax)
        a.xaxis.set_major_locator(_int_locator())
        a.spines[["top", "right"]].set_visible(False)
        title = plabels[p].text(lang) if p in plabels else p
        measured = [w for w in ws if (cells["wave"] == w).any()]
        if len(measured) < len(ws):
            title += " (" + t["only"].format(waves=", ".join(f"{et['wave']} {w}" for w in measured)) + ")"
        if group_by != "all":
            title += f" — {et['by'][group_by]}: {names.get(g, g)}"
        a.set_title(title, loc="left", fontsize=9)
        if pn + ncols >= len(panels) or panels[pn + ncols] is None:
            a.set_xlabel(et["schools"], fontsize=8)
            a.xaxis.set_tick_params(labelbottom=True)
    for a in axes[len(panels):]:
        a.set_visible(False)
    handles = [Patch(facecolor=colours[w], label=f"{et['wave']} {w}") for w in ws]
    if bool(frame["suppressed"].any()):
        handles.append(_suppressed_patch(lang))
    notes = _evi_notes(a_obj, k, lang, bool(frame["suppressed"].any()))
    if owned:
        fig.legend(handles=handles, loc="outside upper right", ncols=len(handles), fontsize=8, frameon=False)
        region = et["all"] if group_by == "all" else et["by"][group_by]
        fig.suptitle(f"{t['pyramids_title']} ({region})", x=0.01, ha="left", fontsize=12)
    else:
        axes[0].legend(handles=handles, fontsize=7, frameon=False, loc="lower right")
    _notes(fig, owned, axes, notes)
    return fig


def evi_transitions(analysis: Union["_core.EviAnalysis", "_core.Table", "pd.DataFrame"], *,
                    pillars: Optional[Sequence[str]] = None, wave_pairs: Optional[Sequence[Tuple[int, int]]] = None,
                    k: Optional[int] = None, instruments: Optional[Sequence["_core.EviInstrument"]] = None,
                    lang: Lang = "nl", ax: Optional["Axes"] = None) -> "Figure":
    """Evi transition heatmaps: for each pillar and pair of waves, the schools in both waves by their scenario
    in the first (rows) and the second (columns), from the analysis's ``transitions`` table. The diagonal (no
    change) is outlined. Suppressed cells are grey, hatched and labelled *onderdrukt*, with no number and no
    colour of the scale.

    ``analysis`` is a :class:`cmkit.EviAnalysis` or the DataFrame of ``frames.evi_table(a, "transitions")``;
    ``pillars`` and ``wave_pairs`` (``[(2023, 2025)]``) limit the panels (one with ``ax=``)."""
    import numpy as np
    from matplotlib.patches import Rectangle

    lang = _lang(lang)
    t, et = TEXTS[lang], _evi_t(lang)
    frame, a_obj = _evi_frame(analysis, "transitions")
    pairs = [pr for pr in _ordered(zip(frame["from_wave"], frame["to_wave"]))
             if wave_pairs is None or tuple(pr) in {tuple(x) for x in wave_pairs}]
    ps = [p for p in _ordered(frame["pillar"]) if pillars is None or p in pillars]
    panels = [(p, pr) for pr in pairs for p in ps]
    if not panels:
        raise _invalid("nothing to draw: the analysis has no transitions (one wave?) or none of the pillars/waves asked for")
    ncols = min(3, len(panels))
    nrows = (len(panels) + ncols - 1) // ncols
    fig, axes, owned = _figure(ax, nrows, ncols, size=(3.9 * ncols + 1.2, 3.6 * nrows + 1.0),
                               choose="choose pillars=[...] and wave_pairs=[(from, to)]")
    plabels = _pillar_labels(instruments)
    shown = frame["schools"].dropna()
    vmax = max(int(shown.max()) if len(shown) else 1, 1)
    import matplotlib

    cmap = matplotlib.colormaps["Blues"]
    image = None
    any_hidden = False
    for a, (p, (w0, w1)) in zip(axes, panels):
        cells = frame[(frame["pillar"] == p) & (frame["from_wave"] == w0) & (frame["to_wave"] == w1)]
        scen = sorted(set(cells["from_scenario"]) | set(cells["to_scenario"]))
        n = len(scen)
        values = np.full((n, n), np.nan)
        suppressed = np.zeros((n, n), dtype=bool)
        for _, r in cells.iterrows():
            i, j = scen.index(r["from_scenario"]), scen.index(r["to_scenario"])
            if r["suppressed"]:
                suppressed[i, j] = True
            else:
                values[i, j] = int(r["schools"])
        any_hidden = any_hidden or bool(suppressed.any())
        image = a.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=0, vmax=vmax, origin="lower")
        for i in range(n):
            for j in range(n):
                if suppressed[i, j]:
                    a.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, gid="suppressed", **SUPPRESSED_STYLE))
                    a.text(j, i, t["suppressed"], ha="center", va="center", fontsize=6.5, color="#555555",
                           gid="suppressed", bbox={"facecolor": "#ececec", "edgecolor": "none", "pad": 0.5})
                elif not np.isnan(values[i, j]):
                    v = values[i, j]
                    a.text(j, i, _integer(int(v), lang), ha="center", va="center", fontsize=9,
                           color="white" if v > 0.55 * vmax else "black")
        for i in range(n):
            a.add_patch(Rectangle((i - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="#222222", linewidth=1.4, zorder=5))
        a.set_xticks(range(n), labels=[str(s) for s in scen])
        a.set_yticks(range(n), labels=[str(s) for s in scen])
        a.set_xlabel(t["scenario_in"].format(wave=w1), fontsize=8)
        a.set_ylabel(t["scenario_in"].format(wave=w0), fontsize=8)
        a.set_title(f"{plabels[p].text(lang) if p in plabels else p} {w0}→{w1}", loc="left", fontsize=10)
    for a in axes[len(panels):]:
        a.set_visible(False)
    if image is not None:
        bar = fig.colorbar(image, ax=axes[:len(panels)], shrink=0.8)
        bar.set_label(et["schools"])
        bar.locator = _int_locator()
        bar.update_ticks()
    notes = _evi_notes(a_obj, k, lang, any_hidden)
    if owned:
        fig.suptitle(t["transitions_title"], x=0.01, ha="left", fontsize=12)
        if any_hidden:
            fig.legend(handles=[_suppressed_patch(lang)], loc="outside upper right", fontsize=8, frameon=False)
    _notes(fig, owned, axes, notes, width=110)
    return fig


# ---- the impact survey -----------------------------------------------------------------------------------

def survey_likert(definition: "_core.Survey", responses: Optional["_core.SurveyResponses"] = None, *,
                  distribution: Optional["pd.DataFrame"] = None, k: int = 5, waves: Optional[Sequence[int]] = None,
                  groups: Optional[Sequence[str]] = None, items: Optional[Sequence[str]] = None, lang: Lang = "nl",
                  ax: Optional["Axes"] = None) -> "Figure":
    """Diverging Likert bars: per statement, group and wave the share of the valid answers in each point of
    the scale, disagreement left of zero and agreement right, the middle point of an odd scale split across
    zero; ``n`` (the valid answers) at the right. Shares are the library's exact ratios (share_numerator /
    share_denominator of :func:`cmkit.frames.survey_distribution_frame`); "weet niet", "n.v.t." and missing
    answers are outside the base, as in the survey tables. A cell under small-cell protection (fewer than
    ``k`` valid answers: ``suppressed``) is a grey hatched bar labelled *onderdrukt*, without figures.

    ``definition`` is the :class:`cmkit.Survey`; ``responses`` its :class:`cmkit.SurveyResponses` (the
    distribution is computed by the library with ``k``), or give ``distribution=`` (that DataFrame). One
    panel per answer scale; ``items``, ``groups`` and ``waves`` limit the rows (one scale with ``ax=``)."""
    from matplotlib.patches import Patch

    from cmkit import frames

    lang = _lang(lang)
    t = TEXTS[lang]
    computed = distribution is None
    if distribution is None:
        if responses is None:
            raise _invalid("survey_likert: give the responses (or distribution=)")
        distribution = frames.survey_distribution_frame(definition, responses, k, waves)
    frame = distribution
    label_col = "label_nl" if lang == "nl" else "label_en"
    item_of = {i.id: i for i in definition.items}
    group_of = {g.id: g for g in definition.groups}
    scale_of = {s.id: s for s in definition.scales}
    item_order = [i.id for i in definition.items if items is None or i.id in items]
    group_order = [g.id for g in definition.groups if groups is None or g.id in groups]
    rows = []  # (item, group, wave) in definition order
    keys = _ordered(zip(frame["item"], frame["group"], frame["wave"]))
    for it in item_order:
        for g in group_order:
            for w in sorted({kk[2] for kk in keys if kk[0] == it and kk[1] == g}):
                if waves is None or w in waves:
                    rows.append((it, g, w))
    if not rows:
        raise _invalid("nothing to draw: no distribution rows for the items, groups and waves asked for")
    scales = _ordered(item_of[it].scale for it, _, _ in rows)
    heights = [sum(1 for r in rows if item_of[r[0]].scale == s) for s in scales]
    _mpl()
    from matplotlib.figure import Figure

    if ax is not None:
        if len(scales) != 1:
            raise _invalid(f"ax= draws one panel, but these items use {len(scales)} scales; choose items=[...] of one scale")
        fig, axes, owned = ax.figure, [ax], False
    else:
        fig = _new_figure((11, 0.42 * len(rows) + 1.3 * len(scales) + 1.4))
        axes = list(fig.subplots(len(scales), 1, squeeze=False, gridspec_kw={"height_ratios": [hh + 2 for hh in heights]})[:, 0])
        owned = True
    excluded_labels: List[str] = []
    any_suppressed = False
    for a, sid in zip(axes, scales):
        scale = scale_of[sid]
        points = [p.code for p in scale.points]
        npts = len(points)
        mid = (npts - 1) / 2
        colours = _likert_colours(npts)
        srows = [r for r in rows if item_of[r[0]].scale == sid]
        ylabels = []
        for yi, (it, g, w) in enumerate(srows):
            y = len(srows) - 1 - yi
            cells = frame[(frame["item"] == it) & (frame["group"] == g) & (frame["wave"] == w)]
            ylabels.append("\n".join(textwrap.wrap(item_of[it].label.text(lang), 44))
                           + f"\n{group_of[g].label.text(lang) if g in group_of else g} {w}")
            for _, r in cells[(cells["kind"] != "point") & ~cells["suppressed"]].iterrows():
                if _isna(r["share_numerator"]) and r[label_col] not in excluded_labels:
                    excluded_labels.append(r[label_col])
            pts = cells[cells["kind"] == "point"]
            if bool(pts["suppressed"].any()):
                any_suppressed = True
                _suppressed_bar(a, -100, 100, y, 0.7, lang)
                continue
            denom = pts["share_denominator"].dropna()
            if len(denom) == 0 or int(denom.iloc[0]) == 0:
                a.text(0, y, t["no_answers"], ha="center", va="center", fontsize=7, color="#555555")
                continue
            shares = {int(r["code"]): 100 * int(r["share_numerator"]) / int(r["share_denominator"])
                      for _, r in pts.iterrows()}
            left = -sum(shares.get(c, 0) for c in points[:int(mid)]) - (shares.get(points[npts // 2], 0) / 2 if npts % 2 else 0)
            for idx, c in enumerate(points):
                v = shares.get(c, 0)
                if v > 0:
                    a.barh(y, v, 0.7, left=left, color=colours[idx], edgecolor="white", linewidth=0.5)
                    if v >= 7:
                        a.text(left + v / 2, y, f"{v:.0f}%", ha="center", va="center", fontsize=7,
                               color=_text_colour(colours[idx]))
                left += v
            a.text(103, y, f"{t['n']} = {_integer(int(denom.iloc[0]), lang)}", va="center", ha="left", fontsize=7)
        a.set_yticks(range(len(srows)), labels=list(reversed(ylabels)), fontsize=7.5)
        a.set_ylim(-0.6, len(srows) - 0.4)
        a.set_xlim(-100, 118)
        a.axvline(0, color="#333333", linewidth=0.8, zorder=0.8)  # under the bars, so it crosses no label
        a.set_xticks([-100, -75, -50, -25, 0, 25, 50, 75, 100],
                     labels=["100%", "75%", "50%", "25%", "0", "25%", "50%", "75%", "100%"], fontsize=8)
        a.spines[["top", "right", "left"]].set_visible(False)
        a.grid(axis="x", color="#e6e6e6", linewidth=0.6)
        a.set_axisbelow(True)
        a.set_xlabel(t["share_valid"], fontsize=8)
        handles = [Patch(facecolor=colours[i], label=p.label.text(lang)) for i, p in enumerate(scale.points)]
        handles.append(_suppressed_patch(lang))
        a.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=len(handles), fontsize=7.5,
                 frameon=False, title=scale.label.text(lang), title_fontsize=8)
    notes = []
    if any_suppressed:
        notes.append(t["suppressed_survey"].format(k=k) if computed and k else t["suppressed_survey_nok"])
    if computed and k == 0:
        notes.append(t["no_disclosure"])
    if excluded_labels:
        notes.append(t["excluded"].format(labels=", ".join(f"‘{x}’" for x in excluded_labels)))
    if responses is not None and getattr(responses, "synthetic", False):
        notes.append(_evi_t(lang)["synthetic"])
    title = f"{t['likert_title']}: {definition.label.text(lang)}"
    if owned:
        fig.suptitle(title, x=0.01, ha="left", fontsize=12)
    else:
        a = axes[0]
        a.set_title(title, loc="left", fontsize=10, pad=28)
    _notes(fig, owned, axes, notes)
    return fig


def _likert_colours(n: int) -> List[str]:
    """Red shades for disagreement (darkest at the end), grey for the middle point, blue for agreement."""
    reds = {1: ["#d6604d"], 2: ["#b2182b", "#f4a582"], 3: ["#b2182b", "#d6604d", "#f4a582"],
            4: ["#67001f", "#b2182b", "#d6604d", "#f4a582"]}
    blues = {1: ["#4393c3"], 2: ["#92c5de", "#2166ac"], 3: ["#92c5de", "#4393c3", "#2166ac"],
             4: ["#92c5de", "#4393c3", "#2166ac", "#053061"]}
    half = min(n // 2, 4)
    left, right = (reds[half], blues[half]) if half else ([], [])
    middle = ["#d9d9d9"] * (n - 2 * half)
    return left + middle + right
