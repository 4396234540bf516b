// Evi answers: the columnar response set, its CSV reader (straight from the bytes into coded columns) and
// writer, and the validation over the columns. docs/evi-analysis.md §2 lists every error and finding.
#include "cmkit/evi/responses.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "csv.hpp"
#include "evi/internal.hpp"
#include "io/json_io.hpp"
#include "sha256.hpp"
#include "text.hpp"

namespace cmkit {

// ---- StringDictionary --------------------------------------------------------------------------------

namespace {

std::uint64_t hash_bytes(std::string_view s) noexcept {
    // FNV-1a, then a final mix so that the low bits (the slot) depend on every byte.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 32);
}

}  // namespace

void StringDictionary::rehash(std::size_t capacity) {
    slots_.assign(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (std::uint32_t code = 0; code < values_.size(); ++code) {
        std::size_t s = hashes_[code] & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = code + 1;
    }
}

std::int64_t StringDictionary::find(std::string_view v) const noexcept {
    if (slots_.empty()) return -1;
    const std::uint64_t h = hash_bytes(v);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t s = h & mask;; s = (s + 1) & mask) {
        const std::uint32_t e = slots_[s];
        if (e == 0) return -1;
        if (hashes_[e - 1] == h && values_[e - 1] == v) return e - 1;
    }
}

std::uint32_t StringDictionary::intern(std::string_view v) {
    if ((values_.size() + 1) * 2 > slots_.size()) rehash(std::max<std::size_t>(16, slots_.size() * 2));
    const std::uint64_t h = hash_bytes(v);
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = h & mask;
    for (;; s = (s + 1) & mask) {
        const std::uint32_t e = slots_[s];
        if (e == 0) break;
        if (hashes_[e - 1] == h && values_[e - 1] == v) return e - 1;
    }
    if (values_.size() >= UINT32_MAX - 1) throw InvalidArgument("a column has more than 4 294 967 294 different values");
    values_.emplace_back(v);
    hashes_.push_back(h);
    slots_[s] = static_cast<std::uint32_t>(values_.size());
    return static_cast<std::uint32_t>(values_.size() - 1);
}

// ---- EviResponseColumns -------------------------------------------------------------------------------

void EviResponseColumns::reserve(std::size_t n) {
    school_.reserve(n);
    instrument_.reserve(n);
    pillar_.reserve(n);
    item_.reserve(n);
    wave_.reserve(n);
    value_.reserve(n);
    line_.reserve(n);
}

/// Appends already coded cells (the CSV reader and JSON codec); keeps the columns the same length.
struct EviResponseColumnsBuilder {
    static void append(EviResponseColumns& c, std::uint32_t school, int wave, std::uint32_t instrument, std::uint32_t pillar,
                       std::uint32_t item, std::optional<std::int64_t> value, std::uint32_t line) {
        const auto row = static_cast<std::uint32_t>(c.school_.size());
        std::int32_t v = EviResponseColumns::kNoValue;
        if (value) {
            if (*value > INT32_MIN + 1 && *value <= INT32_MAX) {
                v = static_cast<std::int32_t>(*value);
            } else {
                v = EviResponseColumns::kWideValue;
                c.wide_.emplace_back(row, *value);
            }
        }
        c.school_.push_back(school);
        c.instrument_.push_back(instrument);
        c.pillar_.push_back(pillar);
        c.item_.push_back(item);
        c.wave_.push_back(static_cast<std::int16_t>(wave));
        c.value_.push_back(v);
        c.line_.push_back(line);
    }
    static StringDictionary& schools(EviResponseColumns& c) { return c.schools_; }
    static StringDictionary& instruments(EviResponseColumns& c) { return c.instruments_; }
    static StringDictionary& pillars(EviResponseColumns& c) { return c.pillars_; }
    static StringDictionary& items(EviResponseColumns& c) { return c.items_; }
    static void set_extras(EviResponseColumns& c, std::uint32_t row, Extras e) { c.extras_.emplace_back(row, std::move(e)); }
};

void EviResponseColumns::push_back(std::string_view school_id, int wave, std::string_view instrument, std::string_view pillar,
                                   std::string_view item, std::optional<std::int64_t> value, std::uint32_t line) {
    if (wave < 1400 || wave > 9999)
        throw InvalidArgument("the wave of an Evi answer is a calendar year from 1400 to 9999, got " + std::to_string(wave));
    EviResponseColumnsBuilder::append(*this, schools_.intern(school_id), wave, instruments_.intern(instrument),
                                      pillars_.intern(pillar), items_.intern(item), value, line);
}

void EviResponseColumns::push_back(const EviResponse& r, std::uint32_t line) {
    push_back(r.school_id, r.wave, r.instrument, r.pillar, r.item, r.value, line);
    if (!r.extras.empty()) extras_.emplace_back(static_cast<std::uint32_t>(size() - 1), r.extras);
}

std::int64_t EviResponseColumns::wide_value(std::size_t i) const {
    auto it = std::lower_bound(wide_.begin(), wide_.end(), static_cast<std::uint32_t>(i),
                               [](const auto& e, std::uint32_t row) { return e.first < row; });
    return it->second;
}

EviResponse EviResponseColumns::operator[](std::size_t i) const {
    EviResponse r;
    r.school_id = schools_[school_[i]];
    r.wave = wave_[i];
    r.instrument = instruments_[instrument_[i]];
    r.pillar = pillars_[pillar_[i]];
    r.item = items_[item_[i]];
    r.value = value(i);
    if (!extras_.empty()) {
        auto it = std::lower_bound(extras_.begin(), extras_.end(), static_cast<std::uint32_t>(i),
                                   [](const auto& e, std::uint32_t row) { return e.first < row; });
        if (it != extras_.end() && it->first == i) r.extras = it->second;
    }
    return r;
}

std::size_t EviResponseColumns::memory_bytes() const noexcept {
    std::size_t b = school_.capacity() * 4 + instrument_.capacity() * 4 + pillar_.capacity() * 4 + item_.capacity() * 4 +
                    wave_.capacity() * 2 + value_.capacity() * 4 + line_.capacity() * 4 + wide_.capacity() * 16;
    for (const auto* d : {&schools_, &instruments_, &pillars_, &items_})
        for (const auto& s : d->values()) b += sizeof(std::string) + (s.size() > 15 ? s.size() + 1 : 0) + 8 + 8;
    return b;
}

bool operator==(const EviResponseColumns& a, const EviResponseColumns& b) {
    if (a.size() != b.size()) return false;
    if (a.wave_ != b.wave_ || a.line_.size() != b.line_.size()) return false;
    auto same_column = [&](const StringDictionary& da, const std::vector<std::uint32_t>& ca, const StringDictionary& db,
                           const std::vector<std::uint32_t>& cb) {
        if (da == db) return ca == cb;
        for (std::size_t i = 0; i < ca.size(); ++i)
            if (da[ca[i]] != db[cb[i]]) return false;
        return true;
    };
    if (!same_column(a.schools_, a.school_, b.schools_, b.school_) ||
        !same_column(a.instruments_, a.instrument_, b.instruments_, b.instrument_) ||
        !same_column(a.pillars_, a.pillar_, b.pillars_, b.pillar_) || !same_column(a.items_, a.item_, b.items_, b.item_))
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a.value(i) != b.value(i)) return false;
    auto extras_of = [](const EviResponseColumns& c) {
        std::vector<std::pair<std::uint32_t, Extras>> out;
        for (const auto& e : c.extras_)
            if (!e.second.empty()) out.push_back(e);
        return out;
    };
    return extras_of(a) == extras_of(b);
}

std::string EviResponseSet::location(std::size_t i) const {
    if (i < responses.size() && responses.line(i) != 0) return "line " + std::to_string(responses.line(i));
    return "/responses/" + std::to_string(i);
}

// ---- CSV ------------------------------------------------------------------------------------------------

namespace {

const std::vector<std::string> kColumns = {"school_id", "wave", "instrument", "pillar", "item", "value"};

bool parse_int(std::string_view text, std::int64_t& out) {
    if (text.empty()) return false;
    const char* b = text.data();
    const char* e = b + text.size();
    if (*b == '+') ++b;
    auto [p, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && p == e;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// The positions of the bytes that end a plain cell (the separator, '\n') or make a row not plain ('"', '\r'),
/// found 64 bytes at a time (SSE2 compares where available, a byte loop otherwise).
class SpecialBytes {
public:
    SpecialBytes(std::string_view text, char sep) : data_(text.data()), n_(text.size()), sep_(sep) {}

    /// Continue from @p i: next() gives the first special byte at or after i.
    void seek(std::size_t i) {
        block_ = i & ~std::size_t{63};
        mask_ = block_ < n_ ? load(block_) & (~std::uint64_t{0} << (i - block_)) : 0;
    }
    /// The position of the next special byte, or n when there is none.
    std::size_t next() {
        while (mask_ == 0) {
            block_ += 64;
            if (block_ >= n_) return n_;
            mask_ = load(block_);
        }
        const std::size_t at = block_ + static_cast<std::size_t>(__builtin_ctzll(mask_));
        mask_ &= mask_ - 1;
        return at;
    }

private:
    std::uint64_t load(std::size_t from) const {
        if (from + 64 > n_) {  // the last, partial block
            std::uint64_t m = 0;
            for (std::size_t k = from; k < n_; ++k) m |= static_cast<std::uint64_t>(is_special(data_[k])) << (k - from);
            return m;
        }
#if defined(__SSE2__)
        const __m128i sep = _mm_set1_epi8(sep_), nl = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r');
        std::uint64_t m = 0;
        for (int q = 0; q < 4; ++q) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data_ + from + 16 * q));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, sep), _mm_cmpeq_epi8(x, nl)),
                                             _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, cr)));
            m |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit))) << (16 * q);
        }
        return m;
#else
        std::uint64_t m = 0;
        for (std::size_t k = 0; k < 64; ++k) m |= static_cast<std::uint64_t>(is_special(data_[from + k])) << k;
        return m;
#endif
    }
    bool is_special(char c) const { return c == sep_ || c == '\n' || c == '"' || c == '\r'; }

    const char* data_;
    std::size_t n_;
    char sep_;
    std::size_t block_ = 0;
    std::uint64_t mask_ = 0;
};

class CsvReader {
public:
    CsvReader(std::string_view text, const std::string& source) : text_(text), source_(source) {
        // the separator: ';' when the first line (outside quotes) has any, else ','
        bool q = false;
        int semis = 0;
        for (char ch : text_.substr(std::min(text_.size(), text_.find_first_not_of("\r\n")))) {
            if (ch == '"') q = !q;
            else if (!q && (ch == '\n' || ch == '\r')) break;
            else if (!q && ch == ';') ++semis;
        }
        sep_ = semis > 0 ? ';' : ',';
        bytes_.emplace(text_, sep_);
        special_.fill(0);
        for (unsigned char c : {static_cast<unsigned char>(sep_), static_cast<unsigned char>('\n'),
                                static_cast<unsigned char>('\r'), static_cast<unsigned char>('"')})
            special_[c] = 1;
    }

    char separator() const { return sep_; }

    /// Reads the next row into cells (views into the text or into scratch storage for quoted cells);
    /// returns false at the end. Blank rows are skipped. row_line() is where the row starts.
    bool next(std::vector<std::string_view>& cells) {
        for (;;) {
            if (i_ >= text_.size()) return false;
            row_line_ = line_;
            cells.clear();
            scratch_used_ = 0;
            read_row(cells);
            if (cells.size() == 1 && cells[0].empty()) continue;  // blank line
            return true;
        }
    }
    int row_line() const { return row_line_; }

    /// The fast path for plain rows: when the text from the current position up to the next '\n' (or the end)
    /// holds no '"' and no '\r', is not empty, and has exactly @p ncols cells, sets @p cells (trimmed, views
    /// into the text) and returns true: the same cells and row_line() as next(). Otherwise returns false and
    /// leaves the position, so that next() reads the row (and reports what is wrong with it).
    bool next_plain(std::string_view* cells, std::size_t ncols) {
        const char* data = text_.data();
        const std::size_t n = text_.size();
        if (i_ >= n) return false;
        if (scanned_ != i_) bytes_->seek(i_);
        scanned_ = SIZE_MAX;
        std::size_t k = 0, start = i_, at = 0;
        for (;;) {
            at = bytes_->next();
            if (at >= n || data[at] == '\n') break;
            if (data[at] != sep_ || k + 1 >= ncols) return false;  // '"', '\r' or too many cells
            cells[k++] = trim(std::string_view(data + start, at - start));
            start = at + 1;
        }
        if (at == i_ || k + 1 != ncols) return false;  // an empty line, or too few cells
        cells[k] = trim(std::string_view(data + start, at - start));
        row_line_ = line_;
        if (at < n) {
            i_ = at + 1;
            ++line_;
        } else {
            i_ = n;
        }
        scanned_ = i_;
        return true;
    }

private:
    static std::string_view trim(std::string_view s) {
        std::size_t b = 0, e = s.size();
        while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
        return s.substr(b, e - b);
    }

    void read_row(std::vector<std::string_view>& cells) {
        const char* data = text_.data();
        const std::size_t n = text_.size();
        std::size_t start = i_;
        for (;;) {
            // an unquoted stretch up to the next special byte
            std::size_t j = i_;
            while (j < n && !special_[static_cast<unsigned char>(data[j])]) ++j;
            if (j < n && data[j] == '"' && trim(std::string_view(data + start, j - start)).empty()) {
                i_ = j;
                cells.push_back(read_quoted());
                // after the closing quote: spaces, then the separator or the end of the line
                while (i_ < n && (data[i_] == ' ' || data[i_] == '\t')) ++i_;
                if (i_ < n && data[i_] != sep_ && data[i_] != '\n' && data[i_] != '\r')
                    throw FormatError(source_, "line " + std::to_string(line_), std::string("'") + data[i_] + "' after a quoted cell",
                                      std::string("the separator '") + sep_ + "' or the end of the line");
                if (i_ >= n) return;
                if (data[i_] == sep_) {
                    ++i_;
                    start = i_;
                    if (i_ >= n) {  // a separator at the very end: one more empty cell
                        cells.push_back({});
                        return;
                    }
                    continue;
                }
                end_line();
                return;
            }
            if (j < n && data[j] == '"') {  // a quote inside an unquoted cell is an ordinary character
                i_ = j + 1;
                while (i_ < n && data[i_] != sep_ && data[i_] != '\n' && data[i_] != '\r') ++i_;
                j = i_;
            }
            cells.push_back(trim(std::string_view(data + start, j - start)));
            i_ = j;
            if (i_ >= n) return;
            if (data[i_] == sep_) {
                ++i_;
                start = i_;
                if (i_ >= n) {
                    cells.push_back({});
                    return;
                }
                continue;
            }
            end_line();
            return;
        }
    }

    void end_line() {
        if (text_[i_] == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') ++i_;
        ++i_;
        ++line_;
    }

    std::string_view read_quoted() {
        const char* data = text_.data();
        const std::size_t n = text_.size();
        const int opened = line_;
        ++i_;  // the opening quote
        const std::size_t from = i_;
        // fast path: no doubled quote inside
        std::size_t j = i_;
        bool escaped = false;
        for (; j < n; ++j) {
            if (data[j] == '"') {
                if (j + 1 < n && data[j + 1] == '"') {
                    escaped = true;
                    break;
                }
                break;
            }
            if (data[j] == '\n') ++line_;
        }
        if (j >= n) throw FormatError(source_, "line " + std::to_string(opened), "a quoted cell that is never closed",
                                      "a closing '\"' before the end of the file");
        if (!escaped) {
            i_ = j + 1;
            return std::string_view(data + from, j - from);
        }
        // slow path: unescape "" into scratch storage
        if (scratch_.size() <= scratch_used_) scratch_.emplace_back();
        std::string& out = scratch_[scratch_used_++];
        out.assign(data + from, j - from);
        i_ = j;
        for (;;) {
            if (i_ >= n) throw FormatError(source_, "line " + std::to_string(opened), "a quoted cell that is never closed",
                                           "a closing '\"' before the end of the file");
            const char c = data[i_];
            if (c == '"') {
                if (i_ + 1 < n && data[i_ + 1] == '"') {
                    out += '"';
                    i_ += 2;
                    continue;
                }
                ++i_;
                return out;
            }
            if (c == '\n') ++line_;
            out += c;
            ++i_;
        }
    }

    std::string_view text_;
    const std::string& source_;
    char sep_ = ',';
    std::optional<SpecialBytes> bytes_;
    std::size_t scanned_ = SIZE_MAX;  // where bytes_ stands (SIZE_MAX: not in step with i_)
    std::array<unsigned char, 256> special_{};
    std::size_t i_ = 0;
    int line_ = 1;
    int row_line_ = 1;
    std::vector<std::string> scratch_;  // unescaped quoted cells of the current row
    std::size_t scratch_used_ = 0;
};

}  // namespace

EviResponseSet evi_responses_from_csv(std::string_view text, const std::string& source) {
    EviResponseSet set;
    set.source = source;
    set.sha256 = detail::sha256_hex(text);

    std::string_view body = text::open(text, source, "a CSV file with a header line of column names");
    set.synthetic = text::take_synthetic_marker(body);
    CsvReader reader(body, source);
    std::vector<std::string_view> cells;
    if (!reader.next(cells)) throw FormatError(source, "line 1", "an empty file", "a header line with column names");
    std::vector<std::string> header(cells.begin(), cells.end());
    text::check_utf8(body, source, reader.separator(), &header);
    {
        csv::Table t;
        t.header = header;
        t.check_header(kColumns, kColumns, "exactly the columns school_id,wave,instrument,pillar,item,value", source);
    }
    std::array<std::size_t, 6> col{};
    for (std::size_t k = 0; k < kColumns.size(); ++k)
        col[k] = static_cast<std::size_t>(std::find(header.begin(), header.end(), kColumns[k]) - header.begin());

    auto& out = set.responses;
    out.reserve(text.size() / 36 + 16);  // a typical answer row is about 40 bytes
    auto& schools = EviResponseColumnsBuilder::schools(out);
    auto& instruments = EviResponseColumnsBuilder::instruments(out);
    auto& pillars = EviResponseColumnsBuilder::pillars(out);
    auto& items = EviResponseColumnsBuilder::items(out);
    // the previous row's cells and codes: files are sorted by school and pillar, so most cells repeat
    std::string_view last_school, last_instrument, last_pillar;
    std::uint32_t school_code = 0, instrument_code = 0, pillar_code = 0;
    bool have_last = false;
    const std::array<const char*, 6> expected_key = {"the school's id (its BRIN code)", "", "an instrument id such as evi-2.1-po",
                                                     "a pillar id such as visie", "an item code such as scenario", ""};
    auto where = [&](std::size_t k) { return "line " + std::to_string(reader.row_line()) + ", column " + kColumns[k]; };
    // the item (and pillar) that followed each item (pillar) the last time: files repeat the same sequence of
    // items per school and wave, so a prediction checked by one comparison spares most hash lookups
    constexpr std::uint32_t kNoCode = UINT32_MAX;
    std::vector<std::uint32_t> item_after, pillar_after;
    std::uint32_t last_item = kNoCode;
    auto same = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t q = 0; q < a.size(); ++q)
            if (a[q] != b[q]) return false;
        return true;
    };
    auto predicted = [&](StringDictionary& dict, std::vector<std::uint32_t>& after, std::uint32_t last, std::string_view v) {
        if (last != kNoCode && after[last] != kNoCode && same(dict[after[last]], v)) return after[last];
        const std::uint32_t code = dict.intern(v);
        if (after.size() < dict.size()) after.resize(dict.size(), kNoCode);
        if (last != kNoCode) after[last] = code;
        return code;
    };
    auto unguarded = [](std::string_view v) { return !v.empty() && v[0] == '\'' ? csv::unguard(v) : v; };
    std::array<std::string_view, 6> plain{};
    const std::string_view* row = nullptr;
    for (;;) {
        if (reader.next_plain(plain.data(), header.size())) {
            row = plain.data();
        } else if (reader.next(cells)) {
            if (cells.size() != header.size())
                throw FormatError(source, "line " + std::to_string(reader.row_line()), std::to_string(cells.size()) + " cells",
                                  std::to_string(header.size()) + " cells separated by '" + std::string(1, reader.separator()) +
                                      "', one per header column");
            row = cells.data();
        } else {
            break;
        }
        for (std::size_t k : {0, 2, 3, 4})
            if (row[col[k]].empty()) throw FormatError(source, where(k), "an empty cell", expected_key[k]);
        std::int64_t w = 0;
        const std::string_view wave = row[col[1]];
        auto digit = [](char c) { return static_cast<unsigned>(c - '0') <= 9u; };
        if (wave.size() == 4 && digit(wave[0]) && digit(wave[1]) && digit(wave[2]) && digit(wave[3]))
            w = (wave[0] - '0') * 1000 + (wave[1] - '0') * 100 + (wave[2] - '0') * 10 + (wave[3] - '0');
        else if (!parse_int(wave, w))
            w = -1;
        if (w < 1400 || w > 9999)
            throw FormatError(source, where(1), "'" + std::string(wave) + "'",
                              "the wave's calendar year (an integer from 1400 to 9999, e.g. 2025)");
        std::optional<std::int64_t> value;
        if (const std::string_view v = row[col[5]]; v.size() == 1 && v[0] >= '0' && v[0] <= '9') {
            value = v[0] - '0';
        } else if (!v.empty()) {
            std::int64_t x = 0;
            if (!parse_int(v, x))
                throw FormatError(source, where(5), "'" + std::string(v) + "'",
                                  "an integer code of the item's scale, or an empty cell for no answer");
            value = x;
        }
        // Views into the text stay valid; quoted cells live in the reader's scratch only for this row,
        // so they are not remembered as the previous row.
        const std::string_view s = unguarded(row[col[0]]), ins = unguarded(row[col[2]]), pl = unguarded(row[col[3]]);
        auto in_text = [&](std::string_view v) { return v.data() >= text.data() && v.data() < text.data() + text.size(); };
        if (!have_last || !same(s, last_school)) school_code = schools.intern(s);
        if (!have_last || !same(ins, last_instrument)) instrument_code = instruments.intern(ins);
        if (!have_last || !same(pl, last_pillar)) pillar_code = predicted(pillars, pillar_after, have_last ? pillar_code : kNoCode, pl);
        have_last = in_text(s) && in_text(ins) && in_text(pl);
        last_school = s;
        last_instrument = ins;
        last_pillar = pl;
        last_item = predicted(items, item_after, last_item, unguarded(row[col[4]]));
        EviResponseColumnsBuilder::append(out, school_code, static_cast<int>(w), instrument_code, pillar_code, last_item, value,
                                          static_cast<std::uint32_t>(reader.row_line()));
    }
    return set;
}

std::string evi_responses_to_csv(const EviResponseSet& set) {
    const auto& c = set.responses;
    std::string out = set.synthetic ? std::string(text::kSyntheticCsvMarker) + "\n" : std::string();
    out += csv::line(kColumns);
    out.reserve(out.size() + c.size() * 40);
    // cells of each dictionary entry, quoted where needed, made once
    auto cells_of = [](const StringDictionary& d) {
        std::vector<std::string> v;
        v.reserve(d.size());
        for (const auto& s : d.values()) v.push_back(csv::cell(csv::text(s)));
        return v;
    };
    const auto sc = cells_of(c.schools()), ic = cells_of(c.instruments()), pc = cells_of(c.pillars()), tc = cells_of(c.items());
    char buf[32];
    for (std::size_t i = 0; i < c.size(); ++i) {
        out += sc[c.school_codes()[i]];
        out += ',';
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<int>(c.waves()[i]));
        out.append(buf, p);
        out += ',';
        out += ic[c.instrument_codes()[i]];
        out += ',';
        out += pc[c.pillar_codes()[i]];
        out += ',';
        out += tc[c.item_codes()[i]];
        out += ',';
        if (auto v = c.value(i)) {
            auto [q, ec2] = std::to_chars(buf, buf + sizeof buf, *v);
            out.append(buf, q);
        }
        out += '\n';
    }
    return out;
}

EviResponseSet evi_responses_from_json(std::string_view text, const std::string& source) {
    EviResponseSet set = from_json<EviResponseSet>(text, source);
    set.source = source;
    set.sha256 = detail::sha256_hex(text);
    return set;
}

EviResponseSet load_evi_responses(const std::string& path) {
    std::string text = io::read_file(path);
    bool is_csv = path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
    return is_csv ? evi_responses_from_csv(text, path) : evi_responses_from_json(text, path);
}

// ---- JSON codec of the columns ------------------------------------------------------------------------------

namespace io {

EviResponseColumns read_evi_response_columns(const json& j, const Ctx& c) {
    if (!j.is_array()) fail(c, j, "an array of " + Codec<EviResponse>::expected());
    EviResponseColumns out;
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(Codec<EviResponse>::read(j[i], c.child(i)));
    }
    return out;
}

json write_evi_response_columns(const EviResponseColumns& v) {
    json a = json::array();
    for (std::size_t i = 0; i < v.size(); ++i) a.push_back(Codec<EviResponse>::write(v[i]));
    return a;
}

}  // namespace io

// ---- validation over the columns ----------------------------------------------------------------------------

namespace detail {
namespace {

/// How a (instrument, pillar, item) triple of codes resolves against the definitions.
enum class Resolution : std::uint8_t { Ok, UnknownInstrument, NotInVersion, UnknownPillar, UnknownItem };

struct Resolved {
    Resolution kind = Resolution::Ok;
    std::int32_t instrument = -1;  // index into the instruments
    std::int32_t slot = -1;
    const EviScale* scale = nullptr;  // the item's scale as the validation finds it (the last with its id)
    std::string other;                // NotInVersion: the versions that have the item
};

std::string join_ids(const std::vector<std::string>& ids) {
    std::string s;
    for (const auto& i : ids) s += (s.empty() ? "" : ", ") + i;
    return s;
}

}  // namespace

Validated validate_columns(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const SchoolRegistry* schools,
                           const EviValidationOptions& options) {
    const EviResponseColumns& C = set.responses;
    const std::size_t n = C.size();
    Validated v;
    v.slots = SlotMap(instruments);
    v.excluded.assign(n, 0);
    v.usable.assign(n, 0);
    v.row_slot.assign(n, -1);
    std::vector<char> first_of_sw(n, 0);  // the row that fixed its school-wave's instrument
    std::vector<Finding>& out = v.findings;

    auto add = [&](const char* code, Severity sev, std::string path, std::string nl, std::string en, std::vector<FindingFigure> figs,
                   const std::string* school) {
        if (school && std::none_of(figs.begin(), figs.end(), [](const FindingFigure& f) { return f.name == "school_id"; }))
            figs.push_back(figure_text("school_id", *school));
        out.push_back(Finding{code, sev, std::move(path), std::move(nl), std::move(en), std::move(figs), {}});
    };

    std::string known;
    for (const auto& ins : instruments) known += (known.empty() ? "" : ", ") + ins.id;
    // instrument code -> the definition with that id (the last one, as a map would keep)
    std::vector<std::int32_t> ins_of_code(C.instruments().size(), -1);
    for (std::size_t k = 0; k < instruments.size(); ++k)
        if (auto code = C.instruments().find(instruments[k].id); code >= 0) ins_of_code[static_cast<std::size_t>(code)] = static_cast<std::int32_t>(k);

    // (instrument, pillar, item) codes -> resolution, memoised: dense when small, hashed otherwise
    std::vector<Resolved> resolved;
    const std::uint64_t np = C.pillars().size(), ni = C.items().size(), nins = C.instruments().size();
    const bool dense = nins * np * ni <= (1u << 20);
    std::vector<std::int32_t> memo_dense(dense ? nins * np * ni : 0, -1);
    std::unordered_map<std::uint64_t, std::int32_t> memo_hash;
    auto resolve = [&](std::uint32_t ic, std::uint32_t pc, std::uint32_t tc) -> const Resolved& {
        const std::uint64_t key = (ic * np + pc) * ni + tc;
        std::int32_t* slot = nullptr;
        if (dense) {
            slot = &memo_dense[key];
        } else {
            slot = &memo_hash.try_emplace(key, -1).first->second;
        }
        if (*slot >= 0) return resolved[static_cast<std::size_t>(*slot)];
        Resolved r;
        r.instrument = ins_of_code[ic];
        if (r.instrument < 0) {
            r.kind = Resolution::UnknownInstrument;
        } else {
            const EviInstrument& ins = instruments[static_cast<std::size_t>(r.instrument)];
            const std::string& pillar = C.pillars()[pc];
            const std::string& item = C.items()[tc];
            const EviPillar* pl = ins.pillar(pillar);
            const EviItem* it = pl ? pl->item(item) : nullptr;
            if (!pl || !it) {
                for (const auto& o : instruments)
                    if (o.family == ins.family && o.id != ins.id)
                        if (const auto* op = o.pillar(pillar); op && op->item(item)) r.other += (r.other.empty() ? "" : ", ") + o.id;
                r.kind = !r.other.empty() ? Resolution::NotInVersion : !pl ? Resolution::UnknownPillar : Resolution::UnknownItem;
            } else {
                r.slot = v.slots.slot(pillar, item);
                for (const auto& s : ins.scales)
                    if (s.id == it->scale) r.scale = &s;
            }
        }
        resolved.push_back(std::move(r));
        *slot = static_cast<std::int32_t>(resolved.size() - 1);
        return resolved.back();
    };

    // school-wave ids in order of first appearance
    {
        std::unordered_map<std::uint64_t, std::uint32_t> sw_index;
        sw_index.reserve(n / 16 + 16);
        v.sw_of_row.resize(n);
        std::uint64_t last_key = ~0ULL;
        std::uint32_t last_sw = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t key = (static_cast<std::uint64_t>(C.school_codes()[i]) << 16) | static_cast<std::uint16_t>(C.waves()[i]);
            if (key != last_key) {
                auto [it, fresh] = sw_index.try_emplace(key, static_cast<std::uint32_t>(v.sw_school.size()));
                if (fresh) {
                    v.sw_school.push_back(C.school_codes()[i]);
                    v.sw_wave.push_back(C.waves()[i]);
                }
                last_key = key;
                last_sw = it->second;
            }
            v.sw_of_row[i] = last_sw;
        }
    }
    const std::size_t nsw = v.sw_school.size();

    // pass 1, in file order: what each row is, and the checks that need no other row
    std::vector<char> reported_instrument(nins, 0);
    std::vector<char> eligible(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Resolved& r = resolve(C.instrument_codes()[i], C.pillar_codes()[i], C.item_codes()[i]);
        const std::string& school = C.schools()[C.school_codes()[i]];
        if (r.kind == Resolution::UnknownInstrument) {
            v.excluded[i] = 1;
            const std::uint32_t ic = C.instrument_codes()[i];
            if (!reported_instrument[ic]) {
                reported_instrument[ic] = 1;
                const std::string& id = C.instruments()[ic];
                add("EVI_UNKNOWN_INSTRUMENT", Severity::Error, set.location(i),
                    "Onbekend instrument '" + id + "' (bekend: " + known + "); alle rijen ervan blijven buiten de analyse.",
                    "Unknown instrument '" + id + "' (known: " + known + "); all its rows are left out of the analysis.",
                    {figure_text("instrument", id)}, nullptr);
            }
            continue;
        }
        const EviInstrument& ins = instruments[static_cast<std::size_t>(r.instrument)];
        const std::string& pillar = C.pillars()[C.pillar_codes()[i]];
        const std::string& item = C.items()[C.item_codes()[i]];
        auto row_text = [&] {
            return school + " " + std::to_string(C.waves()[i]) + " " + C.instruments()[C.instrument_codes()[i]] + " " + pillar + "/" + item;
        };
        if (r.kind != Resolution::Ok) {
            v.excluded[i] = 1;
            if (r.kind == Resolution::NotInVersion) {
                add("EVI_ITEM_NOT_IN_VERSION", Severity::Error, set.location(i),
                    "Item " + pillar + "/" + item + " bestaat niet in " + ins.id + ", wel in " + r.other + " (" + row_text() + ").",
                    "Item " + pillar + "/" + item + " does not exist in " + ins.id + ", but does in " + r.other + " (" + row_text() + ").",
                    {figure_text("item", pillar + "/" + item), figure_text("instrument", ins.id)}, &school);
            } else if (r.kind == Resolution::UnknownPillar) {
                std::vector<std::string> ps;
                for (const auto& p : ins.pillars) ps.push_back(p.id);
                add("EVI_UNKNOWN_PILLAR", Severity::Error, set.location(i),
                    "Onbekende pijler '" + pillar + "' in " + ins.id + " (bekend: " + join_ids(ps) + ").",
                    "Unknown pillar '" + pillar + "' in " + ins.id + " (known: " + join_ids(ps) + ").", {figure_text("pillar", pillar)},
                    &school);
            } else {
                std::vector<std::string> is;
                for (const auto& x : ins.pillar(pillar)->items) is.push_back(x.id);
                add("EVI_UNKNOWN_ITEM", Severity::Error, set.location(i),
                    "Onbekend item '" + item + "' in pijler " + pillar + " van " + ins.id + " (bekend: " + join_ids(is) + ").",
                    "Unknown item '" + item + "' in pillar " + pillar + " of " + ins.id + " (known: " + join_ids(is) + ").",
                    {figure_text("item", item)}, &school);
            }
            continue;
        }
        v.row_slot[i] = r.slot;
        eligible[i] = 1;
        const std::int32_t raw = C.value_codes()[i];
        if (raw != EviResponseColumns::kNoValue && r.scale) {
            const std::int64_t value = *C.value(i);
            const EviScale* scale = r.scale;
            if (!scale->substantive(value) && !scale->is_dont_know(value)) {
                v.excluded[i] = 1;
                add("EVI_VALUE_OUT_OF_SCALE", Severity::Error, set.location(i),
                    "Waarde " + std::to_string(value) + " ligt buiten de schaal '" + scale->id + "' (" + std::to_string(scale->min) +
                        " t/m " + std::to_string(scale->max) + ") van " + pillar + "/" + item + " (" + row_text() + ").",
                    "Value " + std::to_string(value) + " is outside scale '" + scale->id + "' (" + std::to_string(scale->min) + " to " +
                        std::to_string(scale->max) + ") of " + pillar + "/" + item + " (" + row_text() + ").",
                    {figure_count("value", value), figure_count("min", scale->min), figure_count("max", scale->max)}, &school);
            }
        }
    }

    // rows grouped by school-wave, in file order within each (a stable counting sort)
    v.sw_start.assign(nsw + 1, 0);
    for (std::size_t i = 0; i < n; ++i) ++v.sw_start[v.sw_of_row[i] + 1];
    for (std::size_t s = 0; s < nsw; ++s) v.sw_start[s + 1] += v.sw_start[s];
    v.order.resize(n);
    {
        std::vector<std::uint32_t> fill(v.sw_start.begin(), v.sw_start.end() - 1);
        for (std::size_t i = 0; i < n; ++i) v.order[fill[v.sw_of_row[i]]++] = static_cast<std::uint32_t>(i);
    }

    // pass 2, per school-wave: waves, one instrument, duplicates, required items
    std::vector<std::vector<std::pair<std::size_t, std::string>>> required(instruments.size());  // (slot, "pillar/item")
    for (std::size_t ii = 0; ii < instruments.size(); ++ii)
        for (const auto& p : instruments[ii].pillars)
            for (const auto& item : p.items)
                if (item.required) required[ii].emplace_back(static_cast<std::size_t>(v.slots.slot(p.id, item.id)), p.id + "/" + item.id);
    v.sw_instrument.assign(nsw, -1);
    const std::size_t nslots = v.slots.size();
    std::vector<std::int64_t> seen(nslots, -1);
    std::vector<char> answered(nslots, 0);
    std::vector<std::uint32_t> touched;
    for (std::size_t sw = 0; sw < nsw; ++sw) {
        const std::string& school = C.schools()[v.sw_school[sw]];
        const int wave = v.sw_wave[sw];
        bool reported_wave = false;
        std::int64_t first_instrument = -1;  // instrument code fixed by the first row that got this far
        std::size_t first_row = 0;
        std::int64_t ans_first = -1;
        bool any_answered = false;
        for (std::uint32_t k = v.sw_start[sw]; k < v.sw_start[sw + 1]; ++k) {
            const std::uint32_t i = v.order[k];
            if (!eligible[i]) continue;
            const std::uint32_t ic = C.instrument_codes()[i];
            const EviInstrument& ins = instruments[static_cast<std::size_t>(ins_of_code[ic])];
            const bool before = ins.first_year && wave < *ins.first_year;
            const bool outside = (options.first_wave && wave < *options.first_wave) || (options.last_wave && wave > *options.last_wave);
            if (before || outside) {
                v.excluded[i] = 1;
                if (!reported_wave) {
                    reported_wave = true;
                    if (before)
                        add("EVI_WAVE_BEFORE_INSTRUMENT", Severity::Error, set.location(i),
                            "School " + school + " heeft in " + std::to_string(wave) + " " + ins.id + " ingevuld, dat pas vanaf " +
                                std::to_string(*ins.first_year) + " bestaat.",
                            "School " + school + " answered " + ins.id + " in " + std::to_string(wave) + ", which exists only from " +
                                std::to_string(*ins.first_year) + ".",
                            {figure_count("wave", wave), figure_count("first_year", *ins.first_year)}, &school);
                    if (outside) {
                        std::string range = (options.first_wave ? std::to_string(*options.first_wave) : std::string("...")) + "-" +
                                            (options.last_wave ? std::to_string(*options.last_wave) : std::string("..."));
                        add("EVI_WAVE_OUT_OF_RANGE", Severity::Error, set.location(i),
                            "Meting " + std::to_string(wave) + " van school " + school + " valt buiten de metingen " + range + ".",
                            "Wave " + std::to_string(wave) + " of school " + school + " lies outside the waves " + range + ".",
                            {figure_count("wave", wave)}, &school);
                    }
                }
                continue;
            }
            bool first = false;
            if (first_instrument < 0) {
                first_instrument = ic;
                first_row = i;
                first = true;
            } else if (static_cast<std::uint32_t>(first_instrument) != ic) {
                v.excluded[i] = 1;
                const std::string& a = C.instruments()[static_cast<std::size_t>(first_instrument)];
                const std::string& b = C.instruments()[ic];
                add("EVI_MIXED_INSTRUMENTS", Severity::Error, set.location(i),
                    "School " + school + " heeft in " + std::to_string(wave) + " zowel " + a + " (" + set.location(first_row) + ") als " + b +
                        " ingevuld; de rij blijft buiten de analyse.",
                    "School " + school + " answered both " + a + " (" + set.location(first_row) + ") and " + b + " in " +
                        std::to_string(wave) + "; the row is left out.",
                    {figure_text("first", a), figure_text("second", b)}, &school);
                continue;
            }
            const auto slot = static_cast<std::size_t>(v.row_slot[i]);
            if (seen[slot] >= 0) {
                v.excluded[i] = 1;
                const auto prev = static_cast<std::size_t>(seen[slot]);
                auto show = [](const std::optional<std::int64_t>& x) { return x ? std::to_string(*x) : std::string("leeg"); };
                const std::string row_text = school + " " + std::to_string(wave) + " " + C.instruments()[ic] + " " +
                                             C.pillars()[C.pillar_codes()[i]] + "/" + C.items()[C.item_codes()[i]];
                add("EVI_DUPLICATE_ANSWER", Severity::Error, set.location(i),
                    "Dubbel antwoord voor " + row_text + ": eerder op " + set.location(prev) + " (waarde " + show(C.value(prev)) +
                        "), hier waarde " + show(C.value(i)) + "; het eerste telt.",
                    "Duplicate answer for " + row_text + ": first at " + set.location(prev) + " (value " + show(C.value(prev)) +
                        "), here value " + show(C.value(i)) + "; the first counts.",
                    {figure_text("first", set.location(prev))}, &school);
                continue;
            }
            seen[slot] = i;
            touched.push_back(static_cast<std::uint32_t>(slot));
            if (v.excluded[i]) continue;
            if (!any_answered) ans_first = i;
            if (C.value_codes()[i] != EviResponseColumns::kNoValue) {
                answered[slot] = 1;
                any_answered = true;
            }
            v.usable[i] = 1;
            first_of_sw[i] = first;
            v.sw_instrument[sw] = ins_of_code[ic];
        }
        if (ans_first >= 0) {
            const auto ii = static_cast<std::size_t>(v.sw_instrument[sw]);
            const EviInstrument& ins = instruments[ii];
            std::string missing;
            for (const auto& [s, text] : required[ii])
                if (!answered[s]) missing += (missing.empty() ? "" : ", ") + text;
            if (!missing.empty())
                add("EVI_MISSING_REQUIRED", Severity::Warning, set.location(static_cast<std::size_t>(ans_first)),
                    "School " + school + " mist in " + std::to_string(wave) + " verplichte items van " + ins.id + ": " + missing + ".",
                    "School " + school + " lacks required items of " + ins.id + " in " + std::to_string(wave) + ": " + missing + ".",
                    {figure_text("missing", missing)}, &school);
        }
        for (auto s : touched) {
            seen[s] = -1;
            answered[s] = 0;
        }
        touched.clear();
    }

    // pass 3, in file order: the schools file (once per school; the sector at the row that fixed the instrument)
    v.school_registry.assign(C.schools().size(), -1);
    if (schools) {
        std::unordered_map<std::string_view, std::int32_t> by_brin;
        by_brin.reserve(schools->schools.size());
        for (std::size_t k = 0; k < schools->schools.size(); ++k) by_brin.try_emplace(schools->schools[k].brin, static_cast<std::int32_t>(k));
        for (std::size_t c = 0; c < C.schools().size(); ++c)
            if (auto it = by_brin.find(C.schools()[static_cast<std::uint32_t>(c)]); it != by_brin.end()) v.school_registry[c] = it->second;
        std::vector<char> reported_school(C.schools().size(), 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (!v.usable[i]) continue;
            const std::uint32_t sc = C.school_codes()[i];
            const std::string& school = C.schools()[sc];
            if (v.school_registry[sc] < 0) {
                if (!reported_school[sc]) {
                    reported_school[sc] = 1;
                    add("EVI_SCHOOL_NOT_IN_REGISTRY", Severity::Warning, set.location(i),
                        "School " + school + " staat niet in het scholenbestand; gemeente, sector en spoor zijn 'onbekend'.",
                        "School " + school + " is not in the schools file; municipality, sector and track are 'unknown'.",
                        {figure_text("school_id", school)}, &school);
                }
            } else if (first_of_sw[i]) {
                const School& reg = schools->schools[static_cast<std::size_t>(v.school_registry[sc])];
                const EviInstrument& ins = instruments[static_cast<std::size_t>(ins_of_code[C.instrument_codes()[i]])];
                bool ok = ins.sectors.empty() || std::find(ins.sectors.begin(), ins.sectors.end(), reg.sector) != ins.sectors.end();
                if (!ok) {
                    const std::string sector(enum_text(reg.sector));
                    add("EVI_INSTRUMENT_SECTOR_MISMATCH", Severity::Warning, set.location(i),
                        "School " + school + " (" + sector + ") vulde " + ins.id + " in, dat voor een andere sector is.",
                        "School " + school + " (" + sector + ") answered " + ins.id + ", which is meant for another sector.",
                        {figure_text("sector", sector), figure_text("instrument", ins.id)}, &school);
                }
            }
        }
    }
    return v;
}

SlotMap::SlotMap(const std::vector<EviInstrument>& instruments) {
    for (const auto& ins : instruments)
        for (const auto& p : ins.pillars)
            for (const auto& it : p.items)
                if (slot(p.id, it.id) < 0) {
                    index_.emplace(p.id + '\x1f' + it.id, static_cast<std::int32_t>(pairs_.size()));
                    pairs_.emplace_back(p.id, it.id);
                }
}

std::int32_t SlotMap::slot(const std::string& pillar, const std::string& item) const {
    auto it = index_.find(pillar + '\x1f' + item);
    return it == index_.end() ? -1 : it->second;
}

}  // namespace detail

std::vector<Finding> validate_evi_responses(const EviResponseSet& set, const std::vector<EviInstrument>& instruments,
                                            const SchoolRegistry* schools, const EviValidationOptions& options) {
    return sorted_findings(detail::validate_columns(set, instruments, schools, options).findings);
}

}  // namespace cmkit
