#pragma once
/// @file reference.hpp
/// The reference plans built into the library (no file needed at run time).

#include <string>
#include <vector>

#include "cmkit/plan.hpp"

namespace cmkit {

/// Names of the built-in plans, e.g. "amstelland-2025-2028".
std::vector<std::string> reference_plans();

/// A built-in plan by name; throws NotFoundError listing the known names.
Plan reference_plan(const std::string& name);

/// The built-in plan's canonical JSON text exactly as compiled in.
std::string reference_plan_json(const std::string& name);

}  // namespace cmkit
