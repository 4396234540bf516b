// Value types: Money, Date, Period, Year, SchoolYear, Cycle, Label, Ratio, and the enums.
#include <pybind11/native_enum.h>

#include <cmkit/records.hpp>
#include <pybind11/operators.h>

#include <cmkit/budget.hpp>
#include <cmkit/calendar.hpp>
#include <cmkit/error.hpp>
#include <cmkit/money.hpp>
#include <cmkit/plan.hpp>
#include <cmkit/values.hpp>

#include "common.hpp"

namespace cmkit::py_bind {
namespace {

/// A Python int (never a bool or a float) to int64, raising cmkit.OverflowError when it does not fit.
std::int64_t to_int64(const py::handle& value, const char* what) {
    if (!PyLong_Check(value.ptr()) || PyBool_Check(value.ptr()))
        throw py::type_error(std::string(what) + " must be an int, not " +
                             std::string(py::str(value.get_type().attr("__name__"))));
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
    if (overflow != 0) throw OverflowError(std::string(what) + " " + std::string(py::str(value)) + " does not fit in 64 bits");
    if (v == -1 && PyErr_Occurred()) throw py::error_already_set();
    return v;
}

Money money_from_decimal(const py::object& d) {
    py::object decimal = py::module_::import("decimal");
    if (!py::isinstance(d, decimal.attr("Decimal")))
        throw py::type_error("Money.from_decimal expects a decimal.Decimal (never a float)");
    if (!py::cast<bool>(d.attr("is_finite")()))
        throw FormatError::text(py::cast<std::string>(py::str(d)), "a finite amount");
    py::object cents = d * py::int_(100);
    if (!py::cast<bool>(cents.attr("__eq__")(cents.attr("to_integral_value")())))
        throw FormatError::text(py::cast<std::string>(py::str(d)), "an amount exact to the cent");
    return Money::from_cents(to_int64(py::int_(cents), "amount in cents"));
}

template <DescribedEnum E>
void bind_enum(py::module_& m, const char* doc) {
    py::native_enum<E> e(m, std::string(DescribeEnum<E>::name).c_str(), "enum.Enum", doc);
    for (const auto& [v, text] : DescribeEnum<E>::values) {
        std::string member;
        for (char c : text) member += (c == '-') ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        e.value(member.c_str(), v);
    }
    e.finalize();
}

}  // namespace

void register_values(py::module_& m) {
    bind_enum<Sector>(m, "Education sector: PO (primary), SBO (special primary), SO (special), VO (secondary).");
    bind_enum<Side>(m, "Budget side: INCOME (baten) or COST (lasten).");
    bind_enum<KnowledgeLevel>(m, "Level at which knowledge is shared.");
    bind_enum<MonitoringScope>(m, "Who or what a monitoring activity is held for.");
    bind_enum<Severity>(m, "How serious a finding is: ERROR breaks a rule, WARNING deserves attention, INFO explains.");
    bind_enum<LimitKind>(m, "What a limit of the regulation compares.");
    bind_enum<LimitBase>(m, "The base a limit's share is taken of.");
    bind_enum<MatchingBasis>(m, "How a municipality's share of the matching was determined.");
    bind_enum<TargetCounting>(m, "How a result target's total relates to its periods: UNIQUE (each unit once) or SUM.");
    bind_enum<EventKind>(m, "What happened to a school's trajectory (start, start-step, finish-step, ...).");
    bind_enum<TrajectoryStatus>(m, "Where a trajectory stands.");
    bind_enum<EviItemKind>(m, "What an Evi item measures: STATEMENT, OWN_SCENARIO, AMBITION, SATISFACTION, OBJECTIVE, OTHER.");
    bind_enum<CutPolicy>(m, "How costs shrink in a what-if: PRO_RATA or PROTECT_ACTIVITIES.");

    py::native_enum<Rounding>(m, "Rounding", "enum.Enum", "How an inexact division is rounded.")
        .value("HALF_EVEN", Rounding::HalfEven)
        .value("HALF_UP", Rounding::HalfUp)
        .value("TOWARD_ZERO", Rounding::TowardZero)
        .value("FLOOR", Rounding::Floor)
        .value("CEILING", Rounding::Ceiling)
        .finalize();
    py::native_enum<Lang>(m, "Lang", "enum.Enum", "Language of labels and reports.")
        .value("NL", Lang::nl)
        .value("EN", Lang::en)
        .finalize();

    // ---- Money ----
    py::class_<Money>(m, "Money",
                      "An exact amount of euros stored as integer cents (64-bit). Never built from a float.")
        .def(py::init([](const py::object& cents) { return Money::from_cents(to_int64(cents, "cents")); }),
             py::arg("cents") = py::int_(0), "The amount `cents` euro cents.")
        .def_static("from_euros", [](const py::object& euros) { return Money::from_euros(to_int64(euros, "euros")); },
                    py::arg("euros"), "Whole euros.")
        .def_static("parse", &Money::parse, py::arg("text"),
                    "Parse Dutch notation: '€ 134.812', '134.812,50', '-5.000'.")
        .def_static("from_decimal", &money_from_decimal, py::arg("amount"),
                    "From a decimal.Decimal number of euros; must be exact to the cent.")
        .def_property_readonly("cents", &Money::cents, "The exact amount in cents (int).")
        .def("to_decimal",
             [](const Money& self) {
                 return py::module_::import("decimal").attr("Decimal")(self.cents()).attr("scaleb")(-2);
             },
             "The amount in euros as a decimal.Decimal (exact).")
        .def("format",
             [](const Money& self, const std::string& style, bool symbol, const std::string& cents) {
                 MoneyFormat f;
                 if (style == "nl") f.style = NumberStyle::Dutch;
                 else if (style == "en") f.style = NumberStyle::English;
                 else throw FormatError::text("\"" + style + "\"", "style \"nl\" or \"en\"");
                 f.symbol = symbol;
                 if (cents == "auto") f.cents = Cents::Auto;
                 else if (cents == "always") f.cents = Cents::Always;
                 else if (cents == "never") f.cents = Cents::Never;
                 else throw FormatError::text("\"" + cents + "\"", "cents \"auto\", \"always\" or \"never\"");
                 return self.format(f);
             },
             py::arg("style") = "nl", py::arg("symbol") = true, py::arg("cents") = "auto",
             "Text in Dutch ('nl': € 134.812,50) or English ('en': €134,812.50) notation.")
        .def("mul_ratio", &Money::mul_ratio, py::arg("numerator"), py::arg("denominator"),
             py::arg("rounding") = Rounding::HalfUp, "self × numerator / denominator, rounded as asked.")
        .def("allocate",
             [](const Money& self, const std::vector<py::object>& weights) {
                 std::vector<std::int64_t> w;
                 for (const auto& x : weights) w.push_back(to_int64(x, "weight"));
                 return self.allocate(w);
             },
             py::arg("weights"),
             "Split over integer weights by largest remainder; the parts always sum exactly to self.")
        .def_static("sum",
                    [](const py::iterable& items) {
                        Money t;
                        for (auto x : items) t += py::cast<Money>(x);
                        return t;
                    },
                    py::arg("amounts"), "Checked sum of Money values.")
        .def("__str__", &Money::to_string)
        .def("__repr__", [](const Money& self) { return "Money(cents=" + std::to_string(self.cents()) + ")"; })
        .def("__bool__", [](const Money& self) { return !self.is_zero(); })
        .def("__hash__", [](const Money& self) { return py::hash(py::make_tuple("Money", self.cents())); })
        .def(py::self + py::self)
        .def(py::self - py::self)
        .def(-py::self)
        .def("__mul__", [](const Money& self, const py::object& f) { return self * to_int64(f, "factor"); }, py::is_operator())
        .def("__rmul__", [](const Money& self, const py::object& f) { return self * to_int64(f, "factor"); }, py::is_operator())
        .def(py::self == py::self)
        .def(py::self != py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__eq__", [](const Money&, const py::object&) { return false; })
        .def(py::pickle([](const Money& self) { return py::make_tuple(self.cents()); },
                        [](const py::tuple& t) { return Money::from_cents(to_int64(t[0], "cents")); }));

    m.def("format_integer",
          [](const py::object& value, const std::string& style) {
              return format_integer(to_int64(value, "value"), style == "en" ? NumberStyle::English : NumberStyle::Dutch);
          },
          py::arg("value"), py::arg("style") = "nl", "A whole number in Dutch (1.118.496) or English (1,118,496) style.");

    // ---- calendar ----
    py::class_<Date>(m, "Date", "A day of the Gregorian calendar.")
        .def(py::init<int, int, int>(), py::arg("year"), py::arg("month"), py::arg("day"))
        .def_static("parse", &Date::parse, py::arg("iso"), "ISO form YYYY-MM-DD.")
        .def_static("from_date",
                    [](const py::object& d) {
                        return Date(py::cast<int>(d.attr("year")), py::cast<int>(d.attr("month")),
                                    py::cast<int>(d.attr("day")));
                    },
                    py::arg("date"), "From a datetime.date.")
        .def("to_date",
             [](const Date& self) {
                 return py::module_::import("datetime").attr("date")(self.year(), self.month(), self.day());
             },
             "As a datetime.date.")
        .def_property_readonly("year", &Date::year)
        .def_property_readonly("month", &Date::month)
        .def_property_readonly("day", &Date::day)
        .def("iso_weekday", &Date::iso_weekday)
        .def("add_days", &Date::add_days, py::arg("days"))
        .def("days_until", &Date::days_until, py::arg("other"))
        .def("__str__", &Date::to_string)
        .def("__repr__", [](const Date& d) {
            return "Date(" + std::to_string(d.year()) + ", " + std::to_string(d.month()) + ", " +
                   std::to_string(d.day()) + ")";
        })
        .def("__hash__", [](const Date& d) { return py::hash(py::make_tuple("Date", d.year(), d.month(), d.day())); })
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def(py::self > py::self)
        .def(py::self >= py::self)
        .def("__eq__", [](const Date&, const py::object&) { return false; })
        .def(py::pickle([](const Date& d) { return d.to_string(); },
                        [](const std::string& s) { return Date::parse(s); }));

    py::class_<Period>(m, "Period", "A closed range of dates [start, end].")
        .def(py::init<Date, Date>(), py::arg("start"), py::arg("end"))
        .def_static("parse", &Period::parse, py::arg("text"), "START..END in ISO dates.")
        .def_property_readonly("start", &Period::start)
        .def_property_readonly("end", &Period::end)
        .def("name", [](const Period& p) { return period_name(p); },
             "The period as tables name it: '2027' (one calendar year), '2025-2026' (whole calendar years),\n"
             "otherwise 'start/end' in ISO dates.")
        .def("contains", py::overload_cast<Date>(&Period::contains, py::const_), py::arg("date"))
        .def("contains", py::overload_cast<const Period&>(&Period::contains, py::const_), py::arg("period"))
        .def("__contains__", py::overload_cast<Date>(&Period::contains, py::const_))
        .def("overlaps", &Period::overlaps, py::arg("other"))
        .def("length_days", &Period::length_days)
        .def("years", &Period::years)
        .def("school_years", &Period::school_years)
        .def("__str__", &Period::to_string)
        .def("__repr__", [](const Period& p) {
            return "Period(start=" + py::cast<std::string>(py::repr(py::cast(p.start()))) +
                   ", end=" + py::cast<std::string>(py::repr(py::cast(p.end()))) + ")";
        })
        .def("__hash__", [](const Period& p) { return py::hash(py::str(p.to_string())); })
        .def(py::self == py::self)
        .def("__eq__", [](const Period&, const py::object&) { return false; })
        .def(py::pickle([](const Period& p) { return p.to_string(); },
                        [](const std::string& s) { return Period::parse(s); }));

    py::class_<Year>(m, "Year", "A calendar year (budget year).")
        .def(py::init<int>(), py::arg("year"))
        .def_static("of", &Year::of, py::arg("date"))
        .def_property_readonly("value", &Year::value)
        .def_property_readonly("start", &Year::start)
        .def_property_readonly("end", &Year::end)
        .def("period", &Year::period)
        .def("contains", &Year::contains, py::arg("date"))
        .def("next", &Year::next)
        .def("__str__", &Year::to_string)
        .def("__repr__", [](const Year& y) { return "Year(" + y.to_string() + ")"; })
        .def("__int__", &Year::value)
        .def("__hash__", [](const Year& y) { return py::hash(py::make_tuple("Year", y.value())); })
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def("__eq__", [](const Year&, const py::object&) { return false; })
        .def(py::pickle([](const Year& y) { return y.value(); }, [](int v) { return Year(v); }));

    py::class_<SchoolYear>(m, "SchoolYear", "A school year, 1 August to 31 July, written 2025-2026.")
        .def(py::init<int>(), py::arg("start_year"))
        .def_static("of", &SchoolYear::of, py::arg("date"))
        .def_static("parse", &SchoolYear::parse, py::arg("text"))
        .def_property_readonly("start_year", &SchoolYear::start_year)
        .def_property_readonly("start", &SchoolYear::start)
        .def_property_readonly("end", &SchoolYear::end)
        .def("period", &SchoolYear::period)
        .def("contains", &SchoolYear::contains, py::arg("date"))
        .def("next", &SchoolYear::next)
        .def("__str__", &SchoolYear::to_string)
        .def("__repr__", [](const SchoolYear& y) { return "SchoolYear(" + std::to_string(y.start_year()) + ")"; })
        .def("__hash__", [](const SchoolYear& y) { return py::hash(py::make_tuple("SchoolYear", y.start_year())); })
        .def(py::self == py::self)
        .def(py::self < py::self)
        .def(py::self <= py::self)
        .def("__eq__", [](const SchoolYear&, const py::object&) { return false; })
        .def(py::pickle([](const SchoolYear& y) { return y.start_year(); }, [](int v) { return SchoolYear(v); }));

    py::class_<Cycle>(m, "Cycle", "A recurring period: length in months and an anchor month/day.")
        .def(py::init<int, int, int>(), py::arg("months"), py::arg("anchor_month"), py::arg("anchor_day"))
        .def_static("calendar_year", &Cycle::calendar_year)
        .def_static("school_year", &Cycle::school_year)
        .def_property_readonly("months", &Cycle::months)
        .def_property_readonly("anchor_month", &Cycle::anchor_month)
        .def_property_readonly("anchor_day", &Cycle::anchor_day)
        .def("containing", &Cycle::containing, py::arg("date"))
        .def("starting_in", &Cycle::starting_in, py::arg("year"))
        .def("__repr__", [](const Cycle& c) {
            return "Cycle(months=" + std::to_string(c.months()) + ", anchor_month=" + std::to_string(c.anchor_month()) +
                   ", anchor_day=" + std::to_string(c.anchor_day()) + ")";
        })
        .def(py::self == py::self);

    // ---- Label, Ratio ----
    py::class_<Label>(m, "Label", "A label in Dutch (as in the plan) and English.")
        .def(py::init([](std::string nl, std::string en) { return Label{std::move(nl), std::move(en)}; }),
             py::arg("nl"), py::arg("en") = "")
        .def_readonly("nl", &Label::nl)
        .def_readonly("en", &Label::en)
        .def("text", [](const Label& l, const std::string& lang) { return l.in(lang == "en" ? Lang::en : Lang::nl); },
             py::arg("lang") = "nl", "The label in 'nl' or 'en' (falls back to Dutch).")
        .def("__str__", [](const Label& l) { return l.nl; })
        .def("__repr__", [](const Label& l) {
            return "Label(nl=" + py::cast<std::string>(py::repr(py::str(l.nl))) +
                   ", en=" + py::cast<std::string>(py::repr(py::str(l.en))) + ")";
        })
        .def("__hash__", [](const Label& l) { return py::hash(py::make_tuple(l.nl, l.en)); })
        .def(py::self == py::self)
        .def("__eq__", [](const Label&, const py::object&) { return false; })
        .def(py::pickle([](const Label& l) { return py::make_tuple(l.nl, l.en); },
                        [](const py::tuple& t) { return Label{py::cast<std::string>(t[0]), py::cast<std::string>(t[1])}; }));

    py::class_<Ratio>(m, "Ratio", "A share kept as numerator and denominator.")
        .def(py::init([](std::int64_t n, std::int64_t d) {
                 if (d <= 0) throw InvalidArgument("a ratio needs a positive denominator, got " + std::to_string(d));
                 return Ratio{n, d};
             }),
             py::arg("numerator"), py::arg("denominator"))
        .def_readonly("numerator", &Ratio::numerator)
        .def_readonly("denominator", &Ratio::denominator)
        .def("percent_text",
             [](const Ratio& r, int decimals, const std::string& lang) {
                 return r.percent_text(decimals, lang == "en" ? Lang::en : Lang::nl);
             },
             py::arg("decimals") = 0, py::arg("lang") = "nl")
        .def("to_fraction",
             [](const Ratio& r) { return py::module_::import("fractions").attr("Fraction")(r.numerator, r.denominator); },
             "As an exact fractions.Fraction.")
        .def("__repr__", [](const Ratio& r) {
            return "Ratio(numerator=" + std::to_string(r.numerator) + ", denominator=" + std::to_string(r.denominator) + ")";
        })
        .def("__hash__", [](const Ratio& r) { return py::hash(py::make_tuple(r.numerator, r.denominator)); })
        .def(py::self == py::self)
        .def("__eq__", [](const Ratio&, const py::object&) { return false; })
        .def(py::pickle([](const Ratio& r) { return py::make_tuple(r.numerator, r.denominator); },
                        [](const py::tuple& t) { return Ratio{py::cast<std::int64_t>(t[0]), py::cast<std::int64_t>(t[1])}; }));
}

}  // namespace cmkit::py_bind
