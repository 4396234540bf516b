#pragma once
/// @file table.hpp
/// One columnar table type for every output table of an analysis (the Evi tables, the impact-survey
/// tables): named, typed, nullable columns with a doc line each. A table is written as CSV and as JSON
/// here, once, with byte-stable rules, and reaches Python as NumPy arrays (bindings), so the column names,
/// their order and their types are defined in one place: the C++ function that builds the table.
///
/// Text columns are dictionary-encoded (a code per row into a list of distinct strings), so a table of
/// municipality × wave rows holds each municipality name once.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cmkit/values.hpp"

namespace cmkit {

/// The type of a column.
enum class ColumnType {
    Integer,  ///< 64-bit signed integer
    Double,   ///< IEEE double (a ratio keeps its exact numerator and denominator as well)
    Text,     ///< UTF-8 text, dictionary-encoded
    Boolean,  ///< true / false
};

/// "integer", "double", "text", "boolean".
std::string_view column_type_name(ColumnType type);

/// One named, typed column. Values are appended with push(); every column of a table has the same length.
class Column {
public:
    Column(std::string name, ColumnType type, std::string doc = {});

    const std::string& name() const noexcept { return name_; }
    ColumnType type() const noexcept { return type_; }
    const std::string& doc() const noexcept { return doc_; }
    std::size_t size() const noexcept { return valid_.size(); }

    /// Whether the column may hold nulls (fixed when it is made; a null pushed into a column that is not
    /// nullable is a programming error: std::logic_error).
    bool nullable() const noexcept { return nullable_; }
    Column& set_nullable(bool n = true);
    /// Decimals of a Double column in CSV: -1 (default) writes the shortest text that reads back to the
    /// same double (Python's repr); N >= 0 writes N decimals, rounded half away from zero from the exact
    /// ratio when the value was pushed as a Ratio.
    int decimals() const noexcept { return decimals_; }
    Column& set_decimals(int places);
    /// Whether the CSV form of the table has this column (JSON and DataFrames always do).
    bool in_csv() const noexcept { return in_csv_; }
    Column& set_in_csv(bool in);

    void push(std::int64_t v);
    void push(int v) { push(static_cast<std::int64_t>(v)); }
    void push(double v);
    void push(const Ratio& v);  ///< a Double column: numerator / denominator, kept exact for CSV decimals
    void push(std::string_view v);
    void push(const std::string& v) { push(std::string_view(v)); }
    void push(const char* v) { push(std::string_view(v)); }
    void push(bool v);
    void push_null();
    template <class T>
    void push(const std::optional<T>& v) {
        if (v) push(*v);
        else push_null();
    }

    bool is_null(std::size_t row) const { return valid_.at(row) == 0; }
    /// 1 where a value is present, 0 for null.
    const std::vector<std::uint8_t>& validity() const noexcept { return valid_; }
    /// Integer values (0 where null).
    const std::vector<std::int64_t>& integers() const noexcept { return ints_; }
    /// Double values (NaN where null).
    const std::vector<double>& doubles() const noexcept { return doubles_; }
    /// Boolean values as 0/1 (0 where null).
    const std::vector<std::uint8_t>& booleans() const noexcept { return bools_; }
    /// Text: the code of each row (0 where null) into dictionary().
    const std::vector<std::uint32_t>& codes() const noexcept { return codes_; }
    const std::vector<std::string>& dictionary() const noexcept { return dictionary_; }
    /// The text of row @p row ("" when null).
    std::string_view text(std::size_t row) const;

    /// The CSV text of one cell ("" for null), without quoting.
    std::string cell_text(std::size_t row) const;

private:
    std::string name_;
    ColumnType type_;
    std::string doc_;
    bool nullable_ = false;
    bool in_csv_ = true;
    int decimals_ = -1;
    std::vector<std::uint8_t> valid_;
    std::vector<std::int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<std::int64_t> num_, den_;  // Double columns with exact ratios (den 0: not exact)
    std::vector<std::uint8_t> bools_;
    std::vector<std::uint32_t> codes_;
    std::vector<std::string> dictionary_;
    std::unordered_map<std::string, std::uint32_t> index_;

    void expect(ColumnType t, const char* what) const;
};

/// A named table of columns of equal length.
class Table {
public:
    explicit Table(std::string name = {}) : name_(std::move(name)) {}

    const std::string& name() const noexcept { return name_; }
    /// Number of rows (0 for a table without columns).
    std::size_t rows() const noexcept { return columns_.empty() ? 0 : columns_.front().size(); }
    const std::vector<Column>& columns() const noexcept { return columns_; }
    std::vector<std::string> column_names(bool csv_only = false) const;
    /// The column called @p name; NotFoundError naming the columns there are.
    const Column& column(std::string_view name) const;
    bool has_column(std::string_view name) const;

    /// Adds an empty column, to be filled with Column::push (a table is built column by column or row by
    /// row; check() tests that the lengths agree); InvalidArgument for a name already there.
    Column& add(std::string name, ColumnType type, std::string doc = {});
    Column& at(std::size_t i) { return columns_.at(i); }
    /// Checks that every column has the same length; std::logic_error otherwise (call after building).
    void check() const;

    /// RFC 4180 CSV: a header of the CSV columns, one line per row, "\n" line ends, cells quoted only when
    /// they contain a comma, a quote or a line break.
    std::string to_csv() const;
    /// `{"schema": "Table.1", "name": ..., "columns": [{"name", "type", "nullable", "doc"}, ...],
    ///   "rows": [[...], ...]}`: values as JSON numbers, strings, booleans or null (NaN and infinities,
    ///   which JSON lacks, as null).
    std::string to_json(int indent = -1) const;

private:
    std::string name_;
    std::vector<Column> columns_;
};

/// Python's repr() of a float: the shortest text that reads back to the same double; fixed notation when
/// the decimal exponent is from -4 to 15, else scientific ("1e-05", "1.5e+16"); "nan", "inf", "-inf".
std::string python_float_text(double v);

/// The exact decimal text of @p r rounded half away from zero to @p places decimals.
std::string ratio_decimal_text(const Ratio& r, int places);

}  // namespace cmkit
