#pragma once
/// @file io/json.hpp
/// Reading and writing cmkit's JSON formats.
///
/// Every record is a JSON object that names its schema and version (`"schema": "Plan.1"`). Before a
/// record is built, its raw JSON is upgraded one version step at a time by the registered upgrade
/// functions (see docs/plan-format.md). Fields the library does not know are kept and written back.
/// Output is canonical: keys sorted by code point, two-space indentation, UTF-8, a final newline, so
/// dump -> load -> dump gives the same bytes.
///
/// Errors: cmkit::FormatError (and SchemaVersionError) naming the source, the JSON pointer, what was
/// found and what was expected; cmkit::FileError when a file cannot be read or written.

#include <string>
#include <string_view>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/plan.hpp"

namespace cmkit {

/// Canonical JSON text of a plan document, with the writer block naming this library's version.
std::string plan_to_json(const Plan& plan);

/// Parse a plan document. @p source names the input in error messages (a file name, "<string>").
Plan plan_from_json(std::string_view text, const std::string& source = "<string>");

/// Read a plan file. Throws FileError when it cannot be read, FormatError when it is malformed.
Plan load_plan(const std::string& path);

/// Write a plan file in canonical form. Throws FileError when it cannot be written.
void save_plan(const Plan& plan, const std::string& path);

/// The JSON Schema (draft 2020-12) of the current plan document format, as canonical text.
std::string plan_json_schema();

/// Canonical JSON text of one record (an object with its "schema" key; no writer block).
template <Record T>
std::string to_json(const T& record);

/// Parse one record from JSON text (upgrading older schema versions first).
template <Record T>
T from_json(std::string_view text, const std::string& source = "<string>");

/// One step of the schema upgrade registry: the schema name, the version it upgrades from, and what
/// it does (for documentation and `cmkit` diagnostics).
struct UpgradeStep {
    std::string schema;
    int from_version;
    std::string description;
};

/// Every registered upgrade step, ordered by schema name and version.
std::vector<UpgradeStep> upgrade_steps();

/// The library version written in the writer block ("0.1.0").
std::string library_version();

}  // namespace cmkit
