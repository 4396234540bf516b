#pragma once
// Private: SHA-256 (FIPS 180-4, computed by OpenSSL libcrypto) of a byte string, as lower-case hex. Used for the input and definition
// digests in analysis manifests; checked against the FIPS test vectors and Python's hashlib.
#include <string>
#include <string_view>

namespace cmkit {
struct SchoolRegistry;
}

namespace cmkit::detail {

std::string sha256_hex(std::string_view bytes);

/// SHA-256 of to_json(registry), its canonical JSON text (written school by school, detail::schools_json).
std::string schools_json_sha256(const SchoolRegistry& registry);

}  // namespace cmkit::detail
