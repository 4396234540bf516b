#pragma once
/// @file values.hpp
/// Small value types shared by the plan records: a bilingual Label and an exact Ratio.

#include <cstdint>
#include <string>

namespace cmkit {

/// Language of labels, messages and reports. Dutch is the default; English is always available.
enum class Lang { nl, en };

/// A structured item's label in Dutch (as written in the plan) and in English.
/// JSON: `{"nl": "...", "en": "..."}`; both are required and the Dutch one may not be empty.
struct Label {
    std::string nl;
    std::string en;
    /// The label in @p lang; falls back to Dutch when the English one is empty.
    const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : nl; }
    friend bool operator==(const Label&, const Label&) = default;
};

/// A share kept as numerator and denominator so that shares aggregate exactly (45% is 45/100;
/// 7 of 9 schools is 7/9). JSON: `{"numerator": 7, "denominator": 9}`; the denominator is positive.
struct Ratio {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    /// The share as a percentage rounded half-up to @p decimals places, as text ("44,4" or "44.4").
    std::string percent_text(int decimals = 0, Lang lang = Lang::nl) const;
    friend bool operator==(const Ratio&, const Ratio&) = default;
};

}  // namespace cmkit
