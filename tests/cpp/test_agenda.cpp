// The plan's monitoring and meeting calendar: scheduling rule, iCalendar export, target check.
#include <catch2/catch.hpp>
#include <cmkit/cmkit.hpp>

#include <algorithm>
#include <set>

using namespace cmkit;

namespace {
const Plan& amstelland() {
    static const Plan p = reference_plan("amstelland-2025-2028");
    return p;
}
std::vector<AgendaEvent> of(const std::vector<AgendaEvent>& events, const std::string& source) {
    std::vector<AgendaEvent> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [&](const AgendaEvent& e) { return e.source == source; });
    return out;
}
std::vector<std::string> codes(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.code);
    return out;
}
/// RFC 5545 unfolding: drop every CRLF followed by a space.
std::string unfold(const std::string& ics) {
    std::string out;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += ics[i];
    }
    return out;
}
Plan with_network_meetings_per_year(std::int64_t n) {
    Plan p = amstelland();
    for (auto& a : p.monitoring)
        if (a.id == "network-meetings") a.times_per_year = n;
    return p;
}
}  // namespace

TEST_CASE("2026 holds the account, network, impact and visibility slots on the default dates", "[agenda]") {
    auto events = agenda(amstelland(), 2026);
    for (const auto& e : events) CHECK(e.year() == 2026);

    auto account = of(events, "account-meetings");
    REQUIRE(account.size() == 2);
    CHECK(account[0].start == Date(2026, 3, 16));  // 15 March 2026 is a Sunday: moved to Monday
    CHECK(account[1].start == Date(2026, 10, 15));
    CHECK(account[0].sequence == 1);
    CHECK(account[1].sequence == 2);
    CHECK(account[1].per_year == 2);
    CHECK(account[0].scope == MonitoringScope::SchoolAndPartner);
    CHECK(account[0].slot);
    CHECK(account[0].end == account[0].start);
    CHECK(account[0].kind == "monitoring");
    CHECK(account[0].id == "monitoring.account-meetings.2026.1");

    auto network = of(events, "network-meetings");
    REQUIRE(network.size() == 2);
    CHECK(network[0].start == Date(2026, 3, 16));
    CHECK(network[1].start == Date(2026, 10, 15));

    REQUIRE(of(events, "impact-research").size() == 1);
    CHECK(of(events, "impact-research")[0].start == Date(2026, 6, 15));
    REQUIRE(of(events, "visibility-event").size() == 1);
    REQUIRE(of(events, "evi-yearly").size() == 1);
    CHECK(of(events, "evi-analysis").empty());  // 2025 and 2027 only
    CHECK(of(events, "lesson-observations").empty());  // continuous: left out by default

    // Every slot says it is one.
    for (const auto& e : events)
        if (e.slot) {
            CHECK(e.description_nl.find("Gepland slot, geen vaste datum") == 0);
            CHECK(e.description_en.find("Planned slot, not a fixed date") == 0);
        }
}

TEST_CASE("The agenda is sorted, stable and covers the plan period", "[agenda]") {
    auto events = agenda(amstelland());
    CHECK(std::is_sorted(events.begin(), events.end(),
                         [](const AgendaEvent& a, const AgendaEvent& b) { return a.start < b.start; }));
    std::set<std::string> ids;
    for (const auto& e : events) ids.insert(e.id);
    CHECK(ids.size() == events.size());
    CHECK(events == agenda(amstelland()));
    CHECK(of(events, "evi-analysis").size() == 2);
    CHECK(of(events, "evi-analysis")[0].start.year() == 2025);
    CHECK(of(events, "evi-analysis")[1].start.year() == 2027);
    CHECK(of(events, "evi-yearly").size() == 4);
    CHECK(of(events, "account-meetings").size() == 8);
}

TEST_CASE("Planning items are not slots: a period is kept, otherwise the whole year", "[agenda]") {
    auto events = agenda(amstelland(), 2025);
    auto prep = of(events, "voorbereiden-verbinding-binnen-buitenschools");
    REQUIRE(prep.size() == 1);
    CHECK(prep[0].kind == "planning");
    CHECK_FALSE(prep[0].slot);
    CHECK(prep[0].start == Date(2025, 1, 1));
    CHECK(prep[0].end == Date(2025, 7, 31));
    auto analysis = of(events, "evi-analyse");
    REQUIRE(analysis.size() == 1);
    CHECK(analysis[0].start == Date(2025, 1, 1));
    CHECK(analysis[0].end == Date(2025, 12, 31));
    CHECK(analysis[0].id == "planning.evi-analyse.2025");

    AgendaOptions o;
    o.include_planning = false;
    for (const auto& e : agenda(amstelland(), 2025, o)) CHECK(e.kind == "monitoring");
}

TEST_CASE("The slot months, day and weekend rule are parameters", "[agenda]") {
    AgendaOptions o;
    o.slot_rules = {SlotRule{2, {4, 11}, {}}, SlotRule{1, {9}, {}}};
    o.slot_day = 1;
    o.weekdays_only = false;
    o.activity_slots = {ActivitySlots{"impact-research", {5}, {}}};
    auto events = agenda(amstelland(), 2026, o);
    auto network = of(events, "network-meetings");
    REQUIRE(network.size() == 2);
    CHECK(network[0].start == Date(2026, 4, 1));
    CHECK(network[1].start == Date(2026, 11, 1));  // a Sunday, kept
    CHECK(of(events, "visibility-event")[0].start == Date(2026, 9, 1));
    CHECK(of(events, "impact-research")[0].start == Date(2026, 5, 1));
    CHECK(of(events, "impact-research")[0].description_nl.find("activity_slots") != std::string::npos);

    // A rhythm without a rule: the year in equal parts, the first month of each.
    Plan p = with_network_meetings_per_year(6);
    auto six = of(agenda(p, 2027), "network-meetings");
    REQUIRE(six.size() == 6);
    CHECK(six[0].start.month() == 1);
    CHECK(six[1].start.month() == 3);
    CHECK(six[5].start.month() == 11);

    o.include_continuous = true;
    auto cont = of(agenda(amstelland(), 2026, o), "lesson-observations");
    REQUIRE(cont.size() == 1);
    CHECK_FALSE(cont[0].slot);
    CHECK(cont[0].start == Date(2026, 1, 1));
    CHECK(cont[0].end == Date(2026, 12, 31));
}

TEST_CASE("Bad agenda arguments are refused", "[agenda]") {
    CHECK_THROWS_AS(agenda(amstelland(), 2030), InvalidArgument);
    CHECK_THROWS_AS(agenda(amstelland(), 2024), InvalidArgument);
    AgendaOptions o;
    o.slot_day = 31;
    CHECK_THROWS_AS(agenda(amstelland(), {}, o), InvalidArgument);
    o = {};
    o.slot_rules = {SlotRule{2, {10, 3}, {}}};
    CHECK_THROWS_AS(agenda(amstelland(), {}, o), InvalidArgument);
    o = {};
    o.activity_slots = {ActivitySlots{"network-meetings", {3}, {}}};  // held twice: needs two months
    CHECK_THROWS_AS(agenda(amstelland(), {}, o), InvalidArgument);
    o = {};
    o.activity_slots = {ActivitySlots{"no-such-activity", {3}, {}}};
    CHECK_THROWS_AS(agenda(amstelland(), {}, o), NotFoundError);
    CHECK_THROWS_AS(agenda(with_network_meetings_per_year(13)), InvalidArgument);
}

TEST_CASE("iCalendar: structure, all-day dates, escaping and folding", "[agenda][ics]") {
    auto events = agenda(amstelland(), 2026);
    std::string ics = agenda_to_ics(events, amstelland().id, Lang::nl);
    std::string head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//cmkit//cmkit " + library_version() + "//NL\r\n";
    CHECK(ics.rfind(head, 0) == 0);
    CHECK(ics.size() >= 15);
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
    // Every line ends in CRLF, no bare LF, and no line is longer than 75 octets.
    std::size_t pos = 0, vevents = 0;
    while (pos < ics.size()) {
        std::size_t eol = ics.find("\r\n", pos);
        REQUIRE(eol != std::string::npos);
        std::string line = ics.substr(pos, eol - pos);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string::npos);
        if (line == "BEGIN:VEVENT") ++vevents;
        pos = eol + 2;
    }
    CHECK(vevents == events.size());
    CHECK(ics.find("UID:monitoring.network-meetings.2026.1@cmkit.amstelland-2025-2028\r\n") != std::string::npos);
    CHECK(ics.find("DTSTART;VALUE=DATE:20261015\r\nDTEND;VALUE=DATE:20261016\r\n") != std::string::npos);
    CHECK(ics.find("DTSTAMP:20260101T000000Z\r\n") != std::string::npos);
    CHECK(ics.find("STATUS:TENTATIVE\r\n") != std::string::npos);
    CHECK(ics.find("CATEGORIES:monitoring,school-and-partner,slot\r\n") != std::string::npos);
    // Deterministic.
    CHECK(ics == agenda_to_ics(events, amstelland().id, Lang::nl));
    std::string en = agenda_to_ics(events, amstelland().id, Lang::en, Date(2025, 6, 1));
    CHECK(en.find("DTSTAMP:20250601T000000Z\r\n") != std::string::npos);
    CHECK(unfold(en).find("SUMMARY:Network (knowledge-sharing) meetings of Cultuureducatie Amstelland (1 of 2\\, "
                          "planned slot)\r\n") != std::string::npos);

    AgendaEvent e = events.front();
    e.label = Label{"a,b;c\\d", "x"};
    e.description_nl = "regel 1\nregel 2 " + std::string(100, 'x') + " é";
    std::string one = agenda_to_ics({e}, "p", Lang::nl);
    CHECK(one.find("SUMMARY:a\\,b\\;c\\\\d") != std::string::npos);
    CHECK(one.find("regel 1\\nregel 2") != std::string::npos);
    // Unfolding restores the text; a fold never splits the two octets of "é".
    CHECK(unfold(one).find("regel 2 " + std::string(100, 'x') + " é\r\n") != std::string::npos);
    for (std::size_t i = 0; i + 3 < one.size(); ++i)
        if (one.compare(i, 3, "\r\n ") == 0) CHECK((static_cast<unsigned char>(one[i + 3]) & 0xC0) != 0x80);
}

TEST_CASE("The calendar's network meetings agree with the target's 4 + 4 = 8", "[agenda][targets]") {
    auto events = agenda(amstelland());
    CHECK(of(events, "network-meetings").size() == 8);
    CHECK(check_agenda_against_targets(amstelland(), events).empty());
}

TEST_CASE("One network meeting a year breaks the target: AGENDA_TARGET_MISMATCH per column", "[agenda][targets]") {
    Plan p = with_network_meetings_per_year(1);
    auto fs = check_agenda_against_targets(p, agenda(p));
    REQUIRE(codes(fs) == std::vector<std::string>(3, "AGENDA_TARGET_MISMATCH"));
    for (const auto& f : fs) CHECK(f.severity == Severity::Warning);
    CHECK(fs[0].path == "/targets/4/periods/0/value");
    CHECK(fs[1].path == "/targets/4/periods/1/value");
    CHECK(fs[2].path == "/targets/4/total");
    REQUIRE(fs[2].figures.size() >= 2);
    CHECK(fs[2].figures[0].name == "scheduled");
    CHECK(fs[2].figures[0].count == 4);
    CHECK(fs[2].figures[1].count == 8);
    CHECK(fs[0].message_nl.find("fase 1 (2025-2026)") != std::string::npos);

    // A plan without the target: nothing to compare.
    Plan q = amstelland();
    q.targets.clear();
    CHECK(check_agenda_against_targets(q, agenda(q)).empty());
}
