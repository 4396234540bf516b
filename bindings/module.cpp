// The compiled core of the Python package: python -c "import cmkit._core".
#include "common.hpp"

#include <cmkit/version.hpp>

namespace cmkit::py_bind {

py::object json_loads(const std::string& text) {
    return py::module_::import("json").attr("loads")(text);
}

namespace {

/// pybind11 gives an object made by `Cls.__new__(Cls)` without `__init__` freshly allocated, uninitialised
/// memory as its C++ value the first time a method reads it ("lazy allocation", through the type's
/// operator_new): reading it is undefined behaviour (garbage, std::bad_alloc or a crash). No other path
/// allocates values that way (constructors and unpickling build the value themselves), so every class of
/// the module gets an operator_new that refuses instead.
void* refuse_uninitialised(std::size_t) {
    throw py::type_error("this cmkit object is not initialised (made by __new__ without __init__)");
}

void refuse_uninitialised_values(py::module_& m) {
    for (auto item : m.attr("__dict__").cast<py::dict>()) {
        if (!PyType_Check(item.second.ptr())) continue;
        if (auto* info = py::detail::get_type_info(reinterpret_cast<PyTypeObject*>(item.second.ptr())))
            info->operator_new = &refuse_uninitialised;
    }
}

}  // namespace

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
    cmkit::py_bind::refuse_uninitialised_values(m);
}
