#include "cmkit/budget_rules.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cmkit/error.hpp"
#include "cmkit/vocabulary.hpp"
#include "io/checks.hpp"

namespace cmkit {
namespace {

const Vocabulary& categories(Side side) { return vocabulary(side == Side::Income ? "income-category" : "cost-category"); }

std::string nl(Money m) { return m.to_string(); }
std::string en(Money m) { return m.format({NumberStyle::English, true, Cents::Auto}); }
std::string pct_nl(Ratio r) { return r.percent_text(1, Lang::nl) + "%"; }
std::string pct_en(Ratio r) { return r.percent_text(1, Lang::en) + "%"; }
std::string y(int year) { return std::to_string(year); }

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

bool known_category(Side side, const std::string& c) { return categories(side).find(c) != nullptr; }

Money sum_category(const std::vector<BudgetLine>& lines, const std::string& category, int year) {
    Money t;
    for (const auto& l : lines) {
        if (l.category != category) continue;
        if (auto it = l.amounts.find(year); it != l.amounts.end()) t += it->second;
    }
    return t;
}

/// a × r compared exactly: returns sign of (lhs × den − num × base).
int compare_share(Money lhs, Ratio r, Money base) {
    __extension__ typedef __int128 i128;
    i128 a = static_cast<i128>(lhs.cents()) * r.denominator;
    i128 b = static_cast<i128>(base.cents()) * r.numerator;
    return a < b ? -1 : (a > b ? 1 : 0);
}

class Checker {
public:
    Checker(const Plan& plan, const Budget& budget, std::string path, std::vector<Finding>& out)
        : plan_(plan), b_(budget), path_(std::move(path)), out_(out) {
        for (const auto& yr : plan.period.years()) plan_years_.insert(yr.value());
        for (const auto& m : plan.municipalities) municipalities_.insert(m.id);
        years_ = budget.years();
    }

    void add(std::string code, Severity sev, std::string path, std::string msg_nl, std::string msg_en,
             std::vector<FindingFigure> figures = {}) {
        out_.push_back(Finding{std::move(code), sev, std::move(path), std::move(msg_nl), std::move(msg_en),
                               std::move(figures), {}});
    }

    std::string line_path(Side side, std::size_t i) const {
        return path_ + (side == Side::Income ? "/income/" : "/costs/") + std::to_string(i);
    }

    void lines() {
        for (Side side : {Side::Income, Side::Cost}) {
            const auto& ls = b_.lines(side);
            std::set<std::string> ids;
            for (std::size_t i = 0; i < ls.size(); ++i) {
                const auto& l = ls[i];
                const std::string p = line_path(side, i);
                if (!ids.insert(l.id).second)
                    add("DUPLICATE_LINE_ID", Severity::Error, p + "/id",
                        "Begrotingsregel-id '" + l.id + "' komt meer dan eens voor.",
                        "Budget line id '" + l.id + "' occurs more than once.");
                if (!known_category(side, l.category)) {
                    bool other_side = known_category(side == Side::Income ? Side::Cost : Side::Income, l.category);
                    std::string allowed;  // the side's vocabulary, as UNKNOWN_MUNICIPALITY lists the municipalities
                    for (const auto& c : side == Side::Income ? income_categories() : cost_categories())
                        allowed += (allowed.empty() ? "" : ", ") + c;
                    add("UNKNOWN_CATEGORY", Severity::Error, p + "/category",
                        "Onbekende categorie '" + l.category + "' bij de " + (side == Side::Income ? "baten" : "lasten") +
                            (other_side ? " (dit is een categorie van de " + std::string(side == Side::Income ? "lasten" : "baten") + ")" : "") +
                            "; toegestaan: " + allowed + ".",
                        "Unknown category '" + l.category + "' on the " + (side == Side::Income ? "income" : "cost") + " side" +
                            (other_side ? " (it is a " + std::string(side == Side::Income ? "cost" : "income") + " category)" : "") +
                            "; allowed: " + allowed + ".",
                        {figure_text("category", l.category)});
                }
                if (l.municipality && !municipalities_.count(*l.municipality))
                    add("UNKNOWN_MUNICIPALITY", Severity::Error, p + "/municipality",
                        "Onbekende gemeente '" + *l.municipality + "'; het plan kent: " + known_municipalities() + ".",
                        "Unknown municipality '" + *l.municipality + "'; the plan has: " + known_municipalities() + ".",
                        {figure_text("municipality", *l.municipality)});
                for (const auto& [year, amount] : l.amounts) {
                    const std::string ap = p + "/amounts/" + y(year);
                    if (amount.is_negative())
                        add("NEGATIVE_AMOUNT", Severity::Error, ap,
                            "Negatief bedrag " + nl(amount) + " in " + y(year) + " op regel '" + l.label.nl + "'.",
                            "Negative amount " + en(amount) + " in " + y(year) + " on line '" + l.label.in(Lang::en) + "'.",
                            {figure_amount("amount", amount)});
                    if (!plan_years_.count(year))
                        add("YEAR_OUTSIDE_PERIOD", Severity::Error, ap,
                            "Jaar " + y(year) + " ligt buiten de planperiode " + plan_.period.to_string() + ".",
                            "Year " + y(year) + " lies outside the plan period " + plan_.period.to_string() + ".",
                            {figure_count("year", year)});
                }
                if (l.stated_total && *l.stated_total != l.total())
                    add("TOTAL_MISMATCH", Severity::Error, p + "/stated_total",
                        "Het vermelde totaal " + nl(*l.stated_total) + " van '" + l.label.nl + "' is niet de som van de jaren (" + nl(l.total()) + ").",
                        "The stated total " + en(*l.stated_total) + " of '" + l.label.in(Lang::en) + "' is not the sum of its years (" + en(l.total()) + ").",
                        {figure_amount("stated", *l.stated_total), figure_amount("computed", l.total())});
            }
        }
        for (std::size_t i = 0; i < b_.school_hours.size(); ++i) {
            const auto& h = b_.school_hours[i];
            const std::string p = path_ + "/school_hours/" + std::to_string(i);
            for (const auto& [year, n] : h.hours) {
                if (n < 0)
                    add("NEGATIVE_AMOUNT", Severity::Error, p + "/hours/" + y(year),
                        "Negatief aantal uren (" + std::to_string(n) + ") in " + y(year) + ".",
                        "Negative number of hours (" + std::to_string(n) + ") in " + y(year) + ".", {figure_count("hours", n)});
                if (!plan_years_.count(year))
                    add("YEAR_OUTSIDE_PERIOD", Severity::Error, p + "/hours/" + y(year),
                        "Jaar " + y(year) + " ligt buiten de planperiode " + plan_.period.to_string() + ".",
                        "Year " + y(year) + " lies outside the plan period " + plan_.period.to_string() + ".",
                        {figure_count("year", year)});
            }
            if (h.stated_total && *h.stated_total != h.total())
                add("TOTAL_MISMATCH", Severity::Error, p + "/stated_total",
                    "Het vermelde totaal van " + format_integer(*h.stated_total) + " uur is niet de som van de jaren (" + format_integer(h.total()) + ").",
                    "The stated total of " + format_integer(*h.stated_total, NumberStyle::English) + " hours is not the sum of its years (" +
                        format_integer(h.total(), NumberStyle::English) + ").",
                    {figure_count("stated", *h.stated_total), figure_count("computed", h.total())});
        }
    }

    void balance_and_stated_totals() {
        for (int year : years_) {
            Money in = b_.year_total(Side::Income, year), cost = b_.year_total(Side::Cost, year);
            if (in != cost)
                add("BUDGET_UNBALANCED", Severity::Error, path_,
                    "De begroting " + y(year) + " is niet sluitend: baten " + nl(in) + ", lasten " + nl(cost) + ", verschil " + nl(in - cost) + ".",
                    "The " + y(year) + " budget does not balance: income " + en(in) + ", costs " + en(cost) + ", difference " + en(in - cost) + ".",
                    {figure_count("year", year), figure_amount("income", in), figure_amount("costs", cost), figure_amount("difference", in - cost)});
        }
        stated("stated_income", b_.stated_income, [&](int yr) { return b_.year_total(Side::Income, yr); }, b_.total(Side::Income),
               "De vermelde totale baten", true, "total income");
        stated("stated_costs", b_.stated_costs, [&](int yr) { return b_.year_total(Side::Cost, yr); }, b_.total(Side::Cost),
               "De vermelde totale lasten", true, "total costs");
        stated("stated_result", b_.stated_result, [&](int yr) { return b_.result(yr); }, b_.result(), "Het vermelde resultaat", false, "result");
    }

    template <class F>
    void stated(const char* field, const StatedTotals& st, F computed, Money computed_total, const char* subject_nl,
                bool plural_nl, const char* what_en) {
        // Dutch agreement: "De vermelde totale baten ... wijken af", "Het vermelde resultaat ... wijkt af".
        const std::string verb_nl = plural_nl ? " wijken af" : " wijkt af";
        const std::string p = path_ + "/" + field;
        for (const auto& [year, amount] : st.amounts) {
            Money c = computed(year);
            if (amount != c)
                add("TOTAL_MISMATCH", Severity::Error, p + "/amounts/" + y(year),
                    std::string(subject_nl) + " van " + y(year) + " (" + nl(amount) + ")" + verb_nl + " van de som van de regels (" + nl(c) + ").",
                    "The stated " + std::string(what_en) + " " + y(year) + " (" + en(amount) + ") differs from the sum of the lines (" + en(c) + ").",
                    {figure_count("year", year), figure_amount("stated", amount), figure_amount("computed", c)});
        }
        if (st.total && *st.total != computed_total)
            add("TOTAL_MISMATCH", Severity::Error, p + "/total",
                std::string(subject_nl) + " over de hele periode (" + nl(*st.total) + ")" + verb_nl + " van de som (" + nl(computed_total) + ").",
                "The stated total " + std::string(what_en) + " (" + en(*st.total) + ") differs from the sum (" + en(computed_total) + ").",
                {figure_amount("stated", *st.total), figure_amount("computed", computed_total)});
    }

    void matching(const RuleSet* rules) {
        Ratio ratio = rules ? rules->matching_ratio : Ratio{1, 1};
        Money grant_total, matching_total;
        for (int year : years_) {
            Money grant = sum_category(b_.income, "fcp_grant", year);
            Money match = sum_category(b_.income, "municipal_matching", year);
            grant_total += grant;
            matching_total += match;
            if (compare_share(match, ratio, grant) < 0)
                add("GRANT_ABOVE_MATCHING", Severity::Error, path_ + "/income",
                    "In " + y(year) + " is de FCP-subsidie (" + nl(grant) + ") hoger dan de matching van de gemeenten (" + nl(match) + ").",
                    "In " + y(year) + " the FCP grant (" + en(grant) + ") is above the municipal matching (" + en(match) + ").",
                    {figure_count("year", year), figure_amount("grant", grant), figure_amount("matching", match)});
        }
        if (compare_share(matching_total, ratio, grant_total) < 0)
            add("GRANT_ABOVE_MATCHING", Severity::Error, path_ + "/income",
                "Over de hele periode is de FCP-subsidie (" + nl(grant_total) + ") hoger dan de matching (" + nl(matching_total) + ").",
                "Over the whole period the FCP grant (" + en(grant_total) + ") is above the matching (" + en(matching_total) + ").",
                {figure_amount("grant", grant_total), figure_amount("matching", matching_total)});

        // Agreed municipal shares must add up to the matching.
        if (!b_.matching_shares.empty()) {
            for (std::size_t i = 0; i < b_.matching_shares.size(); ++i) {
                const auto& s = b_.matching_shares[i];
                if (!municipalities_.count(s.municipality))
                    add("UNKNOWN_MUNICIPALITY", Severity::Error, path_ + "/matching_shares/" + std::to_string(i) + "/municipality",
                        "Onbekende gemeente '" + s.municipality + "'; het plan kent: " + known_municipalities() + ".",
                        "Unknown municipality '" + s.municipality + "'; the plan has: " + known_municipalities() + ".",
                        {figure_text("municipality", s.municipality)});
                for (const auto& [year, amount] : s.amounts)
                    if (amount.is_negative())
                        add("NEGATIVE_AMOUNT", Severity::Error,
                            path_ + "/matching_shares/" + std::to_string(i) + "/amounts/" + y(year),
                            "Negatief gemeentelijk aandeel " + nl(amount) + " in " + y(year) + ".",
                            "Negative municipal share " + en(amount) + " in " + y(year) + ".", {figure_amount("amount", amount)});
            }
            std::set<int> share_years(years_.begin(), years_.end());
            for (const auto& s : b_.matching_shares)
                for (const auto& [year, a] : s.amounts) share_years.insert(year);
            for (int year : share_years) {
                Money shares;
                for (const auto& s : b_.matching_shares)
                    if (auto it = s.amounts.find(year); it != s.amounts.end()) shares += it->second;
                Money match = sum_category(b_.income, "municipal_matching", year);
                if (shares != match)
                    add("MATCHING_SHARES_MISMATCH", Severity::Error, path_ + "/matching_shares",
                        "De gemeentelijke aandelen " + y(year) + " tellen op tot " + nl(shares) + ", de matching is " + nl(match) + ".",
                        "The municipal shares for " + y(year) + " add up to " + en(shares) + "; the matching is " + en(match) + ".",
                        {figure_count("year", year), figure_amount("shares", shares), figure_amount("matching", match)});
            }
        }
    }

    void entitlement(const RuleSet& rules) {
        if (!rules.rate_per_inhabitant) {
            add("RATE_UNKNOWN", Severity::Info, path_ + "/income",
                "Het tarief per inwoner van " + rules.id + " is niet bekend; de aanspraak is niet gecontroleerd.",
                "The rate per inhabitant of " + rules.id + " is not known; the entitlement was not checked.");
            return;
        }
        __int128 population_sum = 0;  // a sum of 64-bit counts; checked below before it is used
        std::vector<std::string> unknown;
        for (const auto& m : plan_.municipalities) {
            if (m.inhabitants && m.inhabitants->count > 0) population_sum += m.inhabitants->count;
            else unknown.push_back(m.name);
        }
        if (!unknown.empty() || plan_.municipalities.empty()) {
            std::string names;
            for (const auto& n : unknown) names += (names.empty() ? "" : ", ") + n;
            add("INHABITANTS_UNKNOWN", Severity::Info, "/municipalities",
                "Inwonertal onbekend voor " + (names.empty() ? std::string("alle gemeenten") : names) + "; de aanspraak op subsidie is niet gecontroleerd.",
                "Inhabitants unknown for " + (names.empty() ? std::string("all municipalities") : names) + "; the grant entitlement was not checked.");
            return;
        }
        Money rate = *rules.rate_per_inhabitant;
        Money max_rate = rate;
        for (const auto& v : rules.rate_variants) max_rate = std::max(max_rate, v.rate);
        // Inhabitant counts beyond any country make the entitlement too large for 64-bit cents: say so
        // at the municipalities instead of failing in the multiplication.
        if (population_sum * std::max<__int128>(max_rate.cents(), 1) > static_cast<__int128>(INT64_MAX)) {
            const std::string total = population_sum > static_cast<__int128>(INT64_MAX)
                                          ? std::string("meer dan ") + format_integer(INT64_MAX)
                                          : format_integer(static_cast<std::int64_t>(population_sum));
            const std::string total_en = population_sum > static_cast<__int128>(INT64_MAX)
                                             ? std::string("more than ") + format_integer(INT64_MAX, NumberStyle::English)
                                             : format_integer(static_cast<std::int64_t>(population_sum), NumberStyle::English);
            add("INHABITANTS_OUT_OF_RANGE", Severity::Error, "/municipalities",
                "De gemeenten hebben samen " + total + " inwoners; de aanspraak (" + nl(max_rate) +
                    " per inwoner) past dan niet in een bedrag en is niet gecontroleerd.",
                "The municipalities have " + total_en + " inhabitants together; the entitlement (" + en(max_rate) +
                    " per inhabitant) does not fit in an amount and was not checked.");
            return;
        }
        const std::int64_t population = static_cast<std::int64_t>(population_sum);
        Money entitlement = rate * population;
        Money max_entitlement = max_rate * population;
        std::vector<int> mismatch_years;
        for (int year : years_) {
            Money grant = sum_category(b_.income, "fcp_grant", year);
            if (grant > max_entitlement)
                add("GRANT_ABOVE_ENTITLEMENT", Severity::Error, path_ + "/income",
                    "In " + y(year) + " is de FCP-subsidie (" + nl(grant) + ") hoger dan de aanspraak: " + nl(max_rate) + " × " +
                        format_integer(population) + " inwoners = " + nl(max_entitlement) + ".",
                    "In " + y(year) + " the FCP grant (" + en(grant) + ") is above the entitlement: " + en(max_rate) + " × " +
                        format_integer(population, NumberStyle::English) + " inhabitants = " + en(max_entitlement) + ".",
                    {figure_count("year", year), figure_amount("grant", grant), figure_amount("rate", max_rate),
                     figure_count("inhabitants", population), figure_amount("entitlement", max_entitlement)});
            else if (!grant.is_zero() && grant != entitlement &&
                     std::none_of(rules.rate_variants.begin(), rules.rate_variants.end(),
                                  [&](const RateVariant& v) { return grant == v.rate * population; }))
                mismatch_years.push_back(year);
        }
        if (!mismatch_years.empty()) {
            // Group the years by grant amount: "€ 134.812 in 2025, 2026; € 121.928,87 in 2027".
            std::vector<std::pair<Money, std::string>> groups;
            for (int yy : mismatch_years) {
                Money g = sum_category(b_.income, "fcp_grant", yy);
                auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& p) { return p.first == g; });
                if (it == groups.end()) groups.push_back({g, y(yy)});
                else it->second += ", " + y(yy);
            }
            std::string grants_nl, grants_en;
            for (const auto& [g, ys] : groups) {
                grants_nl += (grants_nl.empty() ? "" : "; ") + nl(g) + " in " + ys;
                grants_en += (grants_en.empty() ? "" : "; ") + en(g) + " in " + ys;
            }
            Money grant = groups.front().first;
            // implied rate = grant / population (cents per inhabitant, as an exact ratio);
            // implied population = grant / rate (of the first grant amount).
            Ratio implied_rate{grant.cents(), population};
            std::int64_t implied_population = rate.is_zero() ? 0 : grant.cents() / rate.cents();
            Money implied_rate_rounded = Money::from_cents(grant.cents()).mul_ratio(1, population, Rounding::HalfUp);
            std::string of_nl = groups.size() > 1 ? " (bij " + nl(grant) + ")" : "";
            std::string of_en = groups.size() > 1 ? " (for " + en(grant) + ")" : "";
            add("GRANT_RATE_MISMATCH", Severity::Warning, path_ + "/income",
                "De FCP-subsidie (" + grants_nl + ") volgt niet uit " + nl(rate) + " × " + format_integer(population) +
                    " inwoners (= " + nl(entitlement) + "). Dat komt neer op " + nl(implied_rate_rounded) +
                    " per inwoner, of op " + format_integer(implied_population) + " inwoners bij " + nl(rate) + of_nl + ".",
                "The FCP grant (" + grants_en + ") does not follow from " + en(rate) + " × " +
                    format_integer(population, NumberStyle::English) + " inhabitants (= " + en(entitlement) + "). It implies " +
                    en(implied_rate_rounded) + " per inhabitant, or " + format_integer(implied_population, NumberStyle::English) +
                    " inhabitants at " + en(rate) + of_en + ".",
                {figure_amount("grant", grant), figure_amount("rate", rate), figure_count("inhabitants", population),
                 figure_amount("entitlement", entitlement), figure_share("implied_rate_cents_per_inhabitant", implied_rate),
                 figure_count("implied_inhabitants", implied_population)});
        }
    }

    void limits(const std::vector<Limit>& in_force) {
        for (const auto& lim : in_force) {
            bool income_side = lim.kind == LimitKind::MinAmount;
            const auto& ls = income_side ? b_.income : b_.costs;
            auto selected = [&](const BudgetLine& l) {
                if (!contains(lim.categories, l.category)) return false;
                if (lim.tags.empty()) return true;
                return std::any_of(lim.tags.begin(), lim.tags.end(), [&](const std::string& t) { return l.has_tag(t); });
            };
            if (!lim.tags.empty()) {
                // Only lines of the limit's categories can carry the tags that matter.
                bool any_tagged = std::any_of(ls.begin(), ls.end(), [&](const BudgetLine& l) { return selected(l); });
                if (!any_tagged) {
                    std::string tags;
                    for (const auto& t : lim.tags) tags += (tags.empty() ? "" : ", ") + t;
                    add("LIMIT_NOT_EVALUABLE", Severity::Info, path_ + (income_side ? "/income" : "/costs"),
                        "De regel '" + lim.label.nl + "' is niet te toetsen: geen begrotingsregel heeft een van de labels " + tags + ".",
                        "The rule '" + lim.label.in(Lang::en) + "' cannot be checked: no budget line carries one of the tags " + tags + ".",
                        {figure_text("limit", lim.id)});
                    continue;
                }
            }
            for (int year : years_) {
                Money sel;
                std::string first_path;
                for (std::size_t i = 0; i < ls.size(); ++i) {
                    if (!selected(ls[i])) continue;
                    if (auto it = ls[i].amounts.find(year); it != ls[i].amounts.end()) {
                        sel += it->second;
                        if (first_path.empty())
                            first_path = line_path(income_side ? Side::Income : Side::Cost, i) + "/amounts/" + y(year);
                    }
                }
                if (first_path.empty()) first_path = path_ + (income_side ? "/income" : "/costs");
                Money base = lim.base == LimitBase::ActivityCosts ? sum_category(b_.costs, "activities", year)
                                                                   : b_.year_total(Side::Cost, year);
                std::vector<FindingFigure> figs{figure_count("year", year), figure_amount("selected", sel)};
                bool breach = false;
                std::string nl_msg, en_msg;
                if (lim.kind == LimitKind::MinAmount) {
                    Money min = lim.amount.value_or(Money());
                    breach = sel < min;
                    figs.push_back(figure_amount("minimum", min));
                    nl_msg = "In " + y(year) + " is het bedrag (" + nl(sel) + ") lager dan het minimum van " + nl(min) + " (" + lim.label.nl + ").";
                    en_msg = "In " + y(year) + " the amount (" + en(sel) + ") is below the minimum of " + en(min) + " (" + lim.label.in(Lang::en) + ").";
                } else {
                    Ratio share = lim.share.value_or(Ratio{0, 1});
                    Ratio actual{sel.cents(), std::max<std::int64_t>(base.cents(), 1)};
                    figs.push_back(figure_amount("base", base));
                    figs.push_back(figure_share("share", actual));
                    figs.push_back(figure_share("limit", share));
                    int cmp = compare_share(sel, share, base);
                    std::string pn = base.is_zero() ? "-" : pct_nl(actual), pe = base.is_zero() ? "-" : pct_en(actual);
                    if (lim.kind == LimitKind::MaxShare) {
                        breach = cmp > 0;
                        nl_msg = "In " + y(year) + " is " + nl(sel) + " " + pn + " van " + nl(base) + "; dat is meer dan " + pct_nl(share) + " (" + lim.label.nl + ").";
                        en_msg = "In " + y(year) + " " + en(sel) + " is " + pe + " of " + en(base) + ", more than " + pct_en(share) + " (" + lim.label.in(Lang::en) + ").";
                    } else if (lim.kind == LimitKind::MinShare) {
                        breach = cmp < 0;
                        nl_msg = "In " + y(year) + " is " + nl(sel) + " " + pn + " van " + nl(base) + "; dat is minder dan " + pct_nl(share) + " (" + lim.label.nl + ").";
                        en_msg = "In " + y(year) + " " + en(sel) + " is " + pe + " of " + en(base) + ", less than " + pct_en(share) + " (" + lim.label.in(Lang::en) + ").";
                    } else {
                        Money target = base.mul_ratio(share.numerator, share.denominator, Rounding::HalfUp);
                        Money tol = lim.tolerance.value_or(Money::from_cents(100));
                        Money diff = sel - target;
                        breach = (diff.is_negative() ? -diff : diff) > tol;
                        figs.push_back(figure_amount("target", target));
                        nl_msg = "In " + y(year) + " is " + nl(sel) + " " + pn + " van " + nl(base) + " in plaats van precies " + pct_nl(share) + " (" + nl(target) + "; " + lim.label.nl + ").";
                        en_msg = "In " + y(year) + " " + en(sel) + " is " + pe + " of " + en(base) + " instead of exactly " + pct_en(share) + " (" + en(target) + "; " + lim.label.in(Lang::en) + ").";
                    }
                }
                if (breach) add(lim.code, Severity::Error, first_path, nl_msg, en_msg, figs);
            }
        }
    }

private:
    std::string known_municipalities() const {
        std::string s;
        for (const auto& m : municipalities_) s += (s.empty() ? "" : ", ") + m;
        return s.empty() ? "(geen)" : s;
    }

    const Plan& plan_;
    const Budget& b_;
    std::string path_;
    std::vector<Finding>& out_;
    std::set<int> plan_years_;
    std::set<std::string> municipalities_;
    std::vector<int> years_;
};

}  // namespace

const std::vector<std::string>& income_categories() {
    static const std::vector<std::string> v = categories(Side::Income).forms();
    return v;
}

const std::vector<std::string>& cost_categories() {
    static const std::vector<std::string> v = categories(Side::Cost).forms();
    return v;
}

Label category_label(const std::string& category) {
    for (Side side : {Side::Income, Side::Cost})
        if (const Term* t = categories(side).find(category)) return t->label;
    return Label{category, category};
}

std::vector<Limit> limits_in_force(const RuleSet& rules, const RuleOptions& plan_options,
                                   const ValidationOptions& options, std::vector<Finding>& findings) {
    std::map<std::string, bool> enabled;
    for (const auto& l : rules.limits) enabled[l.id] = l.enabled;
    auto apply = [&](const std::vector<std::string>& ids, bool on, const std::string& where) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            auto it = enabled.find(ids[i]);
            if (it == enabled.end()) {
                std::string known;
                for (const auto& l : rules.limits) known += (known.empty() ? "" : ", ") + l.id;
                findings.push_back(Finding{"UNKNOWN_LIMIT", Severity::Error, where.empty() ? "" : where + "/" + std::to_string(i),
                                           "Onbekende regel '" + ids[i] + "' voor " + rules.id + "; bekend: " + known + ".",
                                           "Unknown limit '" + ids[i] + "' for " + rules.id + "; known: " + known + ".",
                                           {figure_text("limit", ids[i])}, {}});
                continue;
            }
            it->second = on;
        }
    };
    apply(plan_options.enable, true, "/rule_options/enable");
    apply(plan_options.disable, false, "/rule_options/disable");
    apply(options.enable, true, "");
    apply(options.disable, false, "");
    std::vector<Limit> out;
    for (const auto& l : rules.limits)
        if (enabled[l.id]) out.push_back(l);
    return out;
}

std::vector<Finding> validate_budget(const Plan& plan, const Budget& budget, const std::string& path,
                                     const RuleSet& rules, const ValidationOptions& options) {
    std::vector<Finding> out;
    Checker c(plan, budget, path, out);
    c.lines();
    c.balance_and_stated_totals();
    c.matching(&rules);
    c.entitlement(rules);
    c.limits(limits_in_force(rules, plan.rule_options, options, out));
    return out;
}

std::vector<Finding> validate(const Plan& plan, const ValidationOptions& options) {
    std::vector<Finding> out;
    std::string edition = options.rules.value_or(plan.edition);
    std::optional<RuleSet> rules;
    try {
        rules = rule_set(edition);
    } catch (const NotFoundError&) {
        std::string known;
        for (const auto& r : rule_sets()) known += (known.empty() ? "" : ", ") + r;
        out.push_back(Finding{"UNKNOWN_EDITION", Severity::Error, options.rules ? "" : "/edition",
                              "Onbekende regeling '" + edition + "'; bekend: " + known + ". Alleen de algemene controles zijn uitgevoerd.",
                              "Unknown regulation edition '" + edition + "'; known: " + known + ". Only the general checks were run.",
                              {figure_text("edition", edition)}, {}});
    }
    auto run = [&](const Budget& b, const std::string& path) {
        if (rules) {
            auto f = validate_budget(plan, b, path, *rules, options);
            out.insert(out.end(), f.begin(), f.end());
        } else {
            Checker c(plan, b, path, out);
            c.lines();
            c.balance_and_stated_totals();
            c.matching(nullptr);
        }
    };
    if (rules && !rules->period.overlaps(plan.period))
        out.push_back(Finding{"RULES_OF_OTHER_PERIOD", Severity::Info, options.rules ? "" : "/edition",
                              "De regels van " + rules->id + " (" + rules->period.to_string() + ") zijn toegepast op een plan voor " +
                                  plan.period.to_string() + ".",
                              "The rules of " + rules->id + " (" + rules->period.to_string() + ") were applied to a plan for " +
                                  plan.period.to_string() + ".",
                              {figure_text("edition", rules->id)}, {}});
    run(plan.budget, "/budget");
    for (std::size_t i = 0; i < plan.budget_revisions.size(); ++i)
        run(plan.budget_revisions[i], "/budget_revisions/" + std::to_string(i));
    for (auto& f : io::control_character_findings(plan)) out.push_back(std::move(f));
    for (auto& f : check_plan_structure(plan)) out.push_back(std::move(f));
    // Plan-level remarks (UNKNOWN_LIMIT, INHABITANTS_UNKNOWN) come once, not once per budget version.
    std::vector<Finding> unique;
    for (auto& f : out)
        if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
    return sorted_findings(std::move(unique));
}

}  // namespace cmkit
