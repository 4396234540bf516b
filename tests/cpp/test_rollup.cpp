// The national roll-up (rollup.hpp, docs/rollup.md): tables of the two built-in plans with totals summed here
// from the plans' own lines, the three refusals, and the seeded synthetic plans.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>

#include <map>
#include <set>
#include <tuple>

#include "test_support.hpp"

using namespace cmkit;

namespace {

std::vector<Plan> builtin() { return {reference_plan("amstelland-2025-2028"), reference_plan("voorbeeld-fictief-2026-2028")}; }

std::int64_t int_at(const Table& t, const char* column, std::size_t row) { return t.column(column).integers().at(row); }
std::string text_at(const Table& t, const char* column, std::size_t row) { return std::string(t.column(column).text(row)); }

/// (plan, year, side, category) -> cents, summed here from the budget lines.
std::map<std::tuple<std::string, int, std::string, std::string>, std::int64_t> by_hand(const std::vector<Plan>& plans) {
    std::map<std::tuple<std::string, int, std::string, std::string>, std::int64_t> out;
    for (const auto& p : plans) {
        for (const auto& l : p.budget.income)
            for (const auto& [y, a] : l.amounts) out[{p.id, y, "income", l.category}] += a.cents();
        for (const auto& l : p.budget.costs)
            for (const auto& [y, a] : l.amounts) out[{p.id, y, "cost", l.category}] += a.cents();
    }
    return out;
}

std::vector<std::string> codes(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.code);
    return out;
}

}  // namespace

TEST_CASE("rollup: the two built-in plans roll up; every table agrees with the plans' own figures", "[rollup]") {
    const auto plans = builtin();
    REQUIRE(plans[0].edition == plans[1].edition);
    const Rollup r = rollup(plans);
    INFO(finding_listing(r.rollup_findings));
    REQUIRE_FALSE(r.refused());
    REQUIRE(r.rollup_findings.empty());

    // plans: one row each, totals from the lines
    REQUIRE(r.plans.rows() == 2);
    for (std::size_t i = 0; i < plans.size(); ++i) {
        const Plan& p = plans[i];
        std::int64_t income = 0, cost = 0, grant = 0, matching = 0;
        for (const auto& l : p.budget.income)
            for (const auto& [y, a] : l.amounts) {
                income += a.cents();
                if (l.category == "fcp_grant") grant += a.cents();
                if (l.category == "municipal_matching") matching += a.cents();
            }
        for (const auto& l : p.budget.costs)
            for (const auto& [y, a] : l.amounts) cost += a.cents();
        CHECK(text_at(r.plans, "plan", i) == p.id);
        CHECK(text_at(r.plans, "edition", i) == p.edition);
        CHECK(text_at(r.plans, "start", i) == p.period.start().to_string());
        CHECK(int_at(r.plans, "municipalities", i) == static_cast<std::int64_t>(p.municipalities.size()));
        CHECK(int_at(r.plans, "income_cents", i) == income);
        CHECK(int_at(r.plans, "cost_cents", i) == cost);
        CHECK(int_at(r.plans, "result_cents", i) == income - cost);
        CHECK(int_at(r.plans, "fcp_grant_cents", i) == grant);
        CHECK(int_at(r.plans, "matching_cents", i) == matching);
        CHECK(static_cast<bool>(r.plans.column("fictional").booleans()[i]) == p.fictional);
        const auto found = validate(p);
        std::int64_t errors = 0, warnings = 0;
        for (const auto& f : found) {
            if (f.severity == Severity::Error) ++errors;
            if (f.severity == Severity::Warning) ++warnings;
        }
        CHECK(int_at(r.plans, "errors", i) == errors);
        CHECK(int_at(r.plans, "warnings", i) == warnings);
    }

    // budget: one row per (plan, year, side, category), each the sum of that category's lines
    const auto expected = by_hand(plans);
    REQUIRE(r.budget.rows() == expected.size());
    std::map<std::tuple<std::string, int, std::string, std::string>, std::int64_t> got;
    for (std::size_t k = 0; k < r.budget.rows(); ++k) {
        const auto key = std::make_tuple(text_at(r.budget, "plan", k), static_cast<int>(int_at(r.budget, "year", k)),
                                         text_at(r.budget, "side", k), text_at(r.budget, "category", k));
        CHECK(got.emplace(key, int_at(r.budget, "amount_cents", k)).second);
        CHECK(r.budget.column("amount_eur").doubles()[k] == Approx(int_at(r.budget, "amount_cents", k) / 100.0));
    }
    CHECK(got == expected);

    // matching: per plan the split, with `derived` exactly where cmkit divided by inhabitants
    std::size_t k = 0;
    for (const auto& p : plans) {
        const auto split = matching_split(p, p.budget);
        for (const auto& row : split.rows) {
            REQUIRE(k < r.matching.rows());
            CHECK(text_at(r.matching, "plan", k) == p.id);
            CHECK(text_at(r.matching, "municipality", k) == row.municipality.value_or(""));
            CHECK(int_at(r.matching, "amount_cents", k) == row.amount.cents());
            CHECK(text_at(r.matching, "basis", k) == std::string(enum_to_string(row.basis)));
            CHECK(static_cast<bool>(r.matching.column("derived").booleans()[k]) == (row.basis == MatchingBasis::Inhabitants));
            ++k;
        }
    }
    CHECK(k == r.matching.rows());

    // targets: a row per target and period
    std::size_t periods = 0;
    for (const auto& p : plans)
        for (const auto& t : p.targets) periods += t.periods.size();
    CHECK(r.targets.rows() == periods);

    // findings: exactly what validate gives per plan
    std::size_t f = 0;
    for (const auto& p : plans)
        for (const auto& finding : validate(p)) {
            REQUIRE(f < r.findings.rows());
            CHECK(text_at(r.findings, "plan", f) == p.id);
            CHECK(text_at(r.findings, "code", f) == finding.code);
            CHECK(text_at(r.findings, "path", f) == finding.path);
            ++f;
        }
    CHECK(f == r.findings.rows());
    CHECK(rollup_table_names() == std::vector<std::string>{"plans", "budget", "matching", "targets", "findings"});
}

TEST_CASE("rollup: overlapping municipalities refuse the roll-up, naming both plans and the municipality", "[rollup]") {
    auto plans = builtin();
    Plan copy = plans[0];
    copy.id = "amstelland-kopie";
    plans.push_back(copy);
    const Rollup r = rollup(plans);
    REQUIRE(r.refused());
    REQUIRE(r.rollup_findings.size() == plans[0].municipalities.size());
    for (std::size_t j = 0; j < r.rollup_findings.size(); ++j) {
        const Finding& f = r.rollup_findings[j];
        CHECK(f.code == "ROLLUP_MUNICIPALITY_OVERLAP");
        CHECK(f.severity == Severity::Error);
        CHECK(f.path == "/plans/2/municipalities/" + std::to_string(j) + "/id");
        CHECK(f.message_nl.find("amstelland-kopie") != std::string::npos);
        CHECK(f.message_en.find("amstelland-2025-2028") != std::string::npos);
        CHECK(f.message_en.find("'" + plans[0].municipalities[j].id + "'") != std::string::npos);
    }
    for (const Table* t : r.tables()) {
        CHECK(t->rows() == 0);
        CHECK_FALSE(t->columns().empty());
    }

    // the same CBS code under another id is the same municipality
    Plan other = plans[1];
    other.id = "ander-plan";
    for (auto& m : other.municipalities) m.id += "-x";
    for (auto& id : other.region.municipalities) id += "-x";
    const Rollup by_code = rollup(std::vector<Plan>{plans[1], other});
    REQUIRE(by_code.rollup_findings.size() == other.municipalities.size());
    CHECK(by_code.rollup_findings[0].path == "/plans/1/municipalities/0/cbs_code");
    CHECK(by_code.rollup_findings[0].message_nl.find("dezelfde CBS-code") != std::string::npos);
}

TEST_CASE("rollup: plans of different editions, or the same plan twice, refuse the roll-up", "[rollup]") {
    auto plans = builtin();
    Plan old = synthetic_plans(1, 7)[0];
    old.edition = "cmk-2021-2024";
    plans.push_back(old);
    const Rollup mixed = rollup(plans);
    REQUIRE(codes(mixed.rollup_findings) == std::vector<std::string>{"ROLLUP_MIXED_EDITIONS"});
    const Finding& f = mixed.rollup_findings[0];
    CHECK(f.path == "/plans/2/edition");
    CHECK(f.message_nl.find("cmk-2025-2028 (2 plannen: amstelland-2025-2028, voorbeeld-fictief-2026-2028)") != std::string::npos);
    CHECK(f.message_en.find("cmk-2021-2024 (1 plan: " + old.id + ")") != std::string::npos);
    CHECK(mixed.plans.rows() == 0);

    auto twice = builtin();
    twice.push_back(twice[1]);
    const Rollup dup = rollup(twice);
    REQUIRE(codes(dup.rollup_findings) == std::vector<std::string>{"ROLLUP_DUPLICATE_PLAN"});  // not also an overlap
    CHECK(dup.rollup_findings[0].path == "/plans/2/id");
    CHECK(dup.rollup_findings[0].message_en.find("as plan 2 and as plan 3") != std::string::npos);
    CHECK_THROWS_AS(rollup(std::vector<const Plan*>{nullptr}), InvalidArgument);
    CHECK(rollup(std::vector<Plan>{}).plans.rows() == 0);
}

TEST_CASE("rollup: synthetic plans: seeded, valid, distinct, marked synthetic", "[rollup][synthetic]") {
    const auto a = synthetic_plans(50, 42);
    const auto b = synthetic_plans(50, 42);
    const auto c = synthetic_plans(50, 43);
    REQUIRE(a.size() == 50);
    std::string ja, jb, jc;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ja += plan_to_json(a[i]);
        jb += plan_to_json(b[i]);
        jc += plan_to_json(c[i]);
    }
    CHECK(ja == jb);
    CHECK(ja != jc);
    CHECK(plan_to_json(synthetic_plans(10, 42)[9]) == plan_to_json(a[9]));  // a prefix of the larger set

    std::vector<std::string> every_limit;
    for (const auto& l : rule_set("cmk-2025-2028").limits) every_limit.push_back(l.id);
    std::set<std::string> ids, bases;
    for (const auto& p : a) {
        INFO(p.id);
        CHECK(p.fictional);
        CHECK(p.title.nl.rfind("Synthetisch plan", 0) == 0);
        const auto findings = validate(p);
        INFO(finding_listing(findings));
        CHECK(findings.empty());
        ValidationOptions all;
        all.enable = every_limit;
        CHECK(validate(p, all).empty());  // within every limit, also the ones off by default
        CHECK(plan_from_json(plan_to_json(p)) == p);
        for (const auto& m : p.municipalities) {
            CHECK(ids.insert(m.id).second);
            CHECK(m.cbs_code.rfind("SY", 0) == 0);
        }
        bases.insert(std::string(enum_to_string(matching_split(p, p.budget).basis)));
    }
    CHECK(bases == std::set<std::string>{"agreed", "inhabitants"});
    const Rollup r = rollup(a);
    REQUIRE_FALSE(r.refused());
    CHECK(r.findings.rows() == 0);
    std::int64_t income = 0, table_income = 0;
    for (const auto& p : a)
        for (const auto& l : p.budget.income)
            for (const auto& [y, m] : l.amounts) income += m.cents();
    for (std::size_t i = 0; i < r.plans.rows(); ++i) table_income += int_at(r.plans, "income_cents", i);
    CHECK(table_income == income);
    CHECK_THROWS_AS(synthetic_plans(-1), InvalidArgument);
    CHECK(synthetic_plans(0).empty());
}
