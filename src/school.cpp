#include "cmkit/school.hpp"

namespace cmkit {

bool is_valid_brin(std::string_view b) noexcept {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    auto alnum = [&](char c) { return digit(c) || (c >= 'A' && c <= 'Z'); };
    if (b.size() != 4 && b.size() != 6) return false;
    if (!digit(b[0]) || !digit(b[1]) || !alnum(b[2]) || !alnum(b[3])) return false;
    return b.size() == 4 || (digit(b[4]) && digit(b[5]));
}

}  // namespace cmkit
