"""pandas DataFrames of a plan's tables: tidy, long format, one column per dimension.

Every frame follows one convention (docs/dataframes.md), applied by :func:`conform` and checked for every
public frame function by tests/python/test_frame_conventions.py:

- **dates** are ``datetime64[ns]`` columns, ``NaT`` where there is none (never ISO text);
- **missing values** are ``<NA>`` in pandas nullable dtypes: text is the ``string`` dtype
  (``pd.StringDtype()``) and never ``''``, integers that can be missing are ``Int64``, flags that can be
  missing ``boolean``; only statistics (float64) use NaN;
- **money** is exact integer cents (``*_cents``, int64, ``Int64`` when it can be missing) with a numeric
  euro column right after it (``*_eur``, float64 = cents / 100, for display and plotting; sums are done on
  the cents), never Dutch-formatted text (the CSV and JSON exports keep their ``amount`` text);
- **labels** come in Dutch and English columns (``label_nl``/``label_en``; a code's label from the library
  as ``<code>_nl``/``<code>_en``, as the roll-up tables name them);
- **rows** follow the plan's order (its lines, municipalities, targets, years ascending).

Every function returns a new DataFrame; pandas is imported on first use (it is an optional dependency:
``pip install cmkit[frames]``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from cmkit._core import Plan

__all__ = [
    "conform",
    "euro",
    "DATE_DTYPE",
    "table_frame",
    "table_records",
    "rollup_frame",
    "evi_table",
    "evi_tables",
    "evi_manifest",
    "evi_scores",
    "evi_responses",
    "evi_dossier",
    "budget",
    "school_hours",
    "targets",
    "steps",
    "activities",
    "municipalities",
    "monitoring",
    "budget_table",
    "budget_records",
    "BUDGET_TABLE_COLUMNS",
    "schools",
    "trajectory_states",
    "trajectory_runs",
    "events",
    "programme_activities",
    "findings",
    "matching",
    "matching_records",
    "MATCHING_COLUMNS",
    "realisation",
    "realisation_records",
    "REALISATION_COLUMNS",
    "budget_vs_actual",
    "remaining",
    "calendar",
    "survey_response_frame",
    "survey_distribution_frame",
    "survey_summary_frame",
    "survey_comparison_frame",
    "survey_comparison_records",
]


def _pd():
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover
        raise ImportError("cmkit.frames needs pandas: pip install 'cmkit[frames]'") from exc
    return pd


# ---- the conventions (docs/dataframes.md): one place, used by every frame ------------------------------

#: The dtype of every date column.
DATE_DTYPE = "datetime64[ns]"


def _date_value(v):
    """A cmkit.Date, datetime.date, ISO text or None as something pandas reads as a date (None for none)."""
    if v is None or (isinstance(v, str) and v == ""):
        return None
    if hasattr(v, "to_date"):  # cmkit.Date
        return v.to_date()
    return v


def euro(cents) -> "pd.Series":
    """The euro column of a cents column: float64 cents / 100 (NaN where the cents are <NA>). One division
    of an exact integer, so ``round(euro * 100)`` gives the cents back for any amount below 2**53 cents."""
    pd = _pd()
    import numpy as np

    series = cents if isinstance(cents, pd.Series) else pd.Series(cents)
    return pd.Series(series.to_numpy(dtype="float64", na_value=np.nan) / 100, index=series.index, dtype="float64")


def _is_text(col) -> bool:
    pd = _pd()
    if isinstance(col.dtype, pd.StringDtype):
        return True
    return col.dtype == object and pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty")


def conform(frame: "pd.DataFrame", dates=(), labels=None) -> "pd.DataFrame":
    """Applies the frame conventions to ``frame`` (in place) and returns it: the columns named in ``dates``
    become ``datetime64[ns]`` (from cmkit.Date, datetime.date or ISO text; NaT for None or ''); every text
    column becomes the ``string`` dtype with ``''`` and None as ``<NA>``; after every ``<name>_cents`` column
    without one comes ``<name>_eur`` (:func:`euro`); ``labels`` maps a code column to a function giving its
    :class:`cmkit.Label`, whose texts are inserted after it as ``<code>_nl`` / ``<code>_en``."""
    pd = _pd()
    for name in dates:
        values = pd.Series([_date_value(v) for v in frame[name]], index=frame.index, dtype=object)
        frame[name] = pd.to_datetime(values).astype(DATE_DTYPE)
    for name in list(frame.columns):
        if name in dates:
            continue
        col = frame[name]
        if _is_text(col):
            col = col.astype("string")
            frame[name] = col.mask(col == "", pd.NA)
    for code, label_of in (labels or {}).items():
        at = list(frame.columns).index(code) + 1
        texts = {c: label_of(c) for c in pd.unique(frame[code].dropna())}
        for offset, lang in enumerate(("nl", "en")):
            values = [getattr(texts[c], lang) if not pd.isna(c) else None for c in frame[code]]
            frame.insert(at + offset, f"{code}_{lang}", pd.array(values, dtype="string"))
    for name in list(frame.columns):
        if name.endswith("_cents") and name[:-6] + "_eur" not in frame.columns:
            frame.insert(list(frame.columns).index(name) + 1, name[:-6] + "_eur", euro(frame[name]))
    return frame


def _frame(rows, columns, dtypes=None, dates=(), labels=None) -> "pd.DataFrame":
    """A conforming DataFrame of ``rows`` (dicts) with ``columns``, the given integer/bool ``dtypes``."""
    frame = _pd().DataFrame(rows, columns=columns)
    if dtypes:
        frame = frame.astype(dtypes)
    return conform(frame, dates, labels)


def _category_label(category):
    from cmkit import _core

    return _core.category_label(category)


def table_frame(table) -> "pd.DataFrame":
    """A DataFrame of a :class:`cmkit.Table`, column by column from its NumPy arrays (no Python object per
    row): integer columns are int64 (nullable ones pandas ``Int64``), doubles float64 (NaN where null),
    booleans bool (nullable ones ``boolean``), text from its dictionary as the ``string`` dtype (<NA> where
    null or empty; :func:`conform`)."""
    pd = _pd()
    import numpy as np

    data = {}
    names = []
    for name, arrays in table.columns().items():
        names.append(name)
        kind, valid = arrays["type"], np.asarray(arrays["valid"])
        nullable = arrays["nullable"]
        if kind == "integer":
            values = np.array(arrays["values"], dtype="int64")
            data[name] = pd.arrays.IntegerArray(values, ~valid) if nullable else values
        elif kind == "double":
            data[name] = np.array(arrays["values"], dtype="float64")
        elif kind == "boolean":
            values = np.array(arrays["values"], dtype=bool)
            data[name] = pd.arrays.BooleanArray(values, ~valid) if nullable else values
        else:
            dictionary = np.empty(len(arrays["dictionary"]), dtype=object)
            dictionary[:] = arrays["dictionary"]
            values = dictionary[np.asarray(arrays["codes"], dtype=np.intp)] if len(dictionary) else \
                np.full(len(valid), "", dtype=object)
            if nullable:
                values[~valid] = None
            data[name] = values
    return conform(pd.DataFrame(data, columns=names))


from cmkit._tables import table_records  # noqa: E402  (rows of a Table as dicts; shared with cmkit.evi)


#: Text columns of the roll-up tables that hold ISO dates (made datetime64 by :func:`rollup_frame`).
ROLLUP_DATE_COLUMNS = ("start", "end")


def rollup_frame(table) -> "pd.DataFrame":
    """A roll-up table (:func:`cmkit.rollup`; ``plans``, ``budget``, ``matching``, ``targets`` or ``findings``)
    as a DataFrame: :func:`table_frame`, with the ISO date columns ``start`` and ``end`` as datetime64[ns]
    and an ``*_eur`` column after every ``*_cents`` column that has none (``amount_eur`` comes from C++)."""
    frame = table_frame(table)
    return conform(frame, [name for name in ROLLUP_DATE_COLUMNS if name in frame.columns])


def budget(plan: "Plan") -> "pd.DataFrame":
    """One row per budget line and year: year, version, side ('income'/'cost'), line_id, category,
    category_nl, category_en, label_nl, label_en (the line's own label), amount_cents (int64),
    amount_eur. Rows in the plan's order: income lines, then cost lines, each line's years ascending."""
    rows = []
    b = plan.budget
    for side, lines in (("income", b.income), ("cost", b.costs)):
        for line in lines:
            for year, amount in sorted(line.amounts.items()):
                rows.append({"year": year, "version": b.version, "side": side, "line_id": line.id,
                             "category": line.category, "label_nl": line.label.nl, "label_en": line.label.en,
                             "amount_cents": amount.cents})
    cols = ["year", "version", "side", "line_id", "category", "label_nl", "label_en", "amount_cents"]
    return _frame(rows, cols, {"year": "int64", "amount_cents": "int64"}, labels={"category": _category_label})


def school_hours(plan: "Plan") -> "pd.DataFrame":
    """One row per sector and year: year, sector, line_id, hours (int64)."""
    rows = [{"year": y, "sector": h.sector.name, "line_id": h.id, "hours": n}
            for h in plan.budget.school_hours for y, n in sorted(h.hours.items())]
    return _frame(rows, ["year", "sector", "line_id", "hours"], {"year": "int64", "hours": "int64"})


TARGET_COLUMNS = ["target", "label_nl", "label_en", "period", "start", "end", "phase", "planned", "achieved"]


def target_rows(plan: "Plan", data=None, as_of=None) -> list:
    """The rows of :func:`targets` as dicts (the CLI writes them as CSV/JSON): one per reporting period
    of each target, then its ``total`` over the plan period."""
    from cmkit import _core

    return [{"target": r.target, "label_nl": r.label.nl, "label_en": r.label.en, "period": r.period,
             "start": r.dates.start.to_date().isoformat(), "end": r.dates.end.to_date().isoformat(), "phase": r.phase,
             "planned": r.planned, "achieved": r.achieved}
            for r in _core.target_progress(plan, data, as_of)]


def targets(plan: "Plan", data=None, as_of=None) -> "pd.DataFrame":
    """The result targets in long form, as ``cmkit targets --format csv``: target, label_nl, label_en,
    period (the reporting period's name: '2025-2026', '2027', or 'total' for the plan period), start and
    end (dates of the period), phase (nullable Int64: the plan phase the period is), planned (int64),
    achieved (nullable Int64: missing without progress ``data``; derived from the trajectory logs and
    activities when given)."""
    return _frame(target_rows(plan, data, as_of), TARGET_COLUMNS, {"phase": "Int64", "planned": "int64", "achieved": "Int64"},
                  dates=("start", "end"))


def steps(plan: "Plan") -> "pd.DataFrame":
    """Every step of every track: track, spoor, step, label_nl, label_en, baseline_instrument."""
    rows = [{"track": t.id, "spoor": t.spoor, "step": s.number, "label_nl": s.label.nl, "label_en": s.label.en,
             "baseline_instrument": s.baseline_instrument}
            for t in plan.tracks for s in t.steps]
    return _frame(rows, ["track", "spoor", "step", "label_nl", "label_en", "baseline_instrument"],
                  {"spoor": "int64", "step": "int64"})


def activities(plan: "Plan") -> "pd.DataFrame":
    """Every planned activity: line, list_id, phase (one row per phase the list applies to),
    activity_id, label_nl, label_en."""
    rows = []
    for line in plan.programme_lines:
        for al in line.activity_lists:
            for phase in al.phases:
                for a in al.activities:
                    rows.append({"line": line.id, "list_id": al.id, "phase": phase, "activity_id": a.id,
                                 "label_nl": a.label.nl, "label_en": a.label.en})
    return _frame(rows, ["line", "list_id", "phase", "activity_id", "label_nl", "label_en"], {"phase": "int64"})


def municipalities(plan: "Plan") -> "pd.DataFrame":
    """The municipalities in the plan's order: id, name, cbs_code, inhabitants (nullable Int64),
    reference_date (datetime64, NaT when unknown), source, priorities (count)."""
    prio = {mp.municipality: len(mp.priorities) for mp in plan.municipal_priorities}
    rows = []
    for m in plan.municipalities:
        inh = m.inhabitants
        rows.append({"id": m.id, "name": m.name, "cbs_code": m.cbs_code,
                     "inhabitants": inh.count if inh is not None else None,
                     "reference_date": inh.reference_date.to_date() if inh is not None else None,
                     "source": inh.source if inh is not None else None,
                     "priorities": prio.get(m.id, 0)})
    cols = ["id", "name", "cbs_code", "inhabitants", "reference_date", "source", "priorities"]
    return _frame(rows, cols, {"inhabitants": "Int64", "priorities": "int64"}, dates=("reference_date",))


def monitoring(plan: "Plan") -> "pd.DataFrame":
    """The monitoring rhythm per year of the plan: activity, label_nl, label_en, scope, year,
    times (nullable Int64; <NA> for continuous activities). Only years in which the activity is held."""
    rows = []
    for a in plan.monitoring:
        for y in plan.period.years():
            if a.held_in(y.value):
                rows.append({"activity": a.id, "label_nl": a.label.nl, "label_en": a.label.en,
                             "scope": a.scope.name.lower().replace("_", "-"), "year": y.value,
                             "times": a.times_per_year})
    cols = ["activity", "label_nl", "label_en", "scope", "year", "times"]
    return _frame(rows, cols, {"year": "int64", "times": "Int64"})


# ---- budget rules, matching, realisation -------------------------------------------------------------

BUDGET_TABLE_COLUMNS = ["year", "version", "side", "category", "source", "municipality", "derived", "amount_cents",
                        "amount"]


def budget_records(budget, in_kind=None) -> list:
    """The rows of the long budget table as dicts with the keys of :data:`BUDGET_TABLE_COLUMNS` (the CLI's
    JSON writes these; :func:`budget_table` makes the DataFrame of them). ``derived`` is True on a row cmkit
    computed rather than read from the plan (in-kind hours valued at a rate you gave). ``budget`` is a Budget,
    a Plan (its budget) or a list of :class:`cmkit.BudgetRow` (as :func:`cmkit.load_budget_rows_xlsx` reads)."""
    from cmkit import _core

    if isinstance(budget, _core.Plan):
        budget = budget.budget
    rows = _core.budget_rows(budget, in_kind) if isinstance(budget, _core.Budget) else list(budget)
    return [{"year": r.year, "version": r.version, "side": r.side.name.lower(), "category": r.category,
             "source": r.source or "", "municipality": r.municipality or "", "derived": r.derived,
             "amount_cents": r.amount.cents, "amount": r.amount.format("nl", symbol=False)}
            for r in rows]


def budget_table(budget, in_kind=None) -> "pd.DataFrame":
    """The long budget table: the rows of ``cmkit budget --format csv`` (per year, income then costs, each in
    the plan's line order): year, version, side, category, category_nl, category_en (the
    library's name of the category; the code itself where it has none, e.g. ``in_kind_hours``), source,
    municipality (<NA> where a dimension does not apply), derived (bool: True for valued in-kind hours,
    which cmkit computes from the plan's hours and the rate you give), amount_cents (int64), amount_eur
    (float64). The CSV's Dutch text ``amount`` is not a column: ``amount_eur`` is its number.
    ``budget`` is a :class:`cmkit.Budget` (or a Plan, whose budget is used, or a list of :class:`cmkit.BudgetRow`
    as :func:`cmkit.load_budget_rows_xlsx` reads); ``in_kind`` maps a sector to an hourly Money rate to add
    valued in-kind hours."""
    frame = _pd().DataFrame(budget_records(budget, in_kind), columns=BUDGET_TABLE_COLUMNS).drop(columns="amount")
    return conform(frame.astype({"year": "int64", "amount_cents": "int64", "derived": "bool"}),
                   labels={"category": _category_label})


def findings(items) -> "pd.DataFrame":
    """Findings as rows, in the order given: code, severity ('error'/'warning'/'info'), path (<NA> for the
    whole document), message_nl, message_en."""
    rows = [{"code": f.code, "severity": f.severity.name.lower(), "path": f.path, "message_nl": f.message_nl,
             "message_en": f.message_en} for f in items]
    return _frame(rows, ["code", "severity", "path", "message_nl", "message_en"])


MATCHING_COLUMNS = ["year", "municipality", "basis", "derived", "amount_cents", "amount"]


def matching_records(split) -> list:
    """The rows of a :class:`cmkit.MatchingSplit` as dicts with the keys of :data:`MATCHING_COLUMNS`.
    ``derived`` is True for a share cmkit split by inhabitants (basis ``inhabitants``: the plan states only
    the total); False for amounts read from the plan (``agreed``) or left unsplit."""
    from cmkit import _core

    return [{"year": r.year, "municipality": r.municipality or "", "basis": r.basis.name.lower(),
             "derived": r.basis == _core.MatchingBasis.INHABITANTS, "amount_cents": r.amount.cents,
             "amount": r.amount.format("nl", symbol=False)} for r in split.rows]


def matching(plan: "Plan", budget=None) -> "pd.DataFrame":
    """The matching split, per year in the plan's municipality order: year, municipality (<NA> when unsplit),
    municipality_name, basis, derived (bool: split by cmkit, not stated in the plan), amount_cents (int64),
    amount_eur — the rows of ``cmkit matching --format csv`` (whose Dutch text ``amount`` is ``amount_eur``
    here)."""
    from cmkit import _core

    split = _core.matching_split(plan, budget if budget is not None else plan.budget)
    frame = _pd().DataFrame(matching_records(split), columns=MATCHING_COLUMNS).drop(columns="amount")
    names = {m.id: m.name for m in plan.municipalities}
    frame.insert(2, "municipality_name", [names.get(m) if m else None for m in frame["municipality"]])
    return conform(frame.astype({"year": "int64", "amount_cents": "int64", "derived": "bool"}))


REALISATION_COLUMNS = ["year", "side", "category", "municipality", "programme_line", "amount_cents", "note"]


def realisation_records(actuals) -> list:
    """The actual entries as dicts with the keys of :data:`REALISATION_COLUMNS` ('' where not set), as the
    actuals CSV has them (:func:`cmkit.write_xlsx` writes these)."""
    return [{"year": e.year, "side": e.side.name.lower(), "category": e.category, "municipality": e.municipality or "",
             "programme_line": e.programme_line or "", "amount_cents": e.amount.cents, "note": e.note or ""}
            for e in actuals.entries]


def realisation(actuals) -> "pd.DataFrame":
    """Actual entries in file order: year, side, category, category_nl, category_en,
    municipality, programme_line, amount_cents (int64), amount_eur, note (<NA> where not given)."""
    return _frame(realisation_records(actuals), REALISATION_COLUMNS, {"year": "int64", "amount_cents": "int64"},
                  labels={"category": _category_label})


def budget_vs_actual(budget, actuals) -> "pd.DataFrame":
    """Budget versus actual: year, side, category, category_nl, category_en, budget_cents,
    actual_cents, difference_cents (actual − budget; int64, each followed by its ``*_eur``), and the realised
    share as realised_numerator / realised_denominator (Int64; <NA> when the budget is zero) — exact."""
    from cmkit import _core

    if isinstance(budget, _core.Plan):
        budget = budget.budget
    rows = []
    for r in _core.budget_vs_actual(budget, actuals):
        rows.append({"year": r.year, "side": r.side.name.lower(), "category": r.category,
                     "budget_cents": r.budget.cents, "actual_cents": r.actual.cents,
                     "difference_cents": r.difference.cents,
                     "realised_numerator": r.realised.numerator if r.realised else None,
                     "realised_denominator": r.realised.denominator if r.realised else None})
    cols = ["year", "side", "category", "budget_cents", "actual_cents", "difference_cents", "realised_numerator",
            "realised_denominator"]
    types = {c: "int64" for c in cols if c not in ("side", "category")}
    types.update(realised_numerator="Int64", realised_denominator="Int64")
    return _frame(rows, cols, types, labels={"category": _category_label})


def remaining(plan: "Plan", actuals, phase: int = 2, budget=None) -> "pd.DataFrame":
    """What remains for a phase (default fase 2) per side and category: budget_before_cents and
    actual_before_cents (reported years before the phase), carry_over_cents, budget_unreported_cents
    (earlier years without actuals yet), budget_phase_cents, available_cents (int64; each followed by its
    ``*_eur``); category_nl / category_en after the category."""
    from cmkit import _core

    rows = [{"side": r.side.name.lower(), "category": r.category, "budget_before_cents": r.budget_before.cents,
             "actual_before_cents": r.actual_before.cents, "carry_over_cents": r.carry_over.cents,
             "budget_unreported_cents": r.budget_unreported.cents, "budget_phase_cents": r.budget_phase.cents, "available_cents": r.available.cents}
            for r in _core.remaining_for_phase(plan, budget if budget is not None else plan.budget, actuals, phase)]
    cols = ["side", "category", "budget_before_cents", "actual_before_cents", "carry_over_cents",
            "budget_unreported_cents", "budget_phase_cents", "available_cents"]
    return _frame(rows, cols, {c: "int64" for c in cols[2:]}, labels={"category": _category_label})


# ---- the monitoring and meeting calendar (agenda) -----------------------------------------------------

CALENDAR_COLUMNS = ["date", "end", "id", "source", "kind", "scope", "label_nl", "label_en", "slot"]


def calendar(plan: "Plan", year=None, options=None) -> "pd.DataFrame":
    """The plan's agenda (:func:`cmkit.agenda`), one row per all-day event in date order: date and end
    (inclusive; datetime64), id, source (monitoring activity or planning item id), kind ('monitoring' /
    'planning'), scope ('region', 'school', 'school-and-partner', 'activity'), label_nl, label_en, and
    slot (bool: True when the date is a cmkit default slot, not a date from the plan — the plan gives
    no meeting dates). ``year`` limits it to one plan year; ``options`` is a :class:`cmkit.AgendaOptions`."""
    from cmkit import _core

    rows = [{"date": e.start, "end": e.end, "id": e.id, "source": e.source, "kind": e.kind,
             "scope": e.scope.name.lower().replace("_", "-"), "label_nl": e.label.nl, "label_en": e.label.en,
             "slot": e.slot}
            for e in _core.agenda(plan, year, options)]
    return _frame(rows, CALENDAR_COLUMNS, {"slot": "bool"}, dates=("date", "end"))


# ---- schools, trajectories, activities ------------------------------------------------------------------

SCHOOL_COLUMNS = ["brin", "name", "municipality", "sector", "pupils", "track", "icc", "icc_certified",
                  "second_icc_or_working_group", "cultuurplan", "cultuurcoordinator", "achterstandsscore",
                  "achterstandsscore_numerator", "achterstandsscore_denominator"]


def _registry(source):
    from cmkit import _core

    return source.schools if isinstance(source, _core.ProgressData) else source


def schools(registry) -> "pd.DataFrame":
    """One row per school in the registry's order (a SchoolRegistry or ProgressData): the registry's columns;
    pupils nullable Int64; track <NA> when none; the achterstandsscore exact as achterstandsscore_numerator /
    achterstandsscore_denominator (Int64) and as a float64 ``achterstandsscore`` (NaN when unknown)."""
    rows = []
    for s in _registry(registry).schools:
        score = s.achterstandsscore
        rows.append({"brin": s.brin, "name": s.name, "municipality": s.municipality, "sector": s.sector.name,
                     "pupils": s.pupils, "track": s.track, "icc": s.icc, "icc_certified": s.icc_certified,
                     "second_icc_or_working_group": s.second_icc_or_working_group, "cultuurplan": s.cultuurplan,
                     "cultuurcoordinator": s.cultuurcoordinator,
                     "achterstandsscore": score.numerator / score.denominator if score is not None else float("nan"),
                     "achterstandsscore_numerator": score.numerator if score is not None else None,
                     "achterstandsscore_denominator": score.denominator if score is not None else None})
    return _frame(rows, SCHOOL_COLUMNS, {"pupils": "Int64", "achterstandsscore": "float64",
                                         "achterstandsscore_numerator": "Int64", "achterstandsscore_denominator": "Int64"})


STATE_COLUMNS = ["school", "name", "municipality", "sector", "track", "status", "cycle", "current_step",
                 "finished_steps", "skipped_steps", "joined", "since", "renewal_started"]


def trajectory_states(plan: "Plan", data, on=None) -> "pd.DataFrame":
    """The state of every school of ``data`` (ProgressData) on date ``on`` (default: all events): track,
    status, cycle, current_step (nullable Int64), finished_steps and skipped_steps (counts), joined, since
    and renewal_started (datetime64, NaT when not set); track <NA> for a school without one."""
    from cmkit import _core

    analysis = _core.analyse_trajectories(plan, data.schools, data.events, on)
    by_brin = {s.brin: s for s in data.schools.schools}
    rows = []
    for st in analysis.states:
        school = by_brin[st.school]
        rows.append({"school": st.school, "name": school.name, "municipality": school.municipality,
                     "sector": school.sector.name, "track": st.track,
                     "status": st.status.name.lower().replace("_", "-"), "cycle": st.cycle,
                     "current_step": st.current_step, "finished_steps": len(st.finished_steps),
                     "skipped_steps": len(st.skipped_steps), "joined": st.joined,
                     "since": st.since, "renewal_started": st.renewal_started})
    return _frame(rows, STATE_COLUMNS, {"cycle": "int64", "current_step": "Int64", "finished_steps": "int64",
                                        "skipped_steps": "int64", "joined": "bool"},
                  dates=("since", "renewal_started"))


def trajectory_runs(plan: "Plan", data, on=None) -> "pd.DataFrame":
    """One row per trajectory: school, track, cycle, started, via_move, finished, stopped (datetime64; NaT
    while not finished or stopped)."""
    from cmkit import _core

    runs = _core.analyse_trajectories(plan, data.schools, data.events, on).runs
    rows = [{"school": r.school, "track": r.track, "cycle": r.cycle, "started": r.started, "via_move": r.via_move,
             "finished": r.finished, "stopped": r.stopped} for r in runs]
    return _frame(rows, ["school", "track", "cycle", "started", "via_move", "finished", "stopped"],
                  {"cycle": "int64", "via_move": "bool"}, dates=("started", "finished", "stopped"))


def events(data) -> "pd.DataFrame":
    """The trajectory events in the log's order: school, date (datetime64), kind, track, step (nullable Int64),
    reason (<NA> where not given)."""
    rows = [{"school": e.school, "date": e.date, "kind": e.kind.name.lower().replace("_", "-"),
             "track": e.track, "step": e.step, "reason": e.reason} for e in data.events]
    return _frame(rows, ["school", "date", "kind", "track", "step", "reason"], {"step": "Int64"}, dates=("date",))


def programme_activities(data) -> "pd.DataFrame":
    """The programme activities: id, date (datetime64), programme_line, activity_type, kind, label_nl,
    label_en, schools (count), partners (count), neighbourhood, municipality (<NA> where not given),
    participants (Int64), cost_cents (Int64), cost_eur."""
    rows = [{"id": a.id, "date": a.date, "programme_line": a.programme_line,
             "activity_type": a.activity_type, "kind": a.kind, "label_nl": a.label.nl, "label_en": a.label.en,
             "schools": len(a.schools), "partners": len(a.partners), "neighbourhood": a.neighbourhood,
             "municipality": a.municipality, "participants": a.participants,
             "cost_cents": a.cost.cents if a.cost is not None else None} for a in data.activities]
    cols = ["id", "date", "programme_line", "activity_type", "kind", "label_nl", "label_en", "schools", "partners",
            "neighbourhood", "municipality", "participants", "cost_cents"]
    return _frame(rows, cols, {"schools": "int64", "partners": "int64", "participants": "Int64", "cost_cents": "Int64"},
                  dates=("date",))


# ---- the impact survey ----------------------------------------------------------------------------------
# The same columns as the C++ CSV writers (cmkit.survey_*_csv) and `cmkit survey analyse --format csv`.
# Counts are nullable Int64 (empty when suppressed); shares are kept as numerator and denominator (Int64);
# the decimal columns (top_box, the interval bounds, difference) are float64 conveniences.

def _survey_table(kind: str, records):
    from cmkit import _core

    return getattr(_core, f"survey_{kind}_table")(records)


def survey_response_frame(definition, responses, waves=None) -> "pd.DataFrame":
    """Response per group and wave (:func:`cmkit.survey_response`): wave, group, label_nl, label_en,
    respondents, invited (Int64, missing when unknown), rate_numerator / rate_denominator (Int64; the rate is
    respondents / invited, kept exact). The columns are those of :func:`cmkit.survey_response_table`."""
    from cmkit import _core

    return table_frame(_survey_table("response", _core.survey_response(definition, responses, waves)))


def survey_distribution_frame(definition, responses, k: int = 5, waves=None) -> "pd.DataFrame":
    """The distribution of every item per group and wave (:func:`cmkit.survey_distribution`), one row per
    category: kind ('point', 'non-substantive', 'missing'), code, labels, count (Int64) and share as
    share_numerator / share_denominator (of the valid answers; missing for "weet niet" and missing answers,
    which are never in the base). A cell with fewer than ``k`` valid answers is ``suppressed``: counts empty."""
    from cmkit import _core

    return table_frame(_survey_table("distribution", _core.survey_distribution(definition, responses, k, waves)))


def survey_summary_frame(definition, responses, k: int = 5, waves=None) -> "pd.DataFrame":
    """Per item × group × wave (:func:`cmkit.survey_summary`): valid, answered, non_substantive, missing,
    invalid (Int64), suppressed, the top box as top_box_numerator / top_box_denominator and as a float
    top_box, its Wilson 95% bounds top_box_lower / top_box_upper (floats), and the median code."""
    from cmkit import _core

    return table_frame(_survey_table("summary", _core.survey_summary(definition, responses, k, waves)))


def survey_comparison_records(definition, responses, wave_a=None, wave_b=None, k: int = 5, waves=None) -> list:
    """The SurveyComparisonRow records of waves ``wave_a`` and ``wave_b``, or of every pair of consecutive
    waves when neither is given."""
    from cmkit import _core

    if (wave_a is None) != (wave_b is None):
        raise ValueError("survey_comparison_frame: give both wave_a and wave_b, or neither")
    if wave_a is not None:
        return list(_core.survey_comparison(definition, responses, wave_a, wave_b, k))
    ws = _core.survey_waves(definition, responses, waves)
    return [r for a, b in zip(ws, ws[1:]) for r in _core.survey_comparison(definition, responses, a, b, k)]


def survey_comparison_frame(definition, responses, wave_a=None, wave_b=None, k: int = 5, waves=None) -> "pd.DataFrame":
    """The top box of every item × group in two waves (:func:`cmkit.survey_comparison`): the difference b − a
    in percentage points as difference_numerator / difference_denominator (exact) and as a float
    ``difference``, the Newcombe 95% bounds ``lower`` / ``upper`` (percentage points), and ``below_k`` when
    a side has fewer than ``k`` valid answers (then the figures are empty). Without ``wave_a`` and
    ``wave_b``: every pair of consecutive waves (of ``waves``, else of the data)."""
    records = survey_comparison_records(definition, responses, wave_a, wave_b, k, waves)
    return table_frame(_survey_table("comparison", records))


# ---- Evi ----------------------------------------------------------------------------------------------

def evi_table(analysis, name: str) -> "pd.DataFrame":
    """One table of an :class:`cmkit.EviAnalysis` (``response``, ``distribution``, ``agreement``,
    ``transitions``, ``paired_change``, ``consistency``, ``alpha``, ``intervals``, ``items``, ``ambition``)
    with the columns of :func:`cmkit.evi_table` (the CSV's, and ``suppression``: primary/complementary for
    ``distribution`` and ``transitions``). Suppressed or absent counts are <NA> in nullable Int64 columns;
    statistics are float64 (NaN where absent)."""
    from cmkit import _core
    from cmkit.evi import table_columns

    table_columns(name)  # a clear cmkit error for an unknown name
    return table_frame(_core.evi_table(analysis, name))


def evi_tables(analysis) -> dict:
    """Every table of an analysis as a DataFrame, by name."""
    from cmkit import _core

    return {name: evi_table(analysis, name) for name in _core.evi_table_names()}


def evi_manifest(analysis) -> "pd.DataFrame":
    """The manifest's inputs (role, name, sha256, records), one row each; parameters are in
    ``analysis.manifest.options``."""
    rows = [{"role": i.role, "name": i.name, "sha256": i.sha256, "records": i.records} for i in analysis.manifest.inputs]
    return _frame(rows, ["role", "name", "sha256", "records"], {"records": "int64"})


def evi_scores(responses, schools=None, instruments=None) -> "pd.DataFrame":
    """One row per school, wave and maturity pillar with own and derived scenario, ambition, satisfaction and
    the number of substantive statements (usable answers only; contains school ids — not for publication)."""
    from cmkit import _core

    cols = ["school_id", "wave", "instrument", "pillar", "municipality", "sector", "track", "own_scenario",
            "derived_scenario", "ambition", "sat_general", "sat_pupils", "statements_answered"]
    rows = [{c: getattr(s, c) for c in cols} for s in _core.evi_scores(responses, instruments, schools)]
    return _frame(rows, cols, {"wave": "int64", "statements_answered": "int64", "own_scenario": "Int64",
                               "derived_scenario": "Int64", "ambition": "Int64", "sat_general": "Int64",
                               "sat_pupils": "Int64"})


def evi_responses(responses, categorical: bool = False) -> "pd.DataFrame":
    """The answers as the interchange table school_id, wave, instrument, pillar, item, value (Int64, <NA> when
    not answered), built from the set's columns (:meth:`cmkit.EviResponseSet.columns`) without a Python
    object per answer; the coded columns are the ``string`` dtype. ``categorical=True`` keeps the four coded
    columns as pandas Categoricals (their dictionaries, of the ``string`` dtype, in order of first
    appearance), which is smaller and faster for large sets."""
    pd = _pd()
    import numpy as np

    c = responses.columns()
    data = {}
    for name in ("school_id", "wave", "instrument", "pillar", "item"):
        if name == "wave":
            data[name] = np.asarray(c["wave"], dtype="int64")
            continue
        codes, values = c[name]
        cat = pd.Categorical.from_codes(np.asarray(codes, dtype="int64"), categories=pd.Index(values, dtype="string"))
        data[name] = cat if categorical else pd.array(np.asarray(cat, dtype=object), dtype="string")
    data["value"] = pd.arrays.IntegerArray(np.array(c["value"], dtype="int64"), ~np.asarray(c["answered"]))
    return conform(pd.DataFrame(data, columns=["school_id", "wave", "instrument", "pillar", "item", "value"]))


def evi_dossier(dossier) -> "pd.DataFrame":
    """A school's dossier rows: wave, instrument, pillar, own and derived scenario, agrees, previous wave,
    change, ambition, ambition gap, satisfaction."""
    cols = ["wave", "instrument", "pillar", "own_scenario", "derived_scenario", "agrees", "previous_wave", "change",
            "ambition", "ambition_gap", "sat_general", "sat_pupils"]
    rows = [{c: getattr(r, c) for c in cols} for r in dossier.rows]
    return _frame(rows, cols, {"wave": "int64", "own_scenario": "Int64", "derived_scenario": "Int64",
                               "agrees": "boolean", "previous_wave": "Int64", "change": "Int64", "ambition": "Int64",
                               "ambition_gap": "Int64", "sat_general": "Int64", "sat_pupils": "Int64"})
