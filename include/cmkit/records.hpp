#pragma once
/// @file records.hpp
/// The list of every record type, for code that must handle each of them (explicit template
/// instantiation of the JSON functions, Python bindings). Order: dependencies before users.

#include "cmkit/agenda.hpp"
#include "cmkit/budget_rules.hpp"
#include "cmkit/budget_table.hpp"
#include "cmkit/evi/analysis.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/evi/responses.hpp"
#include "cmkit/evi/synthetic.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/progress.hpp"
#include "cmkit/realisation.hpp"
#include "cmkit/rules.hpp"
#include "cmkit/schools.hpp"
#include "cmkit/survey.hpp"
#include "cmkit/trajectory.hpp"
#include "cmkit/whatif.hpp"

/// X-macros over the record types in four groups (in this order), so that code instantiated per record can be
/// split over several translation units: CMKIT_RECORD_TYPES_1 … _4 (the Python bindings use one unity batch
/// per group; the JSON instantiations take all of them, CMKIT_RECORD_TYPES, in one unit).
/// Group 1: the plan document.
#define CMKIT_RECORD_TYPES_1(X) \
    X(Inhabitants)              \
    X(Municipality)             \
    X(Region)                   \
    X(Penvoerder)               \
    X(School)                   \
    X(BudgetLine)               \
    X(StatedTotals)             \
    X(HoursLine)                \
    X(MatchingShare)            \
    X(Budget)                   \
    X(Item)                     \
    X(Phase)                    \
    X(Objective)                \
    X(ActivityList)             \
    X(ProgrammeLine)            \
    X(TrackStep)                \
    X(Track)                    \
    X(Initiative)               \
    X(TargetPeriod)             \
    X(ResultTarget)             \
    X(ContextFigure)            \
    X(MunicipalPriorities)      \
    X(Role)                     \
    X(SteeringMember)           \
    X(SteeringGroup)            \
    X(Collaboration)            \
    X(Covenant)                 \
    X(KnowledgeForm)            \
    X(KnowledgeSharing)         \
    X(MonitoringActivity)       \
    X(PlanningItem)             \
    X(PlanningYear)             \
    X(Risk)                     \
    X(CodeStatement)            \
    X(Note)                     \
    X(SourceDocument)           \
    X(RuleOptions)              \
    X(Plan)                    

/// Group 2: findings, rules, budgets, actuals, schools, trajectories and targets.
#define CMKIT_RECORD_TYPES_2(X) \
    X(FindingFigure)            \
    X(Finding)                  \
    X(Limit)                    \
    X(RateVariant)              \
    X(RuleSet)                  \
    X(MatchingRow)              \
    X(MatchingSplit)            \
    X(ActualEntry)              \
    X(Realisation)              \
    X(BudgetActualRow)          \
    X(PhaseRemainder)           \
    X(Cut)                      \
    X(WhatIfResult)             \
    X(BudgetRow)                \
    X(SchoolRegistry)           \
    X(TrajectoryEvent)          \
    X(TrajectoryRun)            \
    X(TrajectoryState)          \
    X(TrajectoryAnalysis)       \
    X(ProgrammeActivity)        \
    X(ProgressData)             \
    X(PriorityCoverage)         \
    X(TargetProgress)          

/// Group 3: the impact survey and the agenda.
#define CMKIT_RECORD_TYPES_3(X) \
    X(ScalePoint)               \
    X(ScaleCode)                \
    X(SurveyScale)              \
    X(SurveyGroup)              \
    X(SurveyTheme)              \
    X(SurveyItem)               \
    X(Survey)                   \
    X(SurveyAnswer)             \
    X(SurveyResponses)          \
    X(SurveyResponseRow)        \
    X(SurveyDistributionRow)    \
    X(SurveySummaryRow)         \
    X(SurveyComparisonRow)      \
    X(SurveyAnalysis)           \
    X(SlotRule)                 \
    X(ActivitySlots)            \
    X(AgendaOptions)            \
    X(AgendaEvent)             

/// Group 4: Evi.
#define CMKIT_RECORD_TYPES_4(X) \
    X(EviScalePoint)            \
    X(EviScale)                 \
    X(EviItem)                  \
    X(EviScenarioText)          \
    X(EviPillar)                \
    X(EviScoring)               \
    X(EviInstrument)            \
    X(EviResponse)              \
    X(EviResponseSet)           \
    X(EviValidationOptions)     \
    X(EviSynthOptions)          \
    X(EviSyntheticData)         \
    X(EviAnalysisOptions)       \
    X(EviScore)                 \
    X(EviResponseRow)           \
    X(EviDistributionRow)       \
    X(EviAgreementRow)          \
    X(EviTransitionRow)         \
    X(EviPairedChangeRow)       \
    X(EviConsistencyRow)        \
    X(EviAlphaRow)              \
    X(EviIntervalRow)           \
    X(EviItemSummaryRow)        \
    X(EviAmbitionRow)           \
    X(EviManifestInput)         \
    X(EviManifest)              \
    X(EviAnalysis)              \
    X(EviDossierRow)            \
    X(EviDossierWave)           \
    X(EviDossier)              

/// X-macro over every record type: CMKIT_RECORD_TYPES(X) expands X(Type) for each.
#define CMKIT_RECORD_TYPES(X) CMKIT_RECORD_TYPES_1(X) CMKIT_RECORD_TYPES_2(X) CMKIT_RECORD_TYPES_3(X) CMKIT_RECORD_TYPES_4(X)
