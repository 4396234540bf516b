#pragma once
/// @file whatif.hpp
/// What-if: a municipality lowers its matching contribution from a year on (the plan's "Ravijnjaar
/// 2026" risk). The cut is applied to that municipality's share of the matching (see matching.hpp);
/// the FCP grant follows so that it is never above the local contribution (grant ≤ matching ÷ the
/// rule set's matching ratio, rounded down to the cent); the costs shrink by the lost income under a
/// policy. The result is a new budget version plus the findings it triggers. Cuts combine in order.
///
/// Spec syntax (CLI `--what-if`, Python `what_if("...")`): `MUNICIPALITY:-AMOUNT[%]:FROM_YEAR`
///   - `Aalsmeer:-50%:2026`   Aalsmeer pays 50% less of its share from 2026 on;
///   - `uithoorn:-10.000:2027` Uithoorn pays € 10.000 a year less from 2027 on (Dutch notation);
///   - `Aalsmeer:-12,5%:2026` fractions of a percent with a decimal comma (or point).
/// The municipality is its id or name (case does not matter); the minus sign is optional.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/budget.hpp"
#include "cmkit/budget_rules.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

struct Plan;

/// A lower contribution of one municipality from a year on: either a fraction of its share or an
/// amount per year (capped at its share).
struct Cut {
    std::string municipality;     ///< id or name
    std::optional<Ratio> fraction;  ///< e.g. 1/2 for -50%
    std::optional<Money> amount;    ///< per year
    int from_year = 0;
    Extras extras;
    friend bool operator==(const Cut&, const Cut&) = default;

    /// The spec form, e.g. "Aalsmeer:-50%:2026".
    std::string to_string() const;
};

/// Parses a spec (see the file comment); throws FormatError naming the part that is wrong.
Cut parse_cut(std::string_view spec);

/// How the costs shrink when income falls.
enum class CutPolicy {
    ProRata,            ///< every cost line in proportion to its amount that year
    ProtectActivities,  ///< coordination, knowledge sharing, monitoring and accountant first; activities only for the rest
};

template <>
struct DescribeEnum<CutPolicy> {
    static constexpr std::string_view name = "CutPolicy";
    static constexpr std::array values{std::pair{CutPolicy::ProRata, std::string_view("pro-rata")},
                                       std::pair{CutPolicy::ProtectActivities, std::string_view("protect-activities")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("every cost line in proportion to its amount that year"),
                                     std::string_view("coordination, knowledge sharing, monitoring and accountant first; activities only for the rest")};
};

/// A budget after cuts, with the findings of validating it and the what-if's own remarks
/// (WHAT_IF_APPLIED info per year, WHAT_IF_ACTIVITIES_CUT warning when activities could not be protected).
struct WhatIfResult {
    Budget budget;
    std::vector<Finding> findings;
    Extras extras;
    friend bool operator==(const WhatIfResult&, const WhatIfResult&) = default;
};

/// Applies @p cuts to @p budget of @p plan. Throws NotFoundError for an unknown municipality and
/// InvalidArgument when the matching cannot be divided over the municipalities (unsplit).
WhatIfResult what_if(const Plan& plan, const Budget& budget, const std::vector<Cut>& cuts,
                     CutPolicy policy = CutPolicy::ProRata, const ValidationOptions& options = {});

template <>
struct Describe<Cut> {
    static constexpr std::string_view name = "Cut", doc = "A lower matching contribution of a municipality from a year on.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("municipality", &Cut::municipality), field("fraction", &Cut::fraction, "share of the contribution cut"),
        field("amount", &Cut::amount, "integer cents per year"), field("from_year", &Cut::from_year));
};

template <>
struct Describe<WhatIfResult> {
    static constexpr std::string_view name = "WhatIfResult", doc = "A budget after cuts, with its findings.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("budget", &WhatIfResult::budget),
                                                   field("findings", &WhatIfResult::findings));
};

}  // namespace cmkit
