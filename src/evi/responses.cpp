#include "cmkit/evi/responses.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "csv.hpp"
#include "evi/internal.hpp"
#include "io/json_io.hpp"
#include "sha256.hpp"

namespace cmkit {
namespace {

const std::vector<std::string> kColumns = {"school_id", "wave", "instrument", "pillar", "item", "value"};

bool parse_int(const std::string& text, std::int64_t& out) {
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

}  // namespace

std::string EviResponseSet::location(std::size_t i) const {
    if (i < locations.size() && !locations[i].empty()) return locations[i];
    return "/responses/" + std::to_string(i);
}

EviResponseSet evi_responses_from_csv(std::string_view text, const std::string& source) {
    csv::Table t = csv::parse(text, source);
    if (t.header.empty())
        throw FormatError(source, "line 1", "an empty file", "a header line school_id,wave,instrument,pillar,item,value");
    t.check_header(kColumns, kColumns, "exactly the columns school_id,wave,instrument,pillar,item,value", source);
    std::vector<int> col;
    for (const auto& c : kColumns) col.push_back(t.column(c));
    EviResponseSet set;
    set.source = source;
    set.sha256 = detail::sha256_hex(text);
    set.responses.reserve(t.rows.size());
    set.locations.reserve(t.rows.size());
    for (const auto& row : t.rows) {
        auto cell = [&](int k) -> const std::string& { return row.cells[static_cast<std::size_t>(col[static_cast<std::size_t>(k)])]; };
        EviResponse r;
        for (int k : {0, 2, 3, 4})
            if (cell(k).empty())
                throw FormatError(source, csv::where(row, kColumns[static_cast<std::size_t>(k)]), "an empty cell",
                                  k == 0 ? "the school's id (its BRIN code)"
                                         : k == 2 ? "an instrument id such as evi-2.1-po"
                                                  : k == 3 ? "a pillar id such as visie" : "an item code such as scenario");
        r.school_id = cell(0);
        r.instrument = cell(2);
        r.pillar = cell(3);
        r.item = cell(4);
        std::int64_t w = 0;
        if (!parse_int(cell(1), w) || w < 1400 || w > 9999)
            throw FormatError(source, csv::where(row, "wave"), "'" + cell(1) + "'",
                              "the wave's calendar year (an integer from 1400 to 9999, e.g. 2025)");
        r.wave = static_cast<int>(w);
        if (!cell(5).empty()) {
            std::int64_t v = 0;
            if (!parse_int(cell(5), v))
                throw FormatError(source, csv::where(row, "value"), "'" + cell(5) + "'",
                                  "an integer code of the item's scale, or an empty cell for no answer");
            r.value = v;
        }
        set.responses.push_back(std::move(r));
        set.locations.push_back("line " + std::to_string(row.line));
    }
    return set;
}

std::string evi_responses_to_csv(const EviResponseSet& set) {
    std::string out = csv::line(kColumns);
    for (const auto& r : set.responses)
        out += csv::line({r.school_id, std::to_string(r.wave), r.instrument, r.pillar, r.item,
                          r.value ? std::to_string(*r.value) : std::string()});
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

std::vector<Finding> detail::validate_evi(const EviResponseSet& set, const std::vector<EviInstrument>& instruments,
                                          const SchoolRegistry* schools, const EviValidationOptions& options,
                                          std::vector<char>& excluded) {
    std::vector<Finding> out;
    std::string current_school;  // every finding about a school's rows names it in a figure "school_id"
    auto add = [&](std::string code, Severity sev, std::string path, std::string nl, std::string en,
                   std::vector<FindingFigure> figs = {}) {
        if (!current_school.empty() && std::none_of(figs.begin(), figs.end(), [](const FindingFigure& f) { return f.name == "school_id"; }))
            figs.push_back(figure_text("school_id", current_school));
        out.push_back(Finding{std::move(code), sev, std::move(path), std::move(nl), std::move(en), std::move(figs), {}});
    };
    const auto n = set.responses.size();
    excluded.assign(n, 0);
    std::map<std::string, const EviInstrument*, std::less<>> by_id;
    std::string known;
    for (const auto& ins : instruments) {
        by_id[ins.id] = &ins;
        known += (known.empty() ? "" : ", ") + ins.id;
    }
    std::unordered_map<std::string, const School*> registry;
    if (schools)
        for (const auto& s : schools->schools) registry.emplace(s.brin, &s);

    std::set<std::string> reported_instrument, reported_school;
    std::map<std::tuple<std::string, int, std::string, std::string>, std::size_t> seen;  // school, wave, pillar, item
    std::map<std::pair<std::string, int>, std::pair<std::string, std::size_t>> wave_instrument;  // first instrument
    std::set<std::pair<std::string, int>> reported_wave;
    // answered items per school-wave-instrument, for missing required items
    std::map<std::tuple<std::string, int, std::string>, std::pair<std::size_t, std::set<std::pair<std::string, std::string>>>> answered;

    for (std::size_t i = 0; i < n; ++i) {
        const auto& r = set.responses[i];
        current_school = r.school_id;
        const std::string where = set.location(i);
        const std::string row_text = r.school_id + " " + std::to_string(r.wave) + " " + r.instrument + " " + r.pillar + "/" + r.item;
        auto it = by_id.find(r.instrument);
        if (it == by_id.end()) {
            excluded[i] = 1;
            current_school.clear();  // about the file, not one school
            if (reported_instrument.insert(r.instrument).second)
                add("EVI_UNKNOWN_INSTRUMENT", Severity::Error, where,
                    "Onbekend instrument '" + r.instrument + "' (bekend: " + known + "); alle rijen ervan blijven buiten de analyse.",
                    "Unknown instrument '" + r.instrument + "' (known: " + known + "); all its rows are left out of the analysis.",
                    {figure_text("instrument", r.instrument)});
            continue;
        }
        const EviInstrument& ins = *it->second;
        const EviPillar* pl = ins.pillar(r.pillar);
        const EviItem* item = pl ? pl->item(r.item) : nullptr;
        if (!pl || !item) {
            excluded[i] = 1;
            // does another version of the same instrument have it?
            std::string other;
            for (const auto& o : instruments)
                if (o.family == ins.family && o.id != ins.id)
                    if (const auto* op = o.pillar(r.pillar); op && op->item(r.item)) other += (other.empty() ? "" : ", ") + o.id;
            if (!other.empty()) {
                add("EVI_ITEM_NOT_IN_VERSION", Severity::Error, where,
                    "Item " + r.pillar + "/" + r.item + " bestaat niet in " + ins.id + ", wel in " + other + " (" + row_text + ").",
                    "Item " + r.pillar + "/" + r.item + " does not exist in " + ins.id + ", but does in " + other + " (" + row_text + ").",
                    {figure_text("item", r.pillar + "/" + r.item), figure_text("instrument", ins.id)});
            } else if (!pl) {
                std::string ps;
                for (const auto& p : ins.pillars) ps += (ps.empty() ? "" : ", ") + p.id;
                add("EVI_UNKNOWN_PILLAR", Severity::Error, where,
                    "Onbekende pijler '" + r.pillar + "' in " + ins.id + " (bekend: " + ps + ").",
                    "Unknown pillar '" + r.pillar + "' in " + ins.id + " (known: " + ps + ").", {figure_text("pillar", r.pillar)});
            } else {
                std::string is;
                for (const auto& x : pl->items) is += (is.empty() ? "" : ", ") + x.id;
                add("EVI_UNKNOWN_ITEM", Severity::Error, where,
                    "Onbekend item '" + r.item + "' in pijler " + r.pillar + " van " + ins.id + " (bekend: " + is + ").",
                    "Unknown item '" + r.item + "' in pillar " + r.pillar + " of " + ins.id + " (known: " + is + ").",
                    {figure_text("item", r.item)});
            }
            continue;
        }
        const EviScale* scale = nullptr;
        for (const auto& s : ins.scales)
            if (s.id == item->scale) scale = &s;
        if (r.value && scale && !scale->substantive(*r.value) && !scale->is_dont_know(*r.value)) {
            excluded[i] = 1;
            add("EVI_VALUE_OUT_OF_SCALE", Severity::Error, where,
                "Waarde " + std::to_string(*r.value) + " ligt buiten de schaal '" + scale->id + "' (" + std::to_string(scale->min) +
                    " t/m " + std::to_string(scale->max) + ") van " + r.pillar + "/" + r.item + " (" + row_text + ").",
                "Value " + std::to_string(*r.value) + " is outside scale '" + scale->id + "' (" + std::to_string(scale->min) +
                    " to " + std::to_string(scale->max) + ") of " + r.pillar + "/" + r.item + " (" + row_text + ").",
                {figure_count("value", *r.value), figure_count("min", scale->min), figure_count("max", scale->max)});
        }
        // the wave: before the instrument existed, or outside the declared range (once per school-wave)
        bool before = ins.first_year && r.wave < *ins.first_year;
        bool outside = (options.first_wave && r.wave < *options.first_wave) || (options.last_wave && r.wave > *options.last_wave);
        if (before || outside) {
            excluded[i] = 1;
            if (reported_wave.insert({r.school_id, r.wave}).second) {
                if (before)
                    add("EVI_WAVE_BEFORE_INSTRUMENT", Severity::Error, where,
                        "School " + r.school_id + " heeft in " + std::to_string(r.wave) + " " + ins.id + " ingevuld, dat pas vanaf " +
                            std::to_string(*ins.first_year) + " bestaat.",
                        "School " + r.school_id + " answered " + ins.id + " in " + std::to_string(r.wave) + ", which exists only from " +
                            std::to_string(*ins.first_year) + ".",
                        {figure_count("wave", r.wave), figure_count("first_year", *ins.first_year)});
                if (outside) {
                    std::string range = (options.first_wave ? std::to_string(*options.first_wave) : std::string("...")) + "-" +
                                        (options.last_wave ? std::to_string(*options.last_wave) : std::string("..."));
                    add("EVI_WAVE_OUT_OF_RANGE", Severity::Error, where,
                        "Meting " + std::to_string(r.wave) + " van school " + r.school_id + " valt buiten de metingen " + range + ".",
                        "Wave " + std::to_string(r.wave) + " of school " + r.school_id + " lies outside the waves " + range + ".",
                        {figure_count("wave", r.wave)});
                }
            }
            continue;
        }
        // one instrument per school-wave
        auto [wi, first] = wave_instrument.try_emplace({r.school_id, r.wave}, r.instrument, i);
        if (!first && wi->second.first != r.instrument) {
            excluded[i] = 1;
            add("EVI_MIXED_INSTRUMENTS", Severity::Error, where,
                "School " + r.school_id + " heeft in " + std::to_string(r.wave) + " zowel " + wi->second.first + " (" +
                    set.location(wi->second.second) + ") als " + r.instrument + " ingevuld; de rij blijft buiten de analyse.",
                "School " + r.school_id + " answered both " + wi->second.first + " (" + set.location(wi->second.second) + ") and " +
                    r.instrument + " in " + std::to_string(r.wave) + "; the row is left out.",
                {figure_text("first", wi->second.first), figure_text("second", r.instrument)});
            continue;
        }
        auto [si, fresh] = seen.try_emplace({r.school_id, r.wave, r.pillar, r.item}, i);
        if (!fresh) {
            excluded[i] = 1;
            const auto& prev = set.responses[si->second];
            auto show = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("leeg"); };
            add("EVI_DUPLICATE_ANSWER", Severity::Error, where,
                "Dubbel antwoord voor " + row_text + ": eerder op " + set.location(si->second) + " (waarde " + show(prev.value) +
                    "), hier waarde " + show(r.value) + "; het eerste telt.",
                "Duplicate answer for " + row_text + ": first at " + set.location(si->second) + " (value " + show(prev.value) +
                    "), here value " + show(r.value) + "; the first counts.",
                {figure_text("first", set.location(si->second))});
            continue;
        }
        if (excluded[i]) continue;
        auto& ans = answered[{r.school_id, r.wave, r.instrument}];
        if (ans.second.empty()) ans.first = i;
        if (r.value) ans.second.insert({r.pillar, r.item});
        if (schools) {
            auto rs = registry.find(r.school_id);
            if (rs == registry.end()) {
                if (reported_school.insert(r.school_id).second)
                    add("EVI_SCHOOL_NOT_IN_REGISTRY", Severity::Warning, where,
                        "School " + r.school_id + " staat niet in het scholenbestand; gemeente, sector en spoor zijn 'onbekend'.",
                        "School " + r.school_id + " is not in the schools file; municipality, sector and track are 'unknown'.",
                        {figure_text("school_id", r.school_id)});
            } else if (first) {
                bool ok = ins.sectors.empty() ||
                          std::find(ins.sectors.begin(), ins.sectors.end(), rs->second->sector) != ins.sectors.end();
                if (!ok)
                    add("EVI_INSTRUMENT_SECTOR_MISMATCH", Severity::Warning, where,
                        "School " + r.school_id + " (" + std::string(enum_text(rs->second->sector)) + ") vulde " + ins.id +
                            " in, dat voor een andere sector is.",
                        "School " + r.school_id + " (" + std::string(enum_text(rs->second->sector)) + ") answered " + ins.id +
                            ", which is meant for another sector.",
                        {figure_text("sector", std::string(enum_text(rs->second->sector))), figure_text("instrument", ins.id)});
            }
        }
    }
    for (const auto& [key, ans] : answered) {
        const auto& [school, wave, instrument] = key;
        current_school = school;
        const EviInstrument& ins = *by_id.at(instrument);
        std::string missing;
        for (const auto& p : ins.pillars)
            for (const auto& item : p.items)
                if (item.required && !ans.second.count({p.id, item.id})) missing += (missing.empty() ? "" : ", ") + p.id + "/" + item.id;
        if (!missing.empty())
            add("EVI_MISSING_REQUIRED", Severity::Warning, set.location(ans.first),
                "School " + school + " mist in " + std::to_string(wave) + " verplichte items van " + instrument + ": " + missing + ".",
                "School " + school + " lacks required items of " + instrument + " in " + std::to_string(wave) + ": " + missing + ".",
                {figure_text("missing", missing)});
    }
    return out;
}

std::vector<Finding> validate_evi_responses(const EviResponseSet& set, const std::vector<EviInstrument>& instruments,
                                            const SchoolRegistry* schools, const EviValidationOptions& options) {
    std::vector<char> excluded;
    return sorted_findings(detail::validate_evi(set, instruments, schools, options, excluded));
}

}  // namespace cmkit
