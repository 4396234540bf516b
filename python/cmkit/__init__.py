"""cmkit: Cultuureducatie met Kwaliteit (CmK) plans, budgets, trajectories and Evi analysis.

The compiled core (``cmkit._core``, C++) holds the domain model and computations; the package shows it in
areas, the way boost-histogram shows ``bh.axis`` and ``bh.storage`` (docs/python-api.md):

=========================  ===================================================================================
``cmkit.values``           Money, Date, Period, Year, SchoolYear, Cycle, Label, Ratio, Lang
``cmkit.plan``             the plan and its records, plan files, validate and findings, the agenda
``cmkit.budget``           budget records, rules per edition, matching, actuals, what-if, exports
``cmkit.trajectories``     schools, trajectories on the two tracks, activities, progress on the targets
``cmkit.survey``           the impact survey: definitions, responses, analysis and its tables
``cmkit.evi``              Evi: instruments, responses, the regional analysis, disclosure control, dossiers
``cmkit.national``         the national roll-up of plans, synthetic plans
``cmkit.frames``           pandas DataFrames of every table (one convention: docs/dataframes.md)
``cmkit.excel``            .xlsx workbooks: write any tables, read actuals and budgets (``pip install 'cmkit[excel]'``)
``cmkit.plots``            matplotlib charts (``pip install 'cmkit[plots]'``)
``cmkit.report``           the steering-group report: text, HTML, PDF
``cmkit.examples``         the sample files shipped with the package
``cmkit.exceptions``       the errors (all are ``cmkit.Error``)
=========================  ===================================================================================

The top level (``__all__``) holds the common names: the errors, the values, Plan, Budget, Finding, Table,
and the calls a first script needs (reference_plan, load_plan, validate, matching_split, what_if, ...).
Every other name is in its area, and stays importable from ``cmkit`` itself for code written before the
areas existed.

>>> import cmkit
>>> plan = cmkit.reference_plan("amstelland-2025-2028")
>>> str(plan.budget.total(cmkit.Side.INCOME))
'€ 1.118.496'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cmkit.exceptions import (
    Cancelled,
    Error,
    FileError,
    FormatError,
    InvalidArgumentError,
    LockedYearError as LockedYearError,
    NotFoundError,
    OverflowError as OverflowError,
    SchemaVersionError as SchemaVersionError,
)

try:
    from cmkit import _core
except ImportError as exc:  # pragma: no cover - only when the extension was not built
    raise ImportError(
        "cmkit's compiled core (cmkit._core) is missing or does not load: " + str(exc) + ".\n"
        "Build and install it from the checkout with `make report` or `make test` (which set up .venv), "
        "or with `pip install .` in an environment that has a C++20 compiler, CMake and Debian's "
        "libboost-date-time-dev and nlohmann-json3-dev."
    ) from exc

from cmkit import _display  # short reprs for large records, _repr_html_ for the main ones (docs/dataframes.md)

_display.install()

# The areas. Their names are also star-imported below, so that every name that was ever importable from
# `cmkit` still is (at run time and for type checkers); __all__ lists only the common ones.
from cmkit import budget, evi, examples, exceptions, frames, national, plan, survey, trajectories, values
from cmkit.budget import *  # noqa: E402,F401,F403
from cmkit.plan import *  # noqa: E402,F401,F403
from cmkit.survey import *  # noqa: E402,F401,F403
from cmkit.trajectories import *  # noqa: E402,F401,F403
from cmkit.values import *  # noqa: E402,F401,F403

from cmkit._core import (  # noqa: E402  Evi (cmkit.evi also holds the Python helpers, not re-exported here)
    EviAgreementRow as EviAgreementRow,
    EviAlphaRow as EviAlphaRow,
    EviAmbitionRow as EviAmbitionRow,
    EviAnalysis as EviAnalysis,
    EviAnalysisOptions as EviAnalysisOptions,
    EviConsistencyRow as EviConsistencyRow,
    EviDistributionRow as EviDistributionRow,
    EviDossier as EviDossier,
    EviDossierRow as EviDossierRow,
    EviDossierWave as EviDossierWave,
    EviInstrument as EviInstrument,
    EviIntervalRow as EviIntervalRow,
    EviItem as EviItem,
    EviItemKind as EviItemKind,
    EviItemSummaryRow as EviItemSummaryRow,
    EviManifest as EviManifest,
    EviManifestInput as EviManifestInput,
    EviPairedChangeRow as EviPairedChangeRow,
    EviPillar as EviPillar,
    EviResponse as EviResponse,
    EviResponseRow as EviResponseRow,
    EviResponseSet as EviResponseSet,
    EviScale as EviScale,
    EviScalePoint as EviScalePoint,
    EviScenarioText as EviScenarioText,
    EviScore as EviScore,
    EviScoring as EviScoring,
    EviSynthOptions as EviSynthOptions,
    EviSyntheticData as EviSyntheticData,
    EviTransitionRow as EviTransitionRow,
    EviValidationOptions as EviValidationOptions,
    builtin_evi_instruments as builtin_evi_instruments,
    check_evi_instrument as check_evi_instrument,
    evi_analyse as evi_analyse,
    evi_audit as evi_audit,
    evi_demo_amstelland as evi_demo_amstelland,
    evi_dossier as evi_dossier,
    evi_instrument as evi_instrument,
    evi_instruments as evi_instruments,
    evi_responses_from_csv as evi_responses_from_csv,
    evi_responses_from_json as evi_responses_from_json,
    evi_responses_to_csv as evi_responses_to_csv,
    evi_scores as evi_scores,
    evi_suppress as evi_suppress,
    evi_suppress_linked as evi_suppress_linked,
    evi_synthetic as evi_synthetic,
    evi_output_files as evi_output_files,
    write_evi_outputs as write_evi_outputs,
    evi_table_columns as evi_table_columns,
    evi_table_csv as evi_table_csv,
    evi_table as evi_table,
    evi_table_names as evi_table_names,
    load_evi_instrument as load_evi_instrument,
    load_evi_responses as load_evi_responses,
    validate_evi_responses as validate_evi_responses,
)
from cmkit._core import Table, library_version  # noqa: E402
from cmkit._core import rollup_table_names as rollup_table_names  # noqa: E402
from cmkit.national import Rollup as Rollup, rollup, synthetic_plans  # noqa: E402
from cmkit import excel  # noqa: E402  (openpyxl itself is imported on first use)
from cmkit.excel import (  # noqa: E402
    load_budget_rows_xlsx as load_budget_rows_xlsx,
    load_realisation_xlsx as load_realisation_xlsx,
    write_xlsx,
)

if TYPE_CHECKING:  # imported on first use (PEP 562 __getattr__ below): they are the heavier areas
    from cmkit import plots, report

_LAZY = ("plots", "report")


def __getattr__(name: str) -> Any:
    """``cmkit.plots`` and ``cmkit.report`` without an import: loaded on first use (matplotlib itself only
    when a chart is drawn)."""
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"cmkit.{name}")
    raise AttributeError(f"module 'cmkit' has no attribute {name!r}")


__version__ = _core.__version__

__all__ = [
    # the areas
    "values",
    "plan",
    "budget",
    "trajectories",
    "survey",
    "evi",
    "national",
    "frames",
    "excel",
    "plots",
    "report",
    "examples",
    "exceptions",
    # errors
    "Error",
    "FormatError",
    "FileError",
    "NotFoundError",
    "InvalidArgumentError",
    "Cancelled",
    # values
    "Money",
    "Date",
    "Period",
    "Year",
    "SchoolYear",
    "Label",
    "Ratio",
    "Lang",
    "Side",
    "Sector",
    "Severity",
    # the main records
    "Plan",
    "Budget",
    "Finding",
    "Table",
    # plans
    "reference_plan",
    "reference_plans",
    "load_plan",
    "save_plan",
    "validate",
    "has_errors",
    "agenda",
    "agenda_to_ics",
    # budget
    "matching_split",
    "what_if",
    "load_realisation",
    "budget_vs_actual",
    "write_xlsx",
    # trajectories
    "load_schools",
    "load_progress",
    "synthetic_progress",
    "analyse_trajectories",
    "target_progress",
    # survey
    "load_survey",
    "load_survey_responses",
    "analyse_survey",
    # Evi
    "evi_analyse",
    "evi_demo_amstelland",
    "evi_dossier",
    "evi_table",
    "evi_synthetic",
    "load_evi_responses",
    # national roll-up
    "rollup",
    "synthetic_plans",
    # the library
    "library_version",
    "__version__",
]
