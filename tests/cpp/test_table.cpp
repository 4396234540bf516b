// cmkit::Table: the one columnar table type (types, nulls, CSV and JSON writers).
#include <catch2/catch.hpp>
#include <cmkit/error.hpp>
#include <cmkit/evi/analysis.hpp>
#include <cmkit/survey.hpp>
#include <cmkit/table.hpp>
#include <nlohmann/json.hpp>
#include <cmath>
#include <stdexcept>

using namespace cmkit;

namespace {
Table sample() {
    Table t("sample");
    auto& id = t.add("id", ColumnType::Integer, "row number");
    auto& name = t.add("name", ColumnType::Text, "a name").set_nullable();
    auto& share = t.add("share", ColumnType::Double, "a share").set_nullable();
    auto& flag = t.add("flag", ColumnType::Boolean, "a flag");
    (void)id; (void)name; (void)share; (void)flag;
    const char* names[] = {"Aalsmeer", "Ouder-Amstel, Duivendrecht", "Aalsmeer"};
    for (int i = 0; i < 3; ++i) {
        t.at(0).push(i + 1);
        t.at(1).push(std::string_view(names[i]));
        if (i == 1) t.at(2).push_null();
        else t.at(2).push(Ratio{i + 1, 3});
        t.at(3).push(i == 2);
    }
    t.at(1).push_null();
    t.at(0).push(4);
    t.at(2).push(1e-5);
    t.at(3).push(false);
    return t;
}
}  // namespace

TEST_CASE("A table holds typed, nullable columns; text is dictionary-encoded", "[table]") {
    Table t = sample();
    REQUIRE(t.rows() == 4);
    CHECK(t.column_names() == std::vector<std::string>{"id", "name", "share", "flag"});
    const Column& name = t.column("name");
    CHECK(name.dictionary().size() == 2);  // "Aalsmeer" once
    CHECK(name.codes()[0] == name.codes()[2]);
    CHECK(name.is_null(3));
    CHECK(name.text(1) == "Ouder-Amstel, Duivendrecht");
    CHECK(std::isnan(t.column("share").doubles()[1]));
    CHECK(t.column("share").doubles()[0] == 1.0 / 3.0);
    CHECK_THROWS_AS(t.column("nope"), NotFoundError);
    CHECK_THROWS_AS(t.add("id", ColumnType::Integer), InvalidArgument);
    CHECK_THROWS_AS(t.at(0).push_null(), std::logic_error);        // id is not nullable
    CHECK_THROWS_AS(t.at(3).push(std::string_view("x")), std::logic_error);  // wrong type
}

TEST_CASE("Table CSV: quoting, empty nulls, true/false, doubles as Python writes them", "[table]") {
    CHECK(sample().to_csv() ==
          "id,name,share,flag\n"
          "1,Aalsmeer,0.3333333333333333,false\n"
          "2,\"Ouder-Amstel, Duivendrecht\",,false\n"
          "3,Aalsmeer,1.0,true\n"
          "4,,1e-05,false\n");
    Table t = sample();
    t.at(2).set_decimals(2);
    t.at(3).set_in_csv(false);
    CHECK(t.to_csv() ==
          "id,name,share\n1,Aalsmeer,0.33\n2,\"Ouder-Amstel, Duivendrecht\",\n3,Aalsmeer,1.00\n4,,0.00\n");
    CHECK(t.column_names(true) == std::vector<std::string>{"id", "name", "share"});
}

TEST_CASE("Fixed decimals round the exact ratio half away from zero", "[table]") {
    CHECK(ratio_decimal_text(Ratio{1, 128}, 6) == "0.007813");  // 0.0078125 exactly: away from zero
    CHECK(ratio_decimal_text(Ratio{-1, 128}, 6) == "-0.007813");
    CHECK(ratio_decimal_text(Ratio{1, 8}, 2) == "0.13");
    CHECK(ratio_decimal_text(Ratio{-1, 1000}, 2) == "0.00");  // no "-0.00"
    CHECK(ratio_decimal_text(Ratio{2, 1}, 0) == "2");
    CHECK(python_float_text(1e16) == "1e+16");
    CHECK(python_float_text(123456789012345.6) == "123456789012345.6");
    CHECK(python_float_text(0.0001) == "0.0001");
    CHECK(python_float_text(-0.0) == "-0.0");
}

TEST_CASE("Table JSON: schema, column descriptions and rows with nulls", "[table]") {
    auto doc = nlohmann::json::parse(sample().to_json());
    CHECK(doc["schema"] == "Table.1");
    CHECK(doc["name"] == "sample");
    CHECK(doc["columns"][1] == nlohmann::json{{"name", "name"}, {"type", "text"}, {"nullable", true}, {"doc", "a name"}});
    CHECK(doc["rows"][1] == nlohmann::json::parse(R"([2, "Ouder-Amstel, Duivendrecht", null, false])"));
    CHECK(doc["rows"][3][1].is_null());
}

TEST_CASE("Every Evi table is a Table whose columns are its record's fields", "[table][evi]") {
    EviAnalysis empty;
    for (const auto& name : evi_table_names()) {
        Table t = evi_table(empty, name);
        CHECK(t.name() == name);
        CHECK(t.rows() == 0);
        CHECK(t.column_names(true) == evi_table_columns(name, true));
    }
    Table d = evi_table(empty, "distribution");
    CHECK(d.column("schools").nullable());
    CHECK(d.column("schools").type() == ColumnType::Integer);
    CHECK_FALSE(d.column("suppression").in_csv());
    CHECK_THROWS_AS(evi_table(empty, "pyramids"), NotFoundError);
}

TEST_CASE("Survey tables split ratios into exact integer columns and keep fixed decimals", "[table][survey]") {
    SurveySummaryRow r;
    r.group = "leerlingen";
    r.item = "q1";
    r.scale = "agree5";
    r.valid = 8;
    r.top_box = Ratio{1, 8};
    r.top_box_lower = Ratio{7813, 1000000};
    Table t = survey_summary_table({r});
    CHECK(t.column("top_box_numerator").integers()[0] == 1);
    CHECK(t.column("top_box_denominator").integers()[0] == 8);
    CHECK(t.column("top_box").doubles()[0] == 0.125);
    CHECK(t.column("median").is_null(0));
    const std::string csv = t.to_csv();
    CHECK(csv.find(",1,8,0.125000,0.007813,,") != std::string::npos);
}
