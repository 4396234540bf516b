// The records of group 4 of include/cmkit/records.hpp (CMKIT_RECORD_TYPES_4), bound generically from their
// Describe<T> (bind_record.cpp). The four groups go to four unity batches of the module (CMakeLists.txt), which
// keeps those compiles about equal; register_records() calls them in order (a field's type is bound before
// the records that hold it, so that the signatures name it).
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {

void register_records_4(py::module_& m) {
#define CMKIT_BIND(T) bind_record<T>(m, #T);
    CMKIT_RECORD_TYPES_4(CMKIT_BIND)
#undef CMKIT_BIND
}

}  // namespace cmkit::py_bind
