// The generic part of the record binder (common.hpp): one set of functions for every record, driven by its
// RecordBinding table. pybind11 makes one dispatcher per lambda type here, instead of one per record and
// method; the signatures are written from the tables in pybind11's own form (checked against the committed
// stub by tests/python/test_typing.py; `make stubs` regenerates the same stub from them).
#include "common.hpp"

#include <cmkit/describe.hpp>

namespace cmkit::py_bind {

std::string registered_type_name(const std::type_info& type, const std::string& module) {
    if (const auto* info = py::detail::get_type_info(type)) {
        py::handle t(reinterpret_cast<PyObject*>(info->type));
        return py::cast<std::string>(t.attr("__module__")) + "." + py::cast<std::string>(t.attr("__qualname__"));
    }
    (void)module;  // not reached for cmkit's records: every field type is bound before the records using it
    return py::detail::clean_type_id(type.name());
}

void* initialised(py::handle h, const py::detail::type_info* type, std::string_view name) {
    if (!type || !PyObject_TypeCheck(h.ptr(), type->type))
        throw py::type_error(std::string(name) + " expected, got " + py::cast<std::string>(py::repr(py::type::of(h))));
    auto v_h = reinterpret_cast<py::detail::instance*>(h.ptr())->get_value_and_holder(type);
    if (!v_h.holder_constructed() || !v_h.value_ptr())
        throw py::type_error(std::string(name) + " object is not initialised (made by __new__ without __init__)");
    return v_h.value_ptr();
}

namespace {

const char* const kInitDoc = "Build from keyword arguments; fields not given take their empty value.";
const char* const kReplaceDoc = "A copy with the given fields replaced (records are immutable values).";
const char* const kExtrasDoc =
    "Fields of the source file that this version of cmkit does not know; kept and written back.";

/// Sets fields of the record at @p target from keyword arguments, with a TypeError naming the field on a bad
/// type and one listing the fields on an unknown name.
void set_fields(const RecordBinding& b, void* target, const py::kwargs& kw) {
    for (auto item : kw) {
        const std::string key = py::cast<std::string>(item.first);
        const FieldBinding* field = nullptr;
        for (const auto& f : b.fields)
            if (f.name == key) {
                field = &f;
                break;
            }
        if (!field) {
            std::string names;
            for (const auto& f : b.fields) names += (names.empty() ? "" : ", ") + f.name;
            throw py::type_error(b.name + "() got an unexpected keyword argument '" + key + "'; its fields are: " + names);
        }
        try {
            field->ops->set(static_cast<char*>(target) + field->offset, item.second);
        } catch (const py::cast_error&) {
            throw py::type_error(b.name + ": field '" + key + "' cannot take " +
                                 py::cast<std::string>(py::repr(item.second)));
        }
    }
}

/// A pybind11 function with the signature written into its docstring (pybind11 writes none for it: the
/// options are set by the caller), as a method of @p cls.
template <class F, class... Extra>
py::cpp_function method(py::handle cls, const char* name, F&& f, const std::string& doc, const Extra&... extra) {
    return py::cpp_function(std::forward<F>(f), py::name(name), py::is_method(cls),
                            py::sibling(py::getattr(cls, name, py::none())), py::doc(doc.c_str()), extra...);
}

/// The type a field accepts, from the type its property returns: pybind11's casters take any sequence for a
/// list and any mapping for a dict ("list[X] | None" -> "collections.abc.Sequence[X] | None").
std::string parameter_type(const std::string& returned) {
    std::string out, part;
    int depth = 0;
    auto flush = [&] {
        std::size_t a = part.find_first_not_of(' '), b = part.find_last_not_of(' ');
        std::string p = a == std::string::npos ? "" : part.substr(a, b - a + 1);
        if (p.rfind("list[", 0) == 0) p = "collections.abc.Sequence[" + p.substr(5);
        else if (p.rfind("dict[", 0) == 0) p = "collections.abc.Mapping[" + p.substr(5);
        out += (out.empty() ? "" : " | ") + p;
        part.clear();
    };
    for (char ch : returned) {
        depth += ch == '[';
        depth -= ch == ']';
        if (ch == '|' && depth == 0) flush();
        else part += ch;
    }
    flush();
    return out;
}

/// "(self: M.T, *, id: str = ..., label: M.Label = ...)": the keyword-only parameters of the constructor and
/// of replace(), one per field (all optional: a field not given keeps its empty or current value).
std::string keyword_parameters(const RecordBinding& b, const std::string& self, const std::string& module) {
    std::string out = "(self: " + self;
    if (!b.fields.empty()) out += ", *";
    for (const auto& f : b.fields) out += ", " + f.name + ": " + parameter_type(f.ops->type_name(module)) + " = ...";
    return out + ")";
}

}  // namespace

void bind_record_members(py::module_& m, py::handle cls, const RecordBinding& b) {
    const RecordBinding* rb = &b;
    const std::string module = py::cast<std::string>(m.attr("__name__"));
    const std::string self = module + "." + b.name;
    py::options options;
    options.disable_function_signatures();  // the docstrings below carry them

    cls.attr("__init__") = method(
        cls, "__init__",
        [rb](py::detail::value_and_holder& v_h, const py::kwargs& kw) {
            void* record = rb->create();
            try {
                set_fields(*rb, record, kw);
            } catch (...) {
                rb->destroy(record);
                throw;
            }
            v_h.value_ptr() = record;  // the instance owns it from here (pybind11 makes its holder)
        },
        "__init__" + keyword_parameters(b, self, module) + " -> None\n\n" + kInitDoc + "\n",
        py::detail::is_new_style_constructor());

    py::list field_names;
    py::handle property_type(reinterpret_cast<PyObject*>(&PyProperty_Type));
    for (std::size_t i = 0; i < b.fields.size(); ++i) {
        const FieldBinding* f = &b.fields[i];
        field_names.append(f->name);
        py::cpp_function fget(
            [rb, f](py::handle h) { return f->ops->get(static_cast<const char*>(rb->self(h)) + f->offset); },
            py::doc(("(arg0: " + self + ") -> " + f->ops->type_name(module) + "\n").c_str()));
        cls.attr(f->name.c_str()) = property_type(fget, py::none(), py::none(), py::str(f->doc));
    }
    cls.attr("fields") = py::tuple(field_names);
    cls.attr("schema") = b.schema;
    py::cpp_function extras(
        [rb](py::handle h) {
            const auto& e = *reinterpret_cast<const Extras*>(static_cast<const char*>(rb->self(h)) + rb->extras_offset);
            py::dict d;
            for (const auto& [k, text] : e.fields) d[py::str(k)] = json_loads(text);
            return d;
        },
        py::doc(("(arg0: " + self + ") -> dict\n").c_str()));
    cls.attr("extras") = property_type(extras, py::none(), py::none(), py::str(kExtrasDoc));

    cls.attr("replace") = method(
        cls, "replace",
        [rb](py::handle h, const py::kwargs& kw) {
            py::object copy = rb->copy(rb->self(h));
            set_fields(*rb, rb->self(copy), kw);
            return copy;
        },
        "replace" + keyword_parameters(b, self, module) + " -> " + self + "\n\n" + kReplaceDoc + "\n");
    // One function for both overloads of the former binder (a record of the same type; anything else is
    // unequal), documented as the two.
    cls.attr("__eq__") = method(
        cls, "__eq__",
        [rb, cls](py::handle a, py::handle other) {
            if (!py::isinstance(other, cls)) return false;
            return rb->equal(rb->self(a), rb->self(other));
        },
        "__eq__(*args, **kwargs)\nOverloaded function.\n\n1. __eq__(self: " + self + ", arg0: " + self +
            ") -> bool\n\n2. __eq__(self: " + self + ", arg0: object) -> bool\n");
    cls.attr("__hash__") = py::none();
    cls.attr("__repr__") = method(
        cls, "__repr__",
        [rb](py::handle h) {
            const char* record = static_cast<const char*>(rb->self(h));
            std::string out = rb->name + "(";
            bool first = true;
            for (const auto& f : rb->fields) {
                if (!first) out += ", ";
                first = false;
                out += f.name + "=" + py::cast<std::string>(py::repr(f.ops->get(record + f.offset)));
            }
            return out + ")";
        },
        "__repr__(self: " + self + ") -> str\n");
    cls.attr("to_json") = method(
        cls, "to_json", [rb](py::handle h) { return rb->to_json(rb->self(h)); },
        "to_json(self: " + self + ") -> str\n\nCanonical JSON text of this record.\n");
    py::cpp_function from_json(
        [rb](const std::string& text) { return rb->parse(text); },
        py::name("from_json"), py::scope(cls), py::sibling(py::getattr(cls, "from_json", py::none())),
        py::doc(("from_json(text: str) -> " + self +
                 "\n\nParse a record from JSON text (older schema versions are upgraded).\n")
                    .c_str()));
    cls.attr("from_json") = py::staticmethod(from_json);
    // copy.copy and copy.deepcopy copy the C++ value (records are values: a copy is deep). Without these they
    // went through pickling's JSON round trip, which refuses a record whose fields are not all valid yet
    // (e.g. Objective(id="a") with its label still empty).
    cls.attr("__copy__") = method(
        cls, "__copy__", [rb](py::handle h) { return rb->copy(rb->self(h)); },
        "__copy__(self: " + self + ") -> " + self + "\n\nA copy (records are values).\n");
    cls.attr("__deepcopy__") = method(
        cls, "__deepcopy__", [rb](py::handle h, const py::handle&) { return rb->copy(rb->self(h)); },
        "__deepcopy__(self: " + self + ", memo: dict) -> " + self + "\n\nA copy (records hold no shared parts).\n");
    cls.attr("__getstate__") = method(
        cls, "__getstate__", [rb](py::handle h) { return rb->to_json(rb->self(h)); },
        "__getstate__(self: " + self + ", /) -> str\n");
    cls.attr("__setstate__") = method(
        cls, "__setstate__",
        [rb](py::detail::value_and_holder& v_h, const std::string& text) { v_h.value_ptr() = rb->from_json(text); },
        "__setstate__(self: " + self + ", arg0: str) -> None\n", py::detail::is_new_style_constructor());
}

}  // namespace cmkit::py_bind
