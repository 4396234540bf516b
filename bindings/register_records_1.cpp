// The records of group 1 of include/cmkit/records.hpp (CMKIT_RECORD_TYPES_1), bound generically from their
// Describe<T>. The records are split over four translation units so that no compile needs gigabytes;
// register_records() calls the four in order (the order in which classes are made is the order of the
// signatures pybind11 can name, so it is kept).
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

void register_records_1(py::module_& m) {
#define CMKIT_BIND(T) bind_record<T>(m, #T);
    CMKIT_RECORD_TYPES_1(CMKIT_BIND)
#undef CMKIT_BIND
}

}  // namespace cmkit::py_bind
