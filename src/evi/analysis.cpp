// The regional Evi analysis and the dossier. Method: docs/evi-analysis.md (keep the two in step).
#include "cmkit/evi/analysis.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "cmkit/error.hpp"
#include "cmkit/evi/disclosure.hpp"
#include "cmkit/io/json.hpp"
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

// ---- preparation ---------------------------------------------------------------------------------

struct SchoolInfo {
    std::string municipality = kUnknown, sector = kUnknown, track = kUnknown;
};

SchoolInfo info_of(const SchoolRegistry* schools, const std::string& id) {
    SchoolInfo i;
    if (!schools) return i;
    if (const School* s = schools->find(id)) {
        i.municipality = s->municipality;
        i.sector = std::string(enum_text(s->sector));
        i.track = s->track ? *s->track : std::string("geen");
    }
    return i;
}

const std::string& attr(const SchoolInfo& i, const std::string& group_by) {
    return group_by == "municipality" ? i.municipality : group_by == "sector" ? i.sector : i.track;
}

/// The usable answers, indexed: (school, wave) -> instrument, and per pillar the item values.
struct Prepared {
    struct SchoolWave {
        std::string school_id;
        int wave = 0;
        const EviInstrument* instrument = nullptr;
        std::map<std::string, std::map<std::string, std::optional<std::int64_t>>> values;  // pillar -> item -> value
    };
    std::vector<SchoolWave> waves;  // sorted by school id, wave
    std::vector<Finding> findings;
};

Prepared prepare(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const SchoolRegistry* schools,
                 const EviValidationOptions& vo) {
    Prepared p;
    std::vector<char> excluded;
    p.findings = detail::validate_evi(set, instruments, schools, vo, excluded);
    std::map<std::string, const EviInstrument*> by_id;
    for (const auto& i : instruments) by_id[i.id] = &i;
    std::map<std::pair<std::string, int>, Prepared::SchoolWave> m;
    for (std::size_t i = 0; i < set.responses.size(); ++i) {
        if (excluded[i]) continue;
        const auto& r = set.responses[i];
        auto& sw = m[{r.school_id, r.wave}];
        sw.school_id = r.school_id;
        sw.wave = r.wave;
        sw.instrument = by_id.at(r.instrument);
        sw.values[r.pillar][r.item] = r.value;
    }
    for (auto& [key, sw] : m) p.waves.push_back(std::move(sw));
    return p;
}

std::optional<std::int64_t> substantive(const EviInstrument& ins, const EviPillar& pl, const std::string& item,
                                        const std::map<std::string, std::optional<std::int64_t>>& values) {
    auto it = values.find(item);
    const EviItem* def = pl.item(item);
    if (it == values.end() || !it->second || !def) return std::nullopt;
    const EviScale& sc = ins.scale(def->scale);
    return sc.substantive(*it->second) ? it->second : std::nullopt;
}

std::vector<EviScore> scores_of(const Prepared& p, const SchoolRegistry* schools) {
    std::vector<EviScore> out;
    for (const auto& sw : p.waves) {
        const EviInstrument& ins = *sw.instrument;
        SchoolInfo info = info_of(schools, sw.school_id);
        for (const auto& pl : ins.pillars) {
            if (!pl.maturity) continue;
            auto vit = sw.values.find(pl.id);
            if (vit == sw.values.end()) continue;
            const auto& vals = vit->second;
            EviScore s;
            s.school_id = sw.school_id;
            s.wave = sw.wave;
            s.instrument = ins.id;
            s.pillar = pl.id;
            s.municipality = info.municipality;
            s.sector = info.sector;
            s.track = info.track;
            s.own_scenario = substantive(ins, pl, "scenario", vals);
            s.ambition = substantive(ins, pl, "ambition", vals);
            s.sat_general = substantive(ins, pl, "sat_general", vals);
            s.sat_pupils = substantive(ins, pl, "sat_pupils", vals);
            std::vector<std::int64_t> statements;
            for (const auto& item : pl.items)
                if (item.kind == EviItemKind::Statement)
                    if (auto v = substantive(ins, pl, item.id, vals)) statements.push_back(*v);
            s.statements_answered = static_cast<std::int64_t>(statements.size());
            if (ins.scoring && std::find(ins.scoring->pillars.begin(), ins.scoring->pillars.end(), pl.id) != ins.scoring->pillars.end())
                s.derived_scenario = ins.scoring->derive(statements);
            out.push_back(std::move(s));
        }
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

/// The p-quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan type 7,
/// numpy's default): h = (n - 1) p, q = v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h]).
double quantile7(const std::vector<double>& sorted, double p) {
    double h = static_cast<double>(sorted.size() - 1) * p;
    auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size()) return sorted.back();
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

struct Bootstrap {
    std::int64_t replicates;
    double alpha;  // 1 - confidence
    std::uint64_t seed;
    /// Percentile intervals of several statistics of the same resamples. @p stats maps a resample (indices)
    /// to one value per statistic.
    template <class F>
    std::vector<std::pair<double, double>> intervals(std::size_t n, std::size_t nstats, const std::string& label, F stats) const {
        detail::Rng rng(detail::derive_seed(seed, label.c_str()));
        std::vector<std::vector<double>> reps(nstats);
        for (auto& r : reps) r.reserve(static_cast<std::size_t>(replicates));
        std::vector<std::size_t> idx(n);
        for (std::int64_t b = 0; b < replicates; ++b) {
            for (auto& i : idx) i = static_cast<std::size_t>(rng.below(n));
            auto v = stats(idx);
            for (std::size_t s = 0; s < nstats; ++s) reps[s].push_back(v[s]);
        }
        std::vector<std::pair<double, double>> out;
        for (auto& r : reps) {
            std::sort(r.begin(), r.end());
            out.emplace_back(quantile7(r, alpha / 2), quantile7(r, 1 - alpha / 2));
        }
        return out;
    }
};

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

}  // namespace

std::vector<std::string> evi_table_names() {
    return {"response", "distribution", "agreement", "transitions", "paired_change", "consistency",
            "alpha", "intervals", "items", "ambition"};
}

std::vector<EviScore> evi_scores(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                                 const SchoolRegistry* schools) {
    return scores_of(prepare(responses, instruments, schools, {}), schools);
}

EviAnalysis evi_analyse(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments,
                        const SchoolRegistry* schools, const EviAnalysisOptions& opt) {
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
    Prepared prep = prepare(responses, instruments, schools, vo);
    std::vector<EviScore> scores = scores_of(prep, schools);

    EviAnalysis a;
    // Regional output never names a school: the validation findings are summarised per code here (the
    // details, with school ids and lines, come from validate_evi_responses / `cmkit evi validate`).
    {
        std::map<std::string, std::pair<Severity, std::int64_t>> per_code;
        for (const auto& f : prep.findings) {
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
    for (const auto& sw : prep.waves) present.insert(sw.wave);
    std::vector<int> waves = opt.waves.empty() ? std::vector<int>(present.begin(), present.end()) : opt.waves;
    std::sort(waves.begin(), waves.end());
    waves.erase(std::unique(waves.begin(), waves.end()), waves.end());
    for (int w : waves)
        if (!present.count(w))
            a.findings.push_back(Finding{"EVI_WAVE_WITHOUT_ANSWERS", Severity::Warning, "/options/waves",
                                         "Meting " + std::to_string(w) + " heeft geen bruikbare antwoorden.",
                                         "Wave " + std::to_string(w) + " has no usable answers.", {figure_count("wave", w)}, {}});
    auto in_waves = [&](int w) { return std::binary_search(waves.begin(), waves.end(), w); };

    // pillar order: first appearance over the instruments; scenario range from the scenario scales
    std::vector<std::string> pillars;
    std::int64_t smin = 1, smax = 4;
    bool first_scale = true;
    for (const auto& ins : instruments) {
        for (const auto& pl : ins.pillars)
            if (pl.maturity && std::find(pillars.begin(), pillars.end(), pl.id) == pillars.end()) pillars.push_back(pl.id);
        for (const auto& sc : ins.scales)
            if (sc.id == "scenario") {
                smin = first_scale ? sc.min : std::min(smin, sc.min);
                smax = first_scale ? sc.max : std::max(smax, sc.max);
                first_scale = false;
            }
    }
    const auto nscen = static_cast<std::size_t>(smax - smin + 1);

    // group values (sorted) per group_by, over the registry and the answering schools
    std::map<std::string, std::set<std::string>> groups;
    if (schools)
        for (const auto& s : schools->schools) {
            SchoolInfo i = info_of(schools, s.brin);
            for (const auto& g : kGroupBys) groups[g].insert(attr(i, g));
        }
    for (const auto& sw : prep.waves)
        if (in_waves(sw.wave)) {
            SchoolInfo i = info_of(schools, sw.school_id);
            for (const auto& g : kGroupBys) groups[g].insert(attr(i, g));
        }

    // ---- response
    for (int w : waves) {
        std::map<std::string, std::map<std::string, std::int64_t>> received, expected;
        std::int64_t total = 0;
        for (const auto& sw : prep.waves)
            if (sw.wave == w) {
                ++total;
                SchoolInfo i = info_of(schools, sw.school_id);
                for (const auto& g : kGroupBys) ++received[g][attr(i, g)];
            }
        if (schools)
            for (const auto& s : schools->schools) {
                SchoolInfo i = info_of(schools, s.brin);
                for (const auto& g : kGroupBys) ++expected[g][attr(i, g)];
            }
        auto row = [&](const std::string& gb, const std::string& g, std::int64_t rec, std::optional<std::int64_t> exp) {
            EviResponseRow r;
            r.wave = w;
            r.group_by = gb;
            r.group = g;
            r.received = rec;
            r.expected = exp;
            if (exp && *exp > 0) r.rate = Ratio{rec, *exp};
            a.response.push_back(r);
        };
        row("all", "all", total, schools ? std::optional<std::int64_t>(static_cast<std::int64_t>(schools->schools.size())) : std::nullopt);
        for (const auto& gb : kGroupBys)
            for (const auto& g : groups[gb])
                row(gb, g, received[gb][g], schools ? std::optional<std::int64_t>(expected[gb][g]) : std::nullopt);
    }

    // index of scores by wave and pillar
    std::map<std::pair<int, std::string>, std::vector<const EviScore*>> by_wp;
    for (const auto& s : scores)
        if (in_waves(s.wave)) by_wp[{s.wave, s.pillar}].push_back(&s);

    Bootstrap boot{opt.replicates, 1.0 - static_cast<double>(opt.confidence_percent) / 100.0, static_cast<std::uint64_t>(opt.seed)};

    // ---- distribution, agreement, intervals
    for (int w : waves)
        for (const auto& pillar : pillars) {
            auto it = by_wp.find({w, pillar});
            if (it == by_wp.end()) continue;
            std::vector<const EviScore*> with;
            for (const auto* s : it->second)
                if (s->own_scenario) with.push_back(s);
            if (with.empty()) continue;
            std::vector<std::int64_t> overall(nscen, 0);
            for (const auto* s : with) ++overall[static_cast<std::size_t>(*s->own_scenario - smin)];
            std::vector<std::vector<std::vector<std::int64_t>>> tables;
            std::vector<std::vector<std::string>> row_groups;
            for (const auto& gb : kGroupBys) {
                std::vector<std::string> gs(groups[gb].begin(), groups[gb].end());
                std::vector<std::vector<std::int64_t>> t(gs.size(), std::vector<std::int64_t>(nscen, 0));
                for (const auto* s : with) {
                    SchoolInfo i{s->municipality, s->sector, s->track};
                    auto pos = std::lower_bound(gs.begin(), gs.end(), attr(i, gb)) - gs.begin();
                    ++t[static_cast<std::size_t>(pos)][static_cast<std::size_t>(*s->own_scenario - smin)];
                }
                // groups without schools for this pillar and wave are not rows of the table
                std::vector<std::string> keep_g;
                std::vector<std::vector<std::int64_t>> keep_t;
                for (std::size_t g = 0; g < gs.size(); ++g) {
                    std::int64_t n = 0;
                    for (auto c : t[g]) n += c;
                    if (n > 0) {
                        keep_g.push_back(gs[g]);
                        keep_t.push_back(t[g]);
                    }
                }
                tables.push_back(keep_t);
                row_groups.push_back(keep_g);
            }
            Linked prot = protect_linked(overall, tables, k, unprotected);
            for (std::size_t c = 0; c < nscen; ++c)
                a.distribution.push_back(EviDistributionRow{w, pillar, "all", "all", smin + static_cast<std::int64_t>(c),
                                                            published(overall[c], prot.overall[c]), prot.overall[c] != Cell::Published,
                                                            cell_text(prot.overall[c]), {}});
            for (std::size_t t = 0; t < kGroupBys.size(); ++t)
                for (std::size_t g = 0; g < row_groups[t].size(); ++g)
                    for (std::size_t c = 0; c < nscen; ++c) {
                        Cell st = prot.breakdowns[t][g][c];
                        a.distribution.push_back(EviDistributionRow{w, pillar, kGroupBys[t], row_groups[t][g],
                                                                    smin + static_cast<std::int64_t>(c), published(tables[t][g][c], st),
                                                                    st != Cell::Published, cell_text(st), {}});
                    }

            // bootstrap intervals: the mean for every group with at least k schools, the share of a scenario
            // only where its count is published
            auto interval_rows = [&](const std::string& gb, const std::string& g, std::vector<std::int64_t> vals,
                                     const std::vector<Cell>& cells) {
                auto n = vals.size();
                if (static_cast<std::int64_t>(n) < k) return;
                std::vector<std::int64_t> counts(nscen, 0);
                for (auto v : vals) ++counts[static_cast<std::size_t>(v - smin)];
                const std::string label = "interval/" + std::to_string(w) + "/" + pillar + "/" + gb + "/" + g;
                if (mean_publishable(vals, cells, k)) {
                    std::sort(vals.begin(), vals.end());
                    auto res = boot.intervals(n, 1, label + "/mean_scenario", [&](const std::vector<std::size_t>& idx) {
                        std::int64_t sum = 0;
                        for (auto i : idx) sum += vals[i];
                        return std::vector<double>{static_cast<double>(sum) / static_cast<double>(idx.size())};
                    });
                    a.intervals.push_back(EviIntervalRow{w, pillar, gb, g, "mean_scenario", static_cast<std::int64_t>(n),
                                                         mean_of(vals), res[0].first, res[0].second, {}});
                }
                for (std::size_t s = 0; s < nscen; ++s) {
                    if (cells[s] != Cell::Published) continue;
                    // resample c ones and n - c zeros: the interval depends only on the published c and n
                    const auto c = static_cast<std::size_t>(counts[s]);
                    const std::string stat = "share_scenario_" + std::to_string(smin + static_cast<std::int64_t>(s));
                    auto res = boot.intervals(n, 1, label + "/" + stat, [&](const std::vector<std::size_t>& idx) {
                        std::size_t ones = 0;
                        for (auto i : idx) ones += i < c;
                        return std::vector<double>{static_cast<double>(ones) / static_cast<double>(idx.size())};
                    });
                    a.intervals.push_back(EviIntervalRow{w, pillar, gb, g, stat, static_cast<std::int64_t>(n),
                                                         static_cast<double>(counts[s]) / static_cast<double>(n), res[0].first,
                                                         res[0].second, {}});
                }
            };
            {
                std::vector<std::int64_t> vals;
                for (const auto* s : with) vals.push_back(*s->own_scenario);
                interval_rows("all", "all", vals, prot.overall);
            }
            for (std::size_t t = 0; t < kGroupBys.size(); ++t)
                for (std::size_t g = 0; g < row_groups[t].size(); ++g) {
                    std::vector<std::int64_t> vals;
                    for (const auto* s : with) {
                        SchoolInfo i{s->municipality, s->sector, s->track};
                        if (attr(i, kGroupBys[t]) == row_groups[t][g]) vals.push_back(*s->own_scenario);
                    }
                    interval_rows(kGroupBys[t], row_groups[t][g], vals, prot.breakdowns[t][g]);
                }

            // agreement of own and derived scenario: own - derived, counted as same, own higher, own lower
            std::vector<std::int64_t> agree;
            for (const auto* s : with)
                if (s->derived_scenario) agree.push_back(*s->own_scenario - *s->derived_scenario);
            if (!agree.empty()) {
                auto cat = categorise(agree, 3, [](std::int64_t d) -> std::size_t { return d == 0 ? 0 : d > 0 ? 1 : 2; }, k, unprotected);
                a.agreement.push_back(EviAgreementRow{w, pillar, static_cast<std::int64_t>(agree.size()), cat.counts[0], cat.counts[1],
                                                      cat.counts[2], cat.any_suppressed, {}});
            }
        }

    // ---- transitions and paired change (consecutive analysed waves)
    for (std::size_t wi = 1; wi < waves.size(); ++wi) {
        int w0 = waves[wi - 1], w1 = waves[wi];
        for (const auto& pillar : pillars) {
            std::map<std::string, std::int64_t> before;
            if (auto it = by_wp.find({w0, pillar}); it != by_wp.end())
                for (const auto* s : it->second)
                    if (s->own_scenario) before[s->school_id] = *s->own_scenario;
            std::vector<std::pair<std::int64_t, std::int64_t>> pairs;  // in school-id order
            if (auto it = by_wp.find({w1, pillar}); it != by_wp.end())
                for (const auto* s : it->second)
                    if (s->own_scenario)
                        if (auto b = before.find(s->school_id); b != before.end()) pairs.emplace_back(b->second, *s->own_scenario);
            if (pairs.empty()) continue;
            std::vector<std::vector<std::int64_t>> m(nscen, std::vector<std::int64_t>(nscen, 0));
            std::vector<std::int64_t> diffs;
            for (auto [f, t] : pairs) {
                ++m[static_cast<std::size_t>(f - smin)][static_cast<std::size_t>(t - smin)];
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
                std::sort(diffs.begin(), diffs.end());
                auto res = boot.intervals(diffs.size(), 1, "paired_change/" + std::to_string(w0) + "/" + std::to_string(w1) + "/" + pillar,
                                          [&](const std::vector<std::size_t>& idx) {
                                              std::int64_t sum = 0;
                                              for (auto i : idx) sum += diffs[i];
                                              return std::vector<double>{static_cast<double>(sum) / static_cast<double>(idx.size())};
                                          });
                pc.lower = res[0].first;
                pc.upper = res[0].second;
            }
            a.paired_change.push_back(pc);
        }
    }

    // ---- consistency between pillars (own scenarios)
    for (int w : waves) {
        std::map<std::string, std::map<std::string, std::int64_t>> own;  // school -> pillar -> scenario
        for (const auto& s : scores)
            if (s.wave == w && s.own_scenario) own[s.school_id][s.pillar] = *s.own_scenario;
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
        for (std::size_t i = 0; i < pillars.size(); ++i)
            for (std::size_t j = i + 1; j < pillars.size(); ++j) {
                std::vector<std::int64_t> diffs;
                for (const auto& [school, ps] : own) {
                    auto x = ps.find(pillars[i]), y = ps.find(pillars[j]);
                    if (x != ps.end() && y != ps.end()) diffs.push_back(std::abs(x->second - y->second));
                }
                emit(pillars[i], pillars[j], diffs);
            }
        std::vector<std::int64_t> spreads;
        for (const auto& [school, ps] : own) {
            if (ps.size() < 2) continue;
            std::int64_t lo = ps.begin()->second, hi = lo;
            for (const auto& [p, v] : ps) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            spreads.push_back(hi - lo);
        }
        emit("all", "all", spreads);
    }

    // ---- Cronbach's alpha of each scored pillar's statements, per wave and instrument (complete cases)
    for (int w : waves)
        for (const auto& ins : instruments)
            for (const auto& pl : ins.pillars) {
                std::vector<std::string> items;
                for (const auto& it : pl.items)
                    if (it.kind == EviItemKind::Statement) items.push_back(it.id);
                if (items.size() < 2) continue;
                std::vector<std::vector<double>> cols(items.size());
                std::vector<double> totals;
                bool any = false;
                for (const auto& sw : prep.waves) {
                    if (sw.wave != w || sw.instrument != &ins) continue;
                    auto vit = sw.values.find(pl.id);
                    if (vit == sw.values.end()) continue;
                    any = true;
                    std::vector<std::int64_t> row;
                    for (const auto& id : items)
                        if (auto v = substantive(ins, pl, id, vit->second)) row.push_back(*v);
                    if (row.size() != items.size()) continue;
                    double t = 0;
                    for (std::size_t i = 0; i < row.size(); ++i) {
                        cols[i].push_back(static_cast<double>(row[i]));
                        t += static_cast<double>(row[i]);
                    }
                    totals.push_back(t);
                }
                if (!any) continue;
                EviAlphaRow r;
                r.wave = w;
                r.instrument = ins.id;
                r.pillar = pl.id;
                r.items = static_cast<std::int64_t>(items.size());
                r.schools = static_cast<std::int64_t>(totals.size());
                if (r.schools >= k && r.schools >= 2) {
                    double vt = variance(totals);
                    if (vt > 0) {
                        double sv = 0;
                        for (const auto& c : cols) sv += variance(c);
                        double kk = static_cast<double>(items.size());
                        r.alpha = kk / (kk - 1.0) * (1.0 - sv / vt);
                    }
                }
                a.alpha.push_back(r);
            }

    // ---- satisfaction, VO objectives and ambition
    for (int w : waves) {
        // rated items: (pillar, item) in instrument order -> values
        std::vector<std::pair<std::string, std::string>> order;
        std::map<std::pair<std::string, std::string>, std::vector<std::int64_t>> vals;
        for (const auto& ins : instruments)
            for (const auto& pl : ins.pillars)
                for (const auto& it : pl.items)
                    if (it.kind == EviItemKind::Satisfaction || it.kind == EviItemKind::Objective)
                        if (std::find(order.begin(), order.end(), std::make_pair(pl.id, it.id)) == order.end())
                            order.emplace_back(pl.id, it.id);
        for (const auto& sw : prep.waves) {
            if (sw.wave != w) continue;
            for (const auto& pl : sw.instrument->pillars)
                for (const auto& it : pl.items)
                    if (it.kind == EviItemKind::Satisfaction || it.kind == EviItemKind::Objective)
                        if (auto pv = sw.values.find(pl.id); pv != sw.values.end())
                            if (auto v = substantive(*sw.instrument, pl, it.id, pv->second)) vals[{pl.id, it.id}].push_back(*v);
        }
        for (const auto& key : order) {
            auto it = vals.find(key);
            if (it == vals.end()) continue;
            EviItemSummaryRow r;
            r.wave = w;
            r.pillar = key.first;
            r.item = key.second;
            r.schools = static_cast<std::int64_t>(it->second.size());
            if (r.schools >= k) {
                r.mean = mean_of(it->second);
                r.median_low = median_low(it->second);
            }
            a.items.push_back(r);
        }
        for (const auto& pillar : pillars) {
            auto wp = by_wp.find({w, pillar});
            if (wp == by_wp.end()) continue;
            std::vector<std::int64_t> gaps;
            for (const auto* s : wp->second)
                if (s->own_scenario && s->ambition) gaps.push_back(*s->ambition - *s->own_scenario);
            if (gaps.empty()) continue;
            auto cat = categorise(gaps, 4, [](std::int64_t g) -> std::size_t { return g < 0 ? 3 : g == 0 ? 0 : g == 1 ? 1 : 2; }, k,
                                  unprotected);  // 0, 1, 2+, below
            EviAmbitionRow r;
            r.wave = w;
            r.pillar = pillar;
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
    EviManifest& mf = a.manifest;
    mf.library_version = library_version();
    mf.method = "cmkit-evi-analysis-1";
    mf.synthetic = responses.synthetic || (schools && schools->synthetic);
    {
        std::string csv_text;
        EviManifestInput in{"responses", responses.source.empty() ? "<in memory>" : responses.source,
                            responses.sha256.empty() ? detail::sha256_hex(csv_text = evi_responses_to_csv(responses)) : responses.sha256,
                            static_cast<std::int64_t>(responses.responses.size()), {}};
        mf.inputs.push_back(in);
    }
    if (schools)
        mf.inputs.push_back(EviManifestInput{"schools", "schools file (digest of its canonical JSON)", detail::sha256_hex(to_json(*schools)),
                                             static_cast<std::int64_t>(schools->schools.size()), {}});
    for (const auto& ins : instruments) {
        mf.inputs.push_back(EviManifestInput{"instrument", ins.id + " " + ins.version, detail::sha256_hex(evi_instrument_json(ins)),
                                             static_cast<std::int64_t>(ins.pillars.size()), {}});
        if (ins.scoring)
            mf.scoring.push_back(ins.id + ": " + ins.scoring->id + (ins.scoring->official ? " (official)" : " (not official)"));
    }
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
    return a;
}

EviDossier evi_dossier(const EviResponseSet& responses, const std::vector<EviInstrument>& instruments, const std::string& school_id,
                       const SchoolRegistry* schools) {
    Prepared prep = prepare(responses, instruments, schools, {});
    std::vector<EviScore> all = scores_of(prep, schools);
    EviDossier d;
    d.school_id = school_id;
    bool any = std::any_of(responses.responses.begin(), responses.responses.end(),
                           [&](const EviResponse& r) { return r.school_id == school_id; });
    if (!any) {
        std::set<std::string> ids;
        for (const auto& r : responses.responses) ids.insert(r.school_id);
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
    for (const auto& f : sorted_findings(prep.findings))
        for (const auto& fig : f.figures)
            if (fig.name == "school_id" && fig.text && *fig.text == school_id) {
                d.findings.push_back(f);
                break;
            }
    return d;
}

}  // namespace cmkit
