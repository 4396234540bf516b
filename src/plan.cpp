#include "cmkit/plan.hpp"

#include "cmkit/error.hpp"

namespace cmkit {

std::optional<std::int64_t> Plan::phase_of(Date d) const {
    for (const auto& p : phases)
        if (p.period.contains(d)) return p.number;
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
