#include "csv.hpp"

#include <algorithm>

#include "cmkit/error.hpp"
#include "cmkit/io/output.hpp"
#include "text.hpp"

namespace cmkit::csv {

int Table::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return static_cast<int>(i);
    return -1;
}

std::string Table::get(const Row& row, std::string_view name) const {
    int c = column(name);
    return c < 0 ? std::string() : row.cells[static_cast<std::size_t>(c)];
}

void Table::check_header(const std::vector<std::string>& known, const std::vector<std::string>& required,
                         const std::string& required_text, const std::string& source) const {
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    for (const auto& h : header)
        if (std::find(known.begin(), known.end(), h) == known.end())
            throw FormatError(source, "line 1", "column '" + h + "'", "only the columns " + list);
    for (const auto& r : required)
        if (column(r) < 0) throw FormatError(source, "line 1", "a header without '" + r + "'", required_text);
}

std::string where(const Row& row, std::string_view column) {
    return "line " + std::to_string(row.line) + ", column " + std::string(column);
}

namespace {

std::string trim(std::string s) {
    auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

}  // namespace

namespace {

Table parse_bytes(std::string_view text, const std::string& source) {
    Table t;
    // Detect the separator from the first line (outside quotes): ';' when it has any, else ','.
    {
        bool q = false;
        int semis = 0, commas = 0;
        for (char ch : text.substr(std::min(text.size(), text.find_first_not_of("\r\n")))) {
            if (ch == '"') q = !q;
            else if (!q && (ch == '\n' || ch == '\r')) break;
            else if (!q && ch == ';') ++semis;
            else if (!q && ch == ',') ++commas;
        }
        t.separator = semis > 0 ? ';' : ',';
    }
    const char sep = t.separator;
    std::size_t i = 0;
    int line = 1;
    bool have_header = false;
    while (i < text.size()) {
        int row_line = line;
        std::vector<std::string> cells;
        std::string cur;
        bool quoted_cell = false;
        bool end_of_row = false;
        while (i < text.size() && !end_of_row) {
            char ch = text[i];
            if (ch == '"' && trim(cur).empty() && !quoted_cell) {
                // quoted cell
                quoted_cell = true;
                cur.clear();
                ++i;
                bool closed = false;
                while (i < text.size()) {
                    char c = text[i];
                    if (c == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            cur += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line;
                    cur += c;
                    ++i;
                }
                if (!closed)
                    throw FormatError(source, "line " + std::to_string(row_line), "a quoted cell that is never closed",
                                      "a closing '\"' before the end of the file");
                // only spaces may follow up to the separator or end of line
                while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
                if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                    throw FormatError(source, "line " + std::to_string(line), std::string("'") + text[i] + "' after a quoted cell",
                                      std::string("the separator '") + sep + "' or the end of the line");
                continue;
            }
            if (ch == sep) {
                cells.emplace_back(unguard(quoted_cell ? cur : trim(cur)));
                cur.clear();
                quoted_cell = false;
                ++i;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
                ++i;
                ++line;
                end_of_row = true;
            } else {
                // a run of ordinary bytes at once
                std::size_t j = i + 1;
                while (j < text.size() && text[j] != sep && text[j] != '"' && text[j] != '\r' && text[j] != '\n') ++j;
                cur.append(text.data() + i, j - i);
                i = j;
            }
        }
        cells.emplace_back(unguard(quoted_cell ? cur : trim(cur)));
        bool blank = cells.size() == 1 && cells[0].empty();
        if (blank) continue;
        if (!have_header) {
            t.header = cells;
            have_header = true;
            continue;
        }
        if (cells.size() != t.header.size())
            throw FormatError(source, "line " + std::to_string(row_line),
                              std::to_string(cells.size()) + " cells",
                              std::to_string(t.header.size()) + " cells separated by '" + std::string(1, sep) +
                                  "', one per header column");
        t.rows.push_back(Row{row_line, std::move(cells)});
    }
    if (!have_header) throw FormatError(source, "line 1", "an empty file", "a header line with column names");
    return t;
}

}  // namespace

Table parse(std::string_view bytes, const std::string& source) {
    std::string_view text = text::open(bytes, source, "a CSV file with a header line of column names");
    const bool synthetic = text::take_synthetic_marker(text);
    if (text::first_bad_utf8(text) != std::string_view::npos) {
        // name the column of the bad byte from the header, when the header itself can be read
        Table head;
        try {
            head = parse_bytes(text.substr(0, text.find_first_of("\r\n")), source);
        } catch (const FormatError&) {
        }
        text::check_utf8(text, source, head.header.empty() ? ',' : head.separator, &head.header);
    }
    Table t = parse_bytes(text, source);
    t.synthetic = synthetic;
    return t;
}

bool needs_guard(std::string_view v) {
    std::size_t i = 0;
    while (i < v.size() && v[i] == '\'') ++i;
    if (i == v.size()) return false;
    const char c = v[i];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string text(std::string_view value) {
    if (spreadsheet_safe_csv() && needs_guard(value)) return "'" + std::string(value);
    return std::string(value);
}

std::string_view unguard(std::string_view cell) {
    if (cell.size() >= 2 && cell[0] == '\'' && needs_guard(cell.substr(1))) cell.remove_prefix(1);
    return cell;
}

std::string cell(std::string_view value, char separator) {
    bool quote = value.find_first_of(std::string("\"\r\n") + separator) != std::string_view::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) return std::string(value);
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string line(const std::vector<std::string>& cells, char separator) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += separator;
        out += cell(cells[i], separator);
    }
    return out + "\n";
}

}  // namespace cmkit::csv

std::string cmkit::csv_text_cell(std::string_view text) { return csv::text(text); }
