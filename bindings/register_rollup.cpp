// The national roll-up of plans and the synthetic plan generator (rollup.hpp, docs/rollup.md).
#include <cmkit/rollup.hpp>

#include "common.hpp"
#include "progress.hpp"

namespace cmkit::py_bind {

void register_rollup(py::module_& m) {
    auto table = [](const Table Rollup::*member) {
        return [member](const Rollup& self) -> const Table& { return self.*member; };
    };
    py::class_<Rollup>(m, "Rollup",
                       "A national roll-up of plans (cmkit.rollup): the tables plans, budget, matching, targets and "
                       "findings as cmkit.Table, and the roll-up's own findings (ROLLUP_*). When the roll-up is refused "
                       "(an overlap of municipalities, mixed editions, a plan twice) every table has its columns but no "
                       "rows. Use `cmkit.rollup(...)` for the DataFrames.")
        .def_property_readonly(
            "rollup_findings", [](const Rollup& r) { return r.rollup_findings; },
            "The roll-up's own findings (errors ROLLUP_MUNICIPALITY_OVERLAP, ROLLUP_MIXED_EDITIONS, ROLLUP_DUPLICATE_PLAN); "
            "paths are /plans/<i>/... for the i-th plan given (0-based).")
        .def_property_readonly("refused", &Rollup::refused, "True when a roll-up error refused the combination.")
        .def_property_readonly("plans", table(&Rollup::plans), py::return_value_policy::reference_internal,
                               "One row per plan: region, edition, period, municipalities, totals, finding counts.")
        .def_property_readonly("budget", table(&Rollup::budget), py::return_value_policy::reference_internal,
                               "Plan x year x side x category: amount_cents (and amount_eur).")
        .def_property_readonly("matching", table(&Rollup::matching), py::return_value_policy::reference_internal,
                               "Plan x municipality x year: the matching split with its basis and `derived`.")
        .def_property_readonly("targets", table(&Rollup::targets), py::return_value_policy::reference_internal,
                               "Plan x result target x reporting period.")
        .def_property_readonly("findings", table(&Rollup::findings), py::return_value_policy::reference_internal,
                               "Plan x every finding of validating that plan (as `cmkit validate`).")
        .def(
            "tables",
            [](const py::object& self) {
                py::dict out;
                for (const std::string& name : rollup_table_names()) out[py::str(name)] = self.attr(name.c_str());
                return out;
            },
            "The five tables by name, in order: plans, budget, matching, targets, findings.")
        .def("__repr__", [](const Rollup& r) {
            return "<cmkit.Rollup " + std::to_string(r.plans.rows()) + " plans" + (r.refused() ? ", refused" : "") + ">";
        });

    m.def("rollup_table_names", &rollup_table_names, "The names of the roll-up's tables: plans, budget, matching, targets, findings.");
    m.def(
        "rollup",
        [](const std::vector<const Plan*>& plans, const std::optional<std::string>& rules, const std::vector<std::string>& enable,
           const std::vector<std::string>& disable, const PyProgress& progress) {
            return with_progress(progress, [&](const ProgressCallback& cb) {
                return rollup(plans, ValidationOptions{rules, enable, disable}, cb);
            });
        },
        py::arg("plans"), py::kw_only(), py::arg("rules") = py::none(), py::arg("enable") = std::vector<std::string>{},
        py::arg("disable") = std::vector<std::string>{}, py::arg("progress") = py::none(),
        "Combines plans of one edition into the roll-up tables (a cmkit.Rollup); each plan is validated as\n"
        "`validate(plan, rules=..., enable=..., disable=...)`. Overlapping municipalities, mixed editions or a plan\n"
        "given twice refuse the roll-up (rollup_findings; empty tables). `cmkit.rollup` wraps this with DataFrames.\n"
        "progress(done, total, stage): as for evi_analyse (per plan).");
    m.def(
        "synthetic_plans",
        [](std::int64_t count, std::int64_t seed, const PyProgress& progress) {
            return with_progress(progress, [&](const ProgressCallback& cb) { return synthetic_plans(count, seed, cb); });
        },
        py::arg("count"), py::arg("seed") = 1, py::kw_only(), py::arg("progress") = py::none(),
        "`count` SYNTHETIC (made-up) plans of cmk-2025-2028 that validate without findings, marked fictional and\n"
        "titled 'Synthetisch plan ...'; the same seed gives the same plans on every platform (docs/rollup.md).\n"
        "progress(done, total, stage): as for evi_analyse (per plan).");
}

}  // namespace cmkit::py_bind
