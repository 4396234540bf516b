#include "cmkit/realisation.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "cmkit/budget_rules.hpp"
#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/plan.hpp"
#include "csv.hpp"
#include "io/json_io.hpp"
#include "text.hpp"

namespace cmkit {

bool Realisation::is_locked(int year) const {
    return std::find(locked_years.begin(), locked_years.end(), year) != locked_years.end();
}

Realisation Realisation::lock(int year) const {
    Realisation r = *this;
    if (!r.is_locked(year)) {
        r.locked_years.push_back(year);
        std::sort(r.locked_years.begin(), r.locked_years.end());
    }
    return r;
}

Realisation Realisation::with_entries(const std::vector<ActualEntry>& added) const {
    for (const auto& e : added)
        if (is_locked(e.year)) throw LockedYearError(e.year);
    Realisation r = *this;
    r.entries.insert(r.entries.end(), added.begin(), added.end());
    return r;
}

Realisation Realisation::replace_years(const Realisation& update) const {
    std::vector<int> ys = update.years();
    for (int year : ys)
        if (is_locked(year)) throw LockedYearError(year);
    Realisation r = *this;
    std::erase_if(r.entries, [&](const ActualEntry& e) { return std::find(ys.begin(), ys.end(), e.year) != ys.end(); });
    r.entries.insert(r.entries.end(), update.entries.begin(), update.entries.end());
    return r;
}

Money Realisation::total(Side side, int year, const std::optional<std::string>& category) const {
    Money t;
    for (const auto& e : entries)
        if (e.side == side && e.year == year && (!category || e.category == *category)) t += e.amount;
    return t;
}

std::vector<int> Realisation::years() const {
    std::set<int> ys;
    for (const auto& e : entries) ys.insert(e.year);
    return {ys.begin(), ys.end()};
}

Realisation realisation_from_csv(std::string_view text, const std::string& source) {
    csv::Table t = csv::parse(text, source);
    static const std::vector<std::string> known = {"year", "side", "category", "municipality", "programme_line",
                                                   "amount", "amount_cents", "note"};
    t.check_header(known, {"year", "side", "category"},
                   "a header with the columns year, side, category and amount (or amount_cents)", source);
    const int c_amount = t.column("amount"), c_cents = t.column("amount_cents");
    if (c_amount < 0 && c_cents < 0)
        throw FormatError(source, "line 1", "a header without 'amount' or 'amount_cents'",
                          "a column amount (Dutch notation) or amount_cents (integer cents)");
    Realisation r;
    io::AmountSum amounts;
    for (const auto& row : t.rows) {
        auto where = [&](const char* col) { return csv::where(row, col); };
        auto get = [&](const char* col) { return t.get(row, col); };
        ActualEntry e;
        std::string year = get("year");
        int yv = 0;
        auto [p, ec] = std::from_chars(year.data(), year.data() + year.size(), yv);
        if (year.empty() || ec != std::errc() || p != year.data() + year.size() || yv < 1400 || yv > 9999)
            throw FormatError(source, where("year"), "'" + year + "'", "a calendar year such as 2025");
        e.year = yv;
        std::string side = get("side");
        if (side == "income" || side == "baten") e.side = Side::Income;
        else if (side == "cost" || side == "lasten") e.side = Side::Cost;
        else throw FormatError(source, where("side"), "'" + side + "'", "income or cost (baten or lasten)");
        e.category = get("category");
        if (e.category.empty()) throw FormatError(source, where("category"), "an empty cell", "a category such as activities");
        if (auto m = get("municipality"); !m.empty()) e.municipality = m;
        if (auto l = get("programme_line"); !l.empty()) e.programme_line = l;
        if (auto n = get("note"); !n.empty()) e.note = n;
        std::optional<Money> from_text, from_cents;
        if (c_amount >= 0 && !get("amount").empty()) {
            try {
                from_text = Money::parse(get("amount"));
            } catch (const FormatError&) {
                throw FormatError(source, where("amount"), "'" + get("amount") + "'",
                                  "an amount in Dutch notation such as 42.100,50 or € 42.100");
            } catch (const OverflowError&) {
                throw FormatError(source, where("amount"), "'" + get("amount") + "'",
                                  "an amount that fits in 64-bit euro cents (at most " +
                                      Money::from_cents(INT64_MAX).format() + ")");
            }
        }
        if (c_cents >= 0 && !get("amount_cents").empty()) {
            std::string s = get("amount_cents");
            std::int64_t v = 0;
            auto [q, ec2] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (ec2 != std::errc() || q != s.data() + s.size())
                throw FormatError(source, where("amount_cents"), "'" + s + "'", "an integer number of cents such as 4210050");
            from_cents = Money::from_cents(v);
        }
        if (!from_text && !from_cents)
            throw FormatError(source, where(c_amount >= 0 ? "amount" : "amount_cents"), "an empty cell", "an amount");
        if (from_text && from_cents && *from_text != *from_cents)
            throw FormatError(source, where("amount"), "'" + get("amount") + "' and " + get("amount_cents") + " cents",
                              "amount and amount_cents that agree");
        e.amount = from_text ? *from_text : *from_cents;
        // The amounts of the file must add up within 64-bit cents (as in a JSON document), so no total overflows.
        const std::string place = where(from_text ? "amount" : "amount_cents");
        io::add_amount(amounts, e.amount, io::Ctx{&source, place});
        r.entries.push_back(std::move(e));
    }
    return r;
}

std::string realisation_to_csv(const Realisation& r) {
    std::string out = csv::line({"year", "side", "category", "municipality", "programme_line", "amount_cents", "amount", "note"});
    for (const auto& e : r.entries)
        out += csv::line({std::to_string(e.year), e.side == Side::Income ? "income" : "cost", csv::text(e.category),
                          csv::text(e.municipality.value_or("")), csv::text(e.programme_line.value_or("")),
                          std::to_string(e.amount.cents()), e.amount.format({NumberStyle::Dutch, false, Cents::Auto}),
                          csv::text(e.note.value_or(""))});
    return out;
}

Realisation load_realisation(const std::string& path) {
    std::string text = io::read_file(path);
    bool is_csv = path.size() >= 4 && (path.substr(path.size() - 4) == ".csv" || path.substr(path.size() - 4) == ".CSV");
    return is_csv ? realisation_from_csv(text, path) : from_json<Realisation>(text, path);
}

namespace {

std::vector<std::string> categories_of(const Budget& b, const Realisation& r, Side side, const std::vector<int>& years) {
    std::vector<std::string> cats;
    auto add = [&](const std::string& c) {
        if (std::find(cats.begin(), cats.end(), c) == cats.end()) cats.push_back(c);
    };
    for (const auto& l : b.lines(side)) add(l.category);
    for (const auto& e : r.entries)
        if (e.side == side && std::find(years.begin(), years.end(), e.year) != years.end()) add(e.category);
    return cats;
}

Money budget_amount(const Budget& b, Side side, const std::string& category, int year) {
    Money t;
    for (const auto& l : b.lines(side))
        if (l.category == category)
            if (auto it = l.amounts.find(year); it != l.amounts.end()) t += it->second;
    return t;
}

}  // namespace

std::vector<BudgetActualRow> budget_vs_actual(const Budget& budget, const Realisation& realisation) {
    std::vector<BudgetActualRow> out;
    std::vector<int> years = realisation.years();
    for (int year : years)
        for (Side side : {Side::Income, Side::Cost})
            for (const auto& cat : categories_of(budget, realisation, side, years)) {
                BudgetActualRow row;
                row.year = year;
                row.side = side;
                row.category = cat;
                row.budget = budget_amount(budget, side, cat, year);
                row.actual = realisation.total(side, year, cat);
                row.difference = row.actual - row.budget;
                if (!row.budget.is_zero()) row.realised = Ratio{row.actual.cents(), row.budget.cents()};
                out.push_back(std::move(row));
            }
    return out;
}

std::vector<PhaseRemainder> remaining_for_phase(const Plan& plan, const Budget& budget, const Realisation& realisation,
                                                std::int64_t phase) {
    const Phase* ph = nullptr;
    std::string known;
    for (const auto& p : plan.phases) {
        if (p.number == phase) ph = &p;
        known += (known.empty() ? "" : ", ") + std::to_string(p.number);
    }
    if (!ph) throw NotFoundError("phase of the plan", std::to_string(phase), known);
    const int first = ph->period.start().year(), last = ph->period.end().year();
    std::vector<int> before, unreported, during;
    const std::vector<int> reported = realisation.years();
    for (const auto& yr : plan.period.years()) {
        const int v = yr.value();
        if (v < first) (std::find(reported.begin(), reported.end(), v) != reported.end() ? before : unreported).push_back(v);
        else if (v <= last) during.push_back(v);
    }
    std::vector<PhaseRemainder> out;
    for (Side side : {Side::Income, Side::Cost})
        for (const auto& cat : categories_of(budget, realisation, side, before)) {
            PhaseRemainder r;
            r.side = side;
            r.category = cat;
            for (int year : before) {
                r.budget_before += budget_amount(budget, side, cat, year);
                r.actual_before += realisation.total(side, year, cat);
            }
            for (int year : unreported) r.budget_unreported += budget_amount(budget, side, cat, year);
            for (int year : during) r.budget_phase += budget_amount(budget, side, cat, year);
            r.carry_over = r.budget_before - r.actual_before;
            r.available = r.budget_phase + r.carry_over;
            out.push_back(std::move(r));
        }
    return out;
}

std::vector<Finding> validate_realisation(const Plan& plan, const Realisation& realisation, Ratio spend_tolerance) {
    std::vector<Finding> out;
    std::set<int> plan_years;
    for (const auto& yr : plan.period.years()) plan_years.insert(yr.value());
    std::set<std::string> munis;
    std::vector<std::string> muni_ids;
    for (const auto& m : plan.municipalities) {
        munis.insert(m.id);
        muni_ids.push_back(m.id);
    }
    const auto& inc = income_categories();
    const auto& cost = cost_categories();
    std::vector<MunicipalSpend> spend;
    for (std::size_t i = 0; i < realisation.entries.size(); ++i) {
        const auto& e = realisation.entries[i];
        const std::string p = "/entries/" + std::to_string(i);
        const auto& cats = e.side == Side::Income ? inc : cost;
        if (std::find(cats.begin(), cats.end(), e.category) == cats.end())
            out.push_back(Finding{"UNKNOWN_CATEGORY", Severity::Error, p + "/category",
                                  "Onbekende categorie '" + e.category + "' bij de " + (e.side == Side::Income ? "baten" : "lasten") +
                                      " in de realisatie; toegestaan: " + text::join_list(cats, Lang::nl) + ".",
                                  "Unknown category '" + e.category + "' on the " + (e.side == Side::Income ? "income" : "cost") +
                                      " side of the actuals; allowed: " + text::join_list(cats, Lang::en) + ".",
                                  {figure_text("category", e.category)}, {}});
        if (e.municipality && !munis.count(*e.municipality))
            out.push_back(Finding{"UNKNOWN_MUNICIPALITY", Severity::Error, p + "/municipality",
                                  "Onbekende gemeente '" + *e.municipality + "' in de realisatie; het plan kent: " +
                                      text::join_list(muni_ids, Lang::nl) + ".",
                                  "Unknown municipality '" + *e.municipality + "' in the actuals; the plan has: " +
                                      text::join_list(muni_ids, Lang::en) + ".",
                                  {figure_text("municipality", *e.municipality)}, {}});
        if (!plan_years.count(e.year))
            out.push_back(Finding{"YEAR_OUTSIDE_PERIOD", Severity::Error, p + "/year",
                                  "Jaar " + std::to_string(e.year) + " ligt buiten de planperiode " + plan.period.to_string() + ".",
                                  "Year " + std::to_string(e.year) + " lies outside the plan period " + plan.period.to_string() + ".",
                                  {figure_count("year", e.year)}, {}});
        if (e.amount.is_negative())
            out.push_back(Finding{"NEGATIVE_AMOUNT", Severity::Warning, p + "/amount",
                                  "Negatief bedrag " + e.amount.to_string() + " in de realisatie (een correctie?).",
                                  "Negative amount " + e.amount.format({NumberStyle::English, true, Cents::Auto}) +
                                      " in the actuals (a correction?).",
                                  {figure_amount("amount", e.amount)}, {}});
        if (e.side == Side::Cost && e.municipality) spend.push_back({e.year, *e.municipality, e.amount});
    }
    for (int year : realisation.years()) {
        Money in = realisation.total(Side::Income, year), c = realisation.total(Side::Cost, year);
        if (in != c)
            out.push_back(Finding{"ACTUALS_UNBALANCED", Severity::Info, "",
                                  "Realisatie " + std::to_string(year) + ": baten " + in.to_string() + ", lasten " + c.to_string() +
                                      ", resultaat " + (in - c).to_string() + ".",
                                  "Actuals " + std::to_string(year) + ": income " + in.format({NumberStyle::English, true, Cents::Auto}) +
                                      ", costs " + c.format({NumberStyle::English, true, Cents::Auto}) + ", result " +
                                      (in - c).format({NumberStyle::English, true, Cents::Auto}) + ".",
                                  {figure_count("year", year), figure_amount("income", in), figure_amount("costs", c),
                                   figure_amount("result", in - c)}, {}});
    }
    if (!spend.empty()) {
        auto f = spend_follows_matching(matching_split(plan, plan.budget), spend, spend_tolerance);
        out.insert(out.end(), f.begin(), f.end());
    }
    return sorted_findings(std::move(out));
}

}  // namespace cmkit
