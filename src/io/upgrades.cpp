#include "upgrades.hpp"

namespace cmkit::io {
namespace {

void rename_key(nlohmann::json& obj, const char* from, const char* to) {
    if (obj.contains(from) && !obj.contains(to)) {
        obj[to] = std::move(obj[from]);
        obj.erase(from);
    }
}

}  // namespace

const std::map<std::string, std::map<int, Upgrade>>& upgrade_registry() {
    static const std::map<std::string, std::map<int, Upgrade>> registry = {
        {"Plan",
         {{0,
           {"Plan.0 (the draft format of 2024) named four top-level fields in Dutch: doelstellingen -> "
            "objectives, programmalijnen -> programme_lines, sporen -> tracks, begroting -> budget",
            [](nlohmann::json& o) {
                rename_key(o, "doelstellingen", "objectives");
                rename_key(o, "programmalijnen", "programme_lines");
                rename_key(o, "sporen", "tracks");
                rename_key(o, "begroting", "budget");
            }}}}},
        {"Budget",
         {{0,
           {"Budget.0 (draft) kept the stated totals in one object 'totalen' with keys baten, lasten and "
            "resultaat; Budget.1 has stated_income, stated_costs and stated_result",
            [](nlohmann::json& o) {
                if (o.contains("totalen") && o["totalen"].is_object()) {
                    nlohmann::json t = std::move(o["totalen"]);
                    o.erase("totalen");
                    if (t.contains("baten")) o["stated_income"] = t["baten"];
                    if (t.contains("lasten")) o["stated_costs"] = t["lasten"];
                    if (t.contains("resultaat")) o["stated_result"] = t["resultaat"];
                }
            }}}}},
    };
    return registry;
}

}  // namespace cmkit::io
