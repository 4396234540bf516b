#include "cmkit/plan.hpp"

#include "cmkit/error.hpp"

namespace cmkit {

std::optional<std::int64_t> Plan::phase_of(Date d) const {
    for (const auto& p : phases)
        if (p.period.contains(d)) return p.number;
    return std::nullopt;
}

std::string period_name(const Period& p) {
    const Date a = p.start(), b = p.end();
    if (a.month() == 1 && a.day() == 1 && b.month() == 12 && b.day() == 31)
        return a.year() == b.year() ? std::to_string(a.year()) : std::to_string(a.year()) + "-" + std::to_string(b.year());
    return a.to_string() + "/" + b.to_string();
}

std::string TargetPeriod::name() const { return period_name(period); }

std::optional<std::int64_t> ResultTarget::planned(const Period& p) const {
    for (const auto& tp : periods)
        if (tp.period == p) return tp.value;
    return std::nullopt;
}

bool MonitoringActivity::held_in(std::int64_t year) const {
    if (years.empty()) return true;
    for (auto y : years)
        if (y == year) return true;
    return false;
}

const Municipality& Plan::municipality(const std::string& id) const {
    std::string known;
    for (const auto& m : municipalities) {
        if (m.id == id) return m;
        known += (known.empty() ? "" : ", ") + m.id;
    }
    throw NotFoundError("municipality", id, known);
}

}  // namespace cmkit
