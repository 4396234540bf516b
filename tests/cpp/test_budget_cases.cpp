// Every broken budget plan in tests/data/budgets gives its own finding code (same cases as
// tests/python/test_budget_cases.py). The files and expected.json are written by
// tests/data/budgets/make_cases.py.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "test_support.hpp"

using namespace cmkit;

TEST_CASE("Every broken budget plan gives its own finding code", "[budget][budget-cases]") {
    auto cases = nlohmann::json::parse(read_text(test_data("budgets/expected.json")));
    REQUIRE(cases.size() >= 18);

    std::set<std::string> seen;
    for (const auto& c : cases) seen.insert(c["code"].get<std::string>());
    CHECK(seen.size() == cases.size());  // one code per case
    for (const char* code : {"BUDGET_UNBALANCED", "TOTAL_MISMATCH", "GRANT_ABOVE_MATCHING", "GRANT_ABOVE_ENTITLEMENT",
                             "GRANT_RATE_MISMATCH", "MATCHING_SHARES_MISMATCH", "COORDINATION_ABOVE_CAP",
                             "MONITORING_BELOW_MINIMUM", "VO_SHARE_ABOVE_CAP", "ANNUAL_TOTAL_BELOW_MINIMUM",
                             "COORDINATION_NOT_FIXED_SHARE", "NEGATIVE_AMOUNT", "YEAR_OUTSIDE_PERIOD", "UNKNOWN_CATEGORY",
                             "UNKNOWN_MUNICIPALITY", "DUPLICATE_LINE_ID", "UNKNOWN_LIMIT", "UNKNOWN_EDITION",
                             "INHABITANTS_UNKNOWN", "RATE_UNKNOWN", "LIMIT_NOT_EVALUABLE"}) {
        INFO(code);
        CHECK(seen.count(code) == 1);
    }

    for (const auto& c : cases) {
        const std::string file = c["file"].get<std::string>();
        SECTION(file) {
            INFO(file << ": " << c["description"].get<std::string>());
            const Plan plan = load_plan(test_data("budgets/" + file));
            ValidationOptions options;
            if (c.contains("rules")) options.rules = c["rules"].get<std::string>();
            if (c.contains("enable")) options.enable = c["enable"].get<std::vector<std::string>>();
            const auto findings = validate(plan, options);
            INFO(finding_listing(findings));

            const std::string code = c["code"].get<std::string>();
            const std::string path = c["path"].get<std::string>();
            const std::string severity = c["severity"].get<std::string>();
            bool exact = false;
            for (const auto& f : findings)
                if (f.code == code && f.path == path && enum_to_string(f.severity) == severity) exact = true;
            CHECK(exact);

            std::set<std::string> expected{code}, actual;
            for (const auto& a : c["also"]) expected.insert(a.get<std::string>());
            for (const auto& f : findings) actual.insert(f.code);
            CHECK(actual == expected);

            for (const auto& f : findings) {
                INFO(f.code);
                CHECK_FALSE(f.message_nl.empty());
                CHECK_FALSE(f.message_en.empty());
                CHECK(f.message_nl != f.message_en);
            }
        }
    }
}

TEST_CASE("The base plan of the budget cases has no error finding", "[budget][budget-cases]") {
    const auto findings = validate(load_plan(test_data("plans/minimal.json")));
    INFO(finding_listing(findings));
    CHECK_FALSE(has_errors(findings));
}
