"""
cmkit's compiled core (C++). Import the package `cmkit` instead of this module.
"""
from __future__ import annotations
import collections.abc
import datetime
import decimal
import enum
import fractions
import os
import typing
__all__: list[str] = ['ActivityList', 'ActivitySlots', 'ActualEntry', 'AgendaEvent', 'AgendaOptions', 'Budget', 'BudgetActualRow', 'BudgetLine', 'BudgetRow', 'CodeStatement', 'Collaboration', 'ContextFigure', 'Covenant', 'Cut', 'CutPolicy', 'Cycle', 'Date', 'EventKind', 'EviAgreementRow', 'EviAlphaRow', 'EviAmbitionRow', 'EviAnalysis', 'EviAnalysisOptions', 'EviConsistencyRow', 'EviDistributionRow', 'EviDossier', 'EviDossierRow', 'EviDossierWave', 'EviInstrument', 'EviIntervalRow', 'EviItem', 'EviItemKind', 'EviItemSummaryRow', 'EviManifest', 'EviManifestInput', 'EviPairedChangeRow', 'EviPillar', 'EviResponse', 'EviResponseRow', 'EviResponseSet', 'EviScale', 'EviScalePoint', 'EviScenarioText', 'EviScore', 'EviScoring', 'EviSynthOptions', 'EviSyntheticData', 'EviTransitionRow', 'EviValidationOptions', 'Finding', 'FindingFigure', 'HoursLine', 'Inhabitants', 'Initiative', 'Item', 'KnowledgeForm', 'KnowledgeLevel', 'KnowledgeSharing', 'Label', 'Lang', 'Limit', 'LimitBase', 'LimitKind', 'MatchingBasis', 'MatchingRow', 'MatchingShare', 'MatchingSplit', 'Money', 'MonitoringActivity', 'MonitoringScope', 'MunicipalPriorities', 'Municipality', 'Note', 'Objective', 'Penvoerder', 'Period', 'Phase', 'PhaseRemainder', 'Plan', 'PlanningItem', 'PlanningYear', 'PriorityCoverage', 'ProgrammeActivity', 'ProgrammeLine', 'ProgressData', 'RateVariant', 'Ratio', 'Realisation', 'Region', 'ResultTarget', 'Risk', 'Role', 'Rollup', 'Rounding', 'RuleOptions', 'RuleSet', 'ScaleCode', 'ScalePoint', 'School', 'SchoolRegistry', 'SchoolYear', 'Sector', 'Severity', 'Side', 'SlotRule', 'SourceDocument', 'StatedTotals', 'SteeringGroup', 'SteeringMember', 'Survey', 'SurveyAnalysis', 'SurveyAnswer', 'SurveyComparisonRow', 'SurveyDistributionRow', 'SurveyGroup', 'SurveyItem', 'SurveyResponseRow', 'SurveyResponses', 'SurveyScale', 'SurveySummaryRow', 'SurveyTheme', 'Table', 'TargetCounting', 'TargetPeriod', 'TargetProgress', 'Term', 'Track', 'TrackStep', 'TrajectoryAnalysis', 'TrajectoryEvent', 'TrajectoryRun', 'TrajectoryState', 'TrajectoryStatus', 'Vocabulary', 'WhatIfResult', 'Year', 'agenda', 'agenda_to_ics', 'analyse_survey', 'analyse_trajectories', 'budget_hledger', 'budget_rows', 'budget_rows_csv', 'budget_vs_actual', 'builtin_evi_instruments', 'category_label', 'check_agenda_against_targets', 'check_evi_instrument', 'check_plan_structure', 'check_progress', 'cost_categories', 'csv_text_cell', 'default_slot_rules', 'default_source', 'events_from_csv', 'events_to_csv', 'evi_analyse', 'evi_audit', 'evi_demo_amstelland', 'evi_dossier', 'evi_instrument', 'evi_instruments', 'evi_output_files', 'evi_responses_from_csv', 'evi_responses_from_json', 'evi_responses_to_csv', 'evi_scores', 'evi_suppress', 'evi_suppress_linked', 'evi_synthetic', 'evi_table', 'evi_table_columns', 'evi_table_csv', 'evi_table_names', 'format_integer', 'has_errors', 'income_categories', 'library_version', 'load_evi_instrument', 'load_evi_responses', 'load_plan', 'load_progress', 'load_realisation', 'load_schools', 'load_survey', 'load_survey_responses', 'matching_csv', 'matching_split', 'newcombe_interval', 'parse_cut', 'plan_from_json', 'plan_json_schema', 'plan_to_json', 'priority_coverage', 'realisation_from_csv', 'realisation_to_csv', 'record_fields', 'reference_plan', 'reference_plan_json', 'reference_plans', 'remaining_for_phase', 'rollup', 'rollup_table_names', 'rule_set', 'rule_sets', 'save_plan', 'schools_from_csv', 'schools_to_csv', 'set_spreadsheet_safe_csv', 'spend_follows_matching', 'spreadsheet_safe_csv', 'survey_comparison', 'survey_comparison_csv', 'survey_comparison_table', 'survey_definition', 'survey_definitions', 'survey_distribution', 'survey_distribution_csv', 'survey_distribution_table', 'survey_from_json', 'survey_response', 'survey_response_csv', 'survey_response_table', 'survey_responses_from_csv', 'survey_responses_to_csv', 'survey_summary', 'survey_summary_csv', 'survey_summary_table', 'survey_synthetic', 'survey_waves', 'synthetic_plans', 'synthetic_progress', 'target_progress', 'upgrade_steps', 'validate', 'validate_activities', 'validate_budget', 'validate_evi_responses', 'validate_realisation', 'validate_schools', 'validate_survey', 'validate_survey_responses', 'vocabularies', 'vocabulary', 'what_if', 'wilson_interval', 'write_evi_outputs', 'write_output_directory', 'write_output_file']
class Table:
    """
    A table of named, typed, nullable columns (integer, double, text, boolean), as every analysis table of cmkit is made in C++. `cmkit.frames.table_frame(t)` makes a DataFrame of it; `to_csv()` and `to_json()` are the writers the CLI uses.
    """
    def __len__(self) -> int:
        """
        The number of rows.
        """
    def __repr__(self) -> str:
        ...
    def _repr_html_(self) -> str:
        ...
    def column(self, name: str) -> dict[str, typing.Any]:
        """
        One column without a Python object per row: a dict with 'type', 'nullable', 'doc', 'valid' (bool array, False where null) and 'values' (int64, float64 with NaN where null, or bool) or, for text, 'codes' (uint32) and 'dictionary' (list of str). The arrays share the table's memory (read-only).
        """
    def column_info(self) -> list[typing.Any]:
        """
        Per column (name, type, nullable, doc); type is 'integer', 'double', 'text' or 'boolean'.
        """
    def column_names(self, csv_only: bool = False) -> list[str]:
        """
        The column names in order (csv_only: those of the CSV form).
        """
    def columns(self) -> dict[str, typing.Any]:
        """
        Every column as by column(name), in order.
        """
    def to_csv(self) -> str:
        """
        The CSV form: ',' and '\\n', a header, empty cells for nulls, true/false, doubles as Python's repr() (or fixed decimals where the column says so).
        """
    def to_json(self, indent: typing.SupportsInt | typing.SupportsIndex = -1) -> str:
        """
        The JSON form: {'schema': 'Table.1', 'name', 'columns': [{name, type, nullable, doc}], 'rows': [[...]]}.
        """
    @property
    def name(self) -> str:
        """
        The table's name (e.g. 'distribution').
        """
class Sector(enum.Enum):
    """
    Education sector: PO (primary), SBO (special primary), SO (special), VO (secondary).
    """
    PO = 0
    SBO = 1
    SO = 2
    VO = 3
class Side(enum.Enum):
    """
    Budget side: INCOME (baten) or COST (lasten).
    """
    COST = 1
    INCOME = 0
class KnowledgeLevel(enum.Enum):
    """
    Level at which knowledge is shared.
    """
    MUNICIPAL = 3
    NATIONAL = 0
    PROVINCIAL = 1
    REGIONAL = 2
class MonitoringScope(enum.Enum):
    """
    Who or what a monitoring activity is held for.
    """
    ACTIVITY = 3
    REGION = 0
    SCHOOL = 1
    SCHOOL_AND_PARTNER = 2
class Severity(enum.Enum):
    """
    How serious a finding is: ERROR breaks a rule, WARNING deserves attention, INFO explains.
    """
    ERROR = 0
    INFO = 2
    WARNING = 1
class LimitKind(enum.Enum):
    """
    What a limit of the regulation compares.
    """
    FIXED_SHARE = 2
    MAX_SHARE = 0
    MIN_AMOUNT = 3
    MIN_SHARE = 1
class LimitBase(enum.Enum):
    """
    The base a limit's share is taken of.
    """
    ACTIVITY_COSTS = 1
    NONE = 2
    TOTAL_COSTS = 0
class MatchingBasis(enum.Enum):
    """
    How a municipality's share of the matching was determined.
    """
    AGREED = 1
    INHABITANTS = 0
    UNSPLIT = 2
class TargetCounting(enum.Enum):
    """
    How a result target's total relates to its periods: UNIQUE (each unit once) or SUM.
    """
    SUM = 1
    UNIQUE = 0
class EventKind(enum.Enum):
    """
    What happened to a school's trajectory (start, start-step, finish-step, ...).
    """
    FINISH_STEP = 2
    JOIN = 8
    MOVE = 9
    PAUSE = 4
    RESTART = 7
    RESUME = 5
    SKIP_STEP = 3
    START = 0
    START_RENEWAL = 10
    START_STEP = 1
    STOP = 6
class TrajectoryStatus(enum.Enum):
    """
    Where a trajectory stands.
    """
    ACTIVE = 1
    FINISHED = 4
    NOT_STARTED = 0
    PAUSED = 2
    STOPPED = 3
class EviItemKind(enum.Enum):
    """
    What an Evi item measures: STATEMENT, OWN_SCENARIO, AMBITION, SATISFACTION, OBJECTIVE, OTHER.
    """
    AMBITION = 2
    OBJECTIVE = 4
    OTHER = 5
    OWN_SCENARIO = 1
    SATISFACTION = 3
    STATEMENT = 0
class CutPolicy(enum.Enum):
    """
    How costs shrink in a what-if: PRO_RATA or PROTECT_ACTIVITIES.
    """
    PROTECT_ACTIVITIES = 1
    PRO_RATA = 0
class Rounding(enum.Enum):
    """
    How an inexact division is rounded.
    """
    CEILING = 4
    FLOOR = 3
    HALF_EVEN = 0
    HALF_UP = 1
    TOWARD_ZERO = 2
class Lang(enum.Enum):
    """
    Language of labels and reports.
    """
    EN = 1
    NL = 0
class Money:
    """
    An exact amount of euros stored as integer cents (64-bit). Never built from a float.
    """
    @staticmethod
    def from_decimal(amount: decimal.Decimal) -> Money:
        """
        From a decimal.Decimal number of euros; must be exact to the cent.
        """
    @staticmethod
    def from_euros(euros: int) -> Money:
        """
        Whole euros.
        """
    @staticmethod
    def parse(text: str) -> Money:
        """
        Parse Dutch notation: '€ 134.812', '134.812,50', '-5.000'.
        """
    @staticmethod
    def sum(amounts: collections.abc.Iterable[Money]) -> Money:
        """
        Checked sum of Money values.
        """
    def __add__(self, arg0: Money) -> Money:
        ...
    def __bool__(self) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: Money) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __ge__(self, arg0: Money) -> bool:
        ...
    def __getstate__(self) -> tuple[int]:
        ...
    def __gt__(self, arg0: Money) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, cents: int = 0) -> None:
        """
        The amount `cents` euro cents.
        """
    def __le__(self, arg0: Money) -> bool:
        ...
    def __lt__(self, arg0: Money) -> bool:
        ...
    def __mul__(self, arg0: int) -> Money:
        ...
    def __ne__(self, arg0: object) -> bool:
        ...
    def __neg__(self) -> Money:
        ...
    def __repr__(self) -> str:
        ...
    def __rmul__(self, arg0: int) -> Money:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def __sub__(self, arg0: Money) -> Money:
        ...
    def allocate(self, weights: collections.abc.Sequence[int]) -> list[Money]:
        """
        Split over integer weights by largest remainder; the parts always sum exactly to self.
        """
    def format(self, style: str = 'nl', symbol: bool = True, cents: str = 'auto') -> str:
        """
        Text in Dutch ('nl': € 134.812,50) or English ('en': €134,812.50) notation.
        """
    def mul_ratio(self, numerator: typing.SupportsInt | typing.SupportsIndex, denominator: typing.SupportsInt | typing.SupportsIndex, rounding: Rounding = Rounding.HALF_UP) -> Money:
        """
        self × numerator / denominator, rounded as asked.
        """
    def to_decimal(self) -> decimal.Decimal:
        """
        The amount in euros as a decimal.Decimal (exact).
        """
    @property
    def cents(self) -> int:
        """
        The exact amount in cents (int).
        """
class Date:
    """
    A day of the Gregorian calendar.
    """
    @staticmethod
    def from_date(date: datetime.date) -> Date:
        """
        From a datetime.date.
        """
    @staticmethod
    def parse(iso: str) -> Date:
        """
        ISO form YYYY-MM-DD.
        """
    @typing.overload
    def __eq__(self, arg0: Date) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __ge__(self, arg0: Date) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __gt__(self, arg0: Date) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, year: typing.SupportsInt | typing.SupportsIndex, month: typing.SupportsInt | typing.SupportsIndex, day: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __le__(self, arg0: Date) -> bool:
        ...
    def __lt__(self, arg0: Date) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    def add_days(self, days: typing.SupportsInt | typing.SupportsIndex) -> Date:
        ...
    def days_until(self, other: Date) -> int:
        ...
    def iso_weekday(self) -> int:
        ...
    def to_date(self) -> datetime.date:
        """
        As a datetime.date.
        """
    @property
    def day(self) -> int:
        ...
    @property
    def month(self) -> int:
        ...
    @property
    def year(self) -> int:
        ...
class Period:
    """
    A closed range of dates [start, end].
    """
    @staticmethod
    def parse(text: str) -> Period:
        """
        START..END in ISO dates.
        """
    def __contains__(self, arg0: Date) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: Period) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start: Date, end: Date) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    @typing.overload
    def contains(self, date: Date) -> bool:
        ...
    @typing.overload
    def contains(self, period: Period) -> bool:
        ...
    def length_days(self) -> int:
        ...
    def name(self) -> str:
        """
        The period as tables name it: '2027' (one calendar year), '2025-2026' (whole calendar years),
        otherwise 'start/end' in ISO dates.
        """
    def overlaps(self, other: Period) -> bool:
        ...
    def school_years(self) -> list[SchoolYear]:
        ...
    def years(self) -> list[Year]:
        ...
    @property
    def end(self) -> Date:
        ...
    @property
    def start(self) -> Date:
        ...
class Year:
    """
    A calendar year (budget year).
    """
    @staticmethod
    def of(date: Date) -> Year:
        ...
    @typing.overload
    def __eq__(self, arg0: Year) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, year: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __int__(self) -> int:
        ...
    def __le__(self, arg0: Year) -> bool:
        ...
    def __lt__(self, arg0: Year) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, date: Date) -> bool:
        ...
    def next(self) -> Year:
        ...
    def period(self) -> Period:
        ...
    @property
    def end(self) -> Date:
        ...
    @property
    def start(self) -> Date:
        ...
    @property
    def value(self) -> int:
        ...
class SchoolYear:
    """
    A school year, 1 August to 31 July, written 2025-2026.
    """
    @staticmethod
    def of(date: Date) -> SchoolYear:
        ...
    @staticmethod
    def parse(text: str) -> SchoolYear:
        ...
    @typing.overload
    def __eq__(self, arg0: SchoolYear) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> int:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, start_year: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __le__(self, arg0: SchoolYear) -> bool:
        ...
    def __lt__(self, arg0: SchoolYear) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, date: Date) -> bool:
        ...
    def next(self) -> SchoolYear:
        ...
    def period(self) -> Period:
        ...
    @property
    def end(self) -> Date:
        ...
    @property
    def start(self) -> Date:
        ...
    @property
    def start_year(self) -> int:
        ...
class Cycle:
    """
    A recurring period: length in months and an anchor month/day.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    @staticmethod
    def calendar_year() -> Cycle:
        ...
    @staticmethod
    def school_year() -> Cycle:
        ...
    def __eq__(self, arg0: object) -> bool:
        ...
    def __init__(self, months: typing.SupportsInt | typing.SupportsIndex, anchor_month: typing.SupportsInt | typing.SupportsIndex, anchor_day: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def containing(self, date: Date) -> Period:
        ...
    def starting_in(self, year: typing.SupportsInt | typing.SupportsIndex) -> Period:
        ...
    @property
    def anchor_day(self) -> int:
        ...
    @property
    def anchor_month(self) -> int:
        ...
    @property
    def months(self) -> int:
        ...
class Label:
    """
    A label in Dutch (as in the plan) and English.
    """
    @typing.overload
    def __eq__(self, arg0: Label) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[str, str]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, nl: str, en: str = '') -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def __str__(self) -> str:
        ...
    def text(self, lang: str = 'nl') -> str:
        """
        The label in 'nl' or 'en' (falls back to Dutch).
        """
    @property
    def en(self) -> str:
        ...
    @property
    def nl(self) -> str:
        ...
class Ratio:
    """
    A share kept as numerator and denominator.
    """
    @typing.overload
    def __eq__(self, arg0: Ratio) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> tuple[int, int]:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, numerator: typing.SupportsInt | typing.SupportsIndex, denominator: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple[typing.Any, ...]) -> None:
        ...
    def percent_text(self, decimals: typing.SupportsInt | typing.SupportsIndex = 0, lang: str = 'nl') -> str:
        ...
    def to_fraction(self) -> fractions.Fraction:
        """
        As an exact fractions.Fraction.
        """
    @property
    def denominator(self) -> int:
        ...
    @property
    def numerator(self) -> int:
        ...
class Inhabitants:
    """
    A count of inhabitants with its source and reference date.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('count', 'reference_date', 'source')
    schema: typing.ClassVar[str] = 'Inhabitants.1'
    @staticmethod
    def from_json(text: str) -> Inhabitants:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Inhabitants:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Inhabitants:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Inhabitants) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, count: int = ..., reference_date: Date = ..., source: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Inhabitants (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, count: int = ..., reference_date: Date = ..., source: str = ...) -> Inhabitants:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def count(self) -> int:
        """
        number of inhabitants
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def reference_date(self) -> Date:
        """
        the date the count describes
        """
    @property
    def source(self) -> str:
        """
        the public source of the figure
        """
class Municipality:
    """
    A municipality with its CBS code and inhabitants (which may be unknown).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'name', 'cbs_code', 'inhabitants', 'inhabitants_note')
    schema: typing.ClassVar[str] = 'Municipality.1'
    @staticmethod
    def from_json(text: str) -> Municipality:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Municipality:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Municipality:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Municipality) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., name: str = ..., cbs_code: str = ..., inhabitants: Inhabitants | None = ..., inhabitants_note: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Municipality (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., name: str = ..., cbs_code: str = ..., inhabitants: Inhabitants | None = ..., inhabitants_note: str | None = ...) -> Municipality:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def cbs_code(self) -> str:
        """
        CBS code GMxxxx
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        """
        stable slug
        """
    @property
    def inhabitants(self) -> Inhabitants | None:
        """
        absent when no cited public figure is known
        """
    @property
    def inhabitants_note(self) -> str | None:
        """
        why the inhabitants are unknown
        """
    @property
    def name(self) -> str:
        ...
class Region:
    """
    The region a penvoerder serves.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'name', 'municipalities')
    schema: typing.ClassVar[str] = 'Region.1'
    @staticmethod
    def from_json(text: str) -> Region:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Region:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Region:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Region) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., name: str = ..., municipalities: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Region (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., name: str = ..., municipalities: collections.abc.Sequence[str] = ...) -> Region:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def municipalities(self) -> list[str]:
        """
        ids of the municipalities, in the plan's order
        """
    @property
    def name(self) -> str:
        ...
class Penvoerder:
    """
    The coordinating institution that applies for and reports on the grant.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'name', 'programme_name', 'seat', 'active_since', 'cmk_since')
    schema: typing.ClassVar[str] = 'Penvoerder.1'
    @staticmethod
    def from_json(text: str) -> Penvoerder:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Penvoerder:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Penvoerder:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Penvoerder) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., name: str = ..., programme_name: str = ..., seat: str = ..., active_since: int | None = ..., cmk_since: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Penvoerder (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., name: str = ..., programme_name: str = ..., seat: str = ..., active_since: int | None = ..., cmk_since: int | None = ...) -> Penvoerder:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def active_since(self) -> int | None:
        ...
    @property
    def cmk_since(self) -> int | None:
        """
        first year the programme organisation took part in CmK
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def programme_name(self) -> str:
        ...
    @property
    def seat(self) -> str:
        ...
class School:
    """
    A school or school location.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('brin', 'name', 'municipality', 'sector', 'pupils', 'track', 'icc', 'icc_certified', 'second_icc_or_working_group', 'cultuurplan', 'cultuurcoordinator', 'achterstandsscore')
    schema: typing.ClassVar[str] = 'School.1'
    @staticmethod
    def from_json(text: str) -> School:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    @staticmethod
    def is_valid_brin(brin: str) -> bool:
        ...
    def __copy__(self) -> School:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> School:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: School) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, brin: str = ..., name: str = ..., municipality: str = ..., sector: Sector = ..., pupils: int | None = ..., track: str | None = ..., icc: bool = ..., icc_certified: bool = ..., second_icc_or_working_group: bool = ..., cultuurplan: bool = ..., cultuurcoordinator: bool = ..., achterstandsscore: Ratio | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a School (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, brin: str = ..., name: str = ..., municipality: str = ..., sector: Sector = ..., pupils: int | None = ..., track: str | None = ..., icc: bool = ..., icc_certified: bool = ..., second_icc_or_working_group: bool = ..., cultuurplan: bool = ..., cultuurcoordinator: bool = ..., achterstandsscore: Ratio | None = ...) -> School:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def achterstandsscore(self) -> Ratio | None:
        """
        exact decimal as numerator/denominator
        """
    @property
    def brin(self) -> str:
        """
        BRIN code: 2 digits + 2 letters/digits, optionally + 2 digits
        """
    @property
    def cultuurcoordinator(self) -> bool:
        """
        VO: has a cultuurcoördinator
        """
    @property
    def cultuurplan(self) -> bool:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def icc(self) -> bool:
        """
        has an icc'er
        """
    @property
    def icc_certified(self) -> bool:
        """
        the icc'er is certified
        """
    @property
    def municipality(self) -> str:
        """
        municipality id
        """
    @property
    def name(self) -> str:
        ...
    @property
    def pupils(self) -> int | None:
        ...
    @property
    def second_icc_or_working_group(self) -> bool:
        ...
    @property
    def sector(self) -> Sector:
        ...
    @property
    def track(self) -> str | None:
        """
        track id the school takes part in
        """
class BudgetLine:
    """
    A budget line with an amount (integer cents) per year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'category', 'amounts', 'stated_total', 'source', 'municipality', 'programme_line', 'tags')
    schema: typing.ClassVar[str] = 'BudgetLine.1'
    @staticmethod
    def from_json(text: str) -> BudgetLine:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> BudgetLine:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> BudgetLine:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: BudgetLine) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., category: str = ..., amounts: collections.abc.Mapping[int, Money] = ..., stated_total: Money | None = ..., source: str | None = ..., municipality: str | None = ..., programme_line: str | None = ..., tags: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a BudgetLine (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def has_tag(self, tag: str) -> bool:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., category: str = ..., amounts: collections.abc.Mapping[int, Money] = ..., stated_total: Money | None = ..., source: str | None = ..., municipality: str | None = ..., programme_line: str | None = ..., tags: collections.abc.Sequence[str] = ...) -> BudgetLine:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def total(self) -> Money:
        """
        Sum over all years.
        """
    @property
    def amounts(self) -> dict[int, Money]:
        """
        year -> amount in integer euro cents
        """
    @property
    def category(self) -> str:
        """
        income source or cost category
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def municipality(self) -> str | None:
        """
        municipality id, when the line is split per municipality
        """
    @property
    def programme_line(self) -> str | None:
        """
        programme line id, when split per line
        """
    @property
    def source(self) -> str | None:
        """
        who pays (income lines)
        """
    @property
    def stated_total(self) -> Money | None:
        """
        the line total stated by the source, integer cents
        """
    @property
    def tags(self) -> list[str]:
        """
        tags such as vo, out-of-school
        """
class StatedTotals:
    """
    Totals as stated by the source, per year and over the period.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('amounts', 'total')
    schema: typing.ClassVar[str] = 'StatedTotals.1'
    @staticmethod
    def from_json(text: str) -> StatedTotals:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> StatedTotals:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> StatedTotals:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: StatedTotals) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, amounts: collections.abc.Mapping[int, Money] = ..., total: Money | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a StatedTotals (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, amounts: collections.abc.Mapping[int, Money] = ..., total: Money | None = ...) -> StatedTotals:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amounts(self) -> dict[int, Money]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def total(self) -> Money | None:
        ...
class HoursLine:
    """
    In-kind school contribution in hours per year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'sector', 'label', 'hours', 'stated_total')
    schema: typing.ClassVar[str] = 'HoursLine.1'
    @staticmethod
    def from_json(text: str) -> HoursLine:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> HoursLine:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> HoursLine:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: HoursLine) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., sector: Sector = ..., label: Label = ..., hours: collections.abc.Mapping[int, int] = ..., stated_total: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a HoursLine (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., sector: Sector = ..., label: Label = ..., hours: collections.abc.Mapping[int, int] = ..., stated_total: int | None = ...) -> HoursLine:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def total(self) -> int:
        """
        Sum of hours over all years.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def hours(self) -> dict[int, int]:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def sector(self) -> Sector:
        ...
    @property
    def stated_total(self) -> int | None:
        ...
class MatchingShare:
    """
    A municipality's agreed share of the matching per year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('municipality', 'amounts', 'derived')
    schema: typing.ClassVar[str] = 'MatchingShare.1'
    @staticmethod
    def from_json(text: str) -> MatchingShare:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> MatchingShare:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> MatchingShare:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: MatchingShare) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, municipality: str = ..., amounts: collections.abc.Mapping[int, Money] = ..., derived: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a MatchingShare (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, municipality: str = ..., amounts: collections.abc.Mapping[int, Money] = ..., derived: str | None = ...) -> MatchingShare:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amounts(self) -> dict[int, Money]:
        """
        year -> integer cents
        """
    @property
    def derived(self) -> str | None:
        """
        absent when the plan states the amounts; 'inhabitants' when cmkit derived them from the inhabitant split (written by a what-if that cuts one municipality's part of a matching the plan does not divide)
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipality(self) -> str:
        ...
class Budget:
    """
    The budget of a plan.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('version', 'revision_date', 'description', 'income', 'costs', 'stated_income', 'stated_costs', 'stated_result', 'school_hours', 'matching_shares')
    schema: typing.ClassVar[str] = 'Budget.1'
    @staticmethod
    def from_json(text: str) -> Budget:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Budget:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Budget:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Budget) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, version: str = ..., revision_date: Date | None = ..., description: str | None = ..., income: collections.abc.Sequence[BudgetLine] = ..., costs: collections.abc.Sequence[BudgetLine] = ..., stated_income: StatedTotals = ..., stated_costs: StatedTotals = ..., stated_result: StatedTotals = ..., school_hours: collections.abc.Sequence[HoursLine] = ..., matching_shares: collections.abc.Sequence[MatchingShare] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Budget (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def hours(self, sector: Sector, year: typing.SupportsInt | typing.SupportsIndex | None = None) -> int:
        """
        School hours of one sector in one year, or over all years.
        """
    def lines(self, side: Side) -> list[BudgetLine]:
        """
        The lines of one side.
        """
    def replace(self, *, version: str = ..., revision_date: Date | None = ..., description: str | None = ..., income: collections.abc.Sequence[BudgetLine] = ..., costs: collections.abc.Sequence[BudgetLine] = ..., stated_income: StatedTotals = ..., stated_costs: StatedTotals = ..., stated_result: StatedTotals = ..., school_hours: collections.abc.Sequence[HoursLine] = ..., matching_shares: collections.abc.Sequence[MatchingShare] = ...) -> Budget:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    @typing.overload
    def result(self, year: typing.SupportsInt | typing.SupportsIndex) -> Money:
        """
        Income minus costs in one year.
        """
    @typing.overload
    def result(self) -> Money:
        """
        Income minus costs over all years.
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def total(self, side: Side) -> Money:
        """
        Sum of one side over all years.
        """
    def what_if(self, *args: str | Cut, plan: Plan, policy: CutPolicy | str = CutPolicy.PRO_RATA, rules: str | None = None) -> WhatIfResult:
        """
        budget.what_if('Aalsmeer:-50%:2026', ..., plan=plan, policy='protect-activities'): the budget after the
        cuts (a new version) and the findings it triggers, as a WhatIfResult.
        """
    def year_total(self, side: Side, year: typing.SupportsInt | typing.SupportsIndex) -> Money:
        """
        Sum of one side in one year.
        """
    def years(self) -> list[int]:
        """
        Every year any line mentions, in order.
        """
    @property
    def costs(self) -> list[BudgetLine]:
        ...
    @property
    def description(self) -> str | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def income(self) -> list[BudgetLine]:
        ...
    @property
    def matching_shares(self) -> list[MatchingShare]:
        """
        agreed municipal shares of the matching
        """
    @property
    def revision_date(self) -> Date | None:
        ...
    @property
    def school_hours(self) -> list[HoursLine]:
        ...
    @property
    def stated_costs(self) -> StatedTotals:
        ...
    @property
    def stated_income(self) -> StatedTotals:
        ...
    @property
    def stated_result(self) -> StatedTotals:
        ...
    @property
    def version(self) -> str:
        ...
class Item:
    """
    A labelled item of a list in the plan.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label')
    schema: typing.ClassVar[str] = 'Item.1'
    @staticmethod
    def from_json(text: str) -> Item:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Item:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Item:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Item) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Item (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ...) -> Item:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
class Phase:
    """
    A phase of the plan period.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('number', 'label', 'period')
    schema: typing.ClassVar[str] = 'Phase.1'
    @staticmethod
    def from_json(text: str) -> Phase:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Phase:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Phase:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Phase) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, number: int = ..., label: Label = ..., period: Period = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Phase (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, number: int = ..., label: Label = ..., period: Period = ...) -> Phase:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def number(self) -> int:
        ...
    @property
    def period(self) -> Period:
        ...
class Objective:
    """
    A project objective.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label')
    schema: typing.ClassVar[str] = 'Objective.1'
    @staticmethod
    def from_json(text: str) -> Objective:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Objective:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Objective:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Objective) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Objective (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ...) -> Objective:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
class ActivityList:
    """
    A list of activities of a programme line.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'phases', 'sectors', 'activities', 'note_nl')
    schema: typing.ClassVar[str] = 'ActivityList.1'
    @staticmethod
    def from_json(text: str) -> ActivityList:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ActivityList:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ActivityList:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ActivityList) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., phases: collections.abc.Sequence[int] = ..., sectors: collections.abc.Sequence[Sector] = ..., activities: collections.abc.Sequence[Item] = ..., note_nl: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ActivityList (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., phases: collections.abc.Sequence[int] = ..., sectors: collections.abc.Sequence[Sector] = ..., activities: collections.abc.Sequence[Item] = ..., note_nl: str | None = ...) -> ActivityList:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activities(self) -> list[Item]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def note_nl(self) -> str | None:
        ...
    @property
    def phases(self) -> list[int]:
        """
        phase numbers the list applies to
        """
    @property
    def sectors(self) -> list[Sector]:
        """
        sectors addressed; empty when not sector-specific
        """
class ProgrammeLine:
    """
    A programme line and the objectives it serves.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'objectives', 'description_nl', 'focus_areas', 'professionalisation_groups', 'activity_lists')
    schema: typing.ClassVar[str] = 'ProgrammeLine.1'
    @staticmethod
    def from_json(text: str) -> ProgrammeLine:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ProgrammeLine:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ProgrammeLine:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ProgrammeLine) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., objectives: collections.abc.Sequence[str] = ..., description_nl: str = ..., focus_areas: collections.abc.Sequence[Item] = ..., professionalisation_groups: collections.abc.Sequence[Item] = ..., activity_lists: collections.abc.Sequence[ActivityList] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ProgrammeLine (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., objectives: collections.abc.Sequence[str] = ..., description_nl: str = ..., focus_areas: collections.abc.Sequence[Item] = ..., professionalisation_groups: collections.abc.Sequence[Item] = ..., activity_lists: collections.abc.Sequence[ActivityList] = ...) -> ProgrammeLine:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activity_lists(self) -> list[ActivityList]:
        ...
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def focus_areas(self) -> list[Item]:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def objectives(self) -> list[str]:
        """
        ids of the objectives served
        """
    @property
    def professionalisation_groups(self) -> list[Item]:
        ...
class TrackStep:
    """
    One step of a track.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('number', 'label', 'description_nl', 'baseline_instrument')
    schema: typing.ClassVar[str] = 'TrackStep.1'
    @staticmethod
    def from_json(text: str) -> TrackStep:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TrackStep:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TrackStep:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TrackStep) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, number: int = ..., label: Label = ..., description_nl: str = ..., baseline_instrument: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TrackStep (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, number: int = ..., label: Label = ..., description_nl: str = ..., baseline_instrument: str | None = ...) -> TrackStep:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def baseline_instrument(self) -> str | None:
        """
        instrument of the nulmeting
        """
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def number(self) -> int:
        ...
class Track:
    """
    A track (spoor) of the two-track policy.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'spoor', 'label', 'sectors', 'new_schools', 'repeatable_yearly', 'description_nl', 'steps', 'trial_step', 'continues_in', 'curriculum_renewal_from_phase')
    schema: typing.ClassVar[str] = 'Track.1'
    @staticmethod
    def from_json(text: str) -> Track:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Track:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Track:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Track) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., spoor: int = ..., label: Label = ..., sectors: collections.abc.Sequence[Sector] = ..., new_schools: bool = ..., repeatable_yearly: bool = ..., description_nl: str = ..., steps: collections.abc.Sequence[TrackStep] = ..., trial_step: int | None = ..., continues_in: str | None = ..., curriculum_renewal_from_phase: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Track (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., spoor: int = ..., label: Label = ..., sectors: collections.abc.Sequence[Sector] = ..., new_schools: bool = ..., repeatable_yearly: bool = ..., description_nl: str = ..., steps: collections.abc.Sequence[TrackStep] = ..., trial_step: int | None = ..., continues_in: str | None = ..., curriculum_renewal_from_phase: int | None = ...) -> Track:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def continues_in(self) -> str | None:
        """
        track a school continues in after the last step
        """
    @property
    def curriculum_renewal_from_phase(self) -> int | None:
        ...
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def new_schools(self) -> bool:
        ...
    @property
    def repeatable_yearly(self) -> bool:
        ...
    @property
    def sectors(self) -> list[Sector]:
        ...
    @property
    def spoor(self) -> int:
        ...
    @property
    def steps(self) -> list[TrackStep]:
        ...
    @property
    def trial_step(self) -> int | None:
        """
        step passed before a school joins definitively
        """
class Initiative:
    """
    A named initiative: where it runs, where the plan means to take it.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'programme_line', 'municipalities', 'planned_in', 'description_nl', 'plan_nl')
    schema: typing.ClassVar[str] = 'Initiative.1'
    @staticmethod
    def from_json(text: str) -> Initiative:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Initiative:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Initiative:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Initiative) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., programme_line: str | None = ..., municipalities: collections.abc.Sequence[str] = ..., planned_in: collections.abc.Sequence[str] = ..., description_nl: str = ..., plan_nl: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Initiative (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., programme_line: str | None = ..., municipalities: collections.abc.Sequence[str] = ..., planned_in: collections.abc.Sequence[str] = ..., description_nl: str = ..., plan_nl: str = ...) -> Initiative:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_nl(self) -> str:
        """
        what it is, quoted from the source
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def municipalities(self) -> list[str]:
        """
        ids of the municipalities where it runs at the plan's start
        """
    @property
    def plan_nl(self) -> str:
        """
        what the plan intends with it, quoted from the source
        """
    @property
    def planned_in(self) -> list[str]:
        """
        ids of the municipalities the plan means to take it to
        """
    @property
    def programme_line(self) -> str | None:
        """
        id of the programme line it belongs to
        """
class TargetPeriod:
    """
    The number a result target plans in one reporting period.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('period', 'value', 'phase')
    schema: typing.ClassVar[str] = 'TargetPeriod.1'
    @staticmethod
    def from_json(text: str) -> TargetPeriod:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TargetPeriod:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TargetPeriod:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TargetPeriod) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, period: Period = ..., value: int = ..., phase: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TargetPeriod (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def name(self) -> str:
        """
        The period as tables name it: '2027', '2025-2026' (whole calendar years) or 'start/end'.
        """
    def replace(self, *, period: Period = ..., value: int = ..., phase: int | None = ...) -> TargetPeriod:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def period(self) -> Period:
        """
        first and last day of the reporting period, inside the plan period
        """
    @property
    def phase(self) -> int | None:
        """
        number of the plan phase this period is, when it is one
        """
    @property
    def value(self) -> int:
        """
        the number planned in this period
        """
class ResultTarget:
    """
    A result target: a number per reporting period and the total over the plan period.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'periods', 'total', 'counting', 'unit', 'note_nl', 'measure')
    schema: typing.ClassVar[str] = 'ResultTarget.2'
    @staticmethod
    def from_json(text: str) -> ResultTarget:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ResultTarget:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ResultTarget:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ResultTarget) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., periods: collections.abc.Sequence[TargetPeriod] = ..., total: int = ..., counting: TargetCounting = ..., unit: Label = ..., note_nl: str | None = ..., measure: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ResultTarget (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def planned(self, period: Period) -> int | None:
        """
        The value planned for exactly this period, or None.
        """
    def replace(self, *, id: str = ..., label: Label = ..., periods: collections.abc.Sequence[TargetPeriod] = ..., total: int = ..., counting: TargetCounting = ..., unit: Label = ..., note_nl: str | None = ..., measure: str | None = ...) -> ResultTarget:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def counting(self) -> TargetCounting:
        """
        unique: the total counts each unit once (largest period <= total <= sum); sum: total = sum of the periods
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def measure(self) -> str | None:
        """
        how achievements are derived from progress data
        """
    @property
    def note_nl(self) -> str | None:
        ...
    @property
    def periods(self) -> list[TargetPeriod]:
        """
        the number planned per reporting period, in order
        """
    @property
    def total(self) -> int:
        """
        the number over the whole plan period
        """
    @property
    def unit(self) -> Label:
        ...
class ContextFigure:
    """
    A count or share the plan states about its context.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'count', 'share', 'note_nl')
    schema: typing.ClassVar[str] = 'ContextFigure.1'
    @staticmethod
    def from_json(text: str) -> ContextFigure:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ContextFigure:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ContextFigure:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ContextFigure) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., count: int | None = ..., share: Ratio | None = ..., note_nl: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ContextFigure (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., count: int | None = ..., share: Ratio | None = ..., note_nl: str | None = ...) -> ContextFigure:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def count(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def note_nl(self) -> str | None:
        ...
    @property
    def share(self) -> Ratio | None:
        ...
class MunicipalPriorities:
    """
    A municipality's own priorities.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('municipality', 'priorities')
    schema: typing.ClassVar[str] = 'MunicipalPriorities.1'
    @staticmethod
    def from_json(text: str) -> MunicipalPriorities:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> MunicipalPriorities:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> MunicipalPriorities:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: MunicipalPriorities) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, municipality: str = ..., priorities: collections.abc.Sequence[Item] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a MunicipalPriorities (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, municipality: str = ..., priorities: collections.abc.Sequence[Item] = ...) -> MunicipalPriorities:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipality(self) -> str:
        ...
    @property
    def priorities(self) -> list[Item]:
        ...
class Role:
    """
    The role of a party in the programme.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'party', 'responsibility_nl', 'tasks')
    schema: typing.ClassVar[str] = 'Role.1'
    @staticmethod
    def from_json(text: str) -> Role:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Role:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Role:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Role) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., party: Label = ..., responsibility_nl: str = ..., tasks: collections.abc.Sequence[Item] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Role (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., party: Label = ..., responsibility_nl: str = ..., tasks: collections.abc.Sequence[Item] = ...) -> Role:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def party(self) -> Label:
        ...
    @property
    def responsibility_nl(self) -> str:
        ...
    @property
    def tasks(self) -> list[Item]:
        ...
class SteeringMember:
    """
    A seat in the steering group.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'new_in')
    schema: typing.ClassVar[str] = 'SteeringMember.1'
    @staticmethod
    def from_json(text: str) -> SteeringMember:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SteeringMember:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SteeringMember:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SteeringMember) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., new_in: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SteeringMember (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., new_in: str | None = ...) -> SteeringMember:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def new_in(self) -> str | None:
        ...
class SteeringGroup:
    """
    The steering group.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('name', 'purpose_nl', 'members')
    schema: typing.ClassVar[str] = 'SteeringGroup.1'
    @staticmethod
    def from_json(text: str) -> SteeringGroup:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SteeringGroup:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SteeringGroup:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SteeringGroup) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, name: Label = ..., purpose_nl: str = ..., members: collections.abc.Sequence[SteeringMember] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SteeringGroup (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, name: Label = ..., purpose_nl: str = ..., members: collections.abc.Sequence[SteeringMember] = ...) -> SteeringGroup:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def members(self) -> list[SteeringMember]:
        ...
    @property
    def name(self) -> Label:
        ...
    @property
    def purpose_nl(self) -> str:
        ...
class Collaboration:
    """
    A collaboration beyond the region's own structures.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'level', 'label', 'description_nl', 'partners')
    schema: typing.ClassVar[str] = 'Collaboration.1'
    @staticmethod
    def from_json(text: str) -> Collaboration:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Collaboration:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Collaboration:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Collaboration) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., level: str = ..., label: Label = ..., description_nl: str = ..., partners: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Collaboration (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., level: str = ..., label: Label = ..., description_nl: str = ..., partners: collections.abc.Sequence[str] = ...) -> Collaboration:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def level(self) -> str:
        ...
    @property
    def partners(self) -> list[str]:
        ...
class Covenant:
    """
    The regional covenant the plan carries out.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('name', 'period', 'signed_year', 'signed_month', 'parties', 'description_nl')
    schema: typing.ClassVar[str] = 'Covenant.1'
    @staticmethod
    def from_json(text: str) -> Covenant:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Covenant:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Covenant:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Covenant) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, name: Label = ..., period: Period = ..., signed_year: int | None = ..., signed_month: int | None = ..., parties: collections.abc.Sequence[Item] = ..., description_nl: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Covenant (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, name: Label = ..., period: Period = ..., signed_year: int | None = ..., signed_month: int | None = ..., parties: collections.abc.Sequence[Item] = ..., description_nl: str = ...) -> Covenant:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def name(self) -> Label:
        ...
    @property
    def parties(self) -> list[Item]:
        ...
    @property
    def period(self) -> Period:
        ...
    @property
    def signed_month(self) -> int | None:
        ...
    @property
    def signed_year(self) -> int | None:
        ...
class KnowledgeForm:
    """
    A form of knowledge sharing at a level.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'level', 'label', 'new_in')
    schema: typing.ClassVar[str] = 'KnowledgeForm.1'
    @staticmethod
    def from_json(text: str) -> KnowledgeForm:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> KnowledgeForm:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> KnowledgeForm:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: KnowledgeForm) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., level: KnowledgeLevel = ..., label: Label = ..., new_in: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a KnowledgeForm (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., level: KnowledgeLevel = ..., label: Label = ..., new_in: str | None = ...) -> KnowledgeForm:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def level(self) -> KnowledgeLevel:
        ...
    @property
    def new_in(self) -> str | None:
        ...
class KnowledgeSharing:
    """
    Knowledge sharing: forms and topics.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('description_nl', 'forms', 'topics')
    schema: typing.ClassVar[str] = 'KnowledgeSharing.1'
    @staticmethod
    def from_json(text: str) -> KnowledgeSharing:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> KnowledgeSharing:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> KnowledgeSharing:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: KnowledgeSharing) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, description_nl: str = ..., forms: collections.abc.Sequence[KnowledgeForm] = ..., topics: collections.abc.Sequence[Item] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a KnowledgeSharing (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, description_nl: str = ..., forms: collections.abc.Sequence[KnowledgeForm] = ..., topics: collections.abc.Sequence[Item] = ...) -> KnowledgeSharing:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def forms(self) -> list[KnowledgeForm]:
        ...
    @property
    def topics(self) -> list[Item]:
        ...
class MonitoringActivity:
    """
    A monitoring or evaluation activity and its rhythm.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'scope', 'years', 'times_per_year', 'performed_by', 'first_held', 'instruments', 'description_nl')
    schema: typing.ClassVar[str] = 'MonitoringActivity.1'
    @staticmethod
    def from_json(text: str) -> MonitoringActivity:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> MonitoringActivity:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> MonitoringActivity:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: MonitoringActivity) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., scope: MonitoringScope = ..., years: collections.abc.Sequence[int] = ..., times_per_year: int | None = ..., performed_by: str | None = ..., first_held: int | None = ..., instruments: collections.abc.Sequence[str] = ..., description_nl: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a MonitoringActivity (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def held_in(self, year: typing.SupportsInt | typing.SupportsIndex) -> bool:
        """
        True when the activity takes place in that year.
        """
    def replace(self, *, id: str = ..., label: Label = ..., scope: MonitoringScope = ..., years: collections.abc.Sequence[int] = ..., times_per_year: int | None = ..., performed_by: str | None = ..., first_held: int | None = ..., instruments: collections.abc.Sequence[str] = ..., description_nl: str = ...) -> MonitoringActivity:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def first_held(self) -> int | None:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def instruments(self) -> list[str]:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def performed_by(self) -> str | None:
        ...
    @property
    def scope(self) -> MonitoringScope:
        ...
    @property
    def times_per_year(self) -> int | None:
        """
        absent = continuous or as needed
        """
    @property
    def years(self) -> list[int]:
        """
        years it is held; empty = every year of the plan
        """
class PlanningItem:
    """
    An item of the global planning.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'period')
    schema: typing.ClassVar[str] = 'PlanningItem.1'
    @staticmethod
    def from_json(text: str) -> PlanningItem:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> PlanningItem:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> PlanningItem:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: PlanningItem) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., period: Period | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a PlanningItem (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., period: Period | None = ...) -> PlanningItem:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def period(self) -> Period | None:
        """
        part of the year, when limited
        """
class PlanningYear:
    """
    The global planning of one year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('year', 'phase', 'outline_only', 'items')
    schema: typing.ClassVar[str] = 'PlanningYear.1'
    @staticmethod
    def from_json(text: str) -> PlanningYear:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> PlanningYear:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> PlanningYear:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: PlanningYear) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, year: int = ..., phase: int = ..., outline_only: bool = ..., items: collections.abc.Sequence[PlanningItem] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a PlanningYear (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, year: int = ..., phase: int = ..., outline_only: bool = ..., items: collections.abc.Sequence[PlanningItem] = ...) -> PlanningYear:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def items(self) -> list[PlanningItem]:
        ...
    @property
    def outline_only(self) -> bool:
        ...
    @property
    def phase(self) -> int:
        ...
    @property
    def year(self) -> int:
        ...
class Risk:
    """
    A risk and its mitigation.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'category', 'description_nl', 'mitigation_nl')
    schema: typing.ClassVar[str] = 'Risk.1'
    @staticmethod
    def from_json(text: str) -> Risk:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Risk:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Risk:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Risk) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., category: str = ..., description_nl: str = ..., mitigation_nl: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Risk (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., category: str = ..., description_nl: str = ..., mitigation_nl: str = ...) -> Risk:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def category(self) -> str:
        ...
    @property
    def description_nl(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def mitigation_nl(self) -> str:
        ...
class CodeStatement:
    """
    How the penvoerder applies a sector code.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'text_nl')
    schema: typing.ClassVar[str] = 'CodeStatement.1'
    @staticmethod
    def from_json(text: str) -> CodeStatement:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> CodeStatement:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> CodeStatement:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: CodeStatement) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., text_nl: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a CodeStatement (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., text_nl: str = ...) -> CodeStatement:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def text_nl(self) -> str:
        ...
class Note:
    """
    A remark about the data, e.g. a contradiction in the source.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'pointers', 'text_nl', 'text_en')
    schema: typing.ClassVar[str] = 'Note.1'
    @staticmethod
    def from_json(text: str) -> Note:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Note:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Note:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Note) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., pointers: collections.abc.Sequence[str] = ..., text_nl: str = ..., text_en: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Note (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., pointers: collections.abc.Sequence[str] = ..., text_nl: str = ..., text_en: str = ...) -> Note:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def pointers(self) -> list[str]:
        ...
    @property
    def text_en(self) -> str:
        ...
    @property
    def text_nl(self) -> str:
        ...
class SourceDocument:
    """
    The document the data was taken from.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('title', 'file', 'language')
    schema: typing.ClassVar[str] = 'SourceDocument.1'
    @staticmethod
    def from_json(text: str) -> SourceDocument:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SourceDocument:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SourceDocument:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SourceDocument) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, title: Label = ..., file: str = ..., language: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SourceDocument (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, title: Label = ..., file: str = ..., language: str = ...) -> SourceDocument:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def file(self) -> str:
        ...
    @property
    def language(self) -> str:
        ...
    @property
    def title(self) -> Label:
        ...
class RuleOptions:
    """
    Limits of the rule set switched on or off for this plan.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('enable', 'disable')
    schema: typing.ClassVar[str] = 'RuleOptions.1'
    @staticmethod
    def from_json(text: str) -> RuleOptions:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> RuleOptions:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> RuleOptions:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: RuleOptions) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, enable: collections.abc.Sequence[str] = ..., disable: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a RuleOptions (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, enable: collections.abc.Sequence[str] = ..., disable: collections.abc.Sequence[str] = ...) -> RuleOptions:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def disable(self) -> list[str]:
        ...
    @property
    def enable(self) -> list[str]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
class Plan:
    """
    A CmK plan of a penvoerder.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'fictional', 'title', 'edition', 'source', 'region', 'penvoerder', 'period', 'phases', 'summary_nl', 'objectives', 'programme_lines', 'initiatives', 'tracks', 'targets', 'context_figures', 'municipalities', 'municipal_priorities', 'roles', 'steering_group', 'collaborations', 'covenant', 'knowledge_sharing', 'monitoring', 'planning', 'risks', 'codes', 'budget', 'budget_revisions', 'rule_options', 'notes')
    schema: typing.ClassVar[str] = 'Plan.2'
    @staticmethod
    def from_json(text: str) -> Plan:
        """
        Parse a plan document (older schema versions are upgraded first).
        """
    def __copy__(self) -> Plan:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Plan:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Plan) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., fictional: bool = ..., title: Label = ..., edition: str = ..., source: SourceDocument = ..., region: Region = ..., penvoerder: Penvoerder = ..., period: Period = ..., phases: collections.abc.Sequence[Phase] = ..., summary_nl: str = ..., objectives: collections.abc.Sequence[Objective] = ..., programme_lines: collections.abc.Sequence[ProgrammeLine] = ..., initiatives: collections.abc.Sequence[Initiative] = ..., tracks: collections.abc.Sequence[Track] = ..., targets: collections.abc.Sequence[ResultTarget] = ..., context_figures: collections.abc.Sequence[ContextFigure] = ..., municipalities: collections.abc.Sequence[Municipality] = ..., municipal_priorities: collections.abc.Sequence[MunicipalPriorities] = ..., roles: collections.abc.Sequence[Role] = ..., steering_group: SteeringGroup = ..., collaborations: collections.abc.Sequence[Collaboration] = ..., covenant: Covenant = ..., knowledge_sharing: KnowledgeSharing = ..., monitoring: collections.abc.Sequence[MonitoringActivity] = ..., planning: collections.abc.Sequence[PlanningYear] = ..., risks: collections.abc.Sequence[Risk] = ..., codes: collections.abc.Sequence[CodeStatement] = ..., budget: Budget = ..., budget_revisions: collections.abc.Sequence[Budget] = ..., rule_options: RuleOptions = ..., notes: collections.abc.Sequence[Note] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def municipality(self, id: str) -> Municipality:
        """
        The municipality with this id (KeyError if none).
        """
    def phase_of(self, date: Date) -> int | None:
        """
        The phase number containing the date, or None.
        """
    def replace(self, *, id: str = ..., fictional: bool = ..., title: Label = ..., edition: str = ..., source: SourceDocument = ..., region: Region = ..., penvoerder: Penvoerder = ..., period: Period = ..., phases: collections.abc.Sequence[Phase] = ..., summary_nl: str = ..., objectives: collections.abc.Sequence[Objective] = ..., programme_lines: collections.abc.Sequence[ProgrammeLine] = ..., initiatives: collections.abc.Sequence[Initiative] = ..., tracks: collections.abc.Sequence[Track] = ..., targets: collections.abc.Sequence[ResultTarget] = ..., context_figures: collections.abc.Sequence[ContextFigure] = ..., municipalities: collections.abc.Sequence[Municipality] = ..., municipal_priorities: collections.abc.Sequence[MunicipalPriorities] = ..., roles: collections.abc.Sequence[Role] = ..., steering_group: SteeringGroup = ..., collaborations: collections.abc.Sequence[Collaboration] = ..., covenant: Covenant = ..., knowledge_sharing: KnowledgeSharing = ..., monitoring: collections.abc.Sequence[MonitoringActivity] = ..., planning: collections.abc.Sequence[PlanningYear] = ..., risks: collections.abc.Sequence[Risk] = ..., codes: collections.abc.Sequence[CodeStatement] = ..., budget: Budget = ..., budget_revisions: collections.abc.Sequence[Budget] = ..., rule_options: RuleOptions = ..., notes: collections.abc.Sequence[Note] = ...) -> Plan:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of the plan document (with the writer block).
        """
    @property
    def budget(self) -> Budget:
        ...
    @property
    def budget_revisions(self) -> list[Budget]:
        """
        later budget versions, oldest first
        """
    @property
    def codes(self) -> list[CodeStatement]:
        ...
    @property
    def collaborations(self) -> list[Collaboration]:
        ...
    @property
    def context_figures(self) -> list[ContextFigure]:
        ...
    @property
    def covenant(self) -> Covenant:
        ...
    @property
    def edition(self) -> str:
        """
        regulation edition, e.g. cmk-2025-2028
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def fictional(self) -> bool:
        """
        true for a made-up example plan (no real region)
        """
    @property
    def id(self) -> str:
        ...
    @property
    def initiatives(self) -> list[Initiative]:
        """
        named initiatives across lines and municipalities
        """
    @property
    def knowledge_sharing(self) -> KnowledgeSharing:
        ...
    @property
    def monitoring(self) -> list[MonitoringActivity]:
        ...
    @property
    def municipal_priorities(self) -> list[MunicipalPriorities]:
        ...
    @property
    def municipalities(self) -> list[Municipality]:
        ...
    @property
    def notes(self) -> list[Note]:
        ...
    @property
    def objectives(self) -> list[Objective]:
        ...
    @property
    def penvoerder(self) -> Penvoerder:
        ...
    @property
    def period(self) -> Period:
        ...
    @property
    def phases(self) -> list[Phase]:
        ...
    @property
    def planning(self) -> list[PlanningYear]:
        ...
    @property
    def programme_lines(self) -> list[ProgrammeLine]:
        ...
    @property
    def region(self) -> Region:
        ...
    @property
    def risks(self) -> list[Risk]:
        ...
    @property
    def roles(self) -> list[Role]:
        ...
    @property
    def rule_options(self) -> RuleOptions:
        """
        limits switched on or off for this plan
        """
    @property
    def source(self) -> SourceDocument:
        ...
    @property
    def steering_group(self) -> SteeringGroup:
        ...
    @property
    def summary_nl(self) -> str:
        ...
    @property
    def targets(self) -> list[ResultTarget]:
        ...
    @property
    def title(self) -> Label:
        ...
    @property
    def tracks(self) -> list[Track]:
        ...
class FindingFigure:
    """
    A figure involved in a finding.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('name', 'amount', 'count', 'share', 'text')
    schema: typing.ClassVar[str] = 'FindingFigure.1'
    @staticmethod
    def from_json(text: str) -> FindingFigure:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> FindingFigure:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> FindingFigure:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: FindingFigure) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, name: str = ..., amount: Money | None = ..., count: int | None = ..., share: Ratio | None = ..., text: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a FindingFigure (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, name: str = ..., amount: Money | None = ..., count: int | None = ..., share: Ratio | None = ..., text: str | None = ...) -> FindingFigure:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amount(self) -> Money | None:
        """
        integer cents
        """
    @property
    def count(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def name(self) -> str:
        ...
    @property
    def share(self) -> Ratio | None:
        ...
    @property
    def text(self) -> str | None:
        ...
class Finding:
    """
    A rule breach or remark about an understood input.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('code', 'severity', 'path', 'message_nl', 'message_en', 'figures')
    schema: typing.ClassVar[str] = 'Finding.1'
    @staticmethod
    def from_json(text: str) -> Finding:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Finding:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Finding:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Finding) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, code: str = ..., severity: Severity = ..., path: str = ..., message_nl: str = ..., message_en: str = ..., figures: collections.abc.Sequence[FindingFigure] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Finding (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def message(self, lang: Lang = Lang.NL) -> str:
        """
        The message in a language.
        """
    def replace(self, *, code: str = ..., severity: Severity = ..., path: str = ..., message_nl: str = ..., message_en: str = ..., figures: collections.abc.Sequence[FindingFigure] = ...) -> Finding:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def code(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def figures(self) -> list[FindingFigure]:
        ...
    @property
    def message_en(self) -> str:
        ...
    @property
    def message_nl(self) -> str:
        ...
    @property
    def path(self) -> str:
        """
        JSON pointer of the value concerned
        """
    @property
    def severity(self) -> Severity:
        ...
class Limit:
    """
    A limit of the regulation, evaluated per budget year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'code', 'label', 'kind', 'categories', 'tags', 'base', 'share', 'amount', 'tolerance', 'enabled', 'confirmed', 'source')
    schema: typing.ClassVar[str] = 'Limit.1'
    @staticmethod
    def from_json(text: str) -> Limit:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Limit:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Limit:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Limit) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., code: str = ..., label: Label = ..., kind: LimitKind = ..., categories: collections.abc.Sequence[str] = ..., tags: collections.abc.Sequence[str] = ..., base: LimitBase = ..., share: Ratio | None = ..., amount: Money | None = ..., tolerance: Money | None = ..., enabled: bool = ..., confirmed: bool = ..., source: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Limit (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., code: str = ..., label: Label = ..., kind: LimitKind = ..., categories: collections.abc.Sequence[str] = ..., tags: collections.abc.Sequence[str] = ..., base: LimitBase = ..., share: Ratio | None = ..., amount: Money | None = ..., tolerance: Money | None = ..., enabled: bool = ..., confirmed: bool = ..., source: str = ...) -> Limit:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amount(self) -> Money | None:
        ...
    @property
    def base(self) -> LimitBase:
        ...
    @property
    def categories(self) -> list[str]:
        """
        categories of the lines counted
        """
    @property
    def code(self) -> str:
        """
        finding code raised on a breach
        """
    @property
    def confirmed(self) -> bool:
        """
        confirmed for this edition by a source
        """
    @property
    def enabled(self) -> bool:
        """
        on by default
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def kind(self) -> LimitKind:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def share(self) -> Ratio | None:
        ...
    @property
    def source(self) -> str:
        ...
    @property
    def tags(self) -> list[str]:
        """
        when not empty: only lines with one of these tags count
        """
    @property
    def tolerance(self) -> Money | None:
        ...
class RateVariant:
    """
    A grant rate for a group of municipalities.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'rate')
    schema: typing.ClassVar[str] = 'RateVariant.1'
    @staticmethod
    def from_json(text: str) -> RateVariant:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> RateVariant:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> RateVariant:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: RateVariant) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., rate: Money = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a RateVariant (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., rate: Money = ...) -> RateVariant:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def rate(self) -> Money:
        """
        integer cents per inhabitant
        """
class RuleSet:
    """
    The rules of one edition of the CmK regulation.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'period', 'rate_per_inhabitant', 'rate_variants', 'inhabitants_reference', 'matching_ratio', 'limits', 'source')
    schema: typing.ClassVar[str] = 'RuleSet.1'
    @staticmethod
    def from_json(text: str) -> RuleSet:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> RuleSet:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> RuleSet:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: RuleSet) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., period: Period = ..., rate_per_inhabitant: Money | None = ..., rate_variants: collections.abc.Sequence[RateVariant] = ..., inhabitants_reference: str | None = ..., matching_ratio: Ratio = ..., limits: collections.abc.Sequence[Limit] = ..., source: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a RuleSet (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def limit(self, id: str) -> Limit:
        """
        The limit with this id (NotFoundError if none).
        """
    def replace(self, *, id: str = ..., label: Label = ..., period: Period = ..., rate_per_inhabitant: Money | None = ..., rate_variants: collections.abc.Sequence[RateVariant] = ..., inhabitants_reference: str | None = ..., matching_ratio: Ratio = ..., limits: collections.abc.Sequence[Limit] = ..., source: str = ...) -> RuleSet:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def inhabitants_reference(self) -> str | None:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def limits(self) -> list[Limit]:
        ...
    @property
    def matching_ratio(self) -> Ratio:
        """
        local contribution ≥ grant × ratio
        """
    @property
    def period(self) -> Period:
        ...
    @property
    def rate_per_inhabitant(self) -> Money | None:
        """
        integer cents per inhabitant per year
        """
    @property
    def rate_variants(self) -> list[RateVariant]:
        ...
    @property
    def source(self) -> str:
        ...
class MatchingRow:
    """
    A municipality's share of the matching in one year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('year', 'municipality', 'basis', 'amount')
    schema: typing.ClassVar[str] = 'MatchingRow.1'
    @staticmethod
    def from_json(text: str) -> MatchingRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> MatchingRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> MatchingRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: MatchingRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, year: int = ..., municipality: str | None = ..., basis: MatchingBasis = ..., amount: Money = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a MatchingRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, year: int = ..., municipality: str | None = ..., basis: MatchingBasis = ..., amount: Money = ...) -> MatchingRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amount(self) -> Money:
        """
        integer cents
        """
    @property
    def basis(self) -> MatchingBasis:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipality(self) -> str | None:
        """
        absent when unsplit
        """
    @property
    def year(self) -> int:
        ...
class MatchingSplit:
    """
    The division of the matching over the municipalities.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('basis', 'rows', 'reason')
    schema: typing.ClassVar[str] = 'MatchingSplit.1'
    @staticmethod
    def from_json(text: str) -> MatchingSplit:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> MatchingSplit:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> MatchingSplit:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: MatchingSplit) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, basis: MatchingBasis = ..., rows: collections.abc.Sequence[MatchingRow] = ..., reason: Label | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a MatchingSplit (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def municipality_total(self, municipality: str) -> Money:
        ...
    def replace(self, *, basis: MatchingBasis = ..., rows: collections.abc.Sequence[MatchingRow] = ..., reason: Label | None = ...) -> MatchingSplit:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def share(self, municipality: str, year: typing.SupportsInt | typing.SupportsIndex) -> Money:
        ...
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def year_total(self, year: typing.SupportsInt | typing.SupportsIndex) -> Money:
        ...
    @property
    def basis(self) -> MatchingBasis:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def reason(self) -> Label | None:
        ...
    @property
    def rows(self) -> list[MatchingRow]:
        ...
class ActualEntry:
    """
    One actual amount of income or costs.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('year', 'side', 'category', 'municipality', 'programme_line', 'amount', 'note')
    schema: typing.ClassVar[str] = 'ActualEntry.1'
    @staticmethod
    def from_json(text: str) -> ActualEntry:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ActualEntry:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ActualEntry:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ActualEntry) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, year: int = ..., side: Side = ..., category: str = ..., municipality: str | None = ..., programme_line: str | None = ..., amount: Money = ..., note: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ActualEntry (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, year: int = ..., side: Side = ..., category: str = ..., municipality: str | None = ..., programme_line: str | None = ..., amount: Money = ..., note: str | None = ...) -> ActualEntry:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amount(self) -> Money:
        """
        integer cents
        """
    @property
    def category(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipality(self) -> str | None:
        ...
    @property
    def note(self) -> str | None:
        ...
    @property
    def programme_line(self) -> str | None:
        ...
    @property
    def side(self) -> Side:
        ...
    @property
    def year(self) -> int:
        ...
class Realisation:
    """
    The actuals of a plan and the locked years.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('entries', 'locked_years')
    schema: typing.ClassVar[str] = 'Realisation.1'
    @staticmethod
    def from_json(text: str) -> Realisation:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Realisation:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Realisation:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Realisation) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, entries: collections.abc.Sequence[ActualEntry] = ..., locked_years: collections.abc.Sequence[int] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Realisation (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def is_locked(self, year: typing.SupportsInt | typing.SupportsIndex) -> bool:
        ...
    def lock(self, year: typing.SupportsInt | typing.SupportsIndex) -> Realisation:
        """
        A copy with the year locked.
        """
    def replace(self, *, entries: collections.abc.Sequence[ActualEntry] = ..., locked_years: collections.abc.Sequence[int] = ...) -> Realisation:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def replace_years(self, update: Realisation) -> Realisation:
        """
        A copy in which the update's years replace ours (LockedYearError for a locked year).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def total(self, side: Side, year: typing.SupportsInt | typing.SupportsIndex, category: str | None = None) -> Money:
        ...
    def with_entries(self, entries: collections.abc.Sequence[ActualEntry]) -> Realisation:
        """
        A copy with entries added (LockedYearError for a locked year).
        """
    def years(self) -> list[int]:
        ...
    @property
    def entries(self) -> list[ActualEntry]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def locked_years(self) -> list[int]:
        ...
class BudgetActualRow:
    """
    Budget versus actual for one year, side and category.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('year', 'side', 'category', 'budget', 'actual', 'difference', 'realised')
    schema: typing.ClassVar[str] = 'BudgetActualRow.1'
    @staticmethod
    def from_json(text: str) -> BudgetActualRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> BudgetActualRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> BudgetActualRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: BudgetActualRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, year: int = ..., side: Side = ..., category: str = ..., budget: Money = ..., actual: Money = ..., difference: Money = ..., realised: Ratio | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a BudgetActualRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, year: int = ..., side: Side = ..., category: str = ..., budget: Money = ..., actual: Money = ..., difference: Money = ..., realised: Ratio | None = ...) -> BudgetActualRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def actual(self) -> Money:
        ...
    @property
    def budget(self) -> Money:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def difference(self) -> Money:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def realised(self) -> Ratio | None:
        """
        actual / budget
        """
    @property
    def side(self) -> Side:
        ...
    @property
    def year(self) -> int:
        ...
class PhaseRemainder:
    """
    What remains for a later phase in one category.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('side', 'category', 'budget_before', 'actual_before', 'carry_over', 'budget_unreported', 'budget_phase', 'available')
    schema: typing.ClassVar[str] = 'PhaseRemainder.1'
    @staticmethod
    def from_json(text: str) -> PhaseRemainder:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> PhaseRemainder:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> PhaseRemainder:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: PhaseRemainder) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, side: Side = ..., category: str = ..., budget_before: Money = ..., actual_before: Money = ..., carry_over: Money = ..., budget_unreported: Money = ..., budget_phase: Money = ..., available: Money = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a PhaseRemainder (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, side: Side = ..., category: str = ..., budget_before: Money = ..., actual_before: Money = ..., carry_over: Money = ..., budget_unreported: Money = ..., budget_phase: Money = ..., available: Money = ...) -> PhaseRemainder:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def actual_before(self) -> Money:
        ...
    @property
    def available(self) -> Money:
        ...
    @property
    def budget_before(self) -> Money:
        ...
    @property
    def budget_phase(self) -> Money:
        ...
    @property
    def budget_unreported(self) -> Money:
        """
        budget of earlier years not reported yet
        """
    @property
    def carry_over(self) -> Money:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def side(self) -> Side:
        ...
class Cut:
    """
    A lower matching contribution of a municipality from a year on.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('municipality', 'fraction', 'amount', 'from_year')
    schema: typing.ClassVar[str] = 'Cut.1'
    @staticmethod
    def from_json(text: str) -> Cut:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    @staticmethod
    def parse(spec: str) -> Cut:
        ...
    def __copy__(self) -> Cut:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Cut:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Cut) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, municipality: str = ..., fraction: Ratio | None = ..., amount: Money | None = ..., from_year: int = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Cut (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def __str__(self) -> str:
        ...
    def replace(self, *, municipality: str = ..., fraction: Ratio | None = ..., amount: Money | None = ..., from_year: int = ...) -> Cut:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def to_string(self) -> str:
        """
        The spec form, e.g. 'Aalsmeer:-50%:2026'.
        """
    @property
    def amount(self) -> Money | None:
        """
        integer cents per year
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def fraction(self) -> Ratio | None:
        """
        share of the contribution cut
        """
    @property
    def from_year(self) -> int:
        ...
    @property
    def municipality(self) -> str:
        ...
class WhatIfResult:
    """
    A budget after cuts, with its findings.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('budget', 'findings')
    schema: typing.ClassVar[str] = 'WhatIfResult.1'
    @staticmethod
    def from_json(text: str) -> WhatIfResult:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> WhatIfResult:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> WhatIfResult:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: WhatIfResult) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, budget: Budget = ..., findings: collections.abc.Sequence[Finding] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a WhatIfResult (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, budget: Budget = ..., findings: collections.abc.Sequence[Finding] = ...) -> WhatIfResult:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def budget(self) -> Budget:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def findings(self) -> list[Finding]:
        ...
class BudgetRow:
    """
    One row of the long budget table.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('year', 'version', 'side', 'category', 'source', 'municipality', 'amount', 'derived')
    schema: typing.ClassVar[str] = 'BudgetRow.1'
    @staticmethod
    def from_json(text: str) -> BudgetRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> BudgetRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> BudgetRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: BudgetRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, year: int = ..., version: str = ..., side: Side = ..., category: str = ..., source: str | None = ..., municipality: str | None = ..., amount: Money = ..., derived: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a BudgetRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, year: int = ..., version: str = ..., side: Side = ..., category: str = ..., source: str | None = ..., municipality: str | None = ..., amount: Money = ..., derived: bool = ...) -> BudgetRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def amount(self) -> Money:
        """
        integer cents
        """
    @property
    def category(self) -> str:
        ...
    @property
    def derived(self) -> bool:
        """
        computed by cmkit (in-kind hours x a given rate), not read from the plan
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipality(self) -> str | None:
        ...
    @property
    def side(self) -> Side:
        ...
    @property
    def source(self) -> str | None:
        ...
    @property
    def version(self) -> str:
        ...
    @property
    def year(self) -> int:
        ...
class SchoolRegistry:
    """
    The schools of a region.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('schools', 'synthetic', 'note')
    schema: typing.ClassVar[str] = 'SchoolRegistry.1'
    @staticmethod
    def from_json(text: str) -> SchoolRegistry:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SchoolRegistry:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SchoolRegistry:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SchoolRegistry) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, schools: collections.abc.Sequence[School] = ..., synthetic: bool = ..., note: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SchoolRegistry (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def find(self, brin: str) -> School | None:
        """
        The school with this BRIN code, or None.
        """
    def replace(self, *, schools: collections.abc.Sequence[School] = ..., synthetic: bool = ..., note: str | None = ...) -> SchoolRegistry:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def note(self) -> str | None:
        ...
    @property
    def schools(self) -> list[School]:
        ...
    @property
    def synthetic(self) -> bool:
        ...
class TrajectoryEvent:
    """
    One dated event of a school's trajectory.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school', 'date', 'kind', 'track', 'step', 'reason')
    schema: typing.ClassVar[str] = 'TrajectoryEvent.1'
    @staticmethod
    def from_json(text: str) -> TrajectoryEvent:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TrajectoryEvent:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TrajectoryEvent:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TrajectoryEvent) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school: str = ..., date: Date = ..., kind: EventKind = ..., track: str | None = ..., step: int | None = ..., reason: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TrajectoryEvent (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school: str = ..., date: Date = ..., kind: EventKind = ..., track: str | None = ..., step: int | None = ..., reason: str | None = ...) -> TrajectoryEvent:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def date(self) -> Date:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def kind(self) -> EventKind:
        ...
    @property
    def reason(self) -> str | None:
        ...
    @property
    def school(self) -> str:
        """
        BRIN code
        """
    @property
    def step(self) -> int | None:
        ...
    @property
    def track(self) -> str | None:
        ...
class TrajectoryRun:
    """
    One trajectory of one school in one track.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school', 'track', 'cycle', 'started', 'via_move', 'finished', 'stopped')
    schema: typing.ClassVar[str] = 'TrajectoryRun.1'
    @staticmethod
    def from_json(text: str) -> TrajectoryRun:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TrajectoryRun:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TrajectoryRun:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TrajectoryRun) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school: str = ..., track: str = ..., cycle: int = ..., started: Date = ..., via_move: bool = ..., finished: Date | None = ..., stopped: Date | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TrajectoryRun (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school: str = ..., track: str = ..., cycle: int = ..., started: Date = ..., via_move: bool = ..., finished: Date | None = ..., stopped: Date | None = ...) -> TrajectoryRun:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def cycle(self) -> int:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def finished(self) -> Date | None:
        ...
    @property
    def school(self) -> str:
        ...
    @property
    def started(self) -> Date:
        ...
    @property
    def stopped(self) -> Date | None:
        ...
    @property
    def track(self) -> str:
        ...
    @property
    def via_move(self) -> bool:
        ...
class TrajectoryState:
    """
    The state of one school on a date.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school', 'track', 'status', 'cycle', 'current_step', 'finished_steps', 'skipped_steps', 'joined', 'since', 'renewal_started')
    schema: typing.ClassVar[str] = 'TrajectoryState.1'
    @staticmethod
    def from_json(text: str) -> TrajectoryState:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TrajectoryState:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TrajectoryState:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TrajectoryState) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school: str = ..., track: str | None = ..., status: TrajectoryStatus = ..., cycle: int = ..., current_step: int | None = ..., finished_steps: collections.abc.Sequence[int] = ..., skipped_steps: collections.abc.Sequence[int] = ..., joined: bool = ..., since: Date | None = ..., renewal_started: Date | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TrajectoryState (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school: str = ..., track: str | None = ..., status: TrajectoryStatus = ..., cycle: int = ..., current_step: int | None = ..., finished_steps: collections.abc.Sequence[int] = ..., skipped_steps: collections.abc.Sequence[int] = ..., joined: bool = ..., since: Date | None = ..., renewal_started: Date | None = ...) -> TrajectoryState:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def current_step(self) -> int | None:
        ...
    @property
    def cycle(self) -> int:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def finished_steps(self) -> list[int]:
        ...
    @property
    def joined(self) -> bool:
        ...
    @property
    def renewal_started(self) -> Date | None:
        ...
    @property
    def school(self) -> str:
        ...
    @property
    def since(self) -> Date | None:
        ...
    @property
    def skipped_steps(self) -> list[int]:
        ...
    @property
    def status(self) -> TrajectoryStatus:
        ...
    @property
    def track(self) -> str | None:
        ...
class TrajectoryAnalysis:
    """
    States, trajectories and findings derived from an event log.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('states', 'runs', 'findings')
    schema: typing.ClassVar[str] = 'TrajectoryAnalysis.1'
    @staticmethod
    def from_json(text: str) -> TrajectoryAnalysis:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TrajectoryAnalysis:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TrajectoryAnalysis:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TrajectoryAnalysis) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, states: collections.abc.Sequence[TrajectoryState] = ..., runs: collections.abc.Sequence[TrajectoryRun] = ..., findings: collections.abc.Sequence[Finding] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TrajectoryAnalysis (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, states: collections.abc.Sequence[TrajectoryState] = ..., runs: collections.abc.Sequence[TrajectoryRun] = ..., findings: collections.abc.Sequence[Finding] = ...) -> TrajectoryAnalysis:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def findings(self) -> list[Finding]:
        ...
    @property
    def runs(self) -> list[TrajectoryRun]:
        ...
    @property
    def states(self) -> list[TrajectoryState]:
        ...
class ProgrammeActivity:
    """
    An activity under a programme line.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'date', 'programme_line', 'activity_type', 'kind', 'label', 'schools', 'partners', 'neighbourhood', 'municipality', 'participants', 'cost', 'priorities')
    schema: typing.ClassVar[str] = 'ProgrammeActivity.1'
    @staticmethod
    def from_json(text: str) -> ProgrammeActivity:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ProgrammeActivity:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ProgrammeActivity:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ProgrammeActivity) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., date: Date = ..., programme_line: str = ..., activity_type: str | None = ..., kind: str | None = ..., label: Label = ..., schools: collections.abc.Sequence[str] = ..., partners: collections.abc.Sequence[str] = ..., neighbourhood: str | None = ..., municipality: str | None = ..., participants: int | None = ..., cost: Money | None = ..., priorities: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ProgrammeActivity (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., date: Date = ..., programme_line: str = ..., activity_type: str | None = ..., kind: str | None = ..., label: Label = ..., schools: collections.abc.Sequence[str] = ..., partners: collections.abc.Sequence[str] = ..., neighbourhood: str | None = ..., municipality: str | None = ..., participants: int | None = ..., cost: Money | None = ..., priorities: collections.abc.Sequence[str] = ...) -> ProgrammeActivity:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activity_type(self) -> str | None:
        """
        id of an item of the line's activity lists
        """
    @property
    def cost(self) -> Money | None:
        """
        integer cents
        """
    @property
    def date(self) -> Date:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def kind(self) -> str | None:
        """
        network-meeting, training, lesson, ...
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def municipality(self) -> str | None:
        ...
    @property
    def neighbourhood(self) -> str | None:
        ...
    @property
    def participants(self) -> int | None:
        ...
    @property
    def partners(self) -> list[str]:
        ...
    @property
    def priorities(self) -> list[str]:
        """
        ids of municipal priorities served
        """
    @property
    def programme_line(self) -> str:
        ...
    @property
    def schools(self) -> list[str]:
        """
        BRIN codes
        """
class ProgressData:
    """
    Schools, trajectory events and activities of a plan.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('plan', 'synthetic', 'note', 'schools', 'events', 'activities')
    schema: typing.ClassVar[str] = 'ProgressData.1'
    @staticmethod
    def from_json(text: str) -> ProgressData:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ProgressData:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ProgressData:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ProgressData) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, plan: str = ..., synthetic: bool = ..., note: str | None = ..., schools: SchoolRegistry = ..., events: collections.abc.Sequence[TrajectoryEvent] = ..., activities: collections.abc.Sequence[ProgrammeActivity] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ProgressData (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, plan: str = ..., synthetic: bool = ..., note: str | None = ..., schools: SchoolRegistry = ..., events: collections.abc.Sequence[TrajectoryEvent] = ..., activities: collections.abc.Sequence[ProgrammeActivity] = ...) -> ProgressData:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activities(self) -> list[ProgrammeActivity]:
        ...
    @property
    def events(self) -> list[TrajectoryEvent]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def note(self) -> str | None:
        ...
    @property
    def plan(self) -> str:
        ...
    @property
    def schools(self) -> SchoolRegistry:
        ...
    @property
    def synthetic(self) -> bool:
        ...
class PriorityCoverage:
    """
    A municipal priority and the activities serving it.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('municipality', 'priority', 'label', 'activities')
    schema: typing.ClassVar[str] = 'PriorityCoverage.1'
    @staticmethod
    def from_json(text: str) -> PriorityCoverage:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> PriorityCoverage:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> PriorityCoverage:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: PriorityCoverage) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, municipality: str = ..., priority: str = ..., label: Label = ..., activities: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a PriorityCoverage (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, municipality: str = ..., priority: str = ..., label: Label = ..., activities: collections.abc.Sequence[str] = ...) -> PriorityCoverage:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activities(self) -> list[str]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def municipality(self) -> str:
        ...
    @property
    def priority(self) -> str:
        ...
class TargetProgress:
    """
    Planned and achieved for one target and period.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('target', 'label', 'period', 'dates', 'phase', 'planned', 'achieved')
    schema: typing.ClassVar[str] = 'TargetProgress.2'
    @staticmethod
    def from_json(text: str) -> TargetProgress:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> TargetProgress:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> TargetProgress:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: TargetProgress) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, target: str = ..., label: Label = ..., period: str = ..., dates: Period = ..., phase: int | None = ..., planned: int = ..., achieved: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a TargetProgress (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, target: str = ..., label: Label = ..., period: str = ..., dates: Period = ..., phase: int | None = ..., planned: int = ..., achieved: int | None = ...) -> TargetProgress:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def achieved(self) -> int | None:
        ...
    @property
    def dates(self) -> Period:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def period(self) -> str:
        ...
    @property
    def phase(self) -> int | None:
        ...
    @property
    def planned(self) -> int:
        ...
    @property
    def target(self) -> str:
        ...
class ScalePoint:
    """
    An answer point of a scale.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('code', 'label')
    schema: typing.ClassVar[str] = 'ScalePoint.1'
    @staticmethod
    def from_json(text: str) -> ScalePoint:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ScalePoint:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ScalePoint:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ScalePoint) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, code: int = ..., label: Label = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ScalePoint (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, code: int = ..., label: Label = ...) -> ScalePoint:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def code(self) -> int:
        """
        number written in the data
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
class ScaleCode:
    """
    A non-substantive answer code (weet niet, n.v.t.).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('code', 'label', 'excluded_from_percentages')
    schema: typing.ClassVar[str] = 'ScaleCode.1'
    @staticmethod
    def from_json(text: str) -> ScaleCode:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ScaleCode:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ScaleCode:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ScaleCode) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, code: int = ..., label: Label = ..., excluded_from_percentages: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ScaleCode (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, code: int = ..., label: Label = ..., excluded_from_percentages: bool = ...) -> ScaleCode:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def code(self) -> int:
        ...
    @property
    def excluded_from_percentages(self) -> bool:
        """
        left out of the base of every share (default true)
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label:
        ...
class SurveyScale:
    """
    An answer scale of a survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'points', 'non_substantive', 'missing', 'top_box')
    schema: typing.ClassVar[str] = 'SurveyScale.1'
    @staticmethod
    def from_json(text: str) -> SurveyScale:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyScale:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyScale:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyScale) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., points: collections.abc.Sequence[ScalePoint] = ..., non_substantive: collections.abc.Sequence[ScaleCode] = ..., missing: str = ..., top_box: collections.abc.Sequence[int] | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyScale (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def non_substantive_code(self, code: typing.SupportsInt | typing.SupportsIndex) -> ScaleCode | None:
        """
        The non-substantive ScaleCode with this code, or None.
        """
    def point(self, code: typing.SupportsInt | typing.SupportsIndex) -> ScalePoint | None:
        """
        The ScalePoint with this code, or None.
        """
    def replace(self, *, id: str = ..., label: Label = ..., points: collections.abc.Sequence[ScalePoint] = ..., non_substantive: collections.abc.Sequence[ScaleCode] = ..., missing: str = ..., top_box: collections.abc.Sequence[int] | None = ...) -> SurveyScale:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    def top_box_codes(self) -> list[int]:
        """
        The codes of the top box: `top_box` when given, else the two highest points.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def missing(self) -> str:
        """
        how a missing answer is written in CSV (default empty)
        """
    @property
    def non_substantive(self) -> list[ScaleCode]:
        """
        weet niet, n.v.t., ...
        """
    @property
    def points(self) -> list[ScalePoint]:
        """
        ordered, lowest first
        """
    @property
    def top_box(self) -> list[int] | None:
        """
        codes of the top box; absent: the two highest points
        """
class SurveyGroup:
    """
    A respondent group of a survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'invited')
    schema: typing.ClassVar[str] = 'SurveyGroup.1'
    @staticmethod
    def from_json(text: str) -> SurveyGroup:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyGroup:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyGroup:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyGroup) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., invited: collections.abc.Mapping[int, int] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyGroup (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., invited: collections.abc.Mapping[int, int] = ...) -> SurveyGroup:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def invited(self) -> dict[int, int]:
        """
        number invited per wave (year); absent when unknown
        """
    @property
    def label(self) -> Label:
        ...
class SurveyTheme:
    """
    A theme of a survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label')
    schema: typing.ClassVar[str] = 'SurveyTheme.1'
    @staticmethod
    def from_json(text: str) -> SurveyTheme:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyTheme:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyTheme:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyTheme) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyTheme (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ...) -> SurveyTheme:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
class SurveyItem:
    """
    A question of a survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'scale', 'groups', 'theme')
    schema: typing.ClassVar[str] = 'SurveyItem.1'
    @staticmethod
    def from_json(text: str) -> SurveyItem:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyItem:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyItem:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyItem) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., scale: str = ..., groups: collections.abc.Sequence[str] = ..., theme: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyItem (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., scale: str = ..., groups: collections.abc.Sequence[str] = ..., theme: str | None = ...) -> SurveyItem:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def groups(self) -> list[str]:
        """
        ids of the groups that get it
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def scale(self) -> str:
        ...
    @property
    def theme(self) -> str | None:
        """
        id of a theme
        """
class Survey:
    """
    The definition of an impact survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'plan', 'monitoring_activity', 'example', 'note', 'waves', 'groups', 'themes', 'scales', 'items')
    schema: typing.ClassVar[str] = 'Survey.1'
    @staticmethod
    def from_json(text: str) -> Survey:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> Survey:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> Survey:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: Survey) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., plan: str | None = ..., monitoring_activity: str | None = ..., example: bool = ..., note: str | None = ..., waves: collections.abc.Sequence[int] = ..., groups: collections.abc.Sequence[SurveyGroup] = ..., themes: collections.abc.Sequence[SurveyTheme] = ..., scales: collections.abc.Sequence[SurveyScale] = ..., items: collections.abc.Sequence[SurveyItem] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a Survey (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def group(self, id: str) -> SurveyGroup | None:
        """
        The SurveyGroup with this id, or None.
        """
    def item(self, id: str) -> SurveyItem | None:
        """
        The SurveyItem with this id, or None.
        """
    def replace(self, *, id: str = ..., label: Label = ..., plan: str | None = ..., monitoring_activity: str | None = ..., example: bool = ..., note: str | None = ..., waves: collections.abc.Sequence[int] = ..., groups: collections.abc.Sequence[SurveyGroup] = ..., themes: collections.abc.Sequence[SurveyTheme] = ..., scales: collections.abc.Sequence[SurveyScale] = ..., items: collections.abc.Sequence[SurveyItem] = ...) -> Survey:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def scale(self, id: str) -> SurveyScale | None:
        """
        The SurveyScale with this id, or None.
        """
    def theme(self, id: str) -> SurveyTheme | None:
        """
        The SurveyTheme with this id, or None.
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def example(self) -> bool:
        """
        true: the item texts are illustrations
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def groups(self) -> list[SurveyGroup]:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def items(self) -> list[SurveyItem]:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def monitoring_activity(self) -> str | None:
        """
        id of the plan's monitoring activity
        """
    @property
    def note(self) -> str | None:
        ...
    @property
    def plan(self) -> str | None:
        """
        id of the plan
        """
    @property
    def scales(self) -> list[SurveyScale]:
        ...
    @property
    def themes(self) -> list[SurveyTheme]:
        ...
    @property
    def waves(self) -> list[int]:
        """
        the planned waves (years)
        """
class SurveyAnswer:
    """
    One answer of one respondent to one item.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('respondent_id', 'wave', 'group', 'item', 'value')
    schema: typing.ClassVar[str] = 'SurveyAnswer.1'
    @staticmethod
    def from_json(text: str) -> SurveyAnswer:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyAnswer:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyAnswer:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyAnswer) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, respondent_id: str = ..., wave: int = ..., group: str = ..., item: str = ..., value: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyAnswer (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, respondent_id: str = ..., wave: int = ..., group: str = ..., item: str = ..., value: int | None = ...) -> SurveyAnswer:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def item(self) -> str:
        ...
    @property
    def respondent_id(self) -> str:
        ...
    @property
    def value(self) -> int | None:
        """
        the code; absent or null: missing
        """
    @property
    def wave(self) -> int:
        """
        year
        """
class SurveyResponses:
    """
    The answers of a survey.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('survey', 'synthetic', 'note', 'answers')
    schema: typing.ClassVar[str] = 'SurveyResponses.1'
    @staticmethod
    def from_json(text: str) -> SurveyResponses:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyResponses:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyResponses:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyResponses) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, survey: str | None = ..., synthetic: bool = ..., note: str | None = ..., answers: collections.abc.Sequence[SurveyAnswer] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyResponses (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, survey: str | None = ..., synthetic: bool = ..., note: str | None = ..., answers: collections.abc.Sequence[SurveyAnswer] = ...) -> SurveyResponses:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def answers(self) -> list[SurveyAnswer]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def note(self) -> str | None:
        ...
    @property
    def survey(self) -> str | None:
        """
        id of the survey definition
        """
    @property
    def synthetic(self) -> bool:
        ...
class SurveyResponseRow:
    """
    Response of one group in one wave.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'group', 'label', 'respondents', 'invited', 'rate')
    schema: typing.ClassVar[str] = 'SurveyResponseRow.1'
    @staticmethod
    def from_json(text: str) -> SurveyResponseRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyResponseRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyResponseRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyResponseRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., group: str = ..., label: Label = ..., respondents: int = ..., invited: int | None = ..., rate: Ratio | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyResponseRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., group: str = ..., label: Label = ..., respondents: int = ..., invited: int | None = ..., rate: Ratio | None = ...) -> SurveyResponseRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def invited(self) -> int | None:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def rate(self) -> Ratio | None:
        """
        respondents / invited
        """
    @property
    def respondents(self) -> int:
        ...
    @property
    def wave(self) -> int:
        ...
class SurveyDistributionRow:
    """
    One category of an item's distribution in a group and wave.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'group', 'item', 'kind', 'code', 'label', 'count', 'share', 'suppressed')
    schema: typing.ClassVar[str] = 'SurveyDistributionRow.1'
    @staticmethod
    def from_json(text: str) -> SurveyDistributionRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyDistributionRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyDistributionRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyDistributionRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., group: str = ..., item: str = ..., kind: str = ..., code: int | None = ..., label: Label = ..., count: int | None = ..., share: Ratio | None = ..., suppressed: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyDistributionRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., group: str = ..., item: str = ..., kind: str = ..., code: int | None = ..., label: Label = ..., count: int | None = ..., share: Ratio | None = ..., suppressed: bool = ...) -> SurveyDistributionRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def code(self) -> int | None:
        ...
    @property
    def count(self) -> int | None:
        """
        empty when suppressed
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def item(self) -> str:
        ...
    @property
    def kind(self) -> str:
        """
        point, non-substantive or missing
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def share(self) -> Ratio | None:
        """
        count / valid, for categories in the base
        """
    @property
    def suppressed(self) -> bool:
        """
        fewer than k valid answers
        """
    @property
    def wave(self) -> int:
        ...
class SurveySummaryRow:
    """
    Top box (Wilson 95%) and median of an item in a group and wave.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'group', 'item', 'theme', 'scale', 'valid', 'answered', 'non_substantive', 'missing', 'invalid', 'suppressed', 'top_box', 'top_box_lower', 'top_box_upper', 'median')
    schema: typing.ClassVar[str] = 'SurveySummaryRow.1'
    @staticmethod
    def from_json(text: str) -> SurveySummaryRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveySummaryRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveySummaryRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveySummaryRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., group: str = ..., item: str = ..., theme: str | None = ..., scale: str = ..., valid: int = ..., answered: int | None = ..., non_substantive: int | None = ..., missing: int | None = ..., invalid: int | None = ..., suppressed: bool = ..., top_box: Ratio | None = ..., top_box_lower: Ratio | None = ..., top_box_upper: Ratio | None = ..., median: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveySummaryRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., group: str = ..., item: str = ..., theme: str | None = ..., scale: str = ..., valid: int = ..., answered: int | None = ..., non_substantive: int | None = ..., missing: int | None = ..., invalid: int | None = ..., suppressed: bool = ..., top_box: Ratio | None = ..., top_box_lower: Ratio | None = ..., top_box_upper: Ratio | None = ..., median: int | None = ...) -> SurveySummaryRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def answered(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def invalid(self) -> int | None:
        ...
    @property
    def item(self) -> str:
        ...
    @property
    def median(self) -> int | None:
        """
        code of the median point
        """
    @property
    def missing(self) -> int | None:
        ...
    @property
    def non_substantive(self) -> int | None:
        ...
    @property
    def scale(self) -> str:
        ...
    @property
    def suppressed(self) -> bool:
        """
        fewer than k valid answers
        """
    @property
    def theme(self) -> str | None:
        ...
    @property
    def top_box(self) -> Ratio | None:
        """
        top-box answers / valid
        """
    @property
    def top_box_lower(self) -> Ratio | None:
        """
        Wilson 95% lower bound, millionths
        """
    @property
    def top_box_upper(self) -> Ratio | None:
        """
        Wilson 95% upper bound, millionths
        """
    @property
    def valid(self) -> int:
        """
        answers in the base
        """
    @property
    def wave(self) -> int:
        ...
class SurveyComparisonRow:
    """
    The top box of an item in two waves.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('group', 'item', 'theme', 'wave_a', 'wave_b', 'valid_a', 'valid_b', 'below_k', 'top_box_a', 'top_box_b', 'difference', 'lower', 'upper')
    schema: typing.ClassVar[str] = 'SurveyComparisonRow.1'
    @staticmethod
    def from_json(text: str) -> SurveyComparisonRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyComparisonRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyComparisonRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyComparisonRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, group: str = ..., item: str = ..., theme: str | None = ..., wave_a: int = ..., wave_b: int = ..., valid_a: int = ..., valid_b: int = ..., below_k: bool = ..., top_box_a: Ratio | None = ..., top_box_b: Ratio | None = ..., difference: Ratio | None = ..., lower: Ratio | None = ..., upper: Ratio | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyComparisonRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, group: str = ..., item: str = ..., theme: str | None = ..., wave_a: int = ..., wave_b: int = ..., valid_a: int = ..., valid_b: int = ..., below_k: bool = ..., top_box_a: Ratio | None = ..., top_box_b: Ratio | None = ..., difference: Ratio | None = ..., lower: Ratio | None = ..., upper: Ratio | None = ...) -> SurveyComparisonRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def below_k(self) -> bool:
        """
        a side has fewer than k valid answers
        """
    @property
    def difference(self) -> Ratio | None:
        """
        b − a in percentage points, exact
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def item(self) -> str:
        ...
    @property
    def lower(self) -> Ratio | None:
        """
        Newcombe 95% lower bound, percentage points in ten-thousandths
        """
    @property
    def theme(self) -> str | None:
        ...
    @property
    def top_box_a(self) -> Ratio | None:
        ...
    @property
    def top_box_b(self) -> Ratio | None:
        ...
    @property
    def upper(self) -> Ratio | None:
        """
        Newcombe 95% upper bound, percentage points in ten-thousandths
        """
    @property
    def valid_a(self) -> int:
        ...
    @property
    def valid_b(self) -> int:
        ...
    @property
    def wave_a(self) -> int:
        ...
    @property
    def wave_b(self) -> int:
        ...
class SurveyAnalysis:
    """
    The tables of an impact-survey analysis.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('survey', 'k', 'waves', 'synthetic', 'response', 'distribution', 'summary', 'comparison', 'findings')
    schema: typing.ClassVar[str] = 'SurveyAnalysis.1'
    @staticmethod
    def from_json(text: str) -> SurveyAnalysis:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SurveyAnalysis:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SurveyAnalysis:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SurveyAnalysis) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, survey: str = ..., k: int = ..., waves: collections.abc.Sequence[int] = ..., synthetic: bool = ..., response: collections.abc.Sequence[SurveyResponseRow] = ..., distribution: collections.abc.Sequence[SurveyDistributionRow] = ..., summary: collections.abc.Sequence[SurveySummaryRow] = ..., comparison: collections.abc.Sequence[SurveyComparisonRow] = ..., findings: collections.abc.Sequence[Finding] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SurveyAnalysis (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, survey: str = ..., k: int = ..., waves: collections.abc.Sequence[int] = ..., synthetic: bool = ..., response: collections.abc.Sequence[SurveyResponseRow] = ..., distribution: collections.abc.Sequence[SurveyDistributionRow] = ..., summary: collections.abc.Sequence[SurveySummaryRow] = ..., comparison: collections.abc.Sequence[SurveyComparisonRow] = ..., findings: collections.abc.Sequence[Finding] = ...) -> SurveyAnalysis:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def comparison(self) -> list[SurveyComparisonRow]:
        ...
    @property
    def distribution(self) -> list[SurveyDistributionRow]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def findings(self) -> list[Finding]:
        ...
    @property
    def k(self) -> int:
        """
        suppression threshold
        """
    @property
    def response(self) -> list[SurveyResponseRow]:
        ...
    @property
    def summary(self) -> list[SurveySummaryRow]:
        ...
    @property
    def survey(self) -> str:
        ...
    @property
    def synthetic(self) -> bool:
        ...
    @property
    def waves(self) -> list[int]:
        ...
class SlotRule:
    """
    The slot months of activities held a number of times a year.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('times_per_year', 'months')
    schema: typing.ClassVar[str] = 'SlotRule.1'
    @staticmethod
    def from_json(text: str) -> SlotRule:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> SlotRule:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> SlotRule:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: SlotRule) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, times_per_year: int = ..., months: collections.abc.Sequence[int] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a SlotRule (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, times_per_year: int = ..., months: collections.abc.Sequence[int] = ...) -> SlotRule:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def months(self) -> list[int]:
        """
        one month 1..12 per time, strictly ascending
        """
    @property
    def times_per_year(self) -> int:
        ...
class ActivitySlots:
    """
    The slot months of one monitoring activity.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('activity', 'months')
    schema: typing.ClassVar[str] = 'ActivitySlots.1'
    @staticmethod
    def from_json(text: str) -> ActivitySlots:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> ActivitySlots:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> ActivitySlots:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: ActivitySlots) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, activity: str = ..., months: collections.abc.Sequence[int] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a ActivitySlots (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, activity: str = ..., months: collections.abc.Sequence[int] = ...) -> ActivitySlots:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activity(self) -> str:
        """
        id of a monitoring activity
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def months(self) -> list[int]:
        """
        one month 1..12 per time, strictly ascending
        """
class AgendaOptions:
    """
    Parameters of the agenda's scheduling rule (the plan gives no dates).
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('slot_rules', 'activity_slots', 'slot_day', 'weekdays_only', 'include_planning', 'include_continuous')
    schema: typing.ClassVar[str] = 'AgendaOptions.1'
    @staticmethod
    def from_json(text: str) -> AgendaOptions:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> AgendaOptions:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> AgendaOptions:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: AgendaOptions) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, slot_rules: collections.abc.Sequence[SlotRule] = ..., activity_slots: collections.abc.Sequence[ActivitySlots] = ..., slot_day: int = ..., weekdays_only: bool = ..., include_planning: bool = ..., include_continuous: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a AgendaOptions (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, slot_rules: collections.abc.Sequence[SlotRule] = ..., activity_slots: collections.abc.Sequence[ActivitySlots] = ..., slot_day: int = ..., weekdays_only: bool = ..., include_planning: bool = ..., include_continuous: bool = ...) -> AgendaOptions:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def activity_slots(self) -> list[ActivitySlots]:
        """
        slot months per monitoring activity
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def include_continuous(self) -> bool:
        """
        add continuous monitoring activities as year-long events
        """
    @property
    def include_planning(self) -> bool:
        """
        add the yearly planning items
        """
    @property
    def slot_day(self) -> int:
        """
        day of the month of a slot, 1..28
        """
    @property
    def slot_rules(self) -> list[SlotRule]:
        """
        slot months per number of times a year
        """
    @property
    def weekdays_only(self) -> bool:
        """
        move weekend slots to the next Monday
        """
class AgendaEvent:
    """
    An all-day event of the plan's agenda.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'source', 'kind', 'label', 'start', 'end', 'scope', 'sequence', 'per_year', 'slot', 'description_nl', 'description_en')
    schema: typing.ClassVar[str] = 'AgendaEvent.1'
    @staticmethod
    def from_json(text: str) -> AgendaEvent:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> AgendaEvent:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> AgendaEvent:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: AgendaEvent) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., source: str = ..., kind: str = ..., label: Label = ..., start: Date = ..., end: Date = ..., scope: MonitoringScope = ..., sequence: int = ..., per_year: int = ..., slot: bool = ..., description_nl: str = ..., description_en: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a AgendaEvent (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., source: str = ..., kind: str = ..., label: Label = ..., start: Date = ..., end: Date = ..., scope: MonitoringScope = ..., sequence: int = ..., per_year: int = ..., slot: bool = ..., description_nl: str = ..., description_en: str = ...) -> AgendaEvent:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description_en(self) -> str:
        ...
    @property
    def description_nl(self) -> str:
        ...
    @property
    def end(self) -> Date:
        """
        inclusive
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        """
        stable id: kind.source.year[.sequence]
        """
    @property
    def kind(self) -> str:
        """
        monitoring or planning
        """
    @property
    def label(self) -> Label:
        ...
    @property
    def per_year(self) -> int:
        """
        times the source is held that year
        """
    @property
    def scope(self) -> MonitoringScope:
        ...
    @property
    def sequence(self) -> int:
        """
        number within the year
        """
    @property
    def slot(self) -> bool:
        """
        the date is a cmkit default slot, not a date from the plan
        """
    @property
    def source(self) -> str:
        """
        id of the monitoring activity or planning item
        """
    @property
    def start(self) -> Date:
        ...
class EviScalePoint:
    """
    One labelled point of a scale.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('value', 'label')
    schema: typing.ClassVar[str] = 'EviScalePoint.1'
    @staticmethod
    def from_json(text: str) -> EviScalePoint:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviScalePoint:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviScalePoint:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviScalePoint) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, value: int = ..., label: Label | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviScalePoint (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, value: int = ..., label: Label | None = ...) -> EviScalePoint:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def label(self) -> Label | None:
        ...
    @property
    def value(self) -> int:
        ...
class EviScale:
    """
    An integer answer scale.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'min', 'max', 'points', 'dont_know', 'confirmed', 'source')
    schema: typing.ClassVar[str] = 'EviScale.1'
    @staticmethod
    def from_json(text: str) -> EviScale:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviScale:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviScale:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviScale) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., min: int = ..., max: int = ..., points: collections.abc.Sequence[EviScalePoint] = ..., dont_know: collections.abc.Sequence[int] = ..., confirmed: bool = ..., source: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviScale (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., min: int = ..., max: int = ..., points: collections.abc.Sequence[EviScalePoint] = ..., dont_know: collections.abc.Sequence[int] = ..., confirmed: bool = ..., source: str | None = ...) -> EviScale:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def confirmed(self) -> bool:
        """
        stated by a public source
        """
    @property
    def dont_know(self) -> list[int]:
        """
        codes meaning 'weet niet', excluded from scores
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def max(self) -> int:
        ...
    @property
    def min(self) -> int:
        ...
    @property
    def points(self) -> list[EviScalePoint]:
        ...
    @property
    def source(self) -> str | None:
        ...
class EviItem:
    """
    One question of a pillar, by code.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'kind', 'scale', 'required', 'label', 'label_public', 'confirmed')
    schema: typing.ClassVar[str] = 'EviItem.1'
    @staticmethod
    def from_json(text: str) -> EviItem:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviItem:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviItem:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviItem) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., kind: EviItemKind = ..., scale: str = ..., required: bool = ..., label: Label | None = ..., label_public: bool = ..., confirmed: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviItem (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., kind: EviItemKind = ..., scale: str = ..., required: bool = ..., label: Label | None = ..., label_public: bool = ..., confirmed: bool = ...) -> EviItem:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def confirmed(self) -> bool:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def kind(self) -> EviItemKind:
        ...
    @property
    def label(self) -> Label | None:
        """
        absent when not public
        """
    @property
    def label_public(self) -> bool:
        ...
    @property
    def required(self) -> bool:
        ...
    @property
    def scale(self) -> str:
        ...
class EviScenarioText:
    """
    A public description of a scenario.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('value', 'text', 'source')
    schema: typing.ClassVar[str] = 'EviScenarioText.1'
    @staticmethod
    def from_json(text: str) -> EviScenarioText:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviScenarioText:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviScenarioText:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviScenarioText) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, value: int = ..., text: Label | None = ..., source: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviScenarioText (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, value: int = ..., text: Label | None = ..., source: str | None = ...) -> EviScenarioText:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def source(self) -> str | None:
        ...
    @property
    def text(self) -> Label | None:
        ...
    @property
    def value(self) -> int:
        ...
class EviPillar:
    """
    A pillar of an Evi instrument.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'maturity', 'scenarios', 'items')
    schema: typing.ClassVar[str] = 'EviPillar.1'
    @staticmethod
    def from_json(text: str) -> EviPillar:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviPillar:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviPillar:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviPillar) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., maturity: bool = ..., scenarios: collections.abc.Sequence[EviScenarioText] = ..., items: collections.abc.Sequence[EviItem] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviPillar (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., maturity: bool = ..., scenarios: collections.abc.Sequence[EviScenarioText] = ..., items: collections.abc.Sequence[EviItem] = ...) -> EviPillar:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def items(self) -> list[EviItem]:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def maturity(self) -> bool:
        """
        has scenarios 1-4
        """
    @property
    def scenarios(self) -> list[EviScenarioText]:
        ...
class EviScoring:
    """
    Statements to derived scenario.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'description', 'official', 'rule', 'thresholds', 'min_answers', 'pillars')
    schema: typing.ClassVar[str] = 'EviScoring.1'
    @staticmethod
    def from_json(text: str) -> EviScoring:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviScoring:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviScoring:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviScoring) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., description: Label = ..., official: bool = ..., rule: str = ..., thresholds: collections.abc.Sequence[Ratio] = ..., min_answers: int = ..., pillars: collections.abc.Sequence[str] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviScoring (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., description: Label = ..., official: bool = ..., rule: str = ..., thresholds: collections.abc.Sequence[Ratio] = ..., min_answers: int = ..., pillars: collections.abc.Sequence[str] = ...) -> EviScoring:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def description(self) -> Label:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def id(self) -> str:
        ...
    @property
    def min_answers(self) -> int:
        ...
    @property
    def official(self) -> bool:
        ...
    @property
    def pillars(self) -> list[str]:
        ...
    @property
    def rule(self) -> str:
        ...
    @property
    def thresholds(self) -> list[Ratio]:
        ...
class EviInstrument:
    """
    A versioned Evi instrument definition.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('id', 'label', 'family', 'version', 'sectors', 'first_year', 'first_year_confirmed', 'sources', 'note', 'scales', 'pillars', 'scoring')
    schema: typing.ClassVar[str] = 'EviInstrument.1'
    @staticmethod
    def from_json(text: str) -> EviInstrument:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviInstrument:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviInstrument:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviInstrument) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, id: str = ..., label: Label = ..., family: str = ..., version: str = ..., sectors: collections.abc.Sequence[Sector] = ..., first_year: int | None = ..., first_year_confirmed: bool = ..., sources: collections.abc.Sequence[str] = ..., note: str | None = ..., scales: collections.abc.Sequence[EviScale] = ..., pillars: collections.abc.Sequence[EviPillar] = ..., scoring: EviScoring | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviInstrument (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, id: str = ..., label: Label = ..., family: str = ..., version: str = ..., sectors: collections.abc.Sequence[Sector] = ..., first_year: int | None = ..., first_year_confirmed: bool = ..., sources: collections.abc.Sequence[str] = ..., note: str | None = ..., scales: collections.abc.Sequence[EviScale] = ..., pillars: collections.abc.Sequence[EviPillar] = ..., scoring: EviScoring | None = ...) -> EviInstrument:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def family(self) -> str:
        ...
    @property
    def first_year(self) -> int | None:
        ...
    @property
    def first_year_confirmed(self) -> bool:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def label(self) -> Label:
        ...
    @property
    def note(self) -> str | None:
        ...
    @property
    def pillars(self) -> list[EviPillar]:
        ...
    @property
    def scales(self) -> list[EviScale]:
        ...
    @property
    def scoring(self) -> EviScoring | None:
        ...
    @property
    def sectors(self) -> list[Sector]:
        ...
    @property
    def sources(self) -> list[str]:
        ...
    @property
    def version(self) -> str:
        ...
class EviResponse:
    """
    One Evi answer.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school_id', 'wave', 'instrument', 'pillar', 'item', 'value')
    schema: typing.ClassVar[str] = 'EviResponse.1'
    @staticmethod
    def from_json(text: str) -> EviResponse:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviResponse:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviResponse:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviResponse) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school_id: str = ..., wave: int = ..., instrument: str = ..., pillar: str = ..., item: str = ..., value: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviResponse (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school_id: str = ..., wave: int = ..., instrument: str = ..., pillar: str = ..., item: str = ..., value: int | None = ...) -> EviResponse:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def instrument(self) -> str:
        ...
    @property
    def item(self) -> str:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def school_id(self) -> str:
        ...
    @property
    def value(self) -> int | None:
        """
        empty: not answered
        """
    @property
    def wave(self) -> int:
        """
        calendar year
        """
class EviResponseSet:
    """
    A set of Evi answers.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('responses', 'synthetic', 'note')
    schema: typing.ClassVar[str] = 'EviResponseSet.1'
    @staticmethod
    def from_json(text: str) -> EviResponseSet:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviResponseSet:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviResponseSet:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviResponseSet) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, responses: collections.abc.Sequence[EviResponse] = ..., synthetic: bool = ..., note: str | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __len__(self) -> int:
        """
        The number of answers.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviResponseSet (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def columns(self) -> dict[str, typing.Any]:
        """
        The answers as columns without a Python object per answer: a dict with 'school_id', 'instrument', 'pillar' and 'item' as (codes: uint32 array, dictionary: list[typing.Any] of str), 'wave' (int16), 'value' (int64; 0 where not answered), 'answered' (bool) and 'line' (uint32; 0 when not read from CSV). The arrays share the set's memory and are read-only.
        """
    def replace(self, *, responses: collections.abc.Sequence[EviResponse] = ..., synthetic: bool = ..., note: str | None = ...) -> EviResponseSet:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def note(self) -> str | None:
        ...
    @property
    def responses(self) -> list[EviResponse]:
        ...
    @property
    def sha256(self) -> str:
        """
        SHA-256 of the bytes read.
        """
    @property
    def source(self) -> str:
        """
        The file the set was read from.
        """
    @property
    def synthetic(self) -> bool:
        ...
class EviValidationOptions:
    """
    Options of Evi validation.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('first_wave', 'last_wave')
    schema: typing.ClassVar[str] = 'EviValidationOptions.1'
    @staticmethod
    def from_json(text: str) -> EviValidationOptions:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviValidationOptions:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviValidationOptions:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviValidationOptions) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, first_wave: int | None = ..., last_wave: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviValidationOptions (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, first_wave: int | None = ..., last_wave: int | None = ...) -> EviValidationOptions:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def first_wave(self) -> int | None:
        ...
    @property
    def last_wave(self) -> int | None:
        ...
class EviSynthOptions:
    """
    Options of the synthetic Evi generator.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('schools', 'municipalities', 'waves', 'seed', 'region', 'vo_percent', 'response_percent')
    schema: typing.ClassVar[str] = 'EviSynthOptions.1'
    @staticmethod
    def from_json(text: str) -> EviSynthOptions:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviSynthOptions:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviSynthOptions:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviSynthOptions) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, schools: int = ..., municipalities: int = ..., waves: collections.abc.Sequence[int] = ..., seed: int = ..., region: str | None = ..., vo_percent: int = ..., response_percent: int = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviSynthOptions (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, schools: int = ..., municipalities: int = ..., waves: collections.abc.Sequence[int] = ..., seed: int = ..., region: str | None = ..., vo_percent: int = ..., response_percent: int = ...) -> EviSynthOptions:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def municipalities(self) -> int:
        ...
    @property
    def region(self) -> str | None:
        ...
    @property
    def response_percent(self) -> int:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def seed(self) -> int:
        ...
    @property
    def vo_percent(self) -> int:
        ...
    @property
    def waves(self) -> list[int]:
        ...
class EviSyntheticData:
    """
    Synthetic schools and Evi responses.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('schools', 'responses')
    schema: typing.ClassVar[str] = 'EviSyntheticData.1'
    @staticmethod
    def from_json(text: str) -> EviSyntheticData:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviSyntheticData:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviSyntheticData:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviSyntheticData) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, schools: SchoolRegistry = ..., responses: EviResponseSet = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviSyntheticData (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, schools: SchoolRegistry = ..., responses: EviResponseSet = ...) -> EviSyntheticData:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def responses(self) -> EviResponseSet:
        ...
    @property
    def schools(self) -> SchoolRegistry:
        ...
class EviAnalysisOptions:
    """
    Parameters of the Evi analysis.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('k', 'seed', 'replicates', 'confidence_percent', 'waves', 'first_wave', 'last_wave')
    schema: typing.ClassVar[str] = 'EviAnalysisOptions.1'
    @staticmethod
    def from_json(text: str) -> EviAnalysisOptions:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviAnalysisOptions:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviAnalysisOptions:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviAnalysisOptions) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, k: int = ..., seed: int = ..., replicates: int = ..., confidence_percent: int = ..., waves: collections.abc.Sequence[int] = ..., first_wave: int | None = ..., last_wave: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviAnalysisOptions (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, k: int = ..., seed: int = ..., replicates: int = ..., confidence_percent: int = ..., waves: collections.abc.Sequence[int] = ..., first_wave: int | None = ..., last_wave: int | None = ...) -> EviAnalysisOptions:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def confidence_percent(self) -> int:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def first_wave(self) -> int | None:
        ...
    @property
    def k(self) -> int:
        """
        minimum cell size
        """
    @property
    def last_wave(self) -> int | None:
        ...
    @property
    def replicates(self) -> int:
        ...
    @property
    def seed(self) -> int:
        ...
    @property
    def waves(self) -> list[int]:
        ...
class EviScore:
    """
    One school's scores for a pillar in a wave.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school_id', 'wave', 'instrument', 'pillar', 'municipality', 'sector', 'track', 'own_scenario', 'derived_scenario', 'ambition', 'sat_general', 'sat_pupils', 'statements_answered')
    schema: typing.ClassVar[str] = 'EviScore.1'
    @staticmethod
    def from_json(text: str) -> EviScore:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviScore:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviScore:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviScore) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school_id: str = ..., wave: int = ..., instrument: str = ..., pillar: str = ..., municipality: str = ..., sector: str = ..., track: str = ..., own_scenario: int | None = ..., derived_scenario: int | None = ..., ambition: int | None = ..., sat_general: int | None = ..., sat_pupils: int | None = ..., statements_answered: int = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviScore (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school_id: str = ..., wave: int = ..., instrument: str = ..., pillar: str = ..., municipality: str = ..., sector: str = ..., track: str = ..., own_scenario: int | None = ..., derived_scenario: int | None = ..., ambition: int | None = ..., sat_general: int | None = ..., sat_pupils: int | None = ..., statements_answered: int = ...) -> EviScore:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def ambition(self) -> int | None:
        ...
    @property
    def derived_scenario(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def instrument(self) -> str:
        ...
    @property
    def municipality(self) -> str:
        ...
    @property
    def own_scenario(self) -> int | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def sat_general(self) -> int | None:
        ...
    @property
    def sat_pupils(self) -> int | None:
        ...
    @property
    def school_id(self) -> str:
        ...
    @property
    def sector(self) -> str:
        ...
    @property
    def statements_answered(self) -> int:
        ...
    @property
    def track(self) -> str:
        ...
    @property
    def wave(self) -> int:
        ...
class EviResponseRow:
    """
    Expected and received Evi responses.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'group_by', 'group', 'expected', 'received', 'rate')
    schema: typing.ClassVar[str] = 'EviResponseRow.1'
    @staticmethod
    def from_json(text: str) -> EviResponseRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviResponseRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviResponseRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviResponseRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., group_by: str = ..., group: str = ..., expected: int | None = ..., received: int = ..., rate: Ratio | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviResponseRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., group_by: str = ..., group: str = ..., expected: int | None = ..., received: int = ..., rate: Ratio | None = ...) -> EviResponseRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def expected(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def group_by(self) -> str:
        ...
    @property
    def rate(self) -> Ratio | None:
        ...
    @property
    def received(self) -> int:
        ...
    @property
    def wave(self) -> int:
        ...
class EviDistributionRow:
    """
    One cell of a scenario distribution.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar', 'group_by', 'group', 'scenario', 'schools', 'suppressed', 'suppression')
    schema: typing.ClassVar[str] = 'EviDistributionRow.1'
    @staticmethod
    def from_json(text: str) -> EviDistributionRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviDistributionRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviDistributionRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviDistributionRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar: str = ..., group_by: str = ..., group: str = ..., scenario: int = ..., schools: int | None = ..., suppressed: bool = ..., suppression: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviDistributionRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar: str = ..., group_by: str = ..., group: str = ..., scenario: int = ..., schools: int | None = ..., suppressed: bool = ..., suppression: str = ...) -> EviDistributionRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def group_by(self) -> str:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def scenario(self) -> int:
        ...
    @property
    def schools(self) -> int | None:
        ...
    @property
    def suppressed(self) -> bool:
        ...
    @property
    def suppression(self) -> str:
        ...
    @property
    def wave(self) -> int:
        ...
class EviAgreementRow:
    """
    Own versus derived scenario.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar', 'schools', 'same', 'own_higher', 'own_lower', 'suppressed')
    schema: typing.ClassVar[str] = 'EviAgreementRow.1'
    @staticmethod
    def from_json(text: str) -> EviAgreementRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviAgreementRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviAgreementRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviAgreementRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar: str = ..., schools: int = ..., same: int | None = ..., own_higher: int | None = ..., own_lower: int | None = ..., suppressed: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviAgreementRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar: str = ..., schools: int = ..., same: int | None = ..., own_higher: int | None = ..., own_lower: int | None = ..., suppressed: bool = ...) -> EviAgreementRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def own_higher(self) -> int | None:
        ...
    @property
    def own_lower(self) -> int | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def same(self) -> int | None:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def suppressed(self) -> bool:
        ...
    @property
    def wave(self) -> int:
        ...
class EviTransitionRow:
    """
    One cell of a transition matrix.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('from_wave', 'to_wave', 'pillar', 'from_scenario', 'to_scenario', 'schools', 'suppressed', 'suppression')
    schema: typing.ClassVar[str] = 'EviTransitionRow.1'
    @staticmethod
    def from_json(text: str) -> EviTransitionRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviTransitionRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviTransitionRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviTransitionRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, from_wave: int = ..., to_wave: int = ..., pillar: str = ..., from_scenario: int = ..., to_scenario: int = ..., schools: int | None = ..., suppressed: bool = ..., suppression: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviTransitionRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, from_wave: int = ..., to_wave: int = ..., pillar: str = ..., from_scenario: int = ..., to_scenario: int = ..., schools: int | None = ..., suppressed: bool = ..., suppression: str = ...) -> EviTransitionRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def from_scenario(self) -> int:
        ...
    @property
    def from_wave(self) -> int:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def schools(self) -> int | None:
        ...
    @property
    def suppressed(self) -> bool:
        ...
    @property
    def suppression(self) -> str:
        ...
    @property
    def to_scenario(self) -> int:
        ...
    @property
    def to_wave(self) -> int:
        ...
class EviPairedChangeRow:
    """
    Paired change between two waves.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('from_wave', 'to_wave', 'pillar', 'schools', 'up', 'same', 'down', 'mean_change', 'lower', 'upper')
    schema: typing.ClassVar[str] = 'EviPairedChangeRow.1'
    @staticmethod
    def from_json(text: str) -> EviPairedChangeRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviPairedChangeRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviPairedChangeRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviPairedChangeRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, from_wave: int = ..., to_wave: int = ..., pillar: str = ..., schools: int = ..., up: int | None = ..., same: int | None = ..., down: int | None = ..., mean_change: float | None = ..., lower: float | None = ..., upper: float | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviPairedChangeRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, from_wave: int = ..., to_wave: int = ..., pillar: str = ..., schools: int = ..., up: int | None = ..., same: int | None = ..., down: int | None = ..., mean_change: float | None = ..., lower: float | None = ..., upper: float | None = ...) -> EviPairedChangeRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def down(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def from_wave(self) -> int:
        ...
    @property
    def lower(self) -> float | None:
        ...
    @property
    def mean_change(self) -> float | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def same(self) -> int | None:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def to_wave(self) -> int:
        ...
    @property
    def up(self) -> int | None:
        ...
    @property
    def upper(self) -> float | None:
        ...
class EviConsistencyRow:
    """
    Consistency between pillars.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar_a', 'pillar_b', 'schools', 'same', 'one_apart', 'two_or_more_apart', 'mean_abs_difference')
    schema: typing.ClassVar[str] = 'EviConsistencyRow.1'
    @staticmethod
    def from_json(text: str) -> EviConsistencyRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviConsistencyRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviConsistencyRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviConsistencyRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar_a: str = ..., pillar_b: str = ..., schools: int = ..., same: int | None = ..., one_apart: int | None = ..., two_or_more_apart: int | None = ..., mean_abs_difference: float | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviConsistencyRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar_a: str = ..., pillar_b: str = ..., schools: int = ..., same: int | None = ..., one_apart: int | None = ..., two_or_more_apart: int | None = ..., mean_abs_difference: float | None = ...) -> EviConsistencyRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def mean_abs_difference(self) -> float | None:
        ...
    @property
    def one_apart(self) -> int | None:
        ...
    @property
    def pillar_a(self) -> str:
        ...
    @property
    def pillar_b(self) -> str:
        ...
    @property
    def same(self) -> int | None:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def two_or_more_apart(self) -> int | None:
        ...
    @property
    def wave(self) -> int:
        ...
class EviAlphaRow:
    """
    Cronbach's alpha of a pillar's statements.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'instrument', 'pillar', 'items', 'schools', 'alpha')
    schema: typing.ClassVar[str] = 'EviAlphaRow.1'
    @staticmethod
    def from_json(text: str) -> EviAlphaRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviAlphaRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviAlphaRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviAlphaRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., instrument: str = ..., pillar: str = ..., items: int = ..., schools: int = ..., alpha: float | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviAlphaRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., instrument: str = ..., pillar: str = ..., items: int = ..., schools: int = ..., alpha: float | None = ...) -> EviAlphaRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def alpha(self) -> float | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def instrument(self) -> str:
        ...
    @property
    def items(self) -> int:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def wave(self) -> int:
        ...
class EviIntervalRow:
    """
    A bootstrap interval.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar', 'group_by', 'group', 'statistic', 'schools', 'estimate', 'lower', 'upper')
    schema: typing.ClassVar[str] = 'EviIntervalRow.1'
    @staticmethod
    def from_json(text: str) -> EviIntervalRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviIntervalRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviIntervalRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviIntervalRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar: str = ..., group_by: str = ..., group: str = ..., statistic: str = ..., schools: int = ..., estimate: float = ..., lower: float = ..., upper: float = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviIntervalRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar: str = ..., group_by: str = ..., group: str = ..., statistic: str = ..., schools: int = ..., estimate: float = ..., lower: float = ..., upper: float = ...) -> EviIntervalRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def estimate(self) -> float:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def group(self) -> str:
        ...
    @property
    def group_by(self) -> str:
        ...
    @property
    def lower(self) -> float:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def statistic(self) -> str:
        ...
    @property
    def upper(self) -> float:
        ...
    @property
    def wave(self) -> int:
        ...
class EviItemSummaryRow:
    """
    Summary of a rated item.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar', 'item', 'schools', 'mean', 'median_low')
    schema: typing.ClassVar[str] = 'EviItemSummaryRow.1'
    @staticmethod
    def from_json(text: str) -> EviItemSummaryRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviItemSummaryRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviItemSummaryRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviItemSummaryRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar: str = ..., item: str = ..., schools: int = ..., mean: float | None = ..., median_low: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviItemSummaryRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar: str = ..., item: str = ..., schools: int = ..., mean: float | None = ..., median_low: int | None = ...) -> EviItemSummaryRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def item(self) -> str:
        ...
    @property
    def mean(self) -> float | None:
        ...
    @property
    def median_low(self) -> int | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def wave(self) -> int:
        ...
class EviAmbitionRow:
    """
    Ambition minus own scenario.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'pillar', 'schools', 'gap_0', 'gap_1', 'gap_2_or_more', 'below', 'mean_gap')
    schema: typing.ClassVar[str] = 'EviAmbitionRow.1'
    @staticmethod
    def from_json(text: str) -> EviAmbitionRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviAmbitionRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviAmbitionRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviAmbitionRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., pillar: str = ..., schools: int = ..., gap_0: int | None = ..., gap_1: int | None = ..., gap_2_or_more: int | None = ..., below: int | None = ..., mean_gap: float | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviAmbitionRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., pillar: str = ..., schools: int = ..., gap_0: int | None = ..., gap_1: int | None = ..., gap_2_or_more: int | None = ..., below: int | None = ..., mean_gap: float | None = ...) -> EviAmbitionRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def below(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def gap_0(self) -> int | None:
        ...
    @property
    def gap_1(self) -> int | None:
        ...
    @property
    def gap_2_or_more(self) -> int | None:
        ...
    @property
    def mean_gap(self) -> float | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def schools(self) -> int:
        ...
    @property
    def wave(self) -> int:
        ...
class EviManifestInput:
    """
    An input of the analysis.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('role', 'name', 'sha256', 'records')
    schema: typing.ClassVar[str] = 'EviManifestInput.1'
    @staticmethod
    def from_json(text: str) -> EviManifestInput:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviManifestInput:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviManifestInput:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviManifestInput) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, role: str = ..., name: str = ..., sha256: str = ..., records: int = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviManifestInput (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, role: str = ..., name: str = ..., sha256: str = ..., records: int = ...) -> EviManifestInput:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def name(self) -> str:
        ...
    @property
    def records(self) -> int:
        ...
    @property
    def role(self) -> str:
        ...
    @property
    def sha256(self) -> str:
        ...
class EviManifest:
    """
    Inputs, definitions and parameters of an analysis.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('library_version', 'method', 'synthetic', 'inputs', 'scoring', 'options', 'waves', 'tables', 'prng')
    schema: typing.ClassVar[str] = 'EviManifest.1'
    @staticmethod
    def from_json(text: str) -> EviManifest:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviManifest:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviManifest:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviManifest) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, library_version: str = ..., method: str = ..., synthetic: bool = ..., inputs: collections.abc.Sequence[EviManifestInput] = ..., scoring: collections.abc.Sequence[str] = ..., options: EviAnalysisOptions = ..., waves: collections.abc.Sequence[int] = ..., tables: collections.abc.Sequence[str] = ..., prng: str = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviManifest (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, library_version: str = ..., method: str = ..., synthetic: bool = ..., inputs: collections.abc.Sequence[EviManifestInput] = ..., scoring: collections.abc.Sequence[str] = ..., options: EviAnalysisOptions = ..., waves: collections.abc.Sequence[int] = ..., tables: collections.abc.Sequence[str] = ..., prng: str = ...) -> EviManifest:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def inputs(self) -> list[EviManifestInput]:
        ...
    @property
    def library_version(self) -> str:
        ...
    @property
    def method(self) -> str:
        ...
    @property
    def options(self) -> EviAnalysisOptions:
        ...
    @property
    def prng(self) -> str:
        ...
    @property
    def scoring(self) -> list[str]:
        ...
    @property
    def synthetic(self) -> bool:
        ...
    @property
    def tables(self) -> list[str]:
        ...
    @property
    def waves(self) -> list[int]:
        ...
class EviAnalysis:
    """
    The regional Evi analysis.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('manifest', 'findings', 'response', 'distribution', 'agreement', 'transitions', 'paired_change', 'consistency', 'alpha', 'intervals', 'items', 'ambition')
    schema: typing.ClassVar[str] = 'EviAnalysis.1'
    @staticmethod
    def from_json(text: str) -> EviAnalysis:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviAnalysis:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviAnalysis:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviAnalysis) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, manifest: EviManifest = ..., findings: collections.abc.Sequence[Finding] = ..., response: collections.abc.Sequence[EviResponseRow] = ..., distribution: collections.abc.Sequence[EviDistributionRow] = ..., agreement: collections.abc.Sequence[EviAgreementRow] = ..., transitions: collections.abc.Sequence[EviTransitionRow] = ..., paired_change: collections.abc.Sequence[EviPairedChangeRow] = ..., consistency: collections.abc.Sequence[EviConsistencyRow] = ..., alpha: collections.abc.Sequence[EviAlphaRow] = ..., intervals: collections.abc.Sequence[EviIntervalRow] = ..., items: collections.abc.Sequence[EviItemSummaryRow] = ..., ambition: collections.abc.Sequence[EviAmbitionRow] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviAnalysis (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def _repr_html_(self) -> str:
        ...
    def replace(self, *, manifest: EviManifest = ..., findings: collections.abc.Sequence[Finding] = ..., response: collections.abc.Sequence[EviResponseRow] = ..., distribution: collections.abc.Sequence[EviDistributionRow] = ..., agreement: collections.abc.Sequence[EviAgreementRow] = ..., transitions: collections.abc.Sequence[EviTransitionRow] = ..., paired_change: collections.abc.Sequence[EviPairedChangeRow] = ..., consistency: collections.abc.Sequence[EviConsistencyRow] = ..., alpha: collections.abc.Sequence[EviAlphaRow] = ..., intervals: collections.abc.Sequence[EviIntervalRow] = ..., items: collections.abc.Sequence[EviItemSummaryRow] = ..., ambition: collections.abc.Sequence[EviAmbitionRow] = ...) -> EviAnalysis:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def agreement(self) -> list[EviAgreementRow]:
        ...
    @property
    def alpha(self) -> list[EviAlphaRow]:
        ...
    @property
    def ambition(self) -> list[EviAmbitionRow]:
        ...
    @property
    def consistency(self) -> list[EviConsistencyRow]:
        ...
    @property
    def distribution(self) -> list[EviDistributionRow]:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def findings(self) -> list[Finding]:
        ...
    @property
    def intervals(self) -> list[EviIntervalRow]:
        ...
    @property
    def items(self) -> list[EviItemSummaryRow]:
        ...
    @property
    def manifest(self) -> EviManifest:
        ...
    @property
    def paired_change(self) -> list[EviPairedChangeRow]:
        ...
    @property
    def response(self) -> list[EviResponseRow]:
        ...
    @property
    def transitions(self) -> list[EviTransitionRow]:
        ...
class EviDossierRow:
    """
    A pillar in a wave of a school's dossier.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'instrument', 'pillar', 'own_scenario', 'derived_scenario', 'agrees', 'previous_wave', 'change', 'ambition', 'ambition_gap', 'sat_general', 'sat_pupils')
    schema: typing.ClassVar[str] = 'EviDossierRow.1'
    @staticmethod
    def from_json(text: str) -> EviDossierRow:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviDossierRow:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviDossierRow:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviDossierRow) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., instrument: str = ..., pillar: str = ..., own_scenario: int | None = ..., derived_scenario: int | None = ..., agrees: bool | None = ..., previous_wave: int | None = ..., change: int | None = ..., ambition: int | None = ..., ambition_gap: int | None = ..., sat_general: int | None = ..., sat_pupils: int | None = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviDossierRow (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., instrument: str = ..., pillar: str = ..., own_scenario: int | None = ..., derived_scenario: int | None = ..., agrees: bool | None = ..., previous_wave: int | None = ..., change: int | None = ..., ambition: int | None = ..., ambition_gap: int | None = ..., sat_general: int | None = ..., sat_pupils: int | None = ...) -> EviDossierRow:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def agrees(self) -> bool | None:
        ...
    @property
    def ambition(self) -> int | None:
        ...
    @property
    def ambition_gap(self) -> int | None:
        ...
    @property
    def change(self) -> int | None:
        ...
    @property
    def derived_scenario(self) -> int | None:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def instrument(self) -> str:
        ...
    @property
    def own_scenario(self) -> int | None:
        ...
    @property
    def pillar(self) -> str:
        ...
    @property
    def previous_wave(self) -> int | None:
        ...
    @property
    def sat_general(self) -> int | None:
        ...
    @property
    def sat_pupils(self) -> int | None:
        ...
    @property
    def wave(self) -> int:
        ...
class EviDossierWave:
    """
    Consistency of a school's pillars in a wave.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('wave', 'instrument', 'lowest', 'highest', 'spread', 'visie_minus_programma', 'consistent')
    schema: typing.ClassVar[str] = 'EviDossierWave.1'
    @staticmethod
    def from_json(text: str) -> EviDossierWave:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviDossierWave:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviDossierWave:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviDossierWave) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, wave: int = ..., instrument: str = ..., lowest: int | None = ..., highest: int | None = ..., spread: int | None = ..., visie_minus_programma: int | None = ..., consistent: bool = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviDossierWave (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, wave: int = ..., instrument: str = ..., lowest: int | None = ..., highest: int | None = ..., spread: int | None = ..., visie_minus_programma: int | None = ..., consistent: bool = ...) -> EviDossierWave:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def consistent(self) -> bool:
        ...
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def highest(self) -> int | None:
        ...
    @property
    def instrument(self) -> str:
        ...
    @property
    def lowest(self) -> int | None:
        ...
    @property
    def spread(self) -> int | None:
        ...
    @property
    def visie_minus_programma(self) -> int | None:
        ...
    @property
    def wave(self) -> int:
        ...
class EviDossier:
    """
    One school's Evi dossier.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    fields: typing.ClassVar[tuple[str, ...]] = ('school_id', 'name', 'municipality', 'sector', 'track', 'rows', 'waves', 'findings')
    schema: typing.ClassVar[str] = 'EviDossier.1'
    @staticmethod
    def from_json(text: str) -> EviDossier:
        """
        Parse a record from JSON text (older schema versions are upgraded).
        """
    def __copy__(self) -> EviDossier:
        """
        A copy (records are values).
        """
    def __deepcopy__(self, memo: dict[str, typing.Any]) -> EviDossier:
        """
        A copy (records hold no shared parts).
        """
    @typing.overload
    def __eq__(self, arg0: EviDossier) -> bool:
        ...
    @typing.overload
    def __eq__(self, arg0: typing.Any) -> bool:
        ...
    def __getstate__(self) -> str:
        ...
    def __init__(self, *, school_id: str = ..., name: str | None = ..., municipality: str | None = ..., sector: str | None = ..., track: str | None = ..., rows: collections.abc.Sequence[EviDossierRow] = ..., waves: collections.abc.Sequence[EviDossierWave] = ..., findings: collections.abc.Sequence[Finding] = ...) -> None:
        """
        Build from keyword arguments; fields not given take their empty value.
        """
    def __repr__(self) -> str:
        """
        The generated repr of a EviDossier (evaluable), or its short form when that would be longer than 2000 characters (cmkit._display).
        """
    def __setstate__(self, arg0: str) -> None:
        ...
    def replace(self, *, school_id: str = ..., name: str | None = ..., municipality: str | None = ..., sector: str | None = ..., track: str | None = ..., rows: collections.abc.Sequence[EviDossierRow] = ..., waves: collections.abc.Sequence[EviDossierWave] = ..., findings: collections.abc.Sequence[Finding] = ...) -> EviDossier:
        """
        A copy with the given fields replaced (records are immutable values).
        """
    def to_json(self) -> str:
        """
        Canonical JSON text of this record.
        """
    @property
    def extras(self) -> dict[str, typing.Any]:
        """
        Fields of the source file that this version of cmkit does not know; kept and written back.
        """
    @property
    def findings(self) -> list[Finding]:
        ...
    @property
    def municipality(self) -> str | None:
        ...
    @property
    def name(self) -> str | None:
        ...
    @property
    def rows(self) -> list[EviDossierRow]:
        ...
    @property
    def school_id(self) -> str:
        ...
    @property
    def sector(self) -> str | None:
        ...
    @property
    def track(self) -> str | None:
        ...
    @property
    def waves(self) -> list[EviDossierWave]:
        ...
class Term:
    """
    One allowed value of a vocabulary: id, label (nl/en), doc, argument.
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def argument(self) -> str:
        """
        for a measure: what follows the colon ('track'); '' when none
        """
    @property
    def doc(self) -> str:
        """
        what it means (English)
        """
    @property
    def id(self) -> str:
        """
        the value as written in JSON and CSV
        """
    @property
    def label(self) -> Label:
        """
        how the report names it
        """
class Vocabulary:
    """
    A closed set of values a plan uses (docs/plan-format.md, 'Vocabularies').
    """
    __hash__: typing.ClassVar[None] = None  # type: ignore[assignment]
    def __eq__(self, arg0: object) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def contains(self, value: str) -> bool:
        """
        Whether `value` is allowed (a measure with its argument).
        """
    def forms(self) -> list[str]:
        """
        The allowed values as written ('trajectories-started:<track>').
        """
    @property
    def doc(self) -> str:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def integer(self) -> bool:
        """
        whether the values are JSON integers
        """
    @property
    def schema_places(self) -> list[str]:
        """
        JSON pointers into plan_json_schema() where it is an enum
        """
    @property
    def terms(self) -> list[Term]:
        ...
    @property
    def used_in(self) -> list[str]:
        """
        the fields that take it
        """
class Rollup:
    """
    A national roll-up of plans (cmkit.rollup): the tables plans, budget, matching, targets and findings as cmkit.Table, and the roll-up's own findings (ROLLUP_*). When the roll-up is refused (an overlap of municipalities, mixed editions, a plan twice) every table has its columns but no rows. Use `cmkit.rollup(...)` for the DataFrames.
    """
    def __repr__(self) -> str:
        ...
    def tables(self) -> dict[str, typing.Any]:
        """
        The five tables by name, in order: plans, budget, matching, targets, findings.
        """
    @property
    def budget(self) -> Table:
        """
        Plan x year x side x category: amount_cents (and amount_eur).
        """
    @property
    def findings(self) -> Table:
        """
        Plan x every finding of validating that plan (as `cmkit validate`).
        """
    @property
    def matching(self) -> Table:
        """
        Plan x municipality x year: the matching split with its basis and `derived`.
        """
    @property
    def plans(self) -> Table:
        """
        One row per plan: region, edition, period, municipalities, totals, finding counts.
        """
    @property
    def refused(self) -> bool:
        """
        True when a roll-up error refused the combination.
        """
    @property
    def rollup_findings(self) -> list[Finding]:
        """
        The roll-up's own findings (errors ROLLUP_MUNICIPALITY_OVERLAP, ROLLUP_MIXED_EDITIONS, ROLLUP_DUPLICATE_PLAN); paths are /plans/<i>/... for the i-th plan given (0-based).
        """
    @property
    def targets(self) -> Table:
        """
        Plan x result target x reporting period.
        """
def agenda(plan: Plan, year: typing.SupportsInt | typing.SupportsIndex | None = None, options: AgendaOptions | None = None) -> list[AgendaEvent]:
    """
    The plan's monitoring and planning calendar over its period (or one year), sorted by date.
    Monitoring dates are slots from cmkit's scheduling rule (AgendaOptions), not dates from the plan:
    such events have slot=True.
    """
def agenda_to_ics(events: collections.abc.Sequence[AgendaEvent], plan_id: str, lang: Lang | str = Lang.NL, stamp: Date | None = None) -> str:
    """
    The events as an iCalendar (RFC 5545) text with CRLF line endings; `lang` is a Lang or 'nl'/'en';
    DTSTAMP is `stamp` (a Date) or 1 January of the first event's year.
    """
def analyse_survey(survey: Survey, responses: SurveyResponses, k: typing.SupportsInt | typing.SupportsIndex = 5, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> SurveyAnalysis:
    """
    Every table (response, distribution, summary, comparisons of consecutive waves) and the findings.
    """
def analyse_trajectories(plan: Plan, schools: SchoolRegistry, events: collections.abc.Sequence[TrajectoryEvent], on: Date | None = None) -> TrajectoryAnalysis:
    """
    Apply the events (up to and including `on`) per school; returns states, trajectories and findings.
    """
def budget_hledger(budget: Budget, plan_id: str = '', in_kind: dict[Sector, Money] | dict[str, Money] | None = None) -> str:
    """
    An hledger journal of the budget.
    """
def budget_rows(budget: Budget, in_kind: dict[Sector, Money] | dict[str, Money] | None = None) -> list[BudgetRow]:
    """
    The long table of a budget; `in_kind` maps a Sector (or 'PO', 'VO') to an hourly Money rate.
    """
def budget_rows_csv(rows: collections.abc.Sequence[BudgetRow]) -> str:
    ...
def budget_vs_actual(budget: Budget, realisation: Realisation) -> list[BudgetActualRow]:
    ...
def builtin_evi_instruments() -> list[EviInstrument]:
    """
    Every built-in Evi instrument definition.
    """
def category_label(category: str) -> Label:
    """
    Dutch and English name of a category.
    """
def check_agenda_against_targets(plan: Plan, events: collections.abc.Sequence[AgendaEvent] | None = None, *, target: str = 'kennisdelingsbijeenkomsten', activity: str = 'network-meetings') -> list[Finding]:
    """
    Compare the network meetings of a whole-period agenda (default: agenda(plan)) with the result target
    per phase and in total; AGENDA_TARGET_MISMATCH warnings where they differ.
    """
def check_evi_instrument(instrument: EviInstrument) -> list[Finding]:
    """
    Check an instrument definition; returns Findings (codes EVI_DEF_*).
    """
def check_plan_structure(plan: Plan) -> list[Finding]:
    """
    The whole-plan checks beyond the budget: cross-references, ids, periods inside the plan period, phases
    that tile it, target totals, the plan period against its edition, budgeted years (docs/plan-validation.md).
    """
def check_progress(plan: Plan, data: ProgressData, as_of: Date | None = None) -> list[Finding]:
    """
    Targets missed or out of reach, the VO reach, and a remark when the data is synthetic.
    """
def cost_categories() -> list[str]:
    """
    Cost categories of the regulation.
    """
def csv_text_cell(text: str) -> str:
    """
    A text cell as cmkit writes it in CSV (spreadsheet-safe rule).
    """
def default_slot_rules() -> list[SlotRule]:
    """
    cmkit's default slot months per number of times a year (1x June; 2x March, October; ...).
    """
def default_source(category: str) -> str:
    ...
def events_from_csv(text: str, source: str = '<string>') -> list[TrajectoryEvent]:
    """
    Read trajectory events from CSV (school,date,kind,track,step,reason).
    """
def events_to_csv(events: collections.abc.Sequence[TrajectoryEvent]) -> str:
    ...
def evi_analyse(responses: EviResponseSet, instruments: collections.abc.Sequence[EviInstrument] | None = None, schools: SchoolRegistry | None = None, k: typing.SupportsInt | typing.SupportsIndex = 5, seed: typing.SupportsInt | typing.SupportsIndex = 20250601, replicates: typing.SupportsInt | typing.SupportsIndex = 2000, confidence_percent: typing.SupportsInt | typing.SupportsIndex = 95, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = [], first_wave: typing.SupportsInt | typing.SupportsIndex | None = None, last_wave: typing.SupportsInt | typing.SupportsIndex | None = None, *, progress: collections.abc.Callable[[int, int, str], typing.Any] | None = None) -> EviAnalysis:
    """
    The regional Evi analysis: response, distributions, agreement, transitions, paired change, consistency, Cronbach's alpha, bootstrap intervals, item and ambition summaries, with disclosure control (k) and a manifest.
    progress(done, total, stage) is called at stage boundaries (at most about every 20 ms); returning False cancels (cmkit.Cancelled), an exception it raises stops the analysis and is raised; Ctrl-C stops it (KeyboardInterrupt) with or without a callback.
    """
def evi_audit(cells: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], pattern: dict[str, typing.Any]) -> list[typing.Any]:
    """
    The exact range of every suppressed value of a table under a pattern.
    
    pattern: a dict as evi_suppress returns it ("cells", "row_totals", "column_totals" as status strings;
    "column_totals_are_cells" optional). For every suppressed value (cells row by row, then row totals,
    then column totals) a dict {"kind": "cell"|"row_total"|"column_total", "row", "column", "value",
    "min", "max"}: the smallest and largest value it can take in any table of non-negative integers that
    agrees with everything published (exact, by maximum flows). min == max means it can be recomputed.
    """
def evi_demo_amstelland() -> EviSyntheticData:
    """
    The shipped SYNTHETIC Amstelland Evi waves 2023 and 2025 and their schools file (demo data).
    """
def evi_dossier(responses: EviResponseSet, school_id: str, instruments: collections.abc.Sequence[EviInstrument] | None = None, schools: SchoolRegistry | None = None) -> EviDossier:
    """
    One school's dossier: scenarios per pillar per wave, change, agreement, ambition gap and consistency.
    """
def evi_instrument(id: str) -> EviInstrument:
    """
    A built-in Evi instrument definition by id.
    """
def evi_instruments() -> list[str]:
    """
    The ids of the built-in Evi instrument definitions.
    """
def evi_output_files(analysis: EviAnalysis) -> list[tuple[str, str]]:
    """
    The files of `cmkit evi analyse -o DIR` as (name, text) pairs: analysis.json, manifest.json, one CSV per table.
    """
def evi_responses_from_csv(text: str, source: str = '<string>') -> EviResponseSet:
    """
    Read Evi answers from CSV text with the columns school_id,wave,instrument,pillar,item,value.
    """
def evi_responses_from_json(text: str, source: str = '<string>') -> EviResponseSet:
    """
    Read Evi answers from EviResponseSet JSON.
    """
def evi_responses_to_csv(responses: EviResponseSet) -> str:
    """
    Write Evi answers as CSV.
    """
def evi_scores(responses: EviResponseSet, instruments: collections.abc.Sequence[EviInstrument] | None = None, schools: SchoolRegistry | None = None) -> list[EviScore]:
    """
    Own and derived scenario, ambition and satisfaction per school, wave and pillar (usable answers only).
    """
def evi_suppress(cells: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], k: typing.SupportsInt | typing.SupportsIndex = 5, row_totals: str = 'published', column_totals: str = 'published', hidden_column_totals: collections.abc.Sequence[bool] | None = None, column_totals_are_cells: bool = False) -> dict[str, typing.Any]:
    """
    Disclosure control for a table of counts of schools (docs/evi-disclosure.md).
    
    Every count below ``k`` (0 included) is suppressed ("primary"), and further values ("complementary")
    until no suppressed value can be recomputed exactly from the published cells, the published margins and
    the grand total (always published), counts being non-negative integers. Deterministic.
    
    cells: a list of rows of non-negative ints, all rows the same length.
    row_totals / column_totals: "published" (always shown) or "suppress_small" (a total below k is
        suppressed too, and totals may be suppressed as complementary values).
    hidden_column_totals: None or one bool per column: column totals suppressed from the start (for
        breakdowns of a distribution whose suppressed values are these column totals).
    column_totals_are_cells: a one-row table (an overall distribution) whose column totals are its cells.
    
    Returns a dict: "cells" (rows of "published"/"primary"/"complementary"), "row_totals",
    "column_totals", "column_totals_are_cells", "unprotected" (values no allowed pattern can protect,
    each {"kind", "row", "column"}; empty for ordinary tables) and "published": the table as it may be
    shown ({"cells", "row_totals", "column_totals": values with None where suppressed, "grand_total"}). Raises cmkit.InvalidArgumentError (a
    ValueError) for k < 1, ragged or negative input, an unknown policy or a mask of the wrong length.
    """
def evi_suppress_linked(overall: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex], breakdowns: collections.abc.Sequence[collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]]], k: typing.SupportsInt | typing.SupportsIndex = 5) -> dict[str, typing.Any]:
    """
    Disclosure control for an overall distribution and its breakdowns, together.
    
    overall: one count per column (e.g. a region's schools per scenario); its total is published.
    breakdowns: tables (by municipality, sector, track, ...) with one row per group, published row totals,
        and column sums equal to ``overall``.
    A value suppressed in ``overall`` is a suppressed column total of every breakdown; the tables are
    protected until no suppressed value can be recomputed from any table, nor from all tables together.
    
    Returns {"overall": [status per column], "overall_published": [value or None per column],
    "breakdowns": [one dict per breakdown, as evi_suppress returns], "overall_unprotected": [columns]}. Raises cmkit.InvalidArgumentError (a
    ValueError) for k < 1, negative or ragged input, or a breakdown that does not add up to ``overall``.
    """
def evi_synthetic(schools: typing.SupportsInt | typing.SupportsIndex = 40, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] = [2023, 2025], seed: typing.SupportsInt | typing.SupportsIndex = 1, municipalities: typing.SupportsInt | typing.SupportsIndex = 0, region: str | None = None, vo_percent: typing.SupportsInt | typing.SupportsIndex = 8, response_percent: typing.SupportsInt | typing.SupportsIndex = 85, *, progress: collections.abc.Callable[[int, int, str], typing.Any] | None = None) -> EviSyntheticData:
    """
    SYNTHETIC (made-up) Evi waves and schools file, the same for the same arguments on every platform.
    progress(done, total, stage): as for evi_analyse.
    """
def evi_table(analysis: EviAnalysis, name: str) -> Table:
    """
    Table `name` of an analysis as a cmkit.Table (typed columns; the source of its CSV, JSON and DataFrame).
    """
def evi_table_columns(name: str, csv: bool = True) -> list[str]:
    """
    The columns of an analysis table in order (csv=True: those of its CSV form, without `suppression`).
    """
def evi_table_csv(analysis: EviAnalysis, name: str) -> str:
    """
    One table of an analysis as CSV text (byte-stable).
    """
def evi_table_names() -> list[str]:
    """
    The names of the analysis tables, in output order.
    """
def format_integer(value: int, style: str = 'nl') -> str:
    """
    A whole number in Dutch (1.118.496) or English (1,118,496) style.
    """
def has_errors(findings: collections.abc.Sequence[Finding]) -> bool:
    """
    True when any finding is an error.
    """
def income_categories() -> list[str]:
    """
    Income categories the rules know.
    """
def library_version() -> str:
    ...
def load_evi_instrument(path: str | os.PathLike[str]) -> EviInstrument:
    """
    Read an instrument definition (EviInstrument JSON), e.g. a region's own questions.
    """
def load_evi_responses(path: str | os.PathLike[str]) -> EviResponseSet:
    """
    Read Evi answers from a .csv file or EviResponseSet JSON.
    """
def load_plan(path: str | os.PathLike[str]) -> Plan:
    """
    Read a plan file (str or os.PathLike).
    """
def load_progress(path: str | os.PathLike[str]) -> ProgressData:
    """
    Read a progress data file (ProgressData JSON).
    """
def load_realisation(path: str | os.PathLike[str]) -> Realisation:
    """
    Read actuals from a .csv file or a Realisation JSON file.
    """
def load_schools(path: str | os.PathLike[str]) -> SchoolRegistry:
    """
    Read a schools registry from a .csv file or SchoolRegistry JSON.
    """
def load_survey(path: str | os.PathLike[str]) -> Survey:
    """
    Read a survey definition (Survey JSON) from a file (str or os.PathLike).
    """
def load_survey_responses(path: str | os.PathLike[str], definition: Survey | None = None) -> SurveyResponses:
    """
    Read responses from a .csv file or SurveyResponses JSON.
    """
def matching_csv(split: MatchingSplit) -> str:
    ...
def matching_split(plan: Plan, budget: Budget) -> MatchingSplit:
    """
    Divide the matching over the municipalities (agreed, by inhabitants, or unsplit with the reason).
    """
def newcombe_interval(x_a: typing.SupportsInt | typing.SupportsIndex, n_a: typing.SupportsInt | typing.SupportsIndex, x_b: typing.SupportsInt | typing.SupportsIndex, n_b: typing.SupportsInt | typing.SupportsIndex) -> tuple[Ratio, Ratio] | None:
    """
    The Newcombe hybrid score 95% interval of p_b - p_a in percentage points, as (lower, upper) Ratios in
    ten-thousandths, or None when n_a or n_b is 0.
    """
def parse_cut(spec: str) -> Cut:
    """
    Parse 'Aalsmeer:-50%:2026' or 'Uithoorn:-10.000:2027'.
    """
def plan_from_json(text: str, source: str = '<string>') -> Plan:
    ...
def plan_json_schema() -> str:
    """
    The JSON Schema of the plan document, as text.
    """
def plan_to_json(plan: Plan) -> str:
    ...
def priority_coverage(plan: Plan, data: ProgressData) -> list[PriorityCoverage]:
    """
    Every municipal priority with the activities that serve it.
    """
def realisation_from_csv(text: str, source: str = '<string>') -> Realisation:
    ...
def realisation_to_csv(realisation: Realisation) -> str:
    ...
def record_fields() -> dict[str, typing.Any]:
    """
    For every record type: (schema id, field names).
    """
def reference_plan(name: str = 'amstelland-2025-2028') -> Plan:
    """
    A built-in plan by name.
    """
def reference_plan_json(name: str = 'amstelland-2025-2028') -> str:
    ...
def reference_plans() -> list[str]:
    """
    Names of the built-in plans.
    """
def remaining_for_phase(plan: Plan, budget: Budget, realisation: Realisation, phase: typing.SupportsInt | typing.SupportsIndex = 2) -> list[PhaseRemainder]:
    """
    What remains for a phase (default fase 2): its budget plus the earlier years' carry-over.
    """
def rollup(plans: collections.abc.Sequence[Plan], *, rules: str | None = None, enable: collections.abc.Sequence[str] = [], disable: collections.abc.Sequence[str] = [], progress: collections.abc.Callable[[int, int, str], typing.Any] | None = None) -> Rollup:
    """
    Combines plans of one edition into the roll-up tables (a cmkit.Rollup); each plan is validated as
    `validate(plan, rules=..., enable=..., disable=...)`. Overlapping municipalities, mixed editions or a plan
    given twice refuse the roll-up (rollup_findings; empty tables). `cmkit.rollup` wraps this with DataFrames.
    progress(done, total, stage): as for evi_analyse (per plan).
    """
def rollup_table_names() -> list[str]:
    """
    The names of the roll-up's tables: plans, budget, matching, targets, findings.
    """
def rule_set(id: str) -> RuleSet:
    """
    A built-in rule set by id, e.g. 'cmk-2025-2028'.
    """
def rule_sets() -> list[str]:
    """
    Ids of the built-in rule sets (regulation editions), oldest first.
    """
def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """
    Write a plan file in canonical form.
    """
def schools_from_csv(text: str, source: str = '<string>') -> SchoolRegistry:
    """
    Read a schools registry from CSV text.
    """
def schools_to_csv(registry: SchoolRegistry) -> str:
    ...
def set_spreadsheet_safe_csv(on: bool) -> None:
    """
    Spreadsheet-safe CSV (on by default): text cells beginning with =, +, -, @, tab or carriage return get a "'" in front so that a spreadsheet shows them as text; cmkit's readers take it off again. Off for machine use (or CMKIT_RAW_CSV=1). Process-wide.
    """
def spend_follows_matching(split: MatchingSplit, spend: collections.abc.Sequence[tuple[int, str, Money]], tolerance: Ratio = ...) -> list[Finding]:
    """
    Compare realised costs per municipality, given as (year, municipality, Money) tuples, with the
    matching shares; deviations above `tolerance` (percentage points) are warnings.
    """
def spreadsheet_safe_csv() -> bool:
    """
    Whether spreadsheet-safe CSV is on.
    """
def survey_comparison(survey: Survey, responses: SurveyResponses, wave_a: typing.SupportsInt | typing.SupportsIndex, wave_b: typing.SupportsInt | typing.SupportsIndex, k: typing.SupportsInt | typing.SupportsIndex = 5) -> list[SurveyComparisonRow]:
    """
    Per item x group: the top box in two waves and the difference b - a in percentage points with a
    Newcombe (hybrid Wilson score) 95% interval; `below_k` when a side has fewer than k valid answers.
    """
def survey_comparison_csv(rows: collections.abc.Sequence[SurveyComparisonRow]) -> str:
    """
    The comparison table as CSV.
    """
def survey_comparison_table(rows: collections.abc.Sequence[SurveyComparisonRow]) -> Table:
    """
    The comparison table as a cmkit.Table.
    """
def survey_definition(name: str = 'amstelland-impact-example') -> Survey:
    """
    A built-in survey definition by name (NotFoundError when unknown).
    """
def survey_definitions() -> list[str]:
    """
    Names of the built-in survey definitions.
    """
def survey_distribution(survey: Survey, responses: SurveyResponses, k: typing.SupportsInt | typing.SupportsIndex = 5, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> list[SurveyDistributionRow]:
    """
    Per item x group x wave, one row per scale point, non-substantive code and 'missing': count and share of
    the valid answers. Fewer than k valid answers: suppressed (counts empty).
    """
def survey_distribution_csv(rows: collections.abc.Sequence[SurveyDistributionRow]) -> str:
    """
    The distribution table as CSV.
    """
def survey_distribution_table(rows: collections.abc.Sequence[SurveyDistributionRow]) -> Table:
    """
    The distribution table as a cmkit.Table.
    """
def survey_from_json(text: str, source: str = '<string>') -> Survey:
    """
    Parse a survey definition from JSON text; `source` names it in errors.
    """
def survey_response(survey: Survey, responses: SurveyResponses, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> list[SurveyResponseRow]:
    """
    Respondents per group and wave, with the number invited and the rate (a Ratio) when known.
    """
def survey_response_csv(rows: collections.abc.Sequence[SurveyResponseRow]) -> str:
    """
    The response table as CSV.
    """
def survey_response_table(rows: collections.abc.Sequence[SurveyResponseRow]) -> Table:
    """
    The response table as a cmkit.Table.
    """
def survey_responses_from_csv(text: str, source: str = '<string>', definition: Survey | None = None) -> SurveyResponses:
    """
    Read responses from CSV text (respondent_id,wave,group,item,value). An empty value is missing; with a
    `definition`, the scale's `missing` marker is too. FormatError names the line and column.
    """
def survey_responses_to_csv(responses: SurveyResponses) -> str:
    """
    The responses as CSV (respondent_id,wave,group,item,value; missing answers as empty cells).
    """
def survey_summary(survey: Survey, responses: SurveyResponses, k: typing.SupportsInt | typing.SupportsIndex = 5, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> list[SurveySummaryRow]:
    """
    Per item x group x wave: valid answers, top-box share with its Wilson 95% interval, the median point.
    """
def survey_summary_csv(rows: collections.abc.Sequence[SurveySummaryRow]) -> str:
    """
    The summary table as CSV.
    """
def survey_summary_table(rows: collections.abc.Sequence[SurveySummaryRow]) -> Table:
    """
    The summary table as a cmkit.Table.
    """
def survey_synthetic(definition: Survey, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None, seed: typing.SupportsInt | typing.SupportsIndex = 2026, sizes: collections.abc.Mapping[str, typing.SupportsInt | typing.SupportsIndex] | None = None) -> SurveyResponses:
    """
    A SYNTHETIC response set (marked synthetic): sizes[group] respondents per wave (default 30) answer every
    item of their group. The same seed gives the same answers on every platform.
    """
def survey_waves(survey: Survey, responses: SurveyResponses, waves: collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex] | None = None) -> list[int]:
    """
    The waves analysed: `waves` when given, else the definition's and the responses' waves, ascending.
    """
def synthetic_plans(count: typing.SupportsInt | typing.SupportsIndex, seed: typing.SupportsInt | typing.SupportsIndex = 1, *, progress: collections.abc.Callable[[int, int, str], typing.Any] | None = None) -> list[Plan]:
    """
    `count` SYNTHETIC (made-up) plans of cmk-2025-2028 that validate without findings, marked fictional and
    titled 'Synthetisch plan ...'; the same seed gives the same plans on every platform (docs/rollup.md).
    progress(done, total, stage): as for evi_analyse (per plan).
    """
def synthetic_progress() -> ProgressData:
    """
    The built-in SYNTHETIC Amstelland progress data (made-up demo data, marked synthetic).
    """
def target_progress(plan: Plan, data: ProgressData | None = None, as_of: Date | None = None) -> list[TargetProgress]:
    """
    The targets table (three rows per target) with achievements derived from `data` when given.
    """
def upgrade_steps() -> list[typing.Any]:
    """
    Registered schema upgrade steps as (schema, from_version, description).
    """
def validate(plan: Plan, *, rules: str | None = None, enable: collections.abc.Sequence[str] = [], disable: collections.abc.Sequence[str] = []) -> list[Finding]:
    """
    Check the plan's budget and revisions under its edition's rules (or `rules`), with limits switched on
    or off by id, and the plan's structure (check_plan_structure). Returns a list of Finding, errors first;
    never raises for a rule breach.
    """
def validate_activities(plan: Plan, data: ProgressData) -> list[Finding]:
    ...
def validate_budget(plan: Plan, budget: Budget, *, rules: str | None = None, enable: collections.abc.Sequence[str] = [], disable: collections.abc.Sequence[str] = []) -> list[Finding]:
    """
    Check one budget (for example a what-if result) in the context of `plan`.
    """
def validate_evi_responses(responses: EviResponseSet, instruments: collections.abc.Sequence[EviInstrument] | None = None, schools: SchoolRegistry | None = None, first_wave: typing.SupportsInt | typing.SupportsIndex | None = None, last_wave: typing.SupportsInt | typing.SupportsIndex | None = None) -> list[Finding]:
    """
    Check answers against the instruments (built-in ones when None) and the schools file; returns Findings.
    """
def validate_realisation(plan: Plan, realisation: Realisation, spend_tolerance: Ratio = ...) -> list[Finding]:
    ...
def validate_schools(plan: Plan, registry: SchoolRegistry) -> list[Finding]:
    """
    Check a registry against the plan; returns Findings.
    """
def validate_survey(survey: Survey) -> list[Finding]:
    """
    Check a survey definition; returns Findings (unknown scales, duplicate ids, top box not in scale, ...).
    """
def validate_survey_responses(survey: Survey, responses: SurveyResponses) -> list[Finding]:
    """
    Check responses against the definition; returns Findings (unknown group or item, value not in the
    scale, duplicate answers, a respondent in two groups, ...).
    """
def vocabularies() -> list[Vocabulary]:
    """
    Every closed set of values (categories, versions, spoor, measures, enums).
    """
def vocabulary(id: str) -> Vocabulary:
    """
    The vocabulary `id` ('income-category', 'sector', ...); KeyError if none.
    """
def what_if(plan: Plan, budget: Budget, *args: str | Cut, policy: CutPolicy | str = CutPolicy.PRO_RATA, rules: str | None = None, enable: collections.abc.Sequence[str] = [], disable: collections.abc.Sequence[str] = []) -> WhatIfResult:
    """
    Apply cuts (specs or Cut objects) to a budget of the plan; returns a WhatIfResult.
    """
def wilson_interval(successes: typing.SupportsInt | typing.SupportsIndex, n: typing.SupportsInt | typing.SupportsIndex) -> tuple[Ratio, Ratio] | None:
    """
    The Wilson score 95% interval as (lower, upper) Ratios in millionths, or None for n = 0.
    """
def write_evi_outputs(analysis: EviAnalysis, directory: str) -> list[str]:
    """
    Writes the files of evi_output_files into a directory, all or nothing (as write_output_directory), without passing their texts through Python; returns the file names.
    """
def write_output_directory(directory: str | os.PathLike[str], files: collections.abc.Sequence[tuple[str, str]]) -> None:
    """
    Write ``files`` (a list of (name, text or bytes)) as the directory ``directory``, all or nothing: into a temporary directory beside it, then swapped into place; symbolic links inside are replaced, never followed. The directory must be new, empty or an earlier cmkit output (marker file .cmkit-output). Raises FileError.
    """
def write_output_file(path: str | os.PathLike[str], data: str) -> None:
    """
    Write ``data`` (text or bytes) as the file ``path``: temporary file beside it, fsync, rename. Raises FileError.
    """
__version__: str = '0.1.0'
