#include "text.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "cmkit/error.hpp"

namespace cmkit::text {

std::size_t utf8_length(const unsigned char* p, std::size_t left) {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || len > left) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((p[k] >> 6) != 0x2) return 0;
    if (len == 2 && c < 0xC2) return 0;
    if (len == 3) {
        const unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    }
    if (len == 4) {
        const unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    }
    return len;
}

std::size_t first_bad_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        std::size_t len = utf8_length(p + i, n - i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

namespace {

const char* const kUtf8Fix = "save it as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad or LibreOffice: encoding UTF-8)";

/// The character a byte from 0x80 to 0xFF stands for in Windows-1252, as UTF-8, or "" where that
/// code page leaves the byte undefined.
std::string windows_1252(unsigned char b) {
    static const unsigned short k80[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                           0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    const unsigned cp = b < 0xA0 ? k80[b - 0x80] : b;
    std::string out;
    if (cp == 0 || cp == 0xA0 || cp == 0xAD) return out;  // undefined, or invisible when shown
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

bool only_space(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

}  // namespace

std::string_view open(std::string_view bytes, const std::string& source, const std::string& what) {
    auto starts = [&](const char* prefix, std::size_t n) { return bytes.size() >= n && std::memcmp(bytes.data(), prefix, n) == 0; };
    const char* encoding = nullptr;
    if (starts("\xFF\xFE\x00\x00", 4)) encoding = "UTF-32 (little-endian, byte order mark FF FE 00 00)";
    else if (starts("\x00\x00\xFE\xFF", 4)) encoding = "UTF-32 (big-endian, byte order mark 00 00 FE FF)";
    else if (starts("\xFF\xFE", 2)) encoding = "UTF-16 (little-endian, byte order mark FF FE)";
    else if (starts("\xFE\xFF", 2)) encoding = "UTF-16 (big-endian, byte order mark FE FF)";
    else if (bytes.size() >= 4 && bytes[0] != '\0' && bytes[1] == '\0' && bytes[2] != '\0' && bytes[3] == '\0')
        encoding = "UTF-16 (little-endian, without a byte order mark)";
    else if (bytes.size() >= 4 && bytes[0] == '\0' && bytes[1] != '\0' && bytes[2] == '\0' && bytes[3] != '\0')
        encoding = "UTF-16 (big-endian, without a byte order mark)";
    if (encoding)
        throw FormatError(source, "line 1", std::string("a text file in ") + encoding,
                          what + " in UTF-8; " + kUtf8Fix);
    if (starts("\xEF\xBB\xBF", 3)) bytes.remove_prefix(3);
    if (only_space(bytes))
        throw FormatError(source, "line 1", "an empty file", what);  // no bytes, or only white space
    return bytes;
}

void check_utf8(std::string_view text, const std::string& source, char csv_separator,
                const std::vector<std::string>* header) {
    const std::size_t offset = first_bad_utf8(text);
    if (offset == std::string_view::npos) return;
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            line_start = i + 1;
        }
    }
    std::size_t character = 1;  // characters (not bytes) before the bad byte on its line, plus one
    for (std::size_t i = line_start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++character;
    std::string place = "line " + std::to_string(line) + ", column ";
    if (csv_separator) {
        std::size_t column = 0;
        bool q = false;
        for (std::size_t i = line_start; i < offset; ++i) {
            if (text[i] == '"') q = !q;
            else if (!q && text[i] == csv_separator) ++column;
        }
        place += header && column < header->size() ? (*header)[column] : std::to_string(column + 1);
    } else {
        place += std::to_string(character);
    }
    const auto b = static_cast<unsigned char>(text[offset]);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(b));
    std::string found = std::string("the byte ") + hex;
    if (csv_separator) found += " (character " + std::to_string(character) + " of the line)";
    found += ", which is not UTF-8";
    const std::string cp1252 = b >= 0x80 ? windows_1252(b) : std::string();
    if (!cp1252.empty()) {
        found += " (in Windows-1252 it is '" + cp1252 + "')";
        throw FormatError(source, place, found,
                          std::string("UTF-8 text; the file looks like Windows-1252 or Latin-1 (an Excel export): ") + kUtf8Fix);
    }
    throw FormatError(source, place, found, std::string("UTF-8 text; ") + kUtf8Fix);
}

bool take_synthetic_marker(std::string_view& body) {
    constexpr std::string_view prefix = "# synthetic";
    if (body.substr(0, prefix.size()) != prefix) return false;
    const std::size_t end = body.find_first_of("\r\n");
    body = end == std::string_view::npos ? std::string_view() : body.substr(end);
    return true;
}

std::string control_character(std::string_view s, bool allow_line_breaks) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        unsigned cp = 0x100;
        if ((c < 0x20 || c == 0x7F) && !(allow_line_breaks && (c == '\t' || c == '\n' || c == '\r'))) cp = c;
        else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            cp = static_cast<unsigned char>(s[i + 1]);  // U+0080 to U+009F, the C1 controls
        if (cp != 0x100) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "U+%04X", cp);
            return buf;
        }
    }
    return "";
}

std::string join_list(const std::vector<std::string>& items, Lang lang, std::size_t max) {
    if (items.empty()) return lang == Lang::nl ? "(geen)" : "(none)";
    const std::size_t shown = max > 0 && items.size() > max ? max : items.size();
    std::string out;
    for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + items[i];
    if (shown < items.size())
        out += (lang == Lang::nl ? ", … (en nog " : ", … (and ") + std::to_string(items.size() - shown) +
               (lang == Lang::nl ? ")" : " more)");
    return out;
}

}  // namespace cmkit::text
