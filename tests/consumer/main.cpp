// Uses the installed cmkit: loads the built-in Amstelland plan and prints the FCP grant total.
#include <cmkit/cmkit.hpp>
#include <iostream>

int main() {
    cmkit::Plan plan = cmkit::reference_plan("amstelland-2025-2028");
    cmkit::Money fcp;
    for (const auto& line : plan.budget.income)
        if (line.category == "fcp_grant") fcp += line.total();
    std::cout << "cmkit " << cmkit::library_version() << " " << plan.id << " FCP "
              << fcp.format({cmkit::NumberStyle::Dutch, false, cmkit::Cents::Auto}) << "\n";
    return fcp == cmkit::Money::parse("539.248") ? 0 : 1;
}
