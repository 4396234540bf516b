#pragma once
// Private: a small RFC 4180 CSV reader and writer (quotes, "" escapes, CRLF, a UTF-8 BOM), with the
// separator (',' or ';') detected from the header line. Errors name the source and the line.
#include <string>
#include <string_view>
#include <vector>

namespace cmkit::csv {

struct Row {
    int line = 0;  ///< 1-based line where the row starts
    std::vector<std::string> cells;
};

struct Table {
    char separator = ',';
    bool synthetic = false;  ///< the file began with the synthetic marker line (text::take_synthetic_marker)
    std::vector<std::string> header;
    std::vector<Row> rows;
    /// Index of a header column, or -1.
    int column(std::string_view name) const;
    /// The cell of @p name in @p row, or "" when the table has no such column.
    std::string get(const Row& row, std::string_view name) const;
    /// Throws FormatError ("line 1") for a column not in @p known or a missing one of @p required;
    /// @p required_text says what a header must hold.
    void check_header(const std::vector<std::string>& known, const std::vector<std::string>& required,
                      const std::string& required_text, const std::string& source) const;
};

/// "line N, column C": where a cell is, for errors.
std::string where(const Row& row, std::string_view column);

/// Parses @p text; the first non-empty line is the header. Throws FormatError (source, "line N").
Table parse(std::string_view text, const std::string& source);

/// Whether a text cell would be run as a formula by a spreadsheet: it begins with '=', '+', '-', '@', a
/// tab or a carriage return, or with one or more "'" followed by one of those (so that unguard() can
/// undo guard() exactly).
bool needs_guard(std::string_view text);

/// A text cell as written: with a "'" in front when needs_guard() and spreadsheet-safe CSV is on
/// (cmkit::set_spreadsheet_safe_csv; on by default). Numbers are never passed through this.
std::string text(std::string_view value);

/// A cell as read: without the "'" that text() put in front (a cell "'" + X where X needs_guard).
std::string_view unguard(std::string_view cell);

/// One cell, quoted when it contains the separator, a quote or a line break.
std::string cell(std::string_view value, char separator = ',');

/// One line of cells joined by the separator, ending in "\n".
std::string line(const std::vector<std::string>& cells, char separator = ',');

}  // namespace cmkit::csv
