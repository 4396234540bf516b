// The one table type (table.hpp): columns, CSV and JSON writers.
#include "cmkit/table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "cmkit/error.hpp"
#include "csv.hpp"

namespace cmkit {

std::string_view column_type_name(ColumnType type) {
    switch (type) {
        case ColumnType::Integer: return "integer";
        case ColumnType::Double: return "double";
        case ColumnType::Text: return "text";
        case ColumnType::Boolean: return "boolean";
    }
    return "?";
}

std::string python_float_text(double v) {
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

std::string ratio_decimal_text(const Ratio& r, int places) {
    __extension__ typedef __int128 i128;
    i128 scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    i128 num = static_cast<i128>(r.numerator) * scale;
    i128 den = r.denominator;
    if (den < 0) {
        den = -den;
        num = -num;
    }
    const bool neg = num < 0;
    if (neg) num = -num;
    i128 q = num / den, rem = num % den;
    if (2 * rem >= den) ++q;
    auto digits = [](i128 v) {
        std::string s;
        do {
            s += static_cast<char>('0' + static_cast<int>(v % 10));
            v /= 10;
        } while (v > 0);
        return std::string(s.rbegin(), s.rend());
    };
    std::string whole = digits(q / scale), frac = digits(q % scale);
    std::string out = whole;
    if (places > 0) out += "." + std::string(static_cast<std::size_t>(places) - frac.size(), '0') + frac;
    return (neg && q != 0 ? "-" : "") + out;
}

// ---- Column ---------------------------------------------------------------------------------------------

Column::Column(std::string name, ColumnType type, std::string doc) : name_(std::move(name)), type_(type), doc_(std::move(doc)) {}

Column& Column::set_nullable(bool n) {
    nullable_ = n;
    return *this;
}
Column& Column::set_decimals(int places) {
    if (type_ != ColumnType::Double) throw std::logic_error("Column " + name_ + ": decimals apply to double columns only");
    decimals_ = places;
    return *this;
}
Column& Column::set_in_csv(bool in) {
    in_csv_ = in;
    return *this;
}

void Column::expect(ColumnType t, const char* what) const {
    if (type_ != t)
        throw std::logic_error("Column " + name_ + " holds " + std::string(column_type_name(type_)) + " values, not " + what);
}

void Column::push(std::int64_t v) {
    if (type_ == ColumnType::Double) return push(static_cast<double>(v));
    expect(ColumnType::Integer, "an integer");
    ints_.push_back(v);
    valid_.push_back(1);
}

void Column::push(double v) {
    expect(ColumnType::Double, "a double");
    doubles_.push_back(v);
    num_.push_back(0);
    den_.push_back(0);
    valid_.push_back(1);
}

void Column::push(const Ratio& v) {
    expect(ColumnType::Double, "a ratio");
    doubles_.push_back(static_cast<double>(v.numerator) / static_cast<double>(v.denominator));
    num_.push_back(v.numerator);
    den_.push_back(v.denominator);
    valid_.push_back(1);
}

void Column::push(std::string_view v) {
    expect(ColumnType::Text, "text");
    auto [it, added] = index_.try_emplace(std::string(v), static_cast<std::uint32_t>(dictionary_.size()));
    if (added) dictionary_.emplace_back(v);
    codes_.push_back(it->second);
    valid_.push_back(1);
}

void Column::push(bool v) {
    expect(ColumnType::Boolean, "a boolean");
    bools_.push_back(v ? 1 : 0);
    valid_.push_back(1);
}

void Column::push_null() {
    if (!nullable_) throw std::logic_error("Column " + name_ + " is not nullable");
    switch (type_) {
        case ColumnType::Integer: ints_.push_back(0); break;
        case ColumnType::Double:
            doubles_.push_back(std::numeric_limits<double>::quiet_NaN());
            num_.push_back(0);
            den_.push_back(0);
            break;
        case ColumnType::Text: codes_.push_back(0); break;
        case ColumnType::Boolean: bools_.push_back(0); break;
    }
    valid_.push_back(0);
}

std::string_view Column::text(std::size_t row) const {
    expect(ColumnType::Text, "text");
    return valid_.at(row) ? std::string_view(dictionary_[codes_[row]]) : std::string_view();
}

std::string Column::cell_text(std::size_t row) const {
    if (!valid_.at(row)) return {};
    switch (type_) {
        case ColumnType::Integer: return std::to_string(ints_[row]);
        case ColumnType::Boolean: return bools_[row] ? "true" : "false";
        case ColumnType::Text: return dictionary_[codes_[row]];
        case ColumnType::Double: {
            if (decimals_ < 0) return python_float_text(doubles_[row]);
            if (den_[row] != 0) return ratio_decimal_text(Ratio{num_[row], den_[row]}, decimals_);
            char buf[512];
            std::snprintf(buf, sizeof buf, "%.*f", decimals_, doubles_[row]);
            return buf;
        }
    }
    return {};
}

// ---- Table ----------------------------------------------------------------------------------------------

std::vector<std::string> Table::column_names(bool csv_only) const {
    std::vector<std::string> out;
    for (const auto& c : columns_)
        if (!csv_only || c.in_csv()) out.push_back(c.name());
    return out;
}

bool Table::has_column(std::string_view name) const {
    return std::any_of(columns_.begin(), columns_.end(), [&](const Column& c) { return c.name() == name; });
}

const Column& Table::column(std::string_view name) const {
    for (const auto& c : columns_)
        if (c.name() == name) return c;
    std::string known;
    for (const auto& c : columns_) known += (known.empty() ? "" : ", ") + c.name();
    throw NotFoundError("column of table " + name_, std::string(name), known);
}

Column& Table::add(std::string name, ColumnType type, std::string doc) {
    if (has_column(name)) throw InvalidArgument("Table " + name_ + ": a second column called " + name);
    columns_.emplace_back(std::move(name), type, std::move(doc));
    return columns_.back();
}

void Table::check() const {
    for (const auto& c : columns_)
        if (c.size() != rows())
            throw std::logic_error("Table " + name_ + ": column " + c.name() + " has " + std::to_string(c.size()) + " values, " +
                                   columns_.front().name() + " has " + std::to_string(rows()));
}

std::string Table::to_csv() const {
    check();
    std::vector<const Column*> cols;
    for (const auto& c : columns_)
        if (c.in_csv()) cols.push_back(&c);
    std::string out;
    std::vector<std::string> cells;
    for (const Column* c : cols) cells.push_back(c->name());
    out += csv::line(cells);
    for (std::size_t r = 0, n = rows(); r < n; ++r) {
        cells.clear();
        for (const Column* c : cols)
            cells.push_back(c->type() == ColumnType::Text ? csv::text(c->cell_text(r)) : c->cell_text(r));
        out += csv::line(cells);
    }
    return out;
}

std::string Table::to_json(int indent) const {
    check();
    using ojson = nlohmann::ordered_json;
    ojson doc = ojson::object();
    doc["schema"] = "Table.1";
    doc["name"] = name_;
    ojson cols = ojson::array();
    for (const auto& c : columns_)
        cols.push_back(ojson{{"name", c.name()}, {"type", std::string(column_type_name(c.type()))}, {"nullable", c.nullable()}, {"doc", c.doc()}});
    doc["columns"] = std::move(cols);
    ojson rows_json = ojson::array();
    for (std::size_t r = 0, n = rows(); r < n; ++r) {
        ojson row = ojson::array();
        for (const auto& c : columns_) {
            if (c.is_null(r)) {
                row.push_back(nullptr);
                continue;
            }
            switch (c.type()) {
                case ColumnType::Integer: row.push_back(c.integers()[r]); break;
                case ColumnType::Double: row.push_back(c.doubles()[r]); break;
                case ColumnType::Text: row.push_back(c.dictionary()[c.codes()[r]]); break;
                case ColumnType::Boolean: row.push_back(c.booleans()[r] != 0); break;
            }
        }
        rows_json.push_back(std::move(row));
    }
    doc["rows"] = std::move(rows_json);
    return doc.dump(indent, ' ', false, ojson::error_handler_t::strict) + (indent >= 0 ? "\n" : "");
}

}  // namespace cmkit
