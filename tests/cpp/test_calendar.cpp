#include <catch2/catch.hpp>
#include <cmkit/calendar.hpp>
#include <cmkit/error.hpp>

using namespace cmkit;

TEST_CASE("Date validates and prints ISO", "[calendar]") {
    CHECK(Date(2025, 1, 1).to_string() == "2025-01-01");
    CHECK(Date::parse("2028-02-29") == Date(2028, 2, 29));
    CHECK_THROWS_AS(Date(2025, 2, 29), FormatError);
    CHECK_THROWS_AS(Date(2025, 13, 1), FormatError);
    for (const char* bad : {"2025-1-01", "2025/01/01", "20250101", "2025-02-30", "abcd-ef-gh", "", "2025-01-01T00"}) {
        INFO(bad);
        CHECK_THROWS_AS(Date::parse(bad), FormatError);
    }
    CHECK(Date(2025, 1, 1).iso_weekday() == 3);  // a Wednesday
    CHECK(Date(2025, 12, 31).add_days(1) == Date(2026, 1, 1));
    CHECK(Date(2025, 1, 1).days_until(Date(2029, 1, 1)) == 1461);
    CHECK(Date(2025, 3, 1) < Date(2025, 3, 2));
}

TEST_CASE("Year and SchoolYear", "[calendar]") {
    CHECK(Year(2025).period().to_string() == "2025-01-01..2025-12-31");
    CHECK(Year::of(Date(2026, 7, 31)).value() == 2026);
    CHECK_THROWS_AS(Year(99), InvalidArgument);
    SchoolYear sy(2025);
    CHECK(sy.to_string() == "2025-2026");
    CHECK(sy.start() == Date(2025, 8, 1));
    CHECK(sy.end() == Date(2026, 7, 31));
    CHECK(SchoolYear::of(Date(2026, 7, 31)) == sy);
    CHECK(SchoolYear::of(Date(2026, 8, 1)) == SchoolYear(2026));
    CHECK(SchoolYear::parse("2025-2026") == sy);
    CHECK(SchoolYear::parse("2025/2026") == sy);
    CHECK(SchoolYear::parse("2099/00") == SchoolYear(2099));
    CHECK(SchoolYear::parse("2025/26") == sy);
    for (const char* bad : {"2025-2027", "2025", "2025-", "25-26", "2025-2O26", "2026-2025"}) {
        INFO(bad);
        CHECK_THROWS_AS(SchoolYear::parse(bad), FormatError);
    }
}

TEST_CASE("Period: contains, overlaps, years and school years", "[calendar]") {
    Period plan(Date(2025, 1, 1), Date(2028, 12, 31));
    Period fase1(Date(2025, 1, 1), Date(2026, 12, 31));
    Period fase2(Date(2027, 1, 1), Date(2028, 12, 31));
    CHECK(plan.contains(fase1));
    CHECK(plan.contains(Date(2028, 12, 31)));
    CHECK_FALSE(plan.contains(Date(2029, 1, 1)));
    CHECK_FALSE(fase1.overlaps(fase2));
    CHECK(fase1.overlaps(Period(Date(2026, 12, 31), Date(2027, 1, 5))));
    CHECK(plan.length_days() == 1461);
    auto ys = plan.years();
    REQUIRE(ys.size() == 4);
    CHECK(ys.front().value() == 2025);
    CHECK(ys.back().value() == 2028);
    auto sys = plan.school_years();  // 2024-2025 .. 2028-2029
    REQUIRE(sys.size() == 5);
    CHECK(sys.front().to_string() == "2024-2025");
    CHECK(sys.back().to_string() == "2028-2029");
    CHECK_THROWS_AS(Period(Date(2026, 1, 1), Date(2025, 1, 1)), InvalidArgument);
    CHECK(Period::parse("2025-01-01..2026-12-31") == fase1);
    CHECK_THROWS_AS(Period::parse("2026-01-01..2025-01-01"), FormatError);
    CHECK_THROWS_AS(Period::parse("2025-01-01"), FormatError);
}

TEST_CASE("Cycle: the school year is a preset of a recurring period", "[calendar]") {
    auto sy = Cycle::school_year();
    CHECK(sy.containing(Date(2026, 3, 15)) == SchoolYear(2025).period());
    CHECK(sy.containing(Date(2025, 8, 1)) == SchoolYear(2025).period());
    CHECK(sy.containing(Date(2025, 7, 31)) == SchoolYear(2024).period());
    CHECK(Cycle::calendar_year().containing(Date(2027, 6, 1)) == Year(2027).period());
    Cycle half(6, 1, 1);  // half years
    CHECK(half.containing(Date(2025, 7, 1)) == Period(Date(2025, 7, 1), Date(2025, 12, 31)));
    CHECK(half.containing(Date(2025, 6, 30)) == Period(Date(2025, 1, 1), Date(2025, 6, 30)));
    Cycle quarter_sy(3, 8, 1);
    CHECK(quarter_sy.containing(Date(2026, 1, 10)) == Period(Date(2025, 11, 1), Date(2026, 1, 31)));
    CHECK(sy.starting_in(2027) == SchoolYear(2027).period());
    CHECK_THROWS_AS(Cycle(5, 1, 1), InvalidArgument);
    CHECK_THROWS_AS(Cycle(12, 2, 30), InvalidArgument);
}
