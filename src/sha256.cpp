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

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_ || EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_));
        throw Error("SHA-256 (OpenSSL EVP_DigestInit_ex) failed");
    }
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::update(std::string_view bytes) {
    if (EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), bytes.data(), bytes.size()) != 1)
        throw Error("SHA-256 (OpenSSL EVP_DigestUpdate) failed");
}

std::string Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest, &len) != 1 || len != 32)
        throw Error("SHA-256 (OpenSSL EVP_DigestFinal_ex) failed");
    return hex_of(digest);
}

}  // namespace cmkit::detail
