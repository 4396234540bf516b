#include <cmkit/cmkit.hpp>
#include <iostream>

int main() {
    cmkit::Plan plan = cmkit::reference_plan("amstelland-2025-2028");
    for (int year : plan.budget.years())
        std::cout << year << ": " << plan.budget.year_total(cmkit::Side::Income, year).to_string() << "\n";
    for (const cmkit::Finding& f : cmkit::validate(plan))          // rule breaches are values, not exceptions
        std::cout << f.code << " " << f.path << ": " << f.message_en << "\n";
    auto cut = cmkit::what_if(plan, plan.budget, {cmkit::parse_cut("Aalsmeer:-50%:2026")});
    std::cout << cmkit::budget_rows_csv(cmkit::budget_rows(cut.budget));
    try {
        cmkit::Plan mine = cmkit::load_plan("my-plan.json");
    } catch (const cmkit::Error& e) {   // every cmkit error: FileError (missing file), FormatError (bad content), ...
        std::cerr << e.what() << "\n";   // my-plan.json: at /budget/income/0/amounts/2025: expected ...
    }
    // Evi: answers in, a reproducible regional analysis out (disclosure control with k = 5). The built-in
    // SYNTHETIC Amstelland demo; your own files: cmkit::load_evi_responses("responses.csv"), cmkit::load_schools(...)
    cmkit::EviSyntheticData demo = cmkit::evi_demo_amstelland();
    cmkit::EviAnalysis a = cmkit::evi_analyse(demo.responses, cmkit::builtin_evi_instruments(), &demo.schools);
    std::cout << cmkit::to_json(a.manifest) << "\n";
}
