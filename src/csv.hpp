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
    std::vector<std::string> header;
    std::vector<Row> rows;
    /// Index of a header column, or -1.
    int column(std::string_view name) const;
};

/// Parses @p text; the first non-empty line is the header. Throws FormatError (source, "line N").
Table parse(std::string_view text, const std::string& source);

/// One cell, quoted when it contains the separator, a quote or a line break.
std::string cell(std::string_view value, char separator = ',');

/// One line of cells joined by the separator, ending in "\n".
std::string line(const std::vector<std::string>& cells, char separator = ',');

}  // namespace cmkit::csv
