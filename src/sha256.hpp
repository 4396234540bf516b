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

/// SHA-256 of bytes given in pieces: the same digest as sha256_hex of their concatenation, without holding it.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view bytes);
    /// The digest as lower-case hex; the object is used up.
    std::string hex();

private:
    void* ctx_;  // EVP_MD_CTX
};

/// SHA-256 of to_json(registry) (its canonical JSON text), computed school by school: the canonical text is
/// never held whole, nor its JSON tree (at 75,000 schools that tree alone was ~140 MB).
std::string schools_json_sha256(const SchoolRegistry& registry);

}  // namespace cmkit::detail
