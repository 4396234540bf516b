// Loading and writing plans, the JSON Schema, the reference plans, the upgrade registry.
#include <cmkit/io/json.hpp>
#include <cmkit/io/output.hpp>
#include <cmkit/records.hpp>
#include <cmkit/reference.hpp>
#include <cmkit/vocabulary.hpp>

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
    py::class_<Term>(m, "Term", "One allowed value of a vocabulary: id, label (nl/en), doc, argument.")
        .def_readonly("id", &Term::id, "the value as written in JSON and CSV")
        .def_readonly("label", &Term::label, "how the report names it")
        .def_readonly("doc", &Term::doc, "what it means (English)")
        .def_readonly("argument", &Term::argument, "for a measure: what follows the colon ('track'); '' when none")
        .def("__eq__", [](const Term& a, const Term& b) { return a == b; })
        .def("__repr__", [](const Term& t) { return "Term(" + t.id + ")"; });
    py::class_<Vocabulary>(m, "Vocabulary", "A closed set of values a plan uses (docs/plan-format.md, 'Vocabularies').")
        .def_readonly("id", &Vocabulary::id)
        .def_readonly("doc", &Vocabulary::doc)
        .def_readonly("used_in", &Vocabulary::used_in, "the fields that take it")
        .def_readonly("schema_places", &Vocabulary::schema_places, "JSON pointers into plan_json_schema() where it is an enum")
        .def_readonly("integer", &Vocabulary::integer, "whether the values are JSON integers")
        .def_readonly("terms", &Vocabulary::terms)
        .def("contains", &Vocabulary::contains, py::arg("value"), "Whether `value` is allowed (a measure with its argument).")
        .def("forms", &Vocabulary::forms, "The allowed values as written ('trajectories-started:<track>').")
        .def("__eq__", [](const Vocabulary& a, const Vocabulary& b) { return a == b; })
        .def("__repr__", [](const Vocabulary& v) { return "Vocabulary(" + v.id + ", " + std::to_string(v.terms.size()) + " terms)"; });
    m.def("vocabularies", &vocabularies, "Every closed set of values (categories, versions, spoor, measures, enums).");
    m.def("vocabulary", &vocabulary, py::arg("id"), "The vocabulary `id` ('income-category', 'sector', ...); KeyError if none.");
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
