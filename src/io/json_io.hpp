#pragma once
// Private: the JSON reader, writer and JSON Schema builder of cmkit's values and records. Values have a Codec;
// records are handled by ordinary functions (json_io.cpp) over a run-time description built from Describe<T>
// (RecordInfo: the fields, each with the TypeOps table of its type), so that a record type adds little code.
// Only a few translation units include this (nlohmann/json is heavy to compile).

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
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
    static json schema(json&);
};

template <>
struct Codec<bool> {
    static std::string expected() { return "true or false"; }
    static bool read(const json& j, const Ctx& c) {
        if (!j.is_boolean()) fail(c, j, expected());
        return j.get<bool>();
    }
    static json write(bool v) { return v; }
    static json schema(json&);
};

template <>
struct Codec<std::int64_t> {
    static std::string expected() { return "an integer"; }
    static std::int64_t read(const json& j, const Ctx& c) { return read_int64(j, c, "an integer"); }
    static json write(std::int64_t v) { return v; }
    static json schema(json&);
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
    static json schema(json&);
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
    static json schema(json&);
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
    static json schema(json&);
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
    static json schema(json&);
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
    static json schema(json& defs);
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
    static json schema(json& defs);
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
    static json schema(json& defs);
};

/// The texts of the values of enum E, in the order of DescribeEnum<E>::values.
template <DescribedEnum E>
inline constexpr auto enum_texts = [] {
    std::array<std::string_view, DescribeEnum<E>::values.size()> texts{};
    for (std::size_t i = 0; i < texts.size(); ++i) texts[i] = DescribeEnum<E>::values[i].second;
    return texts;
}();
/// "one of \"PO\", \"SBO\"" for the @p n texts of an enum's values.
std::string enum_expected(const std::string_view* texts, std::size_t n);
/// The schema of an enum: its @p n value @p texts, each with its doc.
json enum_schema(const std::string_view* texts, const std::string_view* docs, std::size_t n);

template <DescribedEnum E>
struct Codec<E> {
    static std::string expected() { return enum_expected(enum_texts<E>.data(), enum_texts<E>.size()); }
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
        return enum_schema(enum_texts<E>.data(), DescribeEnum<E>::docs.data(), enum_texts<E>.size());
    }
};

/// Parses a JSON object key as a year (a decimal integer without sign or leading zeros).
int read_year_key(const std::string& key, const Ctx& c);

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// ---- records: a run-time description walked by ordinary functions ----------------------------------------------
//
// A record is read, written, described as JSON Schema and walked for control characters by the non-template
// functions below (json_io.cpp), over a RecordInfo built once per record type from Describe<T>: its fields as
// name, doc, the address of the member and the TypeOps of the member's type. Each distinct field type has one
// TypeOps, a table of small functions over untyped pointers. So a record type costs the compiler one table and
// one two-line function per field, not an inlined reader, writer, schema builder and walk of its own (which made
// the JSON units of the 109 records take ~126 CPU-seconds and up to 1.9 GB to compile).

namespace walk {
class ControlWalk;  // json_io.cpp: the control-character walk of io/checks.hpp
}

/// The JSON functions of one value type V, over untyped pointers to a V: one table per type
/// (detail::type_ops_table<V>), shared by every field of that type.
struct TypeOps {
    /// What a value of the type looks like, for error messages ("an array", "a date in ISO form YYYY-MM-DD").
    std::string (*expected)();
    /// Reads @p j (at @p c) and assigns the value to the V at @p out.
    void (*read)(const json& j, const Ctx& c, void* out);
    /// The JSON form of the V at @p v; for a std::optional, of the value it holds (it must hold one).
    json (*write)(const void* v);
    /// The JSON Schema of the type; definitions it refers to are added to @p defs.
    json (*schema)(json& defs);
    /// Walks the V at @p v for control characters; null when a V cannot hold text (numbers, amounts, dates,
    /// periods, ratios, enums: their texts are fixed and clean), so the walk skips it.
    void (*walk)(const void* v, walk::ControlWalk& w, bool name);
    /// For std::optional<X> (else null): whether the optional at @p v holds a value.
    bool (*is_set)(const void* v);
    /// For std::optional<X> (else null): clears the optional at @p v.
    void (*reset)(void* v);
};

/// One field of a record at run time, from its Field in Describe<T>::fields.
struct FieldInfo {
    std::string_view name;
    std::string_view doc;
    bool defaulted;  ///< Field::defaulted: may be absent on input
    /// The address of the member in the record at @p record.
    void* (*address)(void* record);
    const TypeOps* ops;
    /// A std::optional: absent or null on input means not set, and it is left out on output when not set.
    bool optional() const { return ops->is_set != nullptr; }
};

/// A record type at run time (record_info<T>()).
struct RecordInfo {
    /// A field that may hold text, and whether its strings are ids, names or codes (the stricter check).
    struct TextField {
        const FieldInfo* field;
        bool name_key;
    };
    std::string_view name;  ///< Describe<T>::name
    int version;            ///< Describe<T>::version
    std::string_view doc;   ///< Describe<T>::doc
    std::string id;         ///< schema_id<T>(): "Objective.1"
    const FieldInfo* fields;  ///< in declaration order
    std::size_t field_count;
    /// The unknown fields of the record at @p record.
    Extras* (*extras)(void* record);
    /// The fields that may hold text, in the order of the keys of the record's JSON object (sorted).
    std::vector<TextField> text_fields;
};

/// Builds the description of a record (done once per record type, by record_info<T>()).
RecordInfo make_record_info(std::string_view name, int version, std::string_view doc, const FieldInfo* fields,
                            std::size_t field_count, Extras* (*extras)(void*));

/// "an object with \"schema\": \"Objective.1\""
std::string record_expected(const RecordInfo& r);
/// Reads a record from @p j into the default-constructed record at @p out: the schema tag is checked and an
/// older version upgraded (upgrades.cpp), required, defaulted and optional fields are read in declaration
/// order, and keys that are not fields are kept in extras. Throws FormatError (SchemaVersionError) at its place.
void read_record(const RecordInfo& r, const json& j, const Ctx& c, void* out);
/// The JSON object of the record at @p v: its extras, its schema tag and its fields (unset optionals left out).
json write_record(const RecordInfo& r, const void* v);
/// Adds the record's definition to @p defs (once) and returns {"$ref": "#/$defs/NAME"}.
json record_schema(const RecordInfo& r, json& defs);
/// "schema" or the name of one of the fields: not kept in extras.
bool record_is_field_name(const RecordInfo& r, std::string_view key);

/// Reads the elements of the JSON array @p j into @p n records described by @p r, the first at @p first and
/// the others @p stride bytes apart (default-constructed, as read_record wants them).
void read_records(const RecordInfo& r, const json& j, const Ctx& c, void* first, std::size_t stride);
/// Reads the JSON document @p text (from @p source) as the record described by @p r, into the default-constructed
/// record at @p out, checking the amounts of money of the whole document (from_json).
void read_record_document(const RecordInfo& r, std::string_view text, const std::string& source, void* out);
/// FormatError at @p c unless @p j is an array: "an array of " + element_expected().
void check_array(const json& j, const Ctx& c, std::string (*element_expected)());
/// {"type": "array", "items": items}
json array_schema(json items);
/// The schema of an object keyed by year whose values have the schema @p values.
json year_map_schema(json values);

/// The control-character walk's steps that the walk functions of TypeOps take (json_io.cpp).
namespace walk {
void text(ControlWalk& w, const std::string& s, bool name);
void label(ControlWalk& w, const Label& l);
void json_value(ControlWalk& w, const json& j, bool name);
void record(ControlWalk& w, const RecordInfo& r, const void* v);
void enter(ControlWalk& w, std::string_view key);
void enter(ControlWalk& w, std::size_t index);
void leave(ControlWalk& w);
/// Enters a key or an index of the walk's place for the scope.
struct Enter {
    ControlWalk& w;
    Enter(ControlWalk& walk, std::string_view key) : w(walk) { enter(w, key); }
    Enter(ControlWalk& walk, std::size_t index) : w(walk) { enter(w, index); }
    ~Enter() { leave(w); }
    Enter(const Enter&) = delete;
    Enter& operator=(const Enter&) = delete;
};
}  // namespace walk

/// Whether a value of type V can hold text in its JSON form (a string, a key or an unknown field).
template <class V>
struct may_hold_text
    : std::bool_constant<!(std::is_arithmetic_v<V> || std::is_same_v<V, Money> || std::is_same_v<V, Date> ||
                           std::is_same_v<V, Period> || std::is_same_v<V, Ratio> || DescribedEnum<V>)> {};
template <class T>
struct may_hold_text<std::vector<T>> : may_hold_text<T> {};
template <class T>
struct may_hold_text<std::optional<T>> : may_hold_text<T> {};
template <class T>
struct may_hold_text<std::map<int, T>> : may_hold_text<T> {};

template <Record T>
const RecordInfo& record_info();

/// The functions of TypeOps for value type V: `get` returns the value read (a type need not be default
/// constructible, e.g. Date), `read` assigns it to a V, the rest are as in TypeOps. Containers call the
/// functions of their element type directly.
template <class V>
struct ValueOps {
    static std::string expected() { return Codec<V>::expected(); }
    static V get(const json& j, const Ctx& c) { return Codec<V>::read(j, c); }
    static void read(const json& j, const Ctx& c, void* out) { *static_cast<V*>(out) = Codec<V>::read(j, c); }
    static json write(const void* v) { return Codec<V>::write(*static_cast<const V*>(v)); }
    static json schema(json& defs) { return Codec<V>::schema(defs); }
    static void walk(const void* v, walk::ControlWalk& w, bool name) {
        if constexpr (std::is_same_v<V, std::string>) {
            walk::text(w, *static_cast<const std::string*>(v), name);
        } else if constexpr (std::is_same_v<V, Label>) {
            walk::label(w, *static_cast<const Label*>(v));
        } else {  // a type read and written through JSON only (EviResponseColumns)
            walk::json_value(w, Codec<V>::write(*static_cast<const V*>(v)), name);
        }
    }
};

/// A JSON array.
template <class X>
struct ValueOps<std::vector<X>> {
    static std::string expected() { return "an array"; }
    static std::vector<X> get(const json& j, const Ctx& c) {
        check_array(j, c, &ValueOps<X>::expected);
        if constexpr (std::is_default_constructible_v<X> && !std::is_same_v<X, bool>) {
            // Made at its size and read in place: no code to move elements as the vector grows.
            std::vector<X> out(j.size());
            if constexpr (Record<X>) {
                read_records(record_info<X>(), j, c, out.data(), sizeof(X));
            } else {
                for (std::size_t i = 0; i < j.size(); ++i) ValueOps<X>::read(j[i], c.child(i), &out[i]);
            }
            return out;
        } else {
            std::vector<X> out;
            out.reserve(j.size());
            for (std::size_t i = 0; i < j.size(); ++i) out.push_back(ValueOps<X>::get(j[i], c.child(i)));
            return out;
        }
    }
    static void read(const json& j, const Ctx& c, void* out) { *static_cast<std::vector<X>*>(out) = get(j, c); }
    static json write(const void* v) {
        json a = json::array();
        for (const auto& e : *static_cast<const std::vector<X>*>(v)) a.push_back(ValueOps<X>::write(&e));
        return a;
    }
    static json schema(json& defs) { return array_schema(ValueOps<X>::schema(defs)); }
    static void walk(const void* v, walk::ControlWalk& w, bool name) {
        const auto& vec = *static_cast<const std::vector<X>*>(v);
        for (std::size_t i = 0; i < vec.size(); ++i) {
            walk::Enter e(w, i);
            ValueOps<X>::walk(&vec[i], w, name);
        }
    }
};

/// A JSON object keyed by year.
template <class X>
struct ValueOps<std::map<int, X>> {
    static std::string expected() { return "an object keyed by year (\"2025\": ...)"; }
    static std::map<int, X> get(const json& j, const Ctx& c) {
        if (!j.is_object()) fail(c, j, expected());
        std::map<int, X> out;
        for (auto it = j.begin(); it != j.end(); ++it) {
            Ctx cc = c.child(it.key());
            // The value before the key: a bad value under a bad key is named as the value (as it always was).
            X value = ValueOps<X>::get(it.value(), cc);
            out.emplace(read_year_key(it.key(), cc), std::move(value));
        }
        return out;
    }
    static void read(const json& j, const Ctx& c, void* out) { *static_cast<std::map<int, X>*>(out) = get(j, c); }
    static json write(const void* v) {
        json o = json::object();
        for (const auto& [k, e] : *static_cast<const std::map<int, X>*>(v)) o[std::to_string(k)] = ValueOps<X>::write(&e);
        return o;
    }
    static json schema(json& defs) { return year_map_schema(ValueOps<X>::schema(defs)); }
    static void walk(const void* v, walk::ControlWalk& w, bool) {
        // The object's keys are the decimal numbers, in text order (the same as the numbers' for years).
        const auto& m = *static_cast<const std::map<int, X>*>(v);
        std::vector<std::pair<std::string, const X*>> items;
        items.reserve(m.size());
        for (const auto& [k, x] : m) items.emplace_back(std::to_string(k), &x);
        std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [k, x] : items) {
            walk::Enter e(w, std::string_view(k));
            ValueOps<X>::walk(x, w, false);  // the key is digits; the value's key is not a name key
        }
    }
};

/// A field that may be absent (or null): read, written and described as the value it holds.
template <class X>
struct ValueOps<std::optional<X>> {
    static std::string expected() { return ValueOps<X>::expected(); }
    static void read(const json& j, const Ctx& c, void* out) { *static_cast<std::optional<X>*>(out) = ValueOps<X>::get(j, c); }
    static json write(const void* v) { return ValueOps<X>::write(&**static_cast<const std::optional<X>*>(v)); }
    static json schema(json& defs) { return ValueOps<X>::schema(defs); }
    static void walk(const void* v, walk::ControlWalk& w, bool name) {
        if (const auto& o = *static_cast<const std::optional<X>*>(v)) ValueOps<X>::walk(&*o, w, name);
    }
    static bool is_set(const void* v) { return static_cast<const std::optional<X>*>(v)->has_value(); }
    static void reset(void* v) { *static_cast<std::optional<X>*>(v) = std::nullopt; }
};

/// A record nested in another: the record functions over record_info<T>().
template <Record T>
struct ValueOps<T> {
    static std::string expected() { return record_expected(record_info<T>()); }
    static T get(const json& j, const Ctx& c) {
        T out{};
        read_record(record_info<T>(), j, c, &out);
        return out;
    }
    static void read(const json& j, const Ctx& c, void* out) { *static_cast<T*>(out) = get(j, c); }
    static json write(const void* v) { return write_record(record_info<T>(), v); }
    static json schema(json& defs) { return record_schema(record_info<T>(), defs); }
    static void walk(const void* v, walk::ControlWalk& w, bool) { walk::record(w, record_info<T>(), v); }
};

namespace detail {
template <class V>
constexpr TypeOps make_type_ops() {
    TypeOps ops{&ValueOps<V>::expected, &ValueOps<V>::read, &ValueOps<V>::write, &ValueOps<V>::schema,
                nullptr, nullptr, nullptr};
    if constexpr (may_hold_text<V>::value) ops.walk = &ValueOps<V>::walk;
    if constexpr (is_optional<V>::value) {
        ops.is_set = &ValueOps<V>::is_set;
        ops.reset = &ValueOps<V>::reset;
    }
    return ops;
}
template <class V>
inline constexpr TypeOps type_ops_table = make_type_ops<V>();

template <Record T, std::size_t I>
void* field_address(void* record) {
    return &(static_cast<T*>(record)->*(get_field<I>(Describe<T>::fields).member));
}
template <Record T>
Extras* extras_address(void* record) {
    return &static_cast<T*>(record)->extras;
}
template <Record T, std::size_t I>
constexpr FieldInfo field_info() {
    constexpr const auto& f = get_field<I>(Describe<T>::fields);
    using V = typename std::remove_cvref_t<decltype(f)>::value_type;
    return FieldInfo{f.name, f.doc, f.defaulted, &field_address<T, I>, &type_ops_table<V>};
}
template <Record T, std::size_t... I>
constexpr std::array<FieldInfo, sizeof...(I)> field_infos(std::index_sequence<I...>) {
    return {field_info<T, I>()...};
}
template <Record T>
inline constexpr auto record_fields =
    field_infos<T>(std::make_index_sequence<std::remove_cv_t<decltype(Describe<T>::fields)>::size>{});
}  // namespace detail

/// The description of record T, built at its first use.
template <Record T>
const RecordInfo& record_info() {
    static const RecordInfo info =
        make_record_info(Describe<T>::name, Describe<T>::version, Describe<T>::doc, detail::record_fields<T>.data(),
                         detail::record_fields<T>.size(), &detail::extras_address<T>);
    return info;
}

/// The JSON functions of a record type (thin: the work is done by the record functions over record_info<T>()).
template <Record T>
struct Codec<T> {
    static std::string expected() { return record_expected(record_info<T>()); }
    static T read(const json& j, const Ctx& c) { return ValueOps<T>::get(j, c); }
    static json write(const T& v) { return write_record(record_info<T>(), &v); }
    static json schema(json& defs) { return record_schema(record_info<T>(), defs); }
    /// "schema" or the name of one of the fields: not kept in extras.
    static bool is_field_name(std::string_view key) { return record_is_field_name(record_info<T>(), key); }
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
