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
