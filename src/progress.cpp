#include "cmkit/progress.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/vocabulary.hpp"
#include "embedded_data.hpp"
#include "io/json_io.hpp"
#include "text.hpp"

namespace cmkit {
namespace {

/// The rows of one target: its reporting periods in order, then the total over the plan period.
std::vector<TargetProgress> planned_rows(const Plan& plan, const ResultTarget& t) {
    std::vector<TargetProgress> rows;
    for (const auto& tp : t.periods) {
        TargetProgress r;
        r.target = t.id;
        r.label = t.label;
        r.period = tp.name();
        r.dates = tp.period;
        r.phase = tp.phase;
        r.planned = tp.value;
        rows.push_back(std::move(r));
    }
    TargetProgress total;
    total.target = t.id;
    total.label = t.label;
    total.period = "total";
    total.dates = plan.period;
    total.planned = t.total;
    rows.push_back(std::move(total));
    return rows;
}

std::pair<std::string, std::string> split_measure(const std::string& m) {
    auto c = m.find(':');
    return c == std::string::npos ? std::pair{m, std::string()} : std::pair{m.substr(0, c), m.substr(c + 1)};
}

bool known_measure(const std::string& m) { return vocabulary("measure").contains(m); }

/// Achievement of one measure in one period, up to @p as_of; `total` marks the unique-total column.
std::int64_t achieved(const std::string& measure, const Period& p, bool total, Date as_of,
                      const std::vector<TrajectoryRun>& runs, const ProgressData& data) {
    auto [kind, arg] = split_measure(measure);
    auto in = [&](Date d) { return p.contains(d) && d <= as_of; };
    if (kind == "new-schools-in-track") {
        // A school that came into the track by moving on from another (spoor 2 → spoor 1) is counted
        // under that other track's target only, also in its later cycles here.
        std::set<std::string> moved_in;
        for (const auto& r : runs)
            if (r.track == arg && r.via_move) moved_in.insert(r.school);
        std::map<std::string, Date> first;
        for (const auto& r : runs)
            if (r.track == arg && !r.via_move && !moved_in.count(r.school) && r.started <= as_of) {
                auto it = first.find(r.school);
                if (it == first.end() || r.started < it->second) first.insert_or_assign(r.school, r.started);
            }
        std::int64_t n = 0;
        for (const auto& [school, d] : first)
            if (in(d)) ++n;
        return n;
    }
    if (kind == "trajectories-started") {
        std::set<std::string> schools;
        for (const auto& r : runs)
            if (r.track == arg && !r.via_move && in(r.started)) schools.insert(r.school);
        return static_cast<std::int64_t>(schools.size());
    }
    if (kind == "neighbourhoods-connected") {
        std::map<std::string, Date> first;
        for (const auto& a : data.activities)
            if (a.neighbourhood && a.date <= as_of) {
                auto it = first.find(*a.neighbourhood);
                if (it == first.end() || a.date < it->second) first.insert_or_assign(*a.neighbourhood, a.date);
            }
        std::int64_t n = 0;
        for (const auto& [nb, d] : first)
            if (in(d)) ++n;
        return n;
    }
    if (kind == "meetings-held") {
        std::int64_t n = 0;
        for (const auto& a : data.activities)
            if (a.kind == arg && in(a.date)) ++n;
        (void)total;  // meetings are events, not unique entities: the total is the sum
        return n;
    }
    return 0;
}

}  // namespace

bool is_known_measure(const std::string& measure) { return known_measure(measure); }

std::vector<std::string> known_measure_forms() { return vocabulary("measure").forms(); }

namespace {

Date last_date(const ProgressData& data, const Plan& plan) {
    std::optional<Date> d;
    for (const auto& e : data.events)
        if (!d || *d < e.date) d = e.date;
    for (const auto& a : data.activities)
        if (!d || *d < a.date) d = a.date;
    return d.value_or(plan.period.start());
}

}  // namespace

ProgressData load_progress(const std::string& path) { return from_json<ProgressData>(io::read_file(path), path); }

ProgressData synthetic_progress() {
    std::string known;
    for (const auto& e : embedded::progress()) {
        if (e.name == "amstelland-synthetic") return from_json<ProgressData>(e.text, "built-in progress data 'amstelland-synthetic'");
        known += (known.empty() ? "" : ", ") + std::string(e.name);
    }
    throw NotFoundError("built-in progress data", "amstelland-synthetic", known);
}

std::vector<TargetProgress> target_progress(const Plan& plan, const ProgressData* data, std::optional<Date> as_of) {
    std::vector<TrajectoryRun> runs;
    Date until = plan.period.end();
    if (data) {
        until = as_of.value_or(last_date(*data, plan));
        runs = analyse_trajectories(plan, data->schools, data->events, until).runs;
    }
    std::vector<TargetProgress> out;
    for (const auto& t : plan.targets) {
        auto rows = planned_rows(plan, t);
        for (auto& row : rows) {
            // A period that has not begun by the counting date has nothing achieved yet: left empty.
            if (data && t.measure && known_measure(*t.measure) && row.dates.start() <= until)
                row.achieved = achieved(*t.measure, row.dates, row.period == "total", until, runs, *data);
            out.push_back(std::move(row));
        }
    }
    return out;
}

std::vector<Finding> check_progress(const Plan& plan, const ProgressData& data, std::optional<Date> as_of) {
    std::vector<Finding> out;
    const Date until = as_of.value_or(last_date(data, plan));
    if (data.synthetic)
        out.push_back(Finding{"PROGRESS_SYNTHETIC", Severity::Info, "/synthetic",
                              "Let op: dit zijn synthetische voortgangsgegevens (verzonnen demo-data), geen echte resultaten.",
                              "Note: this is synthetic progress data (made-up demo data), not real results.", {}, {}});
    const auto rows = target_progress(plan, &data, until);
    std::size_t first_row = 0;  // the rows of target ti start here: its periods, then its total
    for (std::size_t ti = 0; ti < plan.targets.size(); first_row += plan.targets[ti].periods.size() + 1, ++ti) {
        const auto& t = plan.targets[ti];
        const std::string path = "/targets/" + std::to_string(ti);
        if (!t.measure || !known_measure(*t.measure)) {
            const std::string forms_nl = text::join_list(known_measure_forms(), Lang::nl);
            const std::string forms_en = text::join_list(known_measure_forms(), Lang::en);
            out.push_back(Finding{"MEASURE_UNKNOWN", Severity::Info, path + "/measure",
                                  "Voor '" + t.label.nl + "' is niet bekend hoe de voortgang uit de gegevens volgt (" +
                                      (t.measure ? "maat '" + *t.measure + "'" : "geen maat") + "; bekende maten: " + forms_nl + ").",
                                  "For '" + t.label.in(Lang::en) + "' it is not known how progress follows from the data (" +
                                      (t.measure ? "measure '" + *t.measure + "'" : "no measure") + "; known measures: " + forms_en + ").",
                                  {figure_text("target", t.id)}, {}});
            continue;
        }
        for (std::size_t c = 0; c < t.periods.size(); ++c) {
            const auto& row = rows[first_row + c];
            const Period& p = row.dates;
            std::int64_t got = row.achieved.value_or(0);
            if (p.end() <= until) {
                if (got < row.planned)
                    out.push_back(Finding{"TARGET_MISSED", Severity::Warning, path,
                                          "'" + t.label.nl + "' " + row.period + ": " + std::to_string(got) + " behaald van " +
                                              std::to_string(row.planned) + " gepland.",
                                          "'" + t.label.in(Lang::en) + "' " + row.period + ": " + std::to_string(got) + " achieved of " +
                                              std::to_string(row.planned) + " planned.",
                                          {figure_text("target", t.id), figure_text("period", row.period),
                                           figure_count("achieved", got), figure_count("planned", row.planned)},
                                          {}});
            } else if (p.start() <= until && got < row.planned) {
                // Linear forecast at the pace so far: got × period length ÷ elapsed length (rounded down).
                std::int64_t elapsed = Period(p.start(), until).length_days();
                std::int64_t length = p.length_days();
                std::int64_t forecast = got * length / elapsed;
                if (forecast < row.planned)
                    out.push_back(Finding{
                        "TARGET_OUT_OF_REACH", Severity::Warning, path,
                        "'" + t.label.nl + "' " + row.period + ": " + std::to_string(got) + " behaald na " + std::to_string(elapsed) +
                            " van " + std::to_string(length) + " dagen; in dit tempo wordt het " + std::to_string(forecast) +
                            " van de " + std::to_string(row.planned) + ".",
                        "'" + t.label.in(Lang::en) + "' " + row.period + ": " + std::to_string(got) + " achieved after " +
                            std::to_string(elapsed) + " of " + std::to_string(length) + " days; at this pace it ends at " +
                            std::to_string(forecast) + " of " + std::to_string(row.planned) + ".",
                        {figure_text("target", t.id), figure_text("period", row.period), figure_count("achieved", got),
                         figure_count("forecast", forecast), figure_count("planned", row.planned)},
                        {}});
            }
        }
    }
    // VO reach: VO schools with any trajectory against the plan's share of the region's VO schools.
    std::optional<std::int64_t> vo_region;
    std::optional<Ratio> vo_share;
    for (const auto& f : plan.context_figures) {
        if (f.id == "vo-schools-region") vo_region = f.count;
        if (f.id == "vo-reach") vo_share = f.share;
    }
    if (vo_region && *vo_region > 0) {
        const auto analysis = analyse_trajectories(plan, data.schools, data.events, until);
        std::set<std::string> reached;
        for (const auto& r : analysis.runs)
            if (const School* s = data.schools.find(r.school); s && s->sector == Sector::VO) reached.insert(r.school);
        Ratio reach{static_cast<std::int64_t>(reached.size()), *vo_region};
        std::string aim_nl = vo_share ? "; het plan mikt op " + vo_share->percent_text(0) + "%" : "";
        std::string aim_en = vo_share ? "; the plan aims at " + vo_share->percent_text(0, Lang::en) + "%" : "";
        std::vector<FindingFigure> figs{figure_share("reach", reach)};
        if (vo_share) figs.push_back(figure_share("aim", *vo_share));
        out.push_back(Finding{"VO_REACH", Severity::Info, "/context_figures",
                              "VO-bereik: " + std::to_string(reached.size()) + " van de " + std::to_string(*vo_region) +
                                  " VO-scholen (" + reach.percent_text(0) + "%)" + aim_nl + ".",
                              "VO reach: " + std::to_string(reached.size()) + " of the " + std::to_string(*vo_region) +
                                  " VO schools (" + reach.percent_text(0, Lang::en) + "%)" + aim_en + ".",
                              figs, {}});
    }
    return sorted_findings(std::move(out));
}

std::vector<Finding> validate_activities(const Plan& plan, const ProgressData& data) {
    std::vector<Finding> out;
    auto add = [&](std::string code, std::string path, std::string nl, std::string en, std::string fig) {
        out.push_back(Finding{std::move(code), Severity::Error, std::move(path), std::move(nl), std::move(en),
                              {figure_text("value", std::move(fig))}, {}});
    };
    std::set<std::string> ids;
    std::vector<std::string> line_ids, muni_ids, school_ids;
    for (const auto& l : plan.programme_lines) line_ids.push_back(l.id);
    for (const auto& m : plan.municipalities) muni_ids.push_back(m.id);
    for (const auto& s : data.schools.schools) school_ids.push_back(s.brin);
    for (std::size_t i = 0; i < data.activities.size(); ++i) {
        const auto& a = data.activities[i];
        const std::string p = "/activities/" + std::to_string(i);
        if (!ids.insert(a.id).second)
            add("DUPLICATE_ACTIVITY_ID", p + "/id", "Activiteit-id '" + a.id + "' komt twee keer voor.",
                "Activity id '" + a.id + "' occurs twice.", a.id);
        const ProgrammeLine* line = nullptr;
        for (const auto& l : plan.programme_lines)
            if (l.id == a.programme_line) line = &l;
        if (!line)
            add("ACTIVITY_UNKNOWN_LINE", p + "/programme_line",
                "Onbekende programmalijn '" + a.programme_line + "'; het plan kent: " + text::join_list(line_ids, Lang::nl) + ".",
                "Unknown programme line '" + a.programme_line + "'; the plan has: " + text::join_list(line_ids, Lang::en) + ".",
                a.programme_line);
        else if (a.activity_type) {
            std::vector<std::string> types;
            for (const auto& al : line->activity_lists)
                for (const auto& it : al.activities) types.push_back(it.id);
            if (std::find(types.begin(), types.end(), *a.activity_type) == types.end())
                add("ACTIVITY_UNKNOWN_TYPE", p + "/activity_type",
                    "'" + *a.activity_type + "' staat niet in de activiteitenlijsten van programmalijn " + line->id +
                        "; die kennen: " + text::join_list(types, Lang::nl) + ".",
                    "'" + *a.activity_type + "' is not in the activity lists of programme line " + line->id +
                        "; they have: " + text::join_list(types, Lang::en) + ".",
                    *a.activity_type);
        }
        for (std::size_t j = 0; j < a.schools.size(); ++j)
            if (!data.schools.find(a.schools[j]))
                add("ACTIVITY_UNKNOWN_SCHOOL", p + "/schools/" + std::to_string(j),
                    "School '" + a.schools[j] + "' staat niet in het scholenregister; dat kent: " +
                        text::join_list(school_ids, Lang::nl, 10) + ".",
                    "School '" + a.schools[j] + "' is not in the schools registry; it has: " +
                        text::join_list(school_ids, Lang::en, 10) + ".",
                    a.schools[j]);
        if (a.municipality && !std::any_of(plan.municipalities.begin(), plan.municipalities.end(),
                                           [&](const Municipality& m) { return m.id == *a.municipality; }))
            add("ACTIVITY_UNKNOWN_MUNICIPALITY", p + "/municipality",
                "Onbekende gemeente '" + *a.municipality + "'; het plan kent: " + text::join_list(muni_ids, Lang::nl) + ".",
                "Unknown municipality '" + *a.municipality + "'; the plan has: " + text::join_list(muni_ids, Lang::en) + ".",
                *a.municipality);
        if (!plan.period.contains(a.date))
            add("ACTIVITY_OUTSIDE_PERIOD", p + "/date",
                "Activiteit op " + a.date.to_string() + " ligt buiten de planperiode " + plan.period.to_string() + ".",
                "Activity on " + a.date.to_string() + " lies outside the plan period " + plan.period.to_string() + ".",
                a.date.to_string());
    }
    return sorted_findings(std::move(out));
}

std::vector<PriorityCoverage> priority_coverage(const Plan& plan, const ProgressData& data) {
    std::vector<PriorityCoverage> out;
    for (const auto& mp : plan.municipal_priorities)
        for (const auto& pr : mp.priorities) {
            PriorityCoverage c{mp.municipality, pr.id, pr.label, {}, {}};
            for (const auto& a : data.activities)
                for (const auto& ref : a.priorities)
                    if (ref == mp.municipality + "/" + pr.id || (ref == pr.id && a.municipality == mp.municipality)) {
                        c.activities.push_back(a.id);
                        break;
                    }
            out.push_back(std::move(c));
        }
    return out;
}

}  // namespace cmkit
