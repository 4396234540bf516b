#include <catch2/catch.hpp>
#include <cmkit/error.hpp>
#include <cmkit/money.hpp>
#include <limits>
#include <numeric>
#include <random>

using cmkit::Cents;
using cmkit::Money;
using cmkit::MoneyFormat;
using cmkit::NumberStyle;
using cmkit::Rounding;

TEST_CASE("Money parses Dutch notation", "[money]") {
    CHECK(Money::parse("€ 134.812").cents() == 13481200);
    CHECK(Money::parse("134.812,50").cents() == 13481250);
    CHECK(Money::parse("-5.000").cents() == -500000);
    CHECK(Money::parse("€ -5.000,00").cents() == -500000);
    CHECK(Money::parse("-€ 5.000").cents() == -500000);
    CHECK(Money::parse("€134812").cents() == 13481200);
    CHECK(Money::parse("1.118.496").cents() == 111849600);
    CHECK(Money::parse("0,5").cents() == 50);
    CHECK(Money::parse("0,05").cents() == 5);
    CHECK(Money::parse("  12  ").cents() == 1200);
    CHECK(Money::parse("\xE2\x82\xAC\xC2\xA0" "20.705").cents() == 2070500);  // euro sign + no-break space
}

TEST_CASE("Money rejects what is not exact Dutch notation", "[money]") {
    for (const char* bad : {"", "€", "abc", "134.81", "1.2345", "12.34.567", "1,234", ",50", "1,", "--5",
                            "- -5", "5-", "1.000.00", ".100", "1..000", "12,3,4", "1e3", "12.5"}) {
        INFO(bad);
        CHECK_THROWS_AS(Money::parse(bad), cmkit::FormatError);
    }
    try {
        Money::parse("134.81");
        FAIL("no error");
    } catch (const cmkit::FormatError& e) {
        CHECK(std::string(e.what()).find("\"134.81\"") != std::string::npos);
        CHECK(e.expected().find("grouped by three") != std::string::npos);
    }
}

TEST_CASE("Money prints Dutch and English notation", "[money]") {
    CHECK(Money::parse("134.812").to_string() == "€ 134.812");
    CHECK(Money::from_cents(13481250).to_string() == "€ 134.812,50");
    CHECK(Money::from_cents(-500000).to_string() == "€ -5.000");
    CHECK(Money::from_cents(-500000).format({NumberStyle::Dutch, false, Cents::Auto}) == "-5.000");
    CHECK(Money::from_cents(111849600).format({NumberStyle::Dutch, false, Cents::Always}) == "1.118.496,00");
    CHECK(Money::from_cents(111849650).format({NumberStyle::English, true, Cents::Auto}) == "€1,118,496.50");
    CHECK(Money::from_cents(-5).format({NumberStyle::English, true, Cents::Auto}) == "-€0.05");
    CHECK(Money::from_cents(0).to_string() == "€ 0");
    CHECK(Money::from_cents(99).format({NumberStyle::Dutch, false, Cents::Never}) == "1");
    CHECK(Money::from_cents(-49).format({NumberStyle::Dutch, false, Cents::Never}) == "0");
    CHECK(Money::from_cents(std::numeric_limits<std::int64_t>::min()).to_string() ==
          "€ -92.233.720.368.547.758,08");
    CHECK(cmkit::format_integer(26600) == "26.600");
    CHECK(cmkit::format_integer(-1600, NumberStyle::English) == "-1,600");
}

TEST_CASE("Money printing and parsing round-trip", "[money]") {
    std::mt19937_64 rng(20250101);
    std::uniform_int_distribution<std::int64_t> dist(-1'000'000'000'000LL, 1'000'000'000'000LL);
    for (int i = 0; i < 2000; ++i) {
        Money m = Money::from_cents(dist(rng));
        REQUIRE(Money::parse(m.to_string()) == m);
        REQUIRE(Money::parse(m.format({NumberStyle::Dutch, false, Cents::Always})) == m);
    }
}

TEST_CASE("Money arithmetic is checked", "[money]") {
    const auto max = Money::from_cents(std::numeric_limits<std::int64_t>::max());
    const auto min = Money::from_cents(std::numeric_limits<std::int64_t>::min());
    CHECK_THROWS_AS(max + Money::from_cents(1), cmkit::OverflowError);
    CHECK_THROWS_AS(min - Money::from_cents(1), cmkit::OverflowError);
    CHECK_THROWS_AS(-min, cmkit::OverflowError);
    CHECK_THROWS_AS(max * 2, cmkit::OverflowError);
    CHECK_THROWS_AS(Money::from_euros(std::numeric_limits<std::int64_t>::max() / 10), cmkit::OverflowError);
    CHECK_THROWS_AS(Money::parse("92.233.720.368.547.758,08"), cmkit::OverflowError);
    CHECK(Money::parse("-92.233.720.368.547.758,08") == min);
    CHECK((Money::from_euros(5) + Money::from_cents(50)).cents() == 550);
    CHECK((3 * Money::from_cents(7)).cents() == 21);
}

TEST_CASE("Money::mul_ratio rounds as asked", "[money]") {
    const auto m = Money::from_cents(25);  // 25 × 1/2 = 12.5 cents
    CHECK(m.mul_ratio(1, 2, Rounding::HalfEven).cents() == 12);
    CHECK(m.mul_ratio(1, 2, Rounding::HalfUp).cents() == 13);
    CHECK(m.mul_ratio(1, 2, Rounding::TowardZero).cents() == 12);
    CHECK(m.mul_ratio(1, 2, Rounding::Floor).cents() == 12);
    CHECK(m.mul_ratio(1, 2, Rounding::Ceiling).cents() == 13);
    const auto n = Money::from_cents(-25);
    CHECK(n.mul_ratio(1, 2, Rounding::HalfEven).cents() == -12);
    CHECK(n.mul_ratio(1, 2, Rounding::HalfUp).cents() == -13);
    CHECK(n.mul_ratio(1, 2, Rounding::Floor).cents() == -13);
    CHECK(n.mul_ratio(1, 2, Rounding::Ceiling).cents() == -12);
    CHECK(Money::from_cents(35).mul_ratio(1, 2, Rounding::HalfEven).cents() == 18);
    CHECK(Money::from_cents(27962400).mul_ratio(7, 100, Rounding::HalfUp).cents() == 1957368);
    CHECK(Money::from_cents(10).mul_ratio(1, -3, Rounding::HalfUp).cents() == -3);
    CHECK_THROWS_AS(m.mul_ratio(1, 0, Rounding::HalfUp), cmkit::InvalidArgument);
    CHECK_THROWS_AS(Money::from_cents(std::numeric_limits<std::int64_t>::max()).mul_ratio(3, 2, Rounding::HalfUp),
                    cmkit::OverflowError);
}

TEST_CASE("Money::allocate splits exactly by largest remainder", "[money][allocate]") {
    auto cents = [](const std::vector<Money>& parts) {
        std::vector<std::int64_t> v;
        for (auto p : parts) v.push_back(p.cents());
        return v;
    };
    std::vector<std::int64_t> thirds{1, 1, 1};
    CHECK(cents(Money::from_cents(100).allocate(thirds)) == std::vector<std::int64_t>{34, 33, 33});
    CHECK(cents(Money::from_cents(-100).allocate(thirds)) == std::vector<std::int64_t>{-34, -33, -33});
    CHECK(cents(Money::from_cents(0).allocate(thirds)) == std::vector<std::int64_t>{0, 0, 0});
    std::vector<std::int64_t> w{0, 5, 0};
    CHECK(cents(Money::from_cents(7).allocate(w)) == std::vector<std::int64_t>{0, 7, 0});
    std::vector<std::int64_t> uneven{1, 2};  // 10 × 1/3 = 3.33, 10 × 2/3 = 6.67 -> 3, 7
    CHECK(cents(Money::from_cents(10).allocate(uneven)) == std::vector<std::int64_t>{3, 7});
    std::vector<std::int64_t> one{42};
    CHECK(cents(Money::from_cents(13481200).allocate(one)) == std::vector<std::int64_t>{13481200});
    // Huge amounts and weights: no overflow in the intermediate product.
    std::vector<std::int64_t> big{std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::max()};
    auto parts = Money::from_cents(std::numeric_limits<std::int64_t>::max()).allocate(big);
    CHECK(parts[0].cents() + (parts[1].cents() - 0) == std::numeric_limits<std::int64_t>::max());

    std::vector<std::int64_t> none;
    CHECK_THROWS_AS(Money::from_cents(1).allocate(none), cmkit::InvalidArgument);
    std::vector<std::int64_t> zeros{0, 0};
    CHECK_THROWS_AS(Money::from_cents(1).allocate(zeros), cmkit::InvalidArgument);
    std::vector<std::int64_t> negative{1, -1};
    CHECK_THROWS_AS(Money::from_cents(1).allocate(negative), cmkit::InvalidArgument);
}

TEST_CASE("Money::allocate parts always sum to the whole (random)", "[money][allocate]") {
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<std::int64_t> amount(-10'000'000'000LL, 10'000'000'000LL);
    std::uniform_int_distribution<std::int64_t> weight(0, 1'000'000);
    std::uniform_int_distribution<int> count(1, 12);
    for (int i = 0; i < 3000; ++i) {
        std::vector<std::int64_t> w(count(rng));
        for (auto& x : w) x = weight(rng);
        w[0] += 1;  // never all zero
        Money total = Money::from_cents(amount(rng));
        auto parts = total.allocate(w);
        REQUIRE(Money::sum(parts) == total);
        // each part differs from its exact share by less than one cent
        std::int64_t wsum = std::accumulate(w.begin(), w.end(), std::int64_t{0});
        for (std::size_t k = 0; k < w.size(); ++k) {
            Money floor_share = total.mul_ratio(w[k], wsum, Rounding::Floor);
            Money ceil_share = total.mul_ratio(w[k], wsum, Rounding::Ceiling);
            REQUIRE(floor_share <= parts[k]);
            REQUIRE(parts[k] <= ceil_share);
        }
    }
}
