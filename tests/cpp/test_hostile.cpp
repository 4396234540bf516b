// Hostile input (issue 11): the files of tests/data/hostile (see make_cases.py there) through the C++
// loaders; the Python test runs the same cases through the bindings and the CLI.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "test_support.hpp"

using namespace cmkit;

TEST_CASE("Every hostile file gives its own error with file, place and fix", "[io][hostile]") {
    const std::map<std::string, std::function<void(const std::string&)>> loaders = {
        {"plan", [](const std::string& p) { load_plan(p); }},
        {"schools", [](const std::string& p) { load_schools(p); }},
        {"evi_answers", [](const std::string& p) { load_evi_responses(p); }},
        {"actuals", [](const std::string& p) { load_realisation(p); }},
        {"instrument", [](const std::string& p) { load_evi_instrument(p); }},
        {"progress", [](const std::string& p) { load_progress(p); }},
        {"survey", [](const std::string& p) { load_survey_responses(p); }},
    };
    auto cases = nlohmann::json::parse(read_text(test_data("hostile/cases.json")));
    REQUIRE(cases.size() >= 15);
    for (const auto& c : cases) {
        const std::string file = c["file"].get<std::string>();
        const std::string path = test_data("hostile/" + file);
        SECTION(file) {
            INFO(file);
            try {
                loaders.at(c["loader"].get<std::string>())(path);
                FAIL("no error for " << file);
            } catch (const FormatError& e) {
                CHECK(c["error"] == "FormatError");
                CHECK(e.file() == path);
                CHECK(e.location() == c["location"].get<std::string>());
                for (const auto& s : c["contains"]) CHECK_THAT(e.what(), Catch::Contains(s.get<std::string>()));
            }
        }
    }
}

TEST_CASE("JSON text: numbers beyond a double, duplicate keys and deep nesting are FormatErrors", "[io][hostile]") {
    CHECK_THROWS_AS(plan_from_json(R"({"schema": "Plan.1", "x": 1e400})"), FormatError);
    CHECK_THROWS_AS(plan_from_json(R"({"schema": "Plan.1", "schema": "Plan.1"})"), FormatError);
    CHECK_THROWS_AS(plan_from_json(std::string(300, '[') + std::string(300, ']')), FormatError);
    CHECK_THROWS_WITH(plan_from_json(""), Catch::Contains("an empty file"));
}

TEST_CASE("A directory is not read as a file", "[io][hostile]") {
    const auto dir = std::filesystem::temp_directory_path().string();
    CHECK_THROWS_AS(load_plan(dir), FileError);
    CHECK_THROWS_WITH(load_schools(dir), Catch::Contains("is a directory"));
}

TEST_CASE("Outputs: a directory is replaced as a whole, a symbolic link is not followed", "[io][hostile]") {
    namespace fs = std::filesystem;
    const fs::path base = fs::temp_directory_path() / ("cmkit-out-" + std::to_string(::getpid()));
    fs::remove_all(base);
    fs::create_directories(base);
    const fs::path out = base / "out";
    write_output_directory(out.string(), {{"a.csv", "1\n"}, {"b.csv", "2\n"}});
    CHECK(fs::exists(out / kOutputMarker));
    write_output_file((base / "victim.txt").string(), "keep\n");
    fs::remove(out / "a.csv");
    fs::create_symlink(base / "victim.txt", out / "a.csv");
    write_output_directory(out.string(), {{"a.csv", "new\n"}});
    CHECK(read_text((base / "victim.txt").string()) == "keep\n");
    CHECK(read_text((out / "a.csv").string()) == "new\n");
    CHECK_FALSE(fs::exists(out / "b.csv"));
    CHECK_THROWS_AS(write_output_directory(base.string(), {{"c.csv", "3\n"}}), FileError);  // holds victim.txt
    CHECK_THROWS_AS(write_output_directory(out.string(), {{"../x", "3\n"}}), FileError);
    fs::create_directories(base / "plan.json");
    CHECK_THROWS_WITH(write_output_file((base / "plan.json").string(), "{}"), Catch::Contains("is a directory"));
    fs::remove_all(base);
}
