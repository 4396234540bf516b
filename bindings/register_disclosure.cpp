// Disclosure control for tables of counts (cmkit/evi/disclosure.hpp) with plain Python values: tables are
// lists of lists of int, patterns are dicts of status strings, so the results go straight into JSON or
// pandas. Bad input raises cmkit.InvalidArgumentError (a ValueError); wrong types raise TypeError.
#include <cmkit/error.hpp>
#include <cmkit/evi/disclosure.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

namespace {

using evi::CellStatus;
using Cells = std::vector<std::vector<std::int64_t>>;

const char* status_text(CellStatus s) {
    switch (s) {
        case CellStatus::Primary: return "primary";
        case CellStatus::Complementary: return "complementary";
        case CellStatus::Published: break;
    }
    return "published";
}

CellStatus status_of(const py::handle& h, const std::string& where) {
    if (!py::isinstance<py::str>(h))
        throw InvalidArgument("evi_audit: " + where + " must be \"published\", \"primary\" or \"complementary\", not " +
                              py::cast<std::string>(py::repr(h)));
    const auto s = py::cast<std::string>(h);
    if (s == "published") return CellStatus::Published;
    if (s == "primary") return CellStatus::Primary;
    if (s == "complementary") return CellStatus::Complementary;
    throw InvalidArgument("evi_audit: " + where + " must be \"published\", \"primary\" or \"complementary\", not \"" + s + "\"");
}

evi::MarginPolicy policy_of(const std::string& s, const char* name) {
    if (s == "published") return evi::MarginPolicy::Published;
    if (s == "suppress_small") return evi::MarginPolicy::SuppressSmall;
    throw InvalidArgument(std::string("evi_suppress: ") + name + " must be \"published\" or \"suppress_small\", not \"" + s + "\"");
}

py::list statuses(const std::vector<CellStatus>& v) {
    py::list out;
    for (auto s : v) out.append(status_text(s));
    return out;
}

py::dict ref_dict(const evi::ValueRef& r) {
    py::dict d;
    d["kind"] = r.kind == evi::ValueKind::Cell ? "cell" : r.kind == evi::ValueKind::RowTotal ? "row_total" : "column_total";
    d["row"] = r.kind == evi::ValueKind::ColumnTotal ? py::object(py::none()) : py::object(py::int_(r.row));
    d["column"] = r.kind == evi::ValueKind::RowTotal ? py::object(py::none()) : py::object(py::int_(r.column));
    return d;
}

py::object shown(std::int64_t value, CellStatus s) { return s == CellStatus::Published ? py::object(py::int_(value)) : py::object(py::none()); }

/// The pattern as a dict, with the table as it is published ("published": values, None where suppressed).
py::dict pattern_dict(const evi::SuppressionPattern& p, const Cells& cells) {
    py::dict d;
    py::list status_rows, value_rows, row_values, col_values;
    const std::size_t C = p.column_totals.size();
    std::vector<std::int64_t> colsum(C, 0);
    std::int64_t grand = 0;
    for (std::size_t i = 0; i < p.cells.size(); ++i) {
        status_rows.append(statuses(p.cells[i]));
        py::list values;
        std::int64_t rowsum = 0;
        for (std::size_t j = 0; j < p.cells[i].size(); ++j) {
            values.append(shown(cells[i][j], p.cells[i][j]));
            rowsum += cells[i][j];
            colsum[j] += cells[i][j];
        }
        value_rows.append(values);
        row_values.append(shown(rowsum, p.row_totals[i]));
        grand += rowsum;
    }
    for (std::size_t j = 0; j < C; ++j) col_values.append(shown(colsum[j], p.column_totals[j]));
    d["cells"] = status_rows;
    d["row_totals"] = statuses(p.row_totals);
    d["column_totals"] = statuses(p.column_totals);
    d["column_totals_are_cells"] = p.column_totals_are_cells;
    py::list unprotected;
    for (const auto& r : p.unprotected) unprotected.append(ref_dict(r));
    d["unprotected"] = unprotected;
    py::dict published;
    published["cells"] = value_rows;
    published["row_totals"] = row_values;
    published["column_totals"] = col_values;
    published["grand_total"] = grand;
    d["published"] = published;
    return d;
}

/// A pattern dict (as evi_suppress returns it) back to C++.
evi::SuppressionPattern pattern_from(const py::dict& d) {
    auto need = [&](const char* key) -> py::object {
        if (!d.contains(key)) throw InvalidArgument(std::string("evi_audit: the pattern has no \"") + key + "\" (pass what evi_suppress returned)");
        return d[key];
    };
    auto list_of = [](const py::object& o, const std::string& where) {
        if (!py::isinstance<py::sequence>(o) || py::isinstance<py::str>(o))
            throw InvalidArgument("evi_audit: " + where + " must be a list of status strings");
        return py::reinterpret_borrow<py::sequence>(o);
    };
    evi::SuppressionPattern p;
    std::size_t i = 0;
    for (auto row : list_of(need("cells"), "pattern[\"cells\"]")) {
        std::vector<CellStatus> r;
        std::size_t j = 0;
        for (auto s : list_of(py::reinterpret_borrow<py::object>(row), "pattern[\"cells\"][" + std::to_string(i) + "]"))
            r.push_back(status_of(s, "pattern[\"cells\"][" + std::to_string(i) + "][" + std::to_string(j++) + "]"));
        p.cells.push_back(std::move(r));
        ++i;
    }
    i = 0;
    for (auto s : list_of(need("row_totals"), "pattern[\"row_totals\"]"))
        p.row_totals.push_back(status_of(s, "pattern[\"row_totals\"][" + std::to_string(i++) + "]"));
    i = 0;
    for (auto s : list_of(need("column_totals"), "pattern[\"column_totals\"]"))
        p.column_totals.push_back(status_of(s, "pattern[\"column_totals\"][" + std::to_string(i++) + "]"));
    if (d.contains("column_totals_are_cells")) {
        py::object flag = d["column_totals_are_cells"];
        if (!py::isinstance<py::bool_>(flag)) throw InvalidArgument("evi_audit: pattern[\"column_totals_are_cells\"] must be True or False");
        p.column_totals_are_cells = py::cast<bool>(flag);
    }
    return p;
}

}  // namespace

void register_disclosure(py::module_& m) {
    m.def(
        "evi_suppress",
        [](const Cells& cells, std::int64_t k, const std::string& row_totals, const std::string& column_totals,
           const std::optional<std::vector<bool>>& hidden_column_totals, bool column_totals_are_cells) {
            evi::SuppressionOptions o;
            o.rows = policy_of(row_totals, "row_totals");
            o.columns = policy_of(column_totals, "column_totals");
            if (hidden_column_totals) o.hidden_column_totals = *hidden_column_totals;
            o.column_totals_are_cells = column_totals_are_cells;
            evi::SuppressionPattern p;
            {
                py::gil_scoped_release release;
                p = evi::suppress(evi::CountTable{cells}, k, o);
            }
            return pattern_dict(p, cells);
        },
        py::arg("cells"), py::arg("k") = 5, py::arg("row_totals") = "published", py::arg("column_totals") = "published",
        py::arg("hidden_column_totals") = py::none(), py::arg("column_totals_are_cells") = false,
        R"doc(Disclosure control for a table of counts of schools (docs/evi-disclosure.md).

Every count below ``k`` (0 included) is suppressed ("primary"), and further values ("complementary")
until no suppressed value can be recomputed exactly from the published cells, the published margins and
the grand total (always published), counts being non-negative integers. Deterministic.

cells: a list of rows of non-negative ints, all rows the same length.
row_totals / column_totals: "published" (always shown) or "suppress_small" (a total below k is
    suppressed too, and totals may be suppressed as complementary values).
hidden_column_totals: None or one bool per column: column totals suppressed from the start (for
    breakdowns of a distribution whose suppressed values are these column totals).
column_totals_are_cells: a one-row table (an overall distribution) whose column totals are its cells.

Returns a dict: "cells" (rows of "published"/"primary"/"complementary"), "row_totals",
"column_totals", "column_totals_are_cells", "unprotected" (values no allowed pattern can protect,
each {"kind", "row", "column"}; empty for ordinary tables) and "published": the table as it may be
shown ({"cells", "row_totals", "column_totals": values with None where suppressed, "grand_total"}). Raises cmkit.InvalidArgumentError (a
ValueError) for k < 1, ragged or negative input, an unknown policy or a mask of the wrong length.)doc");

    m.def(
        "evi_audit",
        [](const Cells& cells, const py::dict& pattern) {
            const auto p = pattern_from(pattern);
            std::vector<evi::ValueRange> ranges;
            {
                py::gil_scoped_release release;
                ranges = evi::audit(evi::CountTable{cells}, p);
            }
            py::list out;
            for (const auto& r : ranges) {
                py::dict d = ref_dict(r.ref);
                d["value"] = r.value;
                d["min"] = r.min;
                d["max"] = r.max;
                out.append(d);
            }
            return out;
        },
        py::arg("cells"), py::arg("pattern"),
        R"doc(The exact range of every suppressed value of a table under a pattern.

pattern: a dict as evi_suppress returns it ("cells", "row_totals", "column_totals" as status strings;
"column_totals_are_cells" optional). For every suppressed value (cells row by row, then row totals,
then column totals) a dict {"kind": "cell"|"row_total"|"column_total", "row", "column", "value",
"min", "max"}: the smallest and largest value it can take in any table of non-negative integers that
agrees with everything published (exact, by maximum flows). min == max means it can be recomputed.)doc");

    m.def(
        "evi_suppress_linked",
        [](const std::vector<std::int64_t>& overall, const std::vector<Cells>& breakdowns, std::int64_t k) {
            std::vector<evi::CountTable> tables;
            for (const auto& b : breakdowns) tables.push_back(evi::CountTable{b});
            evi::LinkedSuppression r;
            {
                py::gil_scoped_release release;
                r = evi::suppress_linked(overall, tables, k);
            }
            py::dict d;
            d["overall"] = statuses(r.overall);
            py::list shown_overall;
            for (std::size_t j = 0; j < overall.size(); ++j) shown_overall.append(shown(overall[j], r.overall[j]));
            d["overall_published"] = shown_overall;
            py::list bs;
            for (std::size_t b = 0; b < r.breakdowns.size(); ++b) bs.append(pattern_dict(r.breakdowns[b], breakdowns[b]));
            d["breakdowns"] = bs;
            d["overall_unprotected"] = r.overall_unprotected;
            return d;
        },
        py::arg("overall"), py::arg("breakdowns"), py::arg("k") = 5,
        R"doc(Disclosure control for an overall distribution and its breakdowns, together.

overall: one count per column (e.g. a region's schools per scenario); its total is published.
breakdowns: tables (by municipality, sector, track, ...) with one row per group, published row totals,
    and column sums equal to ``overall``.
A value suppressed in ``overall`` is a suppressed column total of every breakdown; the tables are
protected until no suppressed value can be recomputed from any table, nor from all tables together.

Returns {"overall": [status per column], "overall_published": [value or None per column],
"breakdowns": [one dict per breakdown, as evi_suppress returns], "overall_unprotected": [columns]}. Raises cmkit.InvalidArgumentError (a
ValueError) for k < 1, negative or ragged input, or a breakdown that does not add up to ``overall``.)doc");
}

}  // namespace cmkit::py_bind
