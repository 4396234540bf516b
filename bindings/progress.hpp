#pragma once
// A Python progress callback for the long calls (cmkit/progress_report.hpp), and Ctrl-C.
//
// with_progress(progress, work) runs work(callback) with the GIL released. The C++ call reports through
// `callback` at stage boundaries and per group of work (at most about every 20 ms); each report takes the
// GIL, runs PyErr_CheckSignals() — so Ctrl-C (SIGINT's KeyboardInterrupt) stops the C++ work at the next
// report even when no Python callback is given — and then calls `progress(done, total, stage)` when one is.
// A Python exception from either (KeyboardInterrupt, or anything the callback raises) cancels the C++ call
// (cmkit::Cancelled unwinds it, so no partial result is kept) and is raised again in Python as it was; a
// callback that returns False cancels it as cmkit.Cancelled.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <cmkit/progress_report.hpp>
#include <optional>
#include <string_view>
#include <utility>

namespace cmkit::py_bind {

namespace py = pybind11;

/// The `progress=` argument: `Callable[[int, int, str], object] | None` in the stub.
using PyProgress = std::optional<py::typing::Callable<py::object(std::int64_t, std::int64_t, py::str)>>;

template <class Work>
auto with_progress(const PyProgress& given, Work&& work) {
    std::optional<py::error_already_set> raised;  // the Python exception that cancelled the call
    const bool has_callback = given.has_value();
    const py::object progress = has_callback ? py::object(*given) : py::none();
    ProgressCallback callback = [&](std::int64_t done, std::int64_t total, std::string_view stage) -> bool {
        py::gil_scoped_acquire gil;
        if (PyErr_CheckSignals() != 0) {
            raised.emplace();  // fetches the pending KeyboardInterrupt (or what a signal handler raised)
            return false;
        }
        if (!has_callback) return true;
        try {
            py::object result = progress(done, total, py::str(stage.data(), stage.size()));
            return !(result.ptr() == Py_False);
        } catch (py::error_already_set& e) {
            raised.emplace(std::move(e));
            return false;
        }
    };
    try {
        py::gil_scoped_release release;
        return work(callback);
    } catch (const Cancelled&) {
        if (raised) throw std::move(*raised);  // the GIL is held again here (release's scope has ended)
        throw;
    }
}

}  // namespace cmkit::py_bind
