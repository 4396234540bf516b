#include "cmkit/matching.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cmkit/plan.hpp"

namespace cmkit {
namespace {

__extension__ typedef __int128 i128;

std::string y(int year) { return std::to_string(year); }
std::string en(Money m) { return m.format({NumberStyle::English, true, Cents::Auto}); }

}  // namespace

Money MatchingSplit::year_total(int year) const {
    Money t;
    for (const auto& r : rows)
        if (r.year == year) t += r.amount;
    return t;
}

Money MatchingSplit::municipality_total(const std::string& municipality) const {
    Money t;
    for (const auto& r : rows)
        if (r.municipality == municipality) t += r.amount;
    return t;
}

Money MatchingSplit::share(const std::string& municipality, int year) const {
    Money t;
    for (const auto& r : rows)
        if (r.year == year && r.municipality == municipality) t += r.amount;
    return t;
}

Money matching_in_year(const Budget& budget, int year) {
    Money t;
    for (const auto& l : budget.income)
        if (l.category == "municipal_matching")
            if (auto it = l.amounts.find(year); it != l.amounts.end()) t += it->second;
    return t;
}

MatchingSplit matching_split(const Plan& plan, const Budget& budget) {
    MatchingSplit out;
    std::vector<int> years;
    for (int year : budget.years())
        if (std::any_of(budget.income.begin(), budget.income.end(), [&](const BudgetLine& l) {
                return l.category == "municipal_matching" && l.amounts.count(year);
            }))
            years.push_back(year);
    for (const auto& s : budget.matching_shares)
        for (const auto& [year, a] : s.amounts)
            if (std::find(years.begin(), years.end(), year) == years.end()) years.push_back(year);
    std::sort(years.begin(), years.end());

    bool lines_split = false, lines_unsplit = false;
    for (const auto& l : budget.income)
        if (l.category == "municipal_matching") (l.municipality ? lines_split : lines_unsplit) = true;

    // Order municipalities as the plan lists them, unknown ids after.
    auto order = [&](const std::string& id) {
        for (std::size_t i = 0; i < plan.municipalities.size(); ++i)
            if (plan.municipalities[i].id == id) return static_cast<std::ptrdiff_t>(i);
        return static_cast<std::ptrdiff_t>(plan.municipalities.size());
    };

    if (lines_split) {
        // The budget itself splits the matching per municipality: those lines are the agreed amounts.
        out.basis = MatchingBasis::Agreed;
        out.reason = Label{"Matching per gemeente zoals in de begrotingsregels",
                           "Matching per municipality as in the budget lines"};
        for (int year : years) {
            std::map<std::string, Money> per;
            Money rest;
            for (const auto& l : budget.income) {
                if (l.category != "municipal_matching") continue;
                auto it = l.amounts.find(year);
                if (it == l.amounts.end()) continue;
                if (l.municipality) per[*l.municipality] += it->second;
                else rest += it->second;
            }
            std::vector<std::pair<std::string, Money>> v(per.begin(), per.end());
            std::stable_sort(v.begin(), v.end(), [&](auto& a, auto& b) { return order(a.first) < order(b.first); });
            for (auto& [m, a] : v) out.rows.push_back({year, m, MatchingBasis::Agreed, a, {}});
            if (lines_unsplit) out.rows.push_back({year, std::nullopt, MatchingBasis::Unsplit, rest, {}});
        }
        return out;
    }

    if (!budget.matching_shares.empty()) {
        // shares cmkit derived from the inhabitants (kept by a what-if) stay marked as derived
        auto basis_of = [](const MatchingShare& s) { return s.derived ? MatchingBasis::Inhabitants : MatchingBasis::Agreed; };
        const bool all_derived = std::all_of(budget.matching_shares.begin(), budget.matching_shares.end(),
                                             [](const MatchingShare& s) { return s.derived.has_value(); });
        out.basis = all_derived ? MatchingBasis::Inhabitants : MatchingBasis::Agreed;
        out.reason = all_derived ? Label{"Afgeleid: verdeling naar inwonertal door cmkit, daarna de verlaging van de wat-als",
                                         "Derived: split by inhabitants by cmkit, then the what-if's cut"}
                                 : Label{"Afgesproken bedragen per gemeente", "Agreed amounts per municipality"};
        std::vector<const MatchingShare*> shares;
        for (const auto& s : budget.matching_shares) shares.push_back(&s);
        std::stable_sort(shares.begin(), shares.end(),
                         [&](auto* a, auto* b) { return order(a->municipality) < order(b->municipality); });
        for (int year : years)
            for (const auto* s : shares)
                if (auto it = s->amounts.find(year); it != s->amounts.end())
                    out.rows.push_back({year, s->municipality, basis_of(*s), it->second, {}});
        return out;
    }

    std::vector<std::string> unknown;
    for (const auto& m : plan.municipalities)
        if (!m.inhabitants || m.inhabitants->count <= 0) unknown.push_back(m.name);
    if (plan.municipalities.empty() || !unknown.empty()) {
        out.basis = MatchingBasis::Unsplit;
        std::string names;
        for (const auto& n : unknown) names += (names.empty() ? "" : ", ") + n;
        if (plan.municipalities.empty())
            out.reason = Label{"Het plan noemt geen gemeenten", "The plan names no municipalities"};
        else
            out.reason = Label{"Inwonertal onbekend voor " + names + "; geen afgesproken bedragen per gemeente",
                               "Inhabitants unknown for " + names + "; no agreed amounts per municipality"};
        for (int year : years) out.rows.push_back({year, std::nullopt, MatchingBasis::Unsplit, matching_in_year(budget, year), {}});
        return out;
    }

    out.basis = MatchingBasis::Inhabitants;
    std::vector<std::int64_t> weights;
    std::set<std::string> sources, dates;
    for (const auto& m : plan.municipalities) {
        weights.push_back(m.inhabitants->count);
        sources.insert(m.inhabitants->source);
        dates.insert(m.inhabitants->reference_date.to_string());
    }
    auto join = [](const std::set<std::string>& s) {
        std::string r;
        for (const auto& x : s) r += (r.empty() ? "" : "; ") + x;
        return r;
    };
    out.reason = Label{"inwonertal op peildatum " + join(dates) + "; bron: " + join(sources),
                       "inhabitants on reference date " + join(dates) + "; source: " + join(sources)};
    for (int year : years) {
        auto parts = matching_in_year(budget, year).allocate(weights);
        for (std::size_t i = 0; i < parts.size(); ++i)
            out.rows.push_back({year, plan.municipalities[i].id, MatchingBasis::Inhabitants, parts[i], {}});
    }
    return out;
}

std::vector<Finding> spend_follows_matching(const MatchingSplit& split, const std::vector<MunicipalSpend>& spend,
                                            Ratio tolerance) {
    std::vector<Finding> out;
    if (split.basis == MatchingBasis::Unsplit) return out;
    std::set<int> years;
    for (const auto& r : split.rows) years.insert(r.year);
    for (int year : years) {
        Money matching = split.year_total(year);
        Money total;
        std::vector<std::string> munis;
        auto add_muni = [&](const std::string& m) {
            if (std::find(munis.begin(), munis.end(), m) == munis.end()) munis.push_back(m);
        };
        for (const auto& r : split.rows)
            if (r.year == year && r.municipality) add_muni(*r.municipality);
        for (const auto& s : spend)
            if (s.year == year) {
                total += s.amount;
                add_muni(s.municipality);
            }
        if (matching.is_zero() || total.is_zero()) continue;
        for (const auto& m : munis) {
            Money share = split.share(m, year);
            Money realised;
            for (const auto& s : spend)
                if (s.year == year && s.municipality == m) realised += s.amount;
            // |realised/total − share/matching| > tol  ⇔  |realised·M − share·S|·den > num·S·M
            i128 lhs = static_cast<i128>(realised.cents()) * matching.cents() - static_cast<i128>(share.cents()) * total.cents();
            if (lhs < 0) lhs = -lhs;
            i128 rhs = static_cast<i128>(tolerance.numerator) * total.cents() * matching.cents();
            if (lhs * tolerance.denominator <= rhs) continue;
            Money expected = total.mul_ratio(share.cents(), matching.cents(), Rounding::HalfUp);
            Ratio realised_share{realised.cents(), total.cents()}, matching_share{share.cents(), matching.cents()};
            out.push_back(Finding{
                "SPEND_NOT_FOLLOWING_MATCHING", Severity::Warning, "",
                "In " + y(year) + " ging " + realised.to_string() + " (" + realised_share.percent_text(1) + "%) van de gerealiseerde lasten naar " + m +
                    ", terwijl de gemeente " + matching_share.percent_text(1) + "% van de matching inbrengt (verwacht " +
                    expected.to_string() + ", tolerantie " + tolerance.percent_text(1) + " procentpunt).",
                "In " + y(year) + " " + en(realised) + " (" + realised_share.percent_text(1, Lang::en) + "%) of the realised costs went to " + m +
                    ", while the municipality contributes " + matching_share.percent_text(1, Lang::en) + "% of the matching (expected " +
                    en(expected) + ", tolerance " + tolerance.percent_text(1, Lang::en) + " percentage points).",
                {figure_count("year", year), figure_text("municipality", m), figure_amount("realised", realised),
                 figure_amount("expected", expected), figure_share("realised_share", realised_share),
                 figure_share("matching_share", matching_share), figure_share("tolerance", tolerance)},
                {}});
        }
    }
    return out;
}

}  // namespace cmkit
