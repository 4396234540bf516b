// The JSON functions of the records of groups 2, 3 and 4 of include/cmkit/records.hpp (see record_json.hpp).
// One translation unit for the three: each unit of its own repeats ~35 s of shared instantiations (measured:
// 144 s for three units, 61 s for one at 1.9 GB), while the plan's group 1 (92 s, 1.5 GB) has one of its own.
#include "record_json.hpp"

namespace cmkit {
CMKIT_RECORD_TYPES_2(CMKIT_INSTANTIATE_RECORD_JSON)
CMKIT_RECORD_TYPES_3(CMKIT_INSTANTIATE_RECORD_JSON)
CMKIT_RECORD_TYPES_4(CMKIT_INSTANTIATE_RECORD_JSON)
}  // namespace cmkit
