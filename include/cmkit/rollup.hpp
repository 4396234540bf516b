#pragma once
/// @file rollup.hpp
/// A national roll-up: any number of plans of one edition combined into one set of tables, as the fund's
/// analysts read them (docs/rollup.md):
///
///   - `plans`:    one row per plan (region, edition, period, municipalities, totals, finding counts);
///   - `budget`:   plan × year × side × category (the lines of one category summed), in cents and euros;
///   - `matching`: plan × municipality × year, the matching split (matching.hpp) with its basis and
///                 whether cmkit derived the share (by inhabitants) or read it from the plan;
///   - `targets`:  plan × result target × reporting period;
///   - `findings`: plan × every finding of validating that plan (`validate`, as `cmkit validate`).
///
/// The plans must not overlap: two plans naming the same municipality (by id or by CBS code), plans of
/// different editions, or the same plan id twice are errors of the roll-up itself (ROLLUP_* findings in
/// `Rollup::rollup_findings`). A roll-up with such an error is refused: its tables have their columns but
/// no rows, and the plans are not validated. Every table is a cmkit::Table, so the column names, types and
/// docs are written once, in src/rollup.cpp; CSV, JSON and DataFrames come from Table.
///
/// The work is one pass over the plans for the refusal checks (hash maps of plan ids, municipality ids and
/// CBS codes, editions), then one pass per plan for its rows; nothing scans a list per row.

#include <cstdint>
#include <string>
#include <vector>

#include "cmkit/budget_rules.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/progress_report.hpp"
#include "cmkit/table.hpp"

namespace cmkit {

/// The tables of a roll-up and the roll-up's own findings.
struct Rollup {
    /// The roll-up's own findings: ROLLUP_MUNICIPALITY_OVERLAP, ROLLUP_MIXED_EDITIONS, ROLLUP_DUPLICATE_PLAN
    /// (errors), with paths `/plans/<i>/...` (the i-th plan given, 0-based, then a JSON pointer into it).
    std::vector<Finding> rollup_findings;
    Table plans{"plans"};
    Table budget{"budget"};
    Table matching{"matching"};
    Table targets{"targets"};
    Table findings{"findings"};

    /// True when the roll-up was refused (a roll-up error): then every table has no rows.
    bool refused() const { return has_errors(rollup_findings); }
    /// The five tables in their order: plans, budget, matching, targets, findings.
    std::vector<const Table*> tables() const { return {&plans, &budget, &matching, &targets, &findings}; }
};

/// The names of the roll-up's tables in order: plans, budget, matching, targets, findings.
std::vector<std::string> rollup_table_names();

/// Combines @p plans (see the file comment). Each plan is validated with @p options, as `validate` does.
/// Uses each plan's `budget` (not its revisions, which `validate` checks and the `findings` table reports).
/// @p progress (progress_report.hpp) is told of the refusal checks and of each plan; false from it throws Cancelled.
Rollup rollup(const std::vector<Plan>& plans, const ValidationOptions& options = {}, const ProgressCallback& progress = {});
/// The same for plans held elsewhere (no copies); a null pointer is an InvalidArgument.
Rollup rollup(const std::vector<const Plan*>& plans, const ValidationOptions& options = {},
              const ProgressCallback& progress = {});

/// @p count SYNTHETIC plans (made up; `fictional: true`, titles "Synthetisch plan ...", every source
/// saying so) for tests and benchmarks: region i (1-based) has id `synth-<iiii>`, 2 to 8 municipalities
/// with ids `synth-<iiii>-<k>`, names "Synth<stem> <i>-<k>" and codes `SY<nnnnnn>` (not a CBS form, so
/// never a real municipality's), each plan of the edition cmk-2025-2028 for its whole period 2025-2028,
/// a budget that meets that edition's rules (grant = € 0,85 per inhabitant, matched 1:1 by the
/// municipalities, balanced, within every limit of the rule set even when switched on), result targets
/// per phase. `validate` gives no findings on them. The same @p seed gives the same plans, bytes and all,
/// on every platform (cmkit's own PRNG). InvalidArgument for a @p count below 0 or above 100000.
/// @p progress (progress_report.hpp) is told of each plan made; false from it throws Cancelled.
std::vector<Plan> synthetic_plans(std::int64_t count, std::int64_t seed = 1, const ProgressCallback& progress = {});

}  // namespace cmkit
