// The files of a regional Evi analysis: analysis.json, manifest.json and one CSV per table, written once,
// in C++, with byte-stable rules (docs/evi-analysis.md §5). The columns of every table are the fields of
// its row record (Describe<T>), so their names and order are written in one place.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <tuple>

#include "cmkit/error.hpp"
#include "cmkit/evi/analysis.hpp"
#include "cmkit/io/json.hpp"
#include "csv.hpp"

namespace cmkit {
namespace {

/// Python's repr() of a float: the shortest text that reads back to the same double; fixed notation when
/// the decimal exponent is from -4 to 15, else scientific with a sign and at least two exponent digits.
std::string python_repr(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, end);  // [-]d[.ddd]e[+-]XX
    const bool neg = s[0] == '-';
    if (neg) s.erase(0, 1);
    const auto epos = s.find('e');
    const int exp = std::stoi(s.substr(epos + 1));
    std::string digits = s.substr(0, epos);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::string out;
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out = "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
        } else if (static_cast<std::size_t>(exp) + 1 >= digits.size()) {
            out = digits + std::string(static_cast<std::size_t>(exp) + 1 - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, static_cast<std::size_t>(exp) + 1) + "." + digits.substr(static_cast<std::size_t>(exp) + 1);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char e[16];
        std::snprintf(e, sizeof e, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += e;
    }
    return neg ? "-" + out : out;
}

std::string text_of(const std::string& v) { return v; }
std::string text_of(bool v) { return v ? "true" : "false"; }
std::string text_of(int v) { return std::to_string(v); }
std::string text_of(std::int64_t v) { return std::to_string(v); }
std::string text_of(double v) { return python_repr(v); }
std::string text_of(const Ratio& r) { return python_repr(static_cast<double>(r.numerator) / static_cast<double>(r.denominator)); }
template <class T>
std::string text_of(const std::optional<T>& v) {
    return v ? text_of(*v) : std::string();
}

/// Fields left out of the CSV form: `suppression` of distribution and transitions (the CSV contract has
/// `suppressed` only; JSON and DataFrames have both).
bool csv_field(std::string_view table, std::string_view field) {
    return !(field == "suppression" && (table == "distribution" || table == "transitions"));
}

template <class Row>
std::vector<std::string> columns_of(std::string_view table, bool csv) {
    std::vector<std::string> out;
    for_each_field<Row>([&](const auto& f) {
        if (!csv || csv_field(table, f.name)) out.emplace_back(f.name);
    });
    return out;
}

template <class Row>
std::string csv_of(std::string_view table, const std::vector<Row>& rows) {
    std::string out = csv::line(columns_of<Row>(table, true));
    std::vector<std::string> cells;
    for (const auto& r : rows) {
        cells.clear();
        for_each_field<Row>([&](const auto& f) {
            if (csv_field(table, f.name)) cells.push_back(text_of(r.*(f.member)));
        });
        out += csv::line(cells);
    }
    return out;
}

/// Calls f(rows) with the rows of table @p name; throws NotFoundError for an unknown name.
template <class F>
decltype(auto) with_table(const EviAnalysis& a, const std::string& name, F&& f) {
    if (name == "response") return f(a.response);
    if (name == "distribution") return f(a.distribution);
    if (name == "agreement") return f(a.agreement);
    if (name == "transitions") return f(a.transitions);
    if (name == "paired_change") return f(a.paired_change);
    if (name == "consistency") return f(a.consistency);
    if (name == "alpha") return f(a.alpha);
    if (name == "intervals") return f(a.intervals);
    if (name == "items") return f(a.items);
    if (name == "ambition") return f(a.ambition);
    std::string known;
    for (const auto& n : evi_table_names()) known += (known.empty() ? "" : ", ") + n;
    throw NotFoundError("Evi table", name, known);
}

}  // namespace

std::vector<std::string> evi_table_columns(const std::string& name, bool csv) {
    static const EviAnalysis empty;
    return with_table(empty, name, [&](const auto& rows) {
        using Row = typename std::decay_t<decltype(rows)>::value_type;
        return columns_of<Row>(name, csv);
    });
}

std::string evi_table_csv(const EviAnalysis& analysis, const std::string& name) {
    return with_table(analysis, name, [&](const auto& rows) { return csv_of(name, rows); });
}

std::vector<std::pair<std::string, std::string>> evi_output_files(const EviAnalysis& analysis) {
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("analysis.json", to_json(analysis));
    out.emplace_back("manifest.json", to_json(analysis.manifest));
    for (const auto& name : evi_table_names()) out.emplace_back(name + ".csv", evi_table_csv(analysis, name));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace cmkit
