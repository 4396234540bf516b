// Evi: instrument definitions, the response format and its validation (the malformed files of
// tests/data/evi/index.json), the analysis on a small hand-checkable set, and the dossier.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmkit/error.hpp>
#include <cmkit/evi/analysis.hpp>
#include <cmkit/io/json.hpp>

#include "test_support.hpp"

using namespace cmkit;

namespace {

std::vector<EviInstrument> builtins() { return builtin_evi_instruments(); }

bool has_code(const std::vector<Finding>& fs, const std::string& code) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

}  // namespace

TEST_CASE("built-in Evi instruments are complete and invent no text", "[evi]") {
    auto ids = evi_instruments();
    REQUIRE(ids == std::vector<std::string>{"evi-2.0-po", "evi-2.1-po", "evi-vo"});
    for (const auto& ins : builtins()) {
        INFO(ins.id);
        CHECK(check_evi_instrument(ins).empty());
        for (const auto& p : ins.pillars)
            for (const auto& it : p.items) {
                CHECK(it.label_public == it.label.has_value());
                CHECK_FALSE(it.label_public);  // no item wording of Evi is public
            }
        if (ins.scoring) CHECK_FALSE(ins.scoring->official);
    }
    auto e20 = evi_instrument("evi-2.0-po");
    REQUIRE(e20.pillars.size() == 4);
    for (const auto& p : e20.pillars) {
        int statements = 0;
        for (const auto& it : p.items) statements += it.kind == EviItemKind::Statement;
        CHECK(statements == 5);
        CHECK(p.item("sat_general"));
        CHECK(p.item("sat_pupils"));
        CHECK(p.item("ambition"));
        CHECK(p.item("scenario")->required);
    }
    auto e21 = evi_instrument("evi-2.1-po");
    REQUIRE(e21.first_year == 2024);
    for (const auto& p : e21.pillars) {
        CHECK_FALSE(p.item("sat_general"));
        bool with_statements = p.item("s1") != nullptr;
        CHECK(with_statements == (p.id == "visie" || p.id == "programma"));
    }
    auto vo = evi_instrument("evi-vo");
    std::vector<std::string> pillars;
    for (const auto& p : vo.pillars)
        if (p.maturity) pillars.push_back(p.id);
    CHECK(pillars == std::vector<std::string>{"visie", "programma", "deskundigheid", "samenwerking", "leerling"});
    REQUIRE(vo.pillar("doelstellingen"));
    CHECK(vo.pillar("doelstellingen")->items.size() == 10);
    CHECK_THROWS_AS(evi_instrument("evi-3"), NotFoundError);
    // the definition survives a JSON round trip
    CHECK(from_json<EviInstrument>(to_json(e20)) == e20);
}

TEST_CASE("the built-in scoring rule compares means with fractional thresholds exactly", "[evi]") {
    const EviInstrument ins = evi_instrument("evi-2.0-po");
    const EviScoring& sc = *ins.scoring;
    CHECK(sc.derive({1, 1, 1, 2, 1}) == 1);        // 1.2
    CHECK(sc.derive({2, 2, 2, 1}) == 2);           // 1.75 exactly: from 1.75 it is 2
    CHECK(sc.derive({2, 2, 1, 1, 2}) == 1);        // 1.6
    CHECK(sc.derive({3, 2, 3, 2}) == 3);           // 2.5 exactly
    CHECK(sc.derive({3, 3, 3, 4}) == 4);           // 3.25 exactly
    CHECK(sc.derive({3, 3, 3, 3, 4}) == 3);        // 3.2
    CHECK(sc.derive({4, 4, 4}) == std::nullopt);   // fewer than min_answers (4)
    CHECK(sc.derive({}) == std::nullopt);
}

TEST_CASE("every malformed Evi response file gives its specific error or finding", "[evi][malformed]") {
    auto index = nlohmann::json::parse(read_text(test_data("evi/index.json")));
    auto schools = load_schools(test_data("evi/schools.csv"));
    REQUIRE(index["cases"].size() >= 15);
    for (const auto& c : index["cases"]) {
        std::string file = c["file"];
        INFO(file);
        std::string path = test_data("evi/" + file);
        if (c["kind"] == "format") {
            try {
                load_evi_responses(path);
                FAIL("no FormatError");
            } catch (const FormatError& e) {
                CHECK(e.file() == path);
                if (c.contains("location")) CHECK(e.location() == c["location"].get<std::string>());
                CHECK(e.found().find(c["found"].get<std::string>()) != std::string::npos);
            }
        } else {
            auto set = load_evi_responses(path);
            EviValidationOptions o;
            if (c.contains("first_wave")) o.first_wave = c["first_wave"].get<int>();
            if (c.contains("last_wave")) o.last_wave = c["last_wave"].get<int>();
            auto fs = validate_evi_responses(set, builtins(), c.contains("schools") ? &schools : nullptr, o);
            auto it = std::find_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == c["code"]; });
            REQUIRE(it != fs.end());
            std::string sev = c.value("severity", "error");
            CHECK(std::string(enum_text(it->severity)) == sev);
            if (c.contains("path")) CHECK(it->path == c["path"].get<std::string>());
            // the analysis still runs and leaves the bad rows out
            CHECK_NOTHROW(evi_analyse(set, builtins(), &schools));
        }
    }
}

TEST_CASE("the valid test set reads, round-trips and validates clean", "[evi]") {
    auto set = load_evi_responses(test_data("evi/valid.csv"));
    auto schools = load_schools(test_data("evi/schools.csv"));
    CHECK(set.location(0) == "line 2");
    CHECK(set.sha256.size() == 64);
    CHECK(evi_responses_to_csv(set) == read_text(test_data("evi/valid.csv")));
    CHECK(evi_responses_from_json(to_json(set)) == set);
    auto fs = validate_evi_responses(set, builtins(), &schools);
    CHECK_FALSE(has_errors(fs));
    CHECK(fs.empty());
}

TEST_CASE("the analysis of the small set counts what is in it (k = 0: no disclosure control)", "[evi]") {
    auto set = load_evi_responses(test_data("evi/valid.csv"));
    auto schools = load_schools(test_data("evi/schools.csv"));
    EviAnalysisOptions o;
    o.k = 0;
    o.replicates = 200;
    auto a = evi_analyse(set, builtins(), &schools, o);
    // visie: 00T1 scenario 2, 00T2 scenario 1, 00T3 (VO) scenario 2
    std::map<std::int64_t, std::int64_t> visie;
    for (const auto& r : a.distribution)
        if (r.pillar == "visie" && r.group_by == "all") visie[r.scenario] = r.schools.value();
    CHECK(visie == std::map<std::int64_t, std::int64_t>{{1, 1}, {2, 2}, {3, 0}, {4, 0}});
    // leerling exists only in Evi VO
    std::int64_t leerling = 0;
    for (const auto& r : a.distribution)
        if (r.pillar == "leerling" && r.group_by == "all") leerling += r.schools.value();
    CHECK(leerling == 1);
    // statements equal to the scenario: the derived scenario agrees for visie and programma
    for (const auto& r : a.agreement) CHECK(r.same == r.schools);
    // response: three schools expected and received
    CHECK(a.response.front().group_by == "all");
    CHECK(a.response.front().received == 3);
    CHECK(a.response.front().expected == 3);
    // one wave: no transitions
    CHECK(a.transitions.empty());
    // the manifest names the inputs and parameters
    CHECK(a.manifest.inputs.front().sha256 == set.sha256);
    CHECK(a.manifest.options.k == 0);
    CHECK(has_code(a.findings, "EVI_NO_DISCLOSURE_CONTROL"));
    CHECK(a.manifest.waves == std::vector<int>{2025});
    // no school id in the regional output
    std::string json = to_json(a);
    for (const char* id : {"00T1", "00T2", "00T3", "Testschool"}) CHECK(json.find(id) == std::string::npos);
    // the same inputs give the same result
    CHECK(to_json(evi_analyse(set, builtins(), &schools, o)) == json);
}

TEST_CASE("with k = 5 the small set is suppressed and still adds up where published", "[evi][disclosure]") {
    auto set = load_evi_responses(test_data("evi/valid.csv"));
    auto schools = load_schools(test_data("evi/schools.csv"));
    auto a = evi_analyse(set, builtins(), &schools);
    for (const auto& r : a.distribution) {
        CHECK(r.suppressed == !r.schools.has_value());
        if (r.schools) CHECK(*r.schools >= 5);
    }
    for (const auto& r : a.intervals) CHECK(r.schools >= 5);
}

TEST_CASE("options out of range are refused", "[evi]") {
    auto set = load_evi_responses(test_data("evi/valid.csv"));
    EviAnalysisOptions o;
    o.k = -1;
    CHECK_THROWS_AS(evi_analyse(set, builtins(), nullptr, o), InvalidArgument);
    o.k = 5;
    o.replicates = 0;
    CHECK_THROWS_AS(evi_analyse(set, builtins(), nullptr, o), InvalidArgument);
    o.replicates = 10;
    o.confidence_percent = 100;
    CHECK_THROWS_AS(evi_analyse(set, builtins(), nullptr, o), InvalidArgument);
}

TEST_CASE("a school's dossier follows it over the waves", "[evi]") {
    std::string csv = read_text(test_data("evi/valid.csv"));
    // 00T1 again in 2027 with visie one higher
    std::string extra;
    for (const char* row : {"00T1,2027,evi-2.1-po,visie,s1,3", "00T1,2027,evi-2.1-po,visie,s2,3", "00T1,2027,evi-2.1-po,visie,s3,3",
                            "00T1,2027,evi-2.1-po,visie,s4,3", "00T1,2027,evi-2.1-po,visie,s5,2",
                            "00T1,2027,evi-2.1-po,visie,scenario,3", "00T1,2027,evi-2.1-po,visie,ambition,3",
                            "00T1,2027,evi-2.1-po,programma,scenario,1"})
        extra += std::string(row) + "\n";
    auto set = evi_responses_from_csv(csv + extra, "dossier");
    auto schools = load_schools(test_data("evi/schools.csv"));
    auto d = evi_dossier(set, builtins(), "00T1", &schools);
    CHECK(d.name == "Testschool Een");
    REQUIRE(d.waves.size() == 2);
    const EviDossierRow* v27 = nullptr;
    for (const auto& r : d.rows)
        if (r.wave == 2027 && r.pillar == "visie") v27 = &r;
    REQUIRE(v27);
    CHECK(v27->own_scenario == 3);
    CHECK(v27->derived_scenario == 3);  // mean 2.8
    CHECK(v27->previous_wave == 2025);
    CHECK(v27->change == 1);
    CHECK(v27->ambition_gap == 0);
    CHECK(d.waves[1].visie_minus_programma == 2);
    CHECK(d.waves[1].spread == 2);
    CHECK_FALSE(d.waves[1].consistent);
    CHECK(d.waves[0].consistent);
    // 2027 lacks required items: the dossier carries the school's finding
    CHECK(has_code(d.findings, "EVI_MISSING_REQUIRED"));
    CHECK_THROWS_AS(evi_dossier(set, builtins(), "99ZZ", &schools), NotFoundError);
}
