#pragma once
/// @file budget_rules.hpp
/// Checking a plan's budget against the rules of its regulation edition. Every breach is a Finding
/// (code, severity, JSON pointer, Dutch and English message, figures); nothing here throws for a rule
/// breach. The codes are listed in docs/budget-rules.md.

#include <optional>
#include <string>
#include <vector>

#include "cmkit/finding.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/rules.hpp"

namespace cmkit {

/// Income categories the rules know: fcp_grant, municipal_matching, school_contribution_po,
/// school_contribution_vo, other.
const std::vector<std::string>& income_categories();
/// Cost categories of the regulation: activities, knowledge_sharing, monitoring_evaluation,
/// accountant, coordination (only "activities" are activity costs).
const std::vector<std::string>& cost_categories();
/// Dutch and English name of a category ("Activiteitenkosten" / "Activity costs"); the id itself when unknown.
Label category_label(const std::string& category);

/// How to validate: which edition's rules (default: the plan's own `edition`) and which limits to
/// switch on or off for this call (on top of the plan's `rule_options`).
struct ValidationOptions {
    std::optional<std::string> rules;
    std::vector<std::string> enable;
    std::vector<std::string> disable;
};

/// The limits in force: the rule set's defaults, then the plan's rule_options, then the call's options.
/// Unknown limit ids give UNKNOWN_LIMIT findings (appended to @p findings).
std::vector<Limit> limits_in_force(const RuleSet& rules, const RuleOptions& plan_options,
                                   const ValidationOptions& options, std::vector<Finding>& findings);

/// Checks one budget of @p plan (found at JSON pointer @p path) under @p rules.
std::vector<Finding> validate_budget(const Plan& plan, const Budget& budget, const std::string& path,
                                     const RuleSet& rules, const ValidationOptions& options = {});

/// The checks of a whole plan beyond its budget (docs/plan-validation.md): every cross-reference
/// (region <-> municipalities, programme lines -> objectives, activity lists, tracks, targets and planning
/// -> phases, tracks -> `continues_in` and trial steps, targets -> measures and their tracks, municipal
/// priorities -> municipalities), unique ids, every period inside the plan period, phases that tile it,
/// targets whose total fits their periods, the plan period against its edition's, every plan year budgeted.
std::vector<Finding> check_plan_structure(const Plan& plan);

/// Checks the plan's budget and its revisions under the edition's rules, and the plan's structure
/// (check_plan_structure); findings sorted (errors first).
/// An edition unknown to the library gives UNKNOWN_EDITION and only the edition-independent checks.
std::vector<Finding> validate(const Plan& plan, const ValidationOptions& options = {});

}  // namespace cmkit
