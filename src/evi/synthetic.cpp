// The synthetic Evi generator (include/cmkit/evi/synthetic.hpp).
//
// THE MODEL. Everything below is made up to look plausible; none of it is a measured fact about Evi.
// All arithmetic is integer fixed point (1.0 on the 1-4 answer scale = 1000 "milli"), and every random
// number comes from cmkit::detail::Rng (src/evi/random.hpp), so a seed gives the same bytes on every
// platform and compiler (no std:: distributions, no floating point at all).
//
//   noise(sd)        an approximately normal number with mean 0 and standard deviation sd: the sum of
//                    four uniform integers 0..1000 minus 2000 (sd 577.35), scaled by sd / 577.
//   latent           each school's maturity in cultural education on the 1-4 scale: 2.30 + noise(0.55)
//                    for existing schools (spoor 1), 1.85 + noise(0.55) for schools new in a spoor-2 track.
//   growth           per calendar year after the school's start year: 0.125 (= +0.25 per two years) for
//                    spoor 1, 0.25 for spoor 2, times a school factor uniform in 0.5..1.5. The start year
//                    is the first wave (for Amstelland's spoor-2 schools: the first wave from 2025).
//   pillar level P   latent(year) + pillar offset + school-pillar noise(0.35, fixed over the waves)
//                    + wave noise(0.25). Offsets: programma +0.30, deskundigheid +0.05, leerling -0.05,
//                    visie -0.20, samenwerking -0.25 (other pillars 0), so the "pyramids" differ per pillar.
//   own scenario     clamp(round(P + self-assessment bias), 1, 4); the bias is noise(0.15) per school.
//   statements s_k   clamp(round(P + item bias + noise(0.65)), scale): biases +0.25, +0.10, 0, -0.10,
//                    -0.25 for s1..s5 (easier to harder). They share P, so they correlate (Cronbach's
//                    alpha about 0.8) and the derived scenario (EviScoring::derive) mostly, not always,
//                    equals the own scenario.
//   ambition         own scenario + d, d = -1 (3%), 0 (22%), +1 (53%), +2 (22%), clamped to the scale.
//   satisfaction     clamp(round(P + 0.25 + noise(0.60)), scale): correlates with the scenario.
//   VO objectives    d01..d10: clamp(round(latent(year) + wave noise(0.20) + objective bias + noise(0.65)),
//                    scale), biases between -0.30 and +0.30.
//   other items      clamp(round(P + noise(0.60)), scale).
//   missing answers  an item that is not required is left empty with chance 5%.
// Values are modelled on 1-4 and mapped linearly onto an item's scale min..max, so a scale of another
// length works too. Between two waves the scenario mostly stays or rises by one, sometimes drops by one.
//
// Participation: a school fills in a wave with chance response_percent; for region "amstelland" the
// schools of the synthetic registry (synthetic_progress()) are used, and its spoor-2 schools (new in CmK4)
// have no wave before 2025. Instrument: VO evi-vo; PO/SBO/SO evi-2.0-po before 2024, evi-2.1-po from 2024.
//
// Generated schools (no region): BRIN-like codes from the index (00AA, 00AB, ...), "Synthetische school
// 0001", ...; municipalities "gemeente-001", ... (about one per 22 schools) of skewed sizes (every one has a
// school, the rest drawn with weights ~1/(rank + 8) times 0.5..1.5, ranks shuffled); VO with chance
// vo_percent (always spoor-2-vo: VO starts in spoor 2), else SBO 3%, else PO with spoor-2-po 8% and spoor-1
// otherwise, so about 15% are in a spoor-2 track; pupils PO 80-600, SBO 60-200, VO 400-2000 (triangular); the icc'er, cultuurplan and
// cultuurcoordinator flags are drawn too (more often in spoor 1).
//
// Random streams: the municipalities, the schools, the school profiles and the participation each have
// their own stream derived from the seed (detail::derive_seed); the answers have one stream per school and
// pillar (the fixed pillar noise) and one per school and wave, so changing the response percentage does not change
// the answers a school gives.
#include "cmkit/evi/synthetic.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/error.hpp"
#include "cmkit/evi/instrument.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/progress.hpp"
#include "embedded_data.hpp"
#include "evi/random.hpp"

namespace cmkit {
namespace {

using detail::Rng;

constexpr std::int64_t kOne = 1000;  // fixed point: 1.0 = 1000

/// Approximately normal, mean 0, standard deviation @p sd (milli).
std::int64_t noise(Rng& r, std::int64_t sd) {
    std::int64_t s = 0;
    for (int i = 0; i < 4; ++i) s += static_cast<std::int64_t>(r.below(1001));
    return (s - 2000) * sd / 577;
}

/// The nearest integer to x / 1000, halves upward (floor division, exact for negative x).
std::int64_t round_fixed(std::int64_t x) {
    std::int64_t y = x + kOne / 2;
    return y >= 0 ? y / kOne : -((-y + kOne - 1) / kOne);
}

/// A level on the 1-4 model scale (milli) as a value of @p scale, rounded and clamped.
std::int64_t to_scale(std::int64_t level, const EviScale& scale) {
    std::int64_t span = scale.max - scale.min;
    std::int64_t v = round_fixed((level - kOne) * span / 3 + kOne * scale.min);
    return std::clamp(v, scale.min, scale.max);
}

/// A new 64-bit seed from a seed and a number (splitmix64 of the two mixed).
std::uint64_t mix(std::uint64_t seed, std::uint64_t n) {
    std::uint64_t x = seed ^ (n * 0xd1b54a32d192ed03ULL);
    return detail::splitmix64(x);
}

std::int64_t pillar_offset(const std::string& id) {
    if (id == "programma") return 300;
    if (id == "deskundigheid") return 50;
    if (id == "leerling") return -50;
    if (id == "visie") return -200;
    if (id == "samenwerking") return -250;
    return 0;
}

constexpr std::int64_t kStatementBias[5] = {250, 100, 0, -100, -250};
constexpr std::int64_t kObjectiveBias[10] = {300, 200, 100, 50, 0, 0, -50, -100, -200, -300};

std::string padded(std::int64_t n, std::size_t width) {
    std::string s = std::to_string(n);
    if (s.size() < width) s.insert(0, width - s.size(), '0');
    return s;
}

std::size_t digits(std::int64_t n) { return std::to_string(n).size(); }

bool is_spoor2(const School& s) { return s.track && s.track->rfind("spoor-2", 0) == 0; }

bool is_amstelland(const EviSynthOptions& o) { return o.region && *o.region == "amstelland"; }

std::int64_t municipality_count(const EviSynthOptions& o) {
    if (o.municipalities > 0) return o.municipalities;
    return std::max<std::int64_t>(1, (o.schools + 11) / 22);
}

void validate(const EviSynthOptions& o) {
    auto fail = [](const std::string& msg) { throw InvalidArgument("evi_synthetic: " + msg); };
    if (o.region && *o.region != "amstelland")
        fail("unknown region '" + *o.region + "' (known: amstelland; leave region empty for generated schools)");
    if (!is_amstelland(o)) {
        if (o.schools < 1 || o.schools > 200000)
            fail("schools must be from 1 to 200000, got " + std::to_string(o.schools));
        if (o.municipalities < 0 || o.municipalities > o.schools)
            fail("municipalities must be from 0 (automatic: one per 22 schools) to the number of schools (" +
                 std::to_string(o.schools) + "), got " + std::to_string(o.municipalities));
        if (o.vo_percent < 0 || o.vo_percent > 100)
            fail("vo_percent must be from 0 to 100, got " + std::to_string(o.vo_percent));
    }
    if (o.response_percent < 0 || o.response_percent > 100)
        fail("response_percent must be from 0 to 100, got " + std::to_string(o.response_percent));
    if (o.waves.empty()) fail("waves is empty; give at least one calendar year, e.g. 2025");
    for (std::size_t i = 0; i < o.waves.size(); ++i) {
        if (o.waves[i] < 1400 || o.waves[i] > 9999)
            fail("wave " + std::to_string(o.waves[i]) + " is not a calendar year from 1400 to 9999");
        if (i > 0 && o.waves[i] <= o.waves[i - 1])
            fail("waves must be strictly ascending, got " + std::to_string(o.waves[i - 1]) + " before " +
                 std::to_string(o.waves[i]));
    }
}

std::string options_text(const EviSynthOptions& o) {
    std::string w;
    for (int y : o.waves) {
        if (!w.empty()) w += ',';
        w += std::to_string(y);
    }
    std::string s;
    if (is_amstelland(o))
        s = "region=amstelland";
    else
        s = "schools=" + std::to_string(o.schools) + ", municipalities=" + std::to_string(municipality_count(o)) +
            ", vo_percent=" + std::to_string(o.vo_percent);
    return s + ", waves=" + w + ", seed=" + std::to_string(o.seed) +
           ", response_percent=" + std::to_string(o.response_percent);
}

std::string responses_note(const EviSynthOptions& o) {
    return "Synthetische Evi-gegevens: verzonnen antwoorden, gemaakt door de generator van cmkit (evi_synthetic); "
           "geen echte scholen en geen echte antwoorden. / Synthetic Evi data: made-up answers generated by "
           "cmkit's generator (evi_synthetic); not real schools and not real answers. Options: " +
           options_text(o) + ".";
}

std::string schools_note(const EviSynthOptions& o) {
    return "Synthetische scholen: verzonnen namen, codes, gemeenten en aantallen, gemaakt door de generator van "
           "cmkit (evi_synthetic); geen echte scholen. / Synthetic schools: made-up names, codes, municipalities "
           "and numbers generated by cmkit's generator (evi_synthetic); not real schools. Options: " +
           options_text(o) + ".";
}

/// N made-up schools in M municipalities of skewed sizes.
SchoolRegistry make_schools(const EviSynthOptions& o) {
    const std::int64_t n = o.schools;
    const std::int64_t m = municipality_count(o);
    const auto seed = static_cast<std::uint64_t>(o.seed);

    // Municipality sizes: every municipality has a school; the others go by weights ~ 1/(rank+8) (a few
    // large, many small) with a random factor 0.5..1.5; which id gets which rank is shuffled.
    Rng mr(detail::derive_seed(seed, "evi-synthetic/municipalities"));
    std::vector<std::int64_t> rank(static_cast<std::size_t>(m));
    for (std::int64_t i = 0; i < m; ++i) rank[static_cast<std::size_t>(i)] = i;
    for (std::int64_t i = m - 1; i > 0; --i)
        std::swap(rank[static_cast<std::size_t>(i)], rank[mr.below(static_cast<std::uint64_t>(i + 1))]);
    std::vector<std::uint64_t> cumulative(static_cast<std::size_t>(m));
    std::uint64_t total = 0;
    for (std::int64_t i = 0; i < m; ++i) {
        auto r = static_cast<std::uint64_t>(rank[static_cast<std::size_t>(i)]);
        total += 1000000 / (r + 8) * (500 + mr.below(1001)) / 1000 + 1;
        cumulative[static_cast<std::size_t>(i)] = total;
    }
    std::vector<std::int64_t> muni(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        if (i < m) {
            muni[static_cast<std::size_t>(i)] = i;
        } else {
            std::uint64_t x = mr.below(total);
            muni[static_cast<std::size_t>(i)] =
                std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin();
        }
    }
    for (std::int64_t i = n - 1; i > 0; --i)
        std::swap(muni[static_cast<std::size_t>(i)], muni[mr.below(static_cast<std::uint64_t>(i + 1))]);

    Rng sr(detail::derive_seed(seed, "evi-synthetic/schools"));
    SchoolRegistry reg;
    reg.synthetic = true;
    reg.note = schools_note(o);
    reg.schools.reserve(static_cast<std::size_t>(n));
    const std::size_t name_width = std::max<std::size_t>(4, digits(n));
    const std::size_t muni_width = std::max<std::size_t>(3, digits(m));
    for (std::int64_t i = 0; i < n; ++i) {
        School s;
        // BRIN-like code from the index: two digits (i / 676) and two letters (i % 676), 00AA, 00AB, ...
        const std::int64_t hi = i / 676, lo = i % 676;
        s.brin = padded(hi, 2);
        s.brin += static_cast<char>('A' + lo / 26);
        s.brin += static_cast<char>('A' + lo % 26);
        s.name = "Synthetische school " + padded(i + 1, name_width);
        s.municipality = "gemeente-" + padded(muni[static_cast<std::size_t>(i)] + 1, muni_width);
        const bool vo = sr.chance(o.vo_percent);
        const bool sbo = sr.chance(3);
        const bool new_po = sr.chance(8);
        const std::int64_t a = static_cast<std::int64_t>(sr.below(1001)), b = static_cast<std::int64_t>(sr.below(1001));
        if (vo) {
            // VO starts in spoor 2 (VO in spoor 1 is an error of validate_schools).
            s.sector = Sector::VO;
            s.track = "spoor-2-vo";
            s.pupils = 400 + (a + b) * 800 / 1000;  // 400..2000, peak ~1200
            s.cultuurcoordinator = sr.chance(60);
        } else if (sbo) {
            s.sector = Sector::SBO;
            s.track = "spoor-1";
            s.pupils = 60 + (a + b) * 70 / 1000;  // 60..200
        } else {
            s.sector = Sector::PO;
            s.track = new_po ? "spoor-2-po" : "spoor-1";
            s.pupils = 80 + (a + b) * 260 / 1000;  // 80..600, peak ~340
        }
        if (s.sector != Sector::VO) {
            const bool existing = *s.track == "spoor-1";
            s.icc = sr.chance(existing ? 85 : 40);
            s.icc_certified = s.icc && sr.chance(65);
            s.second_icc_or_working_group = s.icc && sr.chance(30);
            s.cultuurplan = sr.chance(existing ? 60 : 20);
        }
        reg.schools.push_back(std::move(s));
    }
    return reg;
}

/// What one school brings to every wave.
struct Profile {
    std::uint64_t seed = 0;        // of the school's per-pillar and per-wave streams
    std::int64_t base = 0;         // latent maturity at the start year (milli)
    std::int64_t growth = 0;       // per year after the start year (milli)
    std::int64_t self_bias = 0;    // own scenario versus statements (milli)
    int start = 0;                 // start year
    int first_wave = 0;            // no wave before this one (0: none)
};

struct Generator {
    EviInstrument po20, po21, vo;

    Generator() : po20(evi_instrument("evi-2.0-po")), po21(evi_instrument("evi-2.1-po")), vo(evi_instrument("evi-vo")) {}

    /// The number of rows (items) a school of @p sector answers in @p wave.
    std::size_t rows(Sector sector, int wave) const {
        std::size_t k = 0;
        for (const auto& p : instrument(sector, wave).pillars) k += p.items.size();
        return k;
    }

    const EviInstrument& instrument(Sector sector, int wave) const {
        if (sector == Sector::VO) return vo;
        return wave < 2024 ? po20 : po21;
    }

    static std::int64_t latent(const Profile& pr, int wave) {
        return pr.base + pr.growth * std::max(0, wave - pr.start);
    }

    /// Appends the answers of one school in one wave.
    void answer(const School& school, const Profile& pr, int wave, EviResponseColumns& out) const {
        const EviInstrument& ins = instrument(school.sector, wave);
        Rng wr(mix(pr.seed, static_cast<std::uint64_t>(wave)));
        const std::int64_t lat = latent(pr, wave);
        for (const auto& pillar : ins.pillars) {
            Rng pr_rng(detail::derive_seed(pr.seed, pillar.id.c_str()));
            const std::int64_t persistent = noise(pr_rng, 350);
            const std::int64_t level = pillar.maturity ? lat + pillar_offset(pillar.id) + persistent + noise(wr, 250)
                                                       : lat + noise(wr, 200);
            std::optional<std::int64_t> own;
            std::int64_t statement = 0, objective = 0;
            for (const auto& item : pillar.items) {
                const EviScale& scale = ins.scale(item.scale);
                std::int64_t v = 0;
                switch (item.kind) {
                    case EviItemKind::Statement:
                        v = to_scale(level + kStatementBias[statement++ % 5] + noise(wr, 650), scale);
                        break;
                    case EviItemKind::OwnScenario:
                        v = to_scale(level + pr.self_bias, scale);
                        own = v;
                        break;
                    case EviItemKind::Ambition: {
                        const std::int64_t from = own ? *own : to_scale(level + pr.self_bias, scale);
                        const auto d = static_cast<std::int64_t>(wr.below(100));
                        const std::int64_t step = d < 3 ? -1 : d < 25 ? 0 : d < 78 ? 1 : 2;
                        v = std::clamp(from + step, scale.min, scale.max);
                        break;
                    }
                    case EviItemKind::Satisfaction:
                        v = to_scale(level + 250 + noise(wr, 600), scale);
                        break;
                    case EviItemKind::Objective:
                        v = to_scale(level + kObjectiveBias[objective++ % 10] + noise(wr, 650), scale);
                        break;
                    case EviItemKind::Other:
                        v = to_scale(level + noise(wr, 600), scale);
                        break;
                }
                const bool missing = wr.chance(5) && !item.required;
                out.push_back(school.brin, wave, ins.id, pillar.id, item.id,
                              missing ? std::nullopt : std::optional<std::int64_t>(v));
            }
        }
    }
};

}  // namespace

EviSyntheticData evi_synthetic(const EviSynthOptions& options, const ProgressCallback& progress) {
    validate(options);
    // Work units: one per school for its profile, one per school and wave for its answers; reported per block
    // of schools (never per row).
    constexpr std::size_t kBlock = 1024;
    const auto n_waves = static_cast<std::int64_t>(options.waves.size());
    ProgressReporter report(progress, options.schools * (1 + n_waves));
    const bool amstelland = is_amstelland(options);
    const auto seed = static_cast<std::uint64_t>(options.seed);

    report.stage("schools");
    EviSyntheticData data;
    data.schools = amstelland ? synthetic_progress().schools : make_schools(options);
    data.schools.synthetic = true;
    data.responses.synthetic = true;
    data.responses.note = responses_note(options);

    static const Generator gen;  // the built-in definitions never change while the library is loaded
    const auto& schools = data.schools.schools;
    report.set_total(static_cast<std::int64_t>(schools.size()) * (1 + n_waves));
    report.stage("profiles");

    Rng profile_rng(detail::derive_seed(seed, "evi-synthetic/profiles"));
    Rng part_rng(detail::derive_seed(seed, "evi-synthetic/participation"));
    const std::uint64_t answer_seed = detail::derive_seed(seed, "evi-synthetic/answers");

    // First pass: each school's profile and the waves it takes part in; then the exact number of rows.
    std::vector<Profile> profiles(schools.size());
    std::vector<char> takes_part(schools.size() * options.waves.size(), 0);
    std::size_t n_rows = 0;
    for (std::size_t i = 0; i < schools.size(); ++i) {
        const School& s = schools[i];
        const bool spoor2 = is_spoor2(s);
        Profile& pr = profiles[i];
        pr.seed = mix(answer_seed, i);
        pr.base = (spoor2 ? 1850 : 2300) + noise(profile_rng, 550);
        pr.growth = (spoor2 ? 250 : 125) * (500 + static_cast<std::int64_t>(profile_rng.below(1001))) / 1000;
        pr.self_bias = noise(profile_rng, 150);
        if (amstelland && spoor2) pr.first_wave = 2025;  // new in CmK4: the first wave is the nulmeting
        pr.start = options.waves.front();
        for (int w : options.waves)
            if (w >= pr.first_wave) {
                pr.start = w;
                break;
            }
        for (std::size_t k = 0; k < options.waves.size(); ++k) {
            const int w = options.waves[k];
            const bool yes = part_rng.chance(options.response_percent) && w >= pr.first_wave;
            takes_part[i * options.waves.size() + k] = yes;
            if (yes) n_rows += gen.rows(s.sector, w);
        }
        if (i % kBlock == kBlock - 1) report.advance(kBlock);
    }
    report.stage("answers");
    report.advance(static_cast<std::int64_t>(schools.size() % kBlock));
    auto& rows = data.responses.responses;
    rows.reserve(n_rows);
    for (std::size_t i = 0; i < schools.size(); ++i) {
        for (std::size_t k = 0; k < options.waves.size(); ++k)
            if (takes_part[i * options.waves.size() + k]) gen.answer(schools[i], profiles[i], options.waves[k], rows);
        if (i % kBlock == kBlock - 1) report.advance(static_cast<std::int64_t>(kBlock) * n_waves);
    }
    report.finish();
    return data;
}

EviSyntheticData evi_demo_amstelland() {
    std::optional<std::string_view> responses, schools;
    for (const auto& e : embedded::evi_demo()) {
        if (e.name == "responses") responses = e.text;
        if (e.name == "schools") schools = e.text;
    }
    if (!responses || !schools)
        throw NotFoundError("built-in Evi demo file", !responses ? "responses" : "schools", "responses, schools");
    // The options the shipped files were made with (tests/cpp/test_evi_synthetic.cpp checks they still are).
    EviSynthOptions o;
    o.region = "amstelland";
    o.waves = {2023, 2025};
    o.seed = 2025;
    EviSyntheticData d;
    d.schools = from_json<SchoolRegistry>(*schools, "data/evi_demo/schools.json");
    d.responses = evi_responses_from_csv(*responses, "data/evi_demo/responses.csv");
    d.responses.synthetic = true;
    d.responses.note = responses_note(o);
    return d;
}

}  // namespace cmkit
