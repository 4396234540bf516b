#pragma once
// Private: the schema upgrade registry (raw JSON -> raw JSON, one version step each).
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace cmkit::io {

using UpgradeFn = std::function<void(nlohmann::json&)>;

struct Upgrade {
    std::string description;
    UpgradeFn apply;
};

/// schema name -> version it upgrades from -> step. Steps are never deleted: a file written by any
/// earlier version keeps loading.
const std::map<std::string, std::map<int, Upgrade>>& upgrade_registry();

}  // namespace cmkit::io
