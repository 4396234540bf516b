// Loading and writing plans, the JSON Schema, the reference plans, the upgrade registry.
#include <cmkit/io/json.hpp>
#include <cmkit/io/output.hpp>
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
    m.def(
        "write_output_directory",
        [](const py::object& directory, const std::vector<std::pair<std::string, std::string>>& files) {
            const std::string dir = py::cast<std::string>(py::str(directory));
            py::gil_scoped_release release;
            write_output_directory(dir, files);
        },
        py::arg("directory"), py::arg("files"),
        "Write ``files`` (a list of (name, text or bytes)) as the directory ``directory``, all or nothing: into a "
        "temporary directory beside it, then swapped into place; symbolic links inside are replaced, never followed. "
        "The directory must be new, empty or an earlier cmkit output (marker file .cmkit-output). Raises FileError.");
    m.def(
        "write_output_file",
        [](const py::object& path, const std::string& bytes) {
            const std::string p = py::cast<std::string>(py::str(path));
            py::gil_scoped_release release;
            write_output_file(p, bytes);
        },
        py::arg("path"), py::arg("data"),
        "Write ``data`` (text or bytes) as the file ``path``: temporary file beside it, fsync, rename. Raises FileError.");
    m.def("set_spreadsheet_safe_csv", &set_spreadsheet_safe_csv, py::arg("on"),
          "Spreadsheet-safe CSV (on by default): text cells beginning with =, +, -, @, tab or carriage return get a "
          "\"'\" in front so that a spreadsheet shows them as text; cmkit's readers take it off again. Off for machine "
          "use (or CMKIT_RAW_CSV=1). Process-wide.");
    m.def("spreadsheet_safe_csv", &spreadsheet_safe_csv, "Whether spreadsheet-safe CSV is on.");
    m.def("csv_text_cell", &csv_text_cell, py::arg("text"), "A text cell as cmkit writes it in CSV (spreadsheet-safe rule).");
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
