#include "cmkit/schools.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/plan.hpp"
#include "csv.hpp"
#include "text.hpp"
#include "io/checks.hpp"
#include "io/json_io.hpp"

namespace cmkit {
namespace {

const std::vector<std::string> kColumns = {"brin",        "name",          "municipality",
                                           "sector",      "pupils",        "track",
                                           "icc",         "icc_certified", "second_icc_or_working_group",
                                           "cultuurplan", "cultuurcoordinator", "achterstandsscore"};

/// Indices into kColumns.
enum Column : std::size_t { kBrin, kName, kMunicipality, kSector, kPupils, kTrack, kIcc, kIccCertified, kSecondIcc, kCultuurplan, kCultuurcoordinator, kAchterstandsscore };

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string yes_no(bool b) { return b ? "ja" : "nee"; }

std::string decimal_text(const Ratio& r) {
    // r is an exact decimal (denominator a power of ten) as written by the reader
    std::int64_t den = r.denominator, places = 0;
    while (den > 1 && den % 10 == 0) {
        den /= 10;
        ++places;
    }
    if (den != 1) return std::to_string(r.numerator) + "/" + std::to_string(r.denominator);
    std::string digits = std::to_string(r.numerator < 0 ? -r.numerator : r.numerator);
    while (static_cast<std::int64_t>(digits.size()) <= places) digits = "0" + digits;
    std::string out = places ? digits.substr(0, digits.size() - places) + "," + digits.substr(digits.size() - places) : digits;
    return (r.numerator < 0 ? "-" : "") + out;
}

}  // namespace

const School* SchoolRegistry::find(std::string_view brin) const {
    for (const auto& s : schools)
        if (s.brin == brin) return &s;
    return nullptr;
}

SchoolRegistry schools_from_csv(std::string_view text, const std::string& source) {
    csv::Table t = csv::parse(text, source);
    t.check_header(kColumns, {"brin", "name", "municipality", "sector"},
                   "a header with at least brin, name, municipality and sector", source);
    SchoolRegistry reg;
    reg.synthetic = t.synthetic;
    reg.schools.reserve(t.rows.size());
    // the column of each known name, looked up once (-1: not in the file)
    std::array<int, 12> at{};
    for (std::size_t k = 0; k < kColumns.size(); ++k) at[k] = t.column(kColumns[k]);
    const std::string none;
    for (const auto& row : t.rows) {
        auto where = [&](const char* col) { return csv::where(row, col); };
        auto get = [&](std::size_t k) -> const std::string& { return at[k] < 0 ? none : row.cells[static_cast<std::size_t>(at[k])]; };
        auto flag = [&](std::size_t k) {
            const char* col = kColumns[k].c_str();
            std::string v = lower(get(k));
            if (v.empty() || v == "nee" || v == "no" || v == "false" || v == "0" || v == "n") return false;
            if (v == "ja" || v == "yes" || v == "true" || v == "1" || v == "j" || v == "y") return true;
            throw FormatError(source, where(col), "'" + get(k) + "'", "ja or nee (yes/no, true/false, 1/0), or an empty cell");
        };
        School s;
        s.brin = get(kBrin);  // a malformed code is a finding (MALFORMED_BRIN), not a read error
        s.name = get(kName);
        s.municipality = get(kMunicipality);
        if (s.brin.empty()) throw FormatError(source, where("brin"), "an empty cell", "a BRIN code such as 12AB");
        if (s.name.empty()) throw FormatError(source, where("name"), "an empty cell", "the school's name");
        std::string sector = get(kSector);
        bool found = false;
        for (const auto& [v, text] : DescribeEnum<Sector>::values)
            if (lower(sector) == lower(std::string(text))) {
                s.sector = v;
                found = true;
            }
        if (!found) throw FormatError(source, where("sector"), "'" + sector + "'", "PO, SBO, SO or VO");
        if (auto p = get(kPupils); !p.empty()) {
            std::int64_t v = 0;
            auto [q, ec] = std::from_chars(p.data(), p.data() + p.size(), v);
            if (ec != std::errc() || q != p.data() + p.size())
                throw FormatError(source, where("pupils"), "'" + p + "'", "a whole number of pupils");
            s.pupils = v;
        }
        if (auto tr = get(kTrack); !tr.empty()) s.track = tr;
        s.icc = flag(kIcc);
        s.icc_certified = flag(kIccCertified);
        s.second_icc_or_working_group = flag(kSecondIcc);
        s.cultuurplan = flag(kCultuurplan);
        s.cultuurcoordinator = flag(kCultuurcoordinator);
        if (auto a = get(kAchterstandsscore); !a.empty()) {
            std::int64_t num = 0, den = 1;
            bool sep = false, any = false, neg = false;
            std::size_t i = 0;
            if (a[0] == '-') {
                neg = true;
                i = 1;
            }
            for (; i < a.size(); ++i) {
                char c = a[i];
                if ((c == ',' || c == '.') && !sep) {
                    sep = true;
                    continue;
                }
                if (c < '0' || c > '9' || num > 100'000'000'000LL || den > 1'000'000'000LL)
                    throw FormatError(source, where("achterstandsscore"), "'" + a + "'", "a decimal number such as 554,6");
                num = num * 10 + (c - '0');
                any = true;
                if (sep) den *= 10;
            }
            if (!any) throw FormatError(source, where("achterstandsscore"), "'" + a + "'", "a decimal number such as 554,6");
            s.achterstandsscore = Ratio{neg ? -num : num, den};
        }
        reg.schools.push_back(std::move(s));
    }
    return reg;
}

std::string schools_to_csv(const SchoolRegistry& reg) {
    std::string out = reg.synthetic ? std::string(text::kSyntheticCsvMarker) + "\n" : std::string();
    out += csv::line(kColumns);
    for (const auto& s : reg.schools)
        out += csv::line({csv::text(s.brin), csv::text(s.name), csv::text(s.municipality), std::string(enum_text(s.sector)),
                          s.pupils ? std::to_string(*s.pupils) : "", csv::text(s.track.value_or("")), yes_no(s.icc),
                          yes_no(s.icc_certified), yes_no(s.second_icc_or_working_group), yes_no(s.cultuurplan),
                          yes_no(s.cultuurcoordinator), s.achterstandsscore ? decimal_text(*s.achterstandsscore) : ""});
    return out;
}

SchoolRegistry load_schools(const std::string& path) {
    std::string text = io::read_file(path);
    bool is_csv = path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
    return is_csv ? schools_from_csv(text, path) : from_json<SchoolRegistry>(text, path);
}

std::vector<Finding> validate_schools(const Plan& plan, const SchoolRegistry& reg) {
    std::vector<Finding> out;
    auto add = [&](std::string code, Severity sev, std::string path, std::string nl, std::string en,
                   std::vector<FindingFigure> figs = {}) {
        out.push_back(Finding{std::move(code), sev, std::move(path), std::move(nl), std::move(en), std::move(figs), {}});
    };
    out = io::control_character_findings(reg);
    std::map<std::string, std::size_t> seen;
    std::string munis;
    for (const auto& m : plan.municipalities) munis += (munis.empty() ? "" : ", ") + m.id;
    for (std::size_t i = 0; i < reg.schools.size(); ++i) {
        const School& s = reg.schools[i];
        const std::string p = "/schools/" + std::to_string(i);
        const std::string who = s.name + " (" + s.brin + ")";
        if (auto [it, inserted] = seen.emplace(s.brin, i); !inserted)
            add("DUPLICATE_BRIN", Severity::Error, p + "/brin",
                "BRIN " + s.brin + " komt twee keer voor (ook bij school " + std::to_string(it->second) + ").",
                "BRIN " + s.brin + " occurs twice (also at school " + std::to_string(it->second) + ").",
                {figure_text("brin", s.brin), figure_count("first", static_cast<std::int64_t>(it->second))});
        if (!is_valid_brin(s.brin))
            add("MALFORMED_BRIN", Severity::Error, p + "/brin",
                "'" + s.brin + "' is geen BRIN-code (twee cijfers en twee letters of cijfers, eventueel met twee cijfers voor de vestiging).",
                "'" + s.brin + "' is not a BRIN code (two digits and two letters or digits, optionally two digits for the location).",
                {figure_text("brin", s.brin)});
        if (!std::any_of(plan.municipalities.begin(), plan.municipalities.end(),
                         [&](const Municipality& m) { return m.id == s.municipality; }))
            add("UNKNOWN_MUNICIPALITY", Severity::Error, p + "/municipality",
                "Onbekende gemeente '" + s.municipality + "' bij " + who + "; het plan kent: " + munis + ".",
                "Unknown municipality '" + s.municipality + "' for " + who + "; the plan has: " + munis + ".",
                {figure_text("municipality", s.municipality)});
        if (s.pupils && *s.pupils < 0)
            add("NEGATIVE_PUPILS", Severity::Error, p + "/pupils", "Negatief leerlingaantal bij " + who + ".",
                "Negative number of pupils for " + who + ".", {figure_count("pupils", *s.pupils)});
        if (s.track) {
            const Track* t = nullptr;
            std::string tracks;
            for (const auto& tr : plan.tracks) {
                if (tr.id == *s.track) t = &tr;
                tracks += (tracks.empty() ? "" : ", ") + tr.id;
            }
            if (!t)
                add("UNKNOWN_TRACK", Severity::Error, p + "/track",
                    "Onbekend spoor '" + *s.track + "' bij " + who + "; het plan kent: " + tracks + ".",
                    "Unknown track '" + *s.track + "' for " + who + "; the plan has: " + tracks + ".",
                    {figure_text("track", *s.track)});
            else if (s.sector == Sector::VO && t->spoor == 1)
                add("VO_IN_SPOOR_1", Severity::Error, p + "/track",
                    who + " is een VO-school in spoor 1; VO is nieuw in dit plan en begint in spoor 2 (" +
                        std::string("spoor 1 volgt pas na spoor 2)."),
                    who + " is a VO school in spoor 1; VO is new in this plan and starts in spoor 2 (spoor 1 only follows spoor 2).",
                    {figure_text("track", *s.track)});
            else if (std::find(t->sectors.begin(), t->sectors.end(), s.sector) == t->sectors.end())
                add("TRACK_SECTOR_MISMATCH", Severity::Error, p + "/track",
                    who + " (" + std::string(enum_text(s.sector)) + ") hoort niet in " + t->label.nl + ".",
                    who + " (" + std::string(enum_text(s.sector)) + ") does not belong in " + t->label.in(Lang::en) + ".",
                    {figure_text("track", *s.track), figure_text("sector", std::string(enum_text(s.sector)))});
        }
        if (s.icc_certified && !s.icc)
            add("ICC_CERTIFIED_WITHOUT_ICC", Severity::Warning, p + "/icc_certified",
                who + ": een gecertificeerde icc'er is opgegeven, maar geen icc'er.",
                who + ": a certified icc'er is given, but no icc'er.");
        if (s.cultuurcoordinator && s.sector != Sector::VO)
            add("CULTUURCOORDINATOR_NOT_VO", Severity::Warning, p + "/cultuurcoordinator",
                who + ": een cultuurcoördinator is de VO-tegenhanger van de icc'er; deze school is " +
                    std::string(enum_text(s.sector)) + ".",
                who + ": a cultuurcoördinator is the VO counterpart of the icc'er; this school is " +
                    std::string(enum_text(s.sector)) + ".");
    }
    return sorted_findings(std::move(out));
}

}  // namespace cmkit
