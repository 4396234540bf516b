#include "cmkit/finding.hpp"

#include <algorithm>

namespace cmkit {

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

std::vector<Finding> sorted_findings(std::vector<Finding> findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return static_cast<int>(a.severity) < static_cast<int>(b.severity);
        if (a.path != b.path) return a.path < b.path;
        return a.code < b.code;
    });
    return findings;
}

}  // namespace cmkit
