// The impact survey, tag [survey]: the built-in example definition, every bad file of
// tests/data/survey/expected.json, reading CSV and JSON, the Wilson and Newcombe intervals against
// published values, the analysis tables on tests/data/survey (counts recomputed here from the CSV
// lines), the suppression rule, byte-identical output and the synthetic generator.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

using namespace cmkit;

namespace {

const Survey& definition() {
    static const Survey s = load_survey(test_data("survey/definition.json"));
    return s;
}

const SurveyResponses& responses() {
    static const SurveyResponses r = load_survey_responses(test_data("survey/responses.csv"), &definition());
    return r;
}

std::vector<std::string> error_codes(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs)
        if (f.severity == Severity::Error) out.push_back(f.code);
    return out;
}

double value(const Ratio& r) { return static_cast<double>(r.numerator) / static_cast<double>(r.denominator); }

/// The CSV lines of responses.csv split into cells (the file has no quotes).
std::vector<std::vector<std::string>> raw_rows() {
    std::istringstream in(read_text(test_data("survey/responses.csv")));
    std::string line;
    std::getline(in, line);  // header
    std::vector<std::vector<std::string>> out;
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream ls(line);
        while (std::getline(ls, cell, ',')) cells.push_back(cell);
        if (!line.empty() && line.back() == ',') cells.push_back("");
        out.push_back(cells);
    }
    return out;
}

}  // namespace

TEST_CASE("the built-in example definition follows the plan and invents nothing", "[survey]") {
    REQUIRE(survey_definitions() == std::vector<std::string>{"amstelland-impact-example"});
    Survey s = survey_definition();
    CHECK(s.id == "amstelland-impact-example");
    CHECK(s.example);
    CHECK(s.plan == std::optional<std::string>("amstelland-2025-2028"));
    CHECK(s.monitoring_activity == std::optional<std::string>("impact-research"));
    CHECK(s.waves == std::vector<int>{2026, 2028});
    std::vector<std::string> groups;
    for (const auto& g : s.groups) {
        groups.push_back(g.id);
        CHECK(g.invited.empty());  // the numbers invited are not public: absent, never made up
    }
    CHECK(groups == std::vector<std::string>{"scholen", "leerkrachten", "vakdocenten", "culturele_partners"});
    REQUIRE(s.note);
    CHECK(s.note->find("niet openbaar") != std::string::npos);
    CHECK(s.note->find("not public") != std::string::npos);
    std::set<std::string> themes;
    for (const auto& t : s.themes) themes.insert(t.id);
    CHECK(themes == std::set<std::string>{"effecten", "successen", "verbeterpunten", "aansluiting", "visievorming",
                                          "trainingen", "samenwerking"});
    for (const auto& it : s.items) {
        CHECK(it.label.nl.rfind("Voorbeeld: ", 0) == 0);
        CHECK(it.label.en.rfind("Example: ", 0) == 0);
        REQUIRE(it.theme);
    }
    auto fs = validate_survey(s);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].code == "SURVEY_EXAMPLE");
    CHECK(fs[0].severity == Severity::Info);
    // the plan's monitoring activity exists and names the same waves
    Plan plan = reference_plan("amstelland-2025-2028");
    bool found = false;
    for (const auto& m : plan.monitoring)
        if (m.id == *s.monitoring_activity) {
            found = true;
            CHECK(std::vector<int>(m.years.begin(), m.years.end()) == s.waves);
        }
    CHECK(found);
    CHECK_THROWS_AS(survey_definition("nope"), NotFoundError);
}

TEST_CASE("every bad file gives its error or finding", "[survey]") {
    auto expected = nlohmann::json::parse(read_text(test_data("survey/expected.json")));
    REQUIRE(expected.size() >= 8);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const std::string name = it.key(), path = test_data("survey/" + name);
        const auto& e = it.value();
        INFO(name);
        const bool is_definition = e["input"] == "definition";
        if (e.contains("error")) {
            try {
                if (is_definition) (void)load_survey(path);
                else (void)load_survey_responses(path, &definition());
                FAIL("no FormatError");
            } catch (const FormatError& err) {
                CHECK(err.file() == path);
                CHECK(err.location() == e["location"].get<std::string>());
                if (e.contains("found")) CHECK(err.found() == e["found"].get<std::string>());
                if (e.contains("found_prefix")) CHECK(err.found().rfind(e["found_prefix"].get<std::string>(), 0) == 0);
                CHECK(std::string(err.what()).find(path) != std::string::npos);
            }
        } else {
            std::vector<Finding> fs = is_definition
                                          ? validate_survey(load_survey(path))
                                          : validate_survey_responses(definition(), load_survey_responses(path, &definition()));
            CHECK(error_codes(fs) == std::vector<std::string>{e["finding"].get<std::string>()});
            bool at_path = false;
            for (const auto& f : fs) at_path = at_path || (f.code == e["finding"] && f.path == e["path"]);
            CHECK(at_path);
        }
    }
}

TEST_CASE("the test data is valid, and CSV and JSON give the same responses", "[survey]") {
    CHECK(error_codes(validate_survey(definition())).empty());
    CHECK(error_codes(validate_survey_responses(definition(), responses())).empty());
    SurveyResponses from_json_file = load_survey_responses(test_data("survey/responses.json"));
    CHECK(from_json_file.answers == responses().answers);
    // "NA" is the missing marker of scale drie: missing with the definition, a FormatError without it
    CHECK_THROWS_AS(load_survey_responses(test_data("survey/responses.csv")), FormatError);
    // round trips
    std::string csv = survey_responses_to_csv(responses());
    CHECK(survey_responses_from_csv(csv, "again.csv", &definition()).answers == responses().answers);
    CHECK(from_json<SurveyResponses>(to_json(from_json_file)) == from_json_file);
    CHECK(from_json<Survey>(to_json(definition())) == definition());
}

TEST_CASE("Wilson and Newcombe intervals match the published examples", "[survey]") {
    // Newcombe (1998), Statistics in Medicine 17:857-872, table I (method 3, Wilson score without correction)
    auto w = wilson_interval(81, 263);
    REQUIRE(w);
    CHECK(value(w->first) == Approx(0.2553).margin(0.00005));
    CHECK(value(w->second) == Approx(0.3662).margin(0.00005));
    auto w8 = wilson_interval(8, 10);  // the worked example of docs/impact-survey.md
    REQUIRE(w8);
    CHECK(w8->first == Ratio{490'162, 1'000'000});
    CHECK(w8->second == Ratio{943'318, 1'000'000});
    auto w0 = wilson_interval(0, 20);
    REQUIRE(w0);
    CHECK(w0->first == Ratio{0, 1'000'000});
    CHECK(value(w0->second) == Approx(0.1611).margin(0.00005));
    CHECK_FALSE(wilson_interval(0, 0));
    // Newcombe (1998b), Statistics in Medicine 17:873-890, table II (method 10, hybrid score), as b − a in pp
    struct Case {
        std::int64_t xb, nb, xa, na;
        double lo, hi;
    };
    for (const Case& c : {Case{56, 70, 48, 80, 5.24, 33.39}, Case{9, 10, 3, 10, 17.05, 80.90},
                          Case{0, 10, 0, 20, -16.11, 27.75}, Case{5, 56, 0, 29, -3.81, 19.26}}) {
        auto ci = newcombe_interval(c.xa, c.na, c.xb, c.nb);
        REQUIRE(ci);
        CHECK(ci->first.denominator == 10'000);
        CHECK(value(ci->first) == Approx(c.lo).margin(0.005));
        CHECK(value(ci->second) == Approx(c.hi).margin(0.005));
    }
    CHECK_FALSE(newcombe_interval(1, 0, 1, 2));
}

TEST_CASE("response per group and wave: rates as numerator and denominator", "[survey]") {
    auto rows = survey_response(definition(), responses());
    REQUIRE(rows.size() == 6);  // 3 groups × 2 waves
    auto find = [&](const std::string& g, int w) {
        for (const auto& r : rows)
            if (r.group == g && r.wave == w) return r;
        FAIL("no row");
        return SurveyResponseRow{};
    };
    CHECK(find("leerkrachten", 2026).respondents == 13);  // 12 + one who answered nothing
    CHECK(find("leerkrachten", 2026).rate == std::optional<Ratio>(Ratio{13, 20}));
    CHECK(find("leerkrachten", 2028).rate == std::optional<Ratio>(Ratio{15, 25}));
    CHECK(find("vakdocenten", 2026).rate == std::optional<Ratio>(Ratio{4, 6}));
    CHECK_FALSE(find("vakdocenten", 2028).invited);
    CHECK_FALSE(find("vakdocenten", 2028).rate);
    CHECK(find("scholen", 2028).respondents == 0);
    CHECK_FALSE(find("scholen", 2026).rate);
}

TEST_CASE("distribution and summary recomputed from the CSV lines", "[survey]") {
    const auto rows = raw_rows();
    const auto dist = survey_distribution(definition(), responses());
    const auto summary = survey_summary(definition(), responses());
    for (const auto& s : summary) {
        INFO(s.item << " " << s.group << " " << s.wave);
        const SurveyScale* sc = definition().scale(s.scale);
        REQUIRE(sc);
        std::map<std::string, std::int64_t> counts;
        std::int64_t answered = 0;
        for (const auto& r : rows)
            if (r[1] == std::to_string(s.wave) && r[2] == s.group && r[3] == s.item) {
                ++answered;
                counts[r[4] == sc->missing ? std::string() : r[4]]++;
            }
        auto c = [&](const char* v) { return counts.count(v) ? counts[v] : 0; };
        std::int64_t valid = 0, top = 0;
        for (const auto& p : sc->points) valid += c(std::to_string(p.code).c_str());
        for (const auto& ns : sc->non_substantive)
            if (!ns.excluded_from_percentages) valid += c(std::to_string(ns.code).c_str());
        for (auto code : sc->top_box_codes()) top += c(std::to_string(code).c_str());
        CHECK(s.valid == valid);
        CHECK(s.suppressed == (valid < 5));
        if (s.suppressed) {
            CHECK_FALSE(s.answered);
            CHECK_FALSE(s.top_box);
            CHECK_FALSE(s.median);
            continue;
        }
        CHECK(s.answered == answered);
        CHECK(s.missing == c("") + 0);
        REQUIRE(s.top_box);
        CHECK(*s.top_box == Ratio{top, valid});
        CHECK(s.top_box_lower == wilson_interval(top, valid)->first);
        std::int64_t excluded = 0;
        for (const auto& ns : sc->non_substantive)
            if (ns.excluded_from_percentages) excluded += c(std::to_string(ns.code).c_str());
        CHECK(s.non_substantive == excluded);
        // the distribution rows of the same cell: point shares sum to the valid answers
        std::int64_t sum_points = 0, n_rows = 0;
        for (const auto& d : dist)
            if (d.item == s.item && d.group == s.group && d.wave == s.wave) {
                ++n_rows;
                REQUIRE(d.count);
                if (d.kind == "missing") {
                    CHECK(*d.count == c(""));
                    CHECK_FALSE(d.share);  // missing is never in the base
                } else if (d.kind == "non-substantive" && sc->non_substantive_code(*d.code)->excluded_from_percentages) {
                    CHECK_FALSE(d.share);  // "weet niet" is never in the base
                } else {
                    REQUIRE(d.share);
                    CHECK(d.share->denominator == valid);
                    sum_points += d.share->numerator;
                }
            }
        CHECK(sum_points == valid);
        CHECK(n_rows == static_cast<std::int64_t>(sc->points.size() + sc->non_substantive.size() + 1));
    }
    // vakdocenten 2026 has 4 respondents: suppressed with every count empty
    for (const auto& d : dist)
        if (d.group == "vakdocenten" && d.wave == 2026) {
            CHECK(d.suppressed);
            CHECK_FALSE(d.count);
            CHECK_FALSE(d.share);
        }
}

TEST_CASE("the median point is the lower median of the valid point answers", "[survey]") {
    SurveyResponses r;
    auto add = [&](const std::string& id, std::optional<std::int64_t> v) {
        r.answers.push_back(SurveyAnswer{id, 2026, "leerkrachten", "training", v, {}});
    };
    for (std::int64_t v : {2, 2, 3, 4, 5, 5}) add("r" + std::to_string(r.answers.size()), v);
    add("w1", 8);              // weet niet: not in the median, not in the base
    add("m1", std::nullopt);   // missing
    add("r0", 1);              // duplicate of r0's answer: only the first counts
    auto s = survey_summary(definition(), r, 5, {2026});
    const SurveySummaryRow* row = nullptr;
    for (const auto& x : s)
        if (x.item == "training" && x.group == "leerkrachten") row = &x;
    REQUIRE(row);
    CHECK(row->valid == 6);
    CHECK(row->median == std::optional<std::int64_t>(3));  // sorted 2 2 3 4 5 5: lower median 3
    CHECK(row->top_box == std::optional<Ratio>(Ratio{3, 6}));
    CHECK(row->non_substantive == std::optional<std::int64_t>(1));
    CHECK(row->missing == std::optional<std::int64_t>(1));
    CHECK(row->answered == std::optional<std::int64_t>(8));
    // k = 0 suppresses nothing, k = 7 suppresses this cell, a negative k is refused
    CHECK_FALSE(survey_summary(definition(), r, 0, {2026}).front().suppressed);
    CHECK(survey_summary(definition(), r, 7, {2026}).front().suppressed);
    CHECK_THROWS_AS(survey_summary(definition(), r, -1), InvalidArgument);
}

TEST_CASE("comparison of two waves with the Newcombe interval and the below-k flag", "[survey]") {
    auto rows = survey_comparison(definition(), responses(), 2026, 2028);
    const auto summary = survey_summary(definition(), responses());
    auto sum = [&](const std::string& item, const std::string& group, int wave) {
        for (const auto& s : summary)
            if (s.item == item && s.group == group && s.wave == wave) return s;
        FAIL("no summary row");
        return SurveySummaryRow{};
    };
    REQUIRE(rows.size() == 7);  // training ×2, samenwerking ×2, tevreden ×3
    for (const auto& c : rows) {
        INFO(c.item << " " << c.group);
        auto a = sum(c.item, c.group, 2026), b = sum(c.item, c.group, 2028);
        CHECK(c.valid_a == a.valid);
        CHECK(c.valid_b == b.valid);
        CHECK(c.below_k == (a.valid < 5 || b.valid < 5));
        if (c.below_k) {
            CHECK_FALSE(c.difference);
            CHECK_FALSE(c.top_box_a);
            continue;
        }
        CHECK(c.top_box_a == a.top_box);
        CHECK(c.top_box_b == b.top_box);
        REQUIRE(c.difference);
        CHECK(value(*c.difference) == Approx(100 * (value(*b.top_box) - value(*a.top_box))));
        CHECK(value(*c.lower) <= value(*c.difference));
        CHECK(value(*c.upper) >= value(*c.difference));
    }
}

TEST_CASE("two runs give byte-identical output", "[survey]") {
    auto a = analyse_survey(definition(), responses());
    auto b = analyse_survey(load_survey(test_data("survey/definition.json")),
                            load_survey_responses(test_data("survey/responses.json")));
    CHECK(to_json(a) == to_json(b));
    CHECK(survey_summary_csv(a.summary) == survey_summary_csv(b.summary));
    CHECK(survey_comparison_csv(a.comparison) == survey_comparison_csv(b.comparison));
    CHECK(a.waves == std::vector<int>{2026, 2028});
    CHECK(a.comparison.size() == 7);
    const std::string head = survey_summary_csv(a.summary).substr(0, survey_summary_csv(a.summary).find('\n'));
    CHECK(head ==
          "wave,group,item,theme,scale,valid,answered,non_substantive,missing,invalid,suppressed,top_box_numerator,"
          "top_box_denominator,top_box,top_box_lower,top_box_upper,median");
}

TEST_CASE("the synthetic generator is deterministic and marked synthetic", "[survey]") {
    Survey s = survey_definition();
    auto a = survey_synthetic(s, {2026, 2028}, 42, {{"scholen", 12}, {"culturele_partners", 8}});
    auto b = survey_synthetic(s, {2028, 2026}, 42, {{"scholen", 12}, {"culturele_partners", 8}});
    CHECK(a == b);
    CHECK(a.synthetic);
    CHECK(a.survey == std::optional<std::string>(s.id));
    REQUIRE(a.note);
    CHECK(a.note->find("SYNTHETIC") != std::string::npos);
    CHECK(a.answers.front().respondent_id.rfind("synthetic-", 0) == 0);
    CHECK(error_codes(validate_survey_responses(s, a)).empty());
    CHECK_FALSE(survey_synthetic(s, {2026, 2028}, 43) == a);
    // pinned: the same numbers on every platform (integer-only PRNG, no std:: distributions)
    auto c = survey_synthetic(s, {2026}, 7, {{"scholen", 1}, {"leerkrachten", 0}, {"vakdocenten", 0}, {"culturele_partners", 0}});
    std::string values;
    for (const auto& x : c.answers) values += x.value ? std::to_string(*x.value) + " " : std::string("- ");
    CHECK(values == "3 5 4 2 5 9 5 3 4 ");
    CHECK_THROWS_AS(survey_synthetic(s, {2026}, 1, {{"ouders", 3}}), InvalidArgument);
    CHECK_THROWS_AS(survey_synthetic(s, {2026}, 1, {{"scholen", -1}}), InvalidArgument);
}
