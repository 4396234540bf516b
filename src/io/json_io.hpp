#pragma once
// Private: the generic JSON reader, writer and JSON Schema builder driven by Describe<T>.
// Only a few translation units include this (nlohmann/json is heavy to compile).

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include "cmkit/calendar.hpp"
#include "cmkit/describe.hpp"
#include "cmkit/evi/responses.hpp"
#include "cmkit/error.hpp"
#include "cmkit/money.hpp"
#include "cmkit/values.hpp"

namespace cmkit::io {

using json = nlohmann::json;

/// Where a value sits: the source name and the JSON pointer.
/// The running sum of the magnitudes of every amount of money read from one document. Each amount is
/// added as it is read; the amount that takes the sum beyond 64-bit cents is refused at its JSON pointer
/// (Codec<Money>), so every total the library later forms from one document fits, and an overflow never
/// surfaces as a bare arithmetic error far from the file.
struct AmountSum {
    unsigned __int128 magnitude = 0;
};

struct Ctx {
    const std::string* source;
    std::string base;              ///< the pointer of the root (usually ""); children extend their parent's
    AmountSum* amounts = nullptr;  ///< the document's running sum of amounts; null: not checked
    /// The parent and this value's place in it, as a chain of the callers' own Ctx values: the JSON pointer
    /// is built only when it is asked for (an error), not for each of the tens of thousands of values a plan
    /// holds. A child refers to its parent (and a key to its characters), so it must not outlive them:
    /// child() of a temporary is deleted, and a Ctx is passed down, never stored beyond its parent's scope.
    const Ctx* parent = nullptr;
    std::string_view key{};
    std::size_t index = 0;
    bool is_index = false;

    Ctx child(std::string_view k) const& { return Ctx{source, {}, amounts, this, k, 0, false}; }
    Ctx child(std::size_t i) const& { return Ctx{source, {}, amounts, this, {}, i, true}; }
    Ctx child(std::string_view) const&& = delete;
    Ctx child(std::size_t) const&& = delete;

    /// The JSON pointer: the root's base, then "/key" (with ~ and / escaped as ~0 and ~1) or "/index" per level.
    std::string pointer() const {
        if (!parent) return base;
        std::string out = parent->pointer();
        out += '/';
        if (is_index) {
            out += std::to_string(index);
        } else {
            for (char c : key) {
                if (c == '~') out += "~0";
                else if (c == '/') out += "~1";
                else out += c;
            }
        }
        return out;
    }
    std::string location() const {
        std::string p = pointer();
        return p.empty() ? "/ (the document root)" : p;
    }
};

/// A short, readable rendering of a JSON value for error messages.
std::string describe_value(const json& j);

[[noreturn]] inline void fail(const Ctx& c, const std::string& found, const std::string& expected) {
    throw FormatError(*c.source, c.location(), found, expected);
}
[[noreturn]] inline void fail(const Ctx& c, const json& found, const std::string& expected) {
    fail(c, describe_value(found), expected);
}

/// Canonical text of a JSON value: sorted keys, 2-space indent, UTF-8, final newline.
std::string canonical(const json& j);

/// Arrays and objects nested deeper than this are refused before anything recurses over them.
inline constexpr std::size_t kMaxJsonDepth = 256;

/// Parses a JSON document after text::open and the UTF-8 check; refuses nesting deeper than
/// kMaxJsonDepth, a key twice in one object and a number beyond a double, each with its place.
json parse_document(std::string_view text, const std::string& source);

/// The whole content of a file; throws FileError when it cannot be opened or read, or is a directory.
std::string read_file(const std::string& path);

/// Upgrade a raw record object to the current version of @p name (in place). Throws
/// SchemaVersionError when no path exists. Returns false when nothing needed to be done.
bool upgrade_record(json& obj, std::string_view name, int current_version, const Ctx& c);

/// Checks the "schema" tag of a record object and reports whether it is older than current.
/// Throws FormatError for a missing or malformed tag, SchemaVersionError for a wrong name or a newer
/// version.
int check_schema_tag(const json& obj, std::string_view name, int current_version, const Ctx& c);

// ---- codecs -----------------------------------------------------------------------------------

template <class T, class = void>
struct Codec;  // read(json, ctx) -> T, write(T) -> json, schema(defs) -> json, expected() -> string

template <class T>
T read_value(const json& j, const Ctx& c) {
    return Codec<T>::read(j, c);
}

std::int64_t read_int64(const json& j, const Ctx& c, const char* expected);
/// Adds |@p m| to @p sum; FormatError at @p c when the sum leaves 64-bit cents.
void add_amount(AmountSum& sum, Money m, const Ctx& c);

template <>
struct Codec<std::string> {
    static std::string expected() { return "a string"; }
    static std::string read(const json& j, const Ctx& c) {
        if (!j.is_string()) fail(c, j, expected());
        return j.get<std::string>();
    }
    static json write(const std::string& v) { return v; }
    static json schema(json&) { return {{"type", "string"}}; }
};

template <>
struct Codec<bool> {
    static std::string expected() { return "true or false"; }
    static bool read(const json& j, const Ctx& c) {
        if (!j.is_boolean()) fail(c, j, expected());
        return j.get<bool>();
    }
    static json write(bool v) { return v; }
    static json schema(json&) { return {{"type", "boolean"}}; }
};

template <>
struct Codec<std::int64_t> {
    static std::string expected() { return "an integer"; }
    static std::int64_t read(const json& j, const Ctx& c) { return read_int64(j, c, "an integer"); }
    static json write(std::int64_t v) { return v; }
    static json schema(json&) { return {{"type", "integer"}}; }
};

/// `int` fields are calendar years (ActualEntry::year, Cut::from_year, Realisation::locked_years).
template <>
struct Codec<int> {
    static std::string expected() { return "a calendar year (an integer from 1400 to 9999)"; }
    static int read(const json& j, const Ctx& c) {
        std::int64_t v = read_int64(j, c, "a calendar year (an integer from 1400 to 9999)");
        if (v < 1400 || v > 9999) fail(c, j, expected());
        return static_cast<int>(v);
    }
    static json write(int v) { return v; }
    static json schema(json&) { return {{"type", "integer"}, {"minimum", 1400}, {"maximum", 9999}}; }
};

/// `double` fields are statistics (a mean, Cronbach's alpha, an interval bound), never money or counts.
template <>
struct Codec<double> {
    static std::string expected() { return "a number"; }
    static double read(const json& j, const Ctx& c) {
        if (!j.is_number()) fail(c, j, expected());
        return j.get<double>();
    }
    static json write(double v) { return v; }
    static json schema(json&) { return {{"type", "number"}}; }
};

template <>
struct Codec<Money> {
    static std::string expected() { return "an integer number of euro cents (e.g. 13481200 for € 134.812)"; }
    static Money read(const json& j, const Ctx& c) {
        Money m = Money::from_cents(read_int64(j, c, "an integer number of euro cents (e.g. 13481200 for € 134.812)"));
        if (c.amounts) add_amount(*c.amounts, m, c);
        return m;
    }
    static json write(Money v) { return v.cents(); }
    static json schema(json&) {
        return {{"type", "integer"}, {"description", "an amount in integer euro cents"}};
    }
};

template <>
struct Codec<Date> {
    static std::string expected() { return "a date in ISO form YYYY-MM-DD"; }
    static Date read(const json& j, const Ctx& c) {
        if (!j.is_string()) fail(c, j, expected());
        try {
            return Date::parse(j.get_ref<const std::string&>());
        } catch (const FormatError& e) {
            fail(c, e.found(), e.expected());
        }
    }
    static json write(const Date& d) { return d.to_string(); }
    static json schema(json&) {
        return {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    }
};

/// Reads a value-type object that must have exactly the given keys.
void check_exact_keys(const json& j, const Ctx& c, std::initializer_list<const char*> keys, const std::string& what);

template <>
struct Codec<Label> {
    static std::string expected() { return "a label {\"nl\": \"...\", \"en\": \"...\"}"; }
    static Label read(const json& j, const Ctx& c) {
        check_exact_keys(j, c, {"nl", "en"}, expected());
        Label l{read_value<std::string>(j["nl"], c.child("nl")), read_value<std::string>(j["en"], c.child("en"))};
        if (l.nl.empty()) fail(c.child("nl"), j["nl"], "a non-empty Dutch label");
        return l;
    }
    static json write(const Label& l) { return {{"nl", l.nl}, {"en", l.en}}; }
    static json schema(json& defs) {
        defs["Label"] = {{"type", "object"},
                         {"description", "A label in Dutch (as in the plan) and English."},
                         {"required", {"nl", "en"}},
                         {"additionalProperties", false},
                         {"properties", {{"nl", {{"type", "string"}, {"minLength", 1}}}, {"en", {{"type", "string"}}}}}};
        return {{"$ref", "#/$defs/Label"}};
    }
};

template <>
struct Codec<Ratio> {
    static std::string expected() { return "a ratio {\"numerator\": n, \"denominator\": d} with d > 0"; }
    static Ratio read(const json& j, const Ctx& c) {
        check_exact_keys(j, c, {"numerator", "denominator"}, expected());
        Ratio r{read_int64(j["numerator"], c.child("numerator"), "an integer"),
                read_int64(j["denominator"], c.child("denominator"), "an integer")};
        if (r.denominator <= 0) fail(c.child("denominator"), j["denominator"], "a positive denominator");
        return r;
    }
    static json write(const Ratio& r) { return {{"numerator", r.numerator}, {"denominator", r.denominator}}; }
    static json schema(json& defs) {
        defs["Ratio"] = {{"type", "object"},
                         {"description", "A share kept as numerator and denominator."},
                         {"required", {"numerator", "denominator"}},
                         {"additionalProperties", false},
                         {"properties",
                          {{"numerator", {{"type", "integer"}}}, {"denominator", {{"type", "integer"}, {"minimum", 1}}}}}};
        return {{"$ref", "#/$defs/Ratio"}};
    }
};

template <>
struct Codec<Period> {
    static std::string expected() { return "a period {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}"; }
    static Period read(const json& j, const Ctx& c) {
        check_exact_keys(j, c, {"start", "end"}, expected());
        Date a = Codec<Date>::read(j["start"], c.child("start"));
        Date b = Codec<Date>::read(j["end"], c.child("end"));
        if (b < a) fail(c.child("end"), j["end"], "an end date on or after the start " + a.to_string());
        return Period(a, b);
    }
    static json write(const Period& p) { return {{"start", p.start().to_string()}, {"end", p.end().to_string()}}; }
    static json schema(json& defs) {
        json d = Codec<Date>::schema(defs);
        defs["Period"] = {{"type", "object"},
                          {"description", "A closed range of dates, both ends included."},
                          {"required", {"start", "end"}},
                          {"additionalProperties", false},
                          {"properties", {{"start", d}, {"end", d}}}};
        return {{"$ref", "#/$defs/Period"}};
    }
};

template <DescribedEnum E>
struct Codec<E> {
    static std::string expected() {
        std::string s = "one of";
        bool first = true;
        for (const auto& [v, text] : DescribeEnum<E>::values) {
            s += first ? " " : ", ";
            s += "\"" + std::string(text) + "\"";
            first = false;
        }
        return s;
    }
    static E read(const json& j, const Ctx& c) {
        if (j.is_string()) {
            const auto& s = j.get_ref<const std::string&>();
            for (const auto& [v, text] : DescribeEnum<E>::values)
                if (text == s) return v;
        }
        fail(c, j, expected());
    }
    static json write(E v) { return std::string(enum_to_string(v)); }
    /// `enum` for tools that complete values, and a `oneOf` of `{"const", "description"}` that says what
    /// each value means (DescribeEnum<E>::docs).
    static json schema(json&) {
        static_assert(DescribeEnum<E>::values.size() == DescribeEnum<E>::docs.size(), "one doc per enum value");
        json values = json::array(), described = json::array();
        for (std::size_t i = 0; i < DescribeEnum<E>::values.size(); ++i) {
            const std::string text(DescribeEnum<E>::values[i].second);
            values.push_back(text);
            described.push_back({{"const", text}, {"description", std::string(DescribeEnum<E>::docs[i])}});
        }
        return {{"enum", values}, {"oneOf", described}};
    }
};

template <class T>
struct Codec<std::vector<T>> {
    static std::string expected() { return "an array"; }
    static std::vector<T> read(const json& j, const Ctx& c) {
        if (!j.is_array()) fail(c, j, "an array of " + Codec<T>::expected());
        std::vector<T> out;
        out.reserve(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) out.push_back(Codec<T>::read(j[i], c.child(i)));
        return out;
    }
    static json write(const std::vector<T>& v) {
        json a = json::array();
        for (const auto& x : v) a.push_back(Codec<T>::write(x));
        return a;
    }
    static json schema(json& defs) { return {{"type", "array"}, {"items", Codec<T>::schema(defs)}}; }
};

/// Parses a JSON object key as a year (a decimal integer without sign or leading zeros).
int read_year_key(const std::string& key, const Ctx& c);

template <class T>
struct Codec<std::map<int, T>> {
    static std::string expected() { return "an object keyed by year (\"2025\": ...)"; }
    static std::map<int, T> read(const json& j, const Ctx& c) {
        if (!j.is_object()) fail(c, j, expected());
        std::map<int, T> out;
        for (auto it = j.begin(); it != j.end(); ++it) {
            Ctx cc = c.child(it.key());
            out.emplace(read_year_key(it.key(), cc), Codec<T>::read(it.value(), cc));
        }
        return out;
    }
    static json write(const std::map<int, T>& m) {
        json o = json::object();
        for (const auto& [k, v] : m) o[std::to_string(k)] = Codec<T>::write(v);
        return o;
    }
    static json schema(json& defs) {
        return {{"type", "object"},
                {"propertyNames", {{"pattern", "^[1-9][0-9]{3}$"}}},
                {"additionalProperties", Codec<T>::schema(defs)}};
    }
};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <Record T>
struct Codec<T> {
    static std::string expected() { return "an object with \"schema\": \"" + schema_id<T>() + "\""; }

    static T read(const json& j, const Ctx& c) {
        if (!j.is_object()) fail(c, j, expected());
        const json* src = &j;
        json upgraded;
        if (check_schema_tag(j, Describe<T>::name, Describe<T>::version, c) < Describe<T>::version) {
            upgraded = j;
            upgrade_record(upgraded, Describe<T>::name, Describe<T>::version, c);
            src = &upgraded;
        }
        T out{};
        for_each_field<T>([&](const auto& f) {
            using V = typename std::decay_t<decltype(f)>::value_type;
            auto it = src->find(f.name);
            if constexpr (is_optional<V>::value) {
                if (it == src->end() || it->is_null()) {
                    out.*(f.member) = std::nullopt;
                } else {
                    out.*(f.member) = Codec<typename V::value_type>::read(*it, c.child(f.name));
                }
            } else {
                if (it == src->end()) {
                    if (f.defaulted) return;  // keeps the default member initialiser
                    const std::string key(f.name);
                    fail(c, "an object without \"" + key + "\"",
                         "a field \"" + key + "\" (" + Codec<V>::expected() + ") in " + schema_id<T>());
                }
                out.*(f.member) = Codec<V>::read(*it, c.child(f.name));
            }
        });
        for (auto it = src->begin(); it != src->end(); ++it)
            if (!is_field_name(it.key())) out.extras.fields[it.key()] = it.value().dump();
        return out;
    }

    /// "schema" or the name of one of the fields: not kept in extras.
    static bool is_field_name(std::string_view key) {
        if (key == "schema") return true;
        bool found = false;
        for_each_field<T>([&](const auto& f) { found = found || f.name == key; });
        return found;
    }

    static json write(const T& v) {
        json o = json::object();
        for (const auto& [k, text] : v.extras.fields) o[k] = json::parse(text);
        o["schema"] = schema_id<T>();
        for_each_field<T>([&](const auto& f) {
            using V = typename std::decay_t<decltype(f)>::value_type;
            std::string key(f.name);
            const auto& value = v.*(f.member);
            if constexpr (is_optional<V>::value) {
                if (value) o[key] = Codec<typename V::value_type>::write(*value);
                else o.erase(key);
            } else {
                o[key] = Codec<V>::write(value);
            }
        });
        return o;
    }

    static json schema(json& defs) {
        std::string name(Describe<T>::name);
        if (!defs.contains(name)) {
            defs[name] = json::object();  // placeholder against recursion
            json props = json::object();
            json required = json::array({"schema"});
            props["schema"] = {{"const", schema_id<T>()}};
            for_each_field<T>([&](const auto& f) {
                using V = typename std::decay_t<decltype(f)>::value_type;
                std::string key(f.name);
                json s;
                if constexpr (is_optional<V>::value) {
                    s = Codec<typename V::value_type>::schema(defs);
                } else {
                    s = Codec<V>::schema(defs);
                    if (!f.defaulted) required.push_back(key);
                }
                if (!f.doc.empty()) {
                    if (s.contains("$ref")) s = {{"allOf", json::array({s})}};
                    s["description"] = std::string(f.doc);
                }
                props[key] = s;
            });
            defs[name] = {{"type", "object"},
                          {"description", std::string(Describe<T>::doc)},
                          {"required", required},
                          {"properties", props},
                          {"additionalProperties", true}};
        }
        return {{"$ref", "#/$defs/" + name}};
    }
};

/// Evi answers are held as columns; in JSON they are an array of EviResponse objects.
EviResponseColumns read_evi_response_columns(const json& j, const Ctx& c);
json write_evi_response_columns(const EviResponseColumns& v);

template <>
struct Codec<EviResponseColumns> {
    static std::string expected() { return "an array of " + Codec<EviResponse>::expected(); }
    static EviResponseColumns read(const json& j, const Ctx& c) { return read_evi_response_columns(j, c); }
    static json write(const EviResponseColumns& v) { return write_evi_response_columns(v); }
    static json schema(json& defs) { return {{"type", "array"}, {"items", Codec<EviResponse>::schema(defs)}}; }
};

}  // namespace cmkit::io
