#include "sha256.hpp"

#include <openssl/evp.h>

#include "cmkit/error.hpp"

namespace cmkit::detail {

namespace {
std::string hex_of(const unsigned char* digest) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(64, '0');
    for (unsigned int i = 0; i < 32; ++i) {
        out[2 * i] = kHex[digest[i] >> 4];
        out[2 * i + 1] = kHex[digest[i] & 0xF];
    }
    return out;
}
}  // namespace

// SHA-256 from OpenSSL's libcrypto (FIPS 180-4), a well-kept implementation with CPU-specific code paths.
std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr) != 1 || len != 32)
        throw Error("SHA-256 (OpenSSL EVP_Digest) failed");
    return hex_of(digest);
}

}  // namespace cmkit::detail
