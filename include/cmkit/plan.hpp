#pragma once
/// @file plan.hpp
/// The CmK plan of a penvoerder as data: objectives, programme lines and their activities, the tracks
/// (spoor 1 and spoor 2) and their steps, result targets, municipalities and their priorities, roles
/// and collaboration, knowledge sharing, monitoring and evaluation, planning, risks, codes and budget.
///
/// Records are plain structs; Describe<T> below each one names its schema ("Objective.1") and fields.
/// Free text keeps the plan's Dutch (`*_nl`); structured items carry a bilingual Label.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/budget.hpp"
#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/region.hpp"
#include "cmkit/school.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// A labelled item of a list in the plan: an activity, a priority, a task, a topic.
struct Item {
    std::string id;
    Label label;
    Extras extras;
    friend bool operator==(const Item&, const Item&) = default;
};

/// A phase of the plan period (in Amstelland's plan fase 1 = 2025-2026, fase 2 = 2027-2028); the phases of
/// a plan tile its period (PHASES_DO_NOT_TILE otherwise).
struct Phase {
    std::int64_t number = 0;
    Label label;
    Period period{Date(2000, 1, 1), Date(2000, 1, 1)};
    Extras extras;
    friend bool operator==(const Phase&, const Phase&) = default;
};

/// A project objective (a-d).
struct Objective {
    std::string id;
    Label label;
    Extras extras;
    friend bool operator==(const Objective&, const Objective&) = default;
};

/// A list of activities of a programme line, for one phase or for both.
struct ActivityList {
    std::string id;
    Label label;
    std::vector<std::int64_t> phases;  ///< phase numbers the list applies to
    std::vector<Sector> sectors;       ///< sectors addressed; empty = not sector-specific
    std::vector<Item> activities;
    std::optional<std::string> note_nl;
    Extras extras;
    friend bool operator==(const ActivityList&, const ActivityList&) = default;
};

/// A programme line (A, B, C) and the objectives it serves.
struct ProgrammeLine {
    std::string id;
    Label label;
    std::vector<std::string> objectives;  ///< ids of Objective records
    std::string description_nl;
    std::vector<Item> focus_areas;               ///< the themes the line's text develops
    std::vector<Item> professionalisation_groups;  ///< line B: who is professionalised
    std::vector<ActivityList> activity_lists;
    Extras extras;
    friend bool operator==(const ProgrammeLine&, const ProgrammeLine&) = default;
};

/// One step of a track.
struct TrackStep {
    std::int64_t number = 0;
    Label label;
    std::string description_nl;
    std::optional<std::string> baseline_instrument;  ///< the nulmeting instrument ("Evi", "Evi VO")
    Extras extras;
    friend bool operator==(const TrackStep&, const TrackStep&) = default;
};

/// A track of the two-track policy: spoor 1 for existing schools, spoor 2 for new PO or VO schools.
struct Track {
    std::string id;
    std::int64_t spoor = 0;  ///< 1 or 2
    Label label;
    std::vector<Sector> sectors;
    bool new_schools = false;
    bool repeatable_yearly = false;
    std::string description_nl;
    std::vector<TrackStep> steps;
    std::optional<std::int64_t> trial_step;  ///< step a school passes before it joins definitively
    std::optional<std::string> continues_in;  ///< track id a school continues in after the last step
    std::optional<std::int64_t> curriculum_renewal_from_phase;
    Extras extras;
    friend bool operator==(const Track&, const Track&) = default;
};

/// A named initiative of the plan (CultuurKabaal, the Cultuurbus): where it runs when the plan starts,
/// where the plan means to take it, and both in the source's own words.
struct Initiative {
    std::string id;
    Label label;
    std::optional<std::string> programme_line;  ///< id of the programme line it belongs to
    std::vector<std::string> municipalities;    ///< ids of the municipalities where it runs at the plan's start
    std::vector<std::string> planned_in;        ///< ids of the municipalities the plan means to take it to
    std::string description_nl;                 ///< what it is, quoted from the source
    std::string plan_nl;                        ///< what the plan intends with it, quoted from the source
    Extras extras;
    friend bool operator==(const Initiative&, const Initiative&) = default;
};

/// How the total of a result target relates to its periods.
enum class TargetCounting {
    Unique,  ///< the total counts each unit (school, neighbourhood) once: largest period <= total <= sum of periods
    Sum,     ///< the total is the sum of the periods (events such as meetings)
};

template <>
struct DescribeEnum<TargetCounting> {
    static constexpr std::string_view name = "TargetCounting";
    static constexpr std::array values{std::pair{TargetCounting::Unique, std::string_view("unique")},
                                       std::pair{TargetCounting::Sum, std::string_view("sum")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("the total counts each unit (school, neighbourhood) once: largest period <= total <= sum of the periods"),
                                     std::string_view("the total is the sum of the periods (events such as meetings)")};
};

/// The planned number of a result target in one reporting period of any length.
struct TargetPeriod {
    Period period{Date(2000, 1, 1), Date(2000, 1, 1)};  ///< first and last day, inside the plan period
    std::int64_t value = 0;                             ///< the number planned in this period
    std::optional<std::int64_t> phase;                  ///< the plan phase this period is, when it is one
    Extras extras;
    friend bool operator==(const TargetPeriod&, const TargetPeriod&) = default;

    /// The period as the tables name it: `2027` for one calendar year, `2025-2026` for whole calendar
    /// years, otherwise `2025-01-01/2025-06-30` (ISO 8601 interval).
    std::string name() const;
};

/// The name of a period as target tables show it (see TargetPeriod::name).
std::string period_name(const Period& period);

/// A result target: a number planned per reporting period (any number of periods, as IATI, DHIS2
/// and ActivityInfo hold them) and the total over the plan period with how it is counted.
struct ResultTarget {
    std::string id;
    Label label;
    std::vector<TargetPeriod> periods;  ///< in order of their start
    std::int64_t total = 0;             ///< over the plan period (the seed's "Totaal unieke aantallen")
    TargetCounting counting = TargetCounting::Unique;
    Label unit;
    std::optional<std::string> note_nl;
    /// How achievements are derived from progress data (see progress.hpp): `new-schools-in-track:<track>`,
    /// `trajectories-started:<track>`, `neighbourhoods-connected`, `meetings-held:<kind>`.
    std::optional<std::string> measure;
    Extras extras;
    friend bool operator==(const ResultTarget&, const ResultTarget&) = default;

    /// The value planned for the period that starts and ends as @p period, if the target has one.
    std::optional<std::int64_t> planned(const Period& period) const;
};

/// A figure the plan states about its context: a count or a share.
struct ContextFigure {
    std::string id;
    Label label;
    std::optional<std::int64_t> count;
    std::optional<Ratio> share;
    std::optional<std::string> note_nl;
    Extras extras;
    friend bool operator==(const ContextFigure&, const ContextFigure&) = default;
};

/// The priorities a municipality set for the plan (gemeentelijke differentiatie).
struct MunicipalPriorities {
    std::string municipality;  ///< id of a Municipality
    std::vector<Item> priorities;
    Extras extras;
    friend bool operator==(const MunicipalPriorities&, const MunicipalPriorities&) = default;
};

/// The role of a party (schools, municipalities, cultural sector, penvoerder).
struct Role {
    std::string id;
    Label party;
    std::string responsibility_nl;
    std::vector<Item> tasks;
    Extras extras;
    friend bool operator==(const Role&, const Role&) = default;
};

/// A member (seat) of the steering group.
struct SteeringMember {
    std::string id;
    Label label;
    std::optional<std::string> new_in;  ///< edition in which the seat was added ("CmK4")
    Extras extras;
    friend bool operator==(const SteeringMember&, const SteeringMember&) = default;
};

/// The steering group that oversees the plan.
struct SteeringGroup {
    Label name;
    std::string purpose_nl;
    std::vector<SteeringMember> members;
    Extras extras;
    friend bool operator==(const SteeringGroup&, const SteeringGroup&) = default;
};

/// A collaboration outside the region's own structures (provincial, local, higher education).
struct Collaboration {
    std::string id;
    std::string level;  ///< "provincial", "local", "education-institutions", "planning"
    Label label;
    std::string description_nl;
    std::vector<std::string> partners;
    Extras extras;
    friend bool operator==(const Collaboration&, const Collaboration&) = default;
};

/// The regional covenant the plan carries out.
struct Covenant {
    Label name;
    Period period{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::optional<std::int64_t> signed_year;
    std::optional<std::int64_t> signed_month;
    std::vector<Item> parties;
    std::string description_nl;
    Extras extras;
    friend bool operator==(const Covenant&, const Covenant&) = default;
};

/// Level at which knowledge is shared.
enum class KnowledgeLevel { National, Provincial, Regional, Municipal };

template <>
struct DescribeEnum<KnowledgeLevel> {
    static constexpr std::string_view name = "KnowledgeLevel";
    static constexpr std::array values{std::pair{KnowledgeLevel::National, std::string_view("national")},
                                       std::pair{KnowledgeLevel::Provincial, std::string_view("provincial")},
                                       std::pair{KnowledgeLevel::Regional, std::string_view("regional")},
                                       std::pair{KnowledgeLevel::Municipal, std::string_view("municipal")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("national (landelijk): across the country"),
                                     std::string_view("provincial (provinciaal): within the province"),
                                     std::string_view("regional (regionaal): within the plan's region"),
                                     std::string_view("municipal (gemeentelijk): within one municipality")};
};

/// A form of knowledge sharing at a level; `new_in` marks forms introduced in an edition ("CmK3").
struct KnowledgeForm {
    std::string id;
    KnowledgeLevel level = KnowledgeLevel::Regional;
    Label label;
    std::optional<std::string> new_in;
    Extras extras;
    friend bool operator==(const KnowledgeForm&, const KnowledgeForm&) = default;
};

/// Knowledge sharing: its forms per level and its topics.
struct KnowledgeSharing {
    std::string description_nl;
    std::vector<KnowledgeForm> forms;
    std::vector<Item> topics;
    Extras extras;
    friend bool operator==(const KnowledgeSharing&, const KnowledgeSharing&) = default;
};

/// Who or what a monitoring activity is held for.
enum class MonitoringScope { Region, School, SchoolAndPartner, Activity };

template <>
struct DescribeEnum<MonitoringScope> {
    static constexpr std::string_view name = "MonitoringScope";
    static constexpr std::array values{
        std::pair{MonitoringScope::Region, std::string_view("region")},
        std::pair{MonitoringScope::School, std::string_view("school")},
        std::pair{MonitoringScope::SchoolAndPartner, std::string_view("school-and-partner")},
        std::pair{MonitoringScope::Activity, std::string_view("activity")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("the whole region (such as the biennial regional Evi analysis)"),
                                     std::string_view("each school on its own"),
                                     std::string_view("each school together with its cultural partner"),
                                     std::string_view("each activity")};
};

/// A monitoring or evaluation activity and its rhythm: held in the listed years (empty = every year
/// of the plan), `times_per_year` times (absent = continuous or as needed), per `scope`.
struct MonitoringActivity {
    std::string id;
    Label label;
    MonitoringScope scope = MonitoringScope::Region;
    std::vector<std::int64_t> years;
    std::optional<std::int64_t> times_per_year;
    std::optional<std::string> performed_by;
    std::optional<std::int64_t> first_held;
    std::vector<std::string> instruments;
    std::string description_nl;
    Extras extras;
    friend bool operator==(const MonitoringActivity&, const MonitoringActivity&) = default;

    /// True when the activity takes place in @p year (its year list is empty or names the year).
    bool held_in(std::int64_t year) const;
};

/// An item of the global planning, optionally limited to a part of the year.
struct PlanningItem {
    std::string id;
    Label label;
    std::optional<Period> period;
    Extras extras;
    friend bool operator==(const PlanningItem&, const PlanningItem&) = default;
};

/// The global planning of one year.
struct PlanningYear {
    std::int64_t year = 0;
    std::int64_t phase = 0;
    bool outline_only = false;  ///< fase 2 is planned "op hoofdlijnen"
    std::vector<PlanningItem> items;
    Extras extras;
    friend bool operator==(const PlanningYear&, const PlanningYear&) = default;
};

/// A risk of the plan and how it is mitigated.
struct Risk {
    std::string id;
    Label label;
    std::string category;  ///< "education", "curriculum", "financial", "partners"
    std::string description_nl;
    std::string mitigation_nl;
    Extras extras;
    friend bool operator==(const Risk&, const Risk&) = default;
};

/// How the penvoerder applies a sector code (appendix "Toepassing Codes").
struct CodeStatement {
    std::string id;
    Label label;
    std::string text_nl;
    Extras extras;
    friend bool operator==(const CodeStatement&, const CodeStatement&) = default;
};

/// A remark about the data, such as a contradiction in the source and how it was resolved.
struct Note {
    std::string id;
    std::vector<std::string> pointers;  ///< JSON pointers of the values the note is about
    std::string text_nl;
    std::string text_en;
    Extras extras;
    friend bool operator==(const Note&, const Note&) = default;
};

/// Where the plan's data comes from.
struct SourceDocument {
    Label title;
    std::string file;
    std::string language;
    Extras extras;
    friend bool operator==(const SourceDocument&, const SourceDocument&) = default;
};

/// Per-plan switches for the limits of the rule set (ids of RuleSet limits).
struct RuleOptions {
    std::vector<std::string> enable;   ///< limits switched on for this plan
    std::vector<std::string> disable;  ///< limits switched off for this plan
    Extras extras;
    friend bool operator==(const RuleOptions&, const RuleOptions&) = default;
};

/// A CmK plan.
struct Plan {
    std::string id;
    bool fictional = false;  ///< a made-up example plan (said at the top of every report of it)
    Label title;
    std::string edition;  ///< regulation edition, e.g. "cmk-2025-2028"
    SourceDocument source;
    Region region;
    Penvoerder penvoerder;
    Period period{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::vector<Phase> phases;
    std::string summary_nl;
    std::vector<Objective> objectives;
    std::vector<ProgrammeLine> programme_lines;
    std::vector<Initiative> initiatives;  ///< named initiatives across lines and municipalities
    std::vector<Track> tracks;
    std::vector<ResultTarget> targets;
    std::vector<ContextFigure> context_figures;
    std::vector<Municipality> municipalities;
    std::vector<MunicipalPriorities> municipal_priorities;
    std::vector<Role> roles;
    SteeringGroup steering_group;
    std::vector<Collaboration> collaborations;
    Covenant covenant;
    KnowledgeSharing knowledge_sharing;
    std::vector<MonitoringActivity> monitoring;
    std::vector<PlanningYear> planning;
    std::vector<Risk> risks;
    std::vector<CodeStatement> codes;
    Budget budget;
    std::vector<Budget> budget_revisions;  ///< later versions of the budget (revised, ...), oldest first
    RuleOptions rule_options;
    std::vector<Note> notes;
    Extras extras;
    friend bool operator==(const Plan&, const Plan&) = default;

    /// The phase (1-based number) that contains @p d; not set outside the plan period.
    std::optional<std::int64_t> phase_of(Date d) const;
    /// The municipality with this id; throws NotFoundError.
    const Municipality& municipality(const std::string& id) const;
};

// ---- descriptions ---------------------------------------------------------------------------

template <>
struct Describe<Item> {
    static constexpr std::string_view name = "Item", doc = "A labelled item of a list in the plan.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &Item::id), field("label", &Item::label));
};

template <>
struct Describe<Phase> {
    static constexpr std::string_view name = "Phase", doc = "A phase of the plan period.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("number", &Phase::number), field("label", &Phase::label),
                                                   field("period", &Phase::period));
};

template <>
struct Describe<Objective> {
    static constexpr std::string_view name = "Objective", doc = "A project objective.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &Objective::id), field("label", &Objective::label));
};

template <>
struct Describe<ActivityList> {
    static constexpr std::string_view name = "ActivityList", doc = "A list of activities of a programme line.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &ActivityList::id), field("label", &ActivityList::label),
        field("phases", &ActivityList::phases, "phase numbers the list applies to"),
        field("sectors", &ActivityList::sectors, "sectors addressed; empty when not sector-specific"),
        field("activities", &ActivityList::activities), field("note_nl", &ActivityList::note_nl));
};

template <>
struct Describe<ProgrammeLine> {
    static constexpr std::string_view name = "ProgrammeLine", doc = "A programme line and the objectives it serves.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &ProgrammeLine::id), field("label", &ProgrammeLine::label),
        field("objectives", &ProgrammeLine::objectives, "ids of the objectives served"),
        field("description_nl", &ProgrammeLine::description_nl),
        field("focus_areas", &ProgrammeLine::focus_areas),
        field("professionalisation_groups", &ProgrammeLine::professionalisation_groups),
        field("activity_lists", &ProgrammeLine::activity_lists));
};

template <>
struct Describe<TrackStep> {
    static constexpr std::string_view name = "TrackStep", doc = "One step of a track.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("number", &TrackStep::number), field("label", &TrackStep::label),
        field("description_nl", &TrackStep::description_nl),
        field("baseline_instrument", &TrackStep::baseline_instrument, "instrument of the nulmeting"));
};

template <>
struct Describe<Track> {
    static constexpr std::string_view name = "Track", doc = "A track (spoor) of the two-track policy.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Track::id), field("spoor", &Track::spoor), field("label", &Track::label),
        field("sectors", &Track::sectors), field("new_schools", &Track::new_schools),
        field("repeatable_yearly", &Track::repeatable_yearly), field("description_nl", &Track::description_nl),
        field("steps", &Track::steps),
        field("trial_step", &Track::trial_step, "step passed before a school joins definitively"),
        field("continues_in", &Track::continues_in, "track a school continues in after the last step"),
        field("curriculum_renewal_from_phase", &Track::curriculum_renewal_from_phase));
};

template <>
struct Describe<Initiative> {
    static constexpr std::string_view name = "Initiative",
                                      doc = "A named initiative: where it runs, where the plan means to take it.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Initiative::id), field("label", &Initiative::label),
        field("programme_line", &Initiative::programme_line, "id of the programme line it belongs to"),
        field("municipalities", &Initiative::municipalities, "ids of the municipalities where it runs at the plan's start"),
        field("planned_in", &Initiative::planned_in, "ids of the municipalities the plan means to take it to"),
        field("description_nl", &Initiative::description_nl, "what it is, quoted from the source"),
        field("plan_nl", &Initiative::plan_nl, "what the plan intends with it, quoted from the source"));
};

template <>
struct Describe<TargetPeriod> {
    static constexpr std::string_view name = "TargetPeriod", doc = "The number a result target plans in one reporting period.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("period", &TargetPeriod::period, "first and last day of the reporting period, inside the plan period"),
        field("value", &TargetPeriod::value, "the number planned in this period"),
        field("phase", &TargetPeriod::phase, "number of the plan phase this period is, when it is one"));
};

template <>
struct Describe<ResultTarget> {
    static constexpr std::string_view name = "ResultTarget",
                                      doc = "A result target: a number per reporting period and the total over the plan period.";
    /// 2: periods of any number and length (ResultTarget.1 had phase_1, phase_2 and unique_total; the
    /// Plan.1 -> Plan.2 upgrade step turns them into the plan's phase periods).
    static constexpr int version = 2;
    static constexpr auto fields = field_list(
        field("id", &ResultTarget::id), field("label", &ResultTarget::label),
        field("periods", &ResultTarget::periods, "the number planned per reporting period, in order"),
        field("total", &ResultTarget::total, "the number over the whole plan period"),
        field_default("counting", &ResultTarget::counting,
                      "unique: the total counts each unit once (largest period <= total <= sum); sum: total = sum of the periods"),
        field("unit", &ResultTarget::unit), field("note_nl", &ResultTarget::note_nl),
        field("measure", &ResultTarget::measure, "how achievements are derived from progress data"));
};

template <>
struct Describe<ContextFigure> {
    static constexpr std::string_view name = "ContextFigure", doc = "A count or share the plan states about its context.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &ContextFigure::id), field("label", &ContextFigure::label),
        field("count", &ContextFigure::count), field("share", &ContextFigure::share),
        field("note_nl", &ContextFigure::note_nl));
};

template <>
struct Describe<MunicipalPriorities> {
    static constexpr std::string_view name = "MunicipalPriorities", doc = "A municipality's own priorities.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("municipality", &MunicipalPriorities::municipality),
                                                   field("priorities", &MunicipalPriorities::priorities));
};

template <>
struct Describe<Role> {
    static constexpr std::string_view name = "Role", doc = "The role of a party in the programme.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &Role::id), field("party", &Role::party),
                                                   field("responsibility_nl", &Role::responsibility_nl),
                                                   field("tasks", &Role::tasks));
};

template <>
struct Describe<SteeringMember> {
    static constexpr std::string_view name = "SteeringMember", doc = "A seat in the steering group.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &SteeringMember::id),
                                                   field("label", &SteeringMember::label),
                                                   field("new_in", &SteeringMember::new_in));
};

template <>
struct Describe<SteeringGroup> {
    static constexpr std::string_view name = "SteeringGroup", doc = "The steering group.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("name", &SteeringGroup::name),
                                                   field("purpose_nl", &SteeringGroup::purpose_nl),
                                                   field("members", &SteeringGroup::members));
};

template <>
struct Describe<Collaboration> {
    static constexpr std::string_view name = "Collaboration", doc = "A collaboration beyond the region's own structures.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &Collaboration::id), field("level", &Collaboration::level), field("label", &Collaboration::label),
        field("description_nl", &Collaboration::description_nl), field("partners", &Collaboration::partners));
};

template <>
struct Describe<Covenant> {
    static constexpr std::string_view name = "Covenant", doc = "The regional covenant the plan carries out.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("name", &Covenant::name), field("period", &Covenant::period),
        field("signed_year", &Covenant::signed_year), field("signed_month", &Covenant::signed_month),
        field("parties", &Covenant::parties), field("description_nl", &Covenant::description_nl));
};

template <>
struct Describe<KnowledgeForm> {
    static constexpr std::string_view name = "KnowledgeForm", doc = "A form of knowledge sharing at a level.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &KnowledgeForm::id),
                                                   field("level", &KnowledgeForm::level),
                                                   field("label", &KnowledgeForm::label),
                                                   field("new_in", &KnowledgeForm::new_in));
};

template <>
struct Describe<KnowledgeSharing> {
    static constexpr std::string_view name = "KnowledgeSharing", doc = "Knowledge sharing: forms and topics.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("description_nl", &KnowledgeSharing::description_nl),
                                                   field("forms", &KnowledgeSharing::forms),
                                                   field("topics", &KnowledgeSharing::topics));
};

template <>
struct Describe<MonitoringActivity> {
    static constexpr std::string_view name = "MonitoringActivity", doc = "A monitoring or evaluation activity and its rhythm.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("id", &MonitoringActivity::id), field("label", &MonitoringActivity::label),
        field("scope", &MonitoringActivity::scope),
        field("years", &MonitoringActivity::years, "years it is held; empty = every year of the plan"),
        field("times_per_year", &MonitoringActivity::times_per_year, "absent = continuous or as needed"),
        field("performed_by", &MonitoringActivity::performed_by),
        field("first_held", &MonitoringActivity::first_held),
        field("instruments", &MonitoringActivity::instruments),
        field("description_nl", &MonitoringActivity::description_nl));
};

template <>
struct Describe<PlanningItem> {
    static constexpr std::string_view name = "PlanningItem", doc = "An item of the global planning.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &PlanningItem::id), field("label", &PlanningItem::label),
                                                   field("period", &PlanningItem::period, "part of the year, when limited"));
};

template <>
struct Describe<PlanningYear> {
    static constexpr std::string_view name = "PlanningYear", doc = "The global planning of one year.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("year", &PlanningYear::year),
                                                   field("phase", &PlanningYear::phase),
                                                   field("outline_only", &PlanningYear::outline_only),
                                                   field("items", &PlanningYear::items));
};

template <>
struct Describe<Risk> {
    static constexpr std::string_view name = "Risk", doc = "A risk and its mitigation.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &Risk::id), field("label", &Risk::label),
                                                   field("category", &Risk::category),
                                                   field("description_nl", &Risk::description_nl),
                                                   field("mitigation_nl", &Risk::mitigation_nl));
};

template <>
struct Describe<CodeStatement> {
    static constexpr std::string_view name = "CodeStatement", doc = "How the penvoerder applies a sector code.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &CodeStatement::id), field("label", &CodeStatement::label),
                                                   field("text_nl", &CodeStatement::text_nl));
};

template <>
struct Describe<Note> {
    static constexpr std::string_view name = "Note", doc = "A remark about the data, e.g. a contradiction in the source.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("id", &Note::id), field("pointers", &Note::pointers),
                                                   field("text_nl", &Note::text_nl), field("text_en", &Note::text_en));
};

template <>
struct Describe<SourceDocument> {
    static constexpr std::string_view name = "SourceDocument", doc = "The document the data was taken from.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("title", &SourceDocument::title),
                                                   field("file", &SourceDocument::file),
                                                   field("language", &SourceDocument::language));
};

template <>
struct Describe<RuleOptions> {
    static constexpr std::string_view name = "RuleOptions", doc = "Limits of the rule set switched on or off for this plan.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(field("enable", &RuleOptions::enable), field("disable", &RuleOptions::disable));
};

template <>
struct Describe<Plan> {
    static constexpr std::string_view name = "Plan", doc = "A CmK plan of a penvoerder.";
    /// 2: result targets per reporting period (ResultTarget.2).
    static constexpr int version = 2;
    static constexpr auto fields = field_list(
        field("id", &Plan::id),
        field_default("fictional", &Plan::fictional, "true for a made-up example plan (no real region)"),
        field("title", &Plan::title),
        field("edition", &Plan::edition, "regulation edition, e.g. cmk-2025-2028"),
        field("source", &Plan::source), field("region", &Plan::region), field("penvoerder", &Plan::penvoerder),
        field("period", &Plan::period), field("phases", &Plan::phases), field("summary_nl", &Plan::summary_nl),
        field("objectives", &Plan::objectives), field("programme_lines", &Plan::programme_lines),
        field_default("initiatives", &Plan::initiatives, "named initiatives across lines and municipalities"),
        field("tracks", &Plan::tracks), field("targets", &Plan::targets),
        field("context_figures", &Plan::context_figures), field("municipalities", &Plan::municipalities),
        field("municipal_priorities", &Plan::municipal_priorities), field("roles", &Plan::roles),
        field("steering_group", &Plan::steering_group), field("collaborations", &Plan::collaborations),
        field("covenant", &Plan::covenant), field("knowledge_sharing", &Plan::knowledge_sharing),
        field("monitoring", &Plan::monitoring), field("planning", &Plan::planning), field("risks", &Plan::risks),
        field("codes", &Plan::codes), field("budget", &Plan::budget),
        field_default("budget_revisions", &Plan::budget_revisions, "later budget versions, oldest first"),
        field_default("rule_options", &Plan::rule_options, "limits switched on or off for this plan"),
        field("notes", &Plan::notes));
};

}  // namespace cmkit
