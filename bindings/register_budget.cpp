// Budget rules, matching, realisation, what-if and the budget exports.
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {
namespace {

ValidationOptions options(const std::optional<std::string>& rules, const std::vector<std::string>& enable,
                          const std::vector<std::string>& disable) {
    return ValidationOptions{rules, enable, disable};
}

CutPolicy to_policy(const py::object& o) {
    if (py::isinstance<py::str>(o)) {
        std::string s = py::cast<std::string>(o);
        for (const auto& [v, text] : DescribeEnum<CutPolicy>::values)
            if (s == text) return v;
        throw FormatError::text("'" + s + "'", "a policy: pro-rata or protect-activities");
    }
    return py::cast<CutPolicy>(o);
}

std::vector<Cut> to_cuts(const py::args& args) {
    std::vector<Cut> cuts;
    for (auto a : args) {
        if (py::isinstance<py::str>(a)) cuts.push_back(parse_cut(py::cast<std::string>(a)));
        else if (py::isinstance<Cut>(a)) cuts.push_back(py::cast<Cut>(a));
        else
            throw py::type_error("what_if: a cut is a spec such as 'Aalsmeer:-50%:2026' or a cmkit.Cut, not " +
                                 py::cast<std::string>(py::repr(a)));
    }
    return cuts;
}

std::optional<InKindRates> to_rates(const py::object& o) {
    if (o.is_none()) return std::nullopt;
    InKindRates rates;
    for (auto item : py::cast<py::dict>(o)) {
        Sector s = py::isinstance<py::str>(item.first) ? [&] {
            std::string k = py::cast<std::string>(item.first);
            for (const auto& [v, text] : DescribeEnum<Sector>::values)
                if (k == text) return v;
            throw FormatError::text("'" + k + "'", "a sector: PO, SBO, SO or VO");
        }()
                                                      : py::cast<Sector>(item.first);
        if (!py::isinstance<Money>(item.second))
            throw py::type_error("in_kind: the hourly rate of a sector is a cmkit.Money, not " +
                                 py::cast<std::string>(py::repr(item.second)));
        rates[s] = py::cast<Money>(item.second);
    }
    return rates;
}

}  // namespace

void register_budget(py::module_& m) {
    // ---- rules ----
    m.def("rule_sets", &rule_sets, "Ids of the built-in rule sets (regulation editions), oldest first.");
    m.def("rule_set", &rule_set, py::arg("id"), "A built-in rule set by id, e.g. 'cmk-2025-2028'.");
    m.def("income_categories", &income_categories, "Income categories the rules know.");
    m.def("cost_categories", &cost_categories, "Cost categories of the regulation.");
    m.def("category_label", &category_label, py::arg("category"), "Dutch and English name of a category.");
    m.def("has_errors", &has_errors, py::arg("findings"), "True when any finding is an error.");
    m.def(
        "validate",
        [](const Plan& plan, const std::optional<std::string>& rules, const std::vector<std::string>& enable,
           const std::vector<std::string>& disable) { return validate(plan, options(rules, enable, disable)); },
        py::arg("plan"), py::kw_only(), py::arg("rules") = py::none(), py::arg("enable") = std::vector<std::string>{},
        py::arg("disable") = std::vector<std::string>{},
        "Check the plan's budget and revisions under its edition's rules (or `rules`), with limits switched on\n"
        "or off by id, and the plan's structure (check_plan_structure). Returns a list of Finding, errors first;\n"
        "never raises for a rule breach.");
    m.def("check_plan_structure", &check_plan_structure, py::arg("plan"),
          "The whole-plan checks beyond the budget: cross-references, ids, periods inside the plan period, phases\n"
          "that tile it, target totals, the plan period against its edition, budgeted years (docs/plan-validation.md).");
    m.def(
        "validate_budget",
        [](const Plan& plan, const Budget& budget, const std::optional<std::string>& rules,
           const std::vector<std::string>& enable, const std::vector<std::string>& disable) {
            auto o = options(rules, enable, disable);
            return sorted_findings(validate_budget(plan, budget, "/budget", rule_set(rules.value_or(plan.edition)), o));
        },
        py::arg("plan"), py::arg("budget"), py::kw_only(), py::arg("rules") = py::none(),
        py::arg("enable") = std::vector<std::string>{}, py::arg("disable") = std::vector<std::string>{},
        "Check one budget (for example a what-if result) in the context of `plan`.");

    // ---- matching ----
    m.def("matching_split", &matching_split, py::arg("plan"), py::arg("budget"),
          "Divide the matching over the municipalities (agreed, by inhabitants, or unsplit with the reason).");
    m.def(
        "spend_follows_matching",
        [](const MatchingSplit& split, const std::vector<py::tuple>& spend, const Ratio& tolerance) {
            std::vector<MunicipalSpend> s;
            for (const auto& t : spend) {
                if (t.size() != 3) throw py::type_error("spend: each item is (year, municipality, Money)");
                s.push_back({py::cast<int>(t[0]), py::cast<std::string>(t[1]), py::cast<Money>(t[2])});
            }
            return spend_follows_matching(split, s, tolerance);
        },
        py::arg("split"), py::arg("spend"), py::arg("tolerance") = Ratio{5, 100},
        "Compare realised costs per municipality, given as (year, municipality, Money) tuples, with the\n"
        "matching shares; deviations above `tolerance` (percentage points) are warnings.");

    // ---- exports ----
    m.def("default_source", &default_source, py::arg("category"));
    m.def(
        "budget_rows", [](const Budget& b, const py::object& in_kind) { return budget_rows(b, to_rates(in_kind)); },
        py::arg("budget"), py::arg("in_kind") = py::none(),
        "The long table of a budget; `in_kind` maps a Sector (or 'PO', 'VO') to an hourly Money rate.");
    m.def("budget_rows_csv", &budget_rows_csv, py::arg("rows"));
    m.def("matching_csv", &matching_csv, py::arg("split"));
    m.def(
        "budget_hledger",
        [](const Budget& b, const std::string& plan_id, const py::object& in_kind) {
            return budget_hledger(b, plan_id, to_rates(in_kind));
        },
        py::arg("budget"), py::arg("plan_id") = "", py::arg("in_kind") = py::none(), "An hledger journal of the budget.");

    // ---- realisation ----
    m.def("realisation_from_csv", &realisation_from_csv, py::arg("text"), py::arg("source") = "<string>");
    m.def("realisation_to_csv", &realisation_to_csv, py::arg("realisation"));
    m.def(
        "load_realisation", [](const py::object& path) { return load_realisation(py::cast<std::string>(py::str(path))); },
        py::arg("path"), "Read actuals from a .csv file or a Realisation JSON file.");
    m.def("budget_vs_actual", &budget_vs_actual, py::arg("budget"), py::arg("realisation"));
    m.def("remaining_for_phase", &remaining_for_phase, py::arg("plan"), py::arg("budget"), py::arg("realisation"),
          py::arg("phase") = 2, "What remains for a phase (default fase 2): its budget plus the earlier years' carry-over.");
    m.def("validate_realisation", &validate_realisation, py::arg("plan"), py::arg("realisation"),
          py::arg("spend_tolerance") = Ratio{5, 100});

    // ---- what-if ----
    m.def("parse_cut", &parse_cut, py::arg("spec"), "Parse 'Aalsmeer:-50%:2026' or 'Uithoorn:-10.000:2027'.");
    m.def(
        "what_if",
        [](const Plan& plan, const Budget& budget, const py::args& cuts, const py::object& policy,
           const std::optional<std::string>& rules, const std::vector<std::string>& enable,
           const std::vector<std::string>& disable) {
            return what_if(plan, budget, to_cuts(cuts), to_policy(policy), options(rules, enable, disable));
        },
        py::arg("plan"), py::arg("budget"), py::kw_only(), py::arg("policy") = CutPolicy::ProRata,
        py::arg("rules") = py::none(), py::arg("enable") = std::vector<std::string>{},
        py::arg("disable") = std::vector<std::string>{},
        "Apply cuts (specs or Cut objects) to a budget of the plan; returns a WhatIfResult.");
}

}  // namespace cmkit::py_bind
