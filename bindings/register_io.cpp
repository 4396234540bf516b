// Loading and writing plans, the JSON Schema, the reference plans, the upgrade registry.
#include <cmkit/io/json.hpp>
#include <cmkit/records.hpp>
#include <cmkit/reference.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

void register_io(py::module_& m) {
    m.def("load_plan", [](const py::object& path) { return load_plan(py::cast<std::string>(py::str(path))); },
          py::arg("path"), "Read a plan file (str or os.PathLike).");
    m.def("save_plan",
          [](const Plan& plan, const py::object& path) { save_plan(plan, py::cast<std::string>(py::str(path))); },
          py::arg("plan"), py::arg("path"), "Write a plan file in canonical form.");
    m.def("plan_from_json", &plan_from_json, py::arg("text"), py::arg("source") = "<string>");
    m.def("plan_to_json", &plan_to_json, py::arg("plan"));
    m.def("plan_json_schema", &plan_json_schema, "The JSON Schema of the plan document, as text.");
    m.def("reference_plans", &reference_plans, "Names of the built-in plans.");
    m.def("reference_plan", &reference_plan, py::arg("name") = "amstelland-2025-2028", "A built-in plan by name.");
    m.def("reference_plan_json", &reference_plan_json, py::arg("name") = "amstelland-2025-2028");
    m.def("library_version", &library_version);
    m.def("upgrade_steps",
          []() {
              py::list out;
              for (const auto& s : upgrade_steps()) out.append(py::make_tuple(s.schema, s.from_version, s.description));
              return out;
          },
          "Registered schema upgrade steps as (schema, from_version, description).");
    m.def("record_fields",
          []() {
              py::dict out;
#define CMKIT_FIELDS(T)                                                                        \
    {                                                                                          \
        py::list fields;                                                                       \
        for_each_field<T>([&](const auto& f) { fields.append(std::string(f.name)); });         \
        out[py::str(#T)] = py::make_tuple(schema_id<T>(), fields);                             \
    }
              CMKIT_RECORD_TYPES(CMKIT_FIELDS)
#undef CMKIT_FIELDS
              return out;
          },
          "For every record type: (schema id, field names).");
}

}  // namespace cmkit::py_bind
