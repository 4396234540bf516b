// The files of a regional Evi analysis: analysis.json, manifest.json and one CSV per table, written once,
// in C++, with byte-stable rules (docs/evi-analysis.md §5). Every table is a cmkit::Table whose columns are
// the fields of its row record (Describe<T>), so their names, order and types are written in one place.
#include <algorithm>
#include <optional>
#include <tuple>

#include "cmkit/error.hpp"
#include "cmkit/evi/analysis.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/io/output.hpp"
#include "cmkit/table.hpp"
#include "io/canonical_text.hpp"

namespace cmkit {
namespace {

/// The column type of a field type (optional<T>: a nullable column of T's type).
template <class T>
struct ColumnOf;
template <> struct ColumnOf<std::string> { static constexpr ColumnType type = ColumnType::Text; };
template <> struct ColumnOf<bool> { static constexpr ColumnType type = ColumnType::Boolean; };
template <> struct ColumnOf<int> { static constexpr ColumnType type = ColumnType::Integer; };
template <> struct ColumnOf<std::int64_t> { static constexpr ColumnType type = ColumnType::Integer; };
template <> struct ColumnOf<double> { static constexpr ColumnType type = ColumnType::Double; };
template <> struct ColumnOf<Ratio> { static constexpr ColumnType type = ColumnType::Double; };
template <class T>
struct ColumnOf<std::optional<T>> {
    static constexpr ColumnType type = ColumnOf<T>::type;
    static constexpr bool nullable = true;
};
template <class T>
constexpr bool nullable_v = requires { ColumnOf<T>::nullable; };

/// Fields left out of the CSV form: `suppression` of distribution and transitions (the CSV contract has
/// `suppressed` only; JSON and DataFrames have both).
bool csv_field(std::string_view table, std::string_view field) {
    return !(field == "suppression" && (table == "distribution" || table == "transitions"));
}

/// The table of @p rows: one column per field of the row record, in its order, typed by the field.
template <class Row>
Table table_of(const std::string& name, const std::vector<Row>& rows) {
    Table t(name);
    for_each_field<Row>([&](const auto& f) {
        using T = typename std::decay_t<decltype(f)>::value_type;
        Column& c = t.add(std::string(f.name), ColumnOf<T>::type, std::string(f.doc));
        c.set_nullable(nullable_v<T>).set_in_csv(csv_field(name, f.name));
        for (const auto& r : rows) c.push(r.*(f.member));
    });
    return t;
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

Table evi_table(const EviAnalysis& analysis, const std::string& name) {
    return with_table(analysis, name, [&](const auto& rows) { return table_of(name, rows); });
}

std::vector<std::string> evi_table_columns(const std::string& name, bool csv) {
    static const EviAnalysis empty;
    return evi_table(empty, name).column_names(csv);
}

std::string evi_table_csv(const EviAnalysis& analysis, const std::string& name) { return evi_table(analysis, name).to_csv(); }

std::vector<std::pair<std::string, std::string>> evi_output_files(const EviAnalysis& analysis) {
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("analysis.json", detail::evi_analysis_json(analysis));
    out.emplace_back("manifest.json", to_json(analysis.manifest));
    for (const auto& name : evi_table_names()) out.emplace_back(name + ".csv", evi_table_csv(analysis, name));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> write_evi_outputs(const EviAnalysis& analysis, const std::string& directory) {
    const auto files = evi_output_files(analysis);
    write_output_directory(directory, files);
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(f.first);
    return names;
}

}  // namespace cmkit
