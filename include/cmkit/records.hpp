#pragma once
/// @file records.hpp
/// The list of every record type, for code that must handle each of them (explicit template
/// instantiation of the JSON functions, Python bindings). Order: dependencies before users.

#include "cmkit/agenda.hpp"
#include "cmkit/budget_rules.hpp"
#include "cmkit/budget_table.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/progress.hpp"
#include "cmkit/realisation.hpp"
#include "cmkit/rules.hpp"
#include "cmkit/schools.hpp"
#include "cmkit/trajectory.hpp"
#include "cmkit/whatif.hpp"

/// X-macro over every record type: CMKIT_RECORD_TYPES(X) expands X(Type) for each.
#define CMKIT_RECORD_TYPES(X) \
    X(Inhabitants)            \
    X(Municipality)           \
    X(Region)                 \
    X(Penvoerder)             \
    X(School)                 \
    X(BudgetLine)             \
    X(StatedTotals)           \
    X(HoursLine)              \
    X(MatchingShare)          \
    X(Budget)                 \
    X(Item)                   \
    X(Phase)                  \
    X(Objective)              \
    X(ActivityList)           \
    X(ProgrammeLine)          \
    X(TrackStep)              \
    X(Track)                  \
    X(ResultTarget)           \
    X(ContextFigure)          \
    X(MunicipalPriorities)    \
    X(Role)                   \
    X(SteeringMember)         \
    X(SteeringGroup)          \
    X(Collaboration)          \
    X(Covenant)               \
    X(KnowledgeForm)          \
    X(KnowledgeSharing)       \
    X(MonitoringActivity)     \
    X(PlanningItem)           \
    X(PlanningYear)           \
    X(Risk)                   \
    X(CodeStatement)          \
    X(Note)                   \
    X(SourceDocument)         \
    X(RuleOptions)            \
    X(Plan)                   \
    X(FindingFigure)          \
    X(Finding)                \
    X(Limit)                  \
    X(RateVariant)            \
    X(RuleSet)                \
    X(MatchingRow)            \
    X(MatchingSplit)          \
    X(ActualEntry)            \
    X(Realisation)            \
    X(BudgetActualRow)        \
    X(PhaseRemainder)         \
    X(Cut)                    \
    X(WhatIfResult)           \
    X(BudgetRow)              \
    X(SchoolRegistry)         \
    X(TrajectoryEvent)        \
    X(TrajectoryRun)          \
    X(TrajectoryState)        \
    X(TrajectoryAnalysis)     \
    X(ProgrammeActivity)      \
    X(ProgressData)           \
    X(PriorityCoverage)       \
    X(TargetProgress)         \
    X(SlotRule)               \
    X(ActivitySlots)          \
    X(AgendaOptions)          \
    X(AgendaEvent)
