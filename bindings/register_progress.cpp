// Schools registry, trajectories, programme activities and result targets.
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

void register_progress(py::module_& m) {
    auto path_str = [](const py::object& p) { return py::cast<std::string>(py::str(p)); };
    // ---- schools ----
    m.def("schools_from_csv", &schools_from_csv, py::arg("text"), py::arg("source") = "<string>",
          "Read a schools registry from CSV text.");
    m.def("schools_to_csv", &schools_to_csv, py::arg("registry"));
    m.def("load_schools", [path_str](const py::object& p) { return load_schools(path_str(p)); }, py::arg("path"),
          "Read a schools registry from a .csv file or SchoolRegistry JSON.");
    m.def("validate_schools", &validate_schools, py::arg("plan"), py::arg("registry"),
          "Check a registry against the plan; returns Findings.");
    // ---- trajectories ----
    m.def("analyse_trajectories", &analyse_trajectories, py::arg("plan"), py::arg("schools"), py::arg("events"),
          py::arg("on") = py::none(),
          "Apply the events (up to and including `on`) per school; returns states, trajectories and findings.");
    m.def("events_from_csv", &events_from_csv, py::arg("text"), py::arg("source") = "<string>",
          "Read trajectory events from CSV (school,date,kind,track,step,reason).");
    m.def("events_to_csv", &events_to_csv, py::arg("events"));
    // ---- progress and targets ----
    m.def("load_progress", [path_str](const py::object& p) { return load_progress(path_str(p)); }, py::arg("path"),
          "Read a progress data file (ProgressData JSON).");
    m.def("synthetic_progress", &synthetic_progress,
          "The built-in SYNTHETIC Amstelland progress data (made-up demo data, marked synthetic).");
    m.def(
        "target_progress",
        [](const Plan& plan, const std::optional<ProgressData>& data, std::optional<Date> as_of) {
            return target_progress(plan, data ? &*data : nullptr, as_of);
        },
        py::arg("plan"), py::arg("data") = py::none(), py::arg("as_of") = py::none(),
        "The targets table (three rows per target) with achievements derived from `data` when given.");
    m.def("check_progress", &check_progress, py::arg("plan"), py::arg("data"), py::arg("as_of") = py::none(),
          "Targets missed or out of reach, the VO reach, and a remark when the data is synthetic.");
    m.def("validate_activities", &validate_activities, py::arg("plan"), py::arg("data"));
    m.def("priority_coverage", &priority_coverage, py::arg("plan"), py::arg("data"),
          "Every municipal priority with the activities that serve it.");
}

}  // namespace cmkit::py_bind
