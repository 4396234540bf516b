// The synthetic Evi generator, tag [evi][synthetic]: determinism, sizes (all ~7,500 Dutch schools),
// every answer valid for its instrument, the plausibility of the model stated at the top of
// src/evi/synthetic.cpp, the Amstelland rules, the synthetic marks, option errors, and that the shipped
// demo files (data/evi_demo/) are exactly what the generator makes.
#include <catch2/catch.hpp>

#include <cmkit/error.hpp>
#include <cmkit/evi/instrument.hpp>
#include <cmkit/evi/responses.hpp>
#include <cmkit/evi/synthetic.hpp>
#include <cmkit/progress.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace cmkit;

namespace {

EviSynthOptions small(std::int64_t seed = 7) {
    EviSynthOptions o;
    o.schools = 300;
    o.waves = {2022, 2024, 2026};
    o.seed = seed;
    return o;
}

EviSynthOptions amstelland_demo() {
    EviSynthOptions o;
    o.region = "amstelland";
    o.waves = {2023, 2025};
    o.seed = 2025;
    return o;
}

const EviSyntheticData& national() {
    static const EviSyntheticData d = [] {
        EviSynthOptions o;
        o.schools = 7500;
        o.waves = {2022, 2024, 2026};
        o.seed = 42;
        return evi_synthetic(o);
    }();
    return d;
}

std::map<std::string, EviInstrument> instruments() {
    std::map<std::string, EviInstrument> m;
    for (auto& i : builtin_evi_instruments()) m[i.id] = i;
    return m;
}

/// Answers grouped by school, wave, instrument and pillar: item -> value.
using Key = std::tuple<std::string, int, std::string, std::string>;
std::map<Key, std::map<std::string, std::optional<std::int64_t>>> grouped(const EviResponseSet& set) {
    std::map<Key, std::map<std::string, std::optional<std::int64_t>>> g;
    for (const auto& r : set.responses) g[{r.school_id, r.wave, r.instrument, r.pillar}][r.item] = r.value;
    return g;
}

/// Cronbach's alpha of complete rows of k items.
double cronbach_alpha(const std::vector<std::vector<double>>& rows) {
    const std::size_t n = rows.size(), k = rows.front().size();
    auto variance = [&](auto value) {
        double m = 0, v = 0;
        for (std::size_t i = 0; i < n; ++i) m += value(i);
        m /= static_cast<double>(n);
        for (std::size_t i = 0; i < n; ++i) v += (value(i) - m) * (value(i) - m);
        return v / static_cast<double>(n - 1);
    };
    double item_var = 0;
    for (std::size_t j = 0; j < k; ++j) item_var += variance([&](std::size_t i) { return rows[i][j]; });
    double total_var = variance([&](std::size_t i) {
        double t = 0;
        for (double x : rows[i]) t += x;
        return t;
    });
    return static_cast<double>(k) / static_cast<double>(k - 1) * (1 - item_var / total_var);
}

}  // namespace

TEST_CASE("the same options give the same data, another seed other data", "[evi][synthetic]") {
    auto a = evi_synthetic(small(7));
    auto b = evi_synthetic(small(7));
    CHECK(a == b);
    CHECK(evi_responses_to_csv(a.responses) == evi_responses_to_csv(b.responses));
    auto c = evi_synthetic(small(8));
    CHECK_FALSE(a.responses.responses == c.responses.responses);
    CHECK_FALSE(a.schools.schools == c.schools.schools);
    // the BRIN codes and names follow the index, whatever the seed
    REQUIRE(a.schools.schools.size() == c.schools.schools.size());
    CHECK(a.schools.schools[0].brin == c.schools.schools[0].brin);
    // changing the response percentage keeps the answers of a school that takes part in both
    auto o = small(7);
    o.response_percent = 100;
    auto full = evi_synthetic(o);
    std::set<std::tuple<std::string, int, std::string, std::string, std::optional<std::int64_t>>> all;
    for (const auto& r : full.responses.responses) all.insert({r.school_id, r.wave, r.pillar, r.item, r.value});
    for (const auto& r : a.responses.responses) CHECK(all.count({r.school_id, r.wave, r.pillar, r.item, r.value}) == 1);
}

TEST_CASE("7,500 schools in about 340 municipalities with valid unique BRIN codes", "[evi][synthetic]") {
    EviSynthOptions o;
    o.schools = 7500;
    o.waves = {2022, 2024, 2026};
    o.seed = 42;
    auto t0 = std::chrono::steady_clock::now();
    auto d = evi_synthetic(o);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO("7,500 schools x 3 waves took " << seconds << " s");
    CHECK(seconds < 10.0);  // about 0.2 s in a release build; generous for debug builds
    CHECK(d == national());

    const auto& schools = d.schools.schools;
    REQUIRE(schools.size() == 7500);
    std::set<std::string> brins, names;
    std::map<std::string, int> per_municipality;
    std::map<Sector, int> per_sector;
    int spoor2 = 0;
    for (const auto& s : schools) {
        CHECK(is_valid_brin(s.brin));
        brins.insert(s.brin);
        names.insert(s.name);
        CHECK(s.name.rfind("Synthetische school ", 0) == 0);
        CHECK(s.municipality.rfind("gemeente-", 0) == 0);
        ++per_municipality[s.municipality];
        ++per_sector[s.sector];
        REQUIRE(s.track);
        if (s.track->rfind("spoor-2", 0) == 0) ++spoor2;
        if (s.sector == Sector::VO) {
            CHECK(*s.track == "spoor-2-vo");
            CHECK(*s.pupils >= 400);
            CHECK(*s.pupils <= 2000);
        } else {
            CHECK(*s.track != "spoor-2-vo");
            CHECK(*s.pupils >= 60);
            CHECK(*s.pupils <= 600);
        }
    }
    CHECK(schools.front().name == "Synthetische school 0001");
    CHECK(brins.size() == 7500);
    CHECK(names.size() == 7500);
    CHECK(per_municipality.size() == 341);  // round(7500 / 22)
    CHECK(per_municipality.count("gemeente-001") == 1);
    CHECK(per_municipality.count("gemeente-341") == 1);
    // skewed: a few large municipalities, many small ones
    std::vector<int> sizes;
    for (const auto& [m, n] : per_municipality) sizes.push_back(n);
    std::sort(sizes.begin(), sizes.end());
    CHECK(sizes.back() >= 100);
    CHECK(sizes[sizes.size() / 2] <= 20);
    CHECK(sizes.front() >= 1);
    // about 8% VO, some SBO, about 15% in a spoor-2 track
    CHECK(per_sector[Sector::VO] > 450);
    CHECK(per_sector[Sector::VO] < 750);
    CHECK(per_sector[Sector::SBO] > 0);
    CHECK(spoor2 > 7500 * 10 / 100);
    CHECK(spoor2 < 7500 * 20 / 100);

    // about 85% of the school-waves take part
    std::set<std::pair<std::string, int>> school_waves;
    for (const auto& r : d.responses.responses) school_waves.insert({r.school_id, r.wave});
    CHECK(school_waves.size() > 7500 * 3 * 80 / 100);
    CHECK(school_waves.size() < 7500 * 3 * 90 / 100);

    // municipalities given explicitly
    o.municipalities = 12;
    o.schools = 100;
    std::set<std::string> m12;
    for (const auto& s : evi_synthetic(o).schools.schools) m12.insert(s.municipality);
    CHECK(m12.size() == 12);
}

TEST_CASE("every synthetic answer is valid for its instrument", "[evi][synthetic]") {
    const auto& d = national();
    const auto ins = instruments();
    const auto& set = d.responses;
    REQUIRE_FALSE(set.responses.empty());

    // instrument by sector and year; every item of the instrument, in its order; values inside the scale
    std::map<std::string, const School*> by_brin;
    for (const auto& s : d.schools.schools) by_brin[s.brin] = &s;
    std::size_t i = 0;
    std::size_t missing = 0, optional_items = 0;
    std::map<std::string, std::size_t> school_pos;
    for (std::size_t k = 0; k < d.schools.schools.size(); ++k) school_pos[d.schools.schools[k].brin] = k;
    std::pair<std::size_t, int> last{0, 0};
    std::vector<std::string> problems;  // collected rather than asserted per row (450,000 rows)
    auto problem = [&](const EviResponse& r, const std::string& what) {
        if (problems.size() < 20) problems.push_back(r.school_id + " " + std::to_string(r.wave) + " " + r.pillar + " " + r.item + ": " + what);
        else problems.push_back("...");
    };
    while (i < set.responses.size() && problems.size() < 100) {
        const auto& first = set.responses[i];
        REQUIRE(by_brin.count(first.school_id) == 1);
        const School& s = *by_brin[first.school_id];
        // rows ordered by school (registry order), then wave
        std::pair<std::size_t, int> pos{school_pos[first.school_id], first.wave};
        if (!(last < pos)) problem(first, "out of order");
        last = pos;
        const std::string want = s.sector == Sector::VO ? "evi-vo" : first.wave < 2024 ? "evi-2.0-po" : "evi-2.1-po";
        REQUIRE(first.instrument == want);
        const EviInstrument& def = ins.at(want);
        // every item of the instrument, in the instrument's pillar and item order
        for (const auto& p : def.pillars)
            for (const auto& item : p.items) {
                REQUIRE(i < set.responses.size());
                const auto& r = set.responses[i++];
                if (r.school_id != first.school_id || r.wave != first.wave || r.instrument != want || r.pillar != p.id ||
                    r.item != item.id) {
                    problem(r, "expected " + p.id + "/" + item.id);
                    continue;
                }
                if (!item.required) ++optional_items;
                if (!r.value) {
                    if (item.required) problem(r, "required item left empty");
                    ++missing;
                    continue;
                }
                if (!def.scale(item.scale).substantive(*r.value)) problem(r, "outside the scale: " + std::to_string(*r.value));
            }
    }
    INFO((problems.empty() ? std::string() : problems.front()));
    CHECK(problems.empty());
    // about 5% of the optional items are left empty
    CHECK(missing > optional_items * 3 / 100);
    CHECK(missing < optional_items * 7 / 100);

    // the library's own validation finds nothing wrong
    auto findings = validate_evi_responses(set, builtin_evi_instruments(), &d.schools);
    std::vector<std::string> errors;
    for (const auto& f : findings)
        if (f.severity == Severity::Error) errors.push_back(f.code + " " + f.path);
    INFO((errors.empty() ? std::string() : errors.front()));
    CHECK(errors.empty());
    CHECK(findings.empty());
}

TEST_CASE("the synthetic answers follow the documented model", "[evi][synthetic]") {
    const auto& d = national();
    const auto ins = instruments();
    auto g = grouped(d.responses);

    std::map<std::string, std::vector<std::vector<double>>> statements;  // instrument/pillar/wave -> rows
    std::map<std::string, std::array<int, 2>> agreement;                 // pillar -> {differ, equal}
    std::array<int, 3> ambition{};                                       // below, equal, above the own scenario
    std::map<std::string, double> mean_scenario;
    std::map<std::string, int> n_scenario;
    std::map<std::pair<std::string, std::string>, std::map<int, std::int64_t>> own;
    std::map<std::int64_t, std::vector<double>> satisfaction_by_scenario;
    for (auto& [key, items] : g) {
        const auto& [school, wave, instrument, pillar] = key;
        auto scenario = items.count("scenario") ? items["scenario"] : std::nullopt;
        if (scenario) {
            own[{school, pillar}][wave] = *scenario;
            mean_scenario[pillar] += static_cast<double>(*scenario);
            ++n_scenario[pillar];
        }
        if (items.count("s1")) {
            std::vector<std::int64_t> answers;
            std::vector<double> row;
            for (int s = 1; s <= 5; ++s)
                if (auto v = items["s" + std::to_string(s)]) {
                    answers.push_back(*v);
                    row.push_back(static_cast<double>(*v));
                }
            if (row.size() == 5) statements[instrument + "/" + pillar + "/" + std::to_string(wave)].push_back(row);
            auto derived = ins.at(instrument).scoring->derive(answers);
            REQUIRE(derived);
            ++agreement[pillar][*derived == *scenario];
        }
        if (items.count("ambition") && items["ambition"])
            ++ambition[*items["ambition"] < *scenario ? 0 : *items["ambition"] == *scenario ? 1 : 2];
        if (items.count("sat_general") && items["sat_general"])
            satisfaction_by_scenario[*scenario].push_back(static_cast<double>(*items["sat_general"]));
    }
    // the statements of a pillar correlate: Cronbach's alpha 0.6-0.9
    REQUIRE(statements.size() == 8);
    for (const auto& [k, rows] : statements) {
        double alpha = cronbach_alpha(rows);
        INFO(k << ": alpha " << alpha);
        CHECK(alpha > 0.6);
        CHECK(alpha < 0.9);
    }
    // the derived scenario mostly, not always, equals the own scenario
    for (const auto& [pillar, a] : agreement) {
        double share = a[1] / double(a[0] + a[1]);
        INFO(pillar << ": agreement " << share);
        CHECK(share > 0.55);
        CHECK(share < 0.9);
    }
    // the pillars differ: programma highest, samenwerking and visie lower
    auto mean = [&](const std::string& p) { return mean_scenario[p] / n_scenario[p]; };
    CHECK(mean("programma") > mean("deskundigheid"));
    CHECK(mean("deskundigheid") > mean("visie"));
    CHECK(mean("deskundigheid") > mean("samenwerking"));
    // ambition at or above the own scenario, mostly above
    int n_amb = ambition[0] + ambition[1] + ambition[2];
    CHECK(ambition[0] < n_amb * 6 / 100);
    CHECK(ambition[2] > n_amb / 2);
    CHECK(ambition[1] > n_amb / 10);
    // satisfaction rises with the scenario
    auto avg = [](const std::vector<double>& v) {
        double s = 0;
        for (double x : v) s += x;
        return s / static_cast<double>(v.size());
    };
    CHECK(avg(satisfaction_by_scenario[1]) < avg(satisfaction_by_scenario[2]));
    CHECK(avg(satisfaction_by_scenario[2]) < avg(satisfaction_by_scenario[3]));
    CHECK(avg(satisfaction_by_scenario[3]) < avg(satisfaction_by_scenario[4]));
    // between consecutive waves the scenario mostly stays or rises by one, sometimes drops by one
    std::map<std::int64_t, int> change;
    int n_change = 0;
    for (const auto& [k, waves] : own) {
        std::optional<std::int64_t> prev;
        for (const auto& [w, v] : waves) {
            if (prev) {
                ++change[v - *prev];
                ++n_change;
            }
            prev = v;
        }
    }
    CHECK(change[0] + change[1] > n_change * 90 / 100);
    CHECK(change[1] > n_change * 15 / 100);
    CHECK(change[-1] > 0);
    CHECK(change[-1] < n_change * 10 / 100);
}

TEST_CASE("synthetic Amstelland: the registry's schools, spoor 2 only from 2025", "[evi][synthetic]") {
    auto o = amstelland_demo();
    o.schools = 9999;  // ignored for a region
    o.vo_percent = 100;
    o.response_percent = 100;
    auto d = evi_synthetic(o);
    const auto reg = synthetic_progress().schools;
    CHECK(d.schools == reg);
    REQUIRE(d.schools.schools.size() == 43);
    std::map<std::string, std::set<int>> waves;
    for (const auto& r : d.responses.responses) waves[r.school_id].insert(r.wave);
    for (const auto& s : d.schools.schools) {
        INFO(s.brin << " " << s.track.value_or("-"));
        if (s.track && s.track->rfind("spoor-2", 0) == 0)
            CHECK(waves[s.brin] == std::set<int>{2025});  // new in CmK4: the 2025 wave is the nulmeting
        else
            CHECK(waves[s.brin] == std::set<int>{2023, 2025});
    }
    // with the default response percentage, still no spoor-2 school before 2025
    for (std::int64_t seed : {1, 2, 3, 2025}) {
        auto p = amstelland_demo();
        p.seed = seed;
        p.waves = {2021, 2023, 2025, 2026};
        auto e = evi_synthetic(p);
        for (const auto& r : e.responses.responses) {
            const School* s = e.schools.find(r.school_id);
            REQUIRE(s);
            if (s->track && s->track->rfind("spoor-2", 0) == 0) CHECK(r.wave >= 2025);
        }
    }
}

TEST_CASE("synthetic data is marked synthetic and says how it was made", "[evi][synthetic]") {
    auto d = evi_synthetic(small(123));
    CHECK(d.schools.synthetic);
    CHECK(d.responses.synthetic);
    REQUIRE(d.schools.note);
    REQUIRE(d.responses.note);
    for (const auto* note : {&*d.schools.note, &*d.responses.note}) {
        CHECK(note->find("Synthetic") != std::string::npos);
        CHECK(note->find("evi_synthetic") != std::string::npos);
        CHECK(note->find("seed=123") != std::string::npos);
        CHECK(note->find("schools=300") != std::string::npos);
        CHECK(note->find("waves=2022,2024,2026") != std::string::npos);
    }
    auto a = evi_synthetic(amstelland_demo());
    CHECK(a.schools.synthetic);
    CHECK(a.responses.synthetic);
    CHECK(a.responses.note->find("region=amstelland") != std::string::npos);
}

TEST_CASE("impossible generator options are InvalidArgument", "[evi][synthetic]") {
    auto bad = [](auto change) {
        EviSynthOptions o;
        change(o);
        return o;
    };
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.schools = 0; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.schools = 200001; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.municipalities = -1; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.municipalities = 41; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.waves = {}; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.waves = {2025, 2023}; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.waves = {2023, 2023}; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.waves = {1399}; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.waves = {10000}; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.vo_percent = 101; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.vo_percent = -1; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.response_percent = -1; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.response_percent = 101; })), InvalidArgument);
    CHECK_THROWS_AS(evi_synthetic(bad([](auto& o) { o.region = "drenthe"; })), InvalidArgument);
    CHECK_THROWS_WITH(evi_synthetic(bad([](auto& o) { o.region = "drenthe"; })), Catch::Contains("amstelland"));
    CHECK_THROWS_WITH(evi_synthetic(bad([](auto& o) { o.schools = 0; })), Catch::Contains("schools"));
    // the edges are fine
    CHECK_NOTHROW(evi_synthetic(bad([](auto& o) {
        o.schools = 1;
        o.municipalities = 1;
        o.waves = {1400, 9999};
        o.vo_percent = 100;
        o.response_percent = 0;
    })));
    auto none = evi_synthetic(bad([](auto& o) { o.response_percent = 0; }));
    CHECK(none.responses.responses.empty());
    CHECK(none.schools.schools.size() == 40);
}

TEST_CASE("the shipped Evi demo is what the generator makes", "[evi][synthetic]") {
    auto demo = evi_demo_amstelland();
    auto made = evi_synthetic(amstelland_demo());
    CHECK(demo.schools == made.schools);
    CHECK(demo.responses == made.responses);
    CHECK(demo == made);
    CHECK(demo.responses.synthetic);
    CHECK(demo.schools.synthetic);
    CHECK(demo.responses.source == "data/evi_demo/responses.csv");
    CHECK(demo.responses.location(0) == "line 2");
    CHECK(demo.responses.responses.line(demo.responses.responses.size() - 1) == demo.responses.responses.size() + 1);
}
