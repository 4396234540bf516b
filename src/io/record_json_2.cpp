// The JSON functions of the records of group 2 of include/cmkit/records.hpp (see record_json.hpp).
#include "record_json.hpp"

namespace cmkit {
CMKIT_RECORD_TYPES_2(CMKIT_INSTANTIATE_RECORD_JSON)
}  // namespace cmkit
