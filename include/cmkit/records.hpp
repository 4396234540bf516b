#pragma once
/// @file records.hpp
/// The list of every record type, for code that must handle each of them (explicit template
/// instantiation of the JSON functions, Python bindings). Order: dependencies before users.

#include "cmkit/plan.hpp"

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
    X(Plan)
