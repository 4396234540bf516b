// The non-template parts of the JSON layer and the public functions of cmkit/io/json.hpp, among them the
// record reader, writer, JSON Schema builder and control-character walk, which work on the run-time
// description of a record (RecordInfo, json_io.hpp). The thin templates per record (to_json, from_json,
// control_character_findings) are in record_json.hpp, instantiated by record_json.cpp.
#include "json_io.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <fstream>
#include <sstream>

#include "cmkit/io/json.hpp"
#include "cmkit/io/output.hpp"
#include "cmkit/records.hpp"
#include "cmkit/vocabulary.hpp"
#include "cmkit/version.hpp"
#include "canonical_text.hpp"
#include "record_json.hpp"
#include "checks.hpp"
#include "sha256.hpp"
#include "text.hpp"
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

void add_amount(AmountSum& sum, Money m, const Ctx& c) {
    const std::int64_t v = m.cents();
    sum.magnitude += v < 0 ? static_cast<unsigned __int128>(-static_cast<__int128>(v)) : static_cast<unsigned __int128>(v);
    if (sum.magnitude > static_cast<unsigned __int128>(INT64_MAX))
        fail(c, "the amount " + m.format() + " (" + std::to_string(v) + " cents), with which the amounts of the document "
                "add up to more than 64-bit cents can hold",
             "amounts whose magnitudes add up to at most " + Money::from_cents(INT64_MAX).format() +
                 " over the whole document, so that every total fits in 64-bit euro cents");
}

int read_year_key(const std::string& key, const Ctx& c) {
    int y = 0;
    bool ok = key.size() == 4 && key[0] >= '1' && key[0] <= '9';
    for (char ch : key) ok = ok && ch >= '0' && ch <= '9';
    if (ok) std::from_chars(key.data(), key.data() + key.size(), y);
    if (!ok || y < 1400) fail(c, "key \"" + key + "\"", "a four-digit year as key, e.g. \"2025\"");
    return y;
}

// ---- the schemas of the value types (cold: only `cmkit plan schema` asks; compiled here once) ----------------

json Codec<std::string>::schema(json&) { return {{"type", "string"}}; }

json Codec<bool>::schema(json&) { return {{"type", "boolean"}}; }

json Codec<std::int64_t>::schema(json&) { return {{"type", "integer"}}; }

json Codec<int>::schema(json&) { return {{"type", "integer"}, {"minimum", 1400}, {"maximum", 9999}}; }

json Codec<double>::schema(json&) { return {{"type", "number"}}; }

json Codec<Money>::schema(json&) {
    return {{"type", "integer"}, {"description", "an amount in integer euro cents"}};
}

json Codec<Date>::schema(json&) {
    return {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
}

json Codec<Label>::schema(json& defs) {
    defs["Label"] = {{"type", "object"},
                     {"description", "A label in Dutch (as in the plan) and English."},
                     {"required", {"nl", "en"}},
                     {"additionalProperties", false},
                     {"properties", {{"nl", {{"type", "string"}, {"minLength", 1}}}, {"en", {{"type", "string"}}}}}};
    return {{"$ref", "#/$defs/Label"}};
}

json Codec<Ratio>::schema(json& defs) {
    defs["Ratio"] = {{"type", "object"},
                     {"description", "A share kept as numerator and denominator."},
                     {"required", {"numerator", "denominator"}},
                     {"additionalProperties", false},
                     {"properties",
                      {{"numerator", {{"type", "integer"}}}, {"denominator", {{"type", "integer"}, {"minimum", 1}}}}}};
    return {{"$ref", "#/$defs/Ratio"}};
}

json Codec<Period>::schema(json& defs) {
    json d = Codec<Date>::schema(defs);
    defs["Period"] = {{"type", "object"},
                      {"description", "A closed range of dates, both ends included."},
                      {"required", {"start", "end"}},
                      {"additionalProperties", false},
                      {"properties", {{"start", d}, {"end", d}}}};
    return {{"$ref", "#/$defs/Period"}};
}

std::string enum_expected(const std::string_view* texts, std::size_t n) {
    std::string s = "one of";
    for (std::size_t i = 0; i < n; ++i) {
        s += i == 0 ? " " : ", ";
        s += "\"" + std::string(texts[i]) + "\"";
    }
    return s;
}

json enum_schema(const std::string_view* texts, const std::string_view* docs, std::size_t n) {
    json values = json::array(), described = json::array();
    for (std::size_t i = 0; i < n; ++i) {
        const std::string text(texts[i]);
        values.push_back(text);
        described.push_back({{"const", text}, {"description", std::string(docs[i])}});
    }
    return {{"enum", values}, {"oneOf", described}};
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
    // The common case, a tag of the current version ("Plan.2"), without building any string.
    if (auto it = obj.find("schema"); it != obj.end() && it->is_string()) {
        const std::string& tag = it->get_ref<const std::string&>();
        char digits[16];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, current);
        const std::string_view version(digits, static_cast<std::size_t>(end - digits));
        if (ec == std::errc() && tag.size() == name.size() + 1 + version.size() && tag.compare(0, name.size(), name) == 0 &&
            tag[name.size()] == '.' && std::string_view(tag).substr(name.size() + 1) == version)
            return current;
    }
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
        try {
            (*fn)(obj);
        } catch (const FormatError& e) {
            // A step that cannot upgrade names the place inside the record; give it the file and the
            // record's own pointer.
            if (!e.file().empty()) throw;
            throw FormatError(*c.source, c.pointer() + e.location(), e.found(), e.expected());
        }
        ++v;
        obj["schema"] = std::string(name) + "." + std::to_string(v);
    }
    return true;
}

// ---- records, over their run-time descriptions (json_io.hpp) -------------------------------------------------

namespace walk {
bool is_name_key(std::string_view key);
}  // namespace walk

RecordInfo make_record_info(std::string_view name, int version, std::string_view doc, const FieldInfo* fields,
                            std::size_t field_count, Extras* (*extras)(void*)) {
    RecordInfo r{name, version, doc, std::string(name) + "." + std::to_string(version), fields, field_count, extras, {}};
    for (std::size_t i = 0; i < field_count; ++i)
        if (fields[i].ops->walk) r.text_fields.push_back({&fields[i], walk::is_name_key(fields[i].name)});
    std::sort(r.text_fields.begin(), r.text_fields.end(),
              [](const RecordInfo::TextField& a, const RecordInfo::TextField& b) { return a.field->name < b.field->name; });
    return r;
}

std::string record_expected(const RecordInfo& r) { return "an object with \"schema\": \"" + r.id + "\""; }

bool record_is_field_name(const RecordInfo& r, std::string_view key) {
    if (key == "schema") return true;
    for (std::size_t i = 0; i < r.field_count; ++i)
        if (r.fields[i].name == key) return true;
    return false;
}

void read_record(const RecordInfo& r, const json& j, const Ctx& c, void* out) {
    if (!j.is_object()) fail(c, j, record_expected(r));
    const json* src = &j;
    json upgraded;
    if (check_schema_tag(j, r.name, r.version, c) < r.version) {
        upgraded = j;
        upgrade_record(upgraded, r.name, r.version, c);
        src = &upgraded;
    }
    for (std::size_t i = 0; i < r.field_count; ++i) {
        const FieldInfo& f = r.fields[i];
        auto it = src->find(f.name);
        void* member = f.address(out);
        if (f.optional()) {
            if (it == src->end() || it->is_null()) f.ops->reset(member);
            else f.ops->read(*it, c.child(f.name), member);
            continue;
        }
        if (it == src->end()) {
            if (f.defaulted) continue;  // keeps the default member initialiser
            const std::string key(f.name);
            fail(c, "an object without \"" + key + "\"", "a field \"" + key + "\" (" + f.ops->expected() + ") in " + r.id);
        }
        f.ops->read(*it, c.child(f.name), member);
    }
    Extras& extras = *r.extras(out);
    for (auto it = src->begin(); it != src->end(); ++it)
        if (!record_is_field_name(r, it.key())) extras.fields[it.key()] = it.value().dump();
}

void read_records(const RecordInfo& r, const json& j, const Ctx& c, void* first, std::size_t stride) {
    for (std::size_t i = 0; i < j.size(); ++i) read_record(r, j[i], c.child(i), static_cast<char*>(first) + i * stride);
}

void read_record_document(const RecordInfo& r, std::string_view text, const std::string& source, void* out) {
    json j = parse_document(text, source);
    AmountSum amounts;
    read_record(r, j, Ctx{&source, "", &amounts}, out);
}

void check_array(const json& j, const Ctx& c, std::string (*element_expected)()) {
    if (!j.is_array()) fail(c, j, "an array of " + element_expected());
}

json array_schema(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }

json year_map_schema(json values) {
    return {{"type", "object"}, {"propertyNames", {{"pattern", "^[1-9][0-9]{3}$"}}}, {"additionalProperties", std::move(values)}};
}

json write_record(const RecordInfo& r, const void* v) {
    void* record = const_cast<void*>(v);  // only to find the members' addresses: nothing is written
    json o = json::object();
    for (const auto& [k, text] : r.extras(record)->fields) o[k] = json::parse(text);
    o["schema"] = r.id;
    for (std::size_t i = 0; i < r.field_count; ++i) {
        const FieldInfo& f = r.fields[i];
        std::string key(f.name);
        const void* value = f.address(record);
        if (f.optional() && !f.ops->is_set(value)) o.erase(key);
        else o[key] = f.ops->write(value);
    }
    return o;
}

json record_schema(const RecordInfo& r, json& defs) {
    std::string name(r.name);
    if (!defs.contains(name)) {
        defs[name] = json::object();  // placeholder against recursion
        json props = json::object();
        json required = json::array({"schema"});
        props["schema"] = {{"const", r.id}};
        for (std::size_t i = 0; i < r.field_count; ++i) {
            const FieldInfo& f = r.fields[i];
            std::string key(f.name);
            json s = f.ops->schema(defs);
            if (!f.optional() && !f.defaulted) required.push_back(key);
            if (!f.doc.empty()) {
                if (s.contains("$ref")) s = {{"allOf", json::array({s})}};
                s["description"] = std::string(f.doc);
            }
            props[key] = s;
        }
        defs[name] = {{"type", "object"},
                      {"description", std::string(r.doc)},
                      {"required", required},
                      {"properties", props},
                      {"additionalProperties", true}};
    }
    return {{"$ref", "#/$defs/" + name}};
}

namespace walk {

bool is_name_key(std::string_view key) {
    static const char* const kNames[] = {"id", "brin", "name", "municipality", "school_id", "sector", "track",
                                         "category", "code", "instrument", "pillar", "item", "group", "wave"};
    for (const char* k : kNames)
        if (key == k) return true;
    return false;
}

namespace {
/// A step of the place of a value: a key or an index.
struct PathPart {
    std::string_view key;  // when !is_index
    std::size_t index;
    bool is_index;
};
}  // namespace

/// The control-character check (io/checks.hpp) walks the record itself, in the order of its JSON form: the
/// keys of every object in the order of nlohmann's (sorted) objects, the record's unknown fields (extras)
/// among its own, an optional field only when set. It gives the findings, in the order and with the paths,
/// that walking the record's written JSON tree gave, without writing the tree (a quarter of a roll-up's time).
/// The place of a value is kept as keys and indices, joined into a JSON pointer only when a finding needs it.
class ControlWalk {
public:
    ControlWalk(const std::string& root, std::vector<Finding>& out) : root_(root), out_(out) {}

    /// A value of the JSON tree (an unknown field, or a type read and written through JSON only).
    void json_value(const json& j, bool name) {
        if (j.is_string()) {
            check(j.get_ref<const std::string&>(), name);
        } else if (j.is_array()) {
            for (std::size_t i = 0; i < j.size(); ++i) {
                Enter e(*this, i);
                json_value(j[i], name);
            }
        } else if (j.is_object()) {
            for (auto it = j.begin(); it != j.end(); ++it) {
                Enter e(*this, std::string_view(it.key()));
                check(it.key(), true);
                json_value(it.value(), is_name_key(it.key()));
            }
        }
    }

    void record(const RecordInfo& r, const void* v) {
        void* rec = const_cast<void*>(v);  // only to find the members' addresses: nothing is written
        const auto& fields = r.text_fields;
        const Extras& extras = *r.extras(rec);
        auto visit = [&](const RecordInfo::TextField& f) {
            Enter e(*this, f.field->name);
            f.field->ops->walk(f.field->address(rec), *this, f.name_key);
        };
        if (extras.empty()) {
            for (const auto& f : fields) visit(f);
            return;
        }
        // Unknown fields (kept as JSON text) are keys of the same object; one named "schema" or as a field
        // is replaced by it when the record is written, so it is not there.
        auto x = extras.fields.begin();
        auto visit_extra = [&](const std::string& key, const std::string& text) {
            if (record_is_field_name(r, key)) return;
            Enter e(*this, std::string_view(key));
            check(key, true);
            json_value(json::parse(text), is_name_key(key));
        };
        for (const auto& f : fields) {
            for (; x != extras.fields.end() && std::string_view(x->first) < f.field->name; ++x) visit_extra(x->first, x->second);
            visit(f);
        }
        for (; x != extras.fields.end(); ++x) visit_extra(x->first, x->second);
    }

    void check(const std::string& s, bool strict) {
        const std::string code = text::control_character(s, !strict);
        if (code.empty()) return;
        std::string shown = json(s).dump(-1, ' ', true, json::error_handler_t::replace);
        if (shown.size() > 62) shown = shown.substr(0, 59) + "...";
        out_.push_back(Finding{"CONTROL_CHARACTER", Severity::Error, pointer(),
                               "De tekst " + shown + " bevat het stuurteken " + code +
                                   " (onzichtbaar; meestal een fout in een export). Verwijder het.",
                               "The text " + shown + " holds the control character " + code +
                                   " (invisible; usually a fault in an export). Remove it.",
                               {figure_text("character", code)},
                               {}});
    }

    void push(std::string_view key) { path_.push_back({key, 0, false}); }
    void push(std::size_t index) { path_.push_back({{}, index, true}); }
    void pop() { path_.pop_back(); }

private:
    std::string pointer() const {
        std::string out = root_;
        for (const auto& part : path_) {
            out += '/';
            if (part.is_index) {
                out += std::to_string(part.index);
                continue;
            }
            for (char c : part.key) {
                if (c == '~') out += "~0";
                else if (c == '/') out += "~1";
                else out += c;
            }
        }
        return out;
    }

    const std::string& root_;
    std::vector<Finding>& out_;
    std::vector<PathPart> path_;
};

void text(ControlWalk& w, const std::string& s, bool name) { w.check(s, name); }
void label(ControlWalk& w, const Label& l) {  // {"en": ..., "nl": ...}: free text
    {
        Enter e(w, std::string_view("en"));
        w.check(l.en, false);
    }
    Enter e(w, std::string_view("nl"));
    w.check(l.nl, false);
}
void json_value(ControlWalk& w, const json& j, bool name) { w.json_value(j, name); }
void record(ControlWalk& w, const RecordInfo& r, const void* v) { w.record(r, v); }
void enter(ControlWalk& w, std::string_view key) { w.push(key); }
void enter(ControlWalk& w, std::size_t index) { w.push(index); }
void leave(ControlWalk& w) { w.pop(); }

}  // namespace walk

std::vector<Finding> record_control_character_findings(const RecordInfo& r, const void* record, const std::string& root) {
    std::vector<Finding> out;
    walk::ControlWalk w(root, out);
    w.record(r, record);
    return out;
}

namespace {

std::string pointer_segment(std::string_view key) {
    std::string out = "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

/// Builds the document from nlohmann's SAX events (its parser does not recurse), refusing what the
/// DOM parser would accept silently or crash on later: nesting deeper than kMaxJsonDepth, a key twice
/// in one object, a number beyond the range of a double.
class DomBuilder {
public:
    using string_t = json::string_t;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using binary_t = json::binary_t;

    DomBuilder(std::string_view text, const std::string& source) : text_(text), source_(source) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(number_integer_t v) { return put(json(v)); }
    bool number_unsigned(number_unsigned_t v) { return put(json(v)); }
    bool number_float(number_float_t v, const string_t&) { return put(json(v)); }
    bool string(string_t& v) { return put(json(std::move(v))); }
    bool binary(binary_t& v) { return put(json::binary(std::move(v))); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        // One lookup: the slot of the value is made here, so a key met a second time is refused at once.
        auto& obj = stack_.back().value->get_ref<json::object_t&>();
        auto [it, inserted] = obj.try_emplace(std::move(k));
        if (!inserted)
            throw FormatError(source_, path() + pointer_segment(k), "the key \"" + k + "\" a second time in this object",
                              "each key at most once in an object (a JSON reader would silently keep only the last)");
        slot_ = &it->second;
        key_ = &it->first;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) {
        if (ex.id == 406)  // out_of_range.406: a number that does not fit in a double
            throw FormatError(source_, child_pointer(), "the number " + clip(token) + ", beyond the range of a double",
                              "a number between -1.8e308 and 1.8e308");
        std::size_t line = 1, col = 1;  // position counts the bytes read, the offending one included
        for (std::size_t i = 0; i + 1 < position && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        std::string what = ex.what();
        auto pos = what.find("syntax error");
        std::string detail = pos == std::string::npos ? what : what.substr(pos);
        throw FormatError(source_, "line " + std::to_string(line) + ", column " + std::to_string(col),
                          "malformed JSON (" + detail + ")", "a well-formed JSON document");
    }

    json take() { return std::move(root_); }

private:
    /// An open container and its place in its parent, kept as the key (in the parent's map node, which does
    /// not move) or the index: the JSON pointer is only joined when an error names it.
    struct Level {
        json* value;
        const std::string* key;  // null: the root, or an element of an array (then index)
        std::size_t index;
        bool in_array;
    };

    static std::string clip(std::string s) {
        if (s.size() > 40) s = s.substr(0, 37) + "...";
        return s;
    }
    static std::string segment(const Level& l) {
        if (l.in_array) return "/" + std::to_string(l.index);
        return l.key ? pointer_segment(*l.key) : "";
    }
    std::string path() const {
        std::string p;
        for (const auto& l : stack_) p += segment(l);
        return p;
    }
    /// The place of the next value in the open container.
    Level next_level(json* value) const {
        if (stack_.empty()) return {value, nullptr, 0, false};
        const json& top = *stack_.back().value;
        if (top.is_array()) return {value, nullptr, top.size(), true};
        return {value, key_, 0, false};
    }
    std::string child_pointer() const {
        const std::string p = path() + segment(next_level(nullptr));
        return p.empty() ? "/ (the document root)" : p;
    }
    json* place(json&& v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        json& top = *stack_.back().value;
        if (top.is_array()) {
            top.get_ref<json::array_t&>().push_back(std::move(v));
            return &top.get_ref<json::array_t&>().back();
        }
        *slot_ = std::move(v);
        return slot_;
    }
    bool put(json&& v) {
        place(std::move(v));
        return true;
    }
    bool open(json&& container) {
        if (stack_.size() >= kMaxJsonDepth)
            throw FormatError(source_, child_pointer(),
                              "arrays and objects nested more than " + std::to_string(kMaxJsonDepth) + " levels deep",
                              "at most " + std::to_string(kMaxJsonDepth) + " levels of nested arrays and objects");
        Level level = next_level(nullptr);
        level.value = place(std::move(container));
        stack_.push_back(level);
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    std::string_view text_;
    const std::string& source_;
    json root_;
    std::vector<Level> stack_;
    json* slot_ = nullptr;              // the value of the last key, made by key()
    const std::string* key_ = nullptr;  // that key, in its object
};

}  // namespace

json parse_document(std::string_view bytes, const std::string& source) {
    const std::string_view text = text::open(bytes, source, "a JSON document");
    text::check_utf8(text, source);
    DomBuilder builder(text, source);
    json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, true, false);
    return builder.take();
}

}  // namespace cmkit::io

namespace cmkit {

using io::json;

std::string library_version() { return CMKIT_VERSION_STRING; }

// instantiated in record_json.cpp
CMKIT_RECORD_TYPES(CMKIT_EXTERN_RECORD_JSON)

namespace detail {
namespace {

/// Appends @p rows as the canonical JSON text of a top-level field's array, one row's JSON tree at a time:
/// each row's own canonical text, indented two levels deeper (a JSON string never holds a raw line break,
/// so every line break of a row's text is followed by its indentation).
/// @p fast(out, row) may append a row's indented text itself (returning true) instead.
template <class Row, class Fast = bool (*)(std::string&, const Row&)>
void append_rows(std::string& out, const std::vector<Row>& rows, Fast fast = [](std::string&, const Row&) { return false; }) {
    if (rows.empty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        if (fast(out, rows[i])) continue;
        const std::string one = io::canonical(io::Codec<Row>::write(rows[i]));  // ends in '\n'
        for (std::size_t c = 0; c + 1 < one.size(); ++c) {
            out += one[c];
            if (one[c] == '\n') out += "    ";
        }
    }
    out += "\n  ]";
}

using RowWriter = std::pair<std::string, std::function<void(std::string&)>>;

/// The canonical text of a record from the text of its @p shell (the record with the listed top-level
/// arrays emptied) and a writer per array: each `"name": []` of the shell is replaced by the writer's text.
/// Returns nullopt when the shell does not have the expected layout (the caller then writes it whole).
std::optional<std::string> splice_rows(const std::string& shell, std::vector<RowWriter> fields) {
    std::sort(fields.begin(), fields.end(), [](const RowWriter& a, const RowWriter& b) { return a.first < b.first; });
    std::string out;
    std::size_t from = 0;
    for (const auto& [name, write] : fields) {
        const std::string key = "\n  \"" + name + "\": []";
        const auto at = shell.find(key, from);
        if (at == std::string::npos) return std::nullopt;
        out.append(shell, from, at + key.size() - 2 - from);  // up to the space before '['
        write(out);
        from = at + key.size();
    }
    out.append(shell, from, std::string::npos);
    return out;
}

}  // namespace

namespace {

/// A text that canonical JSON writes as it is between quotes: printable ASCII without '"' and '\\'.
bool plain_text(std::string_view v) {
    for (unsigned char c : v)
        if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
    return true;
}

/// Appends a school's canonical JSON text, indented as a row of the schools array (append_rows), without
/// building its JSON tree: the keys of Describe<School> in byte order, absent optionals left out. Only for
/// the common shape (no extras, no achterstandsscore, plain texts); returns false, writing nothing, for any
/// other school (append_rows writes those). tests/python/test_evi.py checks the bytes against to_json().
bool append_plain_school(std::string& out, const School& s) {
    static_assert(Describe<School>::version == 1, "keep append_plain_school in step with Describe<School>");
    if (!s.extras.empty() || s.achterstandsscore || !plain_text(s.brin) || !plain_text(s.name) || !plain_text(s.municipality) ||
        (s.track && !plain_text(*s.track)))
        return false;
    auto text = [&](const char* key, std::string_view v) {
        out += "      \"";
        out += key;
        out += "\": \"";
        out += v;
        out += "\",\n";
    };
    auto flag = [&](const char* key, bool v) {
        out += "      \"";
        out += key;
        out += v ? "\": true,\n" : "\": false,\n";
    };
    out += "{\n";
    text("brin", s.brin);
    flag("cultuurcoordinator", s.cultuurcoordinator);
    flag("cultuurplan", s.cultuurplan);
    flag("icc", s.icc);
    flag("icc_certified", s.icc_certified);
    text("municipality", s.municipality);
    text("name", s.name);
    if (s.pupils) {
        out += "      \"pupils\": ";
        out += std::to_string(*s.pupils);
        out += ",\n";
    }
    text("schema", "School.1");
    flag("second_icc_or_working_group", s.second_icc_or_working_group);
    text("sector", enum_text(s.sector));
    if (s.track) text("track", *s.track);
    out.erase(out.size() - 2);  // the last field's ",\n"
    out += "\n    }";
    return true;
}

}  // namespace

std::string schools_json(const SchoolRegistry& registry) {
    SchoolRegistry shell;  // every field but the schools (keep in step with SchoolRegistry)
    shell.synthetic = registry.synthetic;
    shell.note = registry.note;
    shell.extras = registry.extras;
    auto text = splice_rows(to_json(shell), {{"schools", [&](std::string& o) {
                                                 o.reserve(o.size() + registry.schools.size() * 400);
                                                 append_rows(o, registry.schools, append_plain_school);
                                             }}});
    return text ? std::move(*text) : to_json(registry);
}

std::string evi_analysis_json(const EviAnalysis& a) {
    EviAnalysis shell;  // every field but the row tables (keep in step with EviAnalysis)
    shell.manifest = a.manifest;
    shell.findings = a.findings;
    shell.extras = a.extras;
    auto text = splice_rows(to_json(shell), {
        {"response", [&](std::string& o) { append_rows(o, a.response); }},
        {"distribution", [&](std::string& o) { append_rows(o, a.distribution); }},
        {"agreement", [&](std::string& o) { append_rows(o, a.agreement); }},
        {"transitions", [&](std::string& o) { append_rows(o, a.transitions); }},
        {"paired_change", [&](std::string& o) { append_rows(o, a.paired_change); }},
        {"consistency", [&](std::string& o) { append_rows(o, a.consistency); }},
        {"alpha", [&](std::string& o) { append_rows(o, a.alpha); }},
        {"intervals", [&](std::string& o) { append_rows(o, a.intervals); }},
        {"items", [&](std::string& o) { append_rows(o, a.items); }},
        {"ambition", [&](std::string& o) { append_rows(o, a.ambition); }},
    });
    return text ? std::move(*text) : to_json(a);
}

std::string schools_json_sha256(const SchoolRegistry& registry) { return sha256_hex(schools_json(registry)); }

}  // namespace detail


std::string io::read_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw FileError(path, "is a directory, not a file");
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
    write_output_file(path, plan_to_json(plan));
}

std::vector<UpgradeStep> upgrade_steps() {
    std::vector<UpgradeStep> out;
    for (const auto& [name, steps] : io::upgrade_registry())
        for (const auto& [from, step] : steps) out.push_back({name, from, step.description});
    return out;
}

}  // namespace cmkit
