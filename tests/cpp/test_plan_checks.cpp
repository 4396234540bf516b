// Every broken plan in tests/data/plan-checks gives its own whole-plan finding (same cases as
// tests/python/test_plan_checks.py). The files and expected.json are written by
// tests/data/plan-checks/make_cases.py; the codes are documented in docs/plan-validation.md.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "test_support.hpp"

using namespace cmkit;

TEST_CASE("The whole-plan base has no finding beyond the unknown inhabitants", "[plan-checks]") {
    const auto findings = validate(load_plan(test_data("plan-checks/base.json")));
    INFO(finding_listing(findings));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "INHABITANTS_UNKNOWN");
    CHECK(check_plan_structure(reference_plan("amstelland-2025-2028")).empty());
}

TEST_CASE("Every broken plan gives its own whole-plan finding", "[plan-checks]") {
    auto cases = nlohmann::json::parse(read_text(test_data("plan-checks/expected.json")));
    REQUIRE(cases.size() >= 18);
    std::set<std::string> seen;
    for (const auto& c : cases) seen.insert(c["code"].get<std::string>());
    CHECK(seen.size() == cases.size());
    for (const auto& c : cases) {
        const std::string file = c["file"].get<std::string>();
        SECTION(file) {
            INFO(file << ": " << c["description"].get<std::string>());
            const Plan plan = load_plan(test_data("plan-checks/" + file));
            const auto findings = validate(plan);
            INFO(finding_listing(findings));
            const std::string code = c["code"].get<std::string>();
            bool exact = false;
            for (const auto& f : findings)
                if (f.code == code && f.path == c["path"].get<std::string>() &&
                    enum_to_string(f.severity) == c["severity"].get<std::string>())
                    exact = true;
            CHECK(exact);
            std::set<std::string> expected{code}, actual;
            for (const auto& a : c["also"]) expected.insert(a.get<std::string>());
            for (const auto& f : findings) actual.insert(f.code);
            CHECK(actual == expected);
            for (const auto& f : findings) {
                CHECK_FALSE(f.message_nl.empty());
                CHECK(f.message_nl != f.message_en);
            }
        }
    }
}

TEST_CASE("Vocabularies drive the schema and the allowed values", "[plan-checks][vocabulary]") {
    const auto& income = vocabulary("income-category");
    CHECK(income.forms() == income_categories());
    CHECK(vocabulary("cost-category").forms() == cost_categories());
    CHECK(vocabulary("measure").contains("trajectories-started:spoor-1"));
    CHECK_FALSE(vocabulary("measure").contains("trajectories-started"));
    CHECK_FALSE(vocabulary("measure").contains("neighbourhoods-connected:x"));
    CHECK(vocabulary("spoor").contains("1"));
    CHECK_FALSE(vocabulary("spoor").contains("3"));
    CHECK_THROWS_AS(vocabulary("colour"), NotFoundError);
    CHECK(category_label("fcp_grant").nl == "Subsidie FCP");

    const auto schema = nlohmann::json::parse(plan_json_schema());
    for (const auto& v : vocabularies())
        for (const auto& place : v.schema_places) {
            const auto& node = schema.at(nlohmann::json::json_pointer(place));
            INFO(place);
            REQUIRE(node.at("oneOf").size() == v.terms.size());
        }
    const auto& sector = schema.at(nlohmann::json::json_pointer("/$defs/HoursLine/properties/sector"));
    CHECK(sector.at("enum").size() == 4);
    CHECK(sector.at("oneOf").at(3).at("const") == "VO");
    CHECK(sector.at("oneOf").at(3).at("description").get<std::string>().find("voortgezet") == 0);

    // an unknown category lists every allowed one of its side
    Plan plan = reference_plan("amstelland-2025-2028");
    plan.budget.costs[0].category = "catering";
    bool found = false;
    for (const auto& f : validate(plan))
        if (f.code == "UNKNOWN_CATEGORY") {
            found = true;
            for (const auto& c : cost_categories()) CHECK(f.message_en.find(c) != std::string::npos);
        }
    CHECK(found);
}
