// Every record, bound generically from its Describe<T> (register_records_1.cpp … _4.cpp); a few get extra methods here.
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

namespace {

/// The class of record @p T made by register_records_N.
template <class T>
py::class_<T> bound(py::module_& m, const char* name) {
    return py::reinterpret_borrow<py::class_<T>>(m.attr(name));
}

}  // namespace

void register_records(py::module_& m) {
    register_records_1(m);
    register_records_2(m);
    register_records_3(m);
    register_records_4(m);
#define CMKIT_CLASS(T) auto cls_##T = bound<T>(m, #T);
    CMKIT_CLASS(BudgetLine)
    CMKIT_CLASS(HoursLine)
    CMKIT_CLASS(Budget)
    CMKIT_CLASS(Plan)
    CMKIT_CLASS(TargetPeriod)
    CMKIT_CLASS(ResultTarget)
    CMKIT_CLASS(MonitoringActivity)
    CMKIT_CLASS(School)
    CMKIT_CLASS(Finding)
    CMKIT_CLASS(RuleSet)
    CMKIT_CLASS(MatchingSplit)
    CMKIT_CLASS(Realisation)
    CMKIT_CLASS(SchoolRegistry)
    CMKIT_CLASS(Cut)
#undef CMKIT_CLASS

    cls_BudgetLine.def("total", &BudgetLine::total, "Sum over all years.");
    cls_HoursLine.def("total", &HoursLine::total, "Sum of hours over all years.");
    cls_Budget.def("lines", &Budget::lines, py::arg("side"), "The lines of one side.")
        .def("years", &Budget::years, "Every year any line mentions, in order.")
        .def("year_total", &Budget::year_total, py::arg("side"), py::arg("year"), "Sum of one side in one year.")
        .def("total", &Budget::total, py::arg("side"), "Sum of one side over all years.")
        .def("result", py::overload_cast<int>(&Budget::result, py::const_), py::arg("year"),
             "Income minus costs in one year.")
        .def("result", py::overload_cast<>(&Budget::result, py::const_), "Income minus costs over all years.")
        .def("hours", &Budget::hours, py::arg("sector"), py::arg("year") = py::none(),
             "School hours of one sector in one year, or over all years.");
    // The plan document has its own JSON form (with the writer block) and a short repr: replace the
    // generic ones rather than adding overloads behind them.
    for (const char* name : {"to_json", "from_json", "__getstate__", "__setstate__", "__repr__"})
        py::delattr(cls_Plan, name);
    cls_TargetPeriod.def("name", &TargetPeriod::name,
                         "The period as tables name it: '2027', '2025-2026' (whole calendar years) or 'start/end'.");
    cls_ResultTarget.def("planned", &ResultTarget::planned, py::arg("period"),
                         "The value planned for exactly this period, or None.");
    cls_Plan.def("phase_of", &Plan::phase_of, py::arg("date"), "The phase number containing the date, or None.")
        .def("municipality", &Plan::municipality, py::arg("id"), "The municipality with this id (KeyError if none).")
        .def("to_json", &plan_to_json, "Canonical JSON text of the plan document (with the writer block).")
        .def_static("from_json", [](const std::string& text) { return plan_from_json(text); }, py::arg("text"),
                    "Parse a plan document (older schema versions are upgraded first).")
        .def(py::pickle([](const Plan& p) { return plan_to_json(p); },
                        [](const std::string& text) { return plan_from_json(text, "<pickle>"); }))
        .def("__repr__", [](const Plan& p) {
            return "Plan(id=" + py::cast<std::string>(py::repr(py::str(p.id))) +
                   ", edition=" + py::cast<std::string>(py::repr(py::str(p.edition))) +
                   ", period=" + py::cast<std::string>(py::repr(py::cast(p.period))) + ", ...)";
        });
    cls_MonitoringActivity.def("held_in", &MonitoringActivity::held_in, py::arg("year"),
                                "True when the activity takes place in that year.");
    cls_School.def_static("is_valid_brin", &is_valid_brin, py::arg("brin"));

    cls_BudgetLine.def("has_tag", &BudgetLine::has_tag, py::arg("tag"));
    cls_Budget.def(
        "what_if",
        [](const Budget& self, const py::args& cuts, const Plan& plan, const py::object& policy,
           const std::optional<std::string>& rules) {
            py::object f = py::module_::import("cmkit._core").attr("what_if");
            py::tuple args(2 + cuts.size());
            args[0] = py::cast(plan);
            args[1] = py::cast(self);
            for (std::size_t i = 0; i < cuts.size(); ++i) args[2 + i] = cuts[i];
            py::dict kw;
            kw["policy"] = policy;
            kw["rules"] = rules;
            return f(*args, **kw);
        },
        py::arg("plan"), py::arg("policy") = CutPolicy::ProRata, py::arg("rules") = py::none(),
        "budget.what_if('Aalsmeer:-50%:2026', ..., plan=plan, policy='protect-activities'): the budget after the\n"
        "cuts (a new version) and the findings it triggers, as a WhatIfResult.");
    cls_Finding.def("message", &Finding::message, py::arg("lang") = Lang::nl, "The message in a language.");
    cls_RuleSet.def("limit", &RuleSet::limit, py::arg("id"), "The limit with this id (NotFoundError if none).");
    cls_MatchingSplit.def("year_total", &MatchingSplit::year_total, py::arg("year"))
        .def("municipality_total", &MatchingSplit::municipality_total, py::arg("municipality"))
        .def("share", &MatchingSplit::share, py::arg("municipality"), py::arg("year"));
    cls_Realisation.def("is_locked", &Realisation::is_locked, py::arg("year"))
        .def("lock", &Realisation::lock, py::arg("year"), "A copy with the year locked.")
        .def("with_entries", &Realisation::with_entries, py::arg("entries"),
             "A copy with entries added (LockedYearError for a locked year).")
        .def("replace_years", &Realisation::replace_years, py::arg("update"),
             "A copy in which the update's years replace ours (LockedYearError for a locked year).")
        .def("total", &Realisation::total, py::arg("side"), py::arg("year"), py::arg("category") = py::none())
        .def("years", &Realisation::years);
    cls_SchoolRegistry.def(
        "find",
        [](const SchoolRegistry& self, const std::string& brin) -> std::optional<School> {
            const School* s = self.find(brin);
            return s ? std::optional<School>(*s) : std::nullopt;
        },
        py::arg("brin"), "The school with this BRIN code, or None.");
    cls_Cut.def("__str__", &Cut::to_string).def("to_string", &Cut::to_string, "The spec form, e.g. 'Aalsmeer:-50%:2026'.").def_static("parse", &parse_cut, py::arg("spec"));
}

}  // namespace cmkit::py_bind
