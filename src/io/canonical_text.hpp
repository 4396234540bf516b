#pragma once
// Private: the canonical JSON text (to_json) of records with large top-level arrays, written row by row, so
// that neither the whole JSON tree nor a second copy of the text is held (at 75,000 schools the trees were
// ~140 MB for the schools file and several hundred MB for an analysis). The bytes are exactly to_json's
// (tests/python/test_evi.py compares both). Defined in json_io.cpp.
#include <string>

namespace cmkit {
struct SchoolRegistry;
struct EviAnalysis;
}  // namespace cmkit

namespace cmkit::detail {

std::string schools_json(const SchoolRegistry& registry);
std::string evi_analysis_json(const EviAnalysis& analysis);

}  // namespace cmkit::detail
