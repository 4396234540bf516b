#pragma once
// Private: the JSON functions of every record (to_json, from_json, the control-character walk of
// io/checks.hpp) as templates. json_io.cpp uses them; record_json_1.cpp (group 1 of include/cmkit/records.hpp,
// the plan) and record_json_2.cpp (groups 2 to 4) instantiate them, so that no translation unit compiles all
// 109 records (that one needed 2.3 GB).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cmkit/io/json.hpp"
#include "cmkit/records.hpp"
#include "checks.hpp"
#include "json_io.hpp"
#include "text.hpp"

namespace cmkit {

template <Record T>
std::string to_json(const T& record) {
    return io::canonical(io::Codec<T>::write(record));
}

template <Record T>
T from_json(std::string_view text, const std::string& source) {
    io::json j = io::parse_document(text, source);
    io::AmountSum amounts;
    return io::Codec<T>::read(j, io::Ctx{&source, "", &amounts});
}

namespace io {
namespace walk {

inline bool is_name_key(std::string_view key) {
    static const char* const kNames[] = {"id", "brin", "name", "municipality", "school_id", "sector", "track",
                                         "category", "code", "instrument", "pillar", "item", "group", "wave"};
    for (const char* k : kNames)
        if (key == k) return true;
    return false;
}

/// The control-character check (io/checks.hpp) walks the record itself, in the order of its JSON form: the
/// keys of every object in the order of nlohmann's (sorted) objects, the record's unknown fields (extras)
/// among its own, an optional field only when set. It gives the findings, in the order and with the paths,
/// that walking Codec<T>::write(record) gave, without writing the tree (a quarter of a roll-up's time). The
/// place of a value is kept as keys and indices, joined into a JSON pointer only when a finding needs it.
struct PathPart {
    std::string_view key;  // when !is_index
    std::size_t index;
    bool is_index;
};

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
                Enter e(*this, it.key());
                check(it.key(), true);
                json_value(it.value(), is_name_key(it.key()));
            }
        }
    }

    template <class V>
    void value(const V& v, bool name);

    template <Record T>
    void record(const T& r);

private:
    struct Enter {
        ControlWalk& w;
        Enter(ControlWalk& walk, std::string_view key) : w(walk) { w.path_.push_back({key, 0, false}); }
        Enter(ControlWalk& walk, std::size_t index) : w(walk) { w.path_.push_back({{}, index, true}); }
        ~Enter() { w.path_.pop_back(); }
        Enter(const Enter&) = delete;
        Enter& operator=(const Enter&) = delete;
    };

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

    const std::string& root_;
    std::vector<Finding>& out_;
    std::vector<PathPart> path_;
};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_int_map : std::false_type {};
template <class T>
struct is_int_map<std::map<int, T>> : std::true_type {};

/// Whether a value of type V can hold text in its JSON form (a string, a key or an unknown field); the walk
/// skips the rest (amounts, dates, periods, ratios, enums, whose texts are fixed and clean).
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

/// The fields of record T that may hold text, in the order of the keys of its JSON object.
template <Record T>
struct TextFields {
    using Fields = std::remove_cv_t<decltype(Describe<T>::fields)>;
    using Visit = void (*)(const T&, ControlWalk&, bool);
    struct Entry {
        std::string_view name;
        bool name_key;  // is_name_key(name): its strings are ids, names or codes
        Visit visit;
    };

    template <std::size_t I>
    static void visit(const T& r, ControlWalk& w, bool name) {
        const auto& f = get_field<I>(Describe<T>::fields);
        w.value(r.*(f.member), name);
    }

    static const std::vector<Entry>& sorted() {
        static const std::vector<Entry> entries = [] {
            std::vector<Entry> e;
            [&]<std::size_t... I>(std::index_sequence<I...>) {
                (
                    [&] {
                        using V = typename std::remove_cvref_t<decltype(get_field<I>(Describe<T>::fields))>::value_type;
                        if constexpr (may_hold_text<V>::value) {
                            const std::string_view name = get_field<I>(Describe<T>::fields).name;
                            e.push_back({name, is_name_key(name), &visit<I>});
                        }
                    }(),
                    ...);
            }(std::make_index_sequence<Fields::size>{});
            std::sort(e.begin(), e.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
            return e;
        }();
        return entries;
    }
};

template <class V>
void ControlWalk::value(const V& v, bool name) {
    if constexpr (!may_hold_text<V>::value) {
        return;
    } else if constexpr (std::is_same_v<V, std::string>) {
        check(v, name);
    } else if constexpr (std::is_same_v<V, Label>) {  // {"en": ..., "nl": ...}: free text
        {
            Enter e(*this, std::string_view("en"));
            check(v.en, false);
        }
        Enter e(*this, std::string_view("nl"));
        check(v.nl, false);
    } else if constexpr (is_optional<V>::value) {  // a field: absent when not set
        if (v) value(*v, name);
    } else if constexpr (is_vector<V>::value) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            Enter e(*this, i);
            value(v[i], name);
        }
    } else if constexpr (is_int_map<V>::value) {
        // The object's keys are the decimal numbers, in text order (the same as the numbers' for years).
        std::vector<std::pair<std::string, const typename V::mapped_type*>> items;
        items.reserve(v.size());
        for (const auto& [k, x] : v) items.emplace_back(std::to_string(k), &x);
        std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [k, x] : items) {
            Enter e(*this, std::string_view(k));
            value(*x, false);  // the key is digits; the value's key is not a name key
        }
    } else if constexpr (Record<V>) {
        record(v);
    } else {
        json_value(Codec<V>::write(v), name);
    }
}

template <Record T>
void ControlWalk::record(const T& r) {
    const auto& fields = TextFields<T>::sorted();
    if (r.extras.empty()) {
        for (const auto& f : fields) {
            Enter e(*this, f.name);
            f.visit(r, *this, f.name_key);
        }
        return;
    }
    // Unknown fields (kept as JSON text) are keys of the same object; one named "schema" or as a field
    // is replaced by it when the record is written, so it is not there.
    auto x = r.extras.fields.begin();
    auto visit_extra = [&](const std::string& key, const std::string& text) {
        if (Codec<T>::is_field_name(key)) return;
        Enter e(*this, std::string_view(key));
        check(key, true);
        json_value(json::parse(text), is_name_key(key));
    };
    for (const auto& f : fields) {
        for (; x != r.extras.fields.end() && std::string_view(x->first) < f.name; ++x) visit_extra(x->first, x->second);
        Enter e(*this, f.name);
        f.visit(r, *this, f.name_key);
    }
    for (; x != r.extras.fields.end(); ++x) visit_extra(x->first, x->second);
}

}  // namespace walk

template <class T>
std::vector<Finding> control_character_findings(const T& record, const std::string& root) {
    std::vector<Finding> out;
    walk::ControlWalk w(root, out);
    w.value(record, false);
    return out;
}

}  // namespace io


}  // namespace cmkit

/// Explicit instantiations of the JSON functions of record @p T (record_json_N.cpp).
#define CMKIT_INSTANTIATE_RECORD_JSON(T)                           \
    template std::string to_json<T>(const T&);                     \
    template T from_json<T>(std::string_view, const std::string&); \
    template std::vector<Finding> io::control_character_findings<T>(const T&, const std::string&);

/// The same, declared: a translation unit that uses them but does not instantiate them.
#define CMKIT_EXTERN_RECORD_JSON(T)                                       \
    extern template std::string to_json<T>(const T&);                     \
    extern template T from_json<T>(std::string_view, const std::string&); \
    extern template std::vector<Finding> io::control_character_findings<T>(const T&, const std::string&);
