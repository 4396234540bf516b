#pragma once
/// @file calendar.hpp
/// Calendar value types: Date, Year (budget year), SchoolYear (1 Aug - 31 Jul, written `2025-2026`),
/// Period (a closed range of dates) and Cycle (a recurring period given by its length in months and its
/// anchor month/day; the calendar year and the school year are presets).
///
/// Built on Boost.Date_Time inside the library; no Boost type appears in this header.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cmkit {

class Year;
class SchoolYear;

/// A day of the Gregorian calendar (years 1400-9999), stored as year, month, day.
class Date {
public:
    /// A valid date; throws FormatError for a day that does not exist (2025-02-29).
    Date(int year, int month, int day);
    /// ISO 8601 `YYYY-MM-DD`; throws FormatError otherwise.
    static Date parse(std::string_view iso);

    int year() const noexcept { return year_; }
    int month() const noexcept { return month_; }
    int day() const noexcept { return day_; }
    /// 1 = Monday ... 7 = Sunday (ISO).
    int iso_weekday() const;
    /// The date @p days later (or earlier, when negative).
    Date add_days(int days) const;
    /// Days from this date to @p other (positive when @p other is later).
    int days_until(Date other) const;
    /// `YYYY-MM-DD`.
    std::string to_string() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;

private:
    std::int16_t year_;
    std::int8_t month_, day_;
};

/// A closed range of dates [start, end]; start <= end.
class Period {
public:
    /// Throws InvalidArgument when @p end is before @p start.
    Period(Date start, Date end);
    Date start() const noexcept { return start_; }
    Date end() const noexcept { return end_; }
    bool contains(Date d) const noexcept { return start_ <= d && d <= end_; }
    bool contains(const Period& p) const noexcept { return start_ <= p.start_ && p.end_ <= end_; }
    bool overlaps(const Period& p) const noexcept { return start_ <= p.end_ && p.start_ <= end_; }
    /// Number of days, both ends included.
    int length_days() const;
    /// The calendar years this period touches, in order.
    std::vector<Year> years() const;
    /// The school years this period touches, in order.
    std::vector<SchoolYear> school_years() const;
    /// `2025-01-01..2028-12-31`.
    std::string to_string() const;
    /// Parses the form written by to_string(); throws FormatError otherwise.
    static Period parse(std::string_view text);

    friend bool operator==(const Period&, const Period&) = default;

private:
    Date start_, end_;
};

/// A recurring period: @p months long, starting every cycle on @p anchor_month/@p anchor_day.
class Cycle {
public:
    /// Throws InvalidArgument for a length that does not divide 12 months or an anchor day that is not valid in
    /// every year (anchor days are limited to 1..28).
    Cycle(int months, int anchor_month, int anchor_day);
    static Cycle calendar_year() { return Cycle(12, 1, 1); }
    static Cycle school_year() { return Cycle(12, 8, 1); }
    int months() const noexcept { return months_; }
    int anchor_month() const noexcept { return anchor_month_; }
    int anchor_day() const noexcept { return anchor_day_; }
    /// The cycle period that contains @p d.
    Period containing(Date d) const;
    /// The cycle period that starts in calendar year @p year (the first one, when several do).
    Period starting_in(int year) const;

    friend bool operator==(const Cycle&, const Cycle&) = default;

private:
    int months_, anchor_month_, anchor_day_;
};

/// A calendar year, the unit of budgets and accounts (1 Jan - 31 Dec).
class Year {
public:
    /// Throws InvalidArgument outside 1400..9999.
    explicit Year(int year);
    static Year of(Date d) { return Year(d.year()); }
    int value() const noexcept { return year_; }
    Date start() const { return Date(year_, 1, 1); }
    Date end() const { return Date(year_, 12, 31); }
    Period period() const { return Period(start(), end()); }
    bool contains(Date d) const noexcept { return d.year() == year_; }
    Year next() const { return Year(year_ + 1); }
    std::string to_string() const { return std::to_string(year_); }
    friend bool operator==(const Year&, const Year&) = default;
    friend auto operator<=>(const Year&, const Year&) = default;

private:
    int year_;
};

/// A school year, 1 August to 31 July, written `2025-2026`. Identified by the year it starts in.
class SchoolYear {
public:
    /// The school year that starts on 1 August @p start_year.
    explicit SchoolYear(int start_year);
    static SchoolYear of(Date d);
    /// `2025-2026` (also accepts `2025/2026` and `2025/26`); throws FormatError otherwise.
    static SchoolYear parse(std::string_view text);
    int start_year() const noexcept { return start_year_; }
    Date start() const { return Date(start_year_, 8, 1); }
    Date end() const { return Date(start_year_ + 1, 7, 31); }
    Period period() const { return Period(start(), end()); }
    bool contains(Date d) const { return period().contains(d); }
    SchoolYear next() const { return SchoolYear(start_year_ + 1); }
    /// `2025-2026`.
    std::string to_string() const;
    friend bool operator==(const SchoolYear&, const SchoolYear&) = default;
    friend auto operator<=>(const SchoolYear&, const SchoolYear&) = default;

private:
    int start_year_;
};

}  // namespace cmkit
