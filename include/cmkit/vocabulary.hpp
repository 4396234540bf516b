#pragma once
/// @file vocabulary.hpp
/// The closed sets of values a plan uses, as data: the budget categories of each side, the budget
/// versions, the risk categories, the track kinds (spoor 1 and 2), the target measures, and the enums
/// (sectors, matching bases, how a target total is counted, knowledge levels, monitoring scopes).
///
/// One list drives three things, so they cannot disagree: the JSON Schema of the plan (each value an
/// entry `{"const": id, "description": ...}` of a `oneOf`, see plan_json_schema()), the table in
/// docs/plan-format.md (a test compares the two), and every finding about an unknown value, which
/// lists the allowed ones. The reader refuses an unknown *enum* value (FormatError); an unknown
/// category, version or risk category still loads, so that a plan with a typo can be shown and fixed,
/// and `validate` reports it (UNKNOWN_CATEGORY, BUDGET_UNKNOWN_VERSION, RISK_UNKNOWN_CATEGORY).
/// The JSON Schema is therefore stricter than the reader for those three.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/values.hpp"

namespace cmkit {

/// One allowed value of a vocabulary.
struct Term {
    std::string id;     ///< the value as written in JSON and CSV ("fcp_grant", "PO", "1", "trajectories-started")
    Label label;        ///< how the report names it (nl, en)
    std::string doc;    ///< what it means (English)
    /// For a measure: what follows the colon ("track": `trajectories-started:<track id>`); empty when
    /// the value stands alone.
    std::string argument;
    friend bool operator==(const Term&, const Term&) = default;
};

/// A closed set of values and where the plan uses it.
struct Vocabulary {
    std::string id;                         ///< "income-category", "sector", ...
    std::string doc;                        ///< what the set is (English)
    std::vector<std::string> used_in;       ///< the fields that take it: "Budget.income[].category"
    std::vector<std::string> schema_places; ///< JSON pointers into plan_json_schema() where it is an enum
    bool integer = false;                   ///< the values are JSON integers (spoor), not strings
    std::vector<Term> terms;
    friend bool operator==(const Vocabulary&, const Vocabulary&) = default;

    /// Whether @p value is one of the terms (for a measure: its part before the colon, with an
    /// argument exactly when the term takes one).
    bool contains(std::string_view value) const;
    /// The term with id @p id, or nullptr.
    const Term* find(std::string_view id) const;
    /// The ids in order; for a measure the written form (`trajectories-started:<track>`).
    std::vector<std::string> forms() const;
};

/// Every vocabulary, in the order docs/plan-format.md lists them.
const std::vector<Vocabulary>& vocabularies();

/// The vocabulary @p id; NotFoundError naming the known ids when there is none.
const Vocabulary& vocabulary(std::string_view id);

}  // namespace cmkit
