#pragma once
// Private: the JSON functions of every record (to_json, from_json, the control-character walk of
// io/checks.hpp) as thin templates over the run-time description of a record (record_info<T>() in
// json_io.hpp), whose reader, writer, schema builder and walk are ordinary functions in json_io.cpp. What
// remains per record type is its table of fields and a few calls, so record_json.cpp can instantiate the
// JSON functions of all 109 records in one translation unit (before, one record's code was inlined in full,
// and two units needed ~126 CPU-seconds and up to 1.9 GB).
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/io/json.hpp"
#include "cmkit/records.hpp"
#include "checks.hpp"
#include "json_io.hpp"

namespace cmkit {

template <Record T>
std::string to_json(const T& record) {
    return io::canonical(io::write_record(io::record_info<T>(), &record));
}

template <Record T>
T from_json(std::string_view text, const std::string& source) {
    T out{};
    io::read_record_document(io::record_info<T>(), text, source, &out);
    return out;
}

namespace io {

/// The control-character check (io/checks.hpp) of the record at @p record, described by @p r: it walks the
/// record itself in the order of its JSON form (json_io.cpp).
std::vector<Finding> record_control_character_findings(const RecordInfo& r, const void* record, const std::string& root);

template <class T>
std::vector<Finding> control_character_findings(const T& record, const std::string& root) {
    return record_control_character_findings(record_info<T>(), &record, root);
}

}  // namespace io

}  // namespace cmkit

/// Explicit instantiations of the JSON functions of record @p T (record_json.cpp).
#define CMKIT_INSTANTIATE_RECORD_JSON(T)                           \
    template const io::RecordInfo& io::record_info<T>();           \
    template std::string to_json<T>(const T&);                     \
    template T from_json<T>(std::string_view, const std::string&); \
    template std::vector<Finding> io::control_character_findings<T>(const T&, const std::string&);

/// The same, declared: a translation unit that uses them but does not instantiate them.
#define CMKIT_EXTERN_RECORD_JSON(T)                                       \
    extern template const io::RecordInfo& io::record_info<T>();           \
    extern template std::string to_json<T>(const T&);                     \
    extern template T from_json<T>(std::string_view, const std::string&); \
    extern template std::vector<Finding> io::control_character_findings<T>(const T&, const std::string&);
