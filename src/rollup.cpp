// The national roll-up (rollup.hpp, docs/rollup.md): the refusal checks in one pass over the plans, then
// one pass per plan for its rows; each table is built by one function below, which is the only place its
// column names, types and docs are written.
#include "cmkit/rollup.hpp"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "cmkit/budget_rules.hpp"
#include "cmkit/error.hpp"
#include "cmkit/matching.hpp"

namespace cmkit {
namespace {

constexpr ColumnType I = ColumnType::Integer, T = ColumnType::Text, B = ColumnType::Boolean, D = ColumnType::Double;

/// Adds column @p name and pushes get(row) for every row: a table is filled column by column, so a
/// reference to the column is only held while it is the last one added.
template <class R, class F>
Column& fill(Table& t, const std::vector<R>& rows, const char* name, ColumnType type, const char* doc, F get,
             bool nullable = false) {
    Column& c = t.add(name, type, doc);
    if (nullable) c.set_nullable();
    for (const auto& r : rows) c.push(get(r));
    return c;
}

/// A euro amount beside its cents: a double for DataFrames, written with exactly two decimals in CSV
/// (from the exact cents, not from the double).
template <class R, class F>
void euro_column(Table& t, const std::vector<R>& rows, const char* name, const char* doc, F cents) {
    fill(t, rows, name, D, doc, [&](const R& r) { return Ratio{cents(r), 100}; }).set_decimals(2);
}

std::string n1(std::size_t i) { return std::to_string(i + 1); }
std::string at(std::size_t i) { return "/plans/" + std::to_string(i); }

/// At most five ids of a list, then "en 7 meer" / "and 7 more" (@p and_n, @p more).
std::string some(const std::vector<std::string_view>& ids, const char* and_n, const char* more) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(ids.size(), 5);
    for (std::size_t k = 0; k < shown; ++k) out += (k ? ", " : "") + std::string(ids[k]);
    if (ids.size() > shown) out += std::string(" ") + and_n + " " + std::to_string(ids.size() - shown) + " " + more;
    return out;
}

// ---- the refusal checks -----------------------------------------------------------------------------

std::vector<Finding> refusals(const std::vector<const Plan*>& plans) {
    std::vector<Finding> out;
    auto add = [&](const char* code, std::string path, std::string nl, std::string en, std::vector<FindingFigure> figures) {
        out.push_back(Finding{code, Severity::Error, std::move(path), std::move(nl), std::move(en), std::move(figures), {}});
    };
    struct Where {
        std::size_t plan, municipality;
    };
    std::unordered_map<std::string_view, std::size_t> plan_at;
    std::unordered_map<std::string_view, Where> by_id, by_code;
    std::unordered_map<std::string_view, std::size_t> edition_slot;
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> editions;  // in order of first appearance
    std::size_t first_other_edition = 0;
    plan_at.reserve(plans.size());

    for (std::size_t i = 0; i < plans.size(); ++i) {
        const Plan& p = *plans[i];
        if (auto [it, fresh] = plan_at.try_emplace(p.id, i); !fresh) {
            add("ROLLUP_DUPLICATE_PLAN", at(i) + "/id",
                "Plan '" + p.id + "' is twee keer gegeven (als plan " + n1(it->second) + " en als plan " + n1(i) +
                    "); elk plan telt één keer mee.",
                "Plan '" + p.id + "' is given twice (as plan " + n1(it->second) + " and as plan " + n1(i) +
                    "); each plan counts once.",
                {figure_text("plan", p.id), figure_count("first", static_cast<std::int64_t>(it->second)),
                 figure_count("again", static_cast<std::int64_t>(i))});
            continue;  // its municipalities are the same plan's, not an overlap of two plans
        }
        auto [slot, fresh_edition] = edition_slot.try_emplace(p.edition, editions.size());
        if (fresh_edition) {
            editions.push_back({p.edition, {}});
            if (editions.size() == 2) first_other_edition = i;
        }
        editions[slot->second].second.push_back(p.id);

        for (std::size_t j = 0; j < p.municipalities.size(); ++j) {
            const Municipality& m = p.municipalities[j];
            auto overlap = [&](const Where& w, const char* key, const std::string& value) {
                const Plan& q = *plans[w.plan];
                const Municipality& other = q.municipalities[w.municipality];
                const std::string same_nl = std::string(key) == "id" ? "" : " (dezelfde CBS-code als gemeente '" + other.id + "')";
                const std::string same_en = std::string(key) == "id" ? "" : " (the same CBS code as municipality '" + other.id + "')";
                add("ROLLUP_MUNICIPALITY_OVERLAP", at(i) + "/municipalities/" + std::to_string(j) + "/" + key,
                    "Gemeente '" + m.id + "' (" + m.name + ", " + m.cbs_code + ") van plan '" + p.id + "' (plan " + n1(i) +
                        ") staat ook in plan '" + q.id + "' (plan " + n1(w.plan) + ")" + same_nl +
                        "; een gemeente hoort bij één plan, dus de optelling is geweigerd.",
                    "Municipality '" + m.id + "' (" + m.name + ", " + m.cbs_code + ") of plan '" + p.id + "' (plan " + n1(i) +
                        ") is also in plan '" + q.id + "' (plan " + n1(w.plan) + ")" + same_en +
                        "; a municipality belongs to one plan, so the roll-up is refused.",
                    {figure_text("municipality", m.id), figure_text("key", key), figure_text("value", value),
                     figure_text("plan", p.id), figure_text("other_plan", q.id),
                     figure_text("other_municipality", other.id)});
            };
            bool reported = false;
            if (auto [it, fresh] = by_id.try_emplace(m.id, Where{i, j}); !fresh && it->second.plan != i) {
                overlap(it->second, "id", m.id);
                reported = true;
            }
            if (m.cbs_code.empty()) continue;
            if (auto [it, fresh] = by_code.try_emplace(m.cbs_code, Where{i, j}); !fresh && it->second.plan != i && !reported)
                overlap(it->second, "cbs_code", m.cbs_code);
        }
    }

    if (editions.size() > 1) {
        std::string nl, en;
        std::vector<FindingFigure> figures;
        for (const auto& [edition, ids] : editions) {
            const std::string n = std::to_string(ids.size());
            nl += (nl.empty() ? "" : "; ") + std::string(edition) + " (" + n + (ids.size() == 1 ? " plan: " : " plannen: ") +
                  some(ids, "en", "meer") + ")";
            en += (en.empty() ? "" : "; ") + std::string(edition) + " (" + n + (ids.size() == 1 ? " plan: " : " plans: ") +
                  some(ids, "and", "more") + ")";
            figures.push_back(figure_count(std::string(edition), static_cast<std::int64_t>(ids.size())));
        }
        add("ROLLUP_MIXED_EDITIONS", at(first_other_edition) + "/edition",
            "De plannen horen bij verschillende regelingen: " + nl +
                ". Een optelling telt alleen plannen van één regeling op, dus ze is geweigerd.",
            "The plans belong to different editions: " + en + ". A roll-up adds up plans of one edition only, so it is refused.",
            std::move(figures));
    }
    return sorted_findings(std::move(out));
}

// ---- one pass per plan ------------------------------------------------------------------------------

struct PlanRow {
    const Plan* plan;
    Money income, cost, grant, matching;
    std::optional<std::int64_t> inhabitants;
    std::int64_t errors = 0, warnings = 0, infos = 0;
};

struct BudgetRowR {
    std::uint32_t plan;
    int year;
    Side side;
    int order;  // the category's place in its side's list; unknown categories after, by name
    const std::string* category;
    Money amount;
};

struct MatchingRowR {
    std::uint32_t plan;
    int year;
    const std::string* id;             // null: unsplit
    const Municipality* municipality;  // null: unsplit, or an id the plan does not have (UNKNOWN_MUNICIPALITY)
    MatchingBasis basis;
    Money amount;
};

struct TargetRowR {
    std::uint32_t plan;
    const ResultTarget* target;
    const TargetPeriod* period;
};

struct FindingRowR {
    std::uint32_t plan;
    const Finding* finding;
};

struct Rows {
    std::vector<PlanRow> plans;
    std::vector<BudgetRowR> budget;
    std::vector<MatchingRowR> matching;
    std::vector<TargetRowR> targets;
    std::vector<FindingRowR> findings;
    std::vector<std::vector<Finding>> validated;  // per plan; FindingRowR points into it
    std::vector<MatchingSplit> splits;            // per plan; MatchingRowR's municipality ids come from it
};

/// The category order of the tables: income then costs as the rules list them.
const std::unordered_map<std::string, int>& category_order() {
    static const std::unordered_map<std::string, int> order = [] {
        std::unordered_map<std::string, int> o;
        int k = 0;
        for (const auto& c : income_categories()) o.emplace(c, k++);
        for (const auto& c : cost_categories()) o.emplace(c, k++);
        return o;
    }();
    return order;
}

void plan_rows(const Plan& p, std::uint32_t index, const ValidationOptions& options, Rows& rows) {
    const auto& order = category_order();
    PlanRow pr{&p, {}, {}, {}, {}, std::nullopt};

    // inhabitants: the sum, when every municipality's is known (and the sum fits)
    std::int64_t inhabitants = 0;
    bool known = !p.municipalities.empty();
    std::unordered_map<std::string_view, const Municipality*> municipality;
    municipality.reserve(p.municipalities.size());
    for (const auto& m : p.municipalities) {
        municipality.try_emplace(m.id, &m);
        if (!m.inhabitants || m.inhabitants->count < 0 || __builtin_add_overflow(inhabitants, m.inhabitants->count, &inhabitants))
            known = false;
    }
    if (known) pr.inhabitants = inhabitants;

    // budget: one entry per line and year, then sorted and merged per (year, side, category)
    const std::size_t first = rows.budget.size();
    for (Side side : {Side::Income, Side::Cost}) {
        for (const auto& line : p.budget.lines(side)) {
            const auto o = order.find(line.category);
            const int place = o == order.end() ? 1 << 20 : o->second;
            const bool grant = side == Side::Income && line.category == "fcp_grant";
            const bool matching = side == Side::Income && line.category == "municipal_matching";
            for (const auto& [year, amount] : line.amounts) {
                (side == Side::Income ? pr.income : pr.cost) += amount;
                if (grant) pr.grant += amount;
                if (matching) pr.matching += amount;
                rows.budget.push_back(BudgetRowR{index, year, side, place, &line.category, amount});
            }
        }
    }
    auto key = [](const BudgetRowR& r) { return std::tie(r.year, r.side, r.order, *r.category); };
    std::sort(rows.budget.begin() + static_cast<std::ptrdiff_t>(first), rows.budget.end(),
              [&](const BudgetRowR& a, const BudgetRowR& b) { return key(a) < key(b); });
    std::size_t out = first;
    for (std::size_t k = first; k < rows.budget.size(); ++k) {
        if (out > first && key(rows.budget[out - 1]) == key(rows.budget[k])) rows.budget[out - 1].amount += rows.budget[k].amount;
        else rows.budget[out++] = rows.budget[k];
    }
    rows.budget.resize(out);

    // matching
    rows.splits.push_back(matching_split(p, p.budget));
    for (const auto& r : rows.splits.back().rows) {
        const Municipality* m = nullptr;
        if (r.municipality)
            if (auto it = municipality.find(*r.municipality); it != municipality.end()) m = it->second;
        rows.matching.push_back(MatchingRowR{index, r.year, r.municipality ? &*r.municipality : nullptr, m, r.basis, r.amount});
    }

    // targets
    for (const auto& t : p.targets)
        for (const auto& tp : t.periods) rows.targets.push_back(TargetRowR{index, &t, &tp});

    // findings: the validation `cmkit validate` runs
    rows.validated.push_back(validate(p, options));
    for (const auto& f : rows.validated.back()) {
        (f.severity == Severity::Error ? pr.errors : f.severity == Severity::Warning ? pr.warnings : pr.infos) += 1;
    }
    rows.plans.push_back(pr);
}

// ---- the tables: the only place their columns are named -------------------------------------------

std::string iso(const Date& d) { return d.to_string(); }

Table plans_table(const std::vector<PlanRow>& rows) {
    using R = PlanRow;
    Table t("plans");
    fill(t, rows, "plan", T, "plan id", [](const R& r) { return std::string_view(r.plan->id); });
    fill(t, rows, "title_nl", T, "the plan's title (Dutch)", [](const R& r) { return std::string_view(r.plan->title.nl); });
    fill(t, rows, "region_id", T, "region id", [](const R& r) { return std::string_view(r.plan->region.id); });
    fill(t, rows, "region", T, "region name", [](const R& r) { return std::string_view(r.plan->region.name); });
    fill(t, rows, "penvoerder", T, "the penvoerder's name", [](const R& r) { return std::string_view(r.plan->penvoerder.name); });
    fill(t, rows, "edition", T, "regulation edition, e.g. cmk-2025-2028", [](const R& r) { return std::string_view(r.plan->edition); });
    fill(t, rows, "start", T, "first day of the plan period (ISO date)", [](const R& r) { return iso(r.plan->period.start()); });
    fill(t, rows, "end", T, "last day of the plan period (ISO date)", [](const R& r) { return iso(r.plan->period.end()); });
    fill(t, rows, "municipalities", I, "municipality records of the plan",
         [](const R& r) { return static_cast<std::int64_t>(r.plan->municipalities.size()); });
    fill(t, rows, "inhabitants", I, "inhabitants of the municipalities together; empty when one is unknown",
         [](const R& r) { return r.inhabitants; }, true);
    fill(t, rows, "fictional", B, "a made-up (fictional or synthetic) plan", [](const R& r) { return r.plan->fictional; });
    fill(t, rows, "income_cents", I, "income (baten) over all budget years, integer cents", [](const R& r) { return r.income.cents(); });
    fill(t, rows, "cost_cents", I, "costs (lasten) over all budget years, integer cents", [](const R& r) { return r.cost.cents(); });
    fill(t, rows, "result_cents", I, "income minus costs, integer cents", [](const R& r) { return (r.income - r.cost).cents(); });
    fill(t, rows, "fcp_grant_cents", I, "income lines of category fcp_grant, integer cents", [](const R& r) { return r.grant.cents(); });
    fill(t, rows, "matching_cents", I, "income lines of category municipal_matching, integer cents",
         [](const R& r) { return r.matching.cents(); });
    fill(t, rows, "errors", I, "error findings of validating the plan", [](const R& r) { return r.errors; });
    fill(t, rows, "warnings", I, "warning findings of validating the plan", [](const R& r) { return r.warnings; });
    fill(t, rows, "infos", I, "info findings of validating the plan", [](const R& r) { return r.infos; });
    return t;
}

Table budget_table(const std::vector<BudgetRowR>& rows, const std::vector<PlanRow>& plans) {
    using R = BudgetRowR;
    Table t("budget");
    std::unordered_map<std::string_view, Label> labels;  // category -> its label, made once per category
    auto label = [&](const R& r) -> const Label& {
        auto it = labels.find(*r.category);
        if (it == labels.end()) it = labels.emplace(*r.category, category_label(*r.category)).first;
        return it->second;
    };
    fill(t, rows, "plan", T, "plan id", [&](const R& r) { return std::string_view(plans[r.plan].plan->id); });
    fill(t, rows, "region", T, "region name", [&](const R& r) { return std::string_view(plans[r.plan].plan->region.name); });
    fill(t, rows, "year", I, "calendar year", [](const R& r) { return r.year; });
    fill(t, rows, "side", T, "income or cost", [](const R& r) { return enum_to_string(r.side); });
    fill(t, rows, "category", T, "budget category (fcp_grant, municipal_matching, ..., activities, ...)",
         [](const R& r) { return std::string_view(*r.category); });
    fill(t, rows, "category_nl", T, "the category's Dutch name", [&](const R& r) { return std::string_view(label(r).nl); });
    fill(t, rows, "category_en", T, "the category's English name", [&](const R& r) { return std::string_view(label(r).en); });
    fill(t, rows, "amount_cents", I, "the category's lines of the plan in that year together, integer cents",
         [](const R& r) { return r.amount.cents(); });
    euro_column(t, rows, "amount_eur", "amount_cents in euros (two decimals in CSV)", [](const R& r) { return r.amount.cents(); });
    return t;
}

Table matching_table(const std::vector<MatchingRowR>& rows, const std::vector<PlanRow>& plans) {
    using R = MatchingRowR;
    Table t("matching");
    fill(t, rows, "plan", T, "plan id", [&](const R& r) { return std::string_view(plans[r.plan].plan->id); });
    fill(t, rows, "region", T, "region name", [&](const R& r) { return std::string_view(plans[r.plan].plan->region.name); });
    fill(t, rows, "municipality", T, "municipality id; empty for an unsplit rest",
         [](const R& r) { return r.id ? std::optional<std::string_view>(*r.id) : std::nullopt; }, true);
    fill(t, rows, "municipality_name", T, "municipality name; empty for an unsplit rest (or an id the plan does not have)",
         [](const R& r) { return r.municipality ? std::optional<std::string_view>(r.municipality->name) : std::nullopt; }, true);
    fill(t, rows, "cbs_code", T, "the municipality's CBS code; empty as municipality_name",
         [](const R& r) { return r.municipality ? std::optional<std::string_view>(r.municipality->cbs_code) : std::nullopt; }, true);
    fill(t, rows, "year", I, "calendar year", [](const R& r) { return r.year; });
    fill(t, rows, "basis", T, "inhabitants, agreed or unsplit (as matching_split)", [](const R& r) { return enum_to_string(r.basis); });
    fill(t, rows, "derived", B, "true when cmkit computed the share (by inhabitants), false when the plan states it",
         [](const R& r) { return r.basis == MatchingBasis::Inhabitants; });
    fill(t, rows, "amount_cents", I, "the municipality's share of the matching, integer cents", [](const R& r) { return r.amount.cents(); });
    euro_column(t, rows, "amount_eur", "amount_cents in euros (two decimals in CSV)", [](const R& r) { return r.amount.cents(); });
    return t;
}

Table targets_table(const std::vector<TargetRowR>& rows, const std::vector<PlanRow>& plans) {
    using R = TargetRowR;
    Table t("targets");
    fill(t, rows, "plan", T, "plan id", [&](const R& r) { return std::string_view(plans[r.plan].plan->id); });
    fill(t, rows, "region", T, "region name", [&](const R& r) { return std::string_view(plans[r.plan].plan->region.name); });
    fill(t, rows, "target", T, "result target id (within its plan)", [](const R& r) { return std::string_view(r.target->id); });
    fill(t, rows, "label_nl", T, "the target's label (Dutch)", [](const R& r) { return std::string_view(r.target->label.nl); });
    fill(t, rows, "label_en", T, "the target's label (English)", [](const R& r) { return std::string_view(r.target->label.en); });
    fill(t, rows, "period", T, "the reporting period's name: 2027, 2025-2026 or 2025-01-01/2025-06-30",
         [](const R& r) { return r.period->name(); });
    fill(t, rows, "start", T, "first day of the reporting period (ISO date)", [](const R& r) { return iso(r.period->period.start()); });
    fill(t, rows, "end", T, "last day of the reporting period (ISO date)", [](const R& r) { return iso(r.period->period.end()); });
    fill(t, rows, "phase", I, "the plan phase the period is; empty when it is none", [](const R& r) { return r.period->phase; }, true);
    fill(t, rows, "planned", I, "the number planned in the period", [](const R& r) { return r.period->value; });
    fill(t, rows, "total", I, "the target's number over the whole plan period", [](const R& r) { return r.target->total; });
    fill(t, rows, "counting", T, "unique (the total counts each unit once) or sum (the total is the sum of the periods)",
         [](const R& r) { return enum_to_string(r.target->counting); });
    fill(t, rows, "unit_nl", T, "unit of the number (Dutch)", [](const R& r) { return std::string_view(r.target->unit.nl); });
    fill(t, rows, "measure", T, "how achievements are counted from progress data; empty when not given",
         [](const R& r) { return r.target->measure ? std::optional<std::string_view>(*r.target->measure) : std::nullopt; }, true);
    return t;
}

Table findings_table(const std::vector<FindingRowR>& rows, const std::vector<PlanRow>& plans) {
    using R = FindingRowR;
    Table t("findings");
    fill(t, rows, "plan", T, "plan id", [&](const R& r) { return std::string_view(plans[r.plan].plan->id); });
    fill(t, rows, "code", T, "finding code (docs/budget-rules.md, docs/plan-validation.md)", [](const R& r) { return std::string_view(r.finding->code); });
    fill(t, rows, "severity", T, "error, warning or info", [](const R& r) { return enum_to_string(r.finding->severity); });
    fill(t, rows, "path", T, "JSON pointer of the value concerned, in the plan", [](const R& r) { return std::string_view(r.finding->path); });
    fill(t, rows, "message_nl", T, "the message in Dutch", [](const R& r) { return std::string_view(r.finding->message_nl); });
    fill(t, rows, "message_en", T, "the message in English", [](const R& r) { return std::string_view(r.finding->message_en); });
    return t;
}

}  // namespace

std::vector<std::string> rollup_table_names() { return {"plans", "budget", "matching", "targets", "findings"}; }

Rollup rollup(const std::vector<const Plan*>& plans, const ValidationOptions& options, const ProgressCallback& progress) {
    for (std::size_t i = 0; i < plans.size(); ++i)
        if (!plans[i]) throw InvalidArgument("rollup: plan " + n1(i) + " is missing (a null plan)");
    if (plans.size() > std::size_t{UINT32_MAX}) throw InvalidArgument("rollup: more than 2^32 - 1 plans");
    // Work units: 1 for the refusal checks, 1 per plan (validated and made into rows), 1 per table.
    const auto n_plans = static_cast<std::int64_t>(plans.size());
    ProgressReporter report(progress, 1 + n_plans + 5);
    report.stage("checks");
    Rollup out;
    out.rollup_findings = refusals(plans);
    report.advance(1);
    Rows rows;
    report.stage("plans");
    if (!out.refused()) {
        rows.plans.reserve(plans.size());
        rows.validated.reserve(plans.size());  // FindingRowR points into it: no reallocation
        rows.splits.reserve(plans.size());
        for (std::size_t i = 0; i < plans.size(); ++i) {
            plan_rows(*plans[i], static_cast<std::uint32_t>(i), options, rows);
            report.advance(1);
        }
        for (std::size_t i = 0; i < rows.validated.size(); ++i)
            for (const auto& f : rows.validated[i]) rows.findings.push_back(FindingRowR{static_cast<std::uint32_t>(i), &f});
    } else {
        report.advance(n_plans);
    }
    report.stage("tables");
    out.plans = plans_table(rows.plans);
    report.advance(1);
    out.budget = budget_table(rows.budget, rows.plans);
    report.advance(1);
    out.matching = matching_table(rows.matching, rows.plans);
    report.advance(1);
    out.targets = targets_table(rows.targets, rows.plans);
    report.advance(1);
    out.findings = findings_table(rows.findings, rows.plans);
    for (const Table* t : out.tables()) t->check();
    report.finish();
    return out;
}

Rollup rollup(const std::vector<Plan>& plans, const ValidationOptions& options, const ProgressCallback& progress) {
    std::vector<const Plan*> ptrs;
    ptrs.reserve(plans.size());
    for (const auto& p : plans) ptrs.push_back(&p);
    return rollup(ptrs, options, progress);
}

}  // namespace cmkit
