#include "upgrades.hpp"

#include "cmkit/error.hpp"

namespace cmkit::io {
namespace {

void rename_key(nlohmann::json& obj, const char* from, const char* to) {
    if (obj.contains(from) && !obj.contains(to)) {
        obj[to] = std::move(obj[from]);
        obj.erase(from);
    }
}

/// Plan.1 -> Plan.2: ResultTarget.1 {phase_1, phase_2, unique_total} -> ResultTarget.2 {periods, total,
/// counting}. It needs the plan's phases, so it is a step of the plan, not of the target.
void upgrade_targets_to_periods(nlohmann::json& o) {
    if (!o.contains("targets") || !o["targets"].is_array()) return;
    auto phase_period = [&](std::int64_t number) -> const nlohmann::json* {
        if (!o.contains("phases") || !o["phases"].is_array()) return nullptr;
        for (const auto& p : o["phases"])
            if (p.is_object() && p.contains("number") && p["number"].is_number_integer() &&
                p["number"].get<std::int64_t>() == number && p.contains("period"))
                return &p["period"];
        return nullptr;
    };
    for (std::size_t i = 0; i < o["targets"].size(); ++i) {
        nlohmann::json& t = o["targets"][i];
        if (!t.is_object() || !t.contains("schema") || t["schema"] != "ResultTarget.1") continue;
        nlohmann::json periods = nlohmann::json::array();
        for (std::int64_t n : {1, 2}) {
            const char* key = n == 1 ? "phase_1" : "phase_2";
            if (!t.contains(key)) continue;
            const nlohmann::json* period = phase_period(n);
            if (!period)
                throw FormatError("", "/targets/" + std::to_string(i) + "/" + key, "a ResultTarget.1 value for phase " +
                                  std::to_string(n) + " in a plan without phase " + std::to_string(n),
                                  "a plan whose phases 1 and 2 give the periods of phase_1 and phase_2 (or a ResultTarget.2 "
                                  "with its own periods)");
            periods.push_back({{"schema", "TargetPeriod.1"}, {"period", *period}, {"value", std::move(t[key])}, {"phase", n}});
            t.erase(key);
        }
        t["periods"] = std::move(periods);
        rename_key(t, "unique_total", "total");
        t["counting"] = "unique";
        t["schema"] = "ResultTarget.2";
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
            }}},
          {1,
           {"Plan.1 held its result targets as ResultTarget.1 with the columns phase_1 and phase_2 of the "
            "Amstelland table and unique_total; Plan.2 holds ResultTarget.2, a value per reporting period: "
            "phase_1 becomes the period of the plan's phase 1, phase_2 that of phase 2 (each marked with its "
            "phase), unique_total becomes total, counted as unique",
            upgrade_targets_to_periods}}}},
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
