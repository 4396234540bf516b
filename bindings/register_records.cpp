// Every record of the plan, bound generically from its Describe<T>; a few get extra methods.
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

void register_records(py::module_& m) {
#define CMKIT_BIND(T) [[maybe_unused]] auto cls_##T = bind_record<T>(m, #T);
    CMKIT_RECORD_TYPES(CMKIT_BIND)
#undef CMKIT_BIND

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
}

}  // namespace cmkit::py_bind
