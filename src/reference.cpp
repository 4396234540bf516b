#include "cmkit/reference.hpp"

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "embedded_data.hpp"

namespace cmkit {

std::vector<std::string> reference_plans() {
    std::vector<std::string> names;
    for (const auto& e : embedded::plans()) names.emplace_back(e.name);
    return names;
}

std::string reference_plan_json(const std::string& name) {
    std::string known;
    for (const auto& e : embedded::plans()) {
        if (e.name == name) return std::string(e.text);
        known += (known.empty() ? "" : ", ") + std::string(e.name);
    }
    throw NotFoundError("reference plan", name, known);
}

Plan reference_plan(const std::string& name) {
    return plan_from_json(reference_plan_json(name), "reference plan '" + name + "'");
}

}  // namespace cmkit
