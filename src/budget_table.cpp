#include "cmkit/budget_table.hpp"

#include <algorithm>

#include "cmkit/error.hpp"
#include "csv.hpp"

namespace cmkit {
namespace {

std::string side_name(Side s) { return s == Side::Income ? "income" : "cost"; }
std::string plain(Money m) { return m.format({NumberStyle::Dutch, false, Cents::Auto}); }

/// 134812.00 (hledger amount, point decimal, no grouping)
std::string ledger_amount(Money m) {
    std::int64_t c = m.cents();
    bool neg = c < 0;
    std::uint64_t mag = neg ? static_cast<std::uint64_t>(-(c + 1)) + 1 : static_cast<std::uint64_t>(c);
    std::string cents = std::to_string(mag % 100);
    if (cents.size() < 2) cents = "0" + cents;
    return std::string(neg ? "-" : "") + std::to_string(mag / 100) + "." + cents + " EUR";
}

/// An account name component: lower case, no spaces, colons or semicolons.
std::string account_part(std::string s) {
    for (auto& ch : s) {
        if (ch == ' ' || ch == ':' || ch == ';' || ch == '\t') ch = '-';
        else if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return s;
}

std::string description(std::string s) {
    for (auto& ch : s)
        if (ch == ';' || ch == '\n' || ch == '\r' || ch == '|') ch = ',';
    return s;
}

const char* sector_source(Sector s) {
    switch (s) {
        case Sector::PO: return "schools-po";
        case Sector::SBO: return "schools-sbo";
        case Sector::SO: return "schools-so";
        case Sector::VO: return "schools-vo";
    }
    return "schools";
}

}  // namespace

std::string default_source(const std::string& category) {
    if (category == "fcp_grant") return "fcp";
    if (category == "municipal_matching") return "municipalities";
    if (category == "school_contribution_po") return "schools-po";
    if (category == "school_contribution_vo") return "schools-vo";
    if (category == "other") return "other";
    return "";
}

/// An hourly rate below zero would value the schools' hours negatively on both sides. The valued hours
/// (hours x rate, on both sides) and the budget's own amounts must also add up within 64-bit cents, so
/// that no product or total formed from them overflows: an absurd rate is named here, with the hours it
/// multiplies, instead of surfacing as a bare overflow in some sum.
static void check_in_kind(const Budget& budget, const std::optional<InKindRates>& in_kind) {
    if (!in_kind) return;
    for (const auto& [sector, rate] : *in_kind)
        if (rate.is_negative())
            throw InvalidArgument("in-kind rate " + std::string(enum_text(sector)) + "=" +
                                  rate.format({NumberStyle::Dutch, false, Cents::Auto}) +
                                  ": expected an hourly rate of zero or more, e.g. " + std::string(enum_text(sector)) + "=45");
    using u128 = unsigned __int128;
    auto mag = [](std::int64_t v) { return v < 0 ? static_cast<u128>(-static_cast<__int128>(v)) : static_cast<u128>(v); };
    u128 sum = 0;
    for (Side side : {Side::Income, Side::Cost})
        for (const auto& l : budget.lines(side))
            for (const auto& [year, m] : l.amounts) sum += mag(m.cents());
    constexpr u128 kMax = static_cast<u128>(INT64_MAX);
    for (const auto& h : budget.school_hours) {
        auto rate = in_kind->find(h.sector);
        if (rate == in_kind->end()) continue;
        for (const auto& [year, hours] : h.hours) {
            // |hours| < 2^63 and rate < 2^63 cents: the product fits in 126 bits, twice (both sides) in 127.
            sum += 2 * mag(hours) * mag(rate->second.cents());
            if (sum > kMax)
                throw InvalidArgument("in-kind rate " + std::string(enum_text(h.sector)) + "=" +
                                      rate->second.format({NumberStyle::Dutch, false, Cents::Auto}) + " for " +
                                      std::to_string(hours) + " hours of '" + h.id + "' in " + std::to_string(year) +
                                      ": the valued hours and the budget's amounts add up to more than 64-bit euro cents "
                                      "can hold; expected an hourly rate such as " + std::string(enum_text(h.sector)) + "=45");
        }
    }
}

std::vector<BudgetRow> budget_rows(const Budget& budget, const std::optional<InKindRates>& in_kind) {
    check_in_kind(budget, in_kind);
    std::vector<BudgetRow> out;
    for (int year : budget.years()) {
        for (Side side : {Side::Income, Side::Cost})
            for (const auto& l : budget.lines(side)) {
                auto it = l.amounts.find(year);
                if (it == l.amounts.end()) continue;
                BudgetRow r;
                r.year = year;
                r.version = budget.version;
                r.side = side;
                r.category = l.category;
                if (side == Side::Income) {
                    std::string s = l.source.value_or(default_source(l.category));
                    if (!s.empty()) r.source = s;
                }
                r.municipality = l.municipality;
                r.amount = it->second;
                out.push_back(std::move(r));
            }
        if (in_kind)
            for (Side side : {Side::Income, Side::Cost})
                for (const auto& h : budget.school_hours) {
                    auto rate = in_kind->find(h.sector);
                    auto hrs = h.hours.find(year);
                    if (rate == in_kind->end() || hrs == h.hours.end()) continue;
                    BudgetRow r;
                    r.year = year;
                    r.version = budget.version;
                    r.side = side;
                    r.category = "in_kind_hours";
                    r.source = sector_source(h.sector);
                    r.amount = rate->second * hrs->second;
                    r.derived = true;
                    out.push_back(std::move(r));
                }
    }
    return out;
}

std::string budget_rows_csv(const std::vector<BudgetRow>& rows) {
    std::string out =
        csv::line({"year", "version", "side", "category", "source", "municipality", "derived", "amount_cents", "amount"});
    for (const auto& r : rows)
        out += csv::line({std::to_string(r.year), csv::text(r.version), side_name(r.side), csv::text(r.category),
                          csv::text(r.source.value_or("")), csv::text(r.municipality.value_or("")), r.derived ? "true" : "false",
                          std::to_string(r.amount.cents()), plain(r.amount)});
    return out;
}

std::string matching_csv(const MatchingSplit& split) {
    std::string out = csv::line({"year", "municipality", "basis", "derived", "amount_cents", "amount"});
    for (const auto& r : split.rows) {
        out += csv::line({std::to_string(r.year), csv::text(r.municipality.value_or("")), std::string(enum_text(r.basis)),
                          r.basis == MatchingBasis::Inhabitants ? "true" : "false", std::to_string(r.amount.cents()),
                          plain(r.amount)});
    }
    return out;
}

std::string budget_hledger(const Budget& budget, const std::string& plan_id, const std::optional<InKindRates>& in_kind) {
    check_in_kind(budget, in_kind);
    std::string out = "; cmkit budget export: plan " + description(plan_id) + ", version " + description(budget.version) +
                      "\n; income is booked negative (hledger's sign convention); each transaction balances against assets:cmk\n\n"
                      "commodity 1000.00 EUR\n\n";
    auto txn = [&](int year, const std::string& desc, const std::string& account, Money amount, const std::string& tags) {
        out += std::to_string(year) + "-01-01 " + description(desc) + "  ; version:" + account_part(budget.version) + tags + "\n";
        out += "    " + account + "  " + ledger_amount(amount) + "\n";
        out += "    assets:cmk\n\n";
    };
    for (int year : budget.years()) {
        for (Side side : {Side::Income, Side::Cost})
            for (const auto& l : budget.lines(side)) {
                auto it = l.amounts.find(year);
                if (it == l.amounts.end()) continue;
                std::string account = side == Side::Income ? "income:" + account_part(l.category) : "expenses:" + account_part(l.category);
                if (side == Side::Cost && l.programme_line) account += ":" + account_part(*l.programme_line);
                if (l.municipality) account += ":" + account_part(*l.municipality);
                txn(year, l.label.nl.empty() ? l.id : l.label.nl, account, side == Side::Income ? -it->second : it->second,
                    ", line:" + account_part(l.id));
            }
        if (in_kind)
            for (const auto& h : budget.school_hours) {
                auto rate = in_kind->find(h.sector);
                auto hrs = h.hours.find(year);
                if (rate == in_kind->end() || hrs == h.hours.end()) continue;
                Money v = rate->second * hrs->second;
                std::string who = sector_source(h.sector);
                txn(year, "Inzet in natura " + who, "income:in_kind_hours:" + who, -v, ", hours:" + std::to_string(hrs->second));
                txn(year, "Inzet in natura " + who, "expenses:in_kind_hours:" + who, v, ", hours:" + std::to_string(hrs->second));
            }
    }
    return out;
}

}  // namespace cmkit
