// The regional Evi analysis and the dossier. Method: docs/evi-analysis.md (keep the two in step).
#include "cmkit/evi/analysis.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <string_view>
#include <unordered_map>

#include "cmkit/error.hpp"
#include "cmkit/evi/disclosure.hpp"
#include "cmkit/io/json.hpp"
#include "evi/bootstrap.hpp"
#include "evi/internal.hpp"
#include "evi/random.hpp"
#include "sha256.hpp"

namespace cmkit {
namespace {

constexpr const char* kUnknown = "onbekend";
const std::vector<std::string> kGroupBys = {"municipality", "sector", "track"};

// ---- disclosure adapter --------------------------------------------------------------------------
enum class Cell { Published, Primary, Complementary };

std::string cell_text(Cell c) { return c == Cell::Primary ? "primary" : c == Cell::Complementary ? "complementary" : ""; }

Cell from_status(evi::CellStatus s) {
    return s == evi::CellStatus::Primary ? Cell::Primary : s == evi::CellStatus::Complementary ? Cell::Complementary : Cell::Published;
}

/// A one-row table whose total is published (e.g. up/same/down of n paired schools). k = 0: no control.
std::vector<Cell> protect_row(const std::vector<std::int64_t>& counts, std::int64_t k, bool& unprotected) {
    if (k == 0) return std::vector<Cell>(counts.size(), Cell::Published);
    evi::CountTable t;
    t.cells = {counts};
    evi::SuppressionOptions o;
    o.rows = evi::MarginPolicy::Published;
    o.columns = evi::MarginPolicy::Published;
    o.column_totals_are_cells = true;
    auto p = evi::suppress(t, k, o);
    unprotected = unprotected || !p.unprotected.empty();
    std::vector<Cell> out;
    for (auto s : p.cells.at(0)) out.push_back(from_status(s));
    return out;
}

/// A matrix whose margins are themselves subject to suppression (transition matrices); grand total published.
std::vector<std::vector<Cell>> protect_matrix(const std::vector<std::vector<std::int64_t>>& counts, std::int64_t k,
                                             bool& unprotected) {
    if (k == 0) return std::vector<std::vector<Cell>>(counts.size(), std::vector<Cell>(counts.empty() ? 0 : counts[0].size(), Cell::Published));
    evi::CountTable t;
    t.cells = counts;
    evi::SuppressionOptions o;
    o.rows = evi::MarginPolicy::SuppressSmall;
    o.columns = evi::MarginPolicy::SuppressSmall;
    auto p = evi::suppress(t, k, o);
    unprotected = unprotected || !p.unprotected.empty();
    std::vector<std::vector<Cell>> out;
    for (const auto& row : p.cells) {
        out.emplace_back();
        for (auto s : row) out.back().push_back(from_status(s));
    }
    return out;
}

struct Linked {
    std::vector<Cell> overall;
    std::vector<std::vector<std::vector<Cell>>> breakdowns;
};

/// The overall distribution and its breakdowns, protected together (evi::suppress_linked).
Linked protect_linked(const std::vector<std::int64_t>& overall, const std::vector<std::vector<std::vector<std::int64_t>>>& tables,
                      std::int64_t k, bool& unprotected) {
    if (k == 0) {
        Linked out;
        out.overall.assign(overall.size(), Cell::Published);
        for (const auto& t : tables)
            out.breakdowns.emplace_back(t.size(), std::vector<Cell>(overall.size(), Cell::Published));
        return out;
    }
    std::vector<evi::CountTable> ts;
    for (const auto& t : tables) ts.push_back(evi::CountTable{t});
    auto r = evi::suppress_linked(overall, ts, k);
    unprotected = unprotected || !r.overall_unprotected.empty();
    for (const auto& p : r.breakdowns) unprotected = unprotected || !p.unprotected.empty();
    Linked out;
    for (auto s : r.overall) out.overall.push_back(from_status(s));
    for (const auto& p : r.breakdowns) {
        out.breakdowns.emplace_back();
        for (const auto& row : p.cells) {
            out.breakdowns.back().emplace_back();
            for (auto s : row) out.breakdowns.back().back().push_back(from_status(s));
        }
    }
    return out;
}

// ---- preparation: the validated answers as score columns -------------------------------------------

constexpr std::int64_t kNone = INT64_MIN;

std::optional<std::int64_t> opt(std::int64_t v) { return v == kNone ? std::nullopt : std::optional<std::int64_t>(v); }

/// An item of a pillar as the scores read it: its slot and its scale (looked up like EviInstrument::scale).
struct ItemUse {
    std::int32_t slot = -1;
    const EviScale* scale = nullptr;
    const std::string* scale_id = nullptr;
};

/// What the scores need of one pillar of one instrument.
struct PillarUse {
    const EviPillar* pillar = nullptr;
    std::int32_t maturity_index = -1;  // index in the analysis' pillar order, -1 for non-maturity groups
    ItemUse scenario, ambition, sat_general, sat_pupils;
    std::vector<ItemUse> statements;  // kind Statement, in item order
    std::vector<std::pair<ItemUse, std::int32_t>> rated;  // satisfaction and objective items, with their rated-key index
    bool scored = false;
};

struct InstrumentUse {
    std::vector<PillarUse> pillars;
    std::vector<std::int32_t> pillar_of_slot;  // slot -> index in pillars, -1
};

/// The shared shape of the preparation: the validation, the school-waves in (school id, wave) order,
/// the maturity pillars in order, and per school code its group codes.
struct Prepared {
    detail::Validated val;
    std::vector<std::string> pillars;                // maturity pillars, first appearance over the instruments
    std::vector<std::pair<std::string, std::string>> rated_keys;  // (pillar, item) of satisfaction/objective items
    std::vector<InstrumentUse> uses;                 // per instrument
    std::vector<std::uint32_t> sws;                  // usable school-waves, sorted by school id, then wave
    std::vector<std::uint32_t> school_rank;          // per school code: rank of its id in byte order
};

ItemUse item_use(const EviInstrument& ins, const EviPillar& pl, const std::string& id, const detail::SlotMap& slots) {
    ItemUse u;
    const EviItem* def = pl.item(id);
    if (!def) return u;
    u.slot = slots.slot(pl.id, id);
    u.scale_id = &def->scale;
    for (const auto& s : ins.scales)
        if (s.id == def->scale) {
            u.scale = &s;
            break;
        }
    return u;
}

Prepared prepare(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const SchoolRegistry* schools,
                 const EviValidationOptions& vo) {
    Prepared p;
    p.val = detail::validate_columns(set, instruments, schools, vo);
    for (const auto& ins : instruments)
        for (const auto& pl : ins.pillars) {
            if (pl.maturity && std::find(p.pillars.begin(), p.pillars.end(), pl.id) == p.pillars.end()) p.pillars.push_back(pl.id);
            for (const auto& it : pl.items)
                if (it.kind == EviItemKind::Satisfaction || it.kind == EviItemKind::Objective)
                    if (std::find(p.rated_keys.begin(), p.rated_keys.end(), std::make_pair(pl.id, it.id)) == p.rated_keys.end())
                        p.rated_keys.emplace_back(pl.id, it.id);
        }
    const auto& slots = p.val.slots;
    for (const auto& ins : instruments) {
        InstrumentUse iu;
        iu.pillar_of_slot.assign(slots.size(), -1);
        for (const auto& pl : ins.pillars) {
            PillarUse pu;
            pu.pillar = &pl;
            if (pl.maturity)
                pu.maturity_index = static_cast<std::int32_t>(std::find(p.pillars.begin(), p.pillars.end(), pl.id) - p.pillars.begin());
            pu.scenario = item_use(ins, pl, "scenario", slots);
            pu.ambition = item_use(ins, pl, "ambition", slots);
            pu.sat_general = item_use(ins, pl, "sat_general", slots);
            pu.sat_pupils = item_use(ins, pl, "sat_pupils", slots);
            for (const auto& it : pl.items) {
                if (it.kind == EviItemKind::Statement) pu.statements.push_back(item_use(ins, pl, it.id, slots));
                if (it.kind == EviItemKind::Satisfaction || it.kind == EviItemKind::Objective)
                    pu.rated.emplace_back(item_use(ins, pl, it.id, slots),
                                          static_cast<std::int32_t>(std::find(p.rated_keys.begin(), p.rated_keys.end(),
                                                                              std::make_pair(pl.id, it.id)) - p.rated_keys.begin()));
                if (auto s = slots.slot(pl.id, it.id); s >= 0 && iu.pillar_of_slot[static_cast<std::size_t>(s)] < 0)
                    iu.pillar_of_slot[static_cast<std::size_t>(s)] = static_cast<std::int32_t>(iu.pillars.size());
            }
            pu.scored = ins.scoring && std::find(ins.scoring->pillars.begin(), ins.scoring->pillars.end(), pl.id) != ins.scoring->pillars.end();
            iu.pillars.push_back(std::move(pu));
        }
        p.uses.push_back(std::move(iu));
    }
    // schools in byte order of their ids, then the usable school-waves in (school, wave) order
    const auto& dict = set.responses.schools();
    std::vector<std::uint32_t> by_id(dict.size());
    for (std::uint32_t c = 0; c < by_id.size(); ++c) by_id[c] = c;
    std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) { return dict[a] < dict[b]; });
    p.school_rank.resize(dict.size());
    for (std::uint32_t r = 0; r < by_id.size(); ++r) p.school_rank[by_id[r]] = r;
    for (std::uint32_t sw = 0; sw < p.val.sw_school.size(); ++sw)
        if (p.val.sw_instrument[sw] >= 0) p.sws.push_back(sw);
    std::sort(p.sws.begin(), p.sws.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto ra = p.school_rank[p.val.sw_school[a]], rb = p.school_rank[p.val.sw_school[b]];
        return ra != rb ? ra < rb : p.val.sw_wave[a] < p.val.sw_wave[b];
    });
    return p;
}

/// The substantive value of an item in the current school-wave, or kNone.
struct SlotValues {
    std::vector<std::int64_t> value;
    std::vector<std::uint8_t> state;  // 0 absent, 1 present without a value, 2 with a value
    std::vector<std::uint32_t> touched;
    std::int64_t get(const ItemUse& u, const EviInstrument& ins) const {
        if (u.slot < 0) return kNone;
        const auto s = static_cast<std::size_t>(u.slot);
        if (state[s] != 2) return kNone;
        const EviScale& sc = u.scale ? *u.scale : ins.scale(*u.scale_id);  // an unknown scale throws, as before
        return sc.substantive(value[s]) ? value[s] : kNone;
    }
};

/// One row per usable school-wave x maturity pillar with an answer, in school-wave order.
struct ScoreCols {
    std::vector<std::uint32_t> sw;
    std::vector<std::uint16_t> pillar;  // maturity index
    std::vector<std::int64_t> own, derived, ambition, sat_general, sat_pupils, statements;
};

/// Per wave, instrument and pillar: the complete cases of the statements (for alpha), and per wave and
/// rated key the substantive answers (for the item summaries).
struct Accumulated {
    struct AlphaCell {
        bool any = false;
        std::vector<std::vector<double>> cols;
        std::vector<double> totals;
    };
    std::map<std::tuple<int, std::size_t, std::size_t>, AlphaCell> alpha;
    std::map<std::pair<int, std::size_t>, std::vector<std::int64_t>> rated;
};

/// Walks the usable school-waves once: the score columns and, when @p acc is given, the alpha and item data
/// of the waves @p in_waves accepts. @p only_school restricts to one school code (the dossier).
template <class InWaves>
ScoreCols build_scores(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const Prepared& p,
                       Accumulated* acc, InWaves in_waves, std::int64_t only_school = -1) {
    const auto& C = set.responses;
    const auto& v = p.val;
    ScoreCols sc;
    SlotValues sv;
    sv.value.assign(v.slots.size(), 0);
    sv.state.assign(v.slots.size(), 0);
    std::vector<std::uint8_t> present;
    std::vector<std::int64_t> st;
    for (std::uint32_t sw : p.sws) {
        if (only_school >= 0 && v.sw_school[sw] != static_cast<std::uint32_t>(only_school)) continue;
        const auto ii = static_cast<std::size_t>(v.sw_instrument[sw]);
        const EviInstrument& ins = instruments[ii];
        const InstrumentUse& iu = p.uses[ii];
        present.assign(iu.pillars.size(), 0);
        for (std::uint32_t k = v.sw_start[sw]; k < v.sw_start[sw + 1]; ++k) {
            const std::uint32_t i = v.order[k];
            if (!v.usable[i]) continue;
            const auto s = static_cast<std::size_t>(v.row_slot[i]);
            const std::int32_t raw = C.value_codes()[i];
            sv.state[s] = raw == EviResponseColumns::kNoValue ? 1 : 2;
            if (raw != EviResponseColumns::kNoValue) sv.value[s] = raw == EviResponseColumns::kWideValue ? *C.value(i) : raw;
            sv.touched.push_back(static_cast<std::uint32_t>(s));
            if (auto pi = iu.pillar_of_slot[s]; pi >= 0) present[static_cast<std::size_t>(pi)] = 1;
        }
        const int wave = v.sw_wave[sw];
        const bool take = acc && in_waves(wave);
        for (std::size_t pi = 0; pi < iu.pillars.size(); ++pi) {
            if (!present[pi]) continue;
            const PillarUse& pu = iu.pillars[pi];
            st.clear();
            for (const auto& u : pu.statements)
                if (auto x = sv.get(u, ins); x != kNone) st.push_back(x);
            if (pu.maturity_index >= 0) {
                sc.sw.push_back(sw);
                sc.pillar.push_back(static_cast<std::uint16_t>(pu.maturity_index));
                sc.own.push_back(sv.get(pu.scenario, ins));
                sc.ambition.push_back(sv.get(pu.ambition, ins));
                sc.sat_general.push_back(sv.get(pu.sat_general, ins));
                sc.sat_pupils.push_back(sv.get(pu.sat_pupils, ins));
                sc.statements.push_back(static_cast<std::int64_t>(st.size()));
                std::optional<std::int64_t> d;
                if (pu.scored) d = ins.scoring->derive(st);
                sc.derived.push_back(d ? *d : kNone);
            }
            if (!take) continue;
            if (pu.statements.size() >= 2) {
                auto& cell = acc->alpha[{wave, ii, pi}];
                cell.any = true;
                if (st.size() == pu.statements.size()) {
                    if (cell.cols.empty()) cell.cols.resize(st.size());
                    double t = 0;
                    for (std::size_t q = 0; q < st.size(); ++q) {
                        cell.cols[q].push_back(static_cast<double>(st[q]));
                        t += static_cast<double>(st[q]);
                    }
                    cell.totals.push_back(t);
                }
            }
            for (const auto& [u, key] : pu.rated)
                if (auto x = sv.get(u, ins); x != kNone) acc->rated[{wave, static_cast<std::size_t>(key)}].push_back(x);
        }
        for (auto s : sv.touched) sv.state[s] = 0;
        sv.touched.clear();
    }
    return sc;
}

/// Municipality, sector and track of a school ("onbekend" when not in the schools file).
struct SchoolInfo {
    std::string municipality = kUnknown, sector = kUnknown, track = kUnknown;
};

SchoolInfo info_of(const School* s) {
    SchoolInfo i;
    if (s) {
        i.municipality = s->municipality;
        i.sector = std::string(enum_text(s->sector));
        i.track = s->track ? *s->track : std::string("geen");
    }
    return i;
}

std::vector<EviScore> score_records(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const Prepared& p,
                                    const ScoreCols& sc, const SchoolRegistry* schools) {
    std::vector<EviScore> out;
    out.reserve(sc.sw.size());
    const auto& C = set.responses;
    for (std::size_t r = 0; r < sc.sw.size(); ++r) {
        const std::uint32_t sw = sc.sw[r];
        const std::uint32_t school = p.val.sw_school[sw];
        const std::int32_t reg = p.val.school_registry[school];
        SchoolInfo info = info_of(schools && reg >= 0 ? &schools->schools[static_cast<std::size_t>(reg)] : nullptr);
        EviScore s;
        s.school_id = C.schools()[school];
        s.wave = p.val.sw_wave[sw];
        s.instrument = instruments[static_cast<std::size_t>(p.val.sw_instrument[sw])].id;
        s.pillar = p.pillars[sc.pillar[r]];
        s.municipality = std::move(info.municipality);
        s.sector = std::move(info.sector);
        s.track = std::move(info.track);
        s.own_scenario = opt(sc.own[r]);
        s.derived_scenario = opt(sc.derived[r]);
        s.ambition = opt(sc.ambition[r]);
        s.sat_general = opt(sc.sat_general[r]);
        s.sat_pupils = opt(sc.sat_pupils[r]);
        s.statements_answered = sc.statements[r];
        out.push_back(std::move(s));
    }
    return out;
}

// ---- statistics ------------------------------------------------------------------------------------

double mean_of(const std::vector<std::int64_t>& v) {
    std::int64_t sum = 0;
    for (auto x : v) sum += x;
    return static_cast<double>(sum) / static_cast<double>(v.size());
}

std::int64_t median_low(std::vector<std::int64_t> v) {
    std::sort(v.begin(), v.end());
    return v[(v.size() - 1) / 2];
}

/// Sample variance (n - 1), two-pass.
double variance(const std::vector<double>& v) {
    double m = 0;
    for (double x : v) m += x;
    m /= static_cast<double>(v.size());
    double ss = 0;
    for (double x : v) ss += (x - m) * (x - m);
    return ss / static_cast<double>(v.size() - 1);
}

/// A mean of @p values may be published beside the counts @p shown only when it cannot give a suppressed
/// count away: every count shown is published and no single value is held by 1 .. k-1 schools (otherwise
/// the mean and the published counts together could be solved for the hidden ones).
bool mean_publishable(const std::vector<std::int64_t>& values, const std::vector<Cell>& shown, std::int64_t k) {
    if (k == 0) return true;
    if (std::any_of(shown.begin(), shown.end(), [](Cell c) { return c != Cell::Published; })) return false;
    std::map<std::int64_t, std::int64_t> per_value;
    for (auto v : values) ++per_value[v];
    return std::all_of(per_value.begin(), per_value.end(), [&](const auto& e) { return e.second >= k; });
}

std::optional<std::int64_t> published(std::int64_t v, Cell c) { return c == Cell::Published ? std::optional<std::int64_t>(v) : std::nullopt; }

/// Values counted into categories (a 1-row table whose total is published), protected, with their mean
/// where it is publishable: the shared shape of the agreement, paired-change, consistency and ambition rows.
struct Categorised {
    std::vector<std::optional<std::int64_t>> counts;  ///< per category; absent when suppressed
    bool any_suppressed = false;
    std::optional<double> mean;                        ///< absent below k or when it could reveal a hidden count
};

template <class F>
Categorised categorise(const std::vector<std::int64_t>& values, std::size_t categories, F category_of, std::int64_t k,
                       bool& unprotected) {
    std::vector<std::int64_t> c(categories, 0);
    for (auto v : values) ++c[category_of(v)];
    auto cells = protect_row(c, k, unprotected);
    Categorised out;
    for (std::size_t i = 0; i < categories; ++i) {
        out.counts.push_back(published(c[i], cells[i]));
        out.any_suppressed = out.any_suppressed || cells[i] != Cell::Published;
    }
    if (static_cast<std::int64_t>(values.size()) >= k && mean_publishable(values, cells, k)) out.mean = mean_of(values);
    return out;
}

bool counts_publishable(const std::vector<std::int64_t>& counts, const std::vector<Cell>& shown, std::int64_t k) {
    if (k == 0) return true;
    if (std::any_of(shown.begin(), shown.end(), [](Cell c) { return c != Cell::Published; })) return false;
    return std::all_of(counts.begin(), counts.end(), [&](std::int64_t c) { return c == 0 || c >= k; });
}

/// The bootstrap of docs/evi-analysis.md: per group one stream, one resample serving every statistic; each
/// statistic's replicate values are counted straight into a histogram, whose order statistics give the bounds.
struct Bootstrap {
    std::int64_t replicates;
    double alpha;  // 1 - confidence
    std::uint64_t seed;
    detail::Resampler resampler;
    std::vector<detail::Histogram> hist;   // per statistic
    std::vector<std::uint8_t> drawn;       // small groups: replicates x categories counts
    std::vector<std::int64_t> nonzero;     // small groups: the counts above 0
    std::vector<std::int64_t> w;           // per statistic, per category drawn: its weight (statistic-major)
    std::vector<std::int32_t> unit;        // per statistic: the one category of weight 1 (a share), else -1
    std::vector<std::int64_t> lo_x, hi_x;  // per statistic: the range of its replicate values

    /// Intervals of statistics of values v_j = @p first + j held @p counts[j] times. Each statistic is
    /// (weights w_j, divisor): its replicate value is (sum_j w_j m_j) / divisor.
    std::vector<std::pair<double, double>> run(const std::string& label, const std::vector<std::int64_t>& counts,
                                               const std::vector<std::vector<std::int64_t>>& weights, double divisor) {
        const std::size_t nstat = weights.size();
        if (hist.size() < nstat) hist.resize(nstat);
        const std::uint64_t group_seed = detail::derive_seed(seed, label.c_str());
        std::int64_t n = 0;
        for (auto c : counts) n += c;
        // the categories that can be drawn (count above 0) and each statistic's weights over them
        std::vector<std::size_t> cats;
        for (std::size_t j = 0; j < counts.size(); ++j)
            if (counts[j] > 0) cats.push_back(j);
        const std::size_t S = cats.size();
        w.assign(nstat * S, 0);
        unit.assign(nstat, -1);
        lo_x.assign(nstat, 0);
        hi_x.assign(nstat, 0);
        for (std::size_t s = 0; s < nstat; ++s) {
            std::int64_t lo = 0, hi = 0;
            std::size_t ones = 0, zeros = 0, one_at = 0;
            for (std::size_t q = 0; q < S; ++q) {
                const std::int64_t x = weights[s][cats[q]];
                w[s * S + q] = x;
                lo = q == 0 ? x : std::min(lo, x);
                hi = q == 0 ? x : std::max(hi, x);
                if (x == 1) ++ones, one_at = q;
                else if (x == 0) ++zeros;
            }
            if (ones == 1 && ones + zeros == S) unit[s] = static_cast<std::int32_t>(one_at);
            lo_x[s] = n * lo;  // sum_j w_j m_j with sum_j m_j = n
            hi_x[s] = n * hi;
            hist[s].reset(lo_x[s], hi_x[s]);
        }
        auto record = [&](auto m) {  // m(q): how often drawn category q was drawn in this replicate
            for (std::size_t s = 0; s < nstat; ++s) {
                if (unit[s] >= 0) {
                    hist[s].add(m(static_cast<std::size_t>(unit[s])));
                    continue;
                }
                std::int64_t x = 0;
                for (std::size_t q = 0; q < S; ++q) x += w[s * S + q] * m(q);
                hist[s].add(x);
            }
        };
        if (n <= detail::kIndexDrawLimit) {
            nonzero.clear();
            for (auto j : cats) nonzero.push_back(counts[j]);
            drawn.resize(static_cast<std::size_t>(replicates) * S);
            detail::draw_small(nonzero, group_seed, replicates, drawn.data());
            // statistic by statistic over the replicates (the ranges are small: n <= 128)
            const std::uint8_t* m = drawn.data();
            const auto R = static_cast<std::size_t>(replicates);
            for (std::size_t s = 0; s < nstat; ++s) {
                detail::Histogram& h = hist[s];
                if (unit[s] >= 0) {
                    const auto q = static_cast<std::size_t>(unit[s]);
                    for (std::size_t b = 0; b < R; ++b) h.add_untracked(m[b * S + q]);
                } else {
                    const std::int64_t* ws = w.data() + s * S;
                    for (std::size_t b = 0; b < R; ++b) {
                        std::int64_t x = 0;
                        for (std::size_t q = 0; q < S; ++q) x += ws[q] * m[b * S + q];
                        h.add_untracked(x);
                    }
                }
                h.seen_all(lo_x[s], hi_x[s]);
            }
        } else {
            resampler.run(counts, group_seed, replicates, [&](const std::vector<std::int64_t>& m) {
                record([&](std::size_t q) { return m[cats[q]]; });
            });
        }
        std::vector<std::pair<double, double>> out;
        for (std::size_t s = 0; s < nstat; ++s) out.push_back(hist[s].bounds(divisor, alpha / 2, 1 - alpha / 2));
        return out;
    }
};

// Where each stage of evi_analyse starts, in thousandths of the work (ProgressReporter; docs/cli.md): the
// stages' shares of the wall time at 20,000 schools, three waves, R = 2,000 (the bootstrap ~70%).
constexpr std::int64_t kProgressTotal = 1000, kProgressScores = 70, kProgressGroups = 120, kProgressBootstrap = 140,
                       kProgressTransitions = 820, kProgressConsistency = 850, kProgressAlpha = 870, kProgressItems = 880,
                       kProgressManifest = 890;

}  // namespace

std::vector<std::string> evi_table_names() {
    return {"response", "distribution", "agreement", "transitions", "paired_change", "consistency",
            "alpha", "intervals", "items", "ambition"};
}

std::vector<EviScore> evi_scores(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                                 const SchoolRegistry* schools) {
    Prepared p = prepare(responses, instruments, schools, {});
    ScoreCols sc = build_scores(responses, instruments, p, nullptr, [](int) { return false; });
    return score_records(responses, instruments, p, sc, schools);
}

EviAnalysis evi_analyse(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                        const SchoolRegistry* schools, const EviAnalysisOptions& opt, const ProgressCallback& progress) {
    if (opt.k < 0) throw InvalidArgument("k (minimum cell size) must be 0 (no disclosure control) or more, got " + std::to_string(opt.k));
    bool unprotected = false;  // set when disclosure control reports a value it could not protect
    if (opt.replicates < 1 || opt.replicates > 100000)
        throw InvalidArgument("replicates must be from 1 to 100000, got " + std::to_string(opt.replicates));
    if (opt.confidence_percent < 50 || opt.confidence_percent > 99)
        throw InvalidArgument("confidence_percent must be from 50 to 99, got " + std::to_string(opt.confidence_percent));
    const std::int64_t k = opt.k;
    EviValidationOptions vo;
    vo.first_wave = opt.first_wave;
    vo.last_wave = opt.last_wave;
    // Progress in thousandths of the work, at stage boundaries only (progress_report.hpp); the shares are
    // the stages' measured CPU time at national size.
    ProgressReporter report(progress, kProgressTotal);
    report.at(0, "validate");
    Prepared prep = prepare(responses, instruments, schools, vo);
    const auto& val = prep.val;
    const auto& C = responses.responses;

    EviAnalysis a;
    // Regional output never names a school: the validation findings are summarised per code here (the
    // details, with school ids and lines, come from validate_evi_responses / `cmkit evi validate`).
    {
        std::map<std::string, std::pair<Severity, std::int64_t>> per_code;
        for (const auto& f : val.findings) {
            auto& e = per_code.try_emplace(f.code, f.severity, 0).first->second;
            ++e.second;
        }
        for (const auto& [code, e] : per_code)
            a.findings.push_back(Finding{code, e.first, "/responses",
                                         std::to_string(e.second) + " bevinding(en) " + code +
                                             " bij het controleren van de antwoorden; de rijen met fouten blijven buiten de analyse. "
                                             "Details: cmkit evi validate.",
                                         std::to_string(e.second) + " finding(s) " + code +
                                             " when checking the answers; rows with errors are left out of the analysis. "
                                             "Details: cmkit evi validate.",
                                         {figure_count("findings", e.second)}, {}});
        a.findings = sorted_findings(std::move(a.findings));
    }

    // waves analysed
    std::set<int> present;
    for (auto sw : prep.sws) present.insert(val.sw_wave[sw]);
    std::vector<int> waves = opt.waves.empty() ? std::vector<int>(present.begin(), present.end()) : opt.waves;
    std::sort(waves.begin(), waves.end());
    waves.erase(std::unique(waves.begin(), waves.end()), waves.end());
    for (int w : waves)
        if (!present.count(w))
            a.findings.push_back(Finding{"EVI_WAVE_WITHOUT_ANSWERS", Severity::Warning, "/options/waves",
                                         "Meting " + std::to_string(w) + " heeft geen bruikbare antwoorden.",
                                         "Wave " + std::to_string(w) + " has no usable answers.", {figure_count("wave", w)}, {}});
    // wave -> index in waves (-1: not analysed); waves are years 1400..9999
    std::vector<std::int32_t> wave_index(10000, -1);
    for (std::size_t i = 0; i < waves.size(); ++i)
        if (waves[i] >= 0 && waves[i] < 10000) wave_index[static_cast<std::size_t>(waves[i])] = static_cast<std::int32_t>(i);
    auto in_waves = [&](int w) { return w >= 0 && w < 10000 && wave_index[static_cast<std::size_t>(w)] >= 0; };

    report.at(kProgressScores, "scores");
    Accumulated acc;
    ScoreCols scores = build_scores(responses, instruments, prep, &acc, in_waves);
    report.at(kProgressGroups, "response");
    const std::vector<std::string>& pillars = prep.pillars;
    const std::size_t npil = pillars.size();

    // scenario range from the scenario scales
    std::int64_t smin = 1, smax = 4;
    bool first_scale = true;
    for (const auto& ins : instruments)
        for (const auto& sc : ins.scales)
            if (sc.id == "scenario") {
                smin = first_scale ? sc.min : std::min(smin, sc.min);
                smax = first_scale ? sc.max : std::max(smax, sc.max);
                first_scale = false;
            }
    const auto nscen = static_cast<std::size_t>(smax - smin + 1);
    auto scen_index = [&](std::int64_t v) -> std::int64_t { return v >= smin && v <= smax ? v - smin : -1; };

    // ---- groups: codes per group_by, in byte order of the names, over the schools file and the answering schools
    // attribute code per school code (answers) and per school in the schools file
    constexpr std::size_t kG = 3;  // municipality, sector, track
    std::array<std::vector<std::string>, kG> group_names;
    std::array<std::vector<std::int32_t>, kG> school_group, registry_group;
    {
        auto attrs = [](const SchoolInfo& i) { return std::array<const std::string*, kG>{&i.municipality, &i.sector, &i.track}; };
        // the schools file: each entry takes the attributes of the first entry with its BRIN (as find() does)
        std::vector<SchoolInfo> reg_info;
        if (schools) {
            std::unordered_map<std::string_view, std::size_t> first;
            first.reserve(schools->schools.size());
            for (std::size_t r = 0; r < schools->schools.size(); ++r) first.try_emplace(schools->schools[r].brin, r);
            reg_info.reserve(schools->schools.size());
            for (const auto& s : schools->schools) reg_info.push_back(info_of(&schools->schools[first.at(s.brin)]));
        }
        std::vector<SchoolInfo> ans_info(C.schools().size());
        std::vector<char> answering(C.schools().size(), 0);
        for (auto sw : prep.sws)
            if (in_waves(val.sw_wave[sw])) answering[val.sw_school[sw]] = 1;
        for (std::size_t c = 0; c < ans_info.size(); ++c) {
            const std::int32_t reg = val.school_registry[c];
            ans_info[c] = info_of(schools && reg >= 0 ? &schools->schools[static_cast<std::size_t>(reg)] : nullptr);
        }
        // the distinct names (views into reg_info and ans_info), then their codes in byte order
        for (std::size_t g = 0; g < kG; ++g) {
            std::unordered_map<std::string_view, std::int32_t> index;
            std::vector<std::string_view> distinct;
            auto see = [&](const std::string& s) {
                if (index.try_emplace(s, -1).second) distinct.push_back(s);
            };
            for (const auto& i : reg_info) see(*attrs(i)[g]);
            for (std::size_t c = 0; c < ans_info.size(); ++c)
                if (answering[c]) see(*attrs(ans_info[c])[g]);
            std::sort(distinct.begin(), distinct.end());
            group_names[g].assign(distinct.begin(), distinct.end());
            for (std::size_t q = 0; q < distinct.size(); ++q) index[distinct[q]] = static_cast<std::int32_t>(q);
            auto code = [&](const std::string& s) {
                auto it = index.find(s);
                return it == index.end() ? -1 : it->second;
            };
            school_group[g].reserve(ans_info.size());
            registry_group[g].reserve(reg_info.size());
            for (const auto& i : ans_info) school_group[g].push_back(code(*attrs(i)[g]));
            for (const auto& i : reg_info) registry_group[g].push_back(code(*attrs(i)[g]));
        }
    }
    auto group_of_score = [&](std::size_t g, std::size_t r) { return school_group[g][val.sw_school[scores.sw[r]]]; };

    // ---- response
    {
        std::array<std::vector<std::int64_t>, kG> expected;
        for (std::size_t g = 0; g < kG; ++g) {
            expected[g].assign(group_names[g].size(), 0);
            for (auto c : registry_group[g]) ++expected[g][static_cast<std::size_t>(c)];
        }
        std::vector<std::array<std::vector<std::int64_t>, kG>> received(waves.size());
        std::vector<std::int64_t> total(waves.size(), 0);
        for (std::size_t w = 0; w < waves.size(); ++w)
            for (std::size_t g = 0; g < kG; ++g) received[w][g].assign(group_names[g].size(), 0);
        for (auto sw : prep.sws) {
            const std::int32_t wi = in_waves(val.sw_wave[sw]) ? wave_index[static_cast<std::size_t>(val.sw_wave[sw])] : -1;
            if (wi < 0) continue;
            ++total[static_cast<std::size_t>(wi)];
            for (std::size_t g = 0; g < kG; ++g) {
                const auto c = school_group[g][val.sw_school[sw]];
                if (c >= 0) ++received[static_cast<std::size_t>(wi)][g][static_cast<std::size_t>(c)];
            }
        }
        for (std::size_t w = 0; w < waves.size(); ++w) {
            auto row = [&](const std::string& gb, const std::string& g, std::int64_t rec, std::optional<std::int64_t> exp) {
                EviResponseRow r;
                r.wave = waves[w];
                r.group_by = gb;
                r.group = g;
                r.received = rec;
                r.expected = exp;
                if (exp && *exp > 0) r.rate = Ratio{rec, *exp};
                a.response.push_back(r);
            };
            row("all", "all", total[w], schools ? std::optional<std::int64_t>(static_cast<std::int64_t>(schools->schools.size())) : std::nullopt);
            for (std::size_t g = 0; g < kG; ++g)
                for (std::size_t c = 0; c < group_names[g].size(); ++c)
                    row(kGroupBys[g], group_names[g][c], received[w][g][c], schools ? std::optional<std::int64_t>(expected[g][c]) : std::nullopt);
        }
    }

    // ---- scores bucketed by (analysed wave, pillar), in school order within each bucket
    const std::size_t nbuckets = waves.size() * npil;
    std::vector<std::uint32_t> bucket_start(nbuckets + 1, 0), bucketed;
    {
        std::vector<std::int64_t> bucket_of(scores.sw.size(), -1);
        for (std::size_t r = 0; r < scores.sw.size(); ++r) {
            const int w = val.sw_wave[scores.sw[r]];
            if (!in_waves(w)) continue;
            bucket_of[r] = static_cast<std::int64_t>(wave_index[static_cast<std::size_t>(w)]) * static_cast<std::int64_t>(npil) + scores.pillar[r];
            ++bucket_start[static_cast<std::size_t>(bucket_of[r]) + 1];
        }
        for (std::size_t b = 0; b < nbuckets; ++b) bucket_start[b + 1] += bucket_start[b];
        bucketed.resize(bucket_start[nbuckets]);
        std::vector<std::uint32_t> fill(bucket_start.begin(), bucket_start.end() - 1);
        for (std::size_t r = 0; r < scores.sw.size(); ++r)
            if (bucket_of[r] >= 0) bucketed[fill[static_cast<std::size_t>(bucket_of[r])]++] = static_cast<std::uint32_t>(r);
    }
    auto bucket = [&](std::size_t wi, std::size_t pi) {
        const std::size_t b = wi * npil + pi;
        return std::pair<const std::uint32_t*, const std::uint32_t*>{bucketed.data() + bucket_start[b], bucketed.data() + bucket_start[b + 1]};
    };

    Bootstrap boot{opt.replicates, 1.0 - static_cast<double>(opt.confidence_percent) / 100.0, static_cast<std::uint64_t>(opt.seed), {}, {}, {}, {}, {}, {}, {}, {}};

    // ---- distribution, agreement, intervals
    {
        // at most one row per (wave, pillar, group[, scenario]): reserved at once, so that the large row vectors
        // are never copied while they grow (their doubling held up to three times a table at its peak)
        std::size_t groups = 1;
        for (std::size_t g = 0; g < kG; ++g) groups += group_names[g].size();
        const std::size_t cells = waves.size() * npil * groups;
        a.distribution.reserve(cells * nscen);
        a.intervals.reserve(cells * (nscen + 1));
    }
    for (std::size_t wi = 0; wi < waves.size(); ++wi) {
        const int w = waves[wi];
        for (std::size_t pi = 0; pi < npil; ++pi) {
            const std::string& pillar = pillars[pi];
            auto [b0, b1] = bucket(wi, pi);
            report.at(kProgressBootstrap + (kProgressTransitions - kProgressBootstrap) * (b0 - bucketed.data()) /
                                               std::max<std::int64_t>(1, static_cast<std::int64_t>(bucketed.size())),
                      "bootstrap", w, pillar);
            std::vector<std::uint32_t> with;
            for (auto r = b0; r != b1; ++r)
                if (scores.own[*r] != kNone) with.push_back(*r);
            if (with.empty()) continue;
            std::vector<std::int64_t> overall(nscen, 0);
            std::array<std::vector<std::vector<std::int64_t>>, kG> full;
            for (std::size_t g = 0; g < kG; ++g) full[g].assign(group_names[g].size(), std::vector<std::int64_t>(nscen, 0));
            for (auto r : with) {
                const auto s = scen_index(scores.own[r]);
                if (s < 0) continue;
                ++overall[static_cast<std::size_t>(s)];
                for (std::size_t g = 0; g < kG; ++g)
                    if (auto c = group_of_score(g, r); c >= 0) ++full[g][static_cast<std::size_t>(c)][static_cast<std::size_t>(s)];
            }
            // groups without schools for this pillar and wave are not rows of the table
            std::vector<std::vector<std::vector<std::int64_t>>> tables(kG);
            std::array<std::vector<std::size_t>, kG> row_groups;
            for (std::size_t g = 0; g < kG; ++g)
                for (std::size_t c = 0; c < full[g].size(); ++c) {
                    std::int64_t n = 0;
                    for (auto x : full[g][c]) n += x;
                    if (n > 0) {
                        row_groups[g].push_back(c);
                        tables[g].push_back(std::move(full[g][c]));
                    }
                }
            Linked prot = protect_linked(overall, tables, k, unprotected);
            for (std::size_t c = 0; c < nscen; ++c)
                a.distribution.push_back(EviDistributionRow{w, pillar, "all", "all", smin + static_cast<std::int64_t>(c),
                                                            published(overall[c], prot.overall[c]), prot.overall[c] != Cell::Published,
                                                            cell_text(prot.overall[c]), {}});
            for (std::size_t g = 0; g < kG; ++g)
                for (std::size_t t = 0; t < row_groups[g].size(); ++t)
                    for (std::size_t c = 0; c < nscen; ++c) {
                        Cell st = prot.breakdowns[g][t][c];
                        a.distribution.push_back(EviDistributionRow{w, pillar, kGroupBys[g], group_names[g][row_groups[g][t]],
                                                                    smin + static_cast<std::int64_t>(c), published(tables[g][t][c], st),
                                                                    st != Cell::Published, cell_text(st), {}});
                    }

            // bootstrap intervals: the mean for every group with at least k schools where it is publishable,
            // the share of a scenario only where its count is published; one resample per group serves all
            auto interval_rows = [&](const std::string& gb, const std::string& g, const std::vector<std::int64_t>& counts,
                                     const std::vector<Cell>& cells) {
                std::int64_t n = 0, sum = 0;
                for (std::size_t s = 0; s < nscen; ++s) {
                    n += counts[s];
                    sum += counts[s] * (smin + static_cast<std::int64_t>(s));
                }
                if (n < k || n == 0) return;
                const bool mean = counts_publishable(counts, cells, k);
                std::vector<std::vector<std::int64_t>> weights;
                std::vector<std::size_t> shares;
                if (mean) {
                    weights.emplace_back(nscen);
                    for (std::size_t s = 0; s < nscen; ++s) weights.back()[s] = smin + static_cast<std::int64_t>(s);
                }
                for (std::size_t s = 0; s < nscen; ++s)
                    if (cells[s] == Cell::Published) {
                        shares.push_back(s);
                        weights.emplace_back(nscen, 0);
                        weights.back()[s] = 1;
                    }
                if (weights.empty()) return;
                const std::string label = "interval/" + std::to_string(w) + "/" + pillar + "/" + gb + "/" + g;
                const auto res = boot.run(label, counts, weights, static_cast<double>(n));
                std::size_t q = 0;
                if (mean) {
                    a.intervals.push_back(EviIntervalRow{w, pillar, gb, g, "mean_scenario", n,
                                                         static_cast<double>(sum) / static_cast<double>(n), res[0].first, res[0].second, {}});
                    q = 1;
                }
                for (std::size_t s : shares) {
                    a.intervals.push_back(EviIntervalRow{w, pillar, gb, g, "share_scenario_" + std::to_string(smin + static_cast<std::int64_t>(s)),
                                                         n, static_cast<double>(counts[s]) / static_cast<double>(n), res[q].first,
                                                         res[q].second, {}});
                    ++q;
                }
            };
            interval_rows("all", "all", overall, prot.overall);
            for (std::size_t g = 0; g < kG; ++g)
                for (std::size_t t = 0; t < row_groups[g].size(); ++t)
                    interval_rows(kGroupBys[g], group_names[g][row_groups[g][t]], tables[g][t], prot.breakdowns[g][t]);

            // agreement of own and derived scenario: own - derived, counted as same, own higher, own lower
            std::vector<std::int64_t> agree;
            for (auto r : with)
                if (scores.derived[r] != kNone) agree.push_back(scores.own[r] - scores.derived[r]);
            if (!agree.empty()) {
                auto cat = categorise(agree, 3, [](std::int64_t d) -> std::size_t { return d == 0 ? 0 : d > 0 ? 1 : 2; }, k, unprotected);
                a.agreement.push_back(EviAgreementRow{w, pillar, static_cast<std::int64_t>(agree.size()), cat.counts[0], cat.counts[1],
                                                      cat.counts[2], cat.any_suppressed, {}});
            }
        }
    }

    // ---- transitions and paired change (consecutive analysed waves)
    report.at(kProgressTransitions, "transitions");
    {
        std::vector<std::int64_t> before(C.schools().size(), kNone);
        for (std::size_t wi = 1; wi < waves.size(); ++wi) {
            const int w0 = waves[wi - 1], w1 = waves[wi];
            for (std::size_t pi = 0; pi < npil; ++pi) {
                const std::string& pillar = pillars[pi];
                auto [a0, a1] = bucket(wi - 1, pi);
                for (auto r = a0; r != a1; ++r)
                    if (scores.own[*r] != kNone) before[val.sw_school[scores.sw[*r]]] = scores.own[*r];
                std::vector<std::pair<std::int64_t, std::int64_t>> pairs;  // in school-id order
                auto [c0, c1] = bucket(wi, pi);
                for (auto r = c0; r != c1; ++r)
                    if (scores.own[*r] != kNone)
                        if (auto bv = before[val.sw_school[scores.sw[*r]]]; bv != kNone) pairs.emplace_back(bv, scores.own[*r]);
                for (auto r = a0; r != a1; ++r) before[val.sw_school[scores.sw[*r]]] = kNone;
                if (pairs.empty()) continue;
                std::vector<std::vector<std::int64_t>> m(nscen, std::vector<std::int64_t>(nscen, 0));
                std::vector<std::int64_t> diffs;
                for (auto [f, t] : pairs) {
                    if (scen_index(f) >= 0 && scen_index(t) >= 0) ++m[static_cast<std::size_t>(f - smin)][static_cast<std::size_t>(t - smin)];
                    diffs.push_back(t - f);
                }
                auto cells = protect_matrix(m, k, unprotected);
                for (std::size_t f = 0; f < nscen; ++f)
                    for (std::size_t t = 0; t < nscen; ++t)
                        a.transitions.push_back(EviTransitionRow{w0, w1, pillar, smin + static_cast<std::int64_t>(f),
                                                                 smin + static_cast<std::int64_t>(t), published(m[f][t], cells[f][t]),
                                                                 cells[f][t] != Cell::Published, cell_text(cells[f][t]), {}});
                auto cat = categorise(diffs, 3, [](std::int64_t d) -> std::size_t { return d > 0 ? 0 : d == 0 ? 1 : 2; }, k, unprotected);
                EviPairedChangeRow pc;
                pc.from_wave = w0;
                pc.to_wave = w1;
                pc.pillar = pillar;
                pc.schools = static_cast<std::int64_t>(pairs.size());
                pc.up = cat.counts[0];
                pc.same = cat.counts[1];
                pc.down = cat.counts[2];
                pc.mean_change = cat.mean;
                if (cat.mean) {
                    // the distinct differences in ascending order and how often each occurs
                    const std::int64_t dmin = *std::min_element(diffs.begin(), diffs.end());
                    const std::int64_t dmax = *std::max_element(diffs.begin(), diffs.end());
                    std::vector<std::int64_t> counts(static_cast<std::size_t>(dmax - dmin + 1), 0), weight(counts.size());
                    for (auto d : diffs) ++counts[static_cast<std::size_t>(d - dmin)];
                    for (std::size_t j = 0; j < weight.size(); ++j) weight[j] = dmin + static_cast<std::int64_t>(j);
                    auto res = boot.run("paired_change/" + std::to_string(w0) + "/" + std::to_string(w1) + "/" + pillar, counts, {weight},
                                        static_cast<double>(diffs.size()));
                    pc.lower = res[0].first;
                    pc.upper = res[0].second;
                }
                a.paired_change.push_back(pc);
            }
        }
    }

    // ---- consistency between pillars (own scenarios)
    report.at(kProgressConsistency, "consistency");
    for (std::size_t wi = 0; wi < waves.size(); ++wi) {
        const int w = waves[wi];
        auto emit = [&](const std::string& pa, const std::string& pb, const std::vector<std::int64_t>& diffs) {
            if (diffs.empty()) return;
            auto cat = categorise(diffs, 3, [](std::int64_t d) -> std::size_t { return d == 0 ? 0 : d == 1 ? 1 : 2; }, k, unprotected);
            EviConsistencyRow r;
            r.wave = w;
            r.pillar_a = pa;
            r.pillar_b = pb;
            r.schools = static_cast<std::int64_t>(diffs.size());
            r.same = cat.counts[0];
            r.one_apart = cat.counts[1];
            r.two_or_more_apart = cat.counts[2];
            r.mean_abs_difference = cat.mean;
            a.consistency.push_back(r);
        };
        std::vector<std::vector<std::int64_t>> pair_diffs(npil * npil);
        std::vector<std::int64_t> spreads;
        std::vector<std::int64_t> own(npil, kNone);
        // score rows are grouped by school-wave (one per school in a wave)
        std::size_t r = 0;
        while (r < scores.sw.size()) {
            const std::uint32_t sw = scores.sw[r];
            std::size_t e = r;
            while (e < scores.sw.size() && scores.sw[e] == sw) ++e;
            if (val.sw_wave[sw] == w) {
                std::fill(own.begin(), own.end(), kNone);
                for (std::size_t q = r; q < e; ++q)
                    if (scores.own[q] != kNone) own[scores.pillar[q]] = scores.own[q];
                std::int64_t lo = 0, hi = 0, seen = 0;
                for (std::size_t i = 0; i < npil; ++i) {
                    if (own[i] == kNone) continue;
                    lo = seen ? std::min(lo, own[i]) : own[i];
                    hi = seen ? std::max(hi, own[i]) : own[i];
                    ++seen;
                    for (std::size_t j = i + 1; j < npil; ++j)
                        if (own[j] != kNone) pair_diffs[i * npil + j].push_back(std::abs(own[i] - own[j]));
                }
                if (seen >= 2) spreads.push_back(hi - lo);
            }
            r = e;
        }
        for (std::size_t i = 0; i < npil; ++i)
            for (std::size_t j = i + 1; j < npil; ++j) emit(pillars[i], pillars[j], pair_diffs[i * npil + j]);
        emit("all", "all", spreads);
    }

    // ---- Cronbach's alpha of each pillar's statements, per wave and instrument (complete cases)
    report.at(kProgressAlpha, "alpha");
    for (int w : waves)
        for (std::size_t ii = 0; ii < instruments.size(); ++ii) {
            const auto& ins = instruments[ii];
            for (std::size_t pi = 0; pi < ins.pillars.size(); ++pi) {
                const auto& pl = ins.pillars[pi];
                const std::size_t items = prep.uses[ii].pillars[pi].statements.size();
                if (items < 2) continue;
                auto it = acc.alpha.find({w, ii, pi});
                if (it == acc.alpha.end() || !it->second.any) continue;
                const auto& cell = it->second;
                EviAlphaRow r;
                r.wave = w;
                r.instrument = ins.id;
                r.pillar = pl.id;
                r.items = static_cast<std::int64_t>(items);
                r.schools = static_cast<std::int64_t>(cell.totals.size());
                if (r.schools >= k && r.schools >= 2) {
                    double vt = variance(cell.totals);
                    if (vt > 0) {
                        double sv = 0;
                        for (const auto& c : cell.cols) sv += variance(c);
                        double kk = static_cast<double>(items);
                        r.alpha = kk / (kk - 1.0) * (1.0 - sv / vt);
                    }
                }
                a.alpha.push_back(r);
            }
        }

    // ---- satisfaction, VO objectives and ambition
    report.at(kProgressItems, "items");
    for (std::size_t wi = 0; wi < waves.size(); ++wi) {
        const int w = waves[wi];
        for (std::size_t key = 0; key < prep.rated_keys.size(); ++key) {
            auto it = acc.rated.find({w, key});
            if (it == acc.rated.end()) continue;
            EviItemSummaryRow r;
            r.wave = w;
            r.pillar = prep.rated_keys[key].first;
            r.item = prep.rated_keys[key].second;
            r.schools = static_cast<std::int64_t>(it->second.size());
            if (r.schools >= k) {
                r.mean = mean_of(it->second);
                r.median_low = median_low(it->second);
            }
            a.items.push_back(r);
        }
        for (std::size_t pi = 0; pi < npil; ++pi) {
            auto [b0, b1] = bucket(wi, pi);
            if (b0 == b1) continue;
            std::vector<std::int64_t> gaps;
            for (auto r = b0; r != b1; ++r)
                if (scores.own[*r] != kNone && scores.ambition[*r] != kNone) gaps.push_back(scores.ambition[*r] - scores.own[*r]);
            if (gaps.empty()) continue;
            auto cat = categorise(gaps, 4, [](std::int64_t g) -> std::size_t { return g < 0 ? 3 : g == 0 ? 0 : g == 1 ? 1 : 2; }, k,
                                  unprotected);  // 0, 1, 2+, below
            EviAmbitionRow r;
            r.wave = w;
            r.pillar = pillars[pi];
            r.schools = static_cast<std::int64_t>(gaps.size());
            r.gap_0 = cat.counts[0];
            r.gap_1 = cat.counts[1];
            r.gap_2_or_more = cat.counts[2];
            r.below = cat.counts[3];
            r.mean_gap = cat.mean;
            a.ambition.push_back(r);
        }
    }

    // ---- manifest
    report.at(kProgressManifest, "manifest");
    EviManifest& mf = a.manifest;
    mf.library_version = library_version();
    mf.method = "cmkit-evi-analysis-3";
    mf.synthetic = responses.synthetic || (schools && schools->synthetic);
    {
        std::string csv_text;
        EviManifestInput in{"responses", responses.source.empty() ? "<in memory>" : responses.source,
                            responses.sha256.empty() ? detail::sha256_hex(csv_text = evi_responses_to_csv(responses)) : responses.sha256,
                            static_cast<std::int64_t>(C.size()), {}};
        mf.inputs.push_back(in);
    }
    if (schools)
        mf.inputs.push_back(EviManifestInput{"schools", "schools file (digest of its canonical JSON)", detail::schools_json_sha256(*schools),
                                             static_cast<std::int64_t>(schools->schools.size()), {}});
    for (const auto& ins : instruments) {
        mf.inputs.push_back(EviManifestInput{"instrument", ins.id + " " + ins.version, detail::sha256_hex(evi_instrument_json(ins)),
                                             static_cast<std::int64_t>(ins.pillars.size()), {}});
        if (ins.scoring)
            mf.scoring.push_back(ins.id + ": " + ins.scoring->id + (ins.scoring->official ? " (official)" : " (not official)"));
    }
    mf.prng = "xoshiro256** seeded by splitmix64; one stream per group = splitmix64(seed ^ fnv1a(label)); "
              "groups of at most 128 draw 32-bit Lemire indices, larger ones conditional binomials by inversion";
    mf.options = opt;
    mf.options.extras = {};
    mf.waves = waves;
    mf.tables = evi_table_names();
    if (unprotected)
        a.findings.insert(a.findings.begin(),
                          Finding{"EVI_DISCLOSURE_UNPROTECTED", Severity::Error, "",
                                  "Een onderdrukte waarde kon niet beschermd worden; publiceer deze analyse niet.",
                                  "A suppressed value could not be protected; do not publish this analysis.", {}, {}});
    if (opt.k == 0)
        a.findings.insert(a.findings.begin(),
                          Finding{"EVI_NO_DISCLOSURE_CONTROL", Severity::Warning, "",
                                  "k = 0: geen onderdrukking van kleine aantallen; alleen voor intern gebruik, niet publiceren.",
                                  "k = 0: small counts are not suppressed; for internal use only, do not publish.", {}, {}});
    if (mf.synthetic)
        a.findings.insert(a.findings.begin(),
                          Finding{"EVI_SYNTHETIC_INPUT", Severity::Info, "", "De invoer is synthetisch (verzonnen) en beschrijft geen echte scholen.",
                                  "The input is synthetic (made up) and describes no real schools.", {}, {}});
    report.finish();
    return a;
}

EviDossier evi_dossier(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments, const std::string& school_id,
                       const SchoolRegistry* schools) {
    const auto& C = responses.responses;
    const std::int64_t code = C.schools().find(school_id);
    if (code < 0) {
        std::vector<std::string> ids = C.schools().values();
        std::sort(ids.begin(), ids.end());
        std::string known;
        std::size_t shown = 0;
        for (const auto& i : ids) {
            if (shown++ == 20) {
                known += ", ...";
                break;
            }
            known += (known.empty() ? "" : ", ") + i;
        }
        throw NotFoundError("school in the Evi responses", school_id, known);
    }
    Prepared prep = prepare(responses, instruments, schools, {});
    ScoreCols sc = build_scores(responses, instruments, prep, nullptr, [](int) { return false; }, code);
    std::vector<EviScore> all = score_records(responses, instruments, prep, sc, schools);
    EviDossier d;
    d.school_id = school_id;
    if (schools)
        if (const School* s = schools->find(school_id)) {
            d.name = s->name;
            d.municipality = s->municipality;
            d.sector = std::string(enum_text(s->sector));
            d.track = s->track;
        }
    std::map<std::string, std::pair<int, std::int64_t>> last;  // pillar -> (wave, own scenario)
    std::map<int, std::vector<const EviScore*>> per_wave;
    for (const auto& s : all) {
        if (s.school_id != school_id) continue;
        EviDossierRow r;
        r.wave = s.wave;
        r.instrument = s.instrument;
        r.pillar = s.pillar;
        r.own_scenario = s.own_scenario;
        r.derived_scenario = s.derived_scenario;
        if (s.own_scenario && s.derived_scenario) r.agrees = *s.own_scenario == *s.derived_scenario;
        if (s.own_scenario) {
            if (auto it = last.find(s.pillar); it != last.end()) {
                r.previous_wave = it->second.first;
                r.change = *s.own_scenario - it->second.second;
            }
            last[s.pillar] = {s.wave, *s.own_scenario};
        }
        r.ambition = s.ambition;
        if (s.ambition && s.own_scenario) r.ambition_gap = *s.ambition - *s.own_scenario;
        r.sat_general = s.sat_general;
        r.sat_pupils = s.sat_pupils;
        d.rows.push_back(r);
        per_wave[s.wave].push_back(&s);
    }
    for (const auto& [w, ss] : per_wave) {
        EviDossierWave dw;
        dw.wave = w;
        dw.instrument = ss.front()->instrument;
        std::optional<std::int64_t> visie, programma;
        for (const auto* s : ss) {
            if (!s->own_scenario) continue;
            dw.lowest = dw.lowest ? std::min(*dw.lowest, *s->own_scenario) : *s->own_scenario;
            dw.highest = dw.highest ? std::max(*dw.highest, *s->own_scenario) : *s->own_scenario;
            if (s->pillar == "visie") visie = s->own_scenario;
            if (s->pillar == "programma") programma = s->own_scenario;
        }
        if (dw.lowest) dw.spread = *dw.highest - *dw.lowest;
        if (visie && programma) dw.visie_minus_programma = *visie - *programma;
        dw.consistent = dw.spread && *dw.spread <= 1;
        d.waves.push_back(dw);
    }
    // the findings about this school's rows
    for (const auto& f : sorted_findings(prep.val.findings))
        for (const auto& fig : f.figures)
            if (fig.name == "school_id" && fig.text && *fig.text == school_id) {
                d.findings.push_back(f);
                break;
            }
    return d;
}

}  // namespace cmkit
