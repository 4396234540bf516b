// The built-in Amstelland plan reproduces the figures of the seed (CmK 2025-2028 projectplan).
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>

using namespace cmkit;

namespace {
const Plan& amstelland() {
    static const Plan p = reference_plan("amstelland-2025-2028");
    return p;
}
const BudgetLine& line(const std::vector<BudgetLine>& lines, const std::string& category) {
    for (const auto& l : lines)
        if (l.category == category) return l;
    throw NotFoundError("budget category", category, "");
}
}  // namespace

TEST_CASE("Reference plans are listed and found", "[reference]") {
    auto names = reference_plans();
    REQUIRE(std::find(names.begin(), names.end(), "amstelland-2025-2028") != names.end());
    CHECK_THROWS_AS(reference_plan("utrecht-2025-2028"), NotFoundError);
    try {
        reference_plan("nope");
    } catch (const NotFoundError& e) {
        CHECK_THAT(e.what(), Catch::Contains("amstelland-2025-2028"));
    }
}

TEST_CASE("The compiled-in plan text is canonical", "[reference]") {
    CHECK(reference_plan_json("amstelland-2025-2028") == plan_to_json(amstelland()));
}

TEST_CASE("Amstelland budget: every figure of the seed's table", "[reference][budget]") {
    const Budget& b = amstelland().budget;
    const std::vector<int> years{2025, 2026, 2027, 2028};
    CHECK(b.years() == years);
    struct Row { const char* category; const char* per_year; const char* total; };
    const Row income[] = {{"fcp_grant", "134.812", "539.248"},
                          {"municipal_matching", "134.812", "539.248"},
                          {"school_contribution_po", "5.000", "20.000"},
                          {"school_contribution_vo", "5.000", "20.000"}};
    const Row costs[] = {{"activities", "223.959", "895.836"},
                         {"knowledge_sharing", "20.370", "81.480"},
                         {"monitoring_evaluation", "9.590", "38.360"},
                         {"accountant", "5.000", "20.000"},
                         {"coordination", "20.705", "82.820"}};
    for (auto [side, rows] : {std::pair{Side::Income, std::vector<Row>(std::begin(income), std::end(income))},
                              std::pair{Side::Cost, std::vector<Row>(std::begin(costs), std::end(costs))}}) {
        for (const auto& r : rows) {
            INFO(r.category);
            const auto& l = line(b.lines(side), r.category);
            for (int y : years) CHECK(l.amounts.at(y) == Money::parse(r.per_year));
            CHECK(l.total() == Money::parse(r.total));
            CHECK(l.stated_total == Money::parse(r.total));
        }
    }
    CHECK(b.income.size() == 4);
    CHECK(b.costs.size() == 5);
    for (int y : years) {
        CHECK(b.year_total(Side::Income, y) == Money::parse("279.624"));
        CHECK(b.year_total(Side::Cost, y) == Money::parse("279.624"));
        CHECK(b.result(y).is_zero());
        CHECK(b.stated_income.amounts.at(y) == Money::parse("279.624"));
        CHECK(b.stated_costs.amounts.at(y) == Money::parse("279.624"));
        CHECK(b.stated_result.amounts.at(y).is_zero());
        CHECK(b.hours(Sector::PO, y) == 6650);
        CHECK(b.hours(Sector::VO, y) == 400);
    }
    CHECK(b.total(Side::Income) == Money::parse("1.118.496"));
    CHECK(b.total(Side::Cost) == Money::parse("1.118.496"));
    CHECK(b.stated_income.total == Money::parse("1.118.496"));
    CHECK(b.stated_costs.total == Money::parse("1.118.496"));
    CHECK(b.result().is_zero());
    CHECK(b.hours(Sector::PO) == 26600);
    CHECK(b.hours(Sector::VO) == 1600);
}

TEST_CASE("Amstelland result targets and context figures", "[reference][targets]") {
    const auto& t = amstelland().targets;
    REQUIRE(t.size() == 5);
    const std::int64_t expected[5][3] = {{33, 0, 33}, {3, 2, 5}, {2, 2, 4}, {6, 3, 9}, {4, 4, 8}};
    for (int i = 0; i < 5; ++i) {
        INFO(t[i].id);
        // The seed's table: a column per phase (its period, marked with the phase) and the unique total.
        REQUIRE(t[i].periods.size() == 2);
        for (int ph = 0; ph < 2; ++ph) {
            CHECK(t[i].periods[ph].value == expected[i][ph]);
            CHECK(t[i].periods[ph].phase == ph + 1);
            CHECK(t[i].periods[ph].period == amstelland().phases[ph].period);
        }
        CHECK(t[i].total == expected[i][2]);
        CHECK(t[i].counting == TargetCounting::Unique);
    }
    auto figure = [&](const std::string& id) -> const ContextFigure& {
        for (const auto& f : amstelland().context_figures)
            if (f.id == id) return f;
        throw NotFoundError("context figure", id, "");
    };
    CHECK(figure("cmk3-schools").count == 33);
    CHECK(figure("vo-schools-region").count == 9);
    CHECK(figure("vo-schools-structural").count == 7);
    CHECK(figure("vo-reach").share == Ratio{45, 100});
    CHECK(figure("po-not-connected").share == Ratio{25, 100});
}

TEST_CASE("Amstelland structure: objectives, lines, tracks, phases", "[reference]") {
    const Plan& p = amstelland();
    CHECK(p.edition == "cmk-2025-2028");
    CHECK(p.period == Period(Date(2025, 1, 1), Date(2028, 12, 31)));
    REQUIRE(p.phases.size() == 2);
    CHECK(p.phases[0].period == Period(Date(2025, 1, 1), Date(2026, 12, 31)));
    CHECK(p.phases[1].period == Period(Date(2027, 1, 1), Date(2028, 12, 31)));
    CHECK(p.phase_of(Date(2026, 12, 31)) == 1);
    CHECK(p.phase_of(Date(2027, 1, 1)) == 2);
    CHECK_FALSE(p.phase_of(Date(2029, 1, 1)).has_value());
    REQUIRE(p.objectives.size() == 4);
    CHECK(p.objectives[0].id == "a");
    CHECK(p.objectives[3].id == "d");
    REQUIRE(p.programme_lines.size() == 3);
    CHECK(p.programme_lines[0].objectives == std::vector<std::string>{"a", "c"});
    CHECK(p.programme_lines[1].professionalisation_groups.size() == 3);
    REQUIRE(p.tracks.size() == 3);
    CHECK(p.tracks[0].steps.size() == 5);
    CHECK(p.tracks[0].repeatable_yearly);
    CHECK(p.tracks[1].steps.size() == 8);
    CHECK(p.tracks[1].trial_step == 2);
    CHECK(p.tracks[1].steps[0].baseline_instrument == "Evi");
    CHECK(p.tracks[2].steps[0].baseline_instrument == "Evi VO");
    CHECK(p.tracks[2].continues_in == "spoor-1");
    CHECK(p.tracks[1].curriculum_renewal_from_phase == 2);
    REQUIRE(p.municipalities.size() == 4);
    const auto& amstelveen = p.municipality("amstelveen");
    REQUIRE(amstelveen.inhabitants.has_value());
    CHECK(amstelveen.inhabitants->count == 95007);
    CHECK(amstelveen.inhabitants->reference_date == Date(2024, 1, 1));
    CHECK(p.municipality("aalsmeer").inhabitants->count == 33354);
    CHECK(p.municipality("uithoorn").inhabitants->count == 31701);
    CHECK(p.municipality("ouder-amstel").inhabitants->count == 14450);
    for (const auto& m : p.municipalities) {
        REQUIRE(m.inhabitants.has_value());
        CHECK(m.inhabitants->reference_date == Date(2024, 1, 1));  // one reference date for all
        CHECK_THAT(m.inhabitants->source, Catch::Contains("CBS"));
    }
    CHECK_THROWS_AS(p.municipality("amsterdam"), NotFoundError);
}
