#pragma once
/// @file money.hpp
/// Exact money: whole euro cents in a signed 64-bit integer.
///
/// Money never passes through a floating-point number: not in arithmetic, not in JSON (where it is an
/// integer number of cents), not in Python (where it converts from and to `int` cents or
/// `decimal.Decimal` euros). Every operation that could overflow is checked and throws
/// cmkit::OverflowError instead of wrapping.

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cmkit {

/// How a division that does not come out in whole cents is rounded.
enum class Rounding {
    HalfEven,     ///< to nearest, ties to the even cent (banker's rounding)
    HalfUp,       ///< to nearest, ties away from zero (the usual commercial rule)
    TowardZero,   ///< truncate
    Floor,        ///< toward minus infinity
    Ceiling,      ///< toward plus infinity
};

/// Number style for printing: Dutch (`€ 134.812,50`) or English (`€134,812.50`).
enum class NumberStyle { Dutch, English };

/// When printing shows the cents.
enum class Cents {
    Auto,    ///< only when the amount is not whole euros
    Always,  ///< always two decimals
    Never,   ///< round half-up to whole euros for display (the value itself is untouched)
};

/// Options for Money::format.
struct MoneyFormat {
    NumberStyle style = NumberStyle::Dutch;
    bool symbol = true;        ///< prefix the euro sign
    Cents cents = Cents::Auto;
};

/// An exact amount of euros, stored as cents in a std::int64_t.
class Money {
public:
    constexpr Money() noexcept = default;

    /// The amount @p cents euro cents.
    static constexpr Money from_cents(std::int64_t cents) noexcept { return Money(cents); }
    /// The amount @p euros whole euros; throws OverflowError beyond the 64-bit range.
    static Money from_euros(std::int64_t euros);

    /// Parse Dutch notation: `€ 134.812`, `134.812,50`, `-5.000`, `€ -5.000,00`, `134812`, `0,5`.
    /// The period groups thousands (always groups of three), the comma separates at most two
    /// decimals. Throws FormatError naming the text and the expected form.
    static Money parse(std::string_view text);

    constexpr std::int64_t cents() const noexcept { return cents_; }
    /// Whole euros, truncated toward zero (use cents() for the exact value).
    constexpr std::int64_t whole_euros() const noexcept { return cents_ / 100; }
    /// The cents part, in -99..99, with the sign of the amount.
    constexpr std::int64_t cent_part() const noexcept { return cents_ % 100; }
    constexpr bool is_zero() const noexcept { return cents_ == 0; }
    constexpr bool is_negative() const noexcept { return cents_ < 0; }

    /// Text in the given style. Default: Dutch with the euro sign, cents only when not whole.
    std::string format(const MoneyFormat& options = {}) const;
    /// Same as format() with default options: `€ 134.812`, `€ 134.812,50`, `€ -5.000`.
    std::string to_string() const { return format(); }

    // Checked arithmetic: throws OverflowError instead of wrapping.
    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }

    /// this × numerator / denominator, rounded as asked (exact in 128-bit intermediate arithmetic).
    /// Throws InvalidArgument when @p denominator is zero, OverflowError when the result does not fit.
    Money mul_ratio(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const;

    /// Split this amount over @p weights by the largest-remainder method: every part is
    /// floor(total × w / Σw) plus one cent for the parts with the largest remainders (ties go to the
    /// earlier index), so the parts always sum exactly to this amount. A negative amount is split as
    /// its absolute value and negated. Throws InvalidArgument for an empty list, a negative weight or
    /// weights that sum to zero.
    std::vector<Money> allocate(std::span<const std::int64_t> weights) const;

    /// Sum of a list, checked.
    static Money sum(std::span<const Money> amounts);

    friend constexpr bool operator==(Money, Money) noexcept = default;
    friend constexpr auto operator<=>(Money, Money) noexcept = default;

private:
    constexpr explicit Money(std::int64_t cents) noexcept : cents_(cents) {}
    std::int64_t cents_ = 0;
};

inline Money operator*(std::int64_t factor, Money m) { return m * factor; }

/// A whole number printed in Dutch style: 1.118.496 (or English: 1,118,496).
std::string format_integer(std::int64_t value, NumberStyle style = NumberStyle::Dutch);

}  // namespace cmkit
