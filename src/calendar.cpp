#include "cmkit/calendar.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <charconv>

#include "cmkit/error.hpp"

namespace cmkit {
namespace bg = boost::gregorian;

namespace {
bg::date to_boost(const Date& d) {
    return bg::date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                    static_cast<unsigned short>(d.day()));
}
Date from_boost(const bg::date& d) {
    auto ymd = d.year_month_day();
    return Date(ymd.year, ymd.month, ymd.day);
}
bool parse_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    auto res = std::from_chars(s.data(), s.data() + s.size(), out);
    return res.ec == std::errc() && res.ptr == s.data() + s.size();
}
}  // namespace

Date::Date(int year, int month, int day) {
    std::string text = std::to_string(year) + "-" + std::to_string(month) + "-" + std::to_string(day);
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
        throw FormatError::text(text, "a date between 1400-01-01 and 9999-12-31");
    try {
        bg::date probe(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                       static_cast<unsigned short>(day));
        (void)probe;
    } catch (const std::out_of_range&) {
        throw FormatError::text(text, "a day that exists in the calendar");
    }
    year_ = static_cast<std::int16_t>(year);
    month_ = static_cast<std::int8_t>(month);
    day_ = static_cast<std::int8_t>(day);
}

Date Date::parse(std::string_view iso) {
    const std::string found = "\"" + std::string(iso) + "\"";
    int y = 0, m = 0, d = 0;
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !parse_int(iso.substr(0, 4), y) ||
        !parse_int(iso.substr(5, 2), m) || !parse_int(iso.substr(8, 2), d))
        throw FormatError::text(found, "a date in ISO form YYYY-MM-DD");
    try {
        return Date(y, m, d);
    } catch (const FormatError& e) {
        throw FormatError::text(found, e.expected());
    }
}

int Date::iso_weekday() const {
    int w = to_boost(*this).day_of_week().as_number();  // 0 = Sunday
    return w == 0 ? 7 : w;
}

Date Date::add_days(int days) const { return from_boost(to_boost(*this) + bg::days(days)); }

int Date::days_until(Date other) const {
    return static_cast<int>((to_boost(other) - to_boost(*this)).days());
}

std::string Date::to_string() const { return bg::to_iso_extended_string(to_boost(*this)); }

Period::Period(Date start, Date end) : start_(start), end_(end) {
    if (end < start)
        throw InvalidArgument("a period cannot end (" + end.to_string() + ") before it starts (" +
                              start.to_string() + ")");
}

int Period::length_days() const { return start_.days_until(end_) + 1; }

std::vector<Year> Period::years() const {
    std::vector<Year> out;
    for (int y = start_.year(); y <= end_.year(); ++y) out.emplace_back(y);
    return out;
}

std::vector<SchoolYear> Period::school_years() const {
    std::vector<SchoolYear> out;
    for (int y = SchoolYear::of(start_).start_year(); y <= SchoolYear::of(end_).start_year(); ++y)
        out.emplace_back(y);
    return out;
}

std::string Period::to_string() const { return start_.to_string() + ".." + end_.to_string(); }

Period Period::parse(std::string_view text) {
    auto pos = text.find("..");
    if (pos == std::string_view::npos)
        throw FormatError::text("\"" + std::string(text) + "\"", "a period START..END in ISO dates");
    Date a = Date::parse(text.substr(0, pos));
    Date b = Date::parse(text.substr(pos + 2));
    if (b < a)
        throw FormatError::text("\"" + std::string(text) + "\"", "a period whose end is not before its start");
    return Period(a, b);
}

Cycle::Cycle(int months, int anchor_month, int anchor_day)
    : months_(months), anchor_month_(anchor_month), anchor_day_(anchor_day) {
    if (months < 1 || months > 12 || 12 % months != 0)
        throw InvalidArgument("a cycle is 1, 2, 3, 4, 6 or 12 months long (it must divide the year), got " +
                              std::to_string(months));
    if (anchor_month < 1 || anchor_month > 12 || anchor_day < 1 || anchor_day > 28)
        throw InvalidArgument("a cycle's anchor is a month 1..12 and a day 1..28");
}

Period Cycle::containing(Date d) const {
    // Walk the cycle starts of the year before, this year and the next; pick the one containing d.
    bg::date target = to_boost(d);
    for (int y = d.year() - 1; y <= d.year(); ++y) {
        bg::date s(static_cast<unsigned short>(y), static_cast<unsigned short>(anchor_month_),
                   static_cast<unsigned short>(anchor_day_));
        bg::date year_end = s + bg::months(12);
        for (bg::date cur = s; cur < year_end; cur = cur + bg::months(months_)) {
            bg::date next = cur + bg::months(months_);
            if (cur <= target && target < next) return Period(from_boost(cur), from_boost(next - bg::days(1)));
        }
    }
    // d lies after the last start of its own year's cycle: that start is in year d.year().
    throw InvalidArgument("no cycle period contains " + d.to_string());  // unreachable for valid cycles
}

Period Cycle::starting_in(int year) const {
    Date s(year, anchor_month_, anchor_day_);
    bg::date next = to_boost(s) + bg::months(months_);
    return Period(s, from_boost(next - bg::days(1)));
}

Year::Year(int year) : year_(year) {
    if (year < 1400 || year > 9999) throw InvalidArgument("a year between 1400 and 9999, got " + std::to_string(year));
}

SchoolYear::SchoolYear(int start_year) : start_year_(start_year) {
    if (start_year < 1400 || start_year > 9998)
        throw InvalidArgument("a school year starting between 1400 and 9998, got " + std::to_string(start_year));
}

SchoolYear SchoolYear::of(Date d) { return SchoolYear(d.month() >= 8 ? d.year() : d.year() - 1); }

SchoolYear SchoolYear::parse(std::string_view text) {
    const std::string found = "\"" + std::string(text) + "\"";
    const std::string expected = "a school year such as 2025-2026";
    if (text.size() < 7 || (text[4] != '-' && text[4] != '/')) throw FormatError::text(found, expected);
    int a = 0, b = 0;
    if (!parse_int(text.substr(0, 4), a) || !parse_int(text.substr(5), b)) throw FormatError::text(found, expected);
    std::string_view tail = text.substr(5);
    int second = tail.size() == 4 ? b : (tail.size() == 2 ? (a / 100) * 100 + b : -1);
    if (tail.size() == 2 && second < a) second += 100;
    if (second != a + 1 || a < 1400 || a > 9998)
        throw FormatError::text(found, expected + " (two consecutive years)");
    return SchoolYear(a);
}

std::string SchoolYear::to_string() const {
    return std::to_string(start_year_) + "-" + std::to_string(start_year_ + 1);
}

}  // namespace cmkit
