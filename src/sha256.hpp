#pragma once
// Private: SHA-256 (FIPS 180-4, computed by OpenSSL libcrypto) of a byte string, as lower-case hex. Used for the input and definition
// digests in analysis manifests; checked against the FIPS test vectors and Python's hashlib.
#include <string>
#include <string_view>

namespace cmkit::detail {

std::string sha256_hex(std::string_view bytes);

}  // namespace cmkit::detail
