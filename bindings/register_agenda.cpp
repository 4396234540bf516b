// The plan's monitoring and meeting calendar (agenda), its iCalendar export and the target check.
#include <cmkit/agenda.hpp>
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include "common.hpp"

namespace cmkit::py_bind {
namespace {

Lang to_lang(const py::object& o) {
    if (py::isinstance<py::str>(o)) {
        std::string s = py::cast<std::string>(o);
        if (s == "nl") return Lang::nl;
        if (s == "en") return Lang::en;
        throw FormatError::text("'" + s + "'", "a language: nl or en");
    }
    return py::cast<Lang>(o);
}

}  // namespace

void register_agenda(py::module_& m) {
    m.def("default_slot_rules", &default_slot_rules,
          "cmkit's default slot months per number of times a year (1x June; 2x March, October; ...).");
    m.def(
        "agenda",
        [](const Plan& plan, std::optional<int> year, const std::optional<AgendaOptions>& options) {
            return agenda(plan, year, options.value_or(AgendaOptions{}));
        },
        py::arg("plan"), py::arg("year") = py::none(), py::arg("options") = py::none(),
        "The plan's monitoring and planning calendar over its period (or one year), sorted by date.\n"
        "Monitoring dates are slots from cmkit's scheduling rule (AgendaOptions), not dates from the plan:\n"
        "such events have slot=True.");
    m.def(
        "agenda_to_ics",
        [](const std::vector<AgendaEvent>& events, const std::string& plan_id, const py::object& lang,
           std::optional<Date> stamp) { return agenda_to_ics(events, plan_id, to_lang(lang), stamp); },
        py::arg("events"), py::arg("plan_id"), py::arg("lang") = Lang::nl, py::arg("stamp") = py::none(),
        "The events as an iCalendar (RFC 5545) text with CRLF line endings; `lang` is a Lang or 'nl'/'en';\n"
        "DTSTAMP is `stamp` (a Date) or 1 January of the first event's year.");
    m.def(
        "check_agenda_against_targets",
        [](const Plan& plan, const std::optional<std::vector<AgendaEvent>>& events, const std::string& target,
           const std::string& activity) {
            return check_agenda_against_targets(plan, events ? *events : agenda(plan), target, activity);
        },
        py::arg("plan"), py::arg("events") = py::none(), py::kw_only(),
        py::arg("target") = std::string(meetings_target_id), py::arg("activity") = std::string(network_meetings_id),
        "Compare the network meetings of a whole-period agenda (default: agenda(plan)) with the result target\n"
        "per phase and in total; AGENDA_TARGET_MISMATCH warnings where they differ.");
}

}  // namespace cmkit::py_bind
