"""The text report: a readable overview of a plan, in Dutch (default) or English.

The report only arranges what the library computes: totals come from :class:`cmkit.Budget`, the
years of a monitoring activity from :meth:`cmkit.MonitoringActivity.held_in`.
"""

from __future__ import annotations

from typing import Iterable, List, Sequence

from cmkit import _core

__all__ = ["render_overview", "HEADINGS"]

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
        "renewal": "curriculumvernieuwing vanaf fase",
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
        "renewal": "curriculum renewal from phase",
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
    },
}


def _enum_text(value) -> str:
    return value.name.lower().replace("_", "-")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], indent: str = "  ") -> List[str]:
    """Left-aligned first column, right-aligned numbers; a rule under the header."""
    rows = [list(r) for r in rows]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    def fmt(r):
        cells = [str(r[0]).ljust(widths[0])] + [str(c).rjust(w) for c, w in zip(r[1:], widths[1:])]
        return (indent + "  ".join(cells)).rstrip()
    out = [fmt(header), indent + "  ".join("-" * w for w in widths)]
    out += [fmt(r) if r[0] != "" or any(r) else "" for r in rows]
    return out


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


def budget_lines(budget: "_core.Budget", lang: str = "nl", in_kind=None) -> List[str]:
    """The budget as a text table: lines per side by year with totals, the result, the school hours,
    and — only when ``in_kind`` rates ({Sector: Money}) are given — the valued in-kind time on both sides."""
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
    for side, lines, heading, total_label in ((_core.Side.INCOME, b.income, "income", "total_income"),
                                              (_core.Side.COST, b.costs, "costs", "total_costs")):
        rows.append([h[heading].upper()] + blank[1:])
        for line in lines:
            rows.append([L(line.label)] + [money(line.amounts[y]) if y in line.amounts else "" for y in byears]
                        + [money(line.total())])
        rows.append([h[total_label]] + [money(b.year_total(side, y)) for y in byears] + [money(b.total(side))])
        for label, per_year in kind_rows:
            total = _core.Money(sum(v.cents for v in per_year.values()))
            rows.append([f"+ {label}"] + [money(per_year[y]) if y in per_year else "" for y in byears] + [money(total)])
        rows.append(blank)
    rows.append([h["result"]] + [money(b.result(y)) for y in byears] + [money(b.result())])
    rows.append(blank)
    for hl in b.school_hours:
        rows.append([h["hours_line"].format(sector=hl.sector.name)]
                    + [num(hl.hours[y]) if y in hl.hours else "" for y in byears] + [num(hl.total())])
    out = []
    if b.description:
        out += [f"  {b.version}: {b.description}", ""]
    return out + _table(header, rows)


def findings_lines(findings, lang: str = "nl") -> List[str]:
    """Findings as lines `severity CODE path: message`, errors first, and a summary line."""
    h = _headings(lang)
    counts = {"error": 0, "warning": 0, "info": 0}
    out = []
    for f in findings:
        sev = f.severity.name.lower()
        counts[sev] += 1
        where = f" {f.path}" if f.path else ""
        out.append(f"  {h['severity'][sev]:<12} {f.code}{where}")
        out.append(f"      {f.message_nl if lang == 'nl' else f.message_en}")
    if not findings:
        out.append(f"  {h['no_findings']}")
    out.append("  " + h["summary"].format(errors=counts["error"], warnings=counts["warning"], infos=counts["info"]))
    return out


def matching_lines(plan: "_core.Plan", budget: "_core.Budget", lang: str = "nl") -> List[str]:
    """The matching split as a table municipality × year with totals, and its basis."""
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
    out = _table([""] + [str(y) for y in years] + [h["total"]], rows)
    reason = split.reason.text(lang) if split.reason is not None else ""
    out += ["", f"  {h['basis']}: {h['bases'][split.basis.name.lower()]}" + (f" — {reason}" if reason else "")]
    return out


def budget_vs_actual_lines(plan: "_core.Plan", budget: "_core.Budget", actuals, lang: str = "nl") -> List[str]:
    """Budget versus actual per year, side and category; then what remains for fase 2."""
    h = _headings(lang)
    rows = []
    for r in _core.budget_vs_actual(budget, actuals):
        pct = f"{r.realised.percent_text(1, lang)}%" if r.realised is not None else "–"
        side = h["side_income"] if r.side == _core.Side.INCOME else h["side_cost"]
        rows.append([f"{r.year} {side}: {_core.category_label(r.category).text(lang)}", _money(r.budget, lang),
                     _money(r.actual, lang), _money(r.difference, lang), pct])
    out = _table(["", h["budgeted"], h["actual"], h["difference"], h["realised_pct"]], rows)
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
        out += _table(["", h["before"], h["spent_before"], h["carry"], h["unreported"],
                       h["phase_budget"].format(phase=2), h["available"]], rem)
    return out


def _last_date(data):
    dates = [e.date for e in data.events] + [a.date for a in data.activities]
    return max(dates, key=str) if dates else None


def trajectory_lines(plan: "_core.Plan", data, lang: str = "nl", on=None) -> List[str]:
    """Trajectory status per track (schools per status, open steps) on ``on`` (default: the last date
    in the data), with a warning line when the data is synthetic, and the findings of the log."""
    h = _headings(lang)
    given = on is not None
    on = on or _last_date(data)
    analysis = _core.analyse_trajectories(plan, data.schools, data.events, on)
    out = []
    if data.synthetic:
        out.append("  " + h["synthetic"])
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
    out += _table([h["track"]] + [h["status"][k] for k in statuses], rows)
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


def progress_lines(plan: "_core.Plan", data, lang: str = "nl", as_of=None) -> List[str]:
    """Planned against achieved per target and period, the progress findings, and the municipal
    priorities no activity serves yet."""
    h = _headings(lang)
    L = lambda label: label.text(lang)  # noqa: E731
    out = []
    if data.synthetic:
        out.append("  " + h["synthetic"])
    rows_by_target = {}
    for r in _core.target_progress(plan, data, as_of):
        rows_by_target.setdefault(r.target, (r.label, {}))[1][r.period] = r
    periods = _target_periods(plan) + ["total"]
    rows = []
    for target, (label, cells) in rows_by_target.items():
        rows.append([L(label)] + [f"{cells[p].achieved if cells[p].achieved is not None else '–'} / {cells[p].planned}"
                                  if p in cells else "" for p in periods])
    out += _table([f"{h['achieved']} / {h['planned']}"] + periods[:-1] + [_total_heading(plan, h)], rows)
    out += [""] + findings_lines(_core.check_progress(plan, data, as_of), lang)
    open_ = [c for c in _core.priority_coverage(plan, data) if not c.activities]
    names = {m.id: m.name for m in plan.municipalities}
    out += ["", f"  {h['priorities']}:" + ("" if open_ else f" {h['none']}")]
    out += [f"   - {names.get(c.municipality, c.municipality)}: {L(c.label)}" for c in open_]
    return out


def render_overview(plan: "_core.Plan", lang: str = "nl", actuals=None, rules=None, progress=None, evi=None) -> str:
    """A readable overview of @p plan: objectives, programme lines, tracks and steps, targets,
    municipalities and their priorities, steering group, knowledge sharing, the monitoring calendar,
    planning, risks, the budget table, the budget checks (under ``rules`` or the plan's edition), the
    matching per municipality, budget versus actual when ``actuals`` (a Realisation) are given, the
    trajectory status and target progress when ``progress`` (ProgressData; for the built-in Amstelland
    plan the synthetic demo data, said so in the output) is given, the regional Evi analysis when ``evi`` (an
    EviAnalysis; for the built-in Amstelland plan the shipped synthetic waves, said so) is given, and the notes on the data. Dutch number formatting for 'nl'."""
    h = _headings(lang)
    style = "nl" if lang == "nl" else "en"
    L = lambda label: label.text(lang)  # noqa: E731
    num = lambda n: _core.format_integer(n, style)  # noqa: E731
    out: List[str] = []

    title = L(plan.title)
    out += [title, "#" * len(title)]
    if plan.fictional:
        out.append(h["fictional"])
    pv = plan.penvoerder
    since = [f"{h['since']} {pv.active_since}"] if pv.active_since is not None else []
    since += [f"{h['cmk_since']} {pv.cmk_since}"] if pv.cmk_since is not None else []
    out.append(f"{h['penvoerder']}: {pv.name} ({pv.programme_name}" + "".join(f"; {x}" for x in since) + ")")
    out.append(f"{h['region']}: {plan.region.name} — " + ", ".join(m.name for m in plan.municipalities))
    out.append(f"{h['edition']}: {plan.edition}")
    out.append(f"{h['period']}: {plan.period.start} – {plan.period.end}")
    out.append(f"{h['phases']}: " + "; ".join(
        f"{h['phase']} {p.number} {p.period.name()}" for p in plan.phases))

    n = 0
    n += 1; _section(out, n, h["objectives"])
    for o in plan.objectives:
        out.append(f"  {o.id}) {L(o.label)}")

    n += 1; _section(out, n, h["lines"])
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
    if out[-1] == "":
        out.pop()

    if plan.initiatives:
        n += 1; _section(out, n, h["initiatives"])
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

    n += 1; _section(out, n, h["tracks"])
    for t in plan.tracks:
        facts = ["/".join(s.name for s in t.sectors), h["new_schools"] if t.new_schools else h["existing_schools"]]
        if t.repeatable_yearly:
            facts.append(h["repeatable"])
        if t.trial_step is not None:
            facts.append(f"{h['trial']}: {t.trial_step}")
        if t.continues_in:
            facts.append(f"{h['continues']} {t.continues_in}")
        if t.curriculum_renewal_from_phase is not None:
            facts.append(f"{h['renewal']} {t.curriculum_renewal_from_phase}")
        out.append(f"  {L(t.label)} ({'; '.join(facts)})")
        for s in t.steps:
            base = f" [{h['baseline']} {s.baseline_instrument}]" if s.baseline_instrument else ""
            out.append(f"     {s.number}. {L(s.label)}{base}")
        out.append("")
    out.pop()

    n += 1; _section(out, n, h["targets"])
    periods = _target_periods(plan)
    all_unique = all(t.counting == _core.TargetCounting.UNIQUE for t in plan.targets)
    rows = []
    for t in plan.targets:
        by_name = {tp.name(): tp.value for tp in t.periods}
        total = num(t.total) + ("" if all_unique or t.counting == _core.TargetCounting.UNIQUE else f" ({h['total_sum']})")
        rows.append([L(t.label)] + [num(by_name[p]) if p in by_name else "" for p in periods] + [total])
    out += _table([h["target"]] + periods + [_total_heading(plan, h)], rows)
    out += ["", f"  {h['context']}:"]
    for f in plan.context_figures:
        value = num(f.count) if f.count is not None else f"{f.share.percent_text(0, lang)}%"
        out.append(f"   - {L(f.label)}: {value}")

    n += 1; _section(out, n, h["municipalities"])
    priorities = {mp.municipality: mp.priorities for mp in plan.municipal_priorities}
    for m in plan.municipalities:
        if m.inhabitants is not None:
            inh = m.inhabitants
            pop = f"{num(inh.count)} {h['inhabitants']} {inh.reference_date} ({h['source']}: {inh.source})"
        else:
            pop = h["unknown_inhabitants"] + (f" — {m.inhabitants_note}" if m.inhabitants_note else "")
        out.append(f"  {m.name} ({m.cbs_code}): {pop}")
        for p in priorities.get(m.id, []):
            out.append(f"     - {L(p.label)}")

    n += 1; _section(out, n, h["steering"])
    sg = plan.steering_group
    out.append(f"  {L(sg.name)}")
    for mem in sg.members:
        new = f" ({h['new_in']} {mem.new_in})" if mem.new_in else ""
        out.append(f"   - {L(mem.label)}{new}")

    n += 1; _section(out, n, h["knowledge"])
    for level in ("national", "provincial", "regional", "municipal"):
        forms = [f for f in plan.knowledge_sharing.forms if _enum_text(f.level) == level]
        if forms:
            out.append(f"  {h['levels'][level]}: " + "; ".join(
                L(f.label) + (f" ({h['new_in']} {f.new_in})" if f.new_in else "") for f in forms))
    out.append(f"  {h['topics']}: " + "; ".join(L(t.label) for t in plan.knowledge_sharing.topics))

    n += 1; _section(out, n, h["monitoring"])
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
    out += _table([""] + [str(y) for y in years], rows)
    if others:
        out += ["", f"  {h['other_instruments']} ({h['continuous']}):"]
        out += [f"   - {L(a.label)}" + (f" ({h['first_held']} {a.first_held})" if a.first_held is not None else "")
                for a in others]

    n += 1; _section(out, n, h["planning"])
    for py in plan.planning:
        outline = f", {h['outline']}" if py.outline_only else ""
        out.append(f"  {py.year} ({h['phase']} {py.phase}{outline})")
        for it in py.items:
            when = f" ({it.period.start} – {it.period.end})" if it.period is not None else ""
            out.append(f"     - {L(it.label)}{when}")

    n += 1; _section(out, n, h["risks"])
    for r in plan.risks:
        out.append(f"  - {L(r.label)}")
        out.append(f"      {h['mitigation']}: {r.mitigation_nl}")

    n += 1; _section(out, n, h["budget"])
    out += budget_lines(plan.budget, lang)

    n += 1; _section(out, n, h["validation"].format(rules=rules or plan.edition))
    out += findings_lines(_core.validate(plan, rules=rules), lang)

    derived = _core.matching_split(plan, plan.budget).basis == _core.MatchingBasis.INHABITANTS
    n += 1; _section(out, n, h["matching_derived" if derived else "matching"])
    out += matching_lines(plan, plan.budget, lang)

    if actuals is not None:
        n += 1; _section(out, n, h["bva"])
        out += budget_vs_actual_lines(plan, plan.budget, actuals, lang)

    if progress is not None:
        n += 1; _section(out, n, h["trajectories"])
        out += trajectory_lines(plan, progress, lang)
        n += 1; _section(out, n, h["progress"])
        out += progress_lines(plan, progress, lang)

    if evi is not None:
        from cmkit.evi import analysis_lines

        n += 1; _section(out, n, h["evi"])
        out += analysis_lines(evi, lang)

    if plan.notes:
        n += 1; _section(out, n, h["notes"])
        for note in plan.notes:
            out.append(f"  - {note.text_nl if lang == 'nl' else note.text_en}")

    return "\n".join(out) + "\n"


def _core_invalid(message: str):
    from cmkit.exceptions import InvalidArgumentError

    return InvalidArgumentError(message)
