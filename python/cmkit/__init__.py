"""cmkit: Cultuureducatie met Kwaliteit (CmK) plans, budgets, trajectories and Evi analysis.

The compiled core (``cmkit._core``, C++) holds the domain model and computations; this package
re-exports it and adds pandas DataFrames (:mod:`cmkit.frames`), the text report
(:mod:`cmkit.report`) and the command line (:mod:`cmkit.cli`).

>>> import cmkit
>>> plan = cmkit.reference_plan("amstelland-2025-2028")
>>> str(plan.budget.total(cmkit.Side.INCOME))
'€ 1.118.496'
"""

from __future__ import annotations

from cmkit.exceptions import (
    Error,
    FileError,
    FormatError,
    InvalidArgumentError,
    NotFoundError,
    OverflowError,
    SchemaVersionError,
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

from cmkit._core import (
    ActivityList,
    Budget,
    BudgetLine,
    CodeStatement,
    Collaboration,
    ContextFigure,
    Covenant,
    Cycle,
    Date,
    HoursLine,
    Inhabitants,
    Item,
    KnowledgeForm,
    KnowledgeLevel,
    KnowledgeSharing,
    Label,
    Lang,
    MonitoringActivity,
    MonitoringScope,
    Money,
    MunicipalPriorities,
    Municipality,
    Note,
    Objective,
    Penvoerder,
    Period,
    Phase,
    Plan,
    PlanningItem,
    PlanningYear,
    ProgrammeLine,
    Ratio,
    Region,
    ResultTarget,
    Risk,
    Role,
    Rounding,
    School,
    SchoolYear,
    Sector,
    Side,
    SourceDocument,
    StatedTotals,
    SteeringGroup,
    SteeringMember,
    Track,
    TrackStep,
    Year,
    format_integer,
    library_version,
    load_plan,
    plan_json_schema,
    reference_plan,
    reference_plan_json,
    reference_plans,
    record_fields,
    save_plan,
    upgrade_steps,
)

__version__ = _core.__version__

__all__ = [
    # errors
    "Error",
    "FormatError",
    "SchemaVersionError",
    "NotFoundError",
    "FileError",
    "OverflowError",
    "InvalidArgumentError",
    # values
    "Money",
    "Rounding",
    "Date",
    "Period",
    "Year",
    "SchoolYear",
    "Cycle",
    "Label",
    "Ratio",
    "Lang",
    "Sector",
    "Side",
    "KnowledgeLevel",
    "MonitoringScope",
    "format_integer",
    # records
    "Plan",
    "Inhabitants",
    "Municipality",
    "Region",
    "Penvoerder",
    "School",
    "Budget",
    "BudgetLine",
    "StatedTotals",
    "HoursLine",
    "Item",
    "Phase",
    "Objective",
    "ActivityList",
    "ProgrammeLine",
    "TrackStep",
    "Track",
    "ResultTarget",
    "ContextFigure",
    "MunicipalPriorities",
    "Role",
    "SteeringMember",
    "SteeringGroup",
    "Collaboration",
    "Covenant",
    "KnowledgeForm",
    "KnowledgeSharing",
    "MonitoringActivity",
    "PlanningItem",
    "PlanningYear",
    "Risk",
    "CodeStatement",
    "Note",
    "SourceDocument",
    # io
    "load_plan",
    "save_plan",
    "plan_json_schema",
    "reference_plan",
    "reference_plan_json",
    "reference_plans",
    "record_fields",
    "upgrade_steps",
    "library_version",
    "__version__",
]

