#include "cmkit/error.hpp"

namespace cmkit {
namespace {
std::string compose(const std::string& file, const std::string& location, const std::string& found,
                    const std::string& expected) {
    std::string msg;
    if (!file.empty()) msg += file + ": ";
    if (!location.empty()) msg += "at " + location + ": ";
    msg += "expected " + expected + ", found " + found;
    return msg;
}
}  // namespace

FormatError::FormatError(std::string file, std::string location, std::string found, std::string expected)
    : FormatError(file, location, found, expected, compose(file, location, found, expected)) {}

FormatError::FormatError(std::string file, std::string location, std::string found, std::string expected,
                         std::string message)
    : Error(message),
      file_(std::move(file)),
      location_(std::move(location)),
      found_(std::move(found)),
      expected_(std::move(expected)) {}

SchemaVersionError::SchemaVersionError(std::string file, std::string location, std::string found,
                                       std::string expected)
    : FormatError(file, location, found, expected,
                  compose(file, location, found, expected) + " (schema version)") {}

NotFoundError::NotFoundError(std::string what, std::string name, std::string known)
    : Error("unknown " + what + " '" + name + "'" + (known.empty() ? "" : "; known: " + known)),
      name_(std::move(name)) {}

}  // namespace cmkit
