// The non-template parts of the JSON layer and the public functions of cmkit/io/json.hpp.
#include "json_io.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cmkit/io/json.hpp"
#include "cmkit/records.hpp"
#include "cmkit/version.hpp"
#include "upgrades.hpp"

namespace cmkit::io {

std::string describe_value(const json& j) {
    auto clip = [](std::string s) {
        if (s.size() > 60) s = s.substr(0, 57) + "...";
        return s;
    };
    switch (j.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
        case json::value_t::string: return "string " + clip(j.dump());
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "integer " + j.dump();
        case json::value_t::number_float: return "number " + j.dump();
        case json::value_t::array: return "an array of " + std::to_string(j.size());
        case json::value_t::object: {
            if (j.contains("schema") && j["schema"].is_string())
                return "an object with \"schema\": " + clip(j["schema"].dump());
            return "an object";
        }
        default: return "a value of unsupported type";
    }
}

std::string canonical(const json& j) {
    try {
        return j.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
    } catch (const json::type_error& e) {
        throw FormatError("", "", "text that is not valid UTF-8", "valid UTF-8 text in every string");
    }
}

void check_exact_keys(const json& j, const Ctx& c, std::initializer_list<const char*> keys, const std::string& what) {
    if (!j.is_object()) fail(c, j, what);
    for (const char* k : keys)
        if (!j.contains(k)) fail(c, "an object without \"" + std::string(k) + "\"", what);
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool ok = false;
        for (const char* k : keys) ok = ok || it.key() == k;
        if (!ok) fail(c.child(it.key()), "an unexpected key \"" + it.key() + "\"", what);
    }
}

std::int64_t read_int64(const json& j, const Ctx& c, const char* expected) {
    if (j.is_number_integer() && !j.is_number_unsigned()) return j.get<std::int64_t>();
    if (j.is_number_unsigned()) {
        auto u = j.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(u);
        fail(c, j, std::string(expected) + " within the 64-bit range");
    }
    if (j.is_number_float()) fail(c, j, std::string(expected) + " (whole number, no decimals or exponent)");
    fail(c, j, expected);
}

int read_year_key(const std::string& key, const Ctx& c) {
    int y = 0;
    bool ok = key.size() == 4 && key[0] >= '1' && key[0] <= '9';
    for (char ch : key) ok = ok && ch >= '0' && ch <= '9';
    if (ok) std::from_chars(key.data(), key.data() + key.size(), y);
    if (!ok || y < 1400) fail(c, "key \"" + key + "\"", "a four-digit year as key, e.g. \"2025\"");
    return y;
}

namespace {
struct Tag {
    std::string name;
    int version;
};
std::optional<Tag> split_tag(const std::string& s) {
    auto dot = s.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 >= s.size()) return std::nullopt;
    int v = 0;
    auto tail = std::string_view(s).substr(dot + 1);
    for (char ch : tail)
        if (ch < '0' || ch > '9') return std::nullopt;
    if (tail.size() > 6) return std::nullopt;
    std::from_chars(tail.data(), tail.data() + tail.size(), v);
    return Tag{s.substr(0, dot), v};
}
}  // namespace

int check_schema_tag(const json& obj, std::string_view name, int current, const Ctx& c) {
    std::string want = std::string(name) + "." + std::to_string(current);
    auto it = obj.find("schema");
    if (it == obj.end()) fail(c, std::string("an object without \"schema\""), "an object with \"schema\": \"" + want + "\"");
    if (!it->is_string()) fail(c.child("schema"), *it, "the schema tag \"" + want + "\"");
    auto tag = split_tag(it->get<std::string>());
    if (!tag) fail(c.child("schema"), *it, "a schema tag NAME.VERSION such as \"" + want + "\"");
    if (tag->name != name)
        throw FormatError(*c.source, c.child("schema").location(), describe_value(*it),
                          "the schema \"" + want + "\" (an object of type " + std::string(name) + ")");
    if (tag->version > current)
        throw SchemaVersionError(*c.source, c.child("schema").location(), describe_value(*it),
                                 "at most version " + std::to_string(current) + " of " + std::string(name) +
                                     ": the file was written by a newer cmkit than " + CMKIT_VERSION_STRING);
    return tag->version;
}

bool upgrade_record(json& obj, std::string_view name, int current, const Ctx& c) {
    int v = check_schema_tag(obj, name, current, c);
    if (v == current) return false;
    const auto& registry = upgrade_registry();
    while (v < current) {
        auto sit = registry.find(std::string(name));
        const UpgradeFn* fn = nullptr;
        if (sit != registry.end()) {
            auto vit = sit->second.find(v);
            if (vit != sit->second.end()) fn = &vit->second.apply;
        }
        if (!fn)
            throw SchemaVersionError(*c.source, c.child("schema").location(),
                                     "string \"" + std::string(name) + "." + std::to_string(v) + "\"",
                                     "a version of " + std::string(name) + " this cmkit can upgrade (no upgrade from " +
                                         std::to_string(v) + " to " + std::to_string(v + 1) + " exists)");
        (*fn)(obj);
        ++v;
        obj["schema"] = std::string(name) + "." + std::to_string(v);
    }
    return true;
}

json parse_document(std::string_view text, const std::string& source) {
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // e.byte is the 1-based byte offset; turn it into a line and column.
        std::size_t line = 1, col = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') { ++line; col = 1; } else { ++col; }
        }
        std::string what = e.what();
        auto pos = what.find("syntax error");
        std::string detail = pos == std::string::npos ? what : what.substr(pos);
        throw FormatError(source, "line " + std::to_string(line) + ", column " + std::to_string(col),
                          "malformed JSON (" + detail + ")", "a well-formed JSON document");
    }
}

}  // namespace cmkit::io

namespace cmkit {

using io::json;

std::string library_version() { return CMKIT_VERSION_STRING; }

template <Record T>
std::string to_json(const T& record) {
    return io::canonical(io::Codec<T>::write(record));
}

template <Record T>
T from_json(std::string_view text, const std::string& source) {
    json j = io::parse_document(text, source);
    return io::Codec<T>::read(j, io::Ctx{&source, ""});
}

#define CMKIT_INSTANTIATE(T)                                \
    template std::string to_json<T>(const T&);              \
    template T from_json<T>(std::string_view, const std::string&);
CMKIT_RECORD_TYPES(CMKIT_INSTANTIATE)
#undef CMKIT_INSTANTIATE

std::string plan_to_json(const Plan& plan) {
    json j = io::Codec<Plan>::write(plan);
    j["writer"] = {{"library", "cmkit"}, {"version", CMKIT_VERSION_STRING}};
    return io::canonical(j);
}

Plan plan_from_json(std::string_view text, const std::string& source) {
    json j = io::parse_document(text, source);
    io::Ctx root{&source, ""};
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

std::string io::read_file(const std::string& path) {
    std::error_code ec;
    const bool regular = std::filesystem::is_regular_file(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path, "cannot open the file for reading (does it exist?)");
    std::string out;
    if (regular) {  // one allocation of the file's size and one read (a stringstream would hold the bytes twice)
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > 0) {
            out.resize(static_cast<std::size_t>(size));
            in.read(out.data(), static_cast<std::streamsize>(size));
            out.resize(static_cast<std::size_t>(in.gcount()));
            if (in.bad()) throw FileError(path, "cannot read the file");
            return out;
        }
    }
    std::ostringstream ss;  // a pipe, a device, or a file whose size is not known
    ss << in.rdbuf();
    if (in.bad()) throw FileError(path, "cannot read the file");
    return ss.str();
}

Plan load_plan(const std::string& path) { return plan_from_json(io::read_file(path), path); }

void save_plan(const Plan& plan, const std::string& path) {
    std::string text = plan_to_json(plan);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw FileError(path, "cannot open the file for writing");
    out << text;
    out.flush();
    if (!out) throw FileError(path, "cannot write the file");
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
    return io::canonical(doc);
}

std::vector<UpgradeStep> upgrade_steps() {
    std::vector<UpgradeStep> out;
    for (const auto& [name, steps] : io::upgrade_registry())
        for (const auto& [from, step] : steps) out.push_back({name, from, step.description});
    return out;
}

}  // namespace cmkit
