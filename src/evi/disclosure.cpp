// Disclosure control for tables of counts (evi/disclosure.hpp). Method and proofs: docs/evi-disclosure.md
// (keep the two in step).
//
// The one idea everything rests on. Fix what is published. Every suppressed value is an arc of a network
// whose nodes are the rows, the columns, a row hub (feeding rows whose total is suppressed) and a column hub
// (fed by columns whose total is suppressed):
//   cell (i, j)        row i  -> column j    (row i -> column hub when the column totals are the cells)
//   row total i        row hub -> row i      flow = the suppressed part of row i (its suppressed cells' sum)
//   column total j     column j -> col hub   flow = the suppressed part of column j
// With the true values as flows, every node is balanced against what is published (a published row total
// fixes what enters its row, the grand total minus the published row totals fixes what enters the row hub,
// and so on). Another table agrees with everything published iff it differs from the true one by a
// circulation on these arcs that leaves every flow >= 0. Hence, in the residual network (an arc can always
// go up — its capacity is unbounded — and can go down by its flow):
//   * a value can go up by t   iff t units can flow from its head back to its tail without its own arcs;
//   * a value can go down by t iff t units can flow from its tail to its head without its own arcs, t <= flow.
// "Can move by one" is a reachability question (BFS); the exact interval is a maximum flow (Dinic). The
// forward arcs form a DAG (row hub -> rows -> columns -> column hub), so every cycle uses a backward arc and
// every such flow is bounded. The matrix of this system is a network matrix, so the extremes are integral:
// the integer interval equals the LP interval.
#include "cmkit/evi/disclosure.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <stdexcept>
#include <bit>
#include <limits>
#include <optional>
#include <queue>
#include <string>
#include <tuple>
#include <utility>

#include "cmkit/error.hpp"

namespace cmkit::evi {
namespace {

using i64 = std::int64_t;
constexpr i64 kMaxTotal = i64{1} << 60;
constexpr i64 kI64Max = std::numeric_limits<i64>::max();

i64 sat_add(i64 a, i64 b) { return a > kI64Max - b ? kI64Max : a + b; }  // a, b >= 0

// ---- input checks ------------------------------------------------------------------------------------

void check_k(i64 k, const char* fn) {
    if (k < 1) throw InvalidArgument(std::string(fn) + ": k (minimum cell size) must be at least 1, got " + std::to_string(k));
}

/// The table, its sums and the shape of the value and node numbering.
struct Data {
    std::size_t R = 0, C = 0;
    bool cac = false;  // column totals are the cells (one-row table)
    std::vector<std::vector<i64>> x;
    std::vector<i64> rowsum, colsum;
    i64 grand = 0;

    int nvalues() const { return static_cast<int>(R * C + R + C); }
    int nnodes() const { return static_cast<int>(R + C + 2); }
    int cell(std::size_t i, std::size_t j) const { return static_cast<int>(i * C + j); }
    int row_total(std::size_t i) const { return static_cast<int>(R * C + i); }
    int col_total(std::size_t j) const { return static_cast<int>(R * C + R + j); }
    int row_node(std::size_t i) const { return static_cast<int>(i); }
    int col_node(std::size_t j) const { return static_cast<int>(R + j); }
    int hub_r() const { return static_cast<int>(R + C); }
    int hub_c() const { return static_cast<int>(R + C + 1); }
    bool is_cell(int v) const { return v < static_cast<int>(R * C); }
    bool is_row_total(int v) const { return !is_cell(v) && v < static_cast<int>(R * C + R); }
    bool is_col_total(int v) const { return v >= static_cast<int>(R * C + R); }
    bool is_margin(int v) const { return !is_cell(v); }
    /// A value the reader could ask about (column totals are not separate values when they are the cells).
    bool exists(int v) const { return !(cac && is_col_total(v)); }

    std::size_t row_of(int v) const {
        return is_cell(v) ? static_cast<std::size_t>(v) / C : static_cast<std::size_t>(v) - R * C;
    }
    std::size_t col_of(int v) const {
        return is_cell(v) ? static_cast<std::size_t>(v) % C : static_cast<std::size_t>(v) - R * C - R;
    }
    i64 value(int v) const {
        if (is_cell(v)) return x[row_of(v)][col_of(v)];
        if (is_row_total(v)) return rowsum[row_of(v)];
        return colsum[col_of(v)];
    }
    int tail(int v) const {
        if (is_cell(v)) return row_node(row_of(v));
        if (is_row_total(v)) return hub_r();
        return col_node(col_of(v));
    }
    int head(int v) const {
        if (is_cell(v)) return cac ? hub_c() : col_node(col_of(v));
        if (is_row_total(v)) return row_node(row_of(v));
        return hub_c();
    }
    ValueRef ref(int v) const {
        if (is_cell(v)) return {ValueKind::Cell, row_of(v), col_of(v)};
        if (is_row_total(v)) return {ValueKind::RowTotal, row_of(v), 0};
        return {ValueKind::ColumnTotal, 0, col_of(v)};
    }
};

/// @p columns_if_empty: the number of columns of a table without rows (a breakdown of an empty distribution).
Data make_data(const std::vector<std::vector<i64>>& cells, bool cac, const std::string& what, std::size_t columns_if_empty = 0) {
    Data d;
    d.R = cells.size();
    d.C = d.R ? cells[0].size() : columns_if_empty;
    d.cac = cac;
    if (d.R > 1'000'000 || d.C > 1'000'000 || d.R * d.C > 10'000'000)
        throw InvalidArgument(what + ": the table is too large (" + std::to_string(d.R) + " x " + std::to_string(d.C) + ")");
    d.rowsum.assign(d.R, 0);
    d.colsum.assign(d.C, 0);
    for (std::size_t i = 0; i < d.R; ++i) {
        if (cells[i].size() != d.C)
            throw InvalidArgument(what + ": row " + std::to_string(i) + " has " + std::to_string(cells[i].size()) +
                                  " counts but row 0 has " + std::to_string(d.C) + " (a table must be rectangular)");
        for (std::size_t j = 0; j < d.C; ++j) {
            i64 c = cells[i][j];
            if (c < 0)
                throw InvalidArgument(what + ": the count in row " + std::to_string(i) + ", column " + std::to_string(j) + " is " +
                                      std::to_string(c) + "; counts must be 0 or more");
            if (c > kMaxTotal || d.grand > kMaxTotal - c) throw OverflowError(what + ": the counts sum beyond 2^60");
            d.grand += c;
            d.rowsum[i] += c;
            d.colsum[j] += c;
        }
    }
    d.x = cells;
    return d;
}

// ---- costs of complementary suppression ----------------------------------------------------------------

/// Lexicographic: fewer margins, then a smaller sum of suppressed counts, then fewer values.
struct Cost {
    i64 margins = 0, sum = 0, n = 0;
    friend bool operator<(const Cost& a, const Cost& b) { return std::tie(a.margins, a.sum, a.n) < std::tie(b.margins, b.sum, b.n); }
    friend bool operator==(const Cost& a, const Cost& b) = default;
    Cost operator+(const Cost& o) const { return {sat_add(margins, o.margins), sat_add(sum, o.sum), sat_add(n, o.n)}; }
};

/// A shortcut through the column hub allowed only once per path (linked tables: a unit exchange p+, q-).
struct Virtual {
    int from, to;
};

struct SearchOptions {
    int exclude = -1;                              ///< a value whose arcs are left out (the one to move)
    bool avoid_hub_c = false;                      ///< keep the overall values fixed (linked tables)
    bool margins = true;                           ///< may propose suppressing margins
    const std::vector<Virtual>* virtuals = nullptr;  ///< at most one of these per path
};

struct Found {
    Cost cost;
    std::vector<int> values;  ///< published values to suppress (may repeat)
};

struct Arc {
    int to;
    int value;
};

/// An arc of the search network: either a residual arc of a suppressed value (free) or an arc that exists
/// once the listed published values are suppressed.
struct SearchArc {
    int to;
    int value;         ///< the value whose arc this is (excluded with it)
    Cost cost;
    int fill1 = -1;    ///< values to suppress to use it
    int fill2 = -1;
};

// ---- the state of one table under suppression --------------------------------------------------------

class State {
public:
    explicit State(Data data) : d(std::move(data)) {
        const int nv = d.nvalues();
        hidden.assign(nv, 0);
        eligible.assign(nv, 0);
        status.assign(nv, CellStatus::Published);
        flow.assign(nv, 0);
        safe.assign(nv, 0);
        unprot.assign(nv, 0);
        joint_safe.assign(nv, 0);
        joint_unprot.assign(nv, 0);
    }

    Data d;
    std::vector<char> hidden, eligible;
    std::vector<CellStatus> status;
    std::vector<i64> flow;
    std::vector<char> safe, unprot;               // per-table: movable (cached, monotone) / no allowed pattern helps
    std::vector<char> joint_safe, joint_unprot;   // the same across linked tables

    void hide(int v, CellStatus s) {
        if (hidden[v]) return;
        hidden[v] = 1;
        status[v] = s;
        dirty_ = true;
        pending_.push_back(v);
        if (v < scan_from_) scan_from_ = v;
    }

    /// Flows of the suppressed values and the residual network. Built once; afterwards each newly suppressed
    /// value is applied on its own (its arcs, the flows of its row and column totals, the cheapest cells of
    /// its lines and the closure counts of its row), so a hide costs O(columns), not O(table).
    void refresh() {
        if (!dirty_) return;
        dirty_ = false;
        ++version_;  // the cached search networks are stale
        if (!built_) {
            rebuild();
        } else {
            for (int v : pending_) apply(v);
        }
        pending_.clear();
    }

    /// Can suppressed value v move by one (exactly, in this table)?
    bool movable(int v, SearchOptions o = {}) {
        refresh();
        o.exclude = v;
        if (reach(d.head(v), d.tail(v), o)) return true;
        return flow[v] > 0 && reach(d.tail(v), d.head(v), o);
    }

    /// reach() between two column nodes with the overall values fixed (linked tables), remembered until the
    /// table changes: joint_step asks the same questions of the tables it did not touch.
    bool reach_fixed_columns(std::size_t from_col, std::size_t to_col, const SearchOptions& fixed) {
        refresh();
        const std::size_t C = d.C;
        if (fixed_version_ != version_) {
            fixed_version_ = version_;
            fixed_reach_.assign(C * C, -1);
        }
        auto& r = fixed_reach_[from_col * C + to_col];
        if (r < 0) r = reach(d.col_node(from_col), d.col_node(to_col), fixed) ? 1 : 0;
        return r == 1;
    }

    /// Is `to` reachable from `from` in the residual network? A table with more rows than column and hub
    /// nodes is searched over its closure (reach_closure), a small one by a plain BFS (reach_bfs); the two
    /// give the same answer (tests/cpp/test_evi_disclosure.cpp compares them on random tables).
    bool reach(int from, int to, const SearchOptions& o) {
        refresh();
        if (use_closure()) return reach_closure(from, to, o);
        return reach_bfs(from, to, o);
    }

    /// Whether reach() uses the closure for this table (CMKIT_DISCLOSURE_BFS=1 in the environment forces the
    /// plain search, for the equivalence test).
    bool use_closure() const { return closure_allowed_ && d.C + 2 <= 64 && d.R > d.C + 2; }

    /// Breadth-first search over the whole residual network.
    bool reach_bfs(int from, int to, const SearchOptions& o) {
        refresh();
        const int nn = d.nnodes();
        const int layers = o.virtuals && !o.virtuals->empty() ? 2 : 1;
        // buffers kept between searches: a visit stamp instead of clearing a seen array
        const auto ns = static_cast<std::size_t>(nn * layers);
        if (seen_.size() < ns) seen_.resize(ns, 0);
        if (++stamp_ == 0) {
            std::fill(seen_.begin(), seen_.end(), 0);
            stamp_ = 1;
        }
        std::vector<int>& queue = queue_;
        queue.clear();
        queue.push_back(from);
        seen_[static_cast<std::size_t>(from)] = stamp_;
        for (std::size_t h = 0; h < queue.size(); ++h) {
            const int s = queue[h], node = s % nn, layer = s / nn;
            if (node == to) return true;
            auto visit = [&](int next) {
                if (seen_[static_cast<std::size_t>(next)] != stamp_) {
                    seen_[static_cast<std::size_t>(next)] = stamp_;
                    queue.push_back(next);
                }
            };
            for (const Arc& a : res_[node]) {
                if (a.value == o.exclude || (o.avoid_hub_c && a.to == d.hub_c())) continue;
                visit(layer * nn + a.to);
            }
            if (layer == 0 && layers == 2)
                for (const Virtual& w : *o.virtuals)
                    if (w.from == node) visit(nn + w.to);
        }
        return false;
    }

    /// reach() over the closure of the network on its few "small" nodes (the columns and the two hubs).
    ///
    /// A row node only has arcs to and from small nodes, so a path passes a row r as a -> r -> b. Let
    /// pairs(a, b) count the rows offering that passage; the network is then equivalent, for reachability
    /// between small nodes, to the small graph with an arc a -> b wherever pairs(a, b) > 0, plus the arcs
    /// between small nodes themselves (column totals). The rows the question is about (the ends `from` and
    /// `to` when they are rows, and the row of the value left out) are taken out of the counts and kept as
    /// explicit nodes with their own arcs (without the excluded value's). The search is then over at most
    /// C + 5 nodes per layer instead of R + C + 2, and the counts are made once per state of the table.
    bool reach_closure(int from, int to, const SearchOptions& o) {
        ensure_closure();
        const int R = static_cast<int>(d.R), nS = static_cast<int>(d.C) + 2;
        const int layers = o.virtuals && !o.virtuals->empty() ? 2 : 1;
        if (layers == 2)
            for (const Virtual& w : *o.virtuals)
                if (w.from < R || w.to < R) return reach_bfs(from, to, o);  // only column-to-column shortcuts here
        const int hubc = d.hub_c() - R;
        // the explicit rows
        int X[3];
        int nx = 0;
        auto add_row = [&](int node) {
            if (node < 0 || node >= R) return;
            for (int i = 0; i < nx; ++i)
                if (X[i] == node) return;
            X[nx++] = node;
        };
        add_row(from);
        add_row(to);
        if (o.exclude >= 0 && !d.is_col_total(o.exclude)) add_row(static_cast<int>(d.row_of(o.exclude)));
        // pair counts without the explicit rows
        auto& eff = closure_eff_;
        eff = closure_pairs_;
        for (int i = 0; i < nx; ++i) {
            const std::uint64_t in = closure_in_[X[i]], out = closure_out_[X[i]];
            for (std::uint64_t a = in; a; a &= a - 1)
                for (std::uint64_t b = out; b; b &= b - 1)
                    --eff[static_cast<std::size_t>(std::countr_zero(a) * nS + std::countr_zero(b))];
        }
        // local numbering: small node s -> s, explicit row X[i] -> nS + i; state = layer * nl + local
        const int nl = nS + nx;
        auto local = [&](int node) {
            if (node >= R) return node - R;
            for (int i = 0; i < nx; ++i)
                if (X[i] == node) return nS + i;
            return -1;
        };
        const int src = local(from), dst = local(to);
        std::uint64_t seen[2] = {0, 0};  // nl <= 69 does not fit one word: small nodes in bits, rows below
        bool seen_row[2][3] = {{false, false, false}, {false, false, false}};
        auto mark = [&](int state) {
            const int layer = state / nl, l = state % nl;
            if (l < nS) {
                if (seen[layer] >> l & 1) return false;
                seen[layer] |= std::uint64_t{1} << l;
            } else {
                if (seen_row[layer][l - nS]) return false;
                seen_row[layer][l - nS] = true;
            }
            return true;
        };
        int queue[2 * (64 + 3)];
        int qn = 0;
        mark(src);
        queue[qn++] = src;
        for (int h = 0; h < qn; ++h) {
            const int state = queue[h], layer = state / nl, l = state % nl;
            if (l == dst) return true;
            auto visit = [&](int next_local, int next_layer) {
                const int st = next_layer * nl + next_local;
                if (mark(st)) queue[qn++] = st;
            };
            if (l < nS) {
                const int node = R + l;
                for (int b = 0; b < nS; ++b)
                    if (eff[static_cast<std::size_t>(l * nS + b)] > 0 && !(o.avoid_hub_c && b == hubc)) visit(b, layer);
                for (const Arc& a : closure_small_[l])
                    if (a.value != o.exclude && !(o.avoid_hub_c && a.to == d.hub_c())) visit(a.to - R, layer);
                for (int i = 0; i < nx; ++i)
                    for (const Arc& a : closure_into_[X[i]])  // a.to holds the small node the arc comes from
                        if (a.to == node && a.value != o.exclude) visit(nS + i, layer);
                if (layer == 0 && layers == 2)
                    for (const Virtual& w : *o.virtuals)
                        if (w.from == node) visit(w.to - R, 1);
            } else {
                for (const Arc& a : res_[X[l - nS]])
                    if (a.value != o.exclude && !(o.avoid_hub_c && a.to == d.hub_c())) visit(local(a.to), layer);
            }
        }
        return false;
    }

    /// The cheapest set of published values whose suppression makes a path from `from` to `to`: over the
    /// closure when reach() uses it (cheapest_closure), else by a Dijkstra over the whole network; the two give
    /// the same set, cost and order (tests/python/test_disclosure.py runs both on random tables).
    std::optional<Found> cheapest(int from, int to, const SearchOptions& o) {
        refresh();
        if (use_closure()) return cheapest_closure(from, to, o);
        return cheapest_plain(from, to, o);
    }

    /// Dijkstra over the whole search network.
    std::optional<Found> cheapest_plain(int from, int to, const SearchOptions& o) {
        refresh();
        const int nn = d.nnodes();
        const int layers = o.virtuals && !o.virtuals->empty() ? 2 : 1;
        const auto& arcs = search_arcs(o);
        const std::size_t ns = static_cast<std::size_t>(nn * layers);
        // buffers kept between searches; a state is unset unless its stamp is this search's
        if (dj_stamp_.size() < ns) {
            dj_stamp_.resize(ns, 0);
            dj_dist_.resize(ns);
            dj_prev_state_.resize(ns);
            dj_prev_arc_.resize(ns);
            dj_done_.resize(ns, 0);
        }
        if (++dj_now_ == 0) {
            std::fill(dj_stamp_.begin(), dj_stamp_.end(), 0);
            std::fill(dj_done_.begin(), dj_done_.end(), 0);
            dj_now_ = 1;
        }
        const std::uint32_t now = dj_now_;
        auto has = [&](int st) { return dj_stamp_[static_cast<std::size_t>(st)] == now; };
        using Item = std::pair<Cost, int>;
        // pops the smallest (cost, state): every (cost, state) is pushed at most once, so the order of the pops,
        // and with it the path found, does not depend on how the heap is kept
        auto later = [](const Item& a, const Item& b) { return b.first < a.first || (a.first == b.first && a.second > b.second); };
        auto& pq = dj_heap_;
        pq.clear();
        auto set = [&](int st, const Cost& c, int prev, const SearchArc* a) {
            dj_stamp_[static_cast<std::size_t>(st)] = now;
            dj_dist_[static_cast<std::size_t>(st)] = c;
            dj_prev_state_[static_cast<std::size_t>(st)] = prev;
            dj_prev_arc_[static_cast<std::size_t>(st)] = a;
            pq.push_back({c, st});
            std::push_heap(pq.begin(), pq.end(), later);
        };
        set(from, Cost{}, -1, nullptr);
        while (!pq.empty()) {
            std::pop_heap(pq.begin(), pq.end(), later);
            auto [c, s] = pq.back();
            pq.pop_back();
            if (!(c == dj_dist_[static_cast<std::size_t>(s)])) continue;
            dj_done_[static_cast<std::size_t>(s)] = now;
            const int node = s % nn, layer = s / nn;
            if (node == to) {
                Found f{c, {}};
                for (int t = s; t != from; t = dj_prev_state_[static_cast<std::size_t>(t)])
                    if (const SearchArc* a = dj_prev_arc_[static_cast<std::size_t>(t)]) {
                        if (a->fill1 >= 0) f.values.push_back(a->fill1);
                        if (a->fill2 >= 0) f.values.push_back(a->fill2);
                    }
                return f;
            }
            // A state is relaxed only on a strict improvement (the first state popped with the best cost is its
            // predecessor). Left out, without changing the path: states already popped (nothing improves them)
            // and costs above the best known cost of `to` (such a state is popped after `to`, if ever).
            auto beyond_to = [&](int to_state, const Cost& nc) { return has(to_state) && dj_dist_[static_cast<std::size_t>(to_state)] < nc; };
            auto relax = [&](int next, const Cost& nc, const SearchArc* a) {
                if (dj_done_[static_cast<std::size_t>(next)] == now) return;
                if (beyond_to(to, nc) || (layers == 2 && beyond_to(nn + to, nc))) return;
                if (!has(next) || nc < dj_dist_[static_cast<std::size_t>(next)]) set(next, nc, s, a);
            };
            for (const SearchArc& a : arcs[node])
                if (a.value != o.exclude) relax(layer * nn + a.to, c + a.cost, &a);
            if (layer == 0 && layers == 2)
                for (const Virtual& w : *o.virtuals)
                    if (w.from == node) relax(nn + w.to, c, nullptr);
        }
        return std::nullopt;
    }

    /// The cheapest way to let suppressed value v move by one (up or down), or nothing if no allowed
    /// pattern can.
    std::optional<Found> protection(int v, SearchOptions o = {}) {
        refresh();
        o.exclude = v;
        auto up = cheapest(d.head(v), d.tail(v), o);
        std::optional<Found> down;
        int fill = -1;
        bool can_go_down = flow[v] > 0;
        if (!can_go_down && d.is_margin(v) && d.value(v) > 0) {  // a margin whose suppressed part is still 0
            fill = d.is_row_total(v) ? cheapest_in_row_[d.row_of(v)] : cheapest_in_col_[d.col_of(v)];
            can_go_down = fill >= 0;
        }
        if (can_go_down) {
            down = cheapest(d.tail(v), d.head(v), o);
            if (down && fill >= 0) {
                down->cost = down->cost + cost_of(fill);
                down->values.push_back(fill);
            }
        }
        if (up && (!down || !(down->cost < up->cost))) return up;
        return down;
    }

    /// Complementary suppression until every suppressed value of this table can move (or cannot be helped).
    void protect() {
        const int nv = d.nvalues();
        for (;;) {
            refresh();
            // the bridge test saves searches of the whole network; the closure search is cheaper than it
            const std::vector<char>* bridge = use_closure() ? nullptr : &bridges();
            int target = -1;
            for (int v = scan_from_; v < nv; ++v) {
                if (!d.exists(v) || !hidden[v] || unprot[v] || safe[v]) continue;
                if (!(bridge && (*bridge)[v]) && movable(v)) {  // a bridge cannot lie on any cycle: determined already
                    safe[v] = 1;
                    continue;
                }
                target = v;
                break;
            }
            scan_from_ = target < 0 ? nv : target;  // hide() moves it back to a newly suppressed value
            if (target < 0) return;
            auto found = protection(target);
            if (!found || !hide_all(found->values)) unprot[target] = 1;
        }
    }

    /// Suppresses the listed (published) values as complementary; false if none was new.
    bool hide_all(const std::vector<int>& values) {
        bool any = false;
        for (int v : values)
            if (!hidden[v]) {
                hide(v, CellStatus::Complementary);
                any = true;
            }
        return any;
    }

    Cost cost_of(int v) const { return Cost{d.is_margin(v) ? 1 : 0, d.value(v), 1}; }

    /// The cheap linear test: an arc that is a bridge of the undirected graph of suppressed values lies on
    /// no cycle, so its value is fixed by the published equations alone (iterative Tarjan, parallel arcs
    /// counted separately).
    const std::vector<char>& bridges() {
        const int nn = d.nnodes(), nv = d.nvalues();
        auto& adj = bridge_adj_;  // (neighbour, value); buffers kept between calls
        adj.resize(static_cast<std::size_t>(nn));
        for (auto& a : adj) a.clear();
        for (int v = 0; v < nv; ++v)
            if (d.exists(v) && hidden[v]) {
                adj[d.tail(v)].push_back({d.head(v), v});
                adj[d.head(v)].push_back({d.tail(v), v});
            }
        auto& out = bridge_out_;
        out.assign(static_cast<std::size_t>(nv), 0);
        auto& disc = bridge_disc_;
        auto& low = bridge_low_;
        disc.assign(static_cast<std::size_t>(nn), -1);
        low.assign(static_cast<std::size_t>(nn), 0);
        int timer = 0;
        for (int root = 0; root < nn; ++root) {
            if (disc[root] >= 0) continue;
            auto& stack = bridge_stack_;
            stack.clear();
            stack.push_back({root, -1, 0});
            disc[root] = low[root] = timer++;
            while (!stack.empty()) {
                Frame& f = stack.back();
                if (f.next < static_cast<int>(adj[f.node].size())) {
                    auto [to, v] = adj[f.node][f.next++];
                    if (v == f.via) continue;
                    if (disc[to] < 0) {
                        disc[to] = low[to] = timer++;
                        stack.push_back({to, v, 0});
                    } else {
                        low[f.node] = std::min(low[f.node], disc[to]);
                    }
                } else {
                    Frame done = f;
                    stack.pop_back();
                    if (!stack.empty()) {
                        Frame& parent = stack.back();
                        low[parent.node] = std::min(low[parent.node], low[done.node]);
                        if (low[done.node] > disc[parent.node]) out[done.via] = 1;
                    }
                }
            }
        }
        return out;
    }

    SuppressionPattern pattern() const {
        SuppressionPattern p;
        p.column_totals_are_cells = d.cac;
        p.cells.assign(d.R, std::vector<CellStatus>(d.C, CellStatus::Published));
        for (std::size_t i = 0; i < d.R; ++i)
            for (std::size_t j = 0; j < d.C; ++j) p.cells[i][j] = status[d.cell(i, j)];
        for (std::size_t i = 0; i < d.R; ++i) p.row_totals.push_back(status[d.row_total(i)]);
        for (std::size_t j = 0; j < d.C; ++j) p.column_totals.push_back(d.cac ? status[d.cell(0, j)] : status[d.col_total(j)]);
        for (int v = 0; v < d.nvalues(); ++v)
            if (d.exists(v) && (unprot[v] || joint_unprot[v])) p.unprotected.push_back(d.ref(v));
        return p;
    }

private:
    bool dirty_ = true;
    std::uint64_t version_ = 0;  // of the residual network; bumped by every refresh that rebuilt it
    std::vector<std::vector<Arc>> res_;
    struct ArcCache {
        std::uint64_t version = ~std::uint64_t{0};
        std::vector<std::vector<SearchArc>> arcs;
    };
    std::array<ArcCache, 4> arcs_cache_;
    struct Frame {
        int node, via, next;
    };
    std::vector<std::vector<std::pair<int, int>>> bridge_adj_;
    std::vector<char> bridge_out_;
    std::vector<int> bridge_disc_, bridge_low_;
    std::vector<Frame> bridge_stack_;
    std::vector<std::uint32_t> seen_;
    std::uint32_t stamp_ = 0;
    std::uint64_t fixed_version_ = ~std::uint64_t{0};
    std::vector<signed char> fixed_reach_;
    std::vector<int> queue_;
    std::vector<int> cheapest_in_row_, cheapest_in_col_;
    std::vector<std::uint32_t> dj_stamp_, dj_done_;  // cheapest(): buffers kept between searches
    std::uint32_t dj_now_ = 0;
    std::vector<Cost> dj_dist_;
    std::vector<int> dj_prev_state_;
    std::vector<const SearchArc*> dj_prev_arc_;
    std::vector<std::pair<Cost, int>> dj_heap_;
    bool closure_allowed_ = std::getenv("CMKIT_DISCLOSURE_BFS") == nullptr;
    std::vector<std::uint64_t> closure_in_, closure_out_;   // per row: small nodes with an arc into / out of it
    std::vector<int> closure_pairs_, closure_eff_;          // (a, b) -> rows r with a -> r -> b
    std::vector<std::vector<Arc>> closure_into_;            // per row: arcs into it (to = the small node they leave)
    std::vector<std::vector<Arc>> closure_small_;           // per small node: its arcs to small nodes

    // ---- incremental maintenance (refresh) ----------------------------------------------------------

    bool built_ = false;
    std::vector<int> pending_;              // suppressed since the last refresh, in order
    std::vector<char> applied_;             // the value's residual arcs are in res_
    std::vector<i64> rowpart_, colpart_;    // the suppressed part of each row / column
    std::vector<int> row_log_;              // rows whose arcs changed, in order (the pair indexes catch up from it)
    int scan_from_ = 0;                     // protect(): every value before it is published, safe or unprotected
    bool closure_built_ = false;

    /// The first refresh: everything from the table.
    void rebuild() {
        built_ = true;
        const int nv = d.nvalues(), nn = d.nnodes();
        rowpart_.assign(d.R, 0);
        colpart_.assign(d.C, 0);
        applied_.assign(static_cast<std::size_t>(nv), 0);
        for (std::size_t i = 0; i < d.R; ++i)
            for (std::size_t j = 0; j < d.C; ++j)
                if (hidden[d.cell(i, j)]) {
                    rowpart_[i] += d.x[i][j];
                    colpart_[j] += d.x[i][j];
                }
        cheapest_in_row_.assign(d.R, -1);
        cheapest_in_col_.assign(d.C, -1);
        for (std::size_t i = 0; i < d.R; ++i) cheapest_in_row_[i] = cheapest_of_row(i);
        for (std::size_t j = 0; j < d.C; ++j) cheapest_in_col_[j] = cheapest_of_col(j);
        for (int v = 0; v < nv; ++v) {
            if (!d.exists(v)) continue;
            flow[v] = d.is_cell(v) ? d.value(v) : d.is_row_total(v) ? rowpart_[d.row_of(v)] : colpart_[d.col_of(v)];
        }
        res_.assign(static_cast<std::size_t>(nn), {});
        for (int v = 0; v < nv; ++v) {
            if (!d.exists(v) || !hidden[v]) continue;
            applied_[v] = 1;
            res_[d.tail(v)].push_back({d.head(v), v});
            if (flow[v] > 0) res_[d.head(v)].push_back({d.tail(v), v});
        }
        closure_built_ = false;
        for (auto& p : pair_index_) p.built = false;
        row_log_.clear();
    }

    /// A newly suppressed value, after the first refresh.
    void apply(int v) {
        applied_[v] = 1;
        add_res(d.tail(v), d.head(v), v);
        if (flow[v] > 0) add_res(d.head(v), d.tail(v), v);
        if (d.is_cell(v)) {
            const std::size_t i = d.row_of(v), j = d.col_of(v);
            const i64 x = d.x[i][j];
            if (x > 0) {
                rowpart_[i] += x;
                colpart_[j] += x;
                set_margin_flow(d.row_total(i), rowpart_[i]);
                if (!d.cac) set_margin_flow(d.col_total(j), colpart_[j]);
            }
            if (cheapest_in_row_[i] == v) cheapest_in_row_[i] = cheapest_of_row(i);
            if (cheapest_in_col_[j] == v) cheapest_in_col_[j] = cheapest_of_col(j);
            row_log_.push_back(static_cast<int>(i));
        } else if (d.is_row_total(v)) {
            row_log_.push_back(static_cast<int>(d.row_of(v)));
        }
    }

    /// A margin's suppressed part changed: its backward arc appears when it becomes positive.
    void set_margin_flow(int m, i64 f) {
        const i64 old = flow[m];
        flow[m] = f;
        if (hidden[m] && applied_[m] && old == 0 && f > 0) add_res(d.head(m), d.tail(m), m);
    }

    /// The published eligible positive cell with the smallest count in row i (the first of equals), or -1.
    int cheapest_of_row(std::size_t i) const {
        int best = -1;
        for (std::size_t j = 0; j < d.C; ++j) {
            const int v = d.cell(i, j);
            if (!hidden[v] && eligible[v] && d.x[i][j] > 0 && (best < 0 || d.value(v) < d.value(best))) best = v;
        }
        return best;
    }
    int cheapest_of_col(std::size_t j) const {
        int best = -1;
        for (std::size_t i = 0; i < d.R; ++i) {
            const int v = d.cell(i, j);
            if (!hidden[v] && eligible[v] && d.x[i][j] > 0 && (best < 0 || d.value(v) < d.value(best))) best = v;
        }
        return best;
    }

    /// A residual arc u -> w of value v; the closure follows when it is kept.
    void add_res(int u, int w, int v) {
        res_[u].push_back({w, v});
        if (!closure_built_) return;
        const int R = static_cast<int>(d.R);
        if (u < R) {
            closure_set(u, closure_in_[u], closure_out_[u] | std::uint64_t{1} << (w - R));
        } else if (w < R) {
            closure_into_[w].push_back({u, v});
            closure_set(w, closure_in_[w] | std::uint64_t{1} << (u - R), closure_out_[w]);
        } else {
            closure_small_[u - R].push_back({w, v});
        }
    }

    /// Row r now has residual arcs from the small nodes in @p in and to those in @p out: the pair counts follow.
    void closure_set(int r, std::uint64_t in, std::uint64_t out) {
        const int nS = static_cast<int>(d.C) + 2;
        auto count = [&](std::uint64_t a_set, std::uint64_t b_set, int delta) {
            for (std::uint64_t a = a_set; a; a &= a - 1)
                for (std::uint64_t b = b_set; b; b &= b - 1)
                    closure_pairs_[static_cast<std::size_t>(std::countr_zero(a) * nS + std::countr_zero(b))] += delta;
        };
        count(closure_in_[r], closure_out_[r], -1);
        closure_in_[r] = in;
        closure_out_[r] = out;
        count(in, out, +1);
    }

    /// The closure of the residual network (see reach_closure): made once, then kept up by add_res.
    void ensure_closure() {
        refresh();
        if (closure_built_) return;
        closure_built_ = true;
        const int R = static_cast<int>(d.R), nS = static_cast<int>(d.C) + 2;
        closure_in_.assign(static_cast<std::size_t>(R), 0);
        closure_out_.assign(static_cast<std::size_t>(R), 0);
        closure_pairs_.assign(static_cast<std::size_t>(nS * nS), 0);
        closure_into_.assign(static_cast<std::size_t>(R), {});
        closure_small_.assign(static_cast<std::size_t>(nS), {});
        for (int u = 0; u < R; ++u)
            for (const Arc& a : res_[u]) closure_out_[u] |= std::uint64_t{1} << (a.to - R);  // rows lead to small nodes only
        for (int l = 0; l < nS; ++l)
            for (const Arc& a : res_[R + l]) {
                if (a.to >= R) {
                    closure_small_[l].push_back(a);
                } else {
                    closure_in_[a.to] |= std::uint64_t{1} << l;
                    closure_into_[a.to].push_back({R + l, a.value});
                }
            }
        for (int r = 0; r < R; ++r) {
            const std::uint64_t in = closure_in_[r], out = closure_out_[r];
            for (std::uint64_t a = in; a; a &= a - 1)
                for (std::uint64_t b = out; b; b &= b - 1)
                    ++closure_pairs_[static_cast<std::size_t>(std::countr_zero(a) * nS + std::countr_zero(b))];
        }
    }

    // ---- the cheapest-set search over the closure ----------------------------------------------------

    /// The search arc of value v in one direction (forward: tail -> head), as search_arcs() would offer it.
    std::optional<SearchArc> arc_of(int v, bool forward, const SearchOptions& o) const {
        if (!d.exists(v) || v == o.exclude) return std::nullopt;
        const bool is_hidden = hidden[v];
        if (!is_hidden && (!eligible[v] || (d.is_margin(v) && !o.margins))) return std::nullopt;
        const int t = d.tail(v), h = d.head(v);
        if (o.avoid_hub_c && (t == d.hub_c() || h == d.hub_c())) return std::nullopt;
        const Cost own = is_hidden ? Cost{} : cost_of(v);
        const int own_fill = is_hidden ? -1 : v;
        if (forward) return SearchArc{h, v, own, own_fill, -1};
        if (flow[v] > 0) return SearchArc{t, v, own, own_fill, -1};
        if (d.is_margin(v) && d.value(v) > 0) {
            const int fill = d.is_row_total(v) ? cheapest_in_row_[d.row_of(v)] : cheapest_in_col_[d.col_of(v)];
            if (fill >= 0) return SearchArc{t, v, own + cost_of(fill), own_fill, fill};
        }
        return std::nullopt;
    }

    /// The search arc u -> w (nodes), if any. Between two nodes there is at most one value's arc when the
    /// column totals are not the cells (the only case searched over the closure).
    std::optional<SearchArc> search_arc(int u, int w, const SearchOptions& o) const {
        const int R = static_cast<int>(d.R), C = static_cast<int>(d.C);
        const int hr = d.hub_r(), hc = d.hub_c();
        if (u < R && w >= R) {  // row -> small
            if (w == hr) return arc_of(d.row_total(static_cast<std::size_t>(u)), false, o);
            if (w < R + C) return arc_of(d.cell(static_cast<std::size_t>(u), static_cast<std::size_t>(w - R)), true, o);
            return std::nullopt;
        }
        if (u >= R && w < R) {  // small -> row
            if (u == hr) return arc_of(d.row_total(static_cast<std::size_t>(w)), true, o);
            if (u < R + C) return arc_of(d.cell(static_cast<std::size_t>(w), static_cast<std::size_t>(u - R)), false, o);
            return std::nullopt;
        }
        if (u >= R && w >= R) {  // small -> small: the column totals
            if (u < R + C && w == hc) return arc_of(d.col_total(static_cast<std::size_t>(u - R)), true, o);
            if (u == hc && w < R + C) return arc_of(d.col_total(static_cast<std::size_t>(w - R)), false, o);
        }
        return std::nullopt;
    }

    /// Per pair of small nodes (a, b), the four best rows r for the passage a -> r -> b, ordered by
    /// (cost of the passage, cost of a -> r, r). Arc costs only fall and arcs only appear as values are
    /// suppressed, so a row's entries only improve: a changed row is re-offered, nothing is taken out. Four
    /// are kept because up to three rows of a search are explicit (left out of the pairs).
    struct PairEntry {
        Cost total, in;
        int row = -1;
        friend bool operator<(const PairEntry& a, const PairEntry& b) {
            if (!(a.total == b.total)) return a.total < b.total;
            if (!(a.in == b.in)) return a.in < b.in;
            return a.row < b.row;
        }
    };
    struct PairBest {
        std::array<PairEntry, 4> e;
        int n = 0;
    };
    struct PairIndex {
        bool built = false;
        std::size_t log_pos = 0;
        std::vector<PairBest> best;
    };
    std::array<PairIndex, 4> pair_index_;

    static SearchOptions key_options(std::size_t key) {
        SearchOptions o;
        o.avoid_hub_c = key & 2;
        o.margins = key & 1;
        return o;
    }

    /// Offers row r's passages to the index; false when an entry got worse (then the index is rebuilt).
    bool offer_row(PairIndex& ix, int r, const SearchOptions& o) {
        const int R = static_cast<int>(d.R), nS = static_cast<int>(d.C) + 2;
        std::optional<Cost> in[64], out[64];
        for (int l = 0; l < nS; ++l) {
            if (auto a = search_arc(R + l, r, o)) in[l] = a->cost;
            else in[l].reset();
            if (auto a = search_arc(r, R + l, o)) out[l] = a->cost;
            else out[l].reset();
        }
        for (int a = 0; a < nS; ++a) {
            if (!in[a]) continue;
            for (int b = 0; b < nS; ++b) {
                if (b == a || !out[b]) continue;
                const PairEntry e{*in[a] + *out[b], *in[a], r};
                PairBest& pb = ix.best[static_cast<std::size_t>(a * nS + b)];
                int at = -1;
                for (int k = 0; k < pb.n; ++k)
                    if (pb.e[static_cast<std::size_t>(k)].row == r) at = k;
                if (at >= 0) {
                    if (pb.e[static_cast<std::size_t>(at)] < e) return false;
                    pb.e[static_cast<std::size_t>(at)] = e;
                } else if (pb.n < 4) {
                    at = pb.n++;
                    pb.e[static_cast<std::size_t>(at)] = e;
                } else if (e < pb.e[3]) {
                    at = 3;
                    pb.e[3] = e;
                } else {
                    continue;
                }
                for (; at > 0 && pb.e[static_cast<std::size_t>(at)] < pb.e[static_cast<std::size_t>(at - 1)]; --at)
                    std::swap(pb.e[static_cast<std::size_t>(at)], pb.e[static_cast<std::size_t>(at - 1)]);
            }
        }
        return true;
    }

    /// The pair index for the options of @p o, brought up to date.
    const PairIndex& pair_index(const SearchOptions& o) {
        const std::size_t key = (o.avoid_hub_c ? 2 : 0) + (o.margins ? 1 : 0);
        PairIndex& ix = pair_index_[key];
        const SearchOptions ko = key_options(key);
        const int R = static_cast<int>(d.R), nS = static_cast<int>(d.C) + 2;
        if (ix.built) {
            for (; ix.log_pos < row_log_.size(); ++ix.log_pos)
                if (!offer_row(ix, row_log_[ix.log_pos], ko)) {
                    ix.built = false;
                    break;
                }
        }
        if (!ix.built) {
            ix.built = true;
            ix.best.assign(static_cast<std::size_t>(nS * nS), PairBest{});
            for (int r = 0; r < R; ++r) offer_row(ix, r, ko);
            ix.log_pos = row_log_.size();
        }
        return ix;
    }

    /// cheapest() over the closure, for a table with more rows than column and hub nodes: the same set, the
    /// same cost and the same path as the plain Dijkstra (cheapest_plain), at a cost that does not grow with
    /// the rows. Distances come from a Dijkstra on the small nodes (plus the explicit rows: the ends and the
    /// row of the value left out), with the passages a -> r -> b taken from the pair index. The path is then
    /// rebuilt with the plain search's own rule: a node's predecessor is the first state popped from the heap
    /// among those that reach it at its distance. The heap pops by (cost, state number) and rows are numbered
    /// before the column and hub nodes, so within one cost the pops come as: the rows already waiting, then
    /// the small node with the lowest number that is waiting, then the rows it reached at no cost, then the
    /// next small node, and so on (layer 0 before layer 1). Replaying that order on the small nodes gives each
    /// state its pop position; a row's position follows from its cheapest predecessor (docs/evi-disclosure.md).
    std::optional<Found> cheapest_closure(int from, int to, const SearchOptions& o) {
        const int R = static_cast<int>(d.R), nS = static_cast<int>(d.C) + 2, nn = d.nnodes();
        const int layers = o.virtuals && !o.virtuals->empty() ? 2 : 1;
        if (layers == 2)
            for (const Virtual& w : *o.virtuals)
                if (w.from < R || w.to < R) return cheapest_plain(from, to, o);
        const PairIndex& ix = pair_index(o);
        int X[3];
        int nx = 0;
        auto add_row = [&](int node) {
            if (node < 0 || node >= R) return;
            for (int i = 0; i < nx; ++i)
                if (X[i] == node) return;
            X[nx++] = node;
        };
        add_row(from);
        add_row(to);
        if (o.exclude >= 0 && !d.is_col_total(o.exclude)) add_row(static_cast<int>(d.row_of(o.exclude)));
        const int N = nS + nx, NT = layers * N;
        auto node_of = [&](int li) { return li < nS ? R + li : X[li - nS]; };
        auto local = [&](int node) {
            if (node >= R) return node - R;
            for (int i = 0; i < nx; ++i)
                if (X[i] == node) return nS + i;
            return -1;
        };
        auto is_explicit = [&](int node) { return node >= R || local(node) >= 0; };
        // the arcs between local nodes (the same in both layers): a value's own arc, and for two small nodes
        // the best passage through a row that is not explicit
        auto& dir = cl_dir_;
        dir.assign(static_cast<std::size_t>(N * N), std::nullopt);
        for (int u = 0; u < N; ++u)
            for (int w = 0; w < N; ++w)
                if (u != w && (u >= nS || w >= nS || node_of(u) == d.hub_c() || node_of(w) == d.hub_c()))
                    dir[static_cast<std::size_t>(u * N + w)] = search_arc(node_of(u), node_of(w), o);
        auto& via = cl_via_;
        via.assign(static_cast<std::size_t>(nS * nS), nullptr);
        for (int a = 0; a < nS; ++a)
            for (int b = 0; b < nS; ++b) {
                const PairBest& pb = ix.best[static_cast<std::size_t>(a * nS + b)];
                for (int k = 0; k < pb.n; ++k)
                    if (!is_explicit(pb.e[static_cast<std::size_t>(k)].row)) {
                        via[static_cast<std::size_t>(a * nS + b)] = &pb.e[static_cast<std::size_t>(k)];
                        break;
                    }
            }
        auto arc_cost = [&](int u, int w) -> std::optional<Cost> {  // local u -> local w, same layer
            std::optional<Cost> c;
            if (const auto& a = dir[static_cast<std::size_t>(u * N + w)]) c = a->cost;
            if (u < nS && w < nS)
                if (const PairEntry* e = via[static_cast<std::size_t>(u * nS + w)]; e && (!c || e->total < *c)) c = e->total;
            return c;
        };
        // virtual shortcuts as local pairs (layer 0 -> layer 1, no cost)
        auto virtual_to = [&](int u, int w) {
            if (layers != 2 || u >= nS || w >= nS) return false;
            for (const Virtual& v : *o.virtuals)
                if (v.from == R + u && v.to == R + w) return true;
            return false;
        };
        // 1. distances (any order of equal costs gives the same distances)
        auto& dist = cl_dist_;
        dist.assign(static_cast<std::size_t>(NT), std::nullopt);
        auto& done = cl_done_;
        done.assign(static_cast<std::size_t>(NT), 0);
        const int src = local(from);
        dist[static_cast<std::size_t>(src)] = Cost{};
        for (;;) {
            int s = -1;
            for (int t = 0; t < NT; ++t)
                if (!done[static_cast<std::size_t>(t)] && dist[static_cast<std::size_t>(t)] &&
                    (s < 0 || *dist[static_cast<std::size_t>(t)] < *dist[static_cast<std::size_t>(s)]))
                    s = t;
            if (s < 0) break;
            done[static_cast<std::size_t>(s)] = 1;
            const int L = s / N, u = s % N;
            const Cost ds = *dist[static_cast<std::size_t>(s)];
            auto relax = [&](int t, const Cost& c) {
                auto& dt = dist[static_cast<std::size_t>(t)];
                if (!dt || c < *dt) dt = c;
            };
            for (int w = 0; w < N; ++w)
                if (w != u)
                    if (auto c = arc_cost(u, w)) relax(L * N + w, ds + *c);
            if (L == 0)
                for (int w = 0; w < nS; ++w)
                    if (virtual_to(u, w)) relax(N + w, ds);
        }
        // 2. pop positions: (cost, position within the cost, state number) orders the states as the heap pops them
        using Key = std::tuple<Cost, i64, int>;
        auto state_id = [&](int L, int node) { return L * nn + node; };
        auto& pos = cl_pos_;
        pos.assign(static_cast<std::size_t>(NT), -1);
        auto zero = [](const std::optional<Cost>& c) { return c && *c == Cost{}; };
        std::vector<std::pair<Cost, i64>>& batch0 = cl_batch0_;  // per cost: the position of layer 1's waiting rows
        batch0.clear();
        {
            std::vector<Cost>& costs = cl_costs_;
            costs.clear();
            for (int t = 0; t < NT; ++t)
                if (dist[static_cast<std::size_t>(t)]) costs.push_back(*dist[static_cast<std::size_t>(t)]);
            std::sort(costs.begin(), costs.end());
            costs.erase(std::unique(costs.begin(), costs.end()), costs.end());
            auto& avail = cl_avail_;
            for (const Cost& c : costs) {
                auto member = [&](int t) { return dist[static_cast<std::size_t>(t)] && *dist[static_cast<std::size_t>(t)] == c; };
                avail.assign(static_cast<std::size_t>(NT), 0);
                // waiting at the start: reached at this cost from a lower one (directly, or through a row that then
                // waits too and passes it on at no cost)
                for (int t = 0; t < NT; ++t) {
                    if (!member(t)) continue;
                    if (t == src) avail[static_cast<std::size_t>(t)] = 1;
                    const int L = t / N, w = t % N;
                    for (int u = 0; u < N && !avail[static_cast<std::size_t>(t)]; ++u) {
                        const auto& du = dist[static_cast<std::size_t>(L * N + u)];
                        if (u == w || !du || !(*du < c)) continue;
                        if (auto ac = arc_cost(u, w); ac && *du + *ac == c) avail[static_cast<std::size_t>(t)] = 1;
                    }
                }
                i64 ev = 0;
                std::function<void(int, i64)> popped;  // a state popped at position p: what it passes on at no cost
                auto pop_row = [&](int t, i64 p) {     // an explicit row
                    if (pos[static_cast<std::size_t>(t)] >= 0) return;
                    pos[static_cast<std::size_t>(t)] = p;
                    popped(t, p);
                };
                popped = [&](int t, i64 p) {
                    const int L = t / N, u = t % N;
                    for (int w = 0; w < N; ++w) {
                        const int tw = L * N + w;
                        if (w == u || !member(tw) || !zero(arc_cost(u, w))) continue;
                        if (w < nS) avail[static_cast<std::size_t>(tw)] = 1;
                        else if (u < nS) pop_row(tw, p + 1);
                    }
                    if (L == 0)
                        for (int w = 0; w < nS; ++w)
                            if (virtual_to(u, w) && member(N + w)) avail[static_cast<std::size_t>(N + w)] = 1;
                };
                for (int L = 0; L < layers; ++L) {
                    // the rows waiting at the start pop first (in layer 1: after everything of layer 0)
                    const i64 start = L == 0 ? 0 : 2 * ev + 1;
                    if (L == 1) batch0.push_back({c, start});
                    for (int w = nS; w < N; ++w)
                        if (member(L * N + w) && avail[static_cast<std::size_t>(L * N + w)]) pop_row(L * N + w, start);
                    for (;;) {
                        int next = -1;
                        for (int w = 0; w < nS && next < 0; ++w)
                            if (member(L * N + w) && avail[static_cast<std::size_t>(L * N + w)] && pos[static_cast<std::size_t>(L * N + w)] < 0)
                                next = L * N + w;
                        if (next < 0) break;
                        ++ev;
                        pos[static_cast<std::size_t>(next)] = 2 * ev;
                        popped(next, 2 * ev);
                    }
                }
                for (int t = 0; t < NT; ++t)
                    if (member(t) && pos[static_cast<std::size_t>(t)] < 0) return cheapest_plain(from, to, o);  // not expected
            }
        }
        auto key_of = [&](int t) { return Key{*dist[static_cast<std::size_t>(t)], pos[static_cast<std::size_t>(t)], state_id(t / N, node_of(t % N))}; };
        auto waiting_rows = [&](int L, const Cost& c) -> i64 {  // position of rows waiting at the start of cost c
            if (L == 0) return 0;
            for (const auto& [cc, p] : batch0)
                if (cc == c) return p;
            i64 n0 = 0;  // no small node at this cost in layer 1's list: count layer 0's
            for (int w = 0; w < nS; ++w)
                if (dist[static_cast<std::size_t>(w)] && *dist[static_cast<std::size_t>(w)] == c) ++n0;
            return 2 * n0 + 1;
        };
        // 3. the target: the first of its states to be popped
        const int tl = local(to);
        int target = -1;
        for (int L = 0; L < layers; ++L) {
            const int t = L * N + tl;
            if (dist[static_cast<std::size_t>(t)] && (target < 0 || key_of(t) < key_of(target))) target = t;
        }
        if (target < 0) return std::nullopt;
        // 4. the path, back from the target; each step takes the predecessor popped first
        Found f{*dist[static_cast<std::size_t>(target)], {}};
        auto take = [&](const SearchArc& a) {
            if (a.fill1 >= 0) f.values.push_back(a.fill1);
            if (a.fill2 >= 0) f.values.push_back(a.fill2);
        };
        int L = target / N, node = to;
        Cost dn = f.cost;
        for (int steps = 0; !(L == 0 && node == from); ++steps) {
            if (steps > 4 * (N + 2)) return cheapest_plain(from, to, o);  // not expected
            const int ln = local(node);
            std::optional<Key> best;
            int best_state = -1, best_row = -1;  // a local state, or a row through a pair
            Cost best_row_dist;
            bool best_virtual = false;
            auto consider = [&](const Key& k, int st, int row, const Cost& rd, bool virt) {
                if (best && !(k < *best)) return;
                best = k;
                best_state = st;
                best_row = row;
                best_row_dist = rd;
                best_virtual = virt;
            };
            if (ln >= 0) {  // a local state: small node or explicit row
                for (int u = 0; u < N; ++u) {
                    const int tu = L * N + u;
                    const auto& du = dist[static_cast<std::size_t>(tu)];
                    if (u == ln || !du) continue;
                    if (const auto& a = dir[static_cast<std::size_t>(u * N + ln)]; a && *du + a->cost == dn) consider(key_of(tu), tu, -1, {}, false);
                    if (u < nS && ln < nS)
                        if (const PairEntry* e = via[static_cast<std::size_t>(u * nS + ln)]; e && *du + e->total == dn) {
                            const Cost rd = *du + e->in;
                            const i64 p = e->in == Cost{} ? pos[static_cast<std::size_t>(tu)] + 1 : waiting_rows(L, rd);
                            consider(Key{rd, p, state_id(L, e->row)}, tu, e->row, rd, false);
                        }
                }
                if (L == 1 && ln < nS)
                    for (int u = 0; u < nS; ++u)
                        if (virtual_to(u, ln) && dist[static_cast<std::size_t>(u)] && *dist[static_cast<std::size_t>(u)] == dn)
                            consider(key_of(u), u, -1, {}, true);
            } else {  // a row met through a pair: its predecessors are the small nodes of its layer
                for (int u = 0; u < nS; ++u) {
                    const int tu = L * N + u;
                    const auto& du = dist[static_cast<std::size_t>(tu)];
                    if (!du) continue;
                    if (auto a = search_arc(R + u, node, o); a && *du + a->cost == dn) consider(key_of(tu), tu, -1, {}, false);
                }
            }
            if (!best) return cheapest_plain(from, to, o);  // not expected
            if (best_row >= 0) {  // small <- row <- small: the row's arc into this node now, the row next
                take(*search_arc(best_row, node, o));
                node = best_row;
                dn = best_row_dist;
                continue;
            }
            const int pl = best_state / N, pu = best_state % N;
            if (!best_virtual) take(ln >= 0 ? *dir[static_cast<std::size_t>(pu * N + ln)] : *search_arc(node_of(pu), node, o));
            L = pl;
            node = node_of(pu);
            dn = *dist[static_cast<std::size_t>(best_state)];
        }
        return f;
    }

    std::vector<std::optional<SearchArc>> cl_dir_;
    std::vector<const PairEntry*> cl_via_;
    std::vector<std::optional<Cost>> cl_dist_;
    std::vector<char> cl_done_, cl_avail_;
    std::vector<i64> cl_pos_;
    std::vector<std::pair<Cost, i64>> cl_batch0_;
    std::vector<Cost> cl_costs_;

    /// The search network: residual arcs of suppressed values (free) and the arcs published eligible values
    /// would add. A margin's backward arc needs its suppressed part to be positive; where it is 0 the arc
    /// is offered together with the cheapest published positive cell of that line. So the network holds
    /// every arc that any allowed pattern could have: "no path here" means "no allowed pattern helps".
    /// Built once per state of the table and per (avoid_hub_c, margins); the value to move (o.exclude) is
    /// skipped by the search itself, so the same network serves every value.
    const std::vector<std::vector<SearchArc>>& search_arcs(const SearchOptions& o) {
        const std::size_t key = (o.avoid_hub_c ? 2 : 0) + (o.margins ? 1 : 0);
        auto& cache = arcs_cache_[key];
        if (cache.version == version_) return cache.arcs;
        cache.version = version_;
        const int nn = d.nnodes(), nv = d.nvalues();
        auto& arcs = cache.arcs;
        arcs.resize(static_cast<std::size_t>(nn));
        for (auto& a : arcs) a.clear();
        for (int v = 0; v < nv; ++v) {
            if (!d.exists(v)) continue;
            const bool is_hidden = hidden[v];
            if (!is_hidden && (!eligible[v] || (d.is_margin(v) && !o.margins))) continue;
            const int t = d.tail(v), h = d.head(v);
            if (o.avoid_hub_c && (t == d.hub_c() || h == d.hub_c())) continue;
            const Cost own = is_hidden ? Cost{} : cost_of(v);
            const int own_fill = is_hidden ? -1 : v;
            arcs[t].push_back({h, v, own, own_fill, -1});
            if (flow[v] > 0) {
                arcs[h].push_back({t, v, own, own_fill, -1});
            } else if (d.is_margin(v) && d.value(v) > 0) {
                int fill = d.is_row_total(v) ? cheapest_in_row_[d.row_of(v)] : cheapest_in_col_[d.col_of(v)];
                if (fill >= 0) arcs[h].push_back({t, v, own + cost_of(fill), own_fill, fill});
            }
        }
        return arcs;
    }
};

// ---- maximum flow (Dinic) ------------------------------------------------------------------------------

class Dinic {
public:
    explicit Dinic(int n) : adj_(static_cast<std::size_t>(n)), level_(static_cast<std::size_t>(n)), it_(static_cast<std::size_t>(n)) {}

    int add(int a, int b, i64 cap) {
        const int id = static_cast<int>(to_.size());
        adj_[a].push_back(id);
        to_.push_back(b);
        cap_.push_back(cap);
        adj_[b].push_back(id + 1);
        to_.push_back(a);
        cap_.push_back(0);
        return id;
    }
    void save() { saved_ = cap_; }
    void restore() { cap_ = saved_; }
    void set(int id, i64 cap) { cap_[id] = cap; }

    i64 run(int s, int t) {
        if (s == t) return 0;
        i64 total = 0;
        while (bfs(s, t)) {
            std::fill(it_.begin(), it_.end(), 0);
            for (i64 f; (f = dfs(s, t, kI64Max)) > 0;) total = sat_add(total, f);
        }
        return total;
    }

private:
    std::vector<std::vector<int>> adj_;
    std::vector<int> to_;
    std::vector<i64> cap_, saved_;
    std::vector<int> level_;
    std::vector<std::size_t> it_;

    bool bfs(int s, int t) {
        std::fill(level_.begin(), level_.end(), -1);
        std::vector<int> q{s};
        level_[s] = 0;
        for (std::size_t h = 0; h < q.size(); ++h)
            for (int e : adj_[q[h]])
                if (cap_[e] > 0 && level_[to_[e]] < 0) {
                    level_[to_[e]] = level_[q[h]] + 1;
                    q.push_back(to_[e]);
                }
        return level_[t] >= 0;
    }
    // Depth is bounded by the BFS level of t (at most the number of nodes, a few hundred for Evi tables).
    i64 dfs(int u, int t, i64 pushed) {
        if (u == t) return pushed;
        for (std::size_t& i = it_[u]; i < adj_[u].size(); ++i) {
            const int e = adj_[u][i], v = to_[e];
            if (cap_[e] <= 0 || level_[v] != level_[u] + 1) continue;
            if (i64 f = dfs(v, t, std::min(pushed, cap_[e])); f > 0) {
                cap_[e] -= f;
                cap_[e ^ 1] += f;
                return f;
            }
        }
        return 0;
    }
};

// ---- patterns given by a caller ------------------------------------------------------------------------

/// The suppressed values of a caller's pattern, checked against the table.
State state_from_pattern(const CountTable& table, const SuppressionPattern& p, const char* fn) {
    if (p.column_totals_are_cells && table.cells.size() != 1)
        throw InvalidArgument(std::string(fn) + ": column_totals_are_cells needs a table of exactly one row, this one has " +
                              std::to_string(table.cells.size()));
    State s(make_data(table.cells, p.column_totals_are_cells, fn));
    const Data& d = s.d;
    auto shape = [&](const std::string& what, std::size_t got, std::size_t want) {
        if (got != want)
            throw InvalidArgument(std::string(fn) + ": the pattern has " + std::to_string(got) + " " + what + " but the table has " +
                                  std::to_string(want));
    };
    shape("rows of cells", p.cells.size(), d.R);
    for (const auto& row : p.cells) shape("cells in a row", row.size(), d.C);
    shape("row totals", p.row_totals.size(), d.R);
    shape("column totals", p.column_totals.size(), d.C);
    for (std::size_t i = 0; i < d.R; ++i)
        for (std::size_t j = 0; j < d.C; ++j)
            if (p.cells[i][j] != CellStatus::Published) s.hide(d.cell(i, j), p.cells[i][j]);
    for (std::size_t i = 0; i < d.R; ++i)
        if (p.row_totals[i] != CellStatus::Published) s.hide(d.row_total(i), p.row_totals[i]);
    if (!d.cac)
        for (std::size_t j = 0; j < d.C; ++j)
            if (p.column_totals[j] != CellStatus::Published) s.hide(d.col_total(j), p.column_totals[j]);
    s.refresh();
    return s;
}

int value_of_ref(const Data& d, const ValueRef& r, const char* fn) {
    auto bad = [&]() -> int {
        throw InvalidArgument(std::string(fn) + ": no such value in a table of " + std::to_string(d.R) + " x " + std::to_string(d.C) +
                              " (row " + std::to_string(r.row) + ", column " + std::to_string(r.column) + ")");
    };
    switch (r.kind) {
        case ValueKind::Cell:
            return r.row < d.R && r.column < d.C ? d.cell(r.row, r.column) : bad();
        case ValueKind::RowTotal:
            return r.row < d.R ? d.row_total(r.row) : bad();
        case ValueKind::ColumnTotal:
            if (r.column >= d.C) return bad();
            return d.cac ? d.cell(0, r.column) : d.col_total(r.column);
    }
    return bad();
}

// ---- linked tables --------------------------------------------------------------------------------------

/// The joint check of suppress_linked (see the header): checks every suppressed value across the tables and
/// repairs the first that fails. Returns true when it changed something (suppressed or gave up on a value).
bool joint_step(State& overall, std::vector<State>& tables, std::vector<char>& overall_unprot) {
    const std::size_t C = overall.d.C;
    std::vector<std::size_t> H;
    for (std::size_t j = 0; j < C; ++j)
        if (overall.hidden[overall.d.cell(0, j)]) H.push_back(j);
    const std::size_t m = tables.size();
    // accept[x][p][q]: breakdown x can follow "one school more in column p, one fewer in column q"
    std::vector<std::vector<std::vector<char>>> accept(m, std::vector<std::vector<char>>(C, std::vector<char>(C, 0)));
    SearchOptions fixed;
    fixed.avoid_hub_c = true;
    fixed.margins = false;
    for (std::size_t x = 0; x < m; ++x)
        for (std::size_t p : H)
            for (std::size_t q : H)
                if (p != q) accept[x][p][q] = tables[x].reach_fixed_columns(q, p, fixed);
    auto overall_accepts = [&](std::size_t, std::size_t q) { return overall.d.x[0][q] >= 1; };
    auto all_but = [&](std::size_t skip, std::size_t p, std::size_t q) {
        if (!overall_accepts(p, q)) return false;
        for (std::size_t x = 0; x < m; ++x)
            if (x != skip && !accept[x][p][q]) return false;
        return true;
    };
    // The published values to suppress so that every table that does not yet follow exchange (p+, q-) does.
    auto make_followed = [&](std::size_t skip, std::size_t p, std::size_t q) -> std::optional<std::vector<std::pair<std::size_t, Found>>> {
        std::vector<std::pair<std::size_t, Found>> out;
        for (std::size_t x = 0; x < m; ++x) {
            if (x == skip || accept[x][p][q]) continue;
            auto f = tables[x].cheapest(tables[x].d.col_node(q), tables[x].d.col_node(p), fixed);
            if (!f) return std::nullopt;
            out.emplace_back(x, std::move(*f));
        }
        return out;
    };
    auto total_cost = [](const std::vector<std::pair<std::size_t, Found>>& fs) {
        Cost c;
        for (const auto& f : fs) c = c + f.second.cost;
        return c;
    };
    auto apply = [&](const std::vector<std::pair<std::size_t, Found>>& fs) {
        bool any = false;
        for (const auto& [x, f] : fs) any = tables[x].hide_all(f.values) || any;
        return any;
    };

    // 1. every suppressed overall value: a unit exchange with another one that every table can follow
    for (std::size_t p : H) {
        const int v = overall.d.cell(0, p);
        if (overall.joint_safe[v] || overall_unprot[p] || overall.unprot[v]) continue;
        bool ok = false;
        for (std::size_t q : H)
            if (q != p && (all_but(m, p, q) || all_but(m, q, p))) ok = true;
        if (ok) {
            overall.joint_safe[v] = 1;
            continue;
        }
        std::optional<std::vector<std::pair<std::size_t, Found>>> best;
        for (std::size_t q : H) {
            if (q == p) continue;
            for (auto [a, b] : {std::pair{p, q}, std::pair{q, p}}) {
                if (!overall_accepts(a, b)) continue;
                auto fs = make_followed(m, a, b);
                if (fs && (!best || total_cost(*fs) < total_cost(*best))) best = std::move(fs);
            }
        }
        if (!best || !apply(*best)) {
            overall_unprot[p] = 1;
            for (auto& t : tables) t.joint_unprot[t.d.col_total(p)] = 1;
        }
        return true;
    }

    // 2. every suppressed breakdown cell: moves with the overall values fixed, or with an exchange that
    //    every other table can follow (a single pass through the column hub)
    for (std::size_t x = 0; x < m; ++x) {
        State& t = tables[x];
        t.refresh();
        std::vector<Virtual> virt;
        for (std::size_t p : H)
            for (std::size_t q : H)
                if (p != q && all_but(x, p, q) && t.flow[t.d.col_total(q)] >= 1) virt.push_back({t.d.col_node(p), t.d.col_node(q)});
        SearchOptions jo = fixed;
        jo.virtuals = &virt;
        for (std::size_t i = 0; i < t.d.R; ++i)
            for (std::size_t j = 0; j < t.d.C; ++j) {
                const int v = t.d.cell(i, j);
                if (!t.hidden[v] || t.joint_safe[v] || t.joint_unprot[v] || t.unprot[v]) continue;
                if (t.movable(v, jo)) {
                    t.joint_safe[v] = 1;
                    continue;
                }
                if (auto f = t.protection(v, fixed); f && t.hide_all(f->values)) return true;
                std::optional<std::vector<std::pair<std::size_t, Found>>> best;
                for (std::size_t p : H)
                    for (std::size_t q : H) {
                        if (p == q || !overall_accepts(p, q)) continue;
                        std::vector<Virtual> one{{t.d.col_node(p), t.d.col_node(q)}};
                        SearchOptions so = fixed;
                        so.virtuals = &one;
                        auto own = t.protection(v, so);
                        if (!own) continue;
                        auto fs = make_followed(x, p, q);
                        if (!fs) continue;
                        fs->emplace_back(x, std::move(*own));
                        if (!best || total_cost(*fs) < total_cost(*best)) best = std::move(fs);
                    }
                if (!best || !apply(*best)) t.joint_unprot[v] = 1;
                return true;
            }
    }
    return false;
}

}  // namespace

// ---- public functions -----------------------------------------------------------------------------------

SuppressionPattern suppress(const CountTable& table, std::int64_t k, const SuppressionOptions& options) {
    check_k(k, "suppress");
    if (options.column_totals_are_cells && table.cells.size() != 1)
        throw InvalidArgument("suppress: column_totals_are_cells needs a table of exactly one row, this one has " +
                              std::to_string(table.cells.size()));
    State s(make_data(table.cells, options.column_totals_are_cells, "suppress"));
    const Data& d = s.d;
    if (!options.hidden_column_totals.empty() && options.hidden_column_totals.size() != d.C)
        throw InvalidArgument("suppress: hidden_column_totals has " + std::to_string(options.hidden_column_totals.size()) +
                              " flags but the table has " + std::to_string(d.C) + " columns");
    auto by_size = [&](int v) { return d.value(v) < k ? CellStatus::Primary : CellStatus::Complementary; };
    for (std::size_t i = 0; i < d.R; ++i)
        for (std::size_t j = 0; j < d.C; ++j) {
            const int v = d.cell(i, j);
            s.eligible[v] = 1;
            if (d.x[i][j] < k) s.hide(v, CellStatus::Primary);
        }
    // A margin that is the grand total itself (one row / one column) is always published.
    if (options.rows == MarginPolicy::SuppressSmall && d.R >= 2)
        for (std::size_t i = 0; i < d.R; ++i) {
            const int v = d.row_total(i);
            s.eligible[v] = 1;
            if (d.rowsum[i] < k) s.hide(v, CellStatus::Primary);
        }
    for (std::size_t j = 0; j < d.C; ++j) {
        const bool masked = !options.hidden_column_totals.empty() && options.hidden_column_totals[j];
        const int v = d.cac ? d.cell(0, j) : d.col_total(j);
        if (masked) s.hide(v, by_size(v));
        if (d.cac) continue;
        if (options.columns == MarginPolicy::SuppressSmall && d.C >= 2) {
            s.eligible[v] = 1;
            if (d.colsum[j] < k) s.hide(v, CellStatus::Primary);
        }
    }
    s.protect();
    return s.pattern();
}

std::vector<ValueRange> audit(const CountTable& table, const SuppressionPattern& pattern) {
    State s = state_from_pattern(table, pattern, "audit");
    const Data& d = s.d;
    const int nv = d.nvalues();
    // The residual network of the true table, once; per value its own arcs are switched off.
    Dinic g(d.nnodes());
    i64 inf = 1;
    for (int v = 0; v < nv; ++v)
        if (d.exists(v) && s.hidden[v]) inf = sat_add(inf, s.flow[v]);
    std::vector<std::pair<int, int>> arcs(static_cast<std::size_t>(nv), {-1, -1});
    for (int v = 0; v < nv; ++v)
        if (d.exists(v) && s.hidden[v]) arcs[v] = {g.add(d.tail(v), d.head(v), inf), g.add(d.head(v), d.tail(v), s.flow[v])};
    g.save();
    std::vector<ValueRange> out;
    for (int v = 0; v < nv; ++v) {
        if (!d.exists(v) || !s.hidden[v]) continue;
        auto without_v = [&]() {
            g.restore();
            g.set(arcs[v].first, 0);
            g.set(arcs[v].second, 0);
        };
        without_v();
        const i64 up = g.run(d.head(v), d.tail(v));
        without_v();
        const i64 down = std::min(s.flow[v], g.run(d.tail(v), d.head(v)));
        const i64 value = d.value(v);
        out.push_back(ValueRange{d.ref(v), value, value - down, value + up});
    }
    return out;
}

bool feasible(const CountTable& table, const SuppressionPattern& pattern, const ValueRef& ref, std::int64_t x) {
    State s = state_from_pattern(table, pattern, "feasible");
    const Data& d = s.d;
    const int fixed = value_of_ref(d, ref, "feasible");
    if (!s.hidden[fixed]) return x == d.value(fixed);
    if (x < 0) return false;
    // The transportation network: source -> rows (published totals: what is not published in the row; the
    // row hub: the grand total minus the published row totals minus the published cells of the other rows),
    // rows -> columns (suppressed cells), columns -> sink likewise. Feasible iff the flow saturates.
    const int nn = d.nnodes(), src = nn, snk = nn + 1;
    std::vector<i64> row_need(d.R), col_need(d.C);  // the unpublished part of each row / column
    i64 hub_r = d.grand, hub_c = d.grand;
    for (std::size_t i = 0; i < d.R; ++i) {
        i64 pub = 0;
        for (std::size_t j = 0; j < d.C; ++j)
            if (!s.hidden[d.cell(i, j)]) pub += d.x[i][j];
        row_need[i] = d.rowsum[i] - pub;
        hub_r -= s.hidden[d.row_total(i)] ? pub : d.rowsum[i];
    }
    for (std::size_t j = 0; j < d.C; ++j) {
        i64 pub = 0;
        for (std::size_t i = 0; i < d.R; ++i)
            if (!s.hidden[d.cell(i, j)]) pub += d.x[i][j];
        col_need[j] = d.colsum[j] - pub;
        if (!d.cac) hub_c -= s.hidden[d.col_total(j)] ? pub : d.colsum[j];
        else hub_c -= pub;
    }
    i64 total = 0;
    for (std::size_t i = 0; i < d.R; ++i)
        if (!s.hidden[d.row_total(i)]) total += row_need[i];
    total += hub_r;
    // fix the value
    if (d.is_cell(fixed)) {
        const std::size_t i = d.row_of(fixed), j = d.col_of(fixed);
        (s.hidden[d.row_total(i)] ? hub_r : row_need[i]) -= x;
        if (d.cac || s.hidden[d.col_total(j)]) hub_c -= x;
        else col_need[j] -= x;
        total -= x;
    } else if (d.is_row_total(fixed)) {
        const std::size_t i = d.row_of(fixed);
        const i64 part = x - (d.rowsum[i] - row_need[i]);  // x minus the row's published cells
        hub_r -= part;
        row_need[i] = part;
    } else {
        const std::size_t j = d.col_of(fixed);
        const i64 part = x - (d.colsum[j] - col_need[j]);
        hub_c -= part;
        col_need[j] = part;
    }
    if (hub_r < 0 || hub_c < 0 || total < 0) return false;
    for (auto n : row_need)
        if (n < 0) return false;
    for (auto n : col_need)
        if (n < 0) return false;
    Dinic g(nn + 2);
    const i64 inf = sat_add(d.grand, 1);
    auto row_fed_by_hub = [&](std::size_t i) { return s.hidden[d.row_total(i)] && fixed != d.row_total(i); };
    auto col_to_hub = [&](std::size_t j) { return d.cac || (s.hidden[d.col_total(j)] && fixed != d.col_total(j)); };
    g.add(src, d.hub_r(), hub_r);
    g.add(d.hub_c(), snk, hub_c);
    for (std::size_t i = 0; i < d.R; ++i) {
        if (row_fed_by_hub(i)) g.add(d.hub_r(), d.row_node(i), inf);
        else g.add(src, d.row_node(i), row_need[i]);
    }
    if (!d.cac)
        for (std::size_t j = 0; j < d.C; ++j) {
            if (col_to_hub(j)) g.add(d.col_node(j), d.hub_c(), inf);
            else g.add(d.col_node(j), snk, col_need[j]);
        }
    for (std::size_t i = 0; i < d.R; ++i)
        for (std::size_t j = 0; j < d.C; ++j) {
            const int v = d.cell(i, j);
            if (s.hidden[v] && v != fixed) g.add(d.row_node(i), d.cac ? d.hub_c() : d.col_node(j), inf);
        }
    // Both sides carry `total` when nothing is violated; the flow must use all of it.
    i64 sink_side = hub_c;
    if (!d.cac)
        for (std::size_t j = 0; j < d.C; ++j)
            if (!col_to_hub(j)) sink_side += col_need[j];
    if (sink_side != total) return false;
    return g.run(src, snk) == total;
}

LinkedSuppression suppress_linked(const std::vector<std::int64_t>& overall, const std::vector<CountTable>& breakdowns, std::int64_t k) {
    check_k(k, "suppress_linked");
    State top(make_data({overall}, true, "suppress_linked: the overall distribution"));
    const std::size_t C = overall.size();
    std::vector<State> tables;
    tables.reserve(breakdowns.size());
    for (std::size_t b = 0; b < breakdowns.size(); ++b) {
        const std::string what = "suppress_linked: breakdown " + std::to_string(b);
        const auto& cells = breakdowns[b].cells;
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (cells[i].size() != C)
                throw InvalidArgument(what + ": row " + std::to_string(i) + " has " + std::to_string(cells[i].size()) +
                                      " counts but the overall distribution has " + std::to_string(C));
        State t(make_data(cells, false, what, C));
        for (std::size_t j = 0; j < C; ++j)
            if (t.d.colsum[j] != overall[j])
                throw InvalidArgument(what + ": column " + std::to_string(j) + " sums to " + std::to_string(t.d.colsum[j]) +
                                      " but the overall distribution has " + std::to_string(overall[j]) +
                                      " (a breakdown must add up to the overall distribution)");
        tables.push_back(std::move(t));
    }
    auto by_size = [&](i64 value) { return value < k ? CellStatus::Primary : CellStatus::Complementary; };
    for (std::size_t j = 0; j < C; ++j) {
        const int v = top.d.cell(0, j);
        top.eligible[v] = 1;
        if (overall[j] < k) top.hide(v, CellStatus::Primary);
    }
    for (auto& t : tables) {
        for (std::size_t i = 0; i < t.d.R; ++i)
            for (std::size_t j = 0; j < C; ++j) {
                const int v = t.d.cell(i, j);
                t.eligible[v] = 1;
                if (t.d.x[i][j] < k) t.hide(v, CellStatus::Primary);
            }
        if (C >= 2)  // a breakdown may need another overall value suppressed (a one-column one cannot: it is the total)
            for (std::size_t j = 0; j < C; ++j) t.eligible[t.d.col_total(j)] = 1;
    }
    std::vector<char> overall_unprot(C, 0);
    for (;;) {
        top.protect();
        bool grew = false;
        for (auto& t : tables) {
            for (std::size_t j = 0; j < C; ++j)
                if (top.hidden[top.d.cell(0, j)]) t.hide(t.d.col_total(j), top.status[top.d.cell(0, j)]);
            t.protect();
            for (std::size_t j = 0; j < C; ++j)
                if (t.hidden[t.d.col_total(j)] && !top.hidden[top.d.cell(0, j)]) {
                    top.hide(top.d.cell(0, j), by_size(overall[j]));
                    grew = true;
                }
        }
        if (grew) continue;
        if (joint_step(top, tables, overall_unprot)) continue;
        break;
    }
    LinkedSuppression out;
    for (std::size_t j = 0; j < C; ++j) {
        out.overall.push_back(top.status[top.d.cell(0, j)]);
        if (overall_unprot[j] || top.unprot[top.d.cell(0, j)]) out.overall_unprotected.push_back(j);
    }
    for (const auto& t : tables) out.breakdowns.push_back(t.pattern());
    return out;
}

}  // namespace cmkit::evi
