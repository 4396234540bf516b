// The compiled core of the Python package: python -c "import cmkit._core".
#include "common.hpp"

#include <cmkit/version.hpp>

namespace cmkit::py_bind {

py::object json_loads(const std::string& text) {
    return py::module_::import("json").attr("loads")(text);
}

}  // namespace cmkit::py_bind

PYBIND11_MODULE(_core, m) {
    m.doc() = "cmkit's compiled core (C++). Import the package `cmkit` instead of this module.";
    m.attr("__version__") = CMKIT_VERSION_STRING;
    cmkit::py_bind::register_errors(m);
    cmkit::py_bind::register_table(m);
    cmkit::py_bind::register_values(m);
    cmkit::py_bind::register_records(m);
    cmkit::py_bind::register_io(m);
    cmkit::py_bind::register_budget(m);
    cmkit::py_bind::register_progress(m);
    cmkit::py_bind::register_agenda(m);
    cmkit::py_bind::register_evi(m);
    cmkit::py_bind::register_disclosure(m);
    cmkit::py_bind::register_survey(m);
    cmkit::py_bind::register_rollup(m);
}
