// Budget rules, matching, what-if, realisation and exports from C++.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>

#include <random>
#include <set>

#include "test_support.hpp"

using namespace cmkit;

namespace {
const Plan& amstelland() {
    static const Plan p = reference_plan("amstelland-2025-2028");
    return p;
}
std::vector<std::string> codes(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.code);
    return out;
}
Money year_sum(const Budget& b, const std::string& category, int year) {
    Money t;
    for (const auto& l : b.income)
        if (l.category == category)
            if (auto it = l.amounts.find(year); it != l.amounts.end()) t += it->second;
    return t;
}
}  // namespace

TEST_CASE("The Amstelland budget has no error under cmk-2025-2028, only the rate warning", "[budget]") {
    auto fs = validate(amstelland());
    CHECK_FALSE(has_errors(fs));
    REQUIRE(codes(fs) == std::vector<std::string>{"GRANT_RATE_MISMATCH"});
    CHECK(fs[0].severity == Severity::Warning);
    CHECK(fs[0].message_nl.find("€ 148.335,20") != std::string::npos);
}

TEST_CASE("Under cmk-2013-2016 the coordination cap is breached in every year", "[budget]") {
    ValidationOptions o;
    o.rules = "cmk-2013-2016";
    auto fs = validate(amstelland(), o);
    CHECK(has_errors(fs));
    int caps = 0;
    for (const auto& f : fs)
        if (f.code == "COORDINATION_ABOVE_CAP") {
            ++caps;
            CHECK(f.path.rfind("/budget/costs/4/amounts/", 0) == 0);
        }
    CHECK(caps == 4);
    o.disable = {"coordination-cap"};
    CHECK_FALSE(has_errors(validate(amstelland(), o)));
}

TEST_CASE("The matching split by inhabitants sums to 134.812 a year exactly", "[budget][matching]") {
    auto split = matching_split(amstelland(), amstelland().budget);
    CHECK(split.basis == MatchingBasis::Inhabitants);
    for (int y = 2025; y <= 2028; ++y) CHECK(split.year_total(y) == Money::parse("134.812"));
    CHECK(split.share("amstelveen", 2025) == Money::parse("73.393,71"));
    CHECK(split.share("ouder-amstel", 2028) == Money::parse("11.162,75"));
    CHECK(matching_csv(split).rfind("year,municipality,basis,derived,amount_cents,amount\n2025,amstelveen,inhabitants,true,7339371,\"73.393,71\"\n", 0) == 0);
}

TEST_CASE("What-if on random budgets never leaves the grant above the matching", "[budget][whatif]") {
    std::mt19937_64 rng(20261128);
    std::uniform_int_distribution<std::int64_t> amount(0, 30'000'000);
    const std::vector<std::string> munis{"Amstelveen", "Aalsmeer", "Uithoorn", "Ouder-Amstel"};
    const std::vector<std::string> cats{"activities", "knowledge_sharing", "monitoring_evaluation", "accountant", "coordination"};
    for (int round = 0; round < 200; ++round) {
        Plan plan = amstelland();
        Budget& b = plan.budget;
        b.matching_shares.clear();
        for (auto* side : {&b.income, &b.costs})
            for (auto& l : *side) {
                l.stated_total.reset();
                for (auto& [y, a] : l.amounts) a = Money::from_cents(amount(rng));
            }
        b.stated_income = b.stated_costs = b.stated_result = {};
        std::vector<Cut> cuts;
        int n = 1 + static_cast<int>(rng() % 3);
        int first = 2028;
        for (int i = 0; i < n; ++i) {
            Cut c;
            c.municipality = munis[rng() % munis.size()];
            c.from_year = 2025 + static_cast<int>(rng() % 4);
            first = std::min(first, c.from_year);
            if (rng() % 2) c.fraction = Ratio{static_cast<std::int64_t>(1 + rng() % 100), 100};
            else c.amount = Money::from_cents(1 + static_cast<std::int64_t>(rng() % 20'000'000));
            cuts.push_back(c);
        }
        auto policy = rng() % 2 ? CutPolicy::ProRata : CutPolicy::ProtectActivities;
        auto r = what_if(plan, b, cuts, policy);
        for (int y = first; y <= 2028; ++y) {
            INFO("round " << round << " year " << y);
            CHECK(year_sum(r.budget, "fcp_grant", y) <= year_sum(r.budget, "municipal_matching", y));
            Money lost = b.year_total(Side::Income, y) - r.budget.year_total(Side::Income, y);
            Money cut = b.year_total(Side::Cost, y) - r.budget.year_total(Side::Cost, y);
            CHECK_FALSE(lost.is_negative());
            CHECK(cut <= lost);
            if (cut < lost) CHECK(r.budget.year_total(Side::Cost, y).is_zero());
        }
        for (const auto* side : {&r.budget.income, &r.budget.costs})
            for (const auto& l : *side)
                for (const auto& [y, a] : l.amounts) CHECK_FALSE(a.is_negative());
    }
}

TEST_CASE("Cut specs parse and print", "[budget][whatif]") {
    auto c = parse_cut("Aalsmeer:-50%:2026");
    CHECK(c.fraction == Ratio{50, 100});
    CHECK(c.to_string() == "Aalsmeer:-50%:2026");
    CHECK(parse_cut("uithoorn:-10.000,50:2027").amount == Money::parse("10.000,50"));
    CHECK_THROWS_AS(parse_cut("Aalsmeer:-101%:2026"), FormatError);
    CHECK_THROWS_AS(parse_cut("Aalsmeer:-5%"), FormatError);
}

TEST_CASE("Actuals from CSV: values, errors with line and column, locking", "[budget][realisation]") {
    auto r = load_realisation(test_data("actuals/amstelland-2025.csv"));
    REQUIRE(r.entries.size() == 12);
    CHECK(r.total(Side::Cost, 2025, std::string("activities")) == Money::parse("210.000,50"));
    try {
        load_realisation(test_data("actuals/bad-side.csv"));
        FAIL("no error");
    } catch (const FormatError& e) {
        CHECK(e.location() == "line 2, column side");
        CHECK(e.found() == "'kosten'");
    }
    auto locked = r.lock(2025);
    CHECK_THROWS_AS(locked.with_entries({r.entries[0]}), LockedYearError);
    auto rows = budget_vs_actual(amstelland().budget, r);
    for (const auto& row : rows) CHECK(row.difference == row.actual - row.budget);
}

TEST_CASE("The long table and the hledger journal carry every amount", "[budget][export]") {
    const Budget& b = amstelland().budget;
    auto rows = budget_rows(b);
    CHECK(rows.size() == 36);
    Money income;
    for (const auto& r : rows)
        if (r.side == Side::Income) income += r.amount;
    CHECK(income == b.total(Side::Income));
    auto csv = budget_rows_csv(rows);
    CHECK(csv.rfind("year,version,side,category,source,municipality,derived,amount_cents,amount\n2025,original,income,fcp_grant,fcp,,false,13481200,134.812\n", 0) == 0);
    auto journal = budget_hledger(b, "amstelland", InKindRates{{Sector::PO, Money::from_euros(45)}});
    CHECK(journal.find("    income:fcp_grant  -134812.00 EUR\n    assets:cmk\n") != std::string::npos);
    CHECK(journal.find("expenses:in_kind_hours:schools-po  299250.00 EUR") != std::string::npos);
}
