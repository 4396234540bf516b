#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace cmkit;

TEST_CASE("The golden plan round-trips byte for byte", "[io]") {
    const std::string golden = read_text(test_data("golden/minimal.canonical.json"));
    REQUIRE_FALSE(golden.empty());
    Plan from_source = load_plan(test_data("plans/minimal.json"));
    CHECK(plan_to_json(from_source) == golden);
    Plan from_golden = load_plan(test_data("golden/minimal.canonical.json"));
    CHECK(from_golden == from_source);
    CHECK(plan_to_json(from_golden) == golden);
}

TEST_CASE("Unknown fields survive a round trip", "[io]") {
    Plan p = load_plan(test_data("plans/minimal.json"));
    REQUIRE(p.extras.fields.count("x_local_remark") == 1);
    std::string out = plan_to_json(p);
    CHECK(out.find("\"x_local_remark\": {") != std::string::npos);
    CHECK(out.find("\"survive\"") != std::string::npos);
    Plan again = plan_from_json(out);
    CHECK(again.extras == p.extras);
}

TEST_CASE("Canonical output: sorted keys, writer block, final newline", "[io]") {
    Plan p = load_plan(test_data("plans/minimal.json"));
    std::string out = plan_to_json(p);
    CHECK(out.back() == '\n');
    CHECK(out.find("\"writer\": {\n    \"library\": \"cmkit\",\n    \"version\": \"" + library_version() + "\"") !=
          std::string::npos);
    // "budget" sorts before "codes", and "schema" of the plan before "source".
    CHECK(out.find("\n  \"budget\"") < out.find("\n  \"codes\""));
    CHECK(out.find("\n  \"schema\": \"Plan.2\"") < out.find("\n  \"source\""));
}

TEST_CASE("Money stays integer cents in JSON", "[io]") {
    Plan p = load_plan(test_data("plans/minimal.json"));
    REQUIRE(p.budget.income.at(1).amounts.at(2026) == Money::from_cents(1000050));
    CHECK(p.budget.total(Side::Income) == Money::from_cents(4000050));
    std::string out = plan_to_json(p);
    CHECK(out.find("\"2026\": 1000050") != std::string::npos);
}

TEST_CASE("A Plan.0 draft is upgraded before objects are built", "[io][upgrade]") {
    Plan upgraded = load_plan(test_data("plans/draft-v0.json"));
    Plan current = load_plan(test_data("plans/minimal.json"));
    CHECK(upgraded == current);
    CHECK(plan_to_json(upgraded) == read_text(test_data("golden/minimal.canonical.json")));
    auto steps = upgrade_steps();
    REQUIRE(steps.size() >= 2);
    CHECK(steps.front().schema == "Budget");
    CHECK(steps.back().schema == "Plan");
    CHECK(steps.back().from_version == 1);
}

TEST_CASE("A Plan.1 file keeps loading: its targets become the periods of the plan's phases", "[io][upgrade][targets]") {
    // The built-in plan as it was stored in the Plan.1 format (ResultTarget.1: phase_1, phase_2, unique_total).
    Plan old = load_plan(test_data("plans/amstelland-2025-2028.plan1.json"));
    CHECK(old == reference_plan("amstelland-2025-2028"));
    // A Plan.1 target in a plan without phase 2 cannot say which period phase_2 was.
    std::string text = read_text(test_data("plans/amstelland-2025-2028.plan1.json"));
    auto doc = nlohmann::json::parse(text);
    doc["phases"].erase(1);
    try {
        plan_from_json(doc.dump(), "no-phase-2.json");
        FAIL("no error");
    } catch (const FormatError& e) {
        CHECK(e.location() == "/targets/0/phase_2");
        CHECK_THAT(e.what(), Catch::Contains("without phase 2"));
    }
}

TEST_CASE("Single records serialise with their schema", "[io]") {
    Objective o{"a", Label{"Duurzame kwaliteit", "Lasting quality"}, {}};
    std::string text = to_json(o);
    CHECK(text == "{\n  \"id\": \"a\",\n  \"label\": {\n    \"en\": \"Lasting quality\",\n    \"nl\": \"Duurzame kwaliteit\"\n  },\n  \"schema\": \"Objective.1\"\n}\n");
    CHECK(from_json<Objective>(text) == o);
    School s{"12AB", "De Linde", "amstelveen", Sector::PO, 312, {}};
    CHECK(from_json<School>(to_json(s)) == s);
    CHECK(is_valid_brin("12AB"));
    CHECK(is_valid_brin("04ZP01"));
    CHECK_FALSE(is_valid_brin("12ab"));
    CHECK_FALSE(is_valid_brin("1AB"));
    CHECK_FALSE(is_valid_brin("12AB1"));
}

TEST_CASE("Files that cannot be read or written give FileError", "[io]") {
    CHECK_THROWS_AS(load_plan(test_data("plans/does-not-exist.json")), FileError);
    try {
        load_plan("/nonexistent/dir/plan.json");
    } catch (const FileError& e) {
        CHECK(std::string(e.what()).find("/nonexistent/dir/plan.json") != std::string::npos);
    }
    Plan p = load_plan(test_data("plans/minimal.json"));
    CHECK_THROWS_AS(save_plan(p, "/nonexistent/dir/plan.json"), FileError);
}

TEST_CASE("The JSON Schema is generated from the record descriptions", "[io][schema]") {
    std::string schema = plan_json_schema();
    CHECK(schema.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"") != std::string::npos);
    CHECK(schema.find("\"const\": \"BudgetLine.1\"") != std::string::npos);
    CHECK(schema == read_text(std::string(CMKIT_TEST_DATA) + "/../../docs/schema/plan.schema.json"));
}
