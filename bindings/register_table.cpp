// cmkit.Table: the one columnar table type, its columns reaching Python as NumPy arrays.
#include <cmkit/table.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

namespace {

/// One column as a dict: 'type', 'nullable', 'doc', 'valid' (bool array) and the values: 'values'
/// (int64 / float64 with NaN where null / bool) or, for text, 'codes' (uint32) and 'dictionary' (list of str).
py::dict column_arrays(const py::object& self, const Column& c) {
    py::dict d;
    d["type"] = std::string(column_type_name(c.type()));
    d["nullable"] = c.nullable();
    d["doc"] = c.doc();
    d["valid"] = view(c.validity(), self).attr("view")("bool");
    switch (c.type()) {
        case ColumnType::Integer: d["values"] = view(c.integers(), self); break;
        case ColumnType::Double: d["values"] = view(c.doubles(), self); break;
        case ColumnType::Boolean: d["values"] = view(c.booleans(), self).attr("view")("bool"); break;
        case ColumnType::Text:
            d["codes"] = view(c.codes(), self);
            d["dictionary"] = py::cast(c.dictionary());
            break;
    }
    return d;
}

}  // namespace

void register_table(py::module_& m) {
    py::class_<Table>(m, "Table",
                      "A table of named, typed, nullable columns (integer, double, text, boolean), as every analysis "
                      "table of cmkit is made in C++. `cmkit.frames.table_frame(t)` makes a DataFrame of it; "
                      "`to_csv()` and `to_json()` are the writers the CLI uses.")
        .def_property_readonly("name", &Table::name, "The table's name (e.g. 'distribution').")
        .def("__len__", &Table::rows, "The number of rows.")
        .def("column_names", &Table::column_names, py::arg("csv_only") = false,
             "The column names in order (csv_only: those of the CSV form).")
        .def(
            "column_info",
            [](const Table& t) {
                py::list out;
                for (const auto& c : t.columns())
                    out.append(py::make_tuple(c.name(), std::string(column_type_name(c.type())), c.nullable(), c.doc()));
                return out;
            },
            "Per column (name, type, nullable, doc); type is 'integer', 'double', 'text' or 'boolean'.")
        .def(
            "column",
            [](const py::object& self, const std::string& name) { return column_arrays(self, self.cast<const Table&>().column(name)); },
            py::arg("name"),
            "One column without a Python object per row: a dict with 'type', 'nullable', 'doc', 'valid' (bool "
            "array, False where null) and 'values' (int64, float64 with NaN where null, or bool) or, for text, "
            "'codes' (uint32) and 'dictionary' (list of str). The arrays share the table's memory (read-only).")
        .def(
            "columns",
            [](const py::object& self) {
                py::dict out;
                for (const auto& c : self.cast<const Table&>().columns()) out[py::str(c.name())] = column_arrays(self, c);
                return out;
            },
            "Every column as by column(name), in order.")
        .def("to_csv", &Table::to_csv, py::call_guard<py::gil_scoped_release>(),
             "The CSV form: ',' and '\\n', a header, empty cells for nulls, true/false, doubles as Python's repr() "
             "(or fixed decimals where the column says so).")
        .def("to_json", &Table::to_json, py::arg("indent") = -1, py::call_guard<py::gil_scoped_release>(),
             "The JSON form: {'schema': 'Table.1', 'name', 'columns': [{name, type, nullable, doc}], 'rows': [[...]]}.")
        .def("__repr__", [](const Table& t) {
            return "<cmkit.Table " + t.name() + ": " + std::to_string(t.rows()) + " rows x " + std::to_string(t.columns().size()) +
                   " columns>";
        });
}

}  // namespace cmkit::py_bind
