// Maps cmkit's C++ exceptions to the Python classes of cmkit.exceptions (a pure-Python module, imported
// on first use so that the classes can inherit from both cmkit.Error and a builtin exception).
#include "common.hpp"

#include <cmkit/error.hpp>

namespace cmkit::py_bind {
namespace {

void raise(const char* cls_name, const std::string& message, const py::dict& attrs) {
    py::object cls = py::module_::import("cmkit.exceptions").attr(cls_name);
    py::object exc = cls(message);
    for (auto item : attrs) py::setattr(exc, item.first, item.second);
    PyErr_SetObject(cls.ptr(), exc.ptr());
}

py::dict format_attrs(const FormatError& e) {
    py::dict d;
    d["file"] = e.file();
    d["location"] = e.location();
    d["found"] = e.found();
    d["expected"] = e.expected();
    return d;
}

}  // namespace

void register_errors(py::module_&) {
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p) std::rethrow_exception(p);
        } catch (const SchemaVersionError& e) {
            raise("SchemaVersionError", e.what(), format_attrs(e));
        } catch (const FormatError& e) {
            raise("FormatError", e.what(), format_attrs(e));
        } catch (const NotFoundError& e) {
            py::dict d;
            d["name"] = e.name();
            raise("NotFoundError", e.what(), d);
        } catch (const FileError& e) {
            py::dict d;
            d["path"] = e.path();
            raise("FileError", e.what(), d);
        } catch (const OverflowError& e) {
            raise("OverflowError", e.what(), py::dict());
        } catch (const LockedYearError& e) {
            py::dict d;
            d["year"] = e.year();
            raise("LockedYearError", e.what(), d);
        } catch (const InvalidArgument& e) {
            raise("InvalidArgumentError", e.what(), py::dict());
        } catch (const Cancelled& e) {
            raise("Cancelled", e.what(), py::dict());
        } catch (const Error& e) {
            raise("Error", e.what(), py::dict());
        } catch (const py::builtin_exception&) {
            throw;  // pybind11's own (IndexError, ValueError, ...): its translator sets them
        } catch (const py::error_already_set&) {
            throw;
        } catch (const std::bad_alloc&) {
            throw;  // MemoryError
        } catch (const std::exception& e) {
            // nothing else may leave the core; if something does, it is a bug, but still a cmkit.Error
            raise("Error", std::string("internal error in cmkit (please report it): ") + e.what(), py::dict());
        }
    });
}

}  // namespace cmkit::py_bind
