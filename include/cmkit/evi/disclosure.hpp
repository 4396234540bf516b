#pragma once
/// @file evi/disclosure.hpp
/// Statistical disclosure control for published tables of counts of schools (the regional Evi analysis).
///
/// **The rule.** Every count below k schools (k = 5 by default; a count of 0 is below k too) is
/// suppressed (*primary* suppression). Further values are suppressed (*complementary* suppression) until
/// no suppressed value can be recomputed exactly from what is published: the published cells, the
/// published row totals, the published column totals and the grand total, knowing that counts are
/// non-negative integers. "Recomputed exactly" means: the value takes one and the same number in every
/// table of non-negative integers that agrees with everything published. A value that can take at least
/// two numbers is *protected*.
///
/// **What the guarantee is, and what it is not.** The guarantee is exactly the one above: every
/// suppressed value has a feasible interval [min, max] with max > min (see audit()). The interval may be
/// narrow: a suppressed 0 next to a suppressed 1 may be known to be "0 or 1". The rule does not promise
/// intervals of a given width, and it does not protect against knowledge from outside the published
/// tables (for instance a reader who knows how one school answered). Published cells are never altered.
///
/// **The model.** A table is R × C counts. Its row totals, column totals and grand total are the sums.
/// The grand total is always published. Each row total and each column total is published or suppressed,
/// as MarginPolicy says. A margin that is the grand total itself (the row total of a one-row table, the
/// column total of a one-column table) is always published.
///
/// **The method** (docs/evi-disclosure.md has the full text and how to check a result by hand).
/// Every suppressed value is an arc of a small network: a cell (i, j) an arc row i → column j, a
/// suppressed row total an arc from a row hub to row i, a suppressed column total an arc from column j to
/// a column hub; the published values fix what enters and leaves each node. Any other table that agrees
/// with what is published differs from the true one by a *circulation* on these arcs that keeps every
/// value non-negative. So a suppressed value can move by one iff its arc lies on a directed cycle of the
/// residual network (arcs may always be increased, and decreased where the value is positive); its exact
/// interval is its value plus and minus a maximum flow around that arc (audit(), Dinic's algorithm). The
/// constraint matrix is a network matrix (totally unimodular), so these bounds are attained by integer
/// tables: the integer interval and the real (LP) interval coincide.
///
/// Complementary suppression is a deterministic greedy: while some suppressed value cannot move (checked
/// exactly, with the cheap linear test "is its arc a bridge of the undirected graph of suppressed
/// values" as a shortcut), take the first such value (cells row by row, then row totals, then column
/// totals) and suppress the cheapest set of published values that closes a movable cycle through it: a
/// shortest path (Dijkstra) from one end of its arc to the other, where already suppressed values cost
/// nothing and a published value costs, lexicographically, (number of margins, sum of the counts, number
/// of values) — so cells go before margins and the smallest counts first. Ties go to the path met first
/// in a fixed order (lower row, then lower column index), so the same input always gives the same
/// pattern. Then everything is checked again. Suppressing more never makes a protected value
/// unprotected (cycles only gain arcs), so the loop ends.
///
/// **Linked tables** (suppress_linked): see there for the scope across several published tables.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cmkit::evi {

/// Whether a value is published, and if not, why.
enum class CellStatus {
    Published,      ///< shown
    Primary,        ///< suppressed because it is below k
    Complementary,  ///< suppressed so that another suppressed value cannot be recomputed
};

/// What may happen to the row totals (or the column totals) of a table.
enum class MarginPolicy {
    Published,      ///< always published (and used by the reader to recompute cells)
    SuppressSmall,  ///< a margin below k is suppressed (primary); others may be suppressed as complementary
};

/// A table of counts of schools: R rows of C non-negative counts each (every row the same length).
/// Row totals are the row sums, column totals the column sums, the grand total the sum of all cells.
struct CountTable {
    std::vector<std::vector<std::int64_t>> cells;  ///< cells[row][column] >= 0
};

/// How the margins of a table are treated.
struct SuppressionOptions {
    MarginPolicy rows = MarginPolicy::Published;     ///< policy for the row totals
    MarginPolicy columns = MarginPolicy::Published;  ///< policy for the column totals
    /// Column totals suppressed from the start whatever their size (empty, or one flag per column). Used
    /// for linked tables: a value suppressed in the overall distribution is a suppressed column total of
    /// every breakdown. They are Primary when below k, else Complementary. With MarginPolicy::Published
    /// for columns no *other* column total is suppressed.
    std::vector<bool> hidden_column_totals;
    /// A one-row table whose column totals are its cells (e.g. an overall distribution over scenarios):
    /// the column totals are not separate published values; each has the status of its cell. The row
    /// total (the grand total) is published. Requires exactly one row.
    bool column_totals_are_cells = false;
};

/// Which value of a table a result is about.
enum class ValueKind {
    Cell,         ///< cells[row][column]
    RowTotal,     ///< the total of `row`
    ColumnTotal,  ///< the total of `column`
};

/// A value of a table: a cell, a row total or a column total.
struct ValueRef {
    ValueKind kind = ValueKind::Cell;  ///< what kind of value
    std::size_t row = 0;               ///< the row (cells, row totals; 0 for column totals)
    std::size_t column = 0;            ///< the column (cells, column totals; 0 for row totals)
    friend bool operator==(const ValueRef&, const ValueRef&) = default;
};

/// The result of suppress(): a status for every cell and margin.
struct SuppressionPattern {
    std::vector<std::vector<CellStatus>> cells;  ///< R × C, like the table
    std::vector<CellStatus> row_totals;          ///< R entries
    std::vector<CellStatus> column_totals;       ///< C entries (the cells' statuses when column_totals_are_cells)
    bool column_totals_are_cells = false;        ///< as in SuppressionOptions; audit() then skips column totals
    /// Suppressed values that are still recomputable because *no* pattern the margin policies allow can
    /// protect them — e.g. the cells of a row whose published total is 0, the cells of a one-column table
    /// with published row totals, a single column total in hidden_column_totals when the others are always
    /// published, or any value of a table whose grand total is 0. This can happen, so it is reported
    /// instead of being assumed away.
    ///
    /// It holds nothing else: the search that picks complementary values runs on a network with an arc for
    /// every value any allowed pattern could suppress (a margin's decrease arc counted whenever the margin
    /// is positive), so "no cycle there" means "no cycle in any allowed pattern".
    ///
    /// It is empty for every table with at least two rows and two columns whose row and column totals are
    /// all at least 1 (without hidden_column_totals), and for every one-row table with
    /// column_totals_are_cells, at least two columns and a total of at least 1. Proof: suppress every cell
    /// (and every margin the policies allow). A cell (i, j) of 0 can go up by one around a rectangle
    /// (i, j)+ (i', j)- (i', j')+ (i, j')-: a row i' != i with a positive cell in column j exists (the
    /// column total is >= 1), and a column j' != j where row i is positive (the row total is >= 1). A
    /// positive cell goes down around (i, j)- (i, j')+ (i', j')- (i', j)+ if some (i', j') outside its row
    /// and column is positive; if none is, every other row has its total in column j and every other
    /// column in row i, so it can go up around the first rectangle. Suppressed margins only add arcs, and
    /// one of them can move against another through any row with a positive cell. In a one-row table a 0
    /// goes up while a positive cell goes down, and a positive cell goes down while any other goes up.
    std::vector<ValueRef> unprotected;
    friend bool operator==(const SuppressionPattern&, const SuppressionPattern&) = default;
};

/// The exact feasible integer interval of one suppressed value.
struct ValueRange {
    ValueRef ref;            ///< which value
    std::int64_t value = 0;  ///< its true value
    std::int64_t min = 0;    ///< the smallest value it can take given everything published
    std::int64_t max = 0;    ///< the largest value it can take given everything published
    /// True when the value can be recomputed exactly from what is published (min == max).
    bool determined() const noexcept { return min == max; }
    friend bool operator==(const ValueRange&, const ValueRange&) = default;
};

/// Suppresses the values of @p table that must not be published under threshold @p k.
///
/// Cells below k are Primary; margins below k are Primary when their policy is SuppressSmall (and they
/// are not the grand total); column totals named in options.hidden_column_totals are suppressed from the
/// start. Then complementary suppression (see the file comment) until audit() would report every
/// suppressed value with max > min, except the values listed in `unprotected`.
/// Deterministic: the same table, k and options give the same pattern.
///
/// @throws InvalidArgument when k < 1, the table is ragged or has a negative count, the mask has the wrong
///         length, or column_totals_are_cells is set for a table that does not have exactly one row.
/// @throws OverflowError when the counts sum beyond 2^60.
SuppressionPattern suppress(const CountTable& table, std::int64_t k, const SuppressionOptions& options = {});

/// The exact feasible interval of every suppressed value of @p table under @p pattern: cells row by row,
/// then row totals, then column totals (none when pattern.column_totals_are_cells). A reader knows the
/// published cells, the published margins and the grand total, and that all counts are non-negative
/// integers; `min` and `max` are the extremes over all tables consistent with that, computed with maximum
/// flows on the residual network (exact, integral). A value is recomputable iff min == max.
///
/// @throws InvalidArgument when the table is malformed or the pattern's shape does not match it.
std::vector<ValueRange> audit(const CountTable& table, const SuppressionPattern& pattern);

/// Whether the suppressed value @p ref can be @p x in some table of non-negative integers that agrees with
/// everything @p pattern publishes: one maximum flow on the transportation network (rows fed by their
/// published totals or by a row hub carrying the grand total minus what is known, columns likewise on
/// the sink side). For a published value, whether @p x is its true value. This is the definition that
/// audit() computes faster; it is public so that a result can be checked independently.
///
/// @throws InvalidArgument when the table is malformed, the pattern does not match, or @p ref is outside.
bool feasible(const CountTable& table, const SuppressionPattern& pattern, const ValueRef& ref, std::int64_t x);

/// The result of suppress_linked().
struct LinkedSuppression {
    /// The status of each value of the overall distribution (one per column).
    std::vector<CellStatus> overall;
    /// One pattern per breakdown, in the order given. Row totals are Published; column totals carry the
    /// overall statuses (a value suppressed in the overall distribution is a suppressed column total).
    std::vector<SuppressionPattern> breakdowns;
    /// Columns whose overall value could not be protected (see SuppressionPattern::unprotected; for linked
    /// tables a value is also listed when no unit exchange with another suppressed overall value is
    /// possible in every table at once, which is a sufficient rather than necessary test).
    std::vector<std::size_t> overall_unprotected;
    friend bool operator==(const LinkedSuppression&, const LinkedSuppression&) = default;
};

/// Protects an overall distribution and its breakdowns *together*.
///
/// @p overall is a one-row table (e.g. a region's schools by scenario) whose total (the number of
/// schools) is published. Each breakdown (by municipality, by sector, by track, ...) has one row per group
/// with a published row total, and its column sums are exactly @p overall. A value suppressed in the
/// overall distribution is a suppressed column total of every breakdown; when a breakdown must suppress
/// another column total to protect its cells, that value is suppressed in the overall distribution and in
/// every breakdown, and everything is protected again, until nothing changes.
///
/// **Scope across tables.** Each table on its own is protected against its own margins (every suppressed
/// value moves in audit() of that table). Combining two breakdowns could in principle still narrow a
/// value: they share the suppressed overall values, and breakdown A may allow a shared value only to go
/// down while B allows it only to go up. This function closes that gap with a joint check: a suppressed
/// overall value must be exchangeable by one school with another suppressed overall value in the overall
/// distribution and in *every* breakdown at once; a suppressed breakdown cell must move either with the
/// overall values fixed, or together with such an exchange that every other table can follow. Since the
/// breakdowns are linked only through the overall values, such moves combine into a different consistent
/// set of all published tables, so **no suppressed value can be recomputed from all tables together**
/// (tested against an exact integer program over the combined tables). What remains outside the scope:
/// knowledge that cross-classifies the breakdowns (e.g. a public list saying which municipality's schools
/// are in which sector) links the tables through the underlying schools, a three-way table that this
/// model does not describe; publish only one breakdown per dimension set, or protect that three-way table
/// itself, when such knowledge is public.
///
/// @throws InvalidArgument when k < 1, a count is negative, a breakdown is ragged, has another number of
///         columns, or its column sums differ from @p overall.
/// @throws OverflowError when the counts sum beyond 2^60.
LinkedSuppression suppress_linked(const std::vector<std::int64_t>& overall, const std::vector<CountTable>& breakdowns,
                                  std::int64_t k);

}  // namespace cmkit::evi
