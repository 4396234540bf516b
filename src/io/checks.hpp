#pragma once
// Private: checks that apply to every record alike, over its JSON form.
#include <string>
#include <vector>

#include "cmkit/finding.hpp"

namespace cmkit::io {

/// One CONTROL_CHARACTER finding (an error) per text value or key of @p record that holds a control
/// character: in ids, names, codes and keys any of U+0000 to U+001F, U+007F and U+0080 to U+009F; in
/// other (free, possibly multi-line) text the same except tab, line feed and carriage return. The path
/// is @p root followed by the value's JSON pointer. Such characters come from broken exports (a NUL
/// from a database, a C1 control from text decoded twice) and are invisible in every report.
template <class T>
std::vector<Finding> control_character_findings(const T& record, const std::string& root = "");

}  // namespace cmkit::io
