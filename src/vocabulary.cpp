#include "cmkit/vocabulary.hpp"

#include "cmkit/error.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/matching.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/school.hpp"

namespace cmkit {
namespace {

/// A vocabulary made from a described enum: its texts and docs (DescribeEnum<E>::docs).
template <class E>
std::vector<Term> enum_terms() {
    static_assert(DescribeEnum<E>::values.size() == DescribeEnum<E>::docs.size(), "one doc per enum value");
    std::vector<Term> out;
    for (std::size_t i = 0; i < DescribeEnum<E>::values.size(); ++i) {
        std::string id(DescribeEnum<E>::values[i].second);
        out.push_back(Term{id, Label{id, id}, std::string(DescribeEnum<E>::docs[i]), {}});
    }
    return out;
}

std::vector<Vocabulary> make() {
    std::vector<Vocabulary> v;
    v.push_back(Vocabulary{
        "income-category",
        "Where an income line of the budget comes from (baten).",
        {"Budget.income[].category", "actuals: category of an income row"},
        {"/$defs/Budget/properties/income/items/properties/category"},
        false,
        {{"fcp_grant", {"Subsidie FCP", "FCP grant"}, "the grant of the Fonds voor Cultuurparticipatie (the national part of the matching scheme)", {}},
         {"municipal_matching", {"Matching gemeenten", "Municipal matching"},
          "the municipalities' contribution that matches the grant; its division over the municipalities is the matching split", {}},
         {"school_contribution_po", {"Bijdragen van scholen PO", "Contributions from PO schools"}, "money paid by primary schools", {}},
         {"school_contribution_vo", {"Bijdragen van scholen VO", "Contributions from VO schools"}, "money paid by secondary schools", {}},
         {"other", {"Overige bijdragen", "Other contributions"}, "any other income (funds, sponsors, province)", {}}}});
    v.push_back(Vocabulary{
        "cost-category",
        "What a cost line of the budget pays for (lasten).",
        {"Budget.costs[].category", "actuals: category of a cost row"},
        {"/$defs/Budget/properties/costs/items/properties/category"},
        false,
        {{"activities", {"Activiteitenkosten", "Activity costs"}, "the programme's activities with schools and cultural partners", {}},
         {"knowledge_sharing", {"Kennisdeling", "Knowledge sharing"}, "meetings, networks and training that share knowledge", {}},
         {"monitoring_evaluation", {"Monitoring en evaluatie", "Monitoring and evaluation"}, "Evi, the impact research and other monitoring", {}},
         {"accountant", {"Accountantskosten", "Accountant's fees"}, "the audit of the accounts", {}},
         {"coordination", {"Coördinatiekosten", "Coordination costs"}, "the penvoerder's coordination (capped by the regulation's rules)", {}}}});
    v.push_back(Vocabulary{
        "budget-version",
        "Which version of the budget a Budget record is.",
        {"Budget.version"},
        {"/$defs/Budget/properties/version"},
        false,
        {{"original", {"Oorspronkelijk", "Original"}, "the budget as the plan was submitted (Plan.budget)", {}},
         {"revised", {"Herzien", "Revised"}, "a later revision of the budget (Plan.budget_revisions), with its revision_date", {}},
         {"what-if", {"Wat-als", "What-if"}, "a budget that cmkit recomputed from a what-if (cuts to income); derived, not plan content", {}}}});
    v.push_back(Vocabulary{
        "risk-category",
        "The kind of risk a plan names in its risk analysis.",
        {"Risk.category"},
        {"/$defs/Risk/properties/category"},
        false,
        {{"education", {"Onderwijs", "Education"}, "pressure on schools: the timetable, shortage of (specialist) teachers", {}},
         {"curriculum", {"Curriculum", "Curriculum"}, "changes to the national curriculum that affect the programme", {}},
         {"financial", {"Financieel", "Financial"}, "uncertain funding, such as municipal budgets", {}},
         {"partners", {"Partners", "Partners"}, "the cultural partners' capacity or continuity", {}}}});
    v.push_back(Vocabulary{
        "spoor",
        "The two tracks of the national regulation; a plan's tracks each belong to one.",
        {"Track.spoor"},
        {"/$defs/Track/properties/spoor"},
        true,
        {{"1", {"Spoor 1", "Track 1"}, "schools that already work on cultural education keep and deepen its quality (a yearly cycle)", {}},
         {"2", {"Spoor 2", "Track 2"}, "schools new to CmK build cultural education up step by step", {}}}});
    v.push_back(Vocabulary{
        "measure",
        "How the achievements of a result target follow from the progress data (docs/trajectories.md).",
        {"ResultTarget.measure"},
        {"/$defs/ResultTarget/properties/measure"},
        false,
        {{"new-schools-in-track", {"Nieuwe scholen in spoor", "New schools in track"},
          "schools whose first trajectory in the track (entered by start, not by moving on) begins in the period; a school is counted once in the total",
          "track"},
         {"trajectories-started", {"Gestarte trajecten", "Trajectories started"},
          "schools that start a trajectory in the track in the period (a restart is the same trajectory); each school once in the total", "track"},
         {"neighbourhoods-connected", {"Verbonden wijken", "Neighbourhoods connected"},
          "neighbourhoods whose first in- or out-of-school activity falls in the period; each neighbourhood once in the total", {}},
         {"meetings-held", {"Gehouden bijeenkomsten", "Meetings held"},
          "activities of the kind (e.g. network-meeting) in the period; the total is the sum", "kind"}}});
    v.push_back(Vocabulary{"sector", "The education sector of a school, an activity list, a track or hours line.",
                           {"School.sector", "Track.sectors[]", "ActivityList.sectors[]", "HoursLine.sector"}, {}, false,
                           enum_terms<Sector>()});
    v.push_back(Vocabulary{"matching-basis",
                           "How a municipality's share of the matching was determined (column `basis` of the matching tables; "
                           "not written in a plan).",
                           {"MatchingRow.basis (output)"}, {}, false, enum_terms<MatchingBasis>()});
    v.push_back(Vocabulary{"target-counting", "How a result target's total relates to its periods.", {"ResultTarget.counting"}, {},
                           false, enum_terms<TargetCounting>()});
    v.push_back(Vocabulary{"knowledge-level", "The level at which a form of knowledge sharing takes place.",
                           {"KnowledgeForm.level"}, {}, false, enum_terms<KnowledgeLevel>()});
    v.push_back(Vocabulary{"monitoring-scope", "Who or what a monitoring activity is held for.", {"MonitoringActivity.scope"}, {},
                           false, enum_terms<MonitoringScope>()});
    return v;
}

}  // namespace

bool Vocabulary::contains(std::string_view value) const {
    const auto colon = value.find(':');
    const std::string_view head = value.substr(0, colon);
    const Term* t = find(head);
    if (!t) return false;
    if (t->argument.empty()) return colon == std::string_view::npos;
    return colon != std::string_view::npos && colon + 1 < value.size();
}

const Term* Vocabulary::find(std::string_view id) const {
    for (const auto& t : terms)
        if (t.id == id) return &t;
    return nullptr;
}

std::vector<std::string> Vocabulary::forms() const {
    std::vector<std::string> out;
    for (const auto& t : terms) out.push_back(t.argument.empty() ? t.id : t.id + ":<" + t.argument + ">");
    return out;
}

const std::vector<Vocabulary>& vocabularies() {
    static const std::vector<Vocabulary> v = make();
    return v;
}

const Vocabulary& vocabulary(std::string_view id) {
    std::string known;
    for (const auto& v : vocabularies()) {
        if (v.id == id) return v;
        known += (known.empty() ? "" : ", ") + v.id;
    }
    throw NotFoundError("vocabulary", std::string(id), known);
}

}  // namespace cmkit
