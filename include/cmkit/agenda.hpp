#pragma once
/// @file agenda.hpp
/// The plan's monitoring and meeting calendar (agenda): the events that follow from the plan's
/// monitoring rhythm (`Plan::monitoring`) and its yearly planning (`Plan::planning`), exported as
/// iCalendar (RFC 5545) and checked against the result targets.
///
/// **The plan gives no dates for its meetings.** It says *how often* (account meetings and network
/// meetings twice a year, Evi every year, the Evi analysis in 2025 and 2027, ...), not *when*. The
/// dates of monitoring events are therefore **slots** chosen by cmkit's scheduling rule, never facts
/// from the plan; every such event has `slot == true`, says so in its description, and is exported as
/// `STATUS:TENTATIVE`. The rule (see docs/calendar.md):
///   - an activity held n times a year gets n slots in the months of the AgendaOptions slot rule for n
///     (defaults: 1x = June; 2x = March and October; 3x = February, June, October;
///     4x = March, June, September, December), unless `activity_slots` names months for its id; for an
///     n without a rule the year is cut into n equal parts and the slot is the first month of each part
///     (n must be 1..12);
///   - the slot is day `slot_day` (default 15) of the month, moved to the following Monday when it
///     falls on a Saturday or Sunday (`weekdays_only`, default on);
///   - it is held in the years its `years` list names, every plan year when the list is empty, and
///     only within the plan period;
///   - continuous activities (no `times_per_year`) are left out unless `include_continuous` is set;
///     they then span each plan year and are not slots (the plan says "continuously", not a date).
/// Planning items (`include_planning`, default on) are not slots either: an item with a period spans
/// that period, an item without one spans its whole year ("in 2026", as the plan places it).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// The months of the slots of activities held `times_per_year` times a year.
struct SlotRule {
    std::int64_t times_per_year = 1;
    std::vector<std::int64_t> months;  ///< `times_per_year` months 1..12, strictly ascending
    Extras extras;
    friend bool operator==(const SlotRule&, const SlotRule&) = default;
};

/// The months of the slots of one monitoring activity, overriding the slot rule for its rhythm.
struct ActivitySlots {
    std::string activity;              ///< id of a MonitoringActivity
    std::vector<std::int64_t> months;  ///< one month 1..12 per time a year, strictly ascending
    Extras extras;
    friend bool operator==(const ActivitySlots&, const ActivitySlots&) = default;
};

/// cmkit's default slot rules: 1x = June; 2x = March and October; 3x = February, June and October;
/// 4x = March, June, September and December.
std::vector<SlotRule> default_slot_rules();

/// Parameters of the scheduling rule (see the file comment). Defaults are cmkit's choices, not the
/// plan's: the plan gives no dates.
struct AgendaOptions {
    std::vector<SlotRule> slot_rules = default_slot_rules();
    std::vector<ActivitySlots> activity_slots;  ///< per-activity months; win over `slot_rules`
    std::int64_t slot_day = 15;                 ///< day of the month of a slot, 1..28
    bool weekdays_only = true;                  ///< move a slot on Saturday/Sunday to the next Monday
    bool include_planning = true;               ///< add the yearly planning items
    bool include_continuous = false;            ///< add continuous monitoring (no times_per_year), year-long
    Extras extras;
    friend bool operator==(const AgendaOptions&, const AgendaOptions&) = default;
};

/// One all-day event of the agenda.
struct AgendaEvent {
    std::string id;      ///< stable: `<kind>.<source>.<year>` plus `.<sequence>` for monitoring
    std::string source;  ///< id of the MonitoringActivity or PlanningItem it comes from
    std::string kind;    ///< "monitoring" or "planning"
    Label label;
    Date start{2000, 1, 1};
    Date end{2000, 1, 1};  ///< inclusive (all-day events)
    MonitoringScope scope = MonitoringScope::Region;  ///< planning items: region
    std::int64_t sequence = 1;  ///< number within its year: 1 of `per_year`
    std::int64_t per_year = 1;  ///< how many times the source is held that year
    bool slot = false;          ///< true: the date is a cmkit default slot, not a date from the plan
    std::string description_nl;
    std::string description_en;
    Extras extras;
    friend bool operator==(const AgendaEvent&, const AgendaEvent&) = default;

    /// The event's year (of its start).
    int year() const noexcept { return start.year(); }
};

/// The agenda of @p plan over its period, or of one @p year of it: events sorted by start date, then
/// kind (monitoring first), then in the plan's order (of its monitoring activities, planning items).
/// Throws InvalidArgument for a year outside the plan period, a slot rule or activity override whose
/// months are not `times_per_year` strictly ascending months 1..12, a slot day outside 1..28, or an
/// activity held more than 12 times a year without a rule; NotFoundError when `activity_slots` names
/// an activity the plan does not have.
std::vector<AgendaEvent> agenda(const Plan& plan, std::optional<int> year = std::nullopt,
                                const AgendaOptions& options = {});

/// The events as an iCalendar document (RFC 5545): CRLF line endings, lines folded at 75 octets,
/// `PRODID:-//cmkit//cmkit <version>//NL`, one all-day VEVENT per event (DTSTART;VALUE=DATE and an
/// exclusive DTEND;VALUE=DATE), UID `<event id>@cmkit.<plan id>` (stable across runs and slot
/// choices, so a re-import updates rather than duplicates), SUMMARY in @p lang, DESCRIPTION,
/// CATEGORIES (kind, scope, and `slot` for slots), STATUS:TENTATIVE for slots and TRANSP:TRANSPARENT.
/// DTSTAMP is @p stamp at 00:00:00 UTC; without it, 1 January of the first event's year (so the
/// output is deterministic).
std::string agenda_to_ics(const std::vector<AgendaEvent>& events, const std::string& plan_id, Lang lang = Lang::nl,
                          std::optional<Date> stamp = std::nullopt);

/// The result target that counts the network meetings, and the monitoring activity that holds them.
inline constexpr std::string_view meetings_target_id = "kennisdelingsbijeenkomsten";
inline constexpr std::string_view network_meetings_id = "network-meetings";

/// Compares the meetings in @p events (a whole-period agenda) with the result target @p target_id:
/// events of monitoring activity @p activity_id counted in each of the target's reporting periods
/// (against its value there) and over the plan period (against `total`). One AGENDA_TARGET_MISMATCH
/// warning per period that differs (path `/targets/<i>/periods/<j>/value` or `/targets/<i>/total`).
/// Nothing when the plan has no such target. Agreement gives no finding.
std::vector<Finding> check_agenda_against_targets(const Plan& plan, const std::vector<AgendaEvent>& events,
                                                  std::string_view target_id = meetings_target_id,
                                                  std::string_view activity_id = network_meetings_id);

template <>
struct Describe<SlotRule> {
    static constexpr std::string_view name = "SlotRule",
                                      doc = "The slot months of activities held a number of times a year.";
    static constexpr int version = 1;
    static constexpr auto fields =
        field_list(field("times_per_year", &SlotRule::times_per_year),
                        field("months", &SlotRule::months, "one month 1..12 per time, strictly ascending"));
};

template <>
struct Describe<ActivitySlots> {
    static constexpr std::string_view name = "ActivitySlots", doc = "The slot months of one monitoring activity.";
    static constexpr int version = 1;
    static constexpr auto fields =
        field_list(field("activity", &ActivitySlots::activity, "id of a monitoring activity"),
                        field("months", &ActivitySlots::months, "one month 1..12 per time, strictly ascending"));
};

template <>
struct Describe<AgendaOptions> {
    static constexpr std::string_view name = "AgendaOptions",
                                      doc = "Parameters of the agenda's scheduling rule (the plan gives no dates).";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field_default("slot_rules", &AgendaOptions::slot_rules, "slot months per number of times a year"),
        field_default("activity_slots", &AgendaOptions::activity_slots, "slot months per monitoring activity"),
        field_default("slot_day", &AgendaOptions::slot_day, "day of the month of a slot, 1..28"),
        field_default("weekdays_only", &AgendaOptions::weekdays_only, "move weekend slots to the next Monday"),
        field_default("include_planning", &AgendaOptions::include_planning, "add the yearly planning items"),
        field_default("include_continuous", &AgendaOptions::include_continuous,
                      "add continuous monitoring activities as year-long events"));
};

template <>
struct Describe<AgendaEvent> {
    static constexpr std::string_view name = "AgendaEvent", doc = "An all-day event of the plan's agenda.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &AgendaEvent::id, "stable id: kind.source.year[.sequence]"),
        field("source", &AgendaEvent::source, "id of the monitoring activity or planning item"),
        field("kind", &AgendaEvent::kind, "monitoring or planning"), field("label", &AgendaEvent::label),
        field("start", &AgendaEvent::start), field("end", &AgendaEvent::end, "inclusive"),
        field("scope", &AgendaEvent::scope), field("sequence", &AgendaEvent::sequence, "number within the year"),
        field("per_year", &AgendaEvent::per_year, "times the source is held that year"),
        field("slot", &AgendaEvent::slot, "the date is a cmkit default slot, not a date from the plan"),
        field("description_nl", &AgendaEvent::description_nl), field("description_en", &AgendaEvent::description_en));
};

}  // namespace cmkit
