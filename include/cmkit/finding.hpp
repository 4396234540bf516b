#pragma once
/// @file finding.hpp
/// A Finding is how cmkit reports that an understood input breaks a rule (an unbalanced budget, a grant
/// above the matching): a value in a returned list, like a linter's message, never an exception.
///
/// Codes are UPPER_SNAKE_CASE and documented in docs/budget-rules.md (and later areas' pages).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmkit/describe.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit {

/// How serious a finding is: an error breaks a rule, a warning deserves attention, info explains.
enum class Severity { Error, Warning, Info };

template <>
struct DescribeEnum<Severity> {
    static constexpr std::string_view name = "Severity";
    static constexpr std::array values{std::pair{Severity::Error, std::string_view("error")},
                                       std::pair{Severity::Warning, std::string_view("warning")},
                                       std::pair{Severity::Info, std::string_view("info")}};
    /// What each value means, in the order of `values` (the JSON Schema's descriptions).
    static constexpr std::array docs{std::string_view("an error breaks a rule of the regulation or of the format"),
                                     std::string_view("a warning deserves attention"),
                                     std::string_view("info explains a figure or a choice")};
};

/// A figure involved in a finding: an amount, a count, a share or a text, with its name.
struct FindingFigure {
    std::string name;
    std::optional<Money> amount;
    std::optional<std::int64_t> count;
    std::optional<Ratio> share;
    std::optional<std::string> text;
    Extras extras;
    friend bool operator==(const FindingFigure&, const FindingFigure&) = default;
};

/// A rule breach or remark about an input that was understood.
struct Finding {
    std::string code;       ///< UPPER_SNAKE_CASE, e.g. "BUDGET_UNBALANCED"
    Severity severity = Severity::Error;
    std::string path;       ///< JSON pointer of the value concerned, e.g. "/budget/costs/4/amounts/2025"
    std::string message_nl;
    std::string message_en;
    std::vector<FindingFigure> figures;
    Extras extras;
    friend bool operator==(const Finding&, const Finding&) = default;

    const std::string& message(Lang lang) const { return lang == Lang::en ? message_en : message_nl; }
};

/// Helpers to build figures.
inline FindingFigure figure_amount(std::string name, Money m) { return {std::move(name), m, {}, {}, {}, {}}; }
inline FindingFigure figure_count(std::string name, std::int64_t n) { return {std::move(name), {}, n, {}, {}, {}}; }
inline FindingFigure figure_share(std::string name, Ratio r) { return {std::move(name), {}, {}, r, {}, {}}; }
inline FindingFigure figure_text(std::string name, std::string t) { return {std::move(name), {}, {}, {}, std::move(t), {}}; }

/// True when any finding is an error.
bool has_errors(const std::vector<Finding>& findings);

/// Findings sorted by severity (errors first), then path, then code: a stable order for output.
std::vector<Finding> sorted_findings(std::vector<Finding> findings);

template <>
struct Describe<FindingFigure> {
    static constexpr std::string_view name = "FindingFigure", doc = "A figure involved in a finding.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("name", &FindingFigure::name), field("amount", &FindingFigure::amount, "integer cents"),
        field("count", &FindingFigure::count), field("share", &FindingFigure::share),
        field("text", &FindingFigure::text));
};

template <>
struct Describe<Finding> {
    static constexpr std::string_view name = "Finding", doc = "A rule breach or remark about an understood input.";
    static constexpr int version = 1;
    static constexpr auto fields = field_list(
        field("code", &Finding::code), field("severity", &Finding::severity),
        field("path", &Finding::path, "JSON pointer of the value concerned"),
        field("message_nl", &Finding::message_nl), field("message_en", &Finding::message_en),
        field("figures", &Finding::figures));
};

}  // namespace cmkit
