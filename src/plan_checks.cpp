// Whole-plan validation beyond the budget: every cross-reference, every period against the plan period,
// phases that tile it, the plan period against its edition, budget years against the plan years.
// docs/plan-validation.md lists the codes; tests/data/plan-checks/ holds a broken plan for each.
#include <algorithm>
#include <map>
#include <set>

#include "cmkit/budget_rules.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/progress.hpp"
#include "cmkit/rules.hpp"
#include "cmkit/vocabulary.hpp"
#include "text.hpp"

namespace cmkit {
namespace {

std::string s(std::int64_t n) { return std::to_string(n); }
std::string s(std::size_t n) { return std::to_string(n); }

std::string list(const std::vector<std::string>& items) { return text::join_list(items); }

class PlanChecker {
public:
    PlanChecker(const Plan& plan, std::vector<Finding>& out) : p_(plan), out_(out) {
        for (const auto& m : p_.municipalities) municipalities_.push_back(m.id);
        for (const auto& o : p_.objectives) objectives_.push_back(o.id);
        for (const auto& t : p_.tracks) tracks_.push_back(t.id);
        for (const auto& ph : p_.phases) phases_.push_back(s(ph.number));
    }

    void run() {
        duplicates();
        region();
        programme_lines();
        tracks();
        phases();
        vocabularies_of_plan();
        targets();
        planning_and_monitoring();
        priorities();
        initiatives();
        edition();
        budget_years();
    }

private:
    const Plan& p_;
    std::vector<Finding>& out_;
    std::vector<std::string> municipalities_, objectives_, tracks_, phases_;

    void add(std::string code, Severity sev, std::string path, std::string nl, std::string en,
             std::vector<FindingFigure> figures = {}) {
        out_.push_back(Finding{std::move(code), sev, std::move(path), std::move(nl), std::move(en), std::move(figures), {}});
    }
    static bool in(const std::vector<std::string>& v, const std::string& x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    }
    const Phase* phase(std::int64_t number) const {
        for (const auto& ph : p_.phases)
            if (ph.number == number) return &ph;
        return nullptr;
    }
    void unknown_phase(const std::string& path, std::int64_t number, const std::string& what_nl, const std::string& what_en) {
        add("PHASE_UNKNOWN", Severity::Error, path,
            what_nl + " noemt fase " + s(number) + ", die het plan niet heeft; fasen: " + list(phases_) + ".",
            what_en + " names phase " + s(number) + ", which the plan does not have; phases: " + list(phases_) + ".",
            {figure_count("phase", number)});
    }
    void outside(const std::string& path, const std::string& what_nl, const std::string& what_en, const std::string& when) {
        add("PERIOD_OUTSIDE_PLAN", Severity::Error, path,
            what_nl + " (" + when + ") valt (deels) buiten de planperiode " + period_name(p_.period) + ".",
            what_en + " (" + when + ") lies (partly) outside the plan period " + period_name(p_.period) + ".",
            {figure_text("period", when), figure_text("plan_period", period_name(p_.period))});
    }

    /// Ids that must be unique within their list (a reference to them would be ambiguous).
    void duplicates() {
        auto check = [&](const std::string& list_path, const std::vector<std::string>& ids, const char* what_nl,
                         const char* what_en, const char* field) {
            std::set<std::string> seen;
            for (std::size_t i = 0; i < ids.size(); ++i)
                if (!seen.insert(ids[i]).second)
                    add("DUPLICATE_ID", Severity::Error, list_path + "/" + s(i) + "/" + field,
                        std::string(what_nl) + " '" + ids[i] + "' komt meer dan eens voor.",
                        std::string(what_en) + " '" + ids[i] + "' occurs more than once.", {figure_text("id", ids[i])});
        };
        std::vector<std::string> lines, targets;
        for (const auto& l : p_.programme_lines) lines.push_back(l.id);
        for (const auto& t : p_.targets) targets.push_back(t.id);
        std::vector<std::string> initiatives;
        for (const auto& a : p_.initiatives) initiatives.push_back(a.id);
        check("/initiatives", initiatives, "Initiatief", "Initiative", "id");
        check("/municipalities", municipalities_, "Gemeente", "Municipality", "id");
        check("/objectives", objectives_, "Doelstelling", "Objective", "id");
        check("/programme_lines", lines, "Programmalijn", "Programme line", "id");
        check("/tracks", tracks_, "Spoor", "Track", "id");
        check("/targets", targets, "Resultaatdoel", "Result target", "id");
        check("/phases", phases_, "Fase", "Phase", "number");
    }

    void region() {
        for (std::size_t i = 0; i < p_.region.municipalities.size(); ++i) {
            const auto& id = p_.region.municipalities[i];
            if (!in(municipalities_, id))
                add("REGION_UNKNOWN_MUNICIPALITY", Severity::Error, "/region/municipalities/" + s(i),
                    "De regio noemt gemeente '" + id + "', die niet bij de gemeenten van het plan staat; bekend: " +
                        list(municipalities_) + ".",
                    "The region names municipality '" + id + "', which is not among the plan's municipalities; known: " +
                        list(municipalities_) + ".",
                    {figure_text("municipality", id)});
        }
        for (std::size_t i = 0; i < p_.municipalities.size(); ++i)
            if (!in(p_.region.municipalities, p_.municipalities[i].id))
                add("MUNICIPALITY_NOT_IN_REGION", Severity::Warning, "/municipalities/" + s(i),
                    "Gemeente '" + p_.municipalities[i].id + "' staat niet in region.municipalities.",
                    "Municipality '" + p_.municipalities[i].id + "' is not listed in region.municipalities.",
                    {figure_text("municipality", p_.municipalities[i].id)});
    }

    void programme_lines() {
        for (std::size_t i = 0; i < p_.programme_lines.size(); ++i) {
            const auto& l = p_.programme_lines[i];
            const std::string base = "/programme_lines/" + s(i);
            for (std::size_t j = 0; j < l.objectives.size(); ++j)
                if (!in(objectives_, l.objectives[j]))
                    add("LINE_UNKNOWN_OBJECTIVE", Severity::Error, base + "/objectives/" + s(j),
                        "Programmalijn " + l.id + " dient doelstelling '" + l.objectives[j] +
                            "', die het plan niet heeft; doelstellingen: " + list(objectives_) + ".",
                        "Programme line " + l.id + " serves objective '" + l.objectives[j] +
                            "', which the plan does not have; objectives: " + list(objectives_) + ".",
                        {figure_text("objective", l.objectives[j])});
            for (std::size_t j = 0; j < l.activity_lists.size(); ++j)
                for (std::size_t k = 0; k < l.activity_lists[j].phases.size(); ++k)
                    if (!phase(l.activity_lists[j].phases[k]))
                        unknown_phase(base + "/activity_lists/" + s(j) + "/phases/" + s(k), l.activity_lists[j].phases[k],
                                      "Activiteitenlijst " + l.activity_lists[j].id, "Activity list " + l.activity_lists[j].id);
        }
    }

    void tracks() {
        for (std::size_t i = 0; i < p_.tracks.size(); ++i) {
            const auto& t = p_.tracks[i];
            const std::string base = "/tracks/" + s(i);
            if (t.continues_in && !in(tracks_, *t.continues_in))
                add("TRACK_UNKNOWN_CONTINUATION", Severity::Error, base + "/continues_in",
                    "Spoor " + t.id + " gaat verder in '" + *t.continues_in + "', een spoor dat het plan niet heeft; sporen: " +
                        list(tracks_) + ".",
                    "Track " + t.id + " continues in '" + *t.continues_in + "', a track the plan does not have; tracks: " +
                        list(tracks_) + ".",
                    {figure_text("track", *t.continues_in)});
            if (t.trial_step && std::none_of(t.steps.begin(), t.steps.end(),
                                             [&](const TrackStep& st) { return st.number == *t.trial_step; })) {
                std::vector<std::string> steps;
                for (const auto& st : t.steps) steps.push_back(s(st.number));
                add("TRACK_UNKNOWN_STEP", Severity::Error, base + "/trial_step",
                    "Spoor " + t.id + " noemt proefstap " + s(*t.trial_step) + ", die het niet heeft; stappen: " +
                        text::join_list(steps, Lang::nl) + ".",
                    "Track " + t.id + " names trial step " + s(*t.trial_step) + ", which it does not have; steps: " +
                        text::join_list(steps, Lang::en) + ".",
                    {figure_count("step", *t.trial_step)});
            }
            if (!vocabulary("spoor").contains(s(t.spoor)))
                unknown_term("TRACK_UNKNOWN_SPOOR", Severity::Error, base + "/spoor", "spoor", s(t.spoor),
                             "Spoor " + t.id + " hoort bij spoor " + s(t.spoor) + " van de regeling",
                             "Track " + t.id + " belongs to the regulation's spoor " + s(t.spoor));
            if (t.curriculum_renewal_from_phase && !phase(*t.curriculum_renewal_from_phase))
                unknown_phase(base + "/curriculum_renewal_from_phase", *t.curriculum_renewal_from_phase,
                              "Spoor " + t.id + " (curriculumvernieuwing)", "Track " + t.id + " (curriculum renewal)");
        }
    }

    /// Phases lie inside the plan period and tile it: in order of their start, the first begins on the
    /// plan's first day, each begins the day after the previous one ends, the last ends on its last day.
    void phases() {
        std::vector<std::size_t> order(p_.phases.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return p_.phases[a].period.start() < p_.phases[b].period.start();
        });
        for (std::size_t i = 0; i < p_.phases.size(); ++i)
            if (!p_.period.contains(p_.phases[i].period))
                outside("/phases/" + s(i) + "/period", "Fase " + s(p_.phases[i].number), "Phase " + s(p_.phases[i].number),
                        period_name(p_.phases[i].period));
        if (order.empty()) return;
        auto gap = [&](const std::string& path, const std::string& nl, const std::string& en) {
            add("PHASES_DO_NOT_TILE", Severity::Error, path, nl, en);
        };
        const Phase& first = p_.phases[order.front()];
        if (first.period.start() > p_.period.start())
            gap("/phases/" + s(order.front()) + "/period/start",
                "De eerste fase begint op " + first.period.start().to_string() + ", na het begin van het plan (" +
                    p_.period.start().to_string() + ").",
                "The first phase starts on " + first.period.start().to_string() + ", after the plan starts (" +
                    p_.period.start().to_string() + ").");
        for (std::size_t k = 1; k < order.size(); ++k) {
            const Phase& a = p_.phases[order[k - 1]];
            const Phase& b = p_.phases[order[k]];
            const Date expected = a.period.end().add_days(1);
            if (b.period.start() != expected)
                gap("/phases/" + s(order[k]) + "/period/start",
                    "Fase " + s(b.number) + " begint op " + b.period.start().to_string() + "; na fase " + s(a.number) +
                        " (tot en met " + a.period.end().to_string() + ") had dat " + expected.to_string() +
                        " moeten zijn: de fasen " + (b.period.start() < expected ? "overlappen" : "laten een gat") + ".",
                    "Phase " + s(b.number) + " starts on " + b.period.start().to_string() + "; after phase " + s(a.number) +
                        " (up to " + a.period.end().to_string() + ") it should start on " + expected.to_string() +
                        ": the phases " + (b.period.start() < expected ? "overlap" : "leave a gap") + ".");
        }
        const Phase& last = p_.phases[order.back()];
        if (last.period.end() < p_.period.end())
            gap("/phases/" + s(order.back()) + "/period/end",
                "De laatste fase eindigt op " + last.period.end().to_string() + ", voor het einde van het plan (" +
                    p_.period.end().to_string() + ").",
                "The last phase ends on " + last.period.end().to_string() + ", before the plan ends (" +
                    p_.period.end().to_string() + ").");
    }

    /// An unknown value of a closed vocabulary: the finding says what has it and lists the allowed values.
    void unknown_term(const std::string& code, Severity sev, const std::string& path, const std::string& vocab,
                      const std::string& value, const std::string& what_nl, const std::string& what_en) {
        const auto allowed = vocabulary(vocab).forms();
        add(code, sev, path, what_nl + ", een waarde die niet bestaat; toegestaan: " + text::join_list(allowed, Lang::nl) + ".",
            what_en + ", a value that does not exist; allowed: " + text::join_list(allowed, Lang::en) + ".",
            {figure_text(vocab, value)});
    }

    /// Budget versions (the plan's budget and its revisions) and risk categories against their vocabularies.
    void vocabularies_of_plan() {
        auto version = [&](const Budget& b, const std::string& path) {
            if (!vocabulary("budget-version").contains(b.version))
                unknown_term("BUDGET_UNKNOWN_VERSION", Severity::Warning, path + "/version", "budget-version", b.version,
                             "De begroting heeft versie '" + b.version + "'", "The budget has version '" + b.version + "'");
        };
        version(p_.budget, "/budget");
        for (std::size_t i = 0; i < p_.budget_revisions.size(); ++i) version(p_.budget_revisions[i], "/budget_revisions/" + s(i));
        for (std::size_t i = 0; i < p_.risks.size(); ++i) {
            const auto& r = p_.risks[i];
            if (!vocabulary("risk-category").contains(r.category))
                unknown_term("RISK_UNKNOWN_CATEGORY", Severity::Warning, "/risks/" + s(i) + "/category", "risk-category", r.category,
                             "Risico " + r.id + " heeft categorie '" + r.category + "'",
                             "Risk " + r.id + " has category '" + r.category + "'");
        }
    }

    void targets() {
        const auto forms = vocabulary("measure").forms();
        for (std::size_t i = 0; i < p_.targets.size(); ++i) {
            const auto& t = p_.targets[i];
            const std::string base = "/targets/" + s(i);
            if (t.measure) {
                const std::string& m = *t.measure;
                const auto colon = m.find(':');
                const std::string kind = m.substr(0, colon), arg = colon == std::string::npos ? "" : m.substr(colon + 1);
                if (!vocabulary("measure").contains(m))
                    add("TARGET_UNKNOWN_MEASURE", Severity::Error, base + "/measure",
                        "Resultaatdoel " + t.id + " heeft maat '" + m + "', die cmkit niet kent; bekend: " + list(forms) + ".",
                        "Result target " + t.id + " has measure '" + m + "', which cmkit does not know; known: " + list(forms) + ".",
                        {figure_text("measure", m)});
                else if ((kind == "new-schools-in-track" || kind == "trajectories-started") && !in(tracks_, arg))
                    add("TARGET_UNKNOWN_MEASURE", Severity::Error, base + "/measure",
                        "Resultaatdoel " + t.id + " telt in spoor '" + arg + "', dat het plan niet heeft; sporen: " +
                            list(tracks_) + ".",
                        "Result target " + t.id + " counts in track '" + arg + "', which the plan does not have; tracks: " +
                            list(tracks_) + ".",
                        {figure_text("measure", m)});
            }
            std::int64_t sum = 0, largest = 0;
            for (std::size_t j = 0; j < t.periods.size(); ++j) {
                const auto& tp = t.periods[j];
                const std::string pp = base + "/periods/" + s(j);
                sum += tp.value;
                largest = std::max(largest, tp.value);
                if (!p_.period.contains(tp.period))
                    outside(pp + "/period", "Een periode van resultaatdoel " + t.id, "A period of result target " + t.id, tp.name());
                for (std::size_t k = 0; k < j; ++k)
                    if (t.periods[k].period.overlaps(tp.period))
                        add("TARGET_PERIODS_OVERLAP", Severity::Error, pp + "/period",
                            "Resultaatdoel " + t.id + ": periode " + tp.name() + " overlapt met " + t.periods[k].name() + ".",
                            "Result target " + t.id + ": period " + tp.name() + " overlaps " + t.periods[k].name() + ".",
                            {figure_text("period", tp.name()), figure_text("other", t.periods[k].name())});
                if (tp.phase) {
                    const Phase* ph = phase(*tp.phase);
                    if (!ph)
                        unknown_phase(pp + "/phase", *tp.phase, "Resultaatdoel " + t.id, "Result target " + t.id);
                    else if (ph->period != tp.period)
                        add("TARGET_PHASE_MISMATCH", Severity::Warning, pp + "/period",
                            "Resultaatdoel " + t.id + ": periode " + tp.name() + " heet fase " + s(*tp.phase) +
                                ", maar die fase loopt " + period_name(ph->period) + ".",
                            "Result target " + t.id + ": period " + tp.name() + " is said to be phase " + s(*tp.phase) +
                                ", but that phase runs " + period_name(ph->period) + ".",
                            {figure_text("period", tp.name()), figure_text("phase_period", period_name(ph->period))});
                }
            }
            if (t.periods.empty()) continue;
            const bool unique = t.counting == TargetCounting::Unique;
            if (unique ? (t.total < largest || t.total > sum) : t.total != sum)
                add("TARGET_TOTAL_INCONSISTENT", Severity::Error, base + "/total",
                    "Resultaatdoel " + t.id + ": het totaal " + s(t.total) +
                        (unique ? " (uniek geteld) hoort tussen de grootste periode (" + s(largest) + ") en de som (" + s(sum) +
                                      ") te liggen."
                                : " (opgeteld) hoort de som van de periodes te zijn (" + s(sum) + ")."),
                    "Result target " + t.id + ": the total " + s(t.total) +
                        (unique ? " (counted uniquely) should lie between the largest period (" + s(largest) + ") and the sum (" +
                                      s(sum) + ")."
                                : " (summed) should be the sum of the periods (" + s(sum) + ")."),
                    {figure_count("total", t.total), figure_count("largest", largest), figure_count("sum", sum)});
        }
    }

    void planning_and_monitoring() {
        const int first = p_.period.start().year(), last = p_.period.end().year();
        for (std::size_t i = 0; i < p_.planning.size(); ++i) {
            const auto& y = p_.planning[i];
            const std::string base = "/planning/" + s(i);
            if (y.year < first || y.year > last)
                outside(base + "/year", "Planningsjaar " + s(y.year), "Planning year " + s(y.year), s(y.year));
            else if (!phase(y.phase))
                unknown_phase(base + "/phase", y.phase, "Planningsjaar " + s(y.year), "Planning year " + s(y.year));
            else {
                const Phase* ph = phase(y.phase);
                if (ph->period.start().year() > y.year || ph->period.end().year() < y.year)
                    add("PLANNING_PHASE_MISMATCH", Severity::Warning, base + "/phase",
                        "Planningsjaar " + s(y.year) + " staat onder fase " + s(y.phase) + ", die " + period_name(ph->period) +
                            " loopt.",
                        "Planning year " + s(y.year) + " is filed under phase " + s(y.phase) + ", which runs " +
                            period_name(ph->period) + ".",
                        {figure_count("year", y.year), figure_count("phase", y.phase)});
            }
            for (std::size_t j = 0; j < y.items.size(); ++j)
                if (y.items[j].period && !p_.period.contains(*y.items[j].period))
                    outside(base + "/items/" + s(j) + "/period", "Planningsonderdeel " + y.items[j].id,
                            "Planning item " + y.items[j].id, period_name(*y.items[j].period));
        }
        for (std::size_t i = 0; i < p_.monitoring.size(); ++i)
            for (std::size_t j = 0; j < p_.monitoring[i].years.size(); ++j) {
                const auto y = p_.monitoring[i].years[j];
                if (y < first || y > last)
                    outside("/monitoring/" + s(i) + "/years/" + s(j), "Monitoring " + p_.monitoring[i].id,
                            "Monitoring " + p_.monitoring[i].id, s(y));
            }
    }

    void priorities() {
        for (std::size_t i = 0; i < p_.municipal_priorities.size(); ++i) {
            const auto& id = p_.municipal_priorities[i].municipality;
            if (!in(municipalities_, id))
                add("PRIORITIES_UNKNOWN_MUNICIPALITY", Severity::Error, "/municipal_priorities/" + s(i) + "/municipality",
                    "Gemeentelijke prioriteiten voor '" + id + "', een gemeente die het plan niet heeft; bekend: " +
                        list(municipalities_) + ".",
                    "Municipal priorities for '" + id + "', a municipality the plan does not have; known: " +
                        list(municipalities_) + ".",
                    {figure_text("municipality", id)});
        }
    }

    void initiatives() {
        std::vector<std::string> lines;
        for (const auto& l : p_.programme_lines) lines.push_back(l.id);
        for (std::size_t i = 0; i < p_.initiatives.size(); ++i) {
            const auto& a = p_.initiatives[i];
            const std::string base = "/initiatives/" + s(i);
            auto unknown = [&](const std::string& path, const std::string& value, const std::string& kind_nl,
                               const std::string& kind_en, const std::vector<std::string>& known) {
                add("INITIATIVE_UNKNOWN_REFERENCE", Severity::Error, path,
                    "Initiatief " + a.id + " noemt " + kind_nl + " '" + value + "', die het plan niet heeft; bekend: " +
                        list(known) + ".",
                    "Initiative " + a.id + " names " + kind_en + " '" + value + "', which the plan does not have; known: " +
                        list(known) + ".",
                    {figure_text("value", value)});
            };
            if (a.programme_line && !in(lines, *a.programme_line))
                unknown(base + "/programme_line", *a.programme_line, "programmalijn", "programme line", lines);
            for (std::size_t j = 0; j < a.municipalities.size(); ++j)
                if (!in(municipalities_, a.municipalities[j]))
                    unknown(base + "/municipalities/" + s(j), a.municipalities[j], "gemeente", "municipality", municipalities_);
            for (std::size_t j = 0; j < a.planned_in.size(); ++j)
                if (!in(municipalities_, a.planned_in[j]))
                    unknown(base + "/planned_in/" + s(j), a.planned_in[j], "gemeente", "municipality", municipalities_);
        }
    }

    /// A plan period that differs from its edition's (a 3-year plan under cmk-2025-2028). A plan for
    /// another period altogether is RULES_OF_OTHER_PERIOD (validate); an unknown edition UNKNOWN_EDITION.
    void edition() {
        for (const auto& id : rule_sets()) {
            if (id != p_.edition) continue;
            const RuleSet r = rule_set(id);
            if (r.period != p_.period && r.period.overlaps(p_.period))
                add("EDITION_PERIOD_MISMATCH", Severity::Warning, "/period",
                    "De planperiode " + period_name(p_.period) + " wijkt af van de periode van regeling " + id + " (" +
                        period_name(r.period) + ").",
                    "The plan period " + period_name(p_.period) + " differs from the period of edition " + id + " (" +
                        period_name(r.period) + ").",
                    {figure_text("plan_period", period_name(p_.period)), figure_text("edition_period", period_name(r.period))});
        }
    }

    /// Every year of the plan has a budget (lines for years outside the plan are YEAR_OUTSIDE_PERIOD).
    void budget_years() {
        const auto years = p_.budget.years();
        for (int y = p_.period.start().year(); y <= p_.period.end().year(); ++y)
            if (std::find(years.begin(), years.end(), y) == years.end())
                add("BUDGET_YEAR_MISSING", Severity::Warning, "/budget",
                    "De begroting heeft geen bedragen voor " + s(static_cast<std::int64_t>(y)) + ", een jaar van het plan.",
                    "The budget has no amounts for " + s(static_cast<std::int64_t>(y)) + ", a year of the plan.",
                    {figure_count("year", y)});
    }
};

}  // namespace

std::vector<Finding> check_plan_structure(const Plan& plan) {
    std::vector<Finding> out;
    PlanChecker(plan, out).run();
    return out;
}

}  // namespace cmkit
