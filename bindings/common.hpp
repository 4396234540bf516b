#pragma once
// Helpers shared by the register_<area>.cpp files: the generic record binder driven by Describe<T>.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmkit/describe.hpp>
#include <cmkit/io/json.hpp>
#include <string>

#include <cmkit/evi/responses.hpp>

// Evi answers are held as columns in C++ (EviResponseColumns); in Python `EviResponseSet.responses` is a
// list of EviResponse (made on demand) and any sequence of EviResponse is accepted. The columns themselves
// reach Python as NumPy arrays through `EviResponseSet.columns()` (register_evi.cpp).
namespace pybind11::detail {
template <>
struct type_caster<cmkit::EviResponseColumns> {
    PYBIND11_TYPE_CASTER(cmkit::EviResponseColumns, const_name("list[EviResponse]"));
    bool load(handle src, bool) {
        if (!isinstance<sequence>(src) || isinstance<str>(src) || isinstance<bytes>(src)) return false;
        auto seq = reinterpret_borrow<sequence>(src);
        cmkit::EviResponseColumns out;
        out.reserve(seq.size());
        for (auto item : seq) {
            make_caster<cmkit::EviResponse> c;
            if (!c.load(item, true)) return false;
            out.push_back(cast_op<const cmkit::EviResponse&>(c));
        }
        value = std::move(out);
        return true;
    }
    static handle cast(const cmkit::EviResponseColumns& src, return_value_policy, handle) {
        list l(src.size());
        for (std::size_t i = 0; i < src.size(); ++i) l[i] = pybind11::cast(src[i]);
        return l.release();
    }
};
}  // namespace pybind11::detail

namespace cmkit::py_bind {

namespace py = pybind11;

void register_errors(py::module_& m);
void register_values(py::module_& m);
void register_records(py::module_& m);
void register_records_1(py::module_& m);  // the record groups of records.hpp
void register_records_2(py::module_& m);
void register_records_3(py::module_& m);
void register_records_4(py::module_& m);
void register_io(py::module_& m);
void register_budget(py::module_& m);
void register_progress(py::module_& m);
void register_agenda(py::module_& m);
void register_evi(py::module_& m);
void register_disclosure(py::module_& m);
void register_survey(py::module_& m);
void register_table(py::module_& m);
void register_rollup(py::module_& m);

/// A read-only NumPy view of a vector, kept alive by the Python object @p owner that holds it.
template <class T>
py::array_t<T> view(const std::vector<T>& v, const py::object& owner) {
    py::array_t<T> a({static_cast<py::ssize_t>(v.size())}, {static_cast<py::ssize_t>(sizeof(T))}, v.data(), owner);
    a.attr("setflags")(py::arg("write") = false);
    return a;
}

/// Python's json.loads of a text.
py::object json_loads(const std::string& text);

/// Sets fields of @p target from keyword arguments, with a TypeError naming the field on a bad type.
template <Record T>
void set_fields(T& target, const py::kwargs& kw) {
    for (auto item : kw) {
        std::string key = py::cast<std::string>(item.first);
        bool found = false;
        for_each_field<T>([&](const auto& f) {
            using V = typename std::decay_t<decltype(f)>::value_type;
            if (found || f.name != key) return;
            found = true;
            try {
                target.*(f.member) = py::cast<V>(item.second);
            } catch (const py::cast_error&) {
                throw py::type_error(std::string(Describe<T>::name) + ": field '" + key + "' cannot take " +
                                     py::cast<std::string>(py::repr(item.second)));
            }
        });
        if (!found) {
            std::string names;
            for_each_field<T>([&](const auto& f) { names += (names.empty() ? "" : ", ") + std::string(f.name); });
            throw py::type_error(std::string(Describe<T>::name) + "() got an unexpected keyword argument '" + key +
                                 "'; its fields are: " + names);
        }
    }
}

/// `Name(field=value, ...)` built from the Python values of the fields.
template <Record T>
std::string record_repr(const T& self) {
    std::string out = std::string(Describe<T>::name) + "(";
    bool first = true;
    for_each_field<T>([&](const auto& f) {
        if (!first) out += ", ";
        first = false;
        out += std::string(f.name) + "=" + py::cast<std::string>(py::repr(py::cast(self.*(f.member))));
    });
    return out + ")";
}

/// Binds record T: keyword constructor, read-only properties (returning copies: records are values),
/// replace(**changes), ==, repr, to_json/from_json, pickling through the JSON form, the schema id and
/// field names as class attributes, and the unknown fields kept from a file as `extras`.
template <Record T>
py::class_<T> bind_record(py::module_& m, const char* name) {
    py::class_<T> cls(m, name, std::string(Describe<T>::doc).c_str());
    cls.def(py::init([](const py::kwargs& kw) {
                T t{};
                set_fields(t, kw);
                return t;
            }),
            "Build from keyword arguments; fields not given take their empty value.");
    py::list field_names;
    for_each_field<T>([&](const auto& f) {
        auto member = f.member;
        field_names.append(std::string(f.name));
        cls.def_property_readonly(
            std::string(f.name).c_str(), [member](const T& self) { return self.*member; },
            std::string(f.doc).c_str());
    });
    cls.attr("fields") = py::tuple(field_names);
    cls.attr("schema") = schema_id<T>();
    cls.def_property_readonly(
        "extras",
        [](const T& self) {
            py::dict d;
            for (const auto& [k, text] : self.extras.fields) d[py::str(k)] = json_loads(text);
            return d;
        },
        "Fields of the source file that this version of cmkit does not know; kept and written back.");
    cls.def(
        "replace",
        [](const T& self, const py::kwargs& kw) {
            T t = self;
            set_fields(t, kw);
            return t;
        },
        "A copy with the given fields replaced (records are immutable values).");
    cls.def("__eq__", [](const T& a, const T& b) { return a == b; }, py::is_operator());
    cls.def("__eq__", [](const T&, const py::object&) { return false; });
    cls.attr("__hash__") = py::none();
    cls.def("__repr__", [](const T& self) { return record_repr(self); });
    cls.def("to_json", [](const T& self) { return to_json(self); }, "Canonical JSON text of this record.");
    cls.def_static(
        "from_json", [](const std::string& text) { return from_json<T>(text); }, py::arg("text"),
        "Parse a record from JSON text (older schema versions are upgraded).");
    cls.def(py::pickle([](const T& self) { return to_json(self); },
                       [](const std::string& text) { return from_json<T>(text); }));
    return cls;
}

}  // namespace cmkit::py_bind
