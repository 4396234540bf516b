#pragma once
// Private: shared by the Evi validation, analysis and dossier.
#include <string>
#include <vector>

#include "cmkit/evi/responses.hpp"

namespace cmkit::detail {

/// Validates like validate_evi_responses and marks in @p excluded (one flag per response) the rows the
/// analysis must leave out: unknown instrument, pillar or item, a value outside its scale, a later
/// duplicate, a second instrument in one school-wave, a wave before the instrument or outside the range.
std::vector<Finding> validate_evi(const EviResponseSet& set, const std::vector<EviInstrument>& instruments,
                                  const SchoolRegistry* schools, const EviValidationOptions& options,
                                  std::vector<char>& excluded);

}  // namespace cmkit::detail
