// The JSON functions of every record of include/cmkit/records.hpp (see record_json.hpp), and the plan
// document's JSON form and JSON Schema.
//
// One translation unit for all 109 records: what is left per record (its table of fields, the TypeOps of its
// field types and a few thin calls) is small, and each further unit would repeat ~6 s of parsing the headers.
// Measured (g++ -O3, user CPU / peak RSS): 18 s / 0.99 GB here, against 11 s / 0.83 GB + 14 s / 0.82 GB as
// two units of groups 1 and 2 to 4; before the run-time descriptions, those two units took 56 s / 1.5 GB and
// 70 s / 1.9 GB.
#include "record_json.hpp"

#include "cmkit/version.hpp"
#include "cmkit/vocabulary.hpp"

namespace cmkit {
CMKIT_RECORD_TYPES(CMKIT_INSTANTIATE_RECORD_JSON)

using io::json;

// The plan document's own JSON form and schema

std::string plan_to_json(const Plan& plan) {
    json j = io::Codec<Plan>::write(plan);
    j["writer"] = {{"library", "cmkit"}, {"version", CMKIT_VERSION_STRING}};
    return io::canonical(j);
}

Plan plan_from_json(std::string_view text, const std::string& source) {
    json j = io::parse_document(text, source);
    io::AmountSum amounts;
    io::Ctx root{&source, "", &amounts};
    if (j.is_object() && j.contains("writer")) {
        const json& w = j["writer"];
        io::Ctx wc = root.child("writer");
        io::check_exact_keys(w, wc, {"library", "version"}, "a writer block {\"library\": \"cmkit\", \"version\": \"X.Y.Z\"}");
        io::read_value<std::string>(w["library"], wc.child("library"));
        io::read_value<std::string>(w["version"], wc.child("version"));
        j.erase("writer");
    }
    return io::Codec<Plan>::read(j, root);
}

std::string plan_json_schema() {
    json defs = json::object();
    json root_ref = io::Codec<Plan>::schema(defs);
    json plan_def = defs["Plan"];
    plan_def["properties"]["writer"] = {
        {"type", "object"},
        {"description", "The library and version that wrote the file."},
        {"required", {"library", "version"}},
        {"additionalProperties", false},
        {"properties", {{"library", {{"type", "string"}}}, {"version", {{"type", "string"}}}}}};
    json doc = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                {"$id", "https://cmkit.invalid/schema/plan.schema.json"},
                {"title", "cmkit plan document (Plan." + std::to_string(Describe<Plan>::version) + ")"},
                {"description",
                 "A CmK plan as written by cmkit " + std::string(CMKIT_VERSION_STRING) +
                     ". Generated from the library's record descriptions (cmkit plan schema); do not edit by hand."},
                {"$ref", "#/$defs/Plan"},
                {"$defs", defs}};
    doc["$defs"]["Plan"] = plan_def;
    (void)root_ref;
    // The text vocabularies (categories per side, budget versions, risk categories, spoor, measures) are
    // plain strings or integers to the reader; the schema names their allowed values where they are used.
    for (const auto& v : vocabularies()) {
        json described = json::array();
        for (const auto& t : v.terms) {
            json entry = {{"description", t.label.en + ": " + t.doc}};
            if (v.integer) entry["const"] = std::stoll(t.id);
            else if (!t.argument.empty()) entry["pattern"] = "^" + t.id + ":.+$";
            else entry["const"] = t.id;
            described.push_back(std::move(entry));
        }
        for (const auto& place : v.schema_places) {
            json& at = doc[json::json_pointer(place)];
            if (!at.is_object()) at = json::object();
            std::string doc_line = v.doc;
            if (at.contains("description")) doc_line = at["description"].get<std::string>() + ". " + doc_line;
            at["description"] = doc_line + " Allowed: " + [&] {
                std::string l;
                for (const auto& f : v.forms()) l += (l.empty() ? "" : ", ") + f;
                return l;
            }() + ".";
            at["oneOf"] = described;
        }
    }
    return io::canonical(doc);
}

}  // namespace cmkit
