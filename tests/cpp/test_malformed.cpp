#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace cmkit;

TEST_CASE("Every malformed plan file gives its own precise error", "[io][malformed]") {
    auto cases = nlohmann::json::parse(read_text(test_data("malformed/expected.json")));
    REQUIRE(cases.size() >= 10);
    for (const auto& c : cases) {
        const std::string file = c["file"].get<std::string>();
        const std::string path = test_data("malformed/" + file);
        SECTION(file) {
            INFO(file);
            try {
                load_plan(path);
                FAIL("no error for " << file);
            } catch (const SchemaVersionError& e) {
                CHECK(c["error"] == "SchemaVersionError");
                CHECK(e.file() == path);
                CHECK(e.location() == c["location"].get<std::string>());
                for (const auto& s : c["contains"]) CHECK_THAT(e.what(), Catch::Contains(s.get<std::string>()));
            } catch (const FormatError& e) {
                CHECK(c["error"] == "FormatError");
                CHECK(e.file() == path);
                CHECK(e.location() == c["location"].get<std::string>());
                for (const auto& s : c["contains"]) CHECK_THAT(e.what(), Catch::Contains(s.get<std::string>()));
            }
        }
    }
}
