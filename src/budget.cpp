#include "cmkit/budget.hpp"

#include <set>

namespace cmkit {

bool BudgetLine::has_tag(const std::string& tag) const {
    for (const auto& t : tags)
        if (t == tag) return true;
    return false;
}

Money BudgetLine::total() const {
    Money t;
    for (const auto& [year, amount] : amounts) t += amount;
    return t;
}

std::int64_t HoursLine::total() const {
    std::int64_t t = 0;
    for (const auto& [year, h] : hours) t += h;
    return t;
}

std::vector<int> Budget::years() const {
    std::set<int> ys;
    for (const auto* side : {&income, &costs})
        for (const auto& line : *side)
            for (const auto& [y, a] : line.amounts) ys.insert(y);
    for (const auto& h : school_hours)
        for (const auto& [y, n] : h.hours) ys.insert(y);
    return {ys.begin(), ys.end()};
}

Money Budget::year_total(Side side, int year) const {
    Money t;
    for (const auto& line : lines(side)) {
        auto it = line.amounts.find(year);
        if (it != line.amounts.end()) t += it->second;
    }
    return t;
}

Money Budget::total(Side side) const {
    Money t;
    for (const auto& line : lines(side)) t += line.total();
    return t;
}

Money Budget::result(int year) const { return year_total(Side::Income, year) - year_total(Side::Cost, year); }

Money Budget::result() const { return total(Side::Income) - total(Side::Cost); }

std::int64_t Budget::hours(Sector sector, std::optional<int> year) const {
    std::int64_t t = 0;
    for (const auto& h : school_hours) {
        if (h.sector != sector) continue;
        if (!year) {
            t += h.total();
        } else if (auto it = h.hours.find(*year); it != h.hours.end()) {
            t += it->second;
        }
    }
    return t;
}

}  // namespace cmkit
