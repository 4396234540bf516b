"""Schools, their trajectories on the two tracks, activities and progress on the targets
(docs/trajectories.md).

- schools: School, SchoolRegistry, Sector, load_schools, schools_from_csv/schools_to_csv, validate_schools;
- trajectories: TrajectoryEvent, EventKind, analyse_trajectories (TrajectoryAnalysis, TrajectoryRun,
  TrajectoryState, TrajectoryStatus), events_from_csv/events_to_csv;
- activities and progress: ProgrammeActivity, ProgressData, load_progress, synthetic_progress (SYNTHETIC demo
  data), target_progress (TargetProgress), check_progress, validate_activities, priority_coverage
  (PriorityCoverage).

Contents (all also importable from ``cmkit`` itself, for code written before the areas):

schools: School, SchoolRegistry, Sector, load_schools, schools_from_csv, schools_to_csv, validate_schools
trajectories: TrajectoryEvent, EventKind, analyse_trajectories, TrajectoryAnalysis, TrajectoryRun,
    TrajectoryState, TrajectoryStatus, events_from_csv, events_to_csv
activities and progress: ProgrammeActivity, ProgressData, load_progress, synthetic_progress,
    target_progress, TargetProgress, check_progress, validate_activities, priority_coverage,
    PriorityCoverage
"""

from __future__ import annotations

from cmkit._core import (
    analyse_trajectories,
    check_progress,
    EventKind,
    events_from_csv,
    events_to_csv,
    load_progress,
    load_schools,
    priority_coverage,
    PriorityCoverage,
    ProgrammeActivity,
    ProgressData,
    School,
    SchoolRegistry,
    schools_from_csv,
    schools_to_csv,
    Sector,
    synthetic_progress,
    target_progress,
    TargetProgress,
    TrajectoryAnalysis,
    TrajectoryEvent,
    TrajectoryRun,
    TrajectoryState,
    TrajectoryStatus,
    validate_activities,
    validate_schools,
)

__all__ = [
    # schools
    "School",
    "SchoolRegistry",
    "Sector",
    "load_schools",
    "schools_from_csv",
    "schools_to_csv",
    "validate_schools",
    # trajectories
    "TrajectoryEvent",
    "EventKind",
    "analyse_trajectories",
    "TrajectoryAnalysis",
    "TrajectoryRun",
    "TrajectoryState",
    "TrajectoryStatus",
    "events_from_csv",
    "events_to_csv",
    # activities and progress
    "ProgrammeActivity",
    "ProgressData",
    "load_progress",
    "synthetic_progress",
    "target_progress",
    "TargetProgress",
    "check_progress",
    "validate_activities",
    "priority_coverage",
    "PriorityCoverage",
]
