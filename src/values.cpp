#include "cmkit/values.hpp"

#include "cmkit/money.hpp"

namespace cmkit {

std::string Ratio::percent_text(int decimals, Lang lang) const {
    // percentage × 10^decimals, rounded half-up, computed exactly with Money's 128-bit ratio.
    std::int64_t scale = 100;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    std::int64_t scaled = Money::from_cents(numerator).mul_ratio(scale, denominator, Rounding::HalfUp).cents();
    bool neg = scaled < 0;
    std::uint64_t mag = neg ? static_cast<std::uint64_t>(-(scaled + 1)) + 1 : static_cast<std::uint64_t>(scaled);
    std::uint64_t div = 1;
    for (int i = 0; i < decimals; ++i) div *= 10;
    std::string s = std::to_string(mag / div);
    if (decimals > 0) {
        std::string frac = std::to_string(mag % div);
        s += (lang == Lang::nl ? "," : ".") + std::string(decimals - frac.size(), '0') + frac;
    }
    return neg ? "-" + s : s;
}

}  // namespace cmkit
