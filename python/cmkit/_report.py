"""The report's sections and their text form (the implementation behind :mod:`cmkit.report`).

:func:`report_sections` makes the one list of sections that both the text report (:func:`render_overview`)
and the HTML report (:mod:`cmkit.report_html`) are written from. This module does not import the HTML
writer, so ``cmkit.report_html`` and ``cmkit.plots`` can import it without an import circle; the public
names are re-exported by :mod:`cmkit.report`, which also holds ``render_html`` and ``write_pdf``.
"""
from __future__ import annotations

from typing import Iterable, List, Sequence

from cmkit import _core
from cmkit._tables import text_table

__all__ = ["render_overview", "report_sections", "summary_parts", "collect_findings", "HEADINGS"]

HEADINGS = {
    "nl": {
        "penvoerder": "Penvoerder",
        "region": "Regio",
        "edition": "Regeling",
        "period": "Planperiode",
        "phases": "Fasen",
        "phase": "fase",
        "objectives": "Projectdoelstellingen",
        "lines": "Programmalijnen",
        "serves": "doelstellingen",
        "tracks": "Tweesporenbeleid: sporen en stappen",
        "repeatable": "kan jaarlijks herhaald worden",
        "new_schools": "nieuwe scholen",
        "existing_schools": "bestaande scholen",
        "trial": "proefstap vóór definitieve deelname",
        "continues": "gaat daarna verder in",
        "renewal_from": "met curriculumvernieuwing vanaf fase",
        "baseline": "nulmeting met",
        "targets": "Resultaten per periode (aantallen)",
        "total_sum": "som",
        "target": "Resultaat",
        "unique_total": "Totaal uniek",
        "context": "Context",
        "municipalities": "Gemeenten en gemeentelijke differentiatie",
        "inhabitants": "inwoners op",
        "source": "bron",
        "unknown_inhabitants": "inwonertal onbekend",
        "steering": "Stuurgroep",
        "new_in": "nieuw in",
        "knowledge": "Kennisdeling",
        "topics": "Onderwerpen",
        "monitoring": "Monitoring en evaluatie: kalender",
        "per_year": "x per jaar",
        "continuous": "doorlopend",
        "scope": {"region": "regio", "school": "per school", "school-and-partner": "per school en partner",
                  "activity": "per activiteit"},
        "other_instruments": "Overige middelen",
        "planning": "Globale planning",
        "outline": "op hoofdlijnen",
        "risks": "Risico's en beheersmaatregelen",
        "mitigation": "Maatregel",
        "budget": "Begroting (bedragen in euro's)",
        "income": "Baten",
        "costs": "Lasten",
        "total_income": "Totale baten",
        "total_costs": "Totale lasten",
        "result": "Resultaat",
        "total": "Totaal",
        "hours": "Bijdrage van scholen in uren",
        "hours_line": "Bijdrage van scholen {sector} in uren",
        "in_kind_line": "Inzet scholen {sector} in natura (uren × {rate} per uur)",
        "validation": "Toetsing van de begroting ({rules})",
        "no_findings": "Geen bevindingen.",
        "summary": "{errors} fout(en), {warnings} waarschuwing(en), {infos} toelichting(en)",
        "severity": {"error": "fout", "warning": "waarschuwing", "info": "info"},
        "matching": "Matching per gemeente",
        "basis": "Grondslag",
        "unsplit": "niet verdeeld",
        "bases": {"inhabitants": "naar inwonertal — afgeleid door cmkit, niet uit het plan: het plan noemt alleen het "
                                 "totaal van de matching; cmkit verdeelt dat naar inwonertal, op de cent (grootste-restmethode)",
                  "agreed": "afgesproken bedragen, uit het plan", "unsplit": "niet verdeeld"},
        "matching_derived": "Matching per gemeente (afgeleid: verdeling naar inwonertal door cmkit)",
        "bva": "Begroting en realisatie",
        "budgeted": "Begroot",
        "actual": "Realisatie",
        "difference": "Verschil",
        "realised_pct": "% gerealiseerd",
        "category": "Categorie",
        "year": "Jaar",
        "remaining": "Wat resteert voor fase {phase}",
        "before": "Begroot (gerealiseerde jaren)",
        "unreported": "Begroot, nog niet gerealiseerd",
        "spent_before": "Gerealiseerd",
        "carry": "Over te hevelen",
        "phase_budget": "Begroting fase {phase}",
        "available": "Beschikbaar",
        "side_income": "baten",
        "side_cost": "lasten",
        "locked": "afgesloten jaren",
        "trajectories": "Trajecten van scholen",
        "progress": "Voortgang van de resultaten",
        "evi": "Evi: regionale analyse",
        "synthetic": "LET OP: synthetische demo-gegevens (verzonnen scholen en resultaten), geen echte voortgang.",
        "as_of": "Stand op {date}",
        "status": {"not-started": "niet gestart", "active": "loopt", "paused": "gepauzeerd", "stopped": "gestopt",
                   "finished": "afgerond"},
        "track": "Spoor",
        "schools_n": "scholen",
        "school_1": "school",
        "as_of_data": "Stand op {date} (de laatste datum in de gegevens)",
        "in_step": "in stap",
        "renewal": "met curriculumvernieuwing",
        "planned": "Gepland",
        "achieved": "Behaald",
        "priorities": "Gemeentelijke prioriteiten zonder activiteit",
        "none": "geen",
        "notes": "Opmerkingen bij de gegevens",
        "levels": {"national": "Landelijk", "provincial": "Provinciaal", "regional": "Regionaal",
                   "municipal": "Gemeentelijk"},
        "performed_by": "door",
        "first_held": "eerste keer",
        "initiatives": "Initiatieven",
        "fictional": "FICTIEF VOORBEELDPLAN: regio, gemeenten, bedragen en doelen zijn verzonnen.",
        "runs_in": "loopt in",
        "plan_intends": "plan",
        "line": "programmalijn",
        "since": "sinds",
        "cmk_since": "in CmK sinds",
        "summary_title": "Samenvatting",
        "sum_budget": "Begroting per jaar (euro's)",
        "sum_matching": "Matching: Rijk (FCP) en gemeenten (euro's)",
        "sum_targets": "Resultaten: gepland en behaald (hele planperiode)",
        "sum_targets_plan": "Resultaten: gepland (geen voortgangsgegevens)",
        "sum_evi": "Evi: kerncijfers",
        "sum_findings": "Open bevindingen",
        "income_total": "Baten",
        "cost_total": "Lasten",
        "share_done": "% behaald",
        "source_col": "Bron",
        "src_plan": "Plan en begroting",
        "src_actuals": "Realisatie",
        "src_progress": "Voortgang en trajecten",
        "src_evi": "Evi-analyse",
        "findings_listed": "Fouten en waarschuwingen:",
        "see_section": "zie §{n}",
        "matching_basis_short": "Verdeling per gemeente: {basis} ({where}).",
        "basis_short": {"inhabitants": "naar inwonertal, afgeleid door cmkit", "agreed": "afgesproken bedragen uit het plan",
                        "unsplit": "niet verdeeld"},
        "population": "Inwonertallen op {date}; bron: {source}",
        "population_see": "inwonertallen op {date}, bron in §{n}",
        "synthetic_summary": "LET OP: synthetische demo-gegevens (verzonnen), geen echte resultaten: {parts}.",
        "synthetic_parts": {"progress": "voortgang en trajecten", "evi": "Evi"},
        "and": "en",
        "evi_response": "Respons (regio)",
        "evi_response_line": "{wave}: {received} van {expected} scholen ({pct}%)",
        "evi_response_line_noexp": "{wave}: {received} scholen",
        "evi_scenarios": "Scholen per scenario (regio; * = onderdrukt)",
        "evi_scenarios_latest": "Scholen per scenario in {wave} (regio; * = onderdrukt)",
        "evi_change": "Verandering tussen metingen (regio; scholen in beide metingen)",
        "evi_more": "Alle tabellen (per gemeente, sector en spoor; overgangen, samenhang, alfa, intervallen, ambitie, items): {cmd}",
        "evi_findings": "Controle van de antwoorden: {summary}",
        "evi_method": "Methode {method}, k = {k}, seed {seed}; antwoorden sha256 {digest}…",
        "notes_hidden": "{n} opmerkingen over het overnemen van de brontekst (tegenstrijdigheden en aannames); "
                        "volledig met `cmkit report --notes` (Python: notes=True).",
        "chart_missing": "Grafieken ontbreken: matplotlib is niet geïnstalleerd (pip install 'cmkit[plots]'); de tabellen zijn volledig.",
        "synthetic_marker": "SYNTHETISCHE DEMO-GEGEVENS",
        "generated": "Gemaakt met cmkit {version}",
        "contents": "Inhoud",
    },
    "en": {
        "penvoerder": "Lead organisation (penvoerder)",
        "region": "Region",
        "edition": "Regulation",
        "period": "Plan period",
        "phases": "Phases",
        "phase": "phase",
        "objectives": "Project objectives",
        "lines": "Programme lines",
        "serves": "objectives",
        "tracks": "Two-track policy: tracks and steps",
        "repeatable": "may be repeated every year",
        "new_schools": "new schools",
        "existing_schools": "existing schools",
        "trial": "trial step before joining definitively",
        "continues": "then continues in",
        "renewal_from": "with curriculum renewal from phase",
        "baseline": "baseline measurement with",
        "targets": "Results per period (counts)",
        "total_sum": "sum",
        "target": "Result",
        "unique_total": "Unique total",
        "context": "Context",
        "municipalities": "Municipalities and their priorities",
        "inhabitants": "inhabitants on",
        "source": "source",
        "unknown_inhabitants": "inhabitants unknown",
        "steering": "Steering group",
        "new_in": "new in",
        "knowledge": "Knowledge sharing",
        "topics": "Topics",
        "monitoring": "Monitoring and evaluation: calendar",
        "per_year": "x a year",
        "continuous": "continuous",
        "scope": {"region": "region", "school": "per school", "school-and-partner": "per school and partner",
                  "activity": "per activity"},
        "other_instruments": "Other instruments",
        "planning": "Global planning",
        "outline": "outline",
        "risks": "Risks and mitigation",
        "mitigation": "Mitigation",
        "budget": "Budget (amounts in euros)",
        "income": "Income",
        "costs": "Costs",
        "total_income": "Total income",
        "total_costs": "Total costs",
        "result": "Result",
        "total": "Total",
        "hours": "School contributions in hours",
        "hours_line": "School contribution {sector} in hours",
        "in_kind_line": "In-kind time of {sector} schools (hours × {rate} an hour)",
        "validation": "Budget checks ({rules})",
        "no_findings": "No findings.",
        "summary": "{errors} error(s), {warnings} warning(s), {infos} info",
        "severity": {"error": "error", "warning": "warning", "info": "info"},
        "matching": "Matching per municipality",
        "basis": "Basis",
        "unsplit": "not split",
        "bases": {"inhabitants": "by inhabitants — derived by cmkit, not from the plan: the plan states only the "
                                 "matching total; cmkit divides it by inhabitants, to the cent (largest remainder)",
                  "agreed": "agreed amounts, from the plan", "unsplit": "not split"},
        "matching_derived": "Matching per municipality (derived: split by inhabitants by cmkit)",
        "bva": "Budget and actuals",
        "budgeted": "Budget",
        "actual": "Actual",
        "difference": "Difference",
        "realised_pct": "% realised",
        "category": "Category",
        "year": "Year",
        "remaining": "What remains for phase {phase}",
        "before": "Budget (reported years)",
        "unreported": "Budget, not yet reported",
        "spent_before": "Actual",
        "carry": "Carry-over",
        "phase_budget": "Budget phase {phase}",
        "available": "Available",
        "side_income": "income",
        "side_cost": "costs",
        "locked": "locked years",
        "trajectories": "School trajectories",
        "progress": "Progress on the result targets",
        "evi": "Evi: regional analysis",
        "synthetic": "NOTE: synthetic demo data (made-up schools and results), not real progress.",
        "as_of": "As of {date}",
        "status": {"not-started": "not started", "active": "running", "paused": "paused", "stopped": "stopped",
                   "finished": "finished"},
        "track": "Track",
        "schools_n": "schools",
        "school_1": "school",
        "as_of_data": "As of {date} (the last date in the data)",
        "in_step": "in step",
        "renewal": "with curriculum renewal",
        "planned": "Planned",
        "achieved": "Achieved",
        "priorities": "Municipal priorities without an activity",
        "none": "none",
        "notes": "Notes on the data",
        "levels": {"national": "National", "provincial": "Provincial", "regional": "Regional",
                   "municipal": "Municipal"},
        "performed_by": "by",
        "first_held": "first held",
        "initiatives": "Initiatives",
        "fictional": "FICTIONAL EXAMPLE PLAN: region, municipalities, amounts and targets are made up.",
        "runs_in": "runs in",
        "plan_intends": "plan",
        "line": "programme line",
        "since": "since",
        "cmk_since": "in CmK since",
        "summary_title": "Summary",
        "sum_budget": "Budget per year (euros)",
        "sum_matching": "Matching: national grant (FCP) and municipalities (euros)",
        "sum_targets": "Results: planned and achieved (whole plan period)",
        "sum_targets_plan": "Results: planned (no progress data)",
        "sum_evi": "Evi: headline figures",
        "sum_findings": "Open findings",
        "income_total": "Income",
        "cost_total": "Costs",
        "share_done": "% achieved",
        "source_col": "Source",
        "src_plan": "Plan and budget",
        "src_actuals": "Actuals",
        "src_progress": "Progress and trajectories",
        "src_evi": "Evi analysis",
        "findings_listed": "Errors and warnings:",
        "see_section": "see §{n}",
        "matching_basis_short": "Split per municipality: {basis} ({where}).",
        "basis_short": {"inhabitants": "by inhabitants, derived by cmkit", "agreed": "agreed amounts from the plan",
                        "unsplit": "not split"},
        "population": "Inhabitants on {date}; source: {source}",
        "population_see": "inhabitants on {date}, source in §{n}",
        "synthetic_summary": "NOTE: synthetic (made-up) demo data, not real results: {parts}.",
        "synthetic_parts": {"progress": "progress and trajectories", "evi": "Evi"},
        "and": "and",
        "evi_response": "Response (region)",
        "evi_response_line": "{wave}: {received} of {expected} schools ({pct}%)",
        "evi_response_line_noexp": "{wave}: {received} schools",
        "evi_scenarios": "Schools per scenario (region; * = suppressed)",
        "evi_scenarios_latest": "Schools per scenario in {wave} (region; * = suppressed)",
        "evi_change": "Change between waves (region; schools in both waves)",
        "evi_more": "All tables (per municipality, sector and track; transitions, consistency, alpha, intervals, ambition, items): {cmd}",
        "evi_findings": "Checking the answers: {summary}",
        "evi_method": "Method {method}, k = {k}, seed {seed}; answers sha256 {digest}…",
        "notes_hidden": "{n} notes on how the source text was transcribed (contradictions and judgement calls); "
                        "in full with `cmkit report --notes` (Python: notes=True).",
        "chart_missing": "Charts left out: matplotlib is not installed (pip install 'cmkit[plots]'); the tables are complete.",
        "synthetic_marker": "SYNTHETIC DEMO DATA",
        "generated": "Made with cmkit {version}",
        "contents": "Contents",
    },
}


def _enum_text(value) -> str:
    return value.name.lower().replace("_", "-")


# ---- the document model ---------------------------------------------------------------------------------
#
# The report is built once as a list of sections; render_overview writes it as text, cmkit.report_html as
# HTML. A section's parts are lines of text (str, their leading spaces are the indentation), tables, marker
# lines (synthetic or fictional data), subsections and charts (HTML only). Every figure in a part was
# computed by the library; the renderers only lay it out.

class Table:
    """A table of text cells: a header, rows (a row of empty cells is a gap, a row with only its first cell
    a sub-heading) and the indentation it has in the text report."""

    __slots__ = ("header", "rows", "indent", "strong", "bars")

    def __init__(self, header: Sequence[str], rows: Iterable[Sequence[str]], indent: str = "  ",
                 strong: Iterable[int] = (), bars=None):
        self.header = [str(c) for c in header]
        self.rows = [[str(c) for c in r] for r in rows]
        self.indent = indent
        self.strong = set(strong)  # row indices set in bold in HTML (totals)
        self.bars = bars  # per row (achieved, planned) or None: a progress bar in HTML

    def lines(self) -> List[str]:
        return _table(self.header, self.rows, self.indent)


class Marker:
    """A warning line that must be seen: synthetic data or a fictional plan (a banner in HTML)."""

    __slots__ = ("text", "kind")

    def __init__(self, text: str, kind: str = "synthetic"):
        self.text, self.kind = text, kind


class Chart:
    """A chart of :mod:`cmkit.plots` (``name`` is the function, ``args``/``kwargs`` its arguments); drawn in
    the HTML report only, left out of the text."""

    __slots__ = ("name", "args", "kwargs")

    def __init__(self, name: str, *args, **kwargs):
        self.name, self.args, self.kwargs = name, args, kwargs


class Sub:
    """A titled block inside a section (a card in the HTML summary)."""

    __slots__ = ("title", "parts", "synthetic", "key")

    def __init__(self, title: str, parts: list, synthetic: bool = False, key: str = ""):
        self.title, self.parts, self.synthetic, self.key = title, parts, synthetic, key


class Section:
    """A numbered section (``number`` None for the title block and the summary)."""

    __slots__ = ("number", "title", "parts", "synthetic", "key")

    def __init__(self, number, title: str, parts: list, synthetic: bool = False, key: str = ""):
        self.number, self.title, self.parts, self.synthetic, self.key = number, title, parts, synthetic, key


def _flatten(parts) -> List[str]:
    """The text lines of a list of parts (charts leave nothing)."""
    out: List[str] = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, Table):
            out += p.lines()
        elif isinstance(p, Marker):
            out.append("  " + p.text)
        elif isinstance(p, Sub):
            out.append(f"  {p.title}")
            out += _flatten(p.parts)
    return out


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], indent: str = "  ") -> List[str]:
    """Left-aligned first column, right-aligned numbers; a rule under the header (cmkit._tables)."""
    return text_table(header, rows, indent)


def _section(out: List[str], number: int, title: str) -> None:
    out += ["", f"{number}. {title}", "=" * (len(title) + len(str(number)) + 2)]


def _headings(lang: str) -> dict:
    if lang not in HEADINGS:
        raise _core_invalid(f"unknown language {lang!r}; expected 'nl' or 'en'")
    return HEADINGS[lang]


def _money(m, lang: str, cents: str = "auto") -> str:
    return m.format("nl" if lang == "nl" else "en", False, cents)


def _target_periods(plan) -> List[str]:
    """The names of every reporting period of the plan's targets, in order of their start (then end)."""
    seen = {}
    for t in plan.targets:
        for tp in t.periods:
            a, b = tp.period.start, tp.period.end
            seen.setdefault(tp.name(), (a.year, a.month, a.day, b.year, b.month, b.day))
    return sorted(seen, key=seen.__getitem__)


def _total_heading(plan, h) -> str:
    unique = all(t.counting == _core.TargetCounting.UNIQUE for t in plan.targets)
    return h["unique_total"] if unique else h["total"]


def budget_parts(budget: "_core.Budget", lang: str = "nl", in_kind=None) -> list:
    """The parts of :func:`budget_lines` (its table as a :class:`Table`)."""
    h = _headings(lang)
    L = lambda label: label.text(lang)  # noqa: E731
    num = lambda n: _core.format_integer(n, "nl" if lang == "nl" else "en")  # noqa: E731
    money = lambda m: _money(m, lang)  # noqa: E731
    b = budget
    byears = b.years()
    rates = {}
    for k, v in (in_kind or {}).items():
        rates[getattr(_core.Sector, k) if isinstance(k, str) else k] = v
    if rates:
        _core.budget_rows(b, rates)  # the core's checks of the rates (below zero; valued hours beyond 64-bit cents)
    kind_rows = []
    for hl in b.school_hours:
        if hl.sector in rates:
            rate = rates[hl.sector]
            label = h["in_kind_line"].format(sector=hl.sector.name, rate=money(rate))
            kind_rows.append((label, {y: rate * n for y, n in hl.hours.items()}))
    header = [""] + [str(y) for y in byears] + [h["total"]]
    blank = [""] * (len(byears) + 2)
    rows = []
    strong = []
    for side, lines, heading, total_label in ((_core.Side.INCOME, b.income, "income", "total_income"),
                                              (_core.Side.COST, b.costs, "costs", "total_costs")):
        rows.append([h[heading].upper()] + blank[1:])
        for line in lines:
            rows.append([L(line.label)] + [money(line.amounts[y]) if y in line.amounts else "" for y in byears]
                        + [money(line.total())])
        strong.append(len(rows))
        rows.append([h[total_label]] + [money(b.year_total(side, y)) for y in byears] + [money(b.total(side))])
        for label, per_year in kind_rows:
            total = _core.Money(sum(v.cents for v in per_year.values()))
            rows.append([f"+ {label}"] + [money(per_year[y]) if y in per_year else "" for y in byears] + [money(total)])
        rows.append(blank)
    strong.append(len(rows))
    rows.append([h["result"]] + [money(b.result(y)) for y in byears] + [money(b.result())])
    rows.append(blank)
    for hl in b.school_hours:
        rows.append([h["hours_line"].format(sector=hl.sector.name)]
                    + [num(hl.hours[y]) if y in hl.hours else "" for y in byears] + [num(hl.total())])
    out: list = []
    if b.description:
        out += [f"  {b.version}: {b.description}", ""]
    return out + [Table(header, rows, strong=strong)]


def budget_lines(budget: "_core.Budget", lang: str = "nl", in_kind=None) -> List[str]:
    """The budget as a text table: lines per side by year with totals, the result, the school hours,
    and — only when ``in_kind`` rates ({Sector: Money}) are given — the valued in-kind time on both sides."""
    return _flatten(budget_parts(budget, lang, in_kind))


def _severity_counts(findings) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity.name.lower()] += 1
    return counts


def findings_lines(findings, lang: str = "nl") -> List[str]:
    """Findings as lines `severity CODE path: message`, errors first, and a summary line."""
    h = _headings(lang)
    out = []
    for f in findings:
        sev = f.severity.name.lower()
        where = f" {f.path}" if f.path else ""
        out.append(f"  {h['severity'][sev]:<12} {f.code}{where}")
        out.append(f"      {f.message_nl if lang == 'nl' else f.message_en}")
    if not findings:
        out.append(f"  {h['no_findings']}")
    counts = _severity_counts(findings)
    out.append("  " + h["summary"].format(errors=counts["error"], warnings=counts["warning"], infos=counts["info"]))
    return out


def _common_population(plan):
    """(reference date, source) when every municipality's inhabitants have the same date and source, else None."""
    pops = {(str(m.inhabitants.reference_date), m.inhabitants.source)
            for m in plan.municipalities if m.inhabitants is not None}
    if len(pops) == 1 and all(m.inhabitants is not None for m in plan.municipalities):
        return next(iter(pops))
    return None


def matching_parts(plan: "_core.Plan", budget: "_core.Budget", lang: str = "nl", population_section=None) -> list:
    """The parts of :func:`matching_lines`. With ``population_section`` (the number of the section that
    names the inhabitants' source) a split by inhabitants refers to it instead of repeating the source."""
    h = _headings(lang)
    split = _core.matching_split(plan, budget)
    years = sorted({r.year for r in split.rows})
    names = {m.id: m.name for m in plan.municipalities}
    keys = []
    for r in split.rows:
        if r.municipality not in keys:
            keys.append(r.municipality)
    rows = []
    for k in keys:
        label = names.get(k, k) if k is not None else h["unsplit"]
        cells = []
        for y in years:
            amt = sum((r.amount.cents for r in split.rows if r.year == y and r.municipality == k), 0)
            cells.append(_money(_core.Money(amt), lang, "always"))
        total = sum((r.amount.cents for r in split.rows if r.municipality == k), 0)
        rows.append([label] + cells + [_money(_core.Money(total), lang, "always")])
    rows.append([h["total"]] + [_money(split.year_total(y), lang, "always") for y in years]
                + [_money(_core.Money(sum(r.amount.cents for r in split.rows)), lang, "always")])
    out: list = [Table([""] + [str(y) for y in years] + [h["total"]], rows, strong=[len(rows) - 1])]
    reason = split.reason.text(lang) if split.reason is not None else ""
    common = _common_population(plan)
    if (population_section is not None and split.basis == _core.MatchingBasis.INHABITANTS and common is not None
            and common[1] in reason):
        reason = h["population_see"].format(date=common[0], n=population_section)
    out += ["", f"  {h['basis']}: {h['bases'][split.basis.name.lower()]}" + (f" — {reason}" if reason else "")]
    return out


def matching_lines(plan: "_core.Plan", budget: "_core.Budget", lang: str = "nl") -> List[str]:
    """The matching split as a table municipality × year with totals, and its basis."""
    return _flatten(matching_parts(plan, budget, lang))


def budget_vs_actual_parts(plan: "_core.Plan", budget: "_core.Budget", actuals, lang: str = "nl") -> list:
    """The parts of :func:`budget_vs_actual_lines`."""
    h = _headings(lang)
    rows = []
    for r in _core.budget_vs_actual(budget, actuals):
        pct = f"{r.realised.percent_text(1, lang)}%" if r.realised is not None else "–"
        side = h["side_income"] if r.side == _core.Side.INCOME else h["side_cost"]
        rows.append([f"{r.year} {side}: {_core.category_label(r.category).text(lang)}", _money(r.budget, lang),
                     _money(r.actual, lang), _money(r.difference, lang), pct])
    out: list = [Table(["", h["budgeted"], h["actual"], h["difference"], h["realised_pct"]], rows)]
    if actuals.locked_years:
        out += ["", f"  {h['locked']}: " + ", ".join(str(y) for y in actuals.locked_years)]
    if any(p.number == 2 for p in plan.phases):
        out += ["", "  " + h["remaining"].format(phase=2)]
        rem = []
        for r in _core.remaining_for_phase(plan, budget, actuals, 2):
            side = h["side_income"] if r.side == _core.Side.INCOME else h["side_cost"]
            rem.append([f"{side}: {_core.category_label(r.category).text(lang)}", _money(r.budget_before, lang),
                        _money(r.actual_before, lang), _money(r.carry_over, lang), _money(r.budget_unreported, lang),
                        _money(r.budget_phase, lang), _money(r.available, lang)])
        out.append(Table(["", h["before"], h["spent_before"], h["carry"], h["unreported"],
                          h["phase_budget"].format(phase=2), h["available"]], rem))
    return out


def budget_vs_actual_lines(plan: "_core.Plan", budget: "_core.Budget", actuals, lang: str = "nl") -> List[str]:
    """Budget versus actual per year, side and category; then what remains for fase 2."""
    return _flatten(budget_vs_actual_parts(plan, budget, actuals, lang))


def _last_date(data):
    dates = [e.date for e in data.events] + [a.date for a in data.activities]
    return max(dates, key=str) if dates else None


def _trajectory_analysis(plan, data, on=None):
    on = on or _last_date(data)
    return on, _core.analyse_trajectories(plan, data.schools, data.events, on)


def trajectory_parts(plan: "_core.Plan", data, lang: str = "nl", on=None) -> list:
    """The parts of :func:`trajectory_lines`."""
    h = _headings(lang)
    given = on is not None
    on, analysis = _trajectory_analysis(plan, data, on)
    out: list = []
    if data.synthetic:
        out.append(Marker(h["synthetic"]))
    if on is not None:
        out.append("  " + h["as_of" if given else "as_of_data"].format(date=on))
    schools = lambda n: f"{n} {h['school_1'] if n == 1 else h['schools_n']}"  # noqa: E731
    statuses = ["not-started", "active", "paused", "stopped", "finished"]
    tracks = [t.id for t in plan.tracks]
    counts = {}
    for st in analysis.states:
        key = st.track or next((s.track for s in data.schools.schools if s.brin == st.school), "") or ""
        counts.setdefault(key, {k: 0 for k in statuses})
        counts[key][st.status.name.lower().replace("_", "-")] += 1
    rows = []
    for t in tracks + sorted(k for k in counts if k not in tracks):
        if t in counts:
            rows.append([t] + [str(counts[t][k]) for k in statuses])
    out.append(Table([h["track"]] + [h["status"][k] for k in statuses], rows))
    steps = {}
    for st in analysis.states:
        if st.current_step is not None:
            steps.setdefault((st.track, st.current_step), 0)
            steps[(st.track, st.current_step)] += 1
    if steps:
        out.append("")
        out += [f"  {t} {h['in_step']} {n}: {schools(c)}" for (t, n), c in sorted(steps.items())]
    renewal = sum(1 for st in analysis.states if st.renewal_started is not None)
    if renewal:
        out.append(f"  {schools(renewal)} {h['renewal']}")
    if analysis.findings:
        out += [""] + findings_lines(analysis.findings, lang)
    return out


def trajectory_lines(plan: "_core.Plan", data, lang: str = "nl", on=None) -> List[str]:
    """Trajectory status per track (schools per status, open steps) on ``on`` (default: the last date
    in the data), with a warning line when the data is synthetic, and the findings of the log."""
    return _flatten(trajectory_parts(plan, data, lang, on))


def progress_parts(plan: "_core.Plan", data, lang: str = "nl", as_of=None) -> list:
    """The parts of :func:`progress_lines`."""
    h = _headings(lang)
    L = lambda label: label.text(lang)  # noqa: E731
    out: list = []
    if data.synthetic:
        out.append(Marker(h["synthetic"]))
    rows_by_target = {}
    for r in _core.target_progress(plan, data, as_of):
        rows_by_target.setdefault(r.target, (r.label, {}))[1][r.period] = r
    periods = _target_periods(plan) + ["total"]
    rows = []
    for target, (label, cells) in rows_by_target.items():
        rows.append([L(label)] + [f"{cells[p].achieved if cells[p].achieved is not None else '–'} / {cells[p].planned}"
                                  if p in cells else "" for p in periods])
    out.append(Table([f"{h['achieved']} / {h['planned']}"] + periods[:-1] + [_total_heading(plan, h)], rows))
    out.append(Chart("targets", plan, data, as_of=as_of))
    out += [""] + findings_lines(_core.check_progress(plan, data, as_of), lang)
    open_ = [c for c in _core.priority_coverage(plan, data) if not c.activities]
    names = {m.id: m.name for m in plan.municipalities}
    out += ["", f"  {h['priorities']}:" + ("" if open_ else f" {h['none']}")]
    out += [f"   - {names.get(c.municipality, c.municipality)}: {L(c.label)}" for c in open_]
    return out


def progress_lines(plan: "_core.Plan", data, lang: str = "nl", as_of=None) -> List[str]:
    """Planned against achieved per target and period, the progress findings, and the municipal
    priorities no activity serves yet."""
    return _flatten(progress_parts(plan, data, lang, as_of))


# ---- the Evi headline --------------------------------------------------------------------------------------

def _evi_count(v) -> str:
    return "*" if v is None else str(v)


def _evi_command(analysis) -> str:
    """The command that writes every table of the analysis (the demo's responses are named 'demo')."""
    inputs = [i for i in analysis.manifest.inputs if i.role == "responses"]
    demo = bool(inputs) and inputs[0].name.replace("\\", "/").startswith("data/evi_demo/")
    return "`cmkit evi analyse " + ("demo" if demo else "RESPONSES --schools SCHOOLS") + " -o DIR`"


def evi_parts(analysis, lang: str = "nl", summary: bool = False) -> list:
    """The regional Evi analysis in short: the response per wave, the schools per scenario and the change
    between waves for the region (suppressed cells as ``*``), the checks of the answers and the method, and
    the command that writes every table. ``summary=True``: the response and the last wave only."""
    from cmkit.evi import table_rows

    h = _headings(lang)
    m = analysis.manifest
    out: list = []
    if m.synthetic and not summary:
        out.append(Marker(_evi_synthetic_text(lang)))
    resp = [r for r in table_rows(analysis, "response") if r["group_by"] == "all"]
    lines = []
    for r in resp:
        if r["expected"]:
            pct = _core.Ratio(r["received"], r["expected"]).percent_text(0, lang)
            lines.append(h["evi_response_line"].format(wave=r["wave"], received=r["received"], expected=r["expected"], pct=pct))
        else:
            lines.append(h["evi_response_line_noexp"].format(wave=r["wave"], received=r["received"]))
    out.append(f"  {h['evi_response']}: " + "; ".join(lines))
    dist = [r for r in table_rows(analysis, "distribution") if r["group_by"] == "all"]
    waves = sorted({r["wave"] for r in dist})
    if summary and waves:
        dist = [r for r in dist if r["wave"] == waves[-1]]
    scen = sorted({r["scenario"] for r in dist})
    keys = []
    for r in dist:
        if (r["pillar"], r["wave"]) not in keys:
            keys.append((r["pillar"], r["wave"]))
    rows = []
    for pillar, wave in keys:
        cells = {r["scenario"]: r["schools"] for r in dist if r["pillar"] == pillar and r["wave"] == wave}
        rows.append([pillar if summary else f"{pillar} {wave}"] + [_evi_count(cells.get(s)) for s in scen])
    title = h["evi_scenarios_latest"].format(wave=waves[-1]) if summary and waves else h["evi_scenarios"]
    out += ["", f"  {title}", Table([_evi_t(lang)["pillar"]] + [f"sc. {s}" for s in scen], rows)]
    if not summary:
        out.append(Chart("evi_pyramids", analysis))
        pc = table_rows(analysis, "paired_change")
        if pc:
            t = _evi_t(lang)
            out += ["", f"  {h['evi_change']}"]
            out.append(Table([t["pillar"], t["wave"], t["schools"], t["up"], t["same"], t["down"]],
                             [[r["pillar"], f"{r['from_wave']}→{r['to_wave']}", str(r["schools"]), _evi_count(r["up"]),
                               _evi_count(r["same"]), _evi_count(r["down"])] for r in pc]))
        counts = _severity_counts(analysis.findings)
        out += ["", "  " + h["evi_findings"].format(summary=h["summary"].format(
            errors=counts["error"], warnings=counts["warning"], infos=counts["info"]))]
        digest = next((i.sha256[:16] for i in m.inputs if i.role == "responses"), "")
        out.append("  " + h["evi_method"].format(method=m.method, k=m.options.k, seed=m.options.seed, digest=digest))
    out += ["", "  " + h["evi_more"].format(cmd=_evi_command(analysis))]
    return out


def _evi_t(lang: str) -> dict:
    from cmkit.evi import _t

    return _t(lang)


def _evi_synthetic_text(lang: str) -> str:
    return _evi_t(lang)["synthetic"]


# ---- the summary ---------------------------------------------------------------------------------------------

def collect_findings(plan: "_core.Plan", rules=None, actuals=None, progress=None, evi=None) -> list:
    """Every open finding the report shows, as (source, Finding): the plan and budget checks
    (:func:`cmkit.validate` under ``rules``), the actuals (:func:`cmkit.validate_realisation`), the progress
    and trajectory checks, and the Evi analysis. Sources: 'plan', 'actuals', 'progress', 'evi'."""
    out = [("plan", f) for f in _core.validate(plan, rules=rules)]
    if actuals is not None:
        out += [("actuals", f) for f in _core.validate_realisation(plan, actuals)]
    if progress is not None:
        out += [("progress", f) for f in _core.check_progress(plan, progress)]
        out += [("progress", f) for f in _trajectory_analysis(plan, progress)[1].findings]
    if evi is not None:
        out += [("evi", f) for f in evi.findings]
    return out


def summary_parts(plan: "_core.Plan", lang: str = "nl", actuals=None, rules=None, progress=None, evi=None,
                  sections=None) -> list:
    """The one-page summary as subsections: the budget per year, the national grant against the municipal
    matching, the result targets against progress, the Evi headline and the open findings per severity.
    ``sections`` maps a key ('budget', 'matching', 'progress', 'evi', 'validation') to its section number."""
    h = _headings(lang)
    sections = sections or {}
    see = lambda key: h["see_section"].format(n=sections[key]) if key in sections else ""  # noqa: E731
    L = lambda label: label.text(lang)  # noqa: E731
    b = plan.budget
    years = b.years()
    out: list = []
    synthetic = [k for k, d in (("progress", progress), ("evi", evi)) if d is not None and (
        d.synthetic if k == "progress" else d.manifest.synthetic)]
    if plan.fictional:
        out.append(Marker(h["fictional"], "fictional"))
    if synthetic:
        where = {"progress": [sections.get("trajectories"), sections.get("progress")], "evi": [sections.get("evi")]}
        parts = [h["synthetic_parts"][k] + "".join(f" §{n}" for n in where[k] if n is not None) for k in synthetic]
        out.append(Marker(h["synthetic_summary"].format(parts="; ".join(parts))))

    # budget per year
    money = lambda m: _money(m, lang)  # noqa: E731
    rows = [[h["income_total"]] + [money(b.year_total(_core.Side.INCOME, y)) for y in years] + [money(b.total(_core.Side.INCOME))],
            [h["cost_total"]] + [money(b.year_total(_core.Side.COST, y)) for y in years] + [money(b.total(_core.Side.COST))],
            [h["result"]] + [money(b.result(y)) for y in years] + [money(b.result())]]
    out.append(Sub(h["sum_budget"] + (f" ({see('budget')})" if see("budget") else ""),
                   [Table([""] + [str(y) for y in years] + [h["total"]], rows, strong=[2])], key="budget"))

    # the national grant against the municipalities' matching
    split = _core.matching_split(plan, b)
    grant_lines = [line for line in b.income if line.category == "fcp_grant"]
    grant = {y: _core.Money.sum([line.amounts[y] for line in grant_lines if y in line.amounts]) for y in years}
    myears = sorted({r.year for r in split.rows})
    rows = [[L(_core.category_label("fcp_grant"))] + [money(grant[y]) for y in years]
            + [money(_core.Money.sum([line.total() for line in grant_lines]))],
            [L(_core.category_label("municipal_matching"))] + [money(split.year_total(y)) if y in myears else ""
                                                                for y in years]
            + [money(_core.Money.sum([split.year_total(y) for y in myears]))]]
    basis = h["basis_short"][split.basis.name.lower()]
    where = see("matching")
    parts = [Table([""] + [str(y) for y in years] + [h["total"]], rows)]
    parts.append("  " + h["matching_basis_short"].format(basis=basis, where=where).replace(" ()", ""))
    out.append(Sub(h["sum_matching"], parts, key="matching"))

    # targets against progress
    periods = _target_periods(plan)
    if progress is not None:
        rows = []
        bars = []
        for r in _core.target_progress(plan, progress):
            if r.period != "total":
                continue
            pct = (_core.Ratio(r.achieved, r.planned).percent_text(0, lang) + "%"
                   if r.achieved is not None and r.planned > 0 else "–")
            rows.append([L(r.label), _core.format_integer(r.planned, lang), "–" if r.achieved is None else
                         _core.format_integer(r.achieved, lang), pct])
            bars.append((r.achieved, r.planned))
        as_of = _last_date(progress)
        parts = [Table([h["target"], h["planned"], h["achieved"], h["share_done"]], rows, bars=bars)]
        if as_of is not None:
            parts.append("  " + h["as_of_data"].format(date=as_of) + (f"; {see('progress')}" if see("progress") else ""))
        out.append(Sub(h["sum_targets"], parts, synthetic=bool(progress.synthetic), key="targets"))
    else:
        rows = []
        for t in plan.targets:
            by_name = {tp.name(): tp.value for tp in t.periods}
            summed = t.counting != _core.TargetCounting.UNIQUE
            rows.append([L(t.label)] + [_core.format_integer(by_name[p], lang) if p in by_name else "" for p in periods]
                        + [_core.format_integer(t.total, lang) + (f" ({h['total_sum']})" if summed else "")])
        out.append(Sub(h["sum_targets_plan"], [Table([h["target"]] + periods + [_total_heading(plan, h)], rows)],
                       key="targets"))


    # open findings per source and severity
    found = collect_findings(plan, rules, actuals, progress, evi)
    order = ["plan", "actuals", "progress", "evi"]
    src = {"plan": h["src_plan"], "actuals": h["src_actuals"], "progress": h["src_progress"], "evi": h["src_evi"]}
    rows = []
    for key in order:
        fs = [f for s, f in found if s == key]
        if key == "plan" or fs or (key == "actuals" and actuals is not None) or (key == "progress" and progress is not None) \
                or (key == "evi" and evi is not None):
            c = _severity_counts(fs)
            rows.append([src[key], str(c["error"]), str(c["warning"]), str(c["info"])])
    total = _severity_counts([f for _, f in found])
    rows.append([h["total"], str(total["error"]), str(total["warning"]), str(total["info"])])
    sev = h["severity"]
    parts = [Table([h["source_col"], sev["error"], sev["warning"], sev["info"]], rows, strong=[len(rows) - 1])]
    serious = [(s, f) for s, f in found if f.severity != _core.Severity.INFO]
    serious.sort(key=lambda sf: 0 if sf[1].severity == _core.Severity.ERROR else 1)
    if serious:
        parts += ["", "  " + h["findings_listed"]]
        for s, f in serious:
            parts.append(f"   - {sev[f.severity.name.lower()]} {f.code}: {f.message_nl if lang == 'nl' else f.message_en}")
    out.append(Sub(h["sum_findings"] + (f" ({see('validation')})" if see("validation") else ""), parts,
                   synthetic=False, key="findings"))
    # Evi
    if evi is not None:
        parts = evi_parts(evi, lang, summary=True)
        parts[-1] = parts[-1] + (f" ({see('evi')})" if see("evi") else "")
        out.append(Sub(h["sum_evi"], parts, synthetic=bool(evi.manifest.synthetic), key="evi"))
    return out


# ---- the whole report -----------------------------------------------------------------------------------------

def report_sections(plan: "_core.Plan", lang: str = "nl", actuals=None, rules=None, progress=None, evi=None,
                    notes: bool = False) -> List[Section]:
    """The report as sections: the title block, the summary, then the numbered sections (see
    :func:`render_overview`). The text and the HTML report are both written from this."""
    h = _headings(lang)
    style = "nl" if lang == "nl" else "en"
    L = lambda label: label.text(lang)  # noqa: E731
    num = lambda n: _core.format_integer(n, style)  # noqa: E731
    sections: List[Section] = []
    numbers = {}

    def section(key: str, title: str, synthetic: bool = False) -> list:
        parts: list = []
        sections.append(Section(len(numbers) + 1, title, parts, synthetic, key))
        numbers[key] = len(numbers) + 1
        return parts

    head: list = []
    if plan.fictional:
        head.append(Marker(h["fictional"], "fictional"))
    pv = plan.penvoerder
    since = [f"{h['since']} {pv.active_since}"] if pv.active_since is not None else []
    since += [f"{h['cmk_since']} {pv.cmk_since}"] if pv.cmk_since is not None else []
    head.append(f"{h['penvoerder']}: {pv.name} ({pv.programme_name}" + "".join(f"; {x}" for x in since) + ")")
    head.append(f"{h['region']}: {plan.region.name} — " + ", ".join(m.name for m in plan.municipalities))
    head.append(f"{h['edition']}: {plan.edition}")
    head.append(f"{h['period']}: {plan.period.start} – {plan.period.end}")
    head.append(f"{h['phases']}: " + "; ".join(f"{h['phase']} {p.number} {p.period.name()}" for p in plan.phases))
    title_section = Section(None, L(plan.title), head, key="title")
    summary_section = Section(None, h["summary_title"], [], key="summary")

    out = section("objectives", h["objectives"])
    for o in plan.objectives:
        out.append(f"  {o.id}) {L(o.label)}")

    out = section("lines", h["lines"])
    for line in plan.programme_lines:
        out.append(f"  {line.id}. {L(line.label)}  ({h['serves']} {', '.join(line.objectives)})")
        for g in line.professionalisation_groups:
            out.append(f"       • {L(g.label)}")
        for al in line.activity_lists:
            phases = ", ".join(f"{h['phase']} {p}" for p in al.phases)
            sectors = "/".join(s.name for s in al.sectors)
            extra = f"; {sectors}" if sectors else ""
            out.append(f"     {L(al.label)} [{phases}{extra}]")
            for a in al.activities:
                out.append(f"       - {L(a.label)}")
            if not al.activities and al.note_nl:
                out.append(f"       ({al.note_nl})")
        out.append("")
    if out and out[-1] == "":
        out.pop()

    if plan.initiatives:
        out = section("initiatives", h["initiatives"])
        names = {m.id: m.name for m in plan.municipalities}
        for a in plan.initiatives:
            line = f" ({h['line']} {a.programme_line})" if a.programme_line else ""
            out.append(f"  {L(a.label)}{line}")
            if a.municipalities:
                out.append(f"     {h['runs_in']}: " + ", ".join(names.get(m, m) for m in a.municipalities))
            out.append(f"     “{a.description_nl}”")
            target = ", ".join(names.get(m, m) for m in a.planned_in)
            out.append(f"     {h['plan_intends']}{' (' + target + ')' if target else ''}: “{a.plan_nl}”")
            out.append("")
        out.pop()

    out = section("tracks", h["tracks"])
    for t in plan.tracks:
        facts = ["/".join(s.name for s in t.sectors), h["new_schools"] if t.new_schools else h["existing_schools"]]
        if t.repeatable_yearly:
            facts.append(h["repeatable"])
        if t.trial_step is not None:
            facts.append(f"{h['trial']}: {t.trial_step}")
        if t.continues_in:
            facts.append(f"{h['continues']} {t.continues_in}")
        if t.curriculum_renewal_from_phase is not None:
            facts.append(f"{h['renewal_from']} {t.curriculum_renewal_from_phase}")
        out.append(f"  {L(t.label)} ({'; '.join(facts)})")
        for s in t.steps:
            base = f" [{h['baseline']} {s.baseline_instrument}]" if s.baseline_instrument else ""
            out.append(f"     {s.number}. {L(s.label)}{base}")
        out.append("")
    if out:
        out.pop()

    out = section("targets", h["targets"])
    periods = _target_periods(plan)
    all_unique = all(t.counting == _core.TargetCounting.UNIQUE for t in plan.targets)
    rows = []
    for t in plan.targets:
        by_name = {tp.name(): tp.value for tp in t.periods}
        total = num(t.total) + ("" if all_unique or t.counting == _core.TargetCounting.UNIQUE else f" ({h['total_sum']})")
        rows.append([L(t.label)] + [num(by_name[p]) if p in by_name else "" for p in periods] + [total])
    out.append(Table([h["target"]] + periods + [_total_heading(plan, h)], rows))
    out += ["", f"  {h['context']}:"]
    for f in plan.context_figures:
        value = num(f.count) if f.count is not None else f"{f.share.percent_text(0, lang)}%"
        out.append(f"   - {L(f.label)}: {value}")

    out = section("municipalities", h["municipalities"])
    priorities = {mp.municipality: mp.priorities for mp in plan.municipal_priorities}
    common = _common_population(plan)
    for m in plan.municipalities:
        if m.inhabitants is not None:
            inh = m.inhabitants
            pop = f"{num(inh.count)} {h['inhabitants']} {inh.reference_date}"
            if common is None:
                pop += f" ({h['source']}: {inh.source})"
        else:
            pop = h["unknown_inhabitants"] + (f" — {m.inhabitants_note}" if m.inhabitants_note else "")
        out.append(f"  {m.name} ({m.cbs_code}): {pop}")
        for p in priorities.get(m.id, []):
            out.append(f"     - {L(p.label)}")
    if common is not None:
        out += ["", "  " + h["population"].format(date=common[0], source=common[1])]

    out = section("steering", h["steering"])
    sg = plan.steering_group
    out.append(f"  {L(sg.name)}")
    for mem in sg.members:
        new = f" ({h['new_in']} {mem.new_in})" if mem.new_in else ""
        out.append(f"   - {L(mem.label)}{new}")

    out = section("knowledge", h["knowledge"])
    for level in ("national", "provincial", "regional", "municipal"):
        forms = [f for f in plan.knowledge_sharing.forms if _enum_text(f.level) == level]
        if forms:
            out.append(f"  {h['levels'][level]}: " + "; ".join(
                L(f.label) + (f" ({h['new_in']} {f.new_in})" if f.new_in else "") for f in forms))
    out.append(f"  {h['topics']}: " + "; ".join(L(t.label) for t in plan.knowledge_sharing.topics))

    out = section("monitoring", h["monitoring"])
    years = [y.value for y in plan.period.years()]
    rhythmic = [a for a in plan.monitoring if a.times_per_year is not None]
    others = [a for a in plan.monitoring if a.times_per_year is None]
    rows = []
    for a in rhythmic:
        cells = [(f"{a.times_per_year}×" if a.held_in(y) else "–") for y in years]
        who = h["scope"][_enum_text(a.scope)]
        by = f", {h['performed_by']} {a.performed_by}" if a.performed_by else ""
        first = f", {h['first_held']} {a.first_held}" if a.first_held is not None else ""
        rows.append([f"{L(a.label)} ({who}{by}{first})"] + cells)
    out.append(Table([""] + [str(y) for y in years], rows))
    if others:
        out += ["", f"  {h['other_instruments']} ({h['continuous']}):"]
        out += [f"   - {L(a.label)}" + (f" ({h['first_held']} {a.first_held})" if a.first_held is not None else "")
                for a in others]

    out = section("planning", h["planning"])
    for py in plan.planning:
        outline = f", {h['outline']}" if py.outline_only else ""
        out.append(f"  {py.year} ({h['phase']} {py.phase}{outline})")
        for it in py.items:
            when = f" ({it.period.start} – {it.period.end})" if it.period is not None else ""
            out.append(f"     - {L(it.label)}{when}")

    out = section("risks", h["risks"])
    for r in plan.risks:
        out.append(f"  - {L(r.label)}")
        out.append(f"      {h['mitigation']}: {r.mitigation_nl}")

    out = section("budget", h["budget"])
    out += budget_parts(plan.budget, lang)
    out.append(Chart("budget", plan))

    out = section("validation", h["validation"].format(rules=rules or plan.edition))
    out += findings_lines(_core.validate(plan, rules=rules), lang)

    derived = _core.matching_split(plan, plan.budget).basis == _core.MatchingBasis.INHABITANTS
    out = section("matching", h["matching_derived" if derived else "matching"])
    out += matching_parts(plan, plan.budget, lang, population_section=numbers["municipalities"])
    out.append(Chart("matching", plan))

    if actuals is not None:
        out = section("bva", h["bva"])
        out += budget_vs_actual_parts(plan, plan.budget, actuals, lang)

    if progress is not None:
        out = section("trajectories", h["trajectories"], synthetic=bool(progress.synthetic))
        out += trajectory_parts(plan, progress, lang)
        out = section("progress", h["progress"], synthetic=bool(progress.synthetic))
        out += progress_parts(plan, progress, lang)

    if evi is not None:
        out = section("evi", h["evi"], synthetic=bool(evi.manifest.synthetic))
        out += evi_parts(evi, lang)

    if plan.notes:
        out = section("notes", h["notes"])
        if notes:
            for note in plan.notes:
                out.append(f"  - {note.text_nl if lang == 'nl' else note.text_en}")
        else:
            out.append("  " + h["notes_hidden"].format(n=len(plan.notes)))

    summary_section.parts += summary_parts(plan, lang, actuals, rules, progress, evi, numbers)
    return [title_section, summary_section] + sections


def render_overview(plan: "_core.Plan", lang: str = "nl", actuals=None, rules=None, progress=None, evi=None,
                    notes: bool = False) -> str:
    """A readable overview of @p plan, a summary first — the budget per year, the national grant against the
    municipal matching, the result targets against progress, the Evi headline and the open findings per
    severity — then: objectives, programme lines, tracks and steps, targets, municipalities and their
    priorities, steering group, knowledge sharing, the monitoring calendar, planning, risks, the budget table,
    the budget checks (under ``rules`` or the plan's edition), the matching per municipality, budget versus
    actual when ``actuals`` (a Realisation) are given, the trajectory status and target progress when
    ``progress`` (ProgressData; for the built-in Amstelland plan the synthetic demo data, said so in the output)
    is given, the regional Evi analysis in short when ``evi`` (an EviAnalysis; for the built-in Amstelland plan
    the shipped synthetic waves, said so) is given, and the notes on the data (their number; in full with
    ``notes=True``). Dutch number formatting for 'nl'. The HTML form is :func:`render_html`."""
    out: List[str] = []
    for s in report_sections(plan, lang, actuals, rules, progress, evi, notes):
        if s.key == "title":
            out += [s.title, "#" * len(s.title)]
            out += _flatten(s.parts)
            continue
        if s.number is None:
            out += ["", s.title, "=" * len(s.title)]
            for p in s.parts:
                if isinstance(p, Sub):
                    if not out[-1].startswith("="):
                        out.append("")
                    out.append(f"  {p.title}" + (" [" + _headings(lang)["synthetic_marker"].lower() + "]"
                                                 if p.synthetic else ""))
                    out += _flatten(p.parts)
                else:
                    out += _flatten([p])
            continue
        _section(out, s.number, s.title)
        out += _flatten(s.parts)
    return "\n".join(out) + "\n"


def _core_invalid(message: str):
    from cmkit.exceptions import InvalidArgumentError

    return InvalidArgumentError(message)
