#include "cmkit/whatif.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "cmkit/error.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/plan.hpp"

namespace cmkit {
namespace {

__extension__ typedef __int128 i128;

std::string lower(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::string en(Money m) { return m.format({NumberStyle::English, true, Cents::Auto}); }

/// Takes up to @p amount from the lines' amounts in @p year, in proportion to those amounts
/// (largest remainder, exact); returns what was taken (less than @p amount when the lines hold less).
Money reduce_lines(const std::vector<BudgetLine*>& lines, int year, Money amount) {
    std::vector<std::int64_t> weights;
    Money available;
    for (auto* l : lines) {
        auto it = l->amounts.find(year);
        std::int64_t w = it == l->amounts.end() ? 0 : std::max<std::int64_t>(it->second.cents(), 0);
        weights.push_back(w);
        available += Money::from_cents(w);
    }
    Money take = std::min(amount, available);
    if (take.is_zero() || take.is_negative()) return Money();
    auto parts = take.allocate(weights);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!parts[i].is_zero()) lines[i]->amounts[year] -= parts[i];
    return take;
}

Money sum_year(const std::vector<BudgetLine*>& lines, int year) {
    Money t;
    for (auto* l : lines)
        if (auto it = l->amounts.find(year); it != l->amounts.end()) t += it->second;
    return t;
}

}  // namespace

std::string Cut::to_string() const {
    std::string how;
    if (fraction) {
        // fraction × 100 as a decimal with as many places as needed (up to 6)
        how = "-" + fraction->percent_text(6, Lang::nl);
        if (how.find(',') != std::string::npos) {
            while (how.back() == '0') how.pop_back();
            if (how.back() == ',') how.pop_back();
        }
        how += "%";
    } else if (amount) {
        how = "-" + amount->format({NumberStyle::Dutch, false, Cents::Auto});
    }
    return municipality + ":" + how + ":" + std::to_string(from_year);
}

Cut parse_cut(std::string_view spec) {
    const std::string s(spec);
    const std::string expected = "MUNICIPALITY:-AMOUNT[%]:FROM_YEAR, e.g. Aalsmeer:-50%:2026 or Uithoorn:-10.000:2027";
    auto first = s.find(':');
    auto last = s.rfind(':');
    if (first == std::string::npos || first == last)
        throw FormatError("", "what-if", "'" + s + "'", expected);
    Cut c;
    c.municipality = s.substr(0, first);
    std::string how = s.substr(first + 1, last - first - 1), year = s.substr(last + 1);
    if (c.municipality.empty()) throw FormatError("", "what-if municipality", "'" + s + "'", "a municipality before the first ':'");
    if (year.size() != 4 || !std::all_of(year.begin(), year.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        throw FormatError("", "what-if year", "'" + year + "'", "a four-digit year such as 2026");
    c.from_year = std::stoi(year);
    if (!how.empty() && (how.front() == '-' || how.front() == '+')) {
        if (how.front() == '+') throw FormatError("", "what-if amount", "'" + how + "'", "a lower contribution (a cut), written -50% or -10.000");
        how.erase(0, 1);
    }
    if (!how.empty() && how.back() == '%') {
        std::string num = how.substr(0, how.size() - 1);
        std::int64_t digits = 0, scale = 1;
        bool seen_sep = false, any = false;
        for (char ch : num) {
            if ((ch == ',' || ch == '.') && !seen_sep) {
                seen_sep = true;
                continue;
            }
            if (ch < '0' || ch > '9' || digits > 100000000)
                throw FormatError("", "what-if percentage", "'" + how + "'", "a percentage such as 50% or 12,5%");
            // Six decimals at most (what Cut::to_string writes): more would overflow the scale, and a
            // millionth of a percent of a municipal contribution is below a cent anyway.
            if (seen_sep && scale == 1000000)
                throw FormatError("", "what-if percentage", "'" + how + "'",
                                  "a percentage with at most six decimals, such as 12,5%");
            digits = digits * 10 + (ch - '0');
            any = true;
            if (seen_sep) scale *= 10;
        }
        if (!any) throw FormatError("", "what-if percentage", "'" + how + "'", "a percentage such as 50% or 12,5%");
        Ratio r{digits, 100 * scale};
        if (digits == 0 || static_cast<i128>(digits) > static_cast<i128>(100) * scale)
            throw FormatError("", "what-if percentage", "'" + how + "'", "a percentage above 0% and at most 100%");
        c.fraction = r;
    } else {
        Money m;
        try {
            m = Money::parse(how);
        } catch (const FormatError&) {
            throw FormatError("", "what-if amount", "'" + how + "'", "an amount in Dutch notation such as 10.000 or a percentage such as 50%");
        } catch (const OverflowError&) {
            throw FormatError("", "what-if amount", "'" + how + "'",
                              "an amount that fits in 64-bit euro cents (at most " + Money::from_cents(INT64_MAX).format() + ")");
        }
        if (m.is_zero() || m.is_negative())
            throw FormatError("", "what-if amount", "'" + how + "'", "an amount above zero");
        c.amount = m;
    }
    return c;
}

WhatIfResult what_if(const Plan& plan, const Budget& budget, const std::vector<Cut>& cuts, CutPolicy policy,
                     const ValidationOptions& options) {
    // Resolve municipalities by id or name.
    std::vector<std::string> ids;
    for (const auto& c : cuts) {
        const Municipality* found = nullptr;
        std::string known;
        for (const auto& m : plan.municipalities) {
            if (lower(m.id) == lower(c.municipality) || lower(m.name) == lower(c.municipality)) found = &m;
            known += (known.empty() ? "" : ", ") + m.name;
        }
        if (!found) throw NotFoundError("municipality of the plan", c.municipality, known);
        const int first = plan.period.start().year(), last = plan.period.end().year();
        if (c.from_year < first || c.from_year > last)
            throw FormatError("", "what-if '" + c.to_string() + "'", "the year " + std::to_string(c.from_year),
                              "a year of the plan period, " + std::to_string(first) + " to " + std::to_string(last) +
                                  " (the cut applies from that year to the end of the plan)");
        ids.push_back(found->id);
    }
    const MatchingSplit split = matching_split(plan, budget);
    if (split.basis == MatchingBasis::Unsplit && !cuts.empty())
        throw InvalidArgument("cannot cut one municipality's contribution: the matching is not divided over the municipalities (" +
                              (split.reason ? split.reason->en : std::string("no reason given")) + ")");
    Ratio ratio{1, 1};
    try {
        ratio = rule_set(options.rules.value_or(plan.edition)).matching_ratio;
    } catch (const NotFoundError&) {
        // unknown edition: 1:1, and validation below reports UNKNOWN_EDITION
    }

    WhatIfResult res;
    Budget& b = res.budget;
    b = budget;
    b.version = "what-if";
    b.revision_date.reset();
    std::string desc;
    for (const auto& c : cuts) desc += (desc.empty() ? "" : " ") + c.to_string();
    b.description = desc + " (" + std::string(policy == CutPolicy::ProRata ? "pro-rata" : "protect-activities") + ")";
    b.stated_income = {};
    b.stated_costs = {};
    b.stated_result = {};
    for (auto* side : {&b.income, &b.costs})
        for (auto& l : *side) l.stated_total.reset();
    // A matching the plan does not divide, split by cmkit by inhabitants: the cut lowers one municipality's part,
    // so the division before the cut is kept as (derived) shares; otherwise a split of the lowered total by
    // inhabitants would spread one municipality's cut over all of them.
    if (split.basis == MatchingBasis::Inhabitants && b.matching_shares.empty() && !cuts.empty()) {
        for (const auto& m : plan.municipalities) {
            MatchingShare s;
            s.municipality = m.id;
            s.derived = "inhabitants";
            for (const auto& r : split.rows)
                if (r.municipality == m.id) s.amounts[r.year] = r.amount;
            if (!s.amounts.empty()) b.matching_shares.push_back(std::move(s));
        }
    }

    std::vector<BudgetLine*> grant_lines, cost_other, cost_activities, cost_all;
    std::map<std::string, std::vector<BudgetLine*>> matching_by_muni;
    std::vector<BudgetLine*> matching_unsplit;
    for (auto& l : b.income) {
        if (l.category == "fcp_grant") grant_lines.push_back(&l);
        if (l.category == "municipal_matching") (l.municipality ? matching_by_muni[*l.municipality] : matching_unsplit).push_back(&l);
    }
    for (auto& l : b.costs) {
        cost_all.push_back(&l);
        (l.category == "activities" ? cost_activities : cost_other).push_back(&l);
    }

    for (int year : budget.years()) {
        std::map<std::string, Money> shares;
        for (const auto& r : split.rows)
            if (r.year == year && r.municipality) shares[*r.municipality] += r.amount;
        Money reduction;
        std::map<std::string, Money> reduced;
        bool in_force = false;
        for (std::size_t i = 0; i < cuts.size(); ++i) {
            if (year < cuts[i].from_year) continue;
            in_force = true;
            Money& share = shares[ids[i]];
            Money r = cuts[i].fraction ? share.mul_ratio(cuts[i].fraction->numerator, cuts[i].fraction->denominator, Rounding::HalfUp)
                                       : std::min(*cuts[i].amount, share);
            if (r.is_negative()) r = Money();
            share -= r;
            reduced[ids[i]] += r;
            reduction += r;
        }
        if (!in_force) continue;  // the grant follows in every year a cut is in force, even a cut of nothing
        // Lower the matching lines and the agreed shares.
        Money taken;
        for (const auto& [muni, r] : reduced) {
            if (r.is_zero()) continue;
            if (auto it = matching_by_muni.find(muni); it != matching_by_muni.end()) taken += reduce_lines(it->second, year, r);
            else taken += reduce_lines(matching_unsplit, year, r);
            for (auto& s : b.matching_shares)
                if (s.municipality == muni)
                    if (auto a = s.amounts.find(year); a != s.amounts.end()) a->second -= std::min(r, a->second);
        }
        // The grant follows: never above matching ÷ ratio.
        Money matching = matching_in_year(b, year);
        Money grant = sum_year(grant_lines, year);
        Money max_grant = matching.mul_ratio(ratio.denominator, ratio.numerator, Rounding::Floor);
        Money grant_cut;
        if (grant > max_grant) grant_cut = reduce_lines(grant_lines, year, grant - max_grant);
        Money lost = taken + grant_cut;
        // Costs shrink by the lost income.
        Money cut_other, cut_activities;
        if (policy == CutPolicy::ProRata) {
            Money before_act = sum_year(cost_activities, year);
            Money total_cut = reduce_lines(cost_all, year, lost);
            cut_activities = before_act - sum_year(cost_activities, year);
            cut_other = total_cut - cut_activities;
        } else {
            cut_other = reduce_lines(cost_other, year, lost);
            cut_activities = reduce_lines(cost_activities, year, lost - cut_other);
        }
        Money uncovered = lost - cut_other - cut_activities;
        const std::string ys = std::to_string(year);
        res.findings.push_back(Finding{
            "WHAT_IF_APPLIED", Severity::Info, "/budget",
            "Wat-als " + ys + ": matching " + taken.to_string() + " lager, FCP-subsidie " + grant_cut.to_string() +
                " lager; lasten " + (cut_other + cut_activities).to_string() + " lager (waarvan activiteiten " + cut_activities.to_string() + ").",
            "What-if " + ys + ": matching " + en(taken) + " lower, FCP grant " + en(grant_cut) + " lower; costs " +
                en(cut_other + cut_activities) + " lower (of which activities " + en(cut_activities) + ").",
            {figure_count("year", year), figure_amount("matching_cut", taken), figure_amount("grant_cut", grant_cut),
             figure_amount("costs_cut", cut_other + cut_activities), figure_amount("activities_cut", cut_activities)},
            {}});
        if (policy == CutPolicy::ProtectActivities && !cut_activities.is_zero())
            res.findings.push_back(Finding{
                "WHAT_IF_ACTIVITIES_CUT", Severity::Warning, "/budget",
                "Wat-als " + ys + ": de activiteitenkosten zijn niet te ontzien; " + cut_activities.to_string() +
                    " moet van de activiteiten af, omdat de overige lasten maar " + cut_other.to_string() + " konden dalen.",
                "What-if " + ys + ": activity costs cannot be protected; " + en(cut_activities) +
                    " must come off activities because the other costs could only fall by " + en(cut_other) + ".",
                {figure_count("year", year), figure_amount("activities_cut", cut_activities), figure_amount("other_cut", cut_other)},
                {}});
        if (!uncovered.is_zero())
            res.findings.push_back(Finding{
                "WHAT_IF_COSTS_EXHAUSTED", Severity::Warning, "/budget",
                "Wat-als " + ys + ": de lasten konden maar " + (cut_other + cut_activities).to_string() + " dalen; " +
                    uncovered.to_string() + " inkomstenverlies blijft ongedekt.",
                "What-if " + ys + ": costs could only fall by " + en(cut_other + cut_activities) + "; " + en(uncovered) +
                    " of lost income stays uncovered.",
                {figure_count("year", year), figure_amount("uncovered", uncovered)}, {}});
    }

    Plan copy = plan;
    copy.budget = b;
    copy.budget_revisions.clear();
    auto f = validate(copy, options);
    res.findings.insert(res.findings.end(), f.begin(), f.end());
    res.findings = sorted_findings(std::move(res.findings));
    return res;
}

}  // namespace cmkit
