// Disclosure control (evi/disclosure.hpp): audit() against hand-worked intervals and against brute-force
// enumeration, suppress() on tables chosen to be awkward, linked tables against an exhaustive joint check,
// a national-size table, determinism and bad input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <tuple>
#include <vector>

#include <cmkit/error.hpp>
#include <cmkit/evi/disclosure.hpp>

using namespace cmkit;
using namespace cmkit::evi;
using i64 = std::int64_t;

namespace {

constexpr auto Pub = CellStatus::Published;
constexpr auto Pri = CellStatus::Primary;
constexpr auto Com = CellStatus::Complementary;

CountTable table(std::vector<std::vector<i64>> cells) { return CountTable{std::move(cells)}; }

SuppressionOptions one_row() {
    SuppressionOptions o;
    o.column_totals_are_cells = true;
    return o;
}

SuppressionOptions small_margins() {
    SuppressionOptions o;
    o.rows = MarginPolicy::SuppressSmall;
    o.columns = MarginPolicy::SuppressSmall;
    return o;
}

int count(const SuppressionPattern& p, CellStatus s) {
    int n = 0;
    for (const auto& row : p.cells) n += static_cast<int>(std::count(row.begin(), row.end(), s));
    return n;
}

int hidden_values(const SuppressionPattern& p) {
    int n = 0;
    for (const auto& row : p.cells) n += static_cast<int>(std::count_if(row.begin(), row.end(), [](CellStatus s) { return s != Pub; }));
    n += static_cast<int>(std::count_if(p.row_totals.begin(), p.row_totals.end(), [](CellStatus s) { return s != Pub; }));
    if (!p.column_totals_are_cells)
        n += static_cast<int>(std::count_if(p.column_totals.begin(), p.column_totals.end(), [](CellStatus s) { return s != Pub; }));
    return n;
}

const ValueRange& range_of(const std::vector<ValueRange>& a, ValueRef ref) {
    auto it = std::find_if(a.begin(), a.end(), [&](const ValueRange& r) { return r.ref == ref; });
    REQUIRE(it != a.end());
    return *it;
}

ValueRef cell(std::size_t i, std::size_t j) { return {ValueKind::Cell, i, j}; }
ValueRef row_total(std::size_t i) { return {ValueKind::RowTotal, i, 0}; }
ValueRef col_total(std::size_t j) { return {ValueKind::ColumnTotal, 0, j}; }

/// Everything the rule promises about a pattern: primary cells are exactly those below k, nothing is left
/// unprotected, and audit() gives every suppressed value at least two possible values; the interval
/// endpoints are confirmed by feasible() (the s-t flow definition), including that one step beyond is not.
void check_protected(const CountTable& t, const SuppressionPattern& p, i64 k) {
    for (std::size_t i = 0; i < t.cells.size(); ++i)
        for (std::size_t j = 0; j < t.cells[i].size(); ++j) {
            INFO("cell " << i << "," << j << " = " << t.cells[i][j]);
            CHECK((p.cells[i][j] == Pri) == (t.cells[i][j] < k));
        }
    CHECK(p.unprotected.empty());
    const auto a = audit(t, p);
    CHECK(static_cast<int>(a.size()) == hidden_values(p));
    for (const auto& r : a) {
        INFO("value kind " << static_cast<int>(r.ref.kind) << " row " << r.ref.row << " column " << r.ref.column << " = " << r.value
                           << " in [" << r.min << ", " << r.max << "]");
        CHECK(r.max > r.min);
        CHECK(r.min <= r.value);
        CHECK(r.value <= r.max);
        CHECK(r.min >= 0);
        CHECK(feasible(t, p, r.ref, r.min));
        CHECK(feasible(t, p, r.ref, r.max));
        CHECK_FALSE(feasible(t, p, r.ref, r.min - 1));
        CHECK_FALSE(feasible(t, p, r.ref, r.max + 1));
    }
}

SuppressionPattern pattern_of(std::vector<std::vector<CellStatus>> cells, std::vector<CellStatus> rows, std::vector<CellStatus> cols,
                              bool cac = false) {
    SuppressionPattern p;
    p.cells = std::move(cells);
    p.row_totals = std::move(rows);
    p.column_totals = std::move(cols);
    p.column_totals_are_cells = cac;
    return p;
}

// ---- an exhaustive check of linked tables (independent of the library's flow model) ---------------------

struct Joint {
    bool any = false;
    std::map<std::size_t, std::pair<i64, i64>> overall;                                          // column -> [min, max]
    std::vector<std::map<std::pair<std::size_t, std::size_t>, std::pair<i64, i64>>> cells;  // per breakdown
};

void widen(std::pair<i64, i64>& r, i64 v, bool first) {
    if (first) r = {v, v};
    r.first = std::min(r.first, v);
    r.second = std::max(r.second, v);
}

/// Every combination of overall values and breakdown cells that agrees with all published numbers of all
/// tables together, by enumeration (rows as compositions of their unpublished part): the joint range of
/// every suppressed value. Only for small tables.
Joint joint_ranges(const std::vector<i64>& overall, const std::vector<CountTable>& bd, const LinkedSuppression& r) {
    const std::size_t C = overall.size();
    std::vector<std::size_t> H;
    i64 S = 0;
    for (std::size_t j = 0; j < C; ++j)
        if (r.overall[j] != Pub) {
            H.push_back(j);
            S += overall[j];
        }
    Joint out;
    out.cells.resize(bd.size());
    std::vector<i64> c = overall;
    std::map<std::size_t, bool> seen_o;
    std::vector<std::map<std::pair<std::size_t, std::size_t>, bool>> seen_c(bd.size());
    // the solutions of breakdown b for column totals c: per suppressed cell its [min, max]; nullopt if none
    using Ranges = std::map<std::pair<std::size_t, std::size_t>, std::pair<i64, i64>>;
    auto solve = [&](std::size_t b) -> std::optional<Ranges> {
        const auto& t = bd[b].cells;
        const auto& p = r.breakdowns[b].cells;
        const std::size_t R = t.size();
        std::vector<i64> need(R, 0);  // the unpublished part of each row (its total is published)
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t q = 0; q < C; ++q)
                if (p[i][q] != Pub) need[i] += t[i][q];
        Ranges rng;
        bool any = false;
        auto x = t;
        std::vector<i64> colsum(C, 0);
        std::function<void(std::size_t, std::size_t, i64)> rec = [&](std::size_t i, std::size_t j, i64 left) {
            if (i == R) {
                if (colsum != c) return;
                for (std::size_t a = 0; a < R; ++a)
                    for (std::size_t q = 0; q < C; ++q)
                        if (p[a][q] != Pub) {
                            auto [it, fresh] = rng.try_emplace({a, q}, x[a][q], x[a][q]);
                            if (!fresh) widen(it->second, x[a][q], false);
                        }
                any = true;
                return;
            }
            if (j == C) {
                if (left == 0) rec(i + 1, 0, i + 1 < R ? need[i + 1] : 0);
                return;
            }
            if (p[i][j] == Pub) {
                colsum[j] += x[i][j];
                if (colsum[j] <= c[j]) rec(i, j + 1, left);
                colsum[j] -= x[i][j];
                return;
            }
            for (i64 v = 0; v <= left && colsum[j] + v <= c[j]; ++v) {
                x[i][j] = v;
                colsum[j] += v;
                rec(i, j + 1, left - v);
                colsum[j] -= v;
            }
            x[i][j] = t[i][j];
        };
        rec(0, 0, R ? need[0] : 0);
        if (!any) return std::nullopt;
        return rng;
    };
    std::function<void(std::size_t, i64)> over = [&](std::size_t h, i64 left) {
        if (h + 1 >= H.size()) {
            if (!H.empty()) c[H.back()] = left;
            std::vector<std::map<std::pair<std::size_t, std::size_t>, std::pair<i64, i64>>> sols;
            for (std::size_t b = 0; b < bd.size(); ++b) {
                auto s = solve(b);
                if (!s) return;
                sols.push_back(*s);
            }
            out.any = true;
            for (std::size_t j : H) {
                widen(out.overall[j], c[j], !seen_o[j]);
                seen_o[j] = true;
            }
            for (std::size_t b = 0; b < bd.size(); ++b)
                for (const auto& [key, rr] : sols[b]) {
                    auto& dst = out.cells[b][key];
                    if (!seen_c[b][key]) dst = rr;
                    seen_c[b][key] = true;
                    dst.first = std::min(dst.first, rr.first);
                    dst.second = std::max(dst.second, rr.second);
                }
            return;
        }
        for (i64 v = 0; v <= left; ++v) {
            c[H[h]] = v;
            over(h + 1, left - v);
        }
    };
    over(0, S);
    return out;
}

/// No suppressed value of any table can be recomputed from all published tables together.
void check_jointly_protected(const std::vector<i64>& overall, const std::vector<CountTable>& bd, const LinkedSuppression& r) {
    const Joint j = joint_ranges(overall, bd, r);
    REQUIRE(j.any);  // the true tables are a solution
    for (const auto& [col, rr] : j.overall) {
        INFO("overall column " << col);
        CHECK(rr.second > rr.first);
    }
    for (std::size_t b = 0; b < bd.size(); ++b) {
        CHECK(j.cells[b].size() == static_cast<std::size_t>(count(r.breakdowns[b], Pri) + count(r.breakdowns[b], Com)));
        for (const auto& [key, rr] : j.cells[b]) {
            INFO("breakdown " << b << " cell " << key.first << "," << key.second);
            CHECK(rr.second > rr.first);
        }
    }
}

/// Each table of a linked result on its own: breakdowns (with the overall values as column totals) and the
/// overall distribution.
void check_linked_tables(const std::vector<i64>& overall, const std::vector<CountTable>& bd, const LinkedSuppression& r, i64 k) {
    REQUIRE(r.breakdowns.size() == bd.size());
    CHECK(r.overall_unprotected.empty());
    SuppressionPattern op = pattern_of({r.overall}, {Pub}, r.overall, true);
    check_protected(table({overall}), op, k);
    for (std::size_t b = 0; b < bd.size(); ++b) {
        INFO("breakdown " << b);
        const auto& p = r.breakdowns[b];
        CHECK(p.column_totals == r.overall);
        CHECK(std::all_of(p.row_totals.begin(), p.row_totals.end(), [](CellStatus s) { return s == Pub; }));
        check_protected(bd[b], p, k);
    }
}

/// Splits each overall count over `rows` groups at random (the breakdown of one region by some attribute).
CountTable split(const std::vector<i64>& overall, std::size_t rows, std::mt19937& g) {
    CountTable t;
    t.cells.assign(rows, std::vector<i64>(overall.size(), 0));
    for (std::size_t j = 0; j < overall.size(); ++j)
        for (i64 s = 0; s < overall[j]; ++s) ++t.cells[g() % rows][j];
    return t;
}

}  // namespace

// ---- audit --------------------------------------------------------------------------------------------

TEST_CASE("audit gives the hand-worked intervals", "[disclosure]") {
    SECTION("a 2 x 2 table with every cell suppressed and its margins published") {
        // x00 = a, x01 = 3 - a, x10 = 4 - a, x11 = 3 + a with 0 <= a <= 3
        auto t = table({{1, 2}, {3, 4}});
        auto p = pattern_of({{Pri, Pri}, {Pri, Pri}}, {Pub, Pub}, {Pub, Pub});
        auto a = audit(t, p);
        REQUIRE(a.size() == 4);
        CHECK(range_of(a, cell(0, 0)) == ValueRange{cell(0, 0), 1, 0, 3});
        CHECK(range_of(a, cell(0, 1)) == ValueRange{cell(0, 1), 2, 0, 3});
        CHECK(range_of(a, cell(1, 0)) == ValueRange{cell(1, 0), 3, 1, 4});
        CHECK(range_of(a, cell(1, 1)) == ValueRange{cell(1, 1), 4, 3, 6});
    }
    SECTION("one suppressed cell is recomputed from its row total") {
        auto t = table({{3, 10}, {12, 9}});
        auto p = pattern_of({{Pri, Pub}, {Pub, Pub}}, {Pub, Pub}, {Pub, Pub});
        auto a = audit(t, p);
        REQUIRE(a.size() == 1);
        CHECK(a[0].determined());
        CHECK(a[0].min == 3);
    }
    SECTION("suppressed row totals go through the grand total") {
        // G = 39 published, column 0 total 15 published: x00 + x10 = 8, r0 = x00 + 8, r1 = x10 + 9
        auto t = table({{2, 8}, {6, 9}, {7, 7}});
        auto p = pattern_of({{Pri, Pub}, {Com, Pub}, {Pub, Pub}}, {Com, Com, Pub}, {Pub, Pub});
        auto a = audit(t, p);
        REQUIRE(a.size() == 4);
        CHECK(range_of(a, cell(0, 0)) == ValueRange{cell(0, 0), 2, 0, 8});
        CHECK(range_of(a, cell(1, 0)) == ValueRange{cell(1, 0), 6, 0, 8});
        CHECK(range_of(a, row_total(0)) == ValueRange{row_total(0), 10, 8, 16});
        CHECK(range_of(a, row_total(1)) == ValueRange{row_total(1), 15, 9, 17});
        // with the cells published, the row totals follow from them
        auto q = pattern_of({{Pub, Pub}, {Pub, Pub}, {Pub, Pub}}, {Com, Com, Pub}, {Pub, Pub});
        for (const auto& r : audit(t, q)) CHECK(r.determined());
    }
    SECTION("suppressed column totals go through the grand total") {
        auto t = table({{2, 8, 5}, {6, 9, 5}});
        auto p = pattern_of({{Pri, Pub, Pub}, {Pub, Pub, Pub}}, {Pub, Pub}, {Com, Com, Pub});
        auto a = audit(t, p);
        // x00 follows from row 0's total; then c0 = x00 + 6 and c1 = 17
        for (const auto& r : a) CHECK(r.determined());
        CHECK(range_of(a, col_total(0)).min == 8);
    }
    SECTION("a one-row distribution: the suppressed cells share what the total leaves") {
        auto t = table({{3, 12, 20, 8}});
        auto p = pattern_of({{Pri, Pub, Pub, Com}}, {Pub}, {Pri, Pub, Pub, Com}, true);
        auto a = audit(t, p);
        REQUIRE(a.size() == 2);  // the column totals are the cells: not listed twice
        CHECK(range_of(a, cell(0, 0)) == ValueRange{cell(0, 0), 3, 0, 11});
        CHECK(range_of(a, cell(0, 3)) == ValueRange{cell(0, 3), 8, 0, 11});
    }
    SECTION("zeros pin a cycle: linearly free, yet every value is fixed") {
        // (0,0),(0,1),(1,0),(1,1) form a cycle of the equations, but moving it needs a positive value at
        // every other corner and three corners are 0
        auto t = table({{0, 0, 9}, {0, 4, 9}, {9, 9, 9}});
        auto p = pattern_of({{Pri, Pri, Pub}, {Pri, Pri, Pub}, {Pub, Pub, Pub}}, {Pub, Pub, Pub}, {Pub, Pub, Pub});
        for (const auto& r : audit(t, p)) CHECK(r.determined());
    }
}

TEST_CASE("audit and feasible agree with brute-force enumeration on small tables", "[disclosure]") {
    std::mt19937 g(20250601);
    int tables = 0;
    for (int it = 0; it < 400; ++it) {
        const std::size_t R = 1 + g() % 3, C = 1 + g() % 3;
        const bool cac = R == 1 && g() % 2;
        auto t = table(std::vector<std::vector<i64>>(R, std::vector<i64>(C)));
        i64 G = 0;
        for (auto& row : t.cells)
            for (auto& x : row) G += (x = g() % 4);
        SuppressionPattern p;
        p.column_totals_are_cells = cac;
        p.cells.assign(R, std::vector<CellStatus>(C, Pub));
        std::vector<std::pair<std::size_t, std::size_t>> hc;
        for (std::size_t i = 0; i < R; ++i)
            for (std::size_t j = 0; j < C; ++j)
                if (g() % 2) {
                    p.cells[i][j] = Pri;
                    hc.emplace_back(i, j);
                }
        for (std::size_t i = 0; i < R; ++i) p.row_totals.push_back(g() % 3 == 0 ? Com : Pub);
        for (std::size_t j = 0; j < C; ++j) p.column_totals.push_back(cac ? p.cells[0][j] : g() % 3 == 0 ? Com : Pub);
        if (hc.size() > 5) continue;
        ++tables;
        // enumerate every value of the suppressed cells in 0..G; keep the tables that match what is published
        std::map<std::tuple<int, std::size_t, std::size_t>, std::pair<i64, i64>> want;
        std::vector<i64> a(hc.size(), 0);
        for (;;) {
            auto x = t.cells;
            for (std::size_t q = 0; q < hc.size(); ++q) x[hc[q].first][hc[q].second] = a[q];
            std::vector<i64> rs(R, 0), cs(C, 0);
            i64 total = 0;
            for (std::size_t i = 0; i < R; ++i)
                for (std::size_t j = 0; j < C; ++j) {
                    rs[i] += x[i][j];
                    cs[j] += x[i][j];
                    total += x[i][j];
                }
            bool ok = total == G;
            for (std::size_t i = 0; i < R; ++i) {
                i64 s0 = 0;
                for (auto v : t.cells[i]) s0 += v;
                if (p.row_totals[i] == Pub && rs[i] != s0) ok = false;
            }
            if (!cac)
                for (std::size_t j = 0; j < C; ++j) {
                    i64 s0 = 0;
                    for (std::size_t i = 0; i < R; ++i) s0 += t.cells[i][j];
                    if (p.column_totals[j] == Pub && cs[j] != s0) ok = false;
                }
            if (ok) {
                auto note = [&](std::tuple<int, std::size_t, std::size_t> key, i64 v) {
                    auto [it2, fresh] = want.try_emplace(key, v, v);
                    if (!fresh) widen(it2->second, v, false);
                };
                for (auto [i, j] : hc) note({0, i, j}, x[i][j]);
                for (std::size_t i = 0; i < R; ++i)
                    if (p.row_totals[i] != Pub) note({1, i, 0}, rs[i]);
                if (!cac)
                    for (std::size_t j = 0; j < C; ++j)
                        if (p.column_totals[j] != Pub) note({2, 0, j}, cs[j]);
            }
            std::size_t q = 0;
            while (q < a.size() && a[q] == G) a[q++] = 0;
            if (q == a.size()) break;
            ++a[q];
        }
        const auto got = audit(t, p);
        REQUIRE(got.size() == want.size());
        for (const auto& r : got) {
            const auto& w = want.at({static_cast<int>(r.ref.kind), r.ref.row, r.ref.column});
            INFO("table " << it << " kind " << static_cast<int>(r.ref.kind) << " row " << r.ref.row << " column " << r.ref.column);
            CHECK(r.min == w.first);
            CHECK(r.max == w.second);
            for (i64 v = 0; v <= G + 1; ++v) CHECK(feasible(t, p, r.ref, v) == (v >= w.first && v <= w.second));
        }
    }
    CHECK(tables > 250);
}

// ---- suppress: awkward tables -----------------------------------------------------------------------

TEST_CASE("a single small cell in a row gets a partner in that row", "[disclosure]") {
    auto t = table({{3, 10, 12}, {2, 9, 11}, {15, 14, 13}});
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    CHECK(std::count_if(p.cells[0].begin(), p.cells[0].end(), [](CellStatus s) { return s != Pub; }) >= 2);
    CHECK(std::count_if(p.cells[1].begin(), p.cells[1].end(), [](CellStatus s) { return s != Pub; }) >= 2);
}

TEST_CASE("a small cell alone in its row and column needs the cheapest 2 x 2 rectangle", "[disclosure]") {
    // candidate rectangles with (0,0): rows {0,1} cols {0,1}: 10 + 11 + 9 = 30 (cheapest), {0,1}x{0,2}: 37,
    // {0,2}x{0,1}: 39, {0,2}x{0,2}: 40
    auto t = table({{3, 10, 12}, {11, 9, 14}, {15, 14, 13}});
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    CHECK(p.cells == std::vector<std::vector<CellStatus>>{{Pri, Com, Pub}, {Com, Com, Pub}, {Pub, Pub, Pub}});
    CHECK(p.row_totals == std::vector<CellStatus>{Pub, Pub, Pub});
    CHECK(p.column_totals == std::vector<CellStatus>{Pub, Pub, Pub});
}

TEST_CASE("zeros that pin a suppressed cycle get a movable cycle", "[disclosure]") {
    auto t = table({{0, 0, 9}, {0, 4, 9}, {9, 9, 9}});
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    CHECK(count(p, Com) >= 2);
}

TEST_CASE("a row whose total is 1", "[disclosure]") {
    auto t = table({{1, 0, 0, 0}, {6, 7, 8, 9}, {5, 9, 12, 6}});
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    auto a = audit(t, p);
    CHECK(range_of(a, cell(0, 0)).min == 0);
    CHECK(range_of(a, cell(0, 0)).max == 1);
}

TEST_CASE("a column that is all small", "[disclosure]") {
    auto t = table({{2, 9, 8}, {1, 12, 7}, {3, 10, 11}, {4, 6, 9}});
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    for (std::size_t i = 0; i < 4; ++i) CHECK(p.cells[i][0] == Pri);
}

TEST_CASE("the overall distribution with exactly one small cell", "[disclosure]") {
    auto t = table({{3, 12, 20, 8}});
    auto p = suppress(t, 5, one_row());
    check_protected(t, p, 5);
    CHECK(p.cells[0] == std::vector<CellStatus>{Pri, Pub, Pub, Com});  // the smallest partner
    CHECK(p.column_totals == p.cells[0]);
    CHECK(p.row_totals == std::vector<CellStatus>{Pub});
}

TEST_CASE("a one-row table whose suppressed cells sum to 0 needs a positive partner", "[disclosure]") {
    auto t = table({{0, 0, 12, 7}});
    // the two zeros alone: both are recomputed (they sum to 0)
    for (const auto& r : audit(t, pattern_of({{Pri, Pri, Pub, Pub}}, {Pub}, {Pri, Pri, Pub, Pub}, true))) CHECK(r.determined());
    auto p = suppress(t, 5, one_row());
    check_protected(t, p, 5);
    CHECK(p.cells[0] == std::vector<CellStatus>{Pri, Pri, Pub, Com});
}

TEST_CASE("a transition matrix with small margins suppresses them too", "[disclosure]") {
    // scenario in 2023 (rows) x scenario in 2025 (columns); rows 2 and 3 and column 3 have fewer than 5 schools
    auto t = table({{20, 3, 0, 0}, {2, 15, 4, 0}, {0, 1, 2, 0}, {0, 0, 1, 3}});
    auto p = suppress(t, 5, small_margins());
    check_protected(t, p, 5);
    CHECK(p.row_totals[2] == Pri);
    CHECK(p.row_totals[3] == Pri);
    CHECK(p.column_totals[3] == Pri);
    CHECK(p.row_totals[0] == Pub);
    CHECK(p.column_totals[0] == Pub);
    for (const auto& r : audit(t, p))
        if (r.ref.kind != ValueKind::Cell) CHECK(r.max > r.min);
}

TEST_CASE("a margin that is the grand total stays published", "[disclosure]") {
    auto t = table({{1}, {2}, {9}});  // one column: the column total is the grand total (12)
    auto p = suppress(t, 5, small_margins());
    CHECK(p.column_totals == std::vector<CellStatus>{Pub});
    CHECK(p.row_totals[0] == Pri);
    CHECK(p.row_totals[1] == Pri);
    check_protected(t, p, 5);
}

TEST_CASE("a column total hidden from the start may need a second one (the step linked tables rely on)", "[disclosure]") {
    auto t = table({{6, 7, 8}, {9, 5, 6}});
    SuppressionOptions o;
    o.hidden_column_totals = {true, false, false};
    o.columns = MarginPolicy::SuppressSmall;
    auto p = suppress(t, 5, o);
    CHECK(p.column_totals[0] == Com);  // 15 >= k: hidden for another reason
    CHECK(std::count(p.column_totals.begin(), p.column_totals.end(), Com) >= 2);
    check_protected(t, p, 5);
    // with the other column totals always published it cannot be protected: it is the grand total minus them
    o.columns = MarginPolicy::Published;
    auto q = suppress(t, 5, o);
    CHECK(q.unprotected == std::vector<ValueRef>{col_total(0)});
}

TEST_CASE("values no allowed pattern can protect are reported, not hidden away", "[disclosure]") {
    SECTION("a published row total of 0 reveals its cells") {
        auto t = table({{0, 0}, {5, 6}, {7, 8}});
        auto p = suppress(t, 5);
        CHECK(p.unprotected == std::vector<ValueRef>{cell(0, 0), cell(0, 1)});
        for (const auto& r : audit(t, p))
            CHECK(r.determined() == (r.ref == cell(0, 0) || r.ref == cell(0, 1)));
    }
    SECTION("a one-column table with published row totals") {
        auto t = table({{3}, {9}});
        auto p = suppress(t, 5);
        CHECK(p.unprotected == std::vector<ValueRef>{cell(0, 0)});
    }
    SECTION("a one-row table whose column totals are published") {
        auto t = table({{3, 12, 20}});
        auto p = suppress(t, 5);  // without column_totals_are_cells the column totals are the cells, published
        CHECK(p.unprotected == std::vector<ValueRef>{cell(0, 0)});
    }
}

TEST_CASE("random small tables under every margin policy are protected", "[disclosure]") {
    std::mt19937 g(7);
    for (int it = 0; it < 300; ++it) {
        const std::size_t R = 2 + g() % 5, C = 2 + g() % 4;
        auto t = table(std::vector<std::vector<i64>>(R, std::vector<i64>(C)));
        for (auto& row : t.cells)
            for (auto& x : row) x = 1 + g() % 12;  // rows and columns of at least 1: always protectable
        SuppressionOptions o;
        o.rows = g() % 2 ? MarginPolicy::SuppressSmall : MarginPolicy::Published;
        o.columns = g() % 2 ? MarginPolicy::SuppressSmall : MarginPolicy::Published;
        const i64 k = 1 + g() % 6;
        INFO("table " << it);
        auto p = suppress(t, k, o);
        check_protected(t, p, k);
        CHECK(p == suppress(t, k, o));
    }
}

TEST_CASE("a national table (340 municipalities x 4 scenarios) is protected, deterministically", "[disclosure]") {
    std::mt19937 g(340);
    auto t = table(std::vector<std::vector<i64>>(340, std::vector<i64>(4)));
    for (auto& row : t.cells) {
        const i64 schools = 3 + g() % 40;  // 3 to 42 schools per municipality
        for (i64 s = 0; s < schools; ++s) {  // scenarios 1..4 with shares of about 10, 35, 40 and 15 percent
            const auto u = g() % 100;
            ++row[u < 10 ? 0 : u < 45 ? 1 : u < 85 ? 2 : 3];
        }
    }
    auto p = suppress(t, 5);
    check_protected(t, p, 5);
    CHECK(count(p, Pri) > 100);
    CHECK(p == suppress(t, 5));
    auto q = suppress(t, 5, small_margins());
    check_protected(t, q, 5);
}

// ---- linked tables ------------------------------------------------------------------------------------

TEST_CASE("two breakdowns that are each safe can reveal an overall value together; suppress_linked prevents it", "[disclosure]") {
    // k = 5. Overall [7, 9, 1]: the 1 is suppressed with the smallest partner, the 7.
    const std::vector<i64> overall{7, 9, 1};
    const std::vector<CountTable> bd{table({{0, 1, 1}, {7, 8, 0}}), table({{2, 0, 0}, {5, 9, 1}})};
    // Protecting each breakdown on its own suppresses everything but one cell in each (found by search):
    const std::vector<CellStatus> H{Com, Pub, Pri};
    auto p0 = pattern_of({{Pri, Pri, Pri}, {Pub, Com, Pri}}, {Pub, Pub}, H);
    auto p1 = pattern_of({{Pri, Pri, Pri}, {Pub, Com, Pri}}, {Pub, Pub}, H);
    for (const auto& r : audit(bd[0], p0)) CHECK(r.max > r.min);
    for (const auto& r : audit(bd[1], p1)) CHECK(r.max > r.min);
    // ... but breakdown 0 says the overall 7 is at least 7 (its published 7), breakdown 1 says at most 7
    // (its published 5 plus a row of 2): together it is exactly 7, and the 1 is 8 - 7.
    CHECK(range_of(audit(bd[0], p0), col_total(0)) == ValueRange{col_total(0), 7, 7, 8});
    CHECK(range_of(audit(bd[1], p1), col_total(0)) == ValueRange{col_total(0), 7, 5, 7});
    LinkedSuppression unsafe{H, {p0, p1}, {}};
    const Joint j = joint_ranges(overall, bd, unsafe);
    CHECK(j.overall.at(0) == std::pair<i64, i64>{7, 7});
    CHECK(j.overall.at(2) == std::pair<i64, i64>{1, 1});

    auto r = suppress_linked(overall, bd, 5);
    CHECK(r.overall == H);
    check_linked_tables(overall, bd, r, 5);
    check_jointly_protected(overall, bd, r);
    // the joint check suppressed one more cell than the tables needed one by one
    CHECK(count(r.breakdowns[0], Com) + count(r.breakdowns[1], Com) > 2);
}

TEST_CASE("linked tables: column totals follow the overall distribution", "[disclosure]") {
    // a region of 38 schools: by municipality, by sector and by track
    const std::vector<i64> overall{3, 14, 12, 9};
    const std::vector<CountTable> bd{table({{1, 6, 5, 4}, {0, 5, 4, 3}, {2, 3, 3, 2}}), table({{3, 12, 10, 8}, {0, 2, 2, 1}}),
                                     table({{2, 9, 7, 5}, {1, 5, 5, 4}})};
    auto r = suppress_linked(overall, bd, 5);
    CHECK(r.overall[0] == Pri);
    CHECK(std::count(r.overall.begin(), r.overall.end(), Com) >= 1);
    check_linked_tables(overall, bd, r, 5);
    check_jointly_protected(overall, bd, r);
    CHECK(r == suppress_linked(overall, bd, 5));
}

TEST_CASE("random linked sets are protected table by table and jointly", "[disclosure]") {
    std::mt19937 g(1234);
    int checked = 0;
    for (int it = 0; it < 400 && checked < 60; ++it) {
        const std::size_t C = 2 + g() % 2;
        std::vector<i64> overall(C);
        for (auto& v : overall) v = 1 + g() % 7;
        std::vector<CountTable> bd;
        const std::size_t m = 1 + g() % 3;
        for (std::size_t b = 0; b < m; ++b) bd.push_back(split(overall, 1 + g() % 3, g));
        bool empty_row = false;
        for (const auto& t : bd)
            for (const auto& row : t.cells) empty_row = empty_row || std::all_of(row.begin(), row.end(), [](i64 v) { return v == 0; });
        if (empty_row) continue;  // groups without schools are not rows of a published breakdown
        const i64 k = 2 + g() % 4;
        auto r = suppress_linked(overall, bd, k);
        INFO("set " << it);
        check_linked_tables(overall, bd, r, k);
        int hidden = 0;
        for (const auto& p : r.breakdowns) hidden += count(p, Pri) + count(p, Com);
        if (hidden <= 9) {
            check_jointly_protected(overall, bd, r);
            ++checked;
        }
    }
    CHECK(checked >= 30);
}

TEST_CASE("linked tables of a national size", "[disclosure]") {
    std::mt19937 g(99);
    const std::vector<i64> overall{310, 2900, 3100, 1190};
    std::vector<CountTable> bd{split(overall, 340, g), split(overall, 4, g), split(overall, 3, g)};
    auto r = suppress_linked(overall, bd, 5);
    check_linked_tables(overall, bd, r, 5);
    CHECK(r == suppress_linked(overall, bd, 5));
}

// ---- bad input ----------------------------------------------------------------------------------------

TEST_CASE("disclosure control refuses bad input with InvalidArgument", "[disclosure]") {
    auto t = table({{1, 2}, {3, 4}});
    CHECK_THROWS_AS(suppress(t, 0), InvalidArgument);
    CHECK_THROWS_AS(suppress(t, -5), InvalidArgument);
    CHECK_THROWS_AS(suppress(table({{1, 2}, {3}}), 5), InvalidArgument);
    CHECK_THROWS_AS(suppress(table({{1, -2}, {3, 4}}), 5), InvalidArgument);
    CHECK_THROWS_AS(suppress(t, 5, one_row()), InvalidArgument);
    SuppressionOptions o;
    o.hidden_column_totals = {true};
    CHECK_THROWS_AS(suppress(t, 5, o), InvalidArgument);
    CHECK_THROWS_AS(suppress(table({{i64{1} << 59, i64{1} << 59}, {i64{1} << 59, 1}}), 5), OverflowError);
    CHECK_THROWS_WITH(suppress(table({{1, 2}, {3}}), 5), Catch::Contains("row 1 has 1 counts"));

    auto p = suppress(t, 5);
    auto wrong = p;
    wrong.row_totals.pop_back();
    CHECK_THROWS_AS(audit(t, wrong), InvalidArgument);
    CHECK_THROWS_AS(audit(table({{1, 2, 3}, {3, 4, 5}}), p), InvalidArgument);
    CHECK_THROWS_AS(feasible(t, p, cell(2, 0), 1), InvalidArgument);
    CHECK_THROWS_AS(feasible(t, p, col_total(5), 1), InvalidArgument);
    CHECK(feasible(t, pattern_of({{Pub, Pub}, {Pub, Pub}}, {Pub, Pub}, {Pub, Pub}), cell(0, 0), 1));
    CHECK_FALSE(feasible(t, pattern_of({{Pub, Pub}, {Pub, Pub}}, {Pub, Pub}, {Pub, Pub}), cell(0, 0), 2));

    CHECK_THROWS_AS(suppress_linked({3, 4}, {table({{3, 5}})}, 5), InvalidArgument);    // column sums differ
    CHECK_THROWS_AS(suppress_linked({3, 4}, {table({{3, 4, 0}})}, 5), InvalidArgument);  // another width
    CHECK_THROWS_AS(suppress_linked({3, 4}, {table({{3, 4}, {0}})}, 5), InvalidArgument);
    CHECK_THROWS_AS(suppress_linked({3, -4}, {}, 5), InvalidArgument);
    CHECK_THROWS_AS(suppress_linked({3, 4}, {}, 0), InvalidArgument);
    CHECK_THROWS_WITH(suppress_linked({3, 4}, {table({{3, 5}})}, 5), Catch::Contains("column 1 sums to 5"));
}

TEST_CASE("empty and degenerate tables do not break anything", "[disclosure]") {
    auto p = suppress(table({}), 5);
    CHECK(p.cells.empty());
    CHECK(audit(table({}), p).empty());
    auto z = suppress(table({{0, 0}, {0, 0}}), 5);  // grand total 0: nothing can be protected, and it says so
    CHECK(z.unprotected.size() == 4);
    auto l = suppress_linked({}, {}, 5);
    CHECK(l.overall.empty());
    auto l0 = suppress_linked({0, 0}, {table({})}, 5);
    CHECK(l0.overall_unprotected.size() == 2);
}
