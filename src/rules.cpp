#include "cmkit/rules.hpp"

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "embedded_data.hpp"

namespace cmkit {

const Limit& RuleSet::limit(const std::string& limit_id) const {
    std::string known;
    for (const auto& l : limits) {
        if (l.id == limit_id) return l;
        known += (known.empty() ? "" : ", ") + l.id;
    }
    throw NotFoundError("limit of " + id, limit_id, known);
}

std::vector<std::string> rule_sets() {
    std::vector<std::string> names;
    for (const auto& e : embedded::rules()) names.emplace_back(e.name);
    return names;
}

RuleSet rule_set(const std::string& id) {
    std::string known;
    for (const auto& e : embedded::rules()) {
        if (e.name == id) return from_json<RuleSet>(e.text, "rule set '" + id + "'");
        known += (known.empty() ? "" : ", ") + std::string(e.name);
    }
    throw NotFoundError("rule set (regulation edition)", id, known);
}

}  // namespace cmkit
