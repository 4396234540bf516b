#pragma once
// Private: the one gate every text input passes before it is parsed (JSON documents and every CSV
// reader). It accepts UTF-8 with or without a byte order mark and refuses, with FormatError naming the
// file and the place:
//   - an empty input (no bytes, or only white space),
//   - a UTF-16 or UTF-32 file (a byte order mark, or the zero bytes of UTF-16 without one),
//   - the first byte that is not UTF-8, at "line L, column C" (CSV: the column's header name), shown as
//     hex and, when it is one, as the Windows-1252 character it would be, with the fix in the message.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cmkit/values.hpp"

namespace cmkit::text {

/// Length of the UTF-8 sequence starting at @p p (at most @p left bytes), or 0 when it is not valid UTF-8
/// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_length(const unsigned char* p, std::size_t left);

/// The offset of the first byte that is not part of valid UTF-8, or npos. ASCII is checked 8 bytes at a time.
std::size_t first_bad_utf8(std::string_view text);

/// @p bytes without a UTF-8 byte order mark. Throws FormatError for an empty input or a UTF-16/32 one;
/// @p what names the expected content in messages ("a JSON document", "a CSV file with a header line").
std::string_view open(std::string_view bytes, const std::string& source, const std::string& what);

/// The first line cmkit writes above the header of a CSV file of synthetic (made-up) data, so that the
/// mark travels with the file whatever directory it is copied to (docs/input-output.md).
inline constexpr std::string_view kSyntheticCsvMarker = "# synthetic: made-up data from cmkit's generator, not real schools or answers";

/// Whether @p body (an opened CSV text) begins with a line "# synthetic..." (kSyntheticCsvMarker or any
/// line that starts with "# synthetic"). When it does, @p body is advanced to the end of that line (its
/// line break stays, so it reads as a blank first line and every later line keeps its number).
bool take_synthetic_marker(std::string_view& body);

/// Throws FormatError at the first byte of @p text that is not UTF-8. With @p csv_separator set, the
/// place is "line L, column NAME" (the column counted by separators outside quotes, named from
/// @p header when given); else "line L, column C" with C the character on the line.
void check_utf8(std::string_view text, const std::string& source, char csv_separator = 0,
                const std::vector<std::string>* header = nullptr);

/// The first control character (U+0000 to U+001F, tab included, U+007F, or U+0080 to U+009F) in @p s as
/// "U+0009", or "" when it has none; with @p allow_line_breaks, tab, line feed and carriage return are
/// allowed (free text). Names and ids with one get a finding.
std::string control_character(std::string_view s, bool allow_line_breaks = false);

/// The allowed or known values an "unknown value" finding lists: "a, b, c"; "(geen)" / "(none)" when
/// there are none; with @p max > 0 and more items, the first @p max and "… (en nog N)" / "… (and N more)"
/// (a schools registry of thousands is not listed whole).
std::string join_list(const std::vector<std::string>& items, Lang lang = Lang::en, std::size_t max = 0);

}  // namespace cmkit::text
