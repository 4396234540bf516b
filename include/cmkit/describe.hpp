#pragma once
/// @file describe.hpp
/// Compile-time descriptions of cmkit's records and enums.
///
/// Every record (a plain struct such as Objective or BudgetLine) has a specialisation of
/// `Describe<T>` that names its schema ("Objective", version 1), documents it, and lists its fields
/// as (JSON name, member pointer, doc) triples. That one description drives the JSON reader and
/// writer, the JSON Schema, the Python bindings (properties, keyword constructor, repr, pickling)
/// and the stubs, so the five can never disagree.
///
/// Field types are value types (std::string, bool, std::int64_t, int, Money, Date, Period, Label,
/// Ratio, described enums), records, std::optional<T> (absent or null means "not set"),
/// std::vector<T> and std::map<int, T> (JSON object keyed by the decimal integer, e.g. years).

#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace cmkit {

/// One field of a record: its JSON (and Python) name, the member it is stored in, and a doc line.
template <class C, class T>
struct Field {
    using class_type = C;
    using value_type = T;
    std::string_view name;
    T C::*member;
    std::string_view doc;
    /// May be absent on input, meaning its default value (a field added to a schema later: adding a
    /// defaulted field does not change the schema version). Always written on output.
    bool defaulted = false;
};

/// Builds a Field; use inside Describe<T>::fields. Required on input unless T is std::optional.
template <class C, class T>
constexpr Field<C, T> field(std::string_view name, T C::*member, std::string_view doc = {}) {
    return Field<C, T>{name, member, doc, false};
}

/// Builds a Field that may be absent on input (then it keeps the member's default value).
template <class C, class T>
constexpr Field<C, T> field_default(std::string_view name, T C::*member, std::string_view doc = {}) {
    return Field<C, T>{name, member, doc, true};
}

/// One slot of a FieldList (the I-th field).
template <std::size_t I, class F>
struct FieldSlot {
    F value;
};

template <class Seq, class... Fs>
struct FieldListImpl;

/// The fields of a record: a flat aggregate with one base per field. Not a std::tuple, whose recursive
/// implementation made parsing the record headers cost ~2.5 CPU-seconds and ~400 MB in every translation
/// unit that includes them (measured; docs/architecture.md, "Build time").
template <std::size_t... I, class... Fs>
struct FieldListImpl<std::index_sequence<I...>, Fs...> : FieldSlot<I, Fs>... {
    static constexpr std::size_t size = sizeof...(Fs);
};

template <class... Fs>
using FieldList = FieldListImpl<std::index_sequence_for<Fs...>, Fs...>;

/// Builds the field list of a record: `static constexpr auto fields = field_list(field(...), ...);`.
template <class... Fs>
constexpr FieldList<Fs...> field_list(Fs... f) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return FieldList<Fs...>{FieldSlot<I, Fs>{f}...};
    }(std::index_sequence_for<Fs...>{});
}

/// The I-th field of a field list.
template <std::size_t I, class F>
constexpr const F& get_field(const FieldSlot<I, F>& slot) {
    return slot.value;
}

/// Specialise for every record: `name`, `version`, `doc` and a field_list `fields`.
template <class T>
struct Describe;

/// Specialise for every enum: `name` and an array `values` of {enumerator, text} pairs.
template <class E>
struct DescribeEnum;

template <class T>
concept Record = requires {
    Describe<T>::name;
    Describe<T>::version;
    Describe<T>::fields;
};

template <class E>
concept DescribedEnum = requires { DescribeEnum<E>::values; };

/// The text form of an enum value ("PO", "pro-rata"), as used in JSON and CSV.
template <DescribedEnum E>
constexpr std::string_view enum_text(E value) {
    for (const auto& [v, text] : DescribeEnum<E>::values)
        if (v == value) return text;
    return {};
}

/// Fields of a record that the library does not know, kept so that they survive a round trip:
/// key -> canonical JSON text of the value.
struct Extras {
    std::map<std::string, std::string> fields;
    bool empty() const noexcept { return fields.empty(); }
    friend bool operator==(const Extras&, const Extras&) = default;
};

/// Calls @p f(field) for every field of record @p T.
template <Record T, class F>
constexpr void for_each_field(F&& f) {
    constexpr const auto& list = Describe<T>::fields;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(get_field<I>(list)), ...);
    }(std::make_index_sequence<std::remove_cvref_t<decltype(list)>::size>{});
}

/// The text of an enumerator; "" for a value outside the description.
template <DescribedEnum E>
constexpr std::string_view enum_to_string(E value) {
    for (const auto& [v, text] : DescribeEnum<E>::values)
        if (v == value) return text;
    return {};
}

/// "Objective.1"
template <Record T>
std::string schema_id() {
    return std::string(Describe<T>::name) + "." + std::to_string(Describe<T>::version);
}

}  // namespace cmkit
