#include "cmkit/money.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>

#include "cmkit/error.hpp"

namespace cmkit {
namespace {

__extension__ typedef __int128 i128;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

[[noreturn]] void overflow(const char* what) {
    throw OverflowError(std::string("money overflow in ") + what +
                        ": the result does not fit in 64-bit euro cents");
}

std::int64_t narrow(i128 v, const char* what) {
    if (v > kMax || v < kMin) overflow(what);
    return static_cast<std::int64_t>(v);
}

std::string group_digits(std::uint64_t v, char sep) {
    std::string digits = std::to_string(v);
    std::string out;
    int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[i];
        int remaining = n - 1 - i;
        if (remaining > 0 && remaining % 3 == 0) out += sep;
    }
    return out;
}

std::uint64_t magnitude(std::int64_t v) {
    return v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
}

[[noreturn]] void bad(std::string_view text, const char* why) {
    throw FormatError::text("\"" + std::string(text) + "\"",
                            std::string("an amount in Dutch notation such as '€ 134.812', '134.812,50' or "
                                        "'-5.000' (") + why + ")");
}

}  // namespace

Money Money::from_euros(std::int64_t euros) {
    std::int64_t c;
    if (__builtin_mul_overflow(euros, std::int64_t{100}, &c)) overflow("from_euros");
    return Money(c);
}

Money Money::operator+(Money o) const {
    std::int64_t r;
    if (__builtin_add_overflow(cents_, o.cents_, &r)) overflow("addition");
    return Money(r);
}

Money Money::operator-(Money o) const {
    std::int64_t r;
    if (__builtin_sub_overflow(cents_, o.cents_, &r)) overflow("subtraction");
    return Money(r);
}

Money Money::operator-() const {
    if (cents_ == kMin) overflow("negation");
    return Money(-cents_);
}

Money Money::operator*(std::int64_t f) const {
    std::int64_t r;
    if (__builtin_mul_overflow(cents_, f, &r)) overflow("multiplication");
    return Money(r);
}

Money Money::mul_ratio(std::int64_t num, std::int64_t den, Rounding rounding) const {
    if (den == 0) throw InvalidArgument("mul_ratio: the denominator is zero");
    i128 n = static_cast<i128>(cents_) * num;
    i128 d = den;
    if (d < 0) { n = -n; d = -d; }
    i128 q = n / d;  // truncates toward zero
    i128 r = n % d;  // same sign as n
    if (r != 0) {
        bool negative = n < 0;
        i128 twice = (r < 0 ? -r : r) * 2;
        switch (rounding) {
            case Rounding::TowardZero: break;
            case Rounding::Floor: if (negative) q -= 1; break;
            case Rounding::Ceiling: if (!negative) q += 1; break;
            case Rounding::HalfUp:
                if (twice >= d) q += negative ? -1 : 1;
                break;
            case Rounding::HalfEven:
                if (twice > d || (twice == d && (q % 2 != 0))) q += negative ? -1 : 1;
                break;
        }
    }
    return Money(narrow(q, "mul_ratio"));
}

std::vector<Money> Money::allocate(std::span<const std::int64_t> weights) const {
    if (weights.empty()) throw InvalidArgument("allocate: no weights given");
    i128 total_w = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0)
            throw InvalidArgument("allocate: weight " + std::to_string(i) + " is negative (" +
                                  std::to_string(weights[i]) + ")");
        total_w += weights[i];
    }
    if (total_w == 0) throw InvalidArgument("allocate: the weights sum to zero");
    bool negative = cents_ < 0;
    i128 amount = negative ? -static_cast<i128>(cents_) : static_cast<i128>(cents_);
    std::vector<i128> parts(weights.size());
    std::vector<i128> rema(weights.size());
    i128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        i128 prod = amount * weights[i];  // < 2^63 * 2^63 = 2^126
        parts[i] = prod / total_w;
        rema[i] = prod % total_w;
        given += parts[i];
    }
    i128 left = amount - given;  // < number of weights
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rema[a] > rema[b]; });
    for (std::size_t k = 0; k < static_cast<std::size_t>(left); ++k) parts[order[k]] += 1;
    std::vector<Money> out;
    out.reserve(parts.size());
    for (auto p : parts) out.push_back(Money(static_cast<std::int64_t>(negative ? -p : p)));
    return out;
}

Money Money::sum(std::span<const Money> amounts) {
    Money total;
    for (auto m : amounts) total += m;
    return total;
}

std::string format_integer(std::int64_t value, NumberStyle style) {
    std::string s = group_digits(magnitude(value), style == NumberStyle::Dutch ? '.' : ',');
    return value < 0 ? "-" + s : s;
}

std::string Money::format(const MoneyFormat& o) const {
    const char thousands = o.style == NumberStyle::Dutch ? '.' : ',';
    const char decimal = o.style == NumberStyle::Dutch ? ',' : '.';
    std::uint64_t mag = magnitude(cents_);
    std::uint64_t euros = mag / 100, cents = mag % 100;
    bool show_cents = o.cents == Cents::Always || (o.cents == Cents::Auto && cents != 0);
    if (o.cents == Cents::Never && cents >= 50) euros += 1;
    std::string number = group_digits(euros, thousands);
    if (show_cents) {
        number += decimal;
        number += static_cast<char>('0' + cents / 10);
        number += static_cast<char>('0' + cents % 10);
    }
    bool neg = cents_ < 0 && (show_cents || euros != 0);
    std::string sign = neg ? "-" : "";
    if (!o.symbol) return sign + number;
    // Dutch (CLDR nl): "€ -5.000,00"; English: "-€5,000.00".
    if (o.style == NumberStyle::Dutch) return "€ " + sign + number;
    return sign + "€" + number;
}

Money Money::parse(std::string_view text) {
    std::string_view s = text;
    auto trim = [](std::string_view v) {
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
        return v;
    };
    auto strip_prefix = [](std::string_view& v, std::string_view p) {
        if (v.substr(0, p.size()) == p) { v.remove_prefix(p.size()); return true; }
        return false;
    };
    const std::string_view euro = "\xE2\x82\xAC";   // U+20AC
    const std::string_view nbsp = "\xC2\xA0";       // U+00A0
    auto skip_spaces = [&](std::string_view& v) {
        for (;;) {
            if (!v.empty() && (v.front() == ' ' || v.front() == '\t')) { v.remove_prefix(1); continue; }
            if (strip_prefix(v, nbsp)) continue;
            break;
        }
    };
    s = trim(s);
    bool negative = false;
    if (strip_prefix(s, "-")) { negative = true; skip_spaces(s); }
    if (strip_prefix(s, euro)) skip_spaces(s);
    if (strip_prefix(s, "-")) {
        if (negative) bad(text, "two minus signs");
        negative = true;
        skip_spaces(s);
    }
    if (s.empty()) bad(text, "no digits");
    std::string_view int_part = s, frac_part;
    bool has_comma = false;
    if (auto pos = s.find(','); pos != std::string_view::npos) {
        has_comma = true;
        int_part = s.substr(0, pos);
        frac_part = s.substr(pos + 1);
        if (frac_part.find(',') != std::string_view::npos) bad(text, "more than one decimal comma");
    }
    if (int_part.empty()) bad(text, "no digits before the decimal comma");
    // Integer part: digits, optionally grouped by '.' in groups of exactly three.
    std::uint64_t euros = 0;
    bool grouped = int_part.find('.') != std::string_view::npos;
    std::size_t group_len = 0, first_group = 0;
    bool in_first = true;
    for (char c : int_part) {
        if (c == '.') {
            if (in_first) {
                if (group_len == 0 || group_len > 3) bad(text, "thousands must be grouped by three");
                first_group = group_len;
                in_first = false;
            } else if (group_len != 3) {
                bad(text, "thousands must be grouped by three");
            }
            group_len = 0;
            continue;
        }
        if (c < '0' || c > '9') bad(text, "unexpected character");
        if (euros > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) bad(text, "too large");
        euros = euros * 10 + static_cast<std::uint64_t>(c - '0');
        ++group_len;
    }
    (void)first_group;
    if (grouped && group_len != 3) bad(text, "thousands must be grouped by three");
    std::uint64_t cents = 0;
    if (has_comma) {
        if (frac_part.empty() || frac_part.size() > 2)
            bad(text, "one or two decimals after the comma; money is exact to the cent");
        for (char c : frac_part)
            if (c < '0' || c > '9') bad(text, "unexpected character after the decimal comma");
        cents = static_cast<std::uint64_t>(frac_part[0] - '0') * 10;
        if (frac_part.size() == 2) cents += static_cast<std::uint64_t>(frac_part[1] - '0');
    }
    i128 total = static_cast<i128>(euros) * 100 + cents;
    if (negative) total = -total;
    if (total > kMax || total < kMin)
        throw OverflowError("money overflow: \"" + std::string(text) + "\" does not fit in 64-bit euro cents");
    return Money(static_cast<std::int64_t>(total));
}

}  // namespace cmkit
