#pragma once
// Helpers shared by the register_<area>.cpp files: the generic record binder driven by Describe<T>.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmkit/describe.hpp>
#include <cmkit/io/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <vector>

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

// ---- records ---------------------------------------------------------------------------------------
// Every record is bound from its Describe<T> through tables of plain function pointers (RecordBinding), and
// one set of non-template functions (bind_record.cpp) makes its constructor, properties, replace, ==, repr,
// JSON and pickling. Per record only the class itself and a few one-line functions are instantiated; per
// value type (str, Money, list[Objective], ...) one getter and one setter. A template binder that made
// every method per record cost ~110 CPU-seconds and up to 1.9 GB per compile (docs/architecture.md,
// "Build time"). Signatures are written from the same tables, in pybind11's form, so docstrings and the
// generated stubs are as before.

/// How a value type V goes to and from Python, and its Python type as signatures spell it.
struct ValueOps {
    py::object (*get)(const void* value);        ///< a copy of the value as a Python object
    void (*set)(void* value, py::handle source);  ///< assigns a converted Python value; py::cast_error if it cannot
    std::string (*type_name)(const std::string& module);  ///< "str", "list[cmkit._core.Objective]", ...
};

/// The Python name of a class or enum bound in this module: "<module>.<Name>" when registered (as pybind11
/// renders it), else the C++ name.
std::string registered_type_name(const std::type_info& type, const std::string& module);

template <class V>
struct PyTypeName {
    static std::string get(const std::string& module) {
        if constexpr (std::is_same_v<V, std::string>) return "str";
        else if constexpr (std::is_same_v<V, bool>) return "bool";
        else if constexpr (std::is_integral_v<V>) return "int";
        else if constexpr (std::is_floating_point_v<V>) return "float";
        else if constexpr (std::is_same_v<V, EviResponseColumns>) return "list[EviResponse]";
        else if constexpr (DescribedEnum<V>) return module + "." + std::string(DescribeEnum<V>::name);
        else return registered_type_name(typeid(V), module);
    }
};
template <class X>
struct PyTypeName<std::vector<X>> {
    static std::string get(const std::string& module) { return "list[" + PyTypeName<X>::get(module) + "]"; }
};
template <class X>
struct PyTypeName<std::optional<X>> {
    static std::string get(const std::string& module) { return PyTypeName<X>::get(module) + " | None"; }
};
template <class X>
struct PyTypeName<std::map<int, X>> {
    static std::string get(const std::string& module) { return "dict[int, " + PyTypeName<X>::get(module) + "]"; }
};

// Copies are made here and moved into Python: casting a reference (even with return_value_policy::copy)
// would give back the Python object already registered at that address, e.g. `self` itself.
template <class V>
py::object get_value(const void* value) {
    return py::cast(V(*static_cast<const V*>(value)));
}

template <class V>
void set_value(void* value, py::handle source) {
    *static_cast<V*>(value) = py::cast<V>(source);
}

/// The ValueOps of V (one per value type, shared by every record that has a field of that type).
template <class V>
const ValueOps* value_ops() {
    static const ValueOps ops{&get_value<V>, &set_value<V>, &PyTypeName<V>::get};
    return &ops;
}

/// One field of a bound record: where it lies in the record and how it converts.
struct FieldBinding {
    std::string name;
    std::string doc;
    std::size_t offset;  ///< of the member from the start of the record
    const ValueOps* ops;
};

/// A record type as the generic binder sees it (made once per type by record_binding<T>()).
struct RecordBinding {
    std::string name;    ///< "Objective"
    std::string schema;  ///< "Objective.1"
    std::string doc;
    std::vector<FieldBinding> fields;
    std::size_t extras_offset = 0;
    void* (*self)(py::handle) = nullptr;                 ///< the record inside a Python object; cast_error if none
    void* (*create)() = nullptr;                         ///< new T{}
    void (*destroy)(void*) = nullptr;                    ///< delete
    py::object (*copy)(const void*) = nullptr;           ///< a Python object holding a copy
    bool (*equal)(const void*, const void*) = nullptr;   ///< operator==
    std::string (*to_json)(const void*) = nullptr;       ///< to_json<T>
    void* (*from_json)(const std::string&) = nullptr;    ///< new T from from_json<T>
    py::object (*parse)(const std::string&) = nullptr;   ///< a Python object holding from_json<T>
};

/// The constructed value of type @p type inside the Python object @p h (bind_record.cpp).
void* initialised(py::handle h, const py::detail::type_info* type, std::string_view name);

namespace record_ops {
/// The record inside @p h. A TypeError when h is not a T, or is one made by `T.__new__(T)` without
/// `__init__`: pybind11 would hand out uninitialised memory for it (its lazy allocation of values).
template <class T>
void* self(py::handle h) {
    return initialised(h, py::detail::get_type_info(typeid(T)), Describe<T>::name);
}
template <class T>
void* create() {
    return new T{};
}
template <class T>
void destroy(void* p) {
    delete static_cast<T*>(p);
}
template <class T>
py::object copy(const void* p) {
    return py::cast(T(*static_cast<const T*>(p)));  // moved: see get_value
}
template <class T>
bool equal(const void* a, const void* b) {
    return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}
template <class T>
std::string json_of(const void* p) {
    return cmkit::to_json(*static_cast<const T*>(p));
}
template <class T>
void* from_json_text(const std::string& text) {
    return new T(cmkit::from_json<T>(text));
}
template <class T>
py::object parse(const std::string& text) {
    return py::cast(cmkit::from_json<T>(text));
}
}  // namespace record_ops

/// The binding table of record T.
template <Record T>
const RecordBinding& record_binding() {
    static const RecordBinding b = [] {
        RecordBinding r;
        r.name = std::string(Describe<T>::name);
        r.schema = schema_id<T>();
        r.doc = std::string(Describe<T>::doc);
        const T probe{};
        const auto* base = reinterpret_cast<const char*>(&probe);
        for_each_field<T>([&](const auto& f) {
            using V = typename std::decay_t<decltype(f)>::value_type;
            const auto* at = reinterpret_cast<const char*>(&(probe.*(f.member)));
            r.fields.push_back({std::string(f.name), std::string(f.doc), static_cast<std::size_t>(at - base),
                                value_ops<V>()});
        });
        r.extras_offset = static_cast<std::size_t>(reinterpret_cast<const char*>(&probe.extras) - base);
        r.self = &record_ops::self<T>;
        r.create = &record_ops::create<T>;
        r.destroy = &record_ops::destroy<T>;
        r.copy = &record_ops::copy<T>;
        r.equal = &record_ops::equal<T>;
        r.to_json = &record_ops::json_of<T>;
        r.from_json = &record_ops::from_json_text<T>;
        r.parse = &record_ops::parse<T>;
        return r;
    }();
    return b;
}

/// Adds the generic methods and properties of a record to its class (bind_record.cpp).
void bind_record_members(py::module_& m, py::handle cls, const RecordBinding& b);

/// Binds record T: keyword constructor, read-only properties (returning copies: records are values),
/// replace(**changes), ==, repr, to_json/from_json, pickling through the JSON form, the schema id and
/// field names as class attributes, and the unknown fields kept from a file as `extras`.
template <Record T>
py::class_<T> bind_record(py::module_& m, const char* name) {
    py::class_<T> cls(m, name, std::string(Describe<T>::doc).c_str());
    bind_record_members(m, cls, record_binding<T>());
    return cls;
}

}  // namespace cmkit::py_bind
