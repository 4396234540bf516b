#include "cmkit/rules.hpp"

#include <utility>
#include <vector>

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

namespace {

/// The compiled-in rule sets, parsed once on first use (thread-safe, then never changed): `validate` asks
/// for the plan's edition twice per plan, and a roll-up of 1,000 plans spent a sixth of its time parsing the
/// same four small documents again (docs/architecture.md, "Rule sets are parsed once").
const std::vector<std::pair<std::string, RuleSet>>& parsed_rule_sets() {
    static const std::vector<std::pair<std::string, RuleSet>> sets = [] {
        std::vector<std::pair<std::string, RuleSet>> out;
        for (const auto& e : embedded::rules())
            out.emplace_back(std::string(e.name), from_json<RuleSet>(e.text, "rule set '" + std::string(e.name) + "'"));
        return out;
    }();
    return sets;
}

}  // namespace

RuleSet rule_set(const std::string& id) {
    std::string known;
    for (const auto& [name, rules] : parsed_rule_sets()) {
        if (name == id) return rules;
        known += (known.empty() ? "" : ", ") + name;
    }
    throw NotFoundError("rule set (regulation edition)", id, known);
}

}  // namespace cmkit
