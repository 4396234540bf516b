// SYNTHETIC plans for the roll-up's tests and benchmarks (rollup.hpp, docs/rollup.md): made up from a seed
// with cmkit's own PRNG (src/evi/random.hpp), so the same seed gives the same plans on every platform.
//
// Every plan is of the edition cmk-2025-2028 for its whole period and meets that edition's rules exactly:
//   - grant = € 0,85 × the region's inhabitants, every year (no GRANT_RATE_MISMATCH);
//   - matching = the grant plus 0-20% (never below it; the annual minimum of € 90.000 for grant and matching
//     together holds, since every region has at least 55.000 inhabitants);
//   - balanced: the costs of a year are its income; coordination is 7% of the costs (rounded down: within the
//     7% cap and, within € 1, the fixed 7% of CmK2), monitoring 3% of the income (more than 2% of the activity
//     costs), the VO-tagged activities 3-9% of the activity costs (below the 10% cap);
//   - stated totals that are the sums; phases 2025-2026 and 2027-2028 with targets per phase.
// Region i is made from its own stream (seed, i), so the first n plans of a larger set are the n plans of a
// smaller one with the same seed.
#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "cmkit/error.hpp"
#include "cmkit/rollup.hpp"
#include "evi/random.hpp"

namespace cmkit {
namespace {

constexpr int kFirstYear = 2025, kLastYear = 2028;
constexpr std::int64_t kRateCents = 85;  // cmk-2025-2028: € 0,85 per inhabitant per year

const char* const kStems[] = {"dam", "veen", "wijk", "horst", "broek", "meer", "hoven", "dorp",
                              "haven", "rode", "zijl", "wold", "lo", "sloot", "kerk", "berg"};

std::string pad(std::int64_t n, int width) {
    std::string s = std::to_string(n);
    return s.size() < static_cast<std::size_t>(width) ? std::string(static_cast<std::size_t>(width) - s.size(), '0') + s : s;
}

Label label(std::string nl, std::string en) { return Label{std::move(nl), std::move(en)}; }
Item item(std::string id, std::string nl, std::string en) { return Item{std::move(id), label(std::move(nl), std::move(en)), {}}; }
Period whole_years(int first, int last) { return Period(Date(first, 1, 1), Date(last, 12, 31)); }

std::map<int, Money> every_year(Money amount) {
    std::map<int, Money> out;
    for (int y = kFirstYear; y <= kLastYear; ++y) out[y] = amount;
    return out;
}

constexpr int kYears = kLastYear - kFirstYear + 1;

BudgetLine line(std::string id, std::string nl, std::string en, std::string category, Money per_year) {
    BudgetLine l;
    l.id = std::move(id);
    l.label = label(std::move(nl), std::move(en));
    l.category = std::move(category);
    l.amounts = every_year(per_year);
    l.stated_total = per_year * kYears;
    return l;
}

StatedTotals stated(Money per_year) { return StatedTotals{every_year(per_year), per_year * kYears, {}}; }

ResultTarget target(std::string id, Label name, std::int64_t phase1, std::int64_t phase2, std::int64_t total,
                    TargetCounting counting, Label unit, std::string measure) {
    ResultTarget t;
    t.id = std::move(id);
    t.label = std::move(name);
    t.periods = {TargetPeriod{whole_years(2025, 2026), phase1, 1, {}}, TargetPeriod{whole_years(2027, 2028), phase2, 2, {}}};
    t.total = total;
    t.counting = counting;
    t.unit = std::move(unit);
    t.measure = std::move(measure);
    return t;
}

TrackStep step(std::int64_t n, std::string nl, std::string en) {
    TrackStep s;
    s.number = n;
    s.label = label(nl, std::move(en));
    s.description_nl = nl + ".";
    return s;
}

Plan synthetic_plan(std::int64_t region, std::int64_t seed) {
    std::uint64_t x = static_cast<std::uint64_t>(seed) ^ (static_cast<std::uint64_t>(region) * 0xd1342543de82ef95ULL);
    detail::Rng rng(detail::splitmix64(x));
    const std::string r = pad(region, 4);

    Plan p;
    p.id = "synthetisch-" + r + "-2025-2028";
    p.fictional = true;
    p.title = label("Synthetisch plan Cultuureducatie met Kwaliteit 2025-2028, regio " + r,
                    "Synthetic plan Cultural Education with Quality 2025-2028, region " + r);
    p.edition = "cmk-2025-2028";
    p.source = SourceDocument{label("Synthetisch plan (geen echt projectplan)", "Synthetic plan (not a real project plan)"),
                              "cmkit synthetic_plans, seed " + std::to_string(seed), "nl", {}};
    p.period = whole_years(kFirstYear, kLastYear);
    p.phases = {Phase{1, label("Fase 1 (2025-2026)", "Phase 1 (2025-2026)"), whole_years(2025, 2026), {}},
                Phase{2, label("Fase 2 (2027-2028)", "Phase 2 (2027-2028)"), whole_years(2027, 2028), {}}};
    p.summary_nl = "Een synthetisch (verzonnen) plan voor tests en metingen van de landelijke optelling; regio, gemeenten, "
                   "inwonertallen, bedragen en doelen bestaan niet.";

    // ---- municipalities: 2 to 8, at least 55.000 inhabitants together -----------------------------------
    const std::int64_t count = 2 + static_cast<std::int64_t>(rng.below(7));
    std::int64_t inhabitants = 0;
    p.region.id = "synth-" + r;
    p.region.name = "Synthetische regio " + r;
    for (std::int64_t k = 1; k <= count; ++k) {
        Municipality m;
        m.id = "synth-" + r + "-" + std::to_string(k);
        m.name = "Synth" + std::string(kStems[rng.below(std::size(kStems))]) + " " + std::to_string(region) + "-" + std::to_string(k);
        m.cbs_code = "SY" + pad(region, 6) + std::to_string(k);
        const std::int64_t n = k == 1 ? 50000 + static_cast<std::int64_t>(rng.below(150001))
                                      : 5000 + static_cast<std::int64_t>(rng.below(60001));
        m.inhabitants = Inhabitants{n, Date(2025, 1, 1), "Synthetisch: verzonnen inwonertal (cmkit synthetic_plans, seed " + std::to_string(seed) + ")", {}};
        inhabitants += n;
        p.region.municipalities.push_back(m.id);
        p.municipalities.push_back(std::move(m));
    }
    p.penvoerder = Penvoerder{"synth-penvoerder-" + r, "Stichting Synthetisch Cultuurhuis " + r, "Cultuur Synthetische regio " + r,
                              p.municipalities.front().id, std::nullopt, std::nullopt, {}};

    // ---- programme -------------------------------------------------------------------------------------
    p.objectives = {Objective{"o1", label("Cultuuronderwijs in elke klas", "Arts education in every class"), {}},
                    Objective{"o2", label("School en omgeving verbonden", "School and surroundings connected"), {}}};
    auto list = [](std::string id, std::vector<std::int64_t> phases, Item a) {
        ActivityList l;
        l.id = std::move(id);
        l.label = label("Activiteiten", "Activities");
        l.phases = std::move(phases);
        l.activities = {std::move(a)};
        return l;
    };
    ProgrammeLine a;
    a.id = "1";
    a.label = label("Kwaliteit in de klas", "Quality in the classroom");
    a.objectives = {"o1"};
    a.description_nl = "Scholen werken aan een doorlopende leerlijn (synthetisch).";
    a.activity_lists = {list("1-fase-1", {1}, item("visie", "Visie op cultuuronderwijs", "A vision of arts education")),
                        list("1-fase-2", {2}, item("borgen", "Borgen in het schoolplan", "Securing it in the school plan"))};
    ProgrammeLine b;
    b.id = "2";
    b.label = label("Samen met de omgeving", "Together with the surroundings");
    b.objectives = {"o2"};
    b.description_nl = "Scholen en culturele partners werken samen (synthetisch).";
    b.activity_lists = {list("2-beide", {1, 2}, item("wijkaanbod", "Naschools aanbod in de wijk", "After-school provision"))};
    p.programme_lines = {std::move(a), std::move(b)};

    Track existing;
    existing.id = "bestaand";
    existing.spoor = 1;
    existing.label = label("Bestaande scholen", "Existing schools");
    existing.sectors = {Sector::PO, Sector::VO};
    existing.repeatable_yearly = true;
    existing.description_nl = "Scholen die al meedoen borgen hun kwaliteit.";
    existing.steps = {step(1, "Evi invullen", "Complete Evi"), step(2, "Gesprek", "Conversation"), step(3, "Jaarplan", "Year plan")};
    Track fresh;
    fresh.id = "nieuw";
    fresh.spoor = 2;
    fresh.label = label("Nieuwe scholen", "New schools");
    fresh.sectors = {Sector::PO, Sector::VO};
    fresh.new_schools = true;
    fresh.description_nl = "Nieuwe scholen bouwen in vier stappen een cultuurplan op.";
    fresh.steps = {step(1, "Kennismaking", "Introduction"), step(2, "Nulmeting", "Baseline"), step(3, "Cultuurplan", "Culture plan"),
                   step(4, "Uitvoering", "Implementation")};
    fresh.trial_step = 2;
    fresh.continues_in = "bestaand";
    p.tracks = {std::move(existing), std::move(fresh)};

    // ---- targets per phase -------------------------------------------------------------------------------
    const std::int64_t s1 = 2 + static_cast<std::int64_t>(rng.below(9)), s2 = 1 + static_cast<std::int64_t>(rng.below(7));
    const std::int64_t schools_total = std::max(s1, s2) + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(s1 + s2 - std::max(s1, s2) + 1)));
    const std::int64_t w1 = 1 + static_cast<std::int64_t>(rng.below(4)), w2 = 1 + static_cast<std::int64_t>(rng.below(4));
    const std::int64_t meetings = 2 * (1 + static_cast<std::int64_t>(rng.below(3)));  // per year; two years a phase
    p.targets = {target("nieuwe-scholen", label("Nieuwe scholen met een traject", "New schools with a trajectory"), s1, s2,
                        schools_total, TargetCounting::Unique, label("scholen", "schools"), "trajectories-started:nieuw"),
                 target("wijken", label("Wijken verbonden in en buiten school", "Neighbourhoods connected in and out of school"),
                        w1, w2, w1 + w2, TargetCounting::Unique, label("wijken", "neighbourhoods"), "neighbourhoods-connected"),
                 target("netwerkbijeenkomsten", label("Netwerkbijeenkomsten", "Network meetings"), 2 * meetings, 2 * meetings,
                        4 * meetings, TargetCounting::Sum, label("bijeenkomsten", "meetings"), "meetings-held:network-meeting")};

    // ---- budget: every year the same, balanced, within every limit ------------------------------------
    const Money grant = Money::from_cents(kRateCents * inhabitants);
    const Money matching = grant + Money::from_cents(grant.cents() / 100 * static_cast<std::int64_t>(rng.below(21)));
    const bool po = rng.chance(50);
    const Money schools = po ? Money::from_euros(500 * (1 + static_cast<std::int64_t>(rng.below(10)))) : Money();
    const Money income = grant + matching + schools;
    const Money coordination = Money::from_cents(income.cents() * 7 / 100);
    const Money knowledge = Money::from_cents(income.cents() / 100 * (3 + static_cast<std::int64_t>(rng.below(4))));
    const Money monitoring = Money::from_cents(income.cents() * 3 / 100);
    const Money accountant = Money::from_euros(1500 + 250 * static_cast<std::int64_t>(rng.below(11)));
    const Money activities = income - coordination - knowledge - monitoring - accountant;
    const Money vo = Money::from_cents(activities.cents() / 100 * (3 + static_cast<std::int64_t>(rng.below(7))));

    Budget& bud = p.budget;
    bud.income.push_back(line("fcp-grant", "Subsidie FCP", "FCP grant", "fcp_grant", grant));
    // the matching: agreed per municipality in a third of the regions, per municipality in the lines in a
    // sixth, otherwise one line divided by inhabitants (so the roll-up shows every basis)
    const auto basis = rng.below(6);
    if (basis == 0) {
        Money left = matching;
        for (std::size_t k = 0; k < p.municipalities.size(); ++k) {
            const auto& m = p.municipalities[k];
            const Money part = k + 1 == p.municipalities.size()
                                   ? left
                                   : Money::from_cents(matching.cents() / inhabitants * m.inhabitants->count);
            left -= part;
            BudgetLine l = line("matching-" + std::to_string(k + 1), "Matching " + m.name, "Matching " + m.name,
                                "municipal_matching", part);
            l.municipality = m.id;
            bud.income.push_back(std::move(l));
        }
    } else {
        bud.income.push_back(line("municipal-matching", "Matching gemeenten", "Municipal matching", "municipal_matching", matching));
        if (basis <= 2) {
            // agreed amounts: the inhabitants' shares of the others moved by up to ±5%, the first (largest,
            // at least 50.000 of at most 655.000 inhabitants) taking the rest, which stays positive
            std::vector<Money> parts(p.municipalities.size());
            Money others;
            for (std::size_t k = 1; k < p.municipalities.size(); ++k) {
                const std::int64_t by_inhabitants = matching.cents() / inhabitants * p.municipalities[k].inhabitants->count;
                parts[k] = Money::from_cents(by_inhabitants / 100 * (95 + static_cast<std::int64_t>(rng.below(11))));
                others += parts[k];
            }
            parts[0] = matching - others;
            for (std::size_t k = 0; k < p.municipalities.size(); ++k)
                bud.matching_shares.push_back(MatchingShare{p.municipalities[k].id, every_year(parts[k]), {}});
        }
    }
    if (po)
        bud.income.push_back(line("bijdrage-scholen-po", "Bijdragen van scholen PO", "Contributions from PO schools",
                                  "school_contribution_po", schools));
    bud.costs.push_back(line("activiteiten", "Activiteitenkosten", "Activity costs", "activities", activities - vo));
    BudgetLine vo_line = line("activiteiten-vo", "Activiteiten VO", "Activities VO", "activities", vo);
    vo_line.tags = {"vo"};
    bud.costs.push_back(std::move(vo_line));
    bud.costs.push_back(line("kennisdeling", "Kennisdeling", "Knowledge sharing", "knowledge_sharing", knowledge));
    bud.costs.push_back(line("monitoring", "Monitoring en evaluatie", "Monitoring and evaluation", "monitoring_evaluation", monitoring));
    bud.costs.push_back(line("accountant", "Accountantskosten", "Accountant's fees", "accountant", accountant));
    bud.costs.push_back(line("coordinatie", "Coördinatiekosten", "Coordination costs", "coordination", coordination));
    bud.stated_income = stated(income);
    bud.stated_costs = stated(income);
    bud.stated_result = stated(Money());

    // ---- the rest of the plan: small, consistent ------------------------------------------------------
    MonitoringActivity evi;
    evi.id = "evi-jaarlijks";
    evi.label = label("Evi per school", "Evi per school");
    evi.scope = MonitoringScope::School;
    evi.times_per_year = 1;
    evi.instruments = {"Evi"};
    evi.description_nl = "Elke school vult jaarlijks Evi in (synthetisch).";
    MonitoringActivity network;
    network.id = "netwerkbijeenkomsten";
    network.label = label("Netwerkbijeenkomsten", "Network meetings");
    network.scope = MonitoringScope::Region;
    network.times_per_year = meetings;
    network.description_nl = "Netwerkbijeenkomsten in de regio (synthetisch).";
    p.monitoring = {std::move(evi), std::move(network)};
    for (int y = kFirstYear; y <= kLastYear; ++y)
        p.planning.push_back(PlanningYear{y, y <= 2026 ? 1 : 2, y > 2026,
                                          {PlanningItem{"uitvoering-" + std::to_string(y),
                                                        label("Uitvoering " + std::to_string(y), "Implementation " + std::to_string(y)),
                                                        std::nullopt, {}}},
                                          {}});
    p.steering_group = SteeringGroup{label("Stuurgroep", "Steering group"), "Toezicht op de uitvoering (synthetisch).", {}, {}};
    p.covenant = Covenant{label("Synthetisch convenant", "Synthetic covenant"), p.period, std::nullopt, std::nullopt, {},
                          "Verzonnen afspraken.", {}};
    p.knowledge_sharing = KnowledgeSharing{"Netwerkbijeenkomsten (synthetisch).", {}, {}, {}};
    p.notes = {Note{"synthetisch", {"/fictional"},
                    "Dit plan is synthetisch: door cmkit verzonnen (synthetic_plans, seed " + std::to_string(seed) +
                        ") voor tests en metingen. Regio, gemeenten, CBS-codes (SY...), inwonertallen, bedragen en doelen "
                        "bestaan niet; alleen het tarief van € 0,85 per inwoner komt uit de regeling.",
                    "This plan is synthetic: made up by cmkit (synthetic_plans, seed " + std::to_string(seed) +
                        ") for tests and measurements. Region, municipalities, CBS codes (SY...), inhabitants, amounts and "
                        "targets do not exist; only the rate of EUR 0.85 per inhabitant comes from the regulation.",
                    {}}};
    return p;
}

}  // namespace

std::vector<Plan> synthetic_plans(std::int64_t count, std::int64_t seed, const ProgressCallback& progress) {
    if (count < 0 || count > 100000)
        throw InvalidArgument("synthetic_plans: count must be from 0 to 100000, got " + std::to_string(count));
    ProgressReporter report(progress, count);
    report.stage("plans");
    std::vector<Plan> out;
    out.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 1; i <= count; ++i) {
        out.push_back(synthetic_plan(i, seed));
        report.advance(1);
    }
    report.finish();
    return out;
}

}  // namespace cmkit
