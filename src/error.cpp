#include "cmkit/error.hpp"

namespace cmkit {
namespace {

// Replaces every byte that is not part of a valid UTF-8 sequence with U+FFFD, so that a message about
// a malformed file is itself always valid text (Python must be able to decode it).
std::string valid_utf8(const std::string& s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 0x2;
        if (ok && len == 2) ok = c >= 0xC2;
        if (ok) {
            out.append(s, i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}
std::string compose(const std::string& file, const std::string& location, const std::string& found,
                    const std::string& expected) {
    std::string msg;
    if (!file.empty()) msg += file + ": ";
    if (!location.empty()) msg += "at " + location + ": ";
    msg += "expected " + expected + ", found " + found;
    return valid_utf8(msg);
}
}  // namespace

FormatError::FormatError(std::string file, std::string location, std::string found, std::string expected)
    : FormatError(file, location, found, expected, compose(file, location, found, expected)) {}

FormatError::FormatError(std::string file, std::string location, std::string found, std::string expected,
                         std::string message)
    : Error(message),
      file_(valid_utf8(file)),
      location_(valid_utf8(location)),
      found_(valid_utf8(found)),
      expected_(valid_utf8(expected)) {}

SchemaVersionError::SchemaVersionError(std::string file, std::string location, std::string found,
                                       std::string expected)
    : FormatError(file, location, found, expected,
                  compose(file, location, found, expected) + " (schema version)") {}

NotFoundError::NotFoundError(std::string what, std::string name, std::string known)
    : Error("unknown " + what + " '" + name + "'" + (known.empty() ? "" : "; known: " + known)),
      name_(std::move(name)) {}

}  // namespace cmkit
