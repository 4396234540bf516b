#pragma once
#include <fstream>
#include <sstream>
#include <string>

inline std::string test_data(const std::string& rel) { return std::string(CMKIT_TEST_DATA) + "/" + rel; }

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

#include <cmkit/finding.hpp>
#include <vector>

/// The findings one per line, "CODE severity 'path'", for INFO in failing checks.
inline std::string finding_listing(const std::vector<cmkit::Finding>& fs) {
    std::ostringstream s;
    for (const auto& f : fs) s << f.code << " " << cmkit::enum_to_string(f.severity) << " '" << f.path << "'\n";
    return s.str();
}
