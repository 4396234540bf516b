#include "cmkit/agenda.hpp"

#include <algorithm>
#include <tuple>

#include "cmkit/error.hpp"
#include "cmkit/version.hpp"

namespace cmkit {
namespace {

const char* const kMonthNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                "juli",    "augustus", "september", "oktober", "november", "december"};
const char* const kMonthEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                "July",    "August",   "September", "October", "November", "December"};

std::string s(std::int64_t n) { return std::to_string(n); }

std::string scope_nl(MonitoringScope scope) {
    switch (scope) {
        case MonitoringScope::Region: return "de hele regio";
        case MonitoringScope::School: return "per school";
        case MonitoringScope::SchoolAndPartner: return "per school en per culturele partner";
        case MonitoringScope::Activity: return "per activiteit";
    }
    return "";
}

std::string scope_en(MonitoringScope scope) {
    switch (scope) {
        case MonitoringScope::Region: return "the whole region";
        case MonitoringScope::School: return "per school";
        case MonitoringScope::SchoolAndPartner: return "per school and per cultural partner";
        case MonitoringScope::Activity: return "per activity";
    }
    return "";
}

/// "2026 en 2028" / "2026 and 2028"; "elk jaar van het plan" when every year.
std::string years_text(const std::vector<std::int64_t>& years, Lang lang) {
    if (years.empty()) return lang == Lang::nl ? "elk jaar van het plan" : "every year of the plan";
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (i > 0) out += i + 1 == years.size() ? (lang == Lang::nl ? " en " : " and ") : ", ";
        out += s(years[i]);
    }
    return "in " + out;
}

std::string times_text(std::int64_t n, Lang lang) {
    if (lang == Lang::nl) return n == 1 ? "één keer per jaar" : s(n) + " keer per jaar";
    return n == 1 ? "once a year" : n == 2 ? "twice a year" : s(n) + " times a year";
}

void check_months(const std::vector<std::int64_t>& months, std::int64_t n, const std::string& what) {
    bool ok = static_cast<std::int64_t>(months.size()) == n;
    for (std::size_t i = 0; ok && i < months.size(); ++i)
        ok = months[i] >= 1 && months[i] <= 12 && (i == 0 || months[i - 1] < months[i]);
    if (!ok)
        throw InvalidArgument("agenda: " + what + " needs " + s(n) +
                              " strictly ascending months 1..12 (one per time a year), got " + s(months.size()) +
                              " month(s) that do not fit");
}

/// The slot months of @p a and whether they came from a per-activity override.
std::pair<std::vector<std::int64_t>, bool> slot_months(const MonitoringActivity& a, std::int64_t n,
                                                       const AgendaOptions& o) {
    for (const auto& over : o.activity_slots)
        if (over.activity == a.id) {
            check_months(over.months, n, "activity_slots for '" + a.id + "' (held " + s(n) + "x a year)");
            return {over.months, true};
        }
    for (const auto& rule : o.slot_rules)
        if (rule.times_per_year == n) {
            check_months(rule.months, n, "the slot rule for " + s(n) + "x a year");
            return {rule.months, false};
        }
    if (n < 1 || n > 12)
        throw InvalidArgument("agenda: monitoring activity '" + a.id + "' is held " + s(n) +
                              " times a year; slots are months, so 1..12 times a year can be scheduled");
    std::vector<std::int64_t> months;  // the year cut into n equal parts: the first month of each part
    for (std::int64_t k = 0; k < n; ++k) months.push_back(1 + (12 * k) / n);
    return {months, false};
}

Date slot_date(int year, std::int64_t month, const AgendaOptions& o) {
    Date d(year, static_cast<int>(month), static_cast<int>(o.slot_day));
    if (o.weekdays_only) {
        int wd = d.iso_weekday();
        if (wd == 6) d = d.add_days(2);
        else if (wd == 7) d = d.add_days(1);
    }
    return d;
}

std::string month_day_nl(std::int64_t month, const AgendaOptions& o) {
    std::string t = "dag " + s(o.slot_day) + " van " + kMonthNl[month - 1];
    if (o.weekdays_only) t += ", naar de maandag erna verschoven als die dag in het weekend valt";
    return t;
}

std::string month_day_en(std::int64_t month, const AgendaOptions& o) {
    std::string t = "day " + s(o.slot_day) + " of " + kMonthEn[month - 1];
    if (o.weekdays_only) t += ", moved to the following Monday when that day falls on a weekend";
    return t;
}


/// Who carries the activity out and the plan's own description, appended to both languages.
void add_plan_details(AgendaEvent& e, const MonitoringActivity& a) {
    if (a.performed_by) {
        e.description_nl += " Uitvoering: " + *a.performed_by + ".";
        e.description_en += " Carried out by: " + *a.performed_by + ".";
    }
    if (!a.description_nl.empty()) {
        e.description_nl += "\n\nUit het plan: " + a.description_nl;
        e.description_en += "\n\nFrom the plan (Dutch): " + a.description_nl;
    }
}

AgendaEvent monitoring_slot(const MonitoringActivity& a, int year, std::int64_t seq, std::int64_t n,
                            std::int64_t month, bool overridden, const AgendaOptions& o) {
    AgendaEvent e;
    e.id = "monitoring." + a.id + "." + s(year) + "." + s(seq);
    e.source = a.id;
    e.kind = "monitoring";
    e.label = a.label;
    e.start = e.end = slot_date(year, month, o);
    e.scope = a.scope;
    e.sequence = seq;
    e.per_year = n;
    e.slot = true;
    std::string rule_nl = overridden ? "de maanden die voor deze activiteit zijn opgegeven (activity_slots)"
                                   : "de planningsregel van cmkit voor " + times_text(n, Lang::nl);
    std::string rule_en = overridden ? "the months given for this activity (activity_slots)"
                                   : "cmkit's scheduling rule for " + times_text(n, Lang::en);
    e.description_nl = "Gepland slot, geen vaste datum. Het plan noemt geen datum voor deze activiteit, alleen het "
                       "ritme: " + times_text(n, Lang::nl) + ", " + years_text(a.years, Lang::nl) + " (dit is keer " +
                       s(seq) + " van " + s(n) + " in " + s(year) + "; niveau: " + scope_nl(a.scope) +
                       "). De datum is een slot volgens " + rule_nl + ": " + month_day_nl(month, o) +
                       ". Vervang het slot door de echte datum zodra die bekend is.";
    e.description_en = "Planned slot, not a fixed date. The plan gives no date for this activity, only its rhythm: " +
                       times_text(n, Lang::en) + ", " + years_text(a.years, Lang::en) + " (this is " + s(seq) + " of " +
                       s(n) + " in " + s(year) + "; level: " + scope_en(a.scope) + "). The date is a slot by " +
                       rule_en + ": " + month_day_en(month, o) +
                       ". Replace the slot with the real date once it is known.";
    add_plan_details(e, a);
    return e;
}

AgendaEvent continuous_event(const MonitoringActivity& a, int year) {
    AgendaEvent e;
    e.id = "monitoring." + a.id + "." + s(year) + ".1";
    e.source = a.id;
    e.kind = "monitoring";
    e.label = a.label;
    e.start = Date(year, 1, 1);
    e.end = Date(year, 12, 31);
    e.scope = a.scope;
    e.description_nl = "Doorlopend in " + s(year) + ": het plan noemt geen ritme of datum voor deze activiteit " +
                       "(niveau: " + scope_nl(a.scope) + "); de gebeurtenis beslaat daarom het hele jaar.";
    e.description_en = "Ongoing in " + s(year) + ": the plan gives no rhythm or date for this activity (level: " +
                       scope_en(a.scope) + "), so the event spans the whole year.";
    add_plan_details(e, a);
    return e;
}

AgendaEvent planning_event(const PlanningYear& py, const PlanningItem& item) {
    AgendaEvent e;
    int year = static_cast<int>(py.year);
    e.id = "planning." + item.id + "." + s(year);
    e.source = item.id;
    e.kind = "planning";
    e.label = item.label;
    e.scope = MonitoringScope::Region;
    std::string head_nl = "Uit de globale planning van " + s(year) + " (fase " + s(py.phase) +
                          (py.outline_only ? ", op hoofdlijnen" : "") + "). ";
    std::string head_en = "From the plan's global planning for " + s(year) + " (phase " + s(py.phase) +
                          (py.outline_only ? ", in outline" : "") + "). ";
    if (item.period) {
        e.start = item.period->start();
        e.end = item.period->end();
        e.description_nl = head_nl + "Het plan plaatst dit van " + e.start.to_string() + " tot en met " +
                           e.end.to_string() + ".";
        e.description_en = head_en + "The plan places it from " + e.start.to_string() + " to " + e.end.to_string() +
                           " inclusive.";
    } else {
        e.start = Date(year, 1, 1);
        e.end = Date(year, 12, 31);
        e.description_nl = head_nl + "Het plan geeft geen nadere datum; de gebeurtenis beslaat het hele jaar.";
        e.description_en = head_en + "The plan gives no closer date, so the event spans the whole year.";
    }
    return e;
}

// ---- iCalendar ---------------------------------------------------------------------------------

std::string ics_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

/// Appends @p line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, with CRLF.
void put(std::string& out, const std::string& line) {
    std::size_t pos = 0, limit = 75;
    while (line.size() - pos > limit) {
        std::size_t cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line, pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;  // the leading space counts
    }
    out.append(line, pos, std::string::npos);
    out += "\r\n";
}

std::string ics_date(Date d) {
    std::string t = d.to_string();
    return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2);
}

std::string summary(const AgendaEvent& e, Lang lang) {
    std::string text = e.label.in(lang);
    std::string extra;
    if (e.per_year > 1)
        extra = lang == Lang::nl ? s(e.sequence) + " van " + s(e.per_year) : s(e.sequence) + " of " + s(e.per_year);
    if (e.slot) extra += std::string(extra.empty() ? "" : ", ") + (lang == Lang::nl ? "gepland slot" : "planned slot");
    return extra.empty() ? text : text + " (" + extra + ")";
}

}  // namespace

std::vector<SlotRule> default_slot_rules() {
    return {SlotRule{1, {6}, {}}, SlotRule{2, {3, 10}, {}}, SlotRule{3, {2, 6, 10}, {}},
            SlotRule{4, {3, 6, 9, 12}, {}}};
}

std::vector<AgendaEvent> agenda(const Plan& plan, std::optional<int> year, const AgendaOptions& options) {
    int first = plan.period.start().year(), last = plan.period.end().year();
    if (year && (*year < first || *year > last))
        throw InvalidArgument("agenda: " + s(*year) + " is outside the plan period " + plan.period.to_string() +
                              " (years " + s(first) + "-" + s(last) + ")");
    if (options.slot_day < 1 || options.slot_day > 28)
        throw InvalidArgument("agenda: slot_day " + s(options.slot_day) + " is not a day 1..28 (valid in every month)");
    for (const auto& over : options.activity_slots) {
        bool found = false;
        std::string known;
        for (const auto& a : plan.monitoring) {
            found = found || a.id == over.activity;
            if (a.times_per_year) known += (known.empty() ? "" : ", ") + a.id;
        }
        if (!found) throw NotFoundError("monitoring activity (in activity_slots)", over.activity, known);
    }
    auto wanted = [&](int y) { return y >= first && y <= last && (!year || y == *year); };

    std::vector<AgendaEvent> events;
    for (const auto& a : plan.monitoring) {
        for (int y = first; y <= last; ++y) {
            if (!wanted(y) || !a.held_in(y)) continue;
            if (!a.times_per_year) {
                if (options.include_continuous) events.push_back(continuous_event(a, y));
                continue;
            }
            std::int64_t n = *a.times_per_year;
            auto [months, overridden] = slot_months(a, n, options);
            for (std::int64_t k = 0; k < n; ++k) {
                std::int64_t month = months[static_cast<std::size_t>(k)];
                events.push_back(monitoring_slot(a, y, k + 1, n, month, overridden, options));
            }
        }
    }
    if (options.include_planning)
        for (const auto& py : plan.planning)
            if (wanted(static_cast<int>(py.year)))
                for (const auto& item : py.items) events.push_back(planning_event(py, item));

    std::stable_sort(events.begin(), events.end(), [](const AgendaEvent& a, const AgendaEvent& b) {
        return std::tie(a.start, a.kind) < std::tie(b.start, b.kind);
    });
    return events;
}

std::string agenda_to_ics(const std::vector<AgendaEvent>& events, const std::string& plan_id, Lang lang,
                          std::optional<Date> stamp) {
    int first_year = 2000;
    if (!events.empty())
        first_year = std::min_element(events.begin(), events.end(), [](const AgendaEvent& a, const AgendaEvent& b) {
                         return a.start < b.start;
                     })->start.year();
    Date st = stamp ? *stamp : Date(first_year, 1, 1);
    std::string dtstamp = ics_date(st) + "T000000Z";
    std::string out;
    put(out, "BEGIN:VCALENDAR");
    put(out, "VERSION:2.0");
    put(out, std::string("PRODID:-//cmkit//cmkit ") + CMKIT_VERSION_STRING + "//NL");
    put(out, "CALSCALE:GREGORIAN");
    put(out, "METHOD:PUBLISH");
    put(out, "X-WR-CALNAME:" + ics_escape((lang == Lang::nl ? "CmK-agenda " : "CmK agenda ") + plan_id));
    for (const auto& e : events) {
        put(out, "BEGIN:VEVENT");
        put(out, "UID:" + ics_escape(e.id + "@cmkit." + plan_id));
        put(out, "DTSTAMP:" + dtstamp);
        put(out, "DTSTART;VALUE=DATE:" + ics_date(e.start));
        put(out, "DTEND;VALUE=DATE:" + ics_date(e.end.add_days(1)));
        put(out, "SUMMARY:" + ics_escape(summary(e, lang)));
        put(out, "DESCRIPTION:" + ics_escape(lang == Lang::nl ? e.description_nl : e.description_en));
        std::string cats = ics_escape(e.kind) + "," + ics_escape(std::string(enum_to_string(e.scope)));
        if (e.slot) cats += ",slot";
        put(out, "CATEGORIES:" + cats);
        if (e.slot) put(out, "STATUS:TENTATIVE");
        put(out, "TRANSP:TRANSPARENT");
        put(out, "END:VEVENT");
    }
    put(out, "END:VCALENDAR");
    return out;
}

std::vector<Finding> check_agenda_against_targets(const Plan& plan, const std::vector<AgendaEvent>& events,
                                                  std::string_view target_id, std::string_view activity_id) {
    std::vector<Finding> findings;
    auto t = std::find_if(plan.targets.begin(), plan.targets.end(),
                          [&](const ResultTarget& r) { return r.id == target_id; });
    if (t == plan.targets.end()) return findings;
    std::size_t index = static_cast<std::size_t>(t - plan.targets.begin());

    struct Column {
        std::string field;  // JSON pointer below the target
        std::string period;
        std::string nl, en;
        std::int64_t planned, scheduled;
    };
    std::vector<Column> columns;
    for (std::size_t j = 0; j < t->periods.size(); ++j) {
        const auto& tp = t->periods[j];
        const std::string name = tp.name();
        const std::string nl = tp.phase ? "in fase " + s(*tp.phase) + " (" + name + ")" : "in " + name;
        const std::string en = tp.phase ? "in phase " + s(*tp.phase) + " (" + name + ")" : "in " + name;
        columns.push_back({"periods/" + s(static_cast<std::int64_t>(j)) + "/value", name, nl, en, tp.value, 0});
    }
    columns.push_back({"total", "total", "over de hele planperiode", "over the whole plan period", t->total, 0});
    for (const auto& e : events) {
        if (e.kind != "monitoring" || e.source != activity_id) continue;
        for (std::size_t j = 0; j < t->periods.size(); ++j)
            if (t->periods[j].period.contains(e.start)) ++columns[j].scheduled;
        if (plan.period.contains(e.start)) ++columns.back().scheduled;
    }
    for (const auto& c : columns) {
        if (c.planned == c.scheduled) continue;
        Finding f;
        f.code = "AGENDA_TARGET_MISMATCH";
        f.severity = Severity::Warning;
        f.path = "/targets/" + std::to_string(index) + "/" + c.field;
        f.message_nl = "De agenda bevat " + s(c.scheduled) + " keer '" + std::string(activity_id) + "' " + c.nl +
                       ", maar het resultaatdoel '" + t->label.nl + "' noemt er " + s(c.planned) + ".";
        f.message_en = "The agenda holds '" + std::string(activity_id) + "' " + s(c.scheduled) + " time(s) " + c.en +
                       ", but the result target '" + t->label.in(Lang::en) + "' states " + s(c.planned) + ".";
        f.figures = {figure_count("scheduled", c.scheduled), figure_count("planned", c.planned),
                     figure_text("period", c.period), figure_text("activity", std::string(activity_id))};
        findings.push_back(std::move(f));
    }
    return findings;
}

}  // namespace cmkit
