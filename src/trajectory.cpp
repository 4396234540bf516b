#include "cmkit/trajectory.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <numeric>

#include "cmkit/error.hpp"
#include "cmkit/plan.hpp"
#include "csv.hpp"
#include "text.hpp"

namespace cmkit {
namespace {

std::string k(EventKind kind) { return std::string(enum_text(kind)); }

const Track* find_track(const Plan& plan, const std::string& id) {
    for (const auto& t : plan.tracks)
        if (t.id == id) return &t;
    return nullptr;
}

bool has_step(const Track& t, std::int64_t n) {
    return std::any_of(t.steps.begin(), t.steps.end(), [&](const TrackStep& s) { return s.number == n; });
}

const TrackStep* step_of(const Track& t, std::int64_t n) {
    for (const auto& s : t.steps)
        if (s.number == n) return &s;
    return nullptr;
}

std::int64_t last_step(const Track& t) {
    std::int64_t m = 0;
    for (const auto& s : t.steps) m = std::max(m, s.number);
    return m;
}

bool contains(const std::vector<std::int64_t>& v, std::int64_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

/// Applies one school's events and reports breaches.
class SchoolEngine {
public:
    SchoolEngine(const Plan& plan, const School& school, std::vector<Finding>& findings, std::vector<TrajectoryRun>& runs)
        : plan_(plan), school_(school), out_(findings), runs_(runs) {
        st_.school = school.brin;
    }

    const TrajectoryState& state() const { return st_; }

    void apply(const TrajectoryEvent& e, const std::string& path) {
        e_ = &e;
        path_ = path;
        who_ = school_.name + " (" + school_.brin + ")";
        if (st_.status == TrajectoryStatus::Stopped && e.kind != EventKind::Restart && e.kind != EventKind::Start)
            return fail("EVENT_AFTER_STOP", "/kind",
                        "Het traject van " + who_ + " is gestopt; '" + k(e.kind) + "' kan pas na een herstart.",
                        "The trajectory of " + who_ + " is stopped; '" + k(e.kind) + "' needs a restart first.");
        if (st_.status == TrajectoryStatus::Paused && e.kind != EventKind::Resume && e.kind != EventKind::Stop &&
            e.kind != EventKind::StartRenewal)
            return fail("EVENT_WHILE_PAUSED", "/kind",
                        "Het traject van " + who_ + " is gepauzeerd; '" + k(e.kind) + "' kan pas na hervatten.",
                        "The trajectory of " + who_ + " is paused; '" + k(e.kind) + "' needs a resume first.");
        switch (e.kind) {
            case EventKind::Start: return start();
            case EventKind::StartStep: return start_step();
            case EventKind::FinishStep: return finish_step();
            case EventKind::SkipStep: return skip_step();
            case EventKind::Pause:
                if (!require_active()) return;
                st_.status = TrajectoryStatus::Paused;
                return done();
            case EventKind::Resume:
                if (st_.status != TrajectoryStatus::Paused)
                    return fail("RESUME_WITHOUT_PAUSE", "/kind", "Hervatten zonder pauze bij " + who_ + ".",
                                "Resume without a pause for " + who_ + ".");
                st_.status = TrajectoryStatus::Active;
                return done();
            case EventKind::Stop:
                if (st_.status != TrajectoryStatus::Active && st_.status != TrajectoryStatus::Paused)
                    return fail("NO_ACTIVE_TRAJECTORY", "/kind", who_ + " heeft geen lopend traject om te stoppen.",
                                who_ + " has no running trajectory to stop.");
                st_.status = TrajectoryStatus::Stopped;
                run().stopped = e.date;
                return done();
            case EventKind::Restart:
                if (st_.status != TrajectoryStatus::Stopped)
                    return fail("RESTART_WITHOUT_STOP", "/kind", "Herstart zonder stop bij " + who_ + ".",
                                "Restart without a stop for " + who_ + ".");
                st_.status = TrajectoryStatus::Active;
                run().stopped.reset();
                return done();
            case EventKind::Join: return join();
            case EventKind::Move: return move();
            case EventKind::StartRenewal: return renewal();
        }
    }

private:
    void fail(const std::string& code, const std::string& field, std::string nl, std::string en,
              Severity sev = Severity::Error) {
        out_.push_back(Finding{code, sev, path_ + field, std::move(nl), std::move(en),
                               {figure_text("school", school_.brin), figure_text("date", e_->date.to_string()),
                                figure_text("kind", k(e_->kind))},
                               {}});
    }
    void done() { st_.since = e_->date; }

    TrajectoryRun& run() { return runs_[run_index_]; }

    const Track* track() const { return st_.track ? find_track(plan_, *st_.track) : nullptr; }

    bool require_active() {
        if (st_.status == TrajectoryStatus::Active) return true;
        fail("NO_ACTIVE_TRAJECTORY", "/kind",
             who_ + " heeft op " + e_->date.to_string() + " geen lopend traject voor '" + k(e_->kind) + "'.",
             who_ + " has no running trajectory on " + e_->date.to_string() + " for '" + k(e_->kind) + "'.");
        return false;
    }

    /// The step given and known in the current track, or nullopt after reporting.
    std::optional<std::int64_t> require_step() {
        if (!e_->step) {
            fail("EVENT_MISSING_FIELD", "/step", "'" + k(e_->kind) + "' zonder stapnummer bij " + who_ + ".",
                 "'" + k(e_->kind) + "' without a step number for " + who_ + ".");
            return std::nullopt;
        }
        const Track* t = track();
        if (!has_step(*t, *e_->step)) {
            fail("EVENT_UNKNOWN_STEP", "/step",
                 t->label.nl + " heeft geen stap " + std::to_string(*e_->step) + " (1 tot en met " + std::to_string(last_step(*t)) + ").",
                 t->label.in(Lang::en) + " has no step " + std::to_string(*e_->step) + " (1 to " + std::to_string(last_step(*t)) + ").");
            return std::nullopt;
        }
        return *e_->step;
    }

    std::int64_t next_step() const {
        std::int64_t n = 1;
        while (contains(st_.finished_steps, n) || contains(st_.skipped_steps, n)) ++n;
        return n;
    }

    /// A step may not go beyond the trial step of a new PO school before it joins definitively.
    bool trial_allows(std::int64_t step) {
        const Track* t = track();
        if (t->trial_step && !st_.joined && step > *t->trial_step) {
            fail("STEP_BEYOND_TRIAL_WITHOUT_JOIN", "/step",
                 who_ + " begint stap " + std::to_string(step) + " voordat de school na de proefstap " +
                     std::to_string(*t->trial_step) + " definitief is aangesloten ('join').",
                 who_ + " starts step " + std::to_string(step) + " before joining definitively after trial step " +
                     std::to_string(*t->trial_step) + " ('join').");
            return false;
        }
        return true;
    }

    void start() {
        const TrajectoryEvent& e = *e_;
        if (!e.track)
            return fail("EVENT_MISSING_FIELD", "/track", "'start' zonder spoor bij " + who_ + ".",
                        "'start' without a track for " + who_ + ".");
        const Track* t = find_track(plan_, *e.track);
        if (!t) {
            std::string known;
            for (const auto& tr : plan_.tracks) known += (known.empty() ? "" : ", ") + tr.id;
            return fail("EVENT_UNKNOWN_TRACK", "/track", "Onbekend spoor '" + *e.track + "'; het plan kent: " + known + ".",
                        "Unknown track '" + *e.track + "'; the plan has: " + known + ".");
        }
        if (st_.status == TrajectoryStatus::Active || st_.status == TrajectoryStatus::Paused)
            return fail("TRAJECTORY_ALREADY_ACTIVE", "/kind",
                        who_ + " heeft al een lopend traject in " + *st_.track + "; stop of rond het eerst af.",
                        who_ + " already has a running trajectory in " + *st_.track + "; stop or finish it first.");
        // VO is new in this plan: a VO school reaches spoor 1 only by moving on from spoor 2; once there it
        // may repeat spoor 1's yearly cycle like any school.
        const bool moved_into = std::any_of(runs_.begin(), runs_.end(), [&](const TrajectoryRun& r) {
            return r.school == school_.brin && r.track == t->id && r.via_move;
        });
        if (school_.sector == Sector::VO && t->spoor == 1 && !moved_into)
            return fail("VO_IN_SPOOR_1", "/track",
                        who_ + " is een VO-school; VO is nieuw in dit plan en begint in spoor 2 (spoor 1 volgt via 'move').",
                        who_ + " is a VO school; VO is new in this plan and starts in spoor 2 (spoor 1 follows by 'move').");
        if (!moved_into && std::find(t->sectors.begin(), t->sectors.end(), school_.sector) == t->sectors.end())
            return fail("TRACK_SECTOR_MISMATCH", "/track",
                        who_ + " (" + std::string(enum_text(school_.sector)) + ") hoort niet in " + t->label.nl + ".",
                        who_ + " (" + std::string(enum_text(school_.sector)) + ") does not belong in " + t->label.in(Lang::en) + ".");
        // An earlier trajectory in the same track: only repeatable tracks, and at most once a school year.
        const TrajectoryRun* previous = nullptr;
        for (const auto& r : runs_)
            if (r.school == school_.brin && r.track == t->id) previous = &r;
        if (previous) {
            if (!t->repeatable_yearly)
                return fail("REPEAT_NOT_ALLOWED", "/track",
                            who_ + " begint " + t->label.nl + " opnieuw; alleen spoor 1 mag jaarlijks herhaald worden (een gestopt traject gaat verder met 'restart').",
                            who_ + " starts " + t->label.in(Lang::en) + " again; only spoor 1 may repeat yearly (a stopped trajectory continues with 'restart').");
            if (SchoolYear::of(previous->started) == SchoolYear::of(e.date))
                return fail("CYCLE_REPEATED_TOO_SOON", "/date",
                            who_ + " begint een nieuwe cyclus van " + t->label.nl + " in hetzelfde schooljaar " +
                                SchoolYear::of(e.date).to_string() + " als de vorige.",
                            who_ + " starts a new cycle of " + t->label.in(Lang::en) + " in the same school year " +
                                SchoolYear::of(e.date).to_string() + " as the previous one.");
        }
        begin(*t, false);
    }

    void begin(const Track& t, bool via_move) {
        std::int64_t cycle = 1;
        for (const auto& r : runs_)
            if (r.school == school_.brin && r.track == t.id) ++cycle;
        runs_.push_back(TrajectoryRun{school_.brin, t.id, cycle, e_->date, via_move, std::nullopt, std::nullopt, {}});
        run_index_ = runs_.size() - 1;
        st_.track = t.id;
        st_.status = TrajectoryStatus::Active;
        st_.cycle = cycle;
        st_.finished_steps.clear();
        st_.skipped_steps.clear();
        st_.current_step = 1;
        st_.joined = !t.trial_step.has_value();
        done();
    }

    bool require_trajectory_for_step() {
        if (st_.status == TrajectoryStatus::Active) return true;
        fail("NO_ACTIVE_TRAJECTORY", "/kind",
             who_ + " heeft op " + e_->date.to_string() + " geen lopend traject voor '" + k(e_->kind) + "'" +
                 (st_.status == TrajectoryStatus::Finished ? " (het traject is afgerond)." : "."),
             who_ + " has no running trajectory on " + e_->date.to_string() + " for '" + k(e_->kind) + "'" +
                 (st_.status == TrajectoryStatus::Finished ? " (the trajectory is finished)." : "."));
        return false;
    }

    void start_step() {
        if (!require_trajectory_for_step()) return;
        auto step = require_step();
        if (!step) return;
        if (st_.current_step)
            return fail("STEP_STILL_OPEN", "/step",
                        who_ + " begint stap " + std::to_string(*step) + " terwijl stap " + std::to_string(*st_.current_step) + " nog loopt.",
                        who_ + " starts step " + std::to_string(*step) + " while step " + std::to_string(*st_.current_step) + " is still open.");
        if (*step != next_step())
            return fail("STEP_OUT_OF_ORDER", "/step",
                        who_ + " begint stap " + std::to_string(*step) + "; de volgende stap is " + std::to_string(next_step()) + ".",
                        who_ + " starts step " + std::to_string(*step) + "; the next step is " + std::to_string(next_step()) + ".");
        if (!trial_allows(*step)) return;
        st_.current_step = *step;
        done();
    }

    void close_if_last(const Track& t) {
        if (next_step() > last_step(t)) {
            st_.status = TrajectoryStatus::Finished;
            run().finished = e_->date;
        }
    }

    void finish_step() {
        if (!require_trajectory_for_step()) return;
        auto step = require_step();
        if (!step) return;
        if (st_.current_step != *step) {
            if (contains(st_.finished_steps, *step))
                return fail("STEP_ALREADY_FINISHED", "/step", "Stap " + std::to_string(*step) + " van " + who_ + " is al afgerond.",
                            "Step " + std::to_string(*step) + " of " + who_ + " is already finished.");
            return fail("STEP_NOT_STARTED", "/step",
                        who_ + " rondt stap " + std::to_string(*step) + " af die niet begonnen is" +
                            (st_.current_step ? " (stap " + std::to_string(*st_.current_step) + " loopt)." : "."),
                        who_ + " finishes step " + std::to_string(*step) + " that was not started" +
                            (st_.current_step ? " (step " + std::to_string(*st_.current_step) + " is open)." : "."));
        }
        st_.finished_steps.push_back(*step);
        st_.current_step.reset();
        done();
        close_if_last(*track());
    }

    void skip_step() {
        if (!require_trajectory_for_step()) return;
        auto step = require_step();
        if (!step) return;
        if (!e_->reason || e_->reason->empty())
            return fail("SKIP_WITHOUT_REASON", "/reason", who_ + " slaat stap " + std::to_string(*step) + " over zonder reden.",
                        who_ + " skips step " + std::to_string(*step) + " without a reason.");
        if (st_.current_step && *st_.current_step != *step)
            return fail("STEP_STILL_OPEN", "/step",
                        who_ + " slaat stap " + std::to_string(*step) + " over terwijl stap " + std::to_string(*st_.current_step) + " nog loopt.",
                        who_ + " skips step " + std::to_string(*step) + " while step " + std::to_string(*st_.current_step) + " is still open.");
        if (*step != next_step())
            return fail("STEP_OUT_OF_ORDER", "/step",
                        who_ + " slaat stap " + std::to_string(*step) + " over; de volgende stap is " + std::to_string(next_step()) + ".",
                        who_ + " skips step " + std::to_string(*step) + "; the next step is " + std::to_string(next_step()) + ".");
        if (!trial_allows(*step)) return;
        const TrackStep* ts = step_of(*track(), *step);
        if (ts && ts->baseline_instrument)
            fail("SKIP_BASELINE", "/step",
                 who_ + " slaat de nulmeting (" + *ts->baseline_instrument + ") over; zonder nulmeting is de ontwikkeling niet te volgen.",
                 who_ + " skips the baseline measurement (" + *ts->baseline_instrument + "); without it progress cannot be followed.",
                 Severity::Warning);
        st_.skipped_steps.push_back(*step);
        st_.current_step.reset();
        done();
        close_if_last(*track());
    }

    void join() {
        if (!require_trajectory_for_step()) return;
        const Track* t = track();
        if (!t->trial_step)
            return fail("JOIN_NOT_APPLICABLE", "/kind", t->label.nl + " kent geen proefstap; 'join' is daar niet nodig.",
                        t->label.in(Lang::en) + " has no trial step; 'join' does not apply.");
        if (st_.joined)
            return fail("JOIN_NOT_APPLICABLE", "/kind", who_ + " is al definitief aangesloten.", who_ + " has already joined.");
        if (!contains(st_.finished_steps, *t->trial_step) && !contains(st_.skipped_steps, *t->trial_step))
            return fail("JOIN_BEFORE_TRIAL", "/kind",
                        who_ + " sluit definitief aan voordat proefstap " + std::to_string(*t->trial_step) + " is afgerond.",
                        who_ + " joins definitively before trial step " + std::to_string(*t->trial_step) + " is finished.");
        st_.joined = true;
        done();
    }

    void move() {
        const TrajectoryEvent& e = *e_;
        if (!e.track)
            return fail("EVENT_MISSING_FIELD", "/track", "'move' zonder doelspoor bij " + who_ + ".",
                        "'move' without a target track for " + who_ + ".");
        const Track* to = find_track(plan_, *e.track);
        if (!to) {
            std::vector<std::string> known;
            for (const auto& tr : plan_.tracks) known.push_back(tr.id);
            return fail("EVENT_UNKNOWN_TRACK", "/track",
                        "Onbekend spoor '" + *e.track + "'; het plan kent: " + text::join_list(known, Lang::nl) + ".",
                        "Unknown track '" + *e.track + "'; the plan has: " + text::join_list(known, Lang::en) + ".");
        }
        if (st_.status != TrajectoryStatus::Finished)
            return fail("MOVE_BEFORE_FINISH", "/kind",
                        who_ + " gaat door naar " + to->label.nl + " voordat het traject" + (st_.track ? " in " + *st_.track : "") + " is afgerond.",
                        who_ + " moves on to " + to->label.in(Lang::en) + " before finishing the trajectory" +
                            (st_.track ? " in " + *st_.track : "") + ".");
        const Track* from = track();
        if (!from->continues_in || *from->continues_in != to->id)
            return fail("MOVE_TO_WRONG_TRACK", "/track",
                        "Na " + from->label.nl + " gaat een school " +
                            (from->continues_in ? "door in " + *from->continues_in : std::string("niet door in een ander spoor")) + ", niet in " + to->id + ".",
                        "After " + from->label.in(Lang::en) + " a school continues " +
                            (from->continues_in ? "in " + *from->continues_in : std::string("in no other track")) + ", not in " + to->id + ".");
        bool renewal = st_.renewal_started.has_value();
        auto renewal_date = st_.renewal_started;
        begin(*to, true);
        if (renewal) st_.renewal_started = renewal_date;
    }

    void renewal() {
        if (st_.status == TrajectoryStatus::NotStarted)
            return fail("NO_ACTIVE_TRAJECTORY", "/kind", who_ + " heeft geen traject om de curriculumvernieuwing in op te pakken.",
                        who_ + " has no trajectory to take up the curriculum renewal in.");
        if (st_.renewal_started)
            return fail("RENEWAL_TWICE", "/kind",
                        who_ + " is al op " + st_.renewal_started->to_string() + " met de curriculumvernieuwing begonnen.",
                        who_ + " already took up the curriculum renewal on " + st_.renewal_started->to_string() + ".");
        const Track* t = track();
        std::int64_t from_phase = t->curriculum_renewal_from_phase.value_or(2);
        for (const auto& ph : plan_.phases)
            if (ph.number == from_phase && e_->date < ph.period.start())
                return fail("RENEWAL_BEFORE_PHASE", "/date",
                            who_ + " begint op " + e_->date.to_string() + " aan de curriculumvernieuwing; dat kan vanaf fase " +
                                std::to_string(from_phase) + " (" + ph.period.start().to_string() + ").",
                            who_ + " takes up the curriculum renewal on " + e_->date.to_string() + "; that is possible from phase " +
                                std::to_string(from_phase) + " (" + ph.period.start().to_string() + ").");
        st_.renewal_started = e_->date;
        done();
    }

    const Plan& plan_;
    const School& school_;
    std::vector<Finding>& out_;
    std::vector<TrajectoryRun>& runs_;
    TrajectoryState st_;
    std::size_t run_index_ = 0;
    const TrajectoryEvent* e_ = nullptr;
    std::string path_, who_;
};

}  // namespace

TrajectoryAnalysis analyse_trajectories(const Plan& plan, const SchoolRegistry& schools,
                                        const std::vector<TrajectoryEvent>& events, std::optional<Date> on) {
    TrajectoryAnalysis res;
    // Events per school in date order (stable: same-day events in file order).
    std::vector<std::size_t> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return events[a].date < events[b].date; });
    std::map<std::string, Date> last_in_file;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& e = events[i];
        auto it = last_in_file.find(e.school);
        if (it != last_in_file.end() && e.date < it->second)
            res.findings.push_back(Finding{"EVENTS_NOT_IN_DATE_ORDER", Severity::Warning, "/events/" + std::to_string(i) + "/date",
                                           "Gebeurtenis van " + e.school + " op " + e.date.to_string() + " staat na een latere (" +
                                               it->second.to_string() + "); de gebeurtenissen worden op datum toegepast.",
                                           "Event of " + e.school + " on " + e.date.to_string() + " comes after a later one (" +
                                               it->second.to_string() + "); events are applied in date order.",
                                           {figure_text("school", e.school)}, {}});
        else last_in_file.insert_or_assign(e.school, e.date);
    }
    std::map<std::string, SchoolEngine> engines;
    std::vector<std::string> registry_ids;
    for (const auto& s : schools.schools) {
        engines.try_emplace(s.brin, plan, s, res.findings, res.runs);
        registry_ids.push_back(s.brin);
    }
    for (std::size_t i : order) {
        const auto& e = events[i];
        if (on && *on < e.date) break;
        const std::string path = "/events/" + std::to_string(i);
        auto it = engines.find(e.school);
        if (it == engines.end()) {
            res.findings.push_back(Finding{"EVENT_UNKNOWN_SCHOOL", Severity::Error, path + "/school",
                                           "Gebeurtenis voor onbekende school '" + e.school + "' (niet in het scholenregister; dat kent: " +
                                               text::join_list(registry_ids, Lang::nl, 10) + ").",
                                           "Event for unknown school '" + e.school + "' (not in the schools registry; it has: " +
                                               text::join_list(registry_ids, Lang::en, 10) + ").",
                                           {figure_text("school", e.school)}, {}});
            continue;
        }
        if (!plan.period.contains(e.date)) {
            res.findings.push_back(Finding{"EVENT_OUTSIDE_PERIOD", Severity::Error, path + "/date",
                                           "Gebeurtenis op " + e.date.to_string() + " ligt buiten de planperiode " + plan.period.to_string() + ".",
                                           "Event on " + e.date.to_string() + " lies outside the plan period " + plan.period.to_string() + ".",
                                           {figure_text("school", e.school), figure_text("date", e.date.to_string())}, {}});
            continue;
        }
        it->second.apply(e, path);
    }
    for (const auto& s : schools.schools) res.states.push_back(engines.at(s.brin).state());
    res.findings = sorted_findings(std::move(res.findings));
    return res;
}

std::vector<TrajectoryEvent> events_from_csv(std::string_view text, const std::string& source) {
    csv::Table t = csv::parse(text, source);
    const std::vector<std::string> known = {"school", "date", "kind", "track", "step", "reason"};
    t.check_header(known, {"school", "date", "kind"}, "a header with at least school, date and kind", source);
    std::vector<TrajectoryEvent> out;
    for (const auto& row : t.rows) {
        auto where = [&](const char* col) { return csv::where(row, col); };
        auto get = [&](const char* col) { return t.get(row, col); };
        TrajectoryEvent e;
        e.school = get("school");
        if (e.school.empty()) throw FormatError(source, where("school"), "an empty cell", "the school's BRIN code");
        try {
            e.date = Date::parse(get("date"));
        } catch (const FormatError&) {
            throw FormatError(source, where("date"), "'" + get("date") + "'", "a date YYYY-MM-DD");
        }
        std::string kind = get("kind");
        bool found = false;
        std::string kinds;
        for (const auto& [v, text] : DescribeEnum<EventKind>::values) {
            if (kind == text) {
                e.kind = v;
                found = true;
            }
            kinds += (kinds.empty() ? "" : ", ") + std::string(text);
        }
        if (!found) throw FormatError(source, where("kind"), "'" + kind + "'", "one of " + kinds);
        if (auto tr = get("track"); !tr.empty()) e.track = tr;
        if (auto s = get("step"); !s.empty()) {
            std::int64_t v = 0;
            auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (ec != std::errc() || p != s.data() + s.size() || v < 1)
                throw FormatError(source, where("step"), "'" + s + "'", "a step number 1, 2, ...");
            e.step = v;
        }
        if (auto r = get("reason"); !r.empty()) e.reason = r;
        out.push_back(std::move(e));
    }
    return out;
}

std::string events_to_csv(const std::vector<TrajectoryEvent>& events) {
    std::string out = csv::line({"school", "date", "kind", "track", "step", "reason"});
    for (const auto& e : events)
        out += csv::line({csv::text(e.school), e.date.to_string(), k(e.kind), csv::text(e.track.value_or("")),
                          e.step ? std::to_string(*e.step) : "", csv::text(e.reason.value_or(""))});
    return out;
}

}  // namespace cmkit
