// The impact survey: definition, responses, analysis and the synthetic generator (cmkit/survey.hpp).
#include "cmkit/survey.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "csv.hpp"
#include "evi/random.hpp"
#include "embedded_data.hpp"
#include "io/json_io.hpp"

namespace cmkit {

// ---- definition lookups ---------------------------------------------------------------------------

std::vector<std::int64_t> SurveyScale::top_box_codes() const {
    if (top_box) return *top_box;
    std::vector<std::int64_t> out;
    for (std::size_t i = points.size() >= 2 ? points.size() - 2 : 0; i < points.size(); ++i) out.push_back(points[i].code);
    return out;
}

const ScalePoint* SurveyScale::point(std::int64_t code) const {
    for (const auto& p : points)
        if (p.code == code) return &p;
    return nullptr;
}

const ScaleCode* SurveyScale::non_substantive_code(std::int64_t code) const {
    for (const auto& c : non_substantive)
        if (c.code == code) return &c;
    return nullptr;
}

namespace {

template <class T>
const T* find_id(const std::vector<T>& v, std::string_view id) {
    for (const auto& x : v)
        if (x.id == id) return &x;
    return nullptr;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

template <class T>
std::string ids_of(const std::vector<T>& v) {
    std::vector<std::string> ids;
    for (const auto& x : v) ids.push_back(x.id);
    return join(ids);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

struct FindingSink {
    std::vector<Finding> out;
    void add(std::string code, Severity sev, std::string path, std::string nl, std::string en,
             std::vector<FindingFigure> figs = {}) {
        out.push_back(Finding{std::move(code), sev, std::move(path), std::move(nl), std::move(en), std::move(figs), {}});
    }
};

}  // namespace

const SurveyGroup* Survey::group(std::string_view id) const { return find_id(groups, id); }
const SurveyScale* Survey::scale(std::string_view id) const { return find_id(scales, id); }
const SurveyItem* Survey::item(std::string_view id) const { return find_id(items, id); }
const SurveyTheme* Survey::theme(std::string_view id) const { return find_id(themes, id); }

Survey survey_from_json(std::string_view text, const std::string& source) { return from_json<Survey>(text, source); }

Survey load_survey(const std::string& path) { return from_json<Survey>(io::read_file(path), path); }

std::vector<std::string> survey_definitions() {
    std::vector<std::string> names;
    for (const auto& e : embedded::survey()) names.emplace_back(e.name);
    return names;
}

Survey survey_definition(const std::string& name) {
    std::string known;
    for (const auto& e : embedded::survey()) {
        if (e.name == name) return from_json<Survey>(e.text, "built-in survey definition '" + name + "'");
        known += (known.empty() ? "" : ", ") + std::string(e.name);
    }
    throw NotFoundError("built-in survey definition", name, known);
}

// ---- validation of the definition ---------------------------------------------------------------

std::vector<Finding> validate_survey(const Survey& s) {
    FindingSink f;
    auto check_ids = [&](const auto& list, const std::string& key, const char* dup_code, const char* what_nl,
                         const char* what_en) {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string p = "/" + key + "/" + std::to_string(i) + "/id";
            const std::string& id = list[i].id;
            if (id.empty()) {
                f.add("EMPTY_ID", Severity::Error, p, std::string("Een ") + what_nl + " zonder id.",
                      std::string("A ") + what_en + " without an id.");
                continue;
            }
            if (auto [it, ok] = seen.emplace(id, i); !ok)
                f.add(dup_code, Severity::Error, p,
                      std::string("De id '") + id + "' komt twee keer voor bij de " + what_nl + "s (ook nummer " +
                          std::to_string(it->second) + ").",
                      std::string("The id '") + id + "' occurs twice among the " + what_en + "s (also number " +
                          std::to_string(it->second) + ").",
                      {figure_text("id", id), figure_count("first", static_cast<std::int64_t>(it->second))});
        }
    };
    check_ids(s.groups, "groups", "DUPLICATE_GROUP_ID", "groep", "group");
    check_ids(s.themes, "themes", "DUPLICATE_THEME_ID", "thema", "theme");
    check_ids(s.scales, "scales", "DUPLICATE_SCALE_ID", "schaal", "scale");
    check_ids(s.items, "items", "DUPLICATE_ITEM_ID", "vraag", "item");

    std::set<int> waves;
    for (std::size_t i = 0; i < s.waves.size(); ++i)
        if (!waves.insert(s.waves[i]).second)
            f.add("DUPLICATE_WAVE", Severity::Error, "/waves/" + std::to_string(i),
                  "De meting " + std::to_string(s.waves[i]) + " staat twee keer in de lijst.",
                  "The wave " + std::to_string(s.waves[i]) + " is listed twice.",
                  {figure_count("wave", s.waves[i])});

    for (std::size_t g = 0; g < s.groups.size(); ++g) {
        const auto& grp = s.groups[g];
        for (const auto& [wave, n] : grp.invited) {
            const std::string p = "/groups/" + std::to_string(g) + "/invited/" + std::to_string(wave);
            if (n <= 0)
                f.add("INVITED_NOT_POSITIVE", Severity::Error, p,
                      "Groep " + grp.id + ", meting " + std::to_string(wave) + ": het aantal uitgenodigden is " +
                          std::to_string(n) + "; laat het weg als het onbekend is.",
                      "Group " + grp.id + ", wave " + std::to_string(wave) + ": the number invited is " +
                          std::to_string(n) + "; leave it out when it is unknown.",
                      {figure_count("invited", n)});
            if (!s.waves.empty() && !waves.count(wave))
                f.add("INVITED_WAVE_NOT_PLANNED", Severity::Warning, p,
                      "Groep " + grp.id + " heeft uitgenodigden voor " + std::to_string(wave) +
                          ", maar die meting staat niet in 'waves'.",
                      "Group " + grp.id + " has invitations for " + std::to_string(wave) +
                          ", but that wave is not in 'waves'.",
                      {figure_count("wave", wave)});
        }
    }

    for (std::size_t i = 0; i < s.scales.size(); ++i) {
        const auto& sc = s.scales[i];
        const std::string p = "/scales/" + std::to_string(i);
        if (sc.points.size() < 2)
            f.add("SCALE_TOO_FEW_POINTS", Severity::Error, p + "/points",
                  "Schaal " + sc.id + " heeft " + std::to_string(sc.points.size()) + " antwoordpunt(en); minstens twee nodig.",
                  "Scale " + sc.id + " has " + std::to_string(sc.points.size()) + " point(s); at least two are needed.",
                  {figure_count("points", static_cast<std::int64_t>(sc.points.size()))});
        for (std::size_t j = 1; j < sc.points.size(); ++j)
            if (sc.points[j].code <= sc.points[j - 1].code)
                f.add("SCALE_CODES_NOT_ASCENDING", Severity::Error, p + "/points/" + std::to_string(j) + "/code",
                      "Schaal " + sc.id + ": de codes van de antwoordpunten moeten oplopen (laagste eerst); " +
                          std::to_string(sc.points[j].code) + " volgt op " + std::to_string(sc.points[j - 1].code) + ".",
                      "Scale " + sc.id + ": the point codes must ascend (lowest first); " +
                          std::to_string(sc.points[j].code) + " follows " + std::to_string(sc.points[j - 1].code) + ".",
                      {figure_count("code", sc.points[j].code), figure_count("previous", sc.points[j - 1].code)});
        std::map<std::int64_t, std::string> codes;
        auto note_code = [&](std::int64_t code, const std::string& path) {
            if (auto [it, ok] = codes.emplace(code, path); !ok)
                f.add("DUPLICATE_SCALE_CODE", Severity::Error, path,
                      "Schaal " + sc.id + ": code " + std::to_string(code) + " wordt twee keer gebruikt (ook " + it->second + ").",
                      "Scale " + sc.id + ": code " + std::to_string(code) + " is used twice (also " + it->second + ").",
                      {figure_count("code", code)});
        };
        for (std::size_t j = 0; j < sc.points.size(); ++j)
            note_code(sc.points[j].code, p + "/points/" + std::to_string(j) + "/code");
        for (std::size_t j = 0; j < sc.non_substantive.size(); ++j) {
            const auto& c = sc.non_substantive[j];
            const std::string cp = p + "/non_substantive/" + std::to_string(j);
            note_code(c.code, cp + "/code");
            if (!c.excluded_from_percentages)
                f.add("NON_SUBSTANTIVE_IN_BASE", Severity::Info, cp + "/excluded_from_percentages",
                      "Schaal " + sc.id + ": '" + c.label.nl + "' (code " + std::to_string(c.code) +
                          ") telt mee in de basis van de percentages (het telt nooit mee in de top-box of de mediaan).",
                      "Scale " + sc.id + ": '" + c.label.in(Lang::en) + "' (code " + std::to_string(c.code) +
                          ") is counted in the base of the shares (never in the top box or the median).",
                      {figure_count("code", c.code)});
        }
        if (!sc.missing.empty()) {
            std::int64_t v = 0;
            auto [q, ec] = std::from_chars(sc.missing.data(), sc.missing.data() + sc.missing.size(), v);
            if (ec == std::errc() && q == sc.missing.data() + sc.missing.size() && codes.count(v))
                f.add("MISSING_MARKER_IS_CODE", Severity::Error, p + "/missing",
                      "Schaal " + sc.id + ": '" + sc.missing + "' betekent 'ontbreekt', maar is ook een antwoordcode.",
                      "Scale " + sc.id + ": '" + sc.missing + "' means 'missing' but is also an answer code.",
                      {figure_text("missing", sc.missing)});
        }
        if (sc.top_box) {
            if (sc.top_box->empty())
                f.add("TOP_BOX_EMPTY", Severity::Error, p + "/top_box",
                      "Schaal " + sc.id + ": de top-box is leeg; laat 'top_box' weg voor de twee hoogste punten.",
                      "Scale " + sc.id + ": the top box is empty; leave 'top_box' out for the two highest points.");
            std::set<std::int64_t> in_box;
            for (std::size_t j = 0; j < sc.top_box->size(); ++j) {
                std::int64_t code = (*sc.top_box)[j];
                in_box.insert(code);
                if (!sc.point(code))
                    f.add("TOP_BOX_NOT_IN_SCALE", Severity::Error, p + "/top_box/" + std::to_string(j),
                          "Schaal " + sc.id + ": top-box-code " + std::to_string(code) + " is geen antwoordpunt van de schaal.",
                          "Scale " + sc.id + ": top-box code " + std::to_string(code) + " is not a point of the scale.",
                          {figure_count("code", code)});
            }
            if (!sc.points.empty() && std::all_of(sc.points.begin(), sc.points.end(),
                                                  [&](const ScalePoint& pt) { return in_box.count(pt.code) > 0; }))
                f.add("TOP_BOX_ALL_POINTS", Severity::Warning, p + "/top_box",
                      "Schaal " + sc.id + ": de top-box bevat alle antwoordpunten, dus is altijd 100%.",
                      "Scale " + sc.id + ": the top box holds every point, so it is always 100%.");
        }
    }

    for (std::size_t i = 0; i < s.items.size(); ++i) {
        const auto& it = s.items[i];
        const std::string p = "/items/" + std::to_string(i);
        if (!s.scale(it.scale))
            f.add("UNKNOWN_SCALE", Severity::Error, p + "/scale",
                  "Vraag " + it.id + " gebruikt de onbekende schaal '" + it.scale + "'; gedeclareerd: " + ids_of(s.scales) + ".",
                  "Item " + it.id + " uses the unknown scale '" + it.scale + "'; declared: " + ids_of(s.scales) + ".",
                  {figure_text("scale", it.scale)});
        if (it.groups.empty())
            f.add("ITEM_WITHOUT_GROUPS", Severity::Warning, p + "/groups",
                  "Vraag " + it.id + " wordt aan geen enkele groep gesteld.", "Item " + it.id + " is asked to no group.");
        for (std::size_t g = 0; g < it.groups.size(); ++g)
            if (!s.group(it.groups[g]))
                f.add("ITEM_GROUP_UNKNOWN", Severity::Error, p + "/groups/" + std::to_string(g),
                      "Vraag " + it.id + " noemt de onbekende groep '" + it.groups[g] + "'; gedeclareerd: " + ids_of(s.groups) + ".",
                      "Item " + it.id + " names the unknown group '" + it.groups[g] + "'; declared: " + ids_of(s.groups) + ".",
                      {figure_text("group", it.groups[g])});
        if (it.theme && !s.themes.empty() && !s.theme(*it.theme))
            f.add("UNKNOWN_THEME", Severity::Error, p + "/theme",
                  "Vraag " + it.id + " heeft het onbekende thema '" + *it.theme + "'; gedeclareerd: " + ids_of(s.themes) + ".",
                  "Item " + it.id + " has the unknown theme '" + *it.theme + "'; declared: " + ids_of(s.themes) + ".",
                  {figure_text("theme", *it.theme)});
    }
    if (s.example)
        f.add("SURVEY_EXAMPLE", Severity::Info, "/example",
              "Dit is een voorbeelddefinitie: de vraagteksten zijn illustraties, niet de echte vragenlijst.",
              "This is an example definition: the item texts are illustrations, not the real questionnaire.");
    return sorted_findings(std::move(f.out));
}

// ---- responses: CSV -----------------------------------------------------------------------------

namespace {

const std::vector<std::string> kResponseColumns = {"respondent_id", "wave", "group", "item", "value"};

}  // namespace

SurveyResponses survey_responses_from_csv(std::string_view text, const std::string& source, const Survey* definition) {
    csv::Table t = csv::parse(text, source);
    t.check_header(kResponseColumns, kResponseColumns, "the header respondent_id,wave,group,item,value", source);
    SurveyResponses r;
    r.answers.reserve(t.rows.size());
    for (const auto& row : t.rows) {
        auto where = [&](const char* col) { return csv::where(row, col); };
        auto get = [&](const char* col) { return t.get(row, col); };
        SurveyAnswer a;
        a.respondent_id = get("respondent_id");
        a.group = get("group");
        a.item = get("item");
        if (a.respondent_id.empty()) throw FormatError(source, where("respondent_id"), "an empty cell", "a respondent id");
        if (a.group.empty())
            throw FormatError(source, where("group"), "an empty cell", "a group id such as leerkrachten");
        if (a.item.empty()) throw FormatError(source, where("item"), "an empty cell", "an item id");
        std::string w = get("wave");
        int year = 0;
        auto [pw, ecw] = std::from_chars(w.data(), w.data() + w.size(), year);
        if (w.empty() || ecw != std::errc() || pw != w.data() + w.size() || year < 1400 || year > 9999)
            throw FormatError(source, where("wave"), "'" + w + "'", "a wave as a year such as 2026");
        a.wave = year;
        std::string v = get("value");
        bool missing = v.empty();
        if (!missing && definition) {
            if (const SurveyItem* item = definition->item(a.item))
                if (const SurveyScale* sc = definition->scale(item->scale))
                    missing = !sc->missing.empty() && v == sc->missing;
        }
        if (!missing) {
            std::int64_t code = 0;
            auto [pv, ecv] = std::from_chars(v.data(), v.data() + v.size(), code);
            if (ecv != std::errc() || pv != v.data() + v.size())
                throw FormatError(source, where("value"), "'" + v + "'",
                                  "an integer code of the item's scale, or an empty cell for a missing answer");
            a.value = code;
        }
        r.answers.push_back(std::move(a));
    }
    return r;
}

std::string survey_responses_to_csv(const SurveyResponses& r) {
    std::string out = csv::line(kResponseColumns);
    for (const auto& a : r.answers)
        out += csv::line({csv::text(a.respondent_id), std::to_string(a.wave), csv::text(a.group), csv::text(a.item),
                          a.value ? std::to_string(*a.value) : std::string()});
    return out;
}

SurveyResponses load_survey_responses(const std::string& path, const Survey* definition) {
    std::string text = io::read_file(path);
    bool is_csv = path.size() >= 4 && lower(path.substr(path.size() - 4)) == ".csv";
    return is_csv ? survey_responses_from_csv(text, path, definition) : from_json<SurveyResponses>(text, path);
}

// ---- responses: checks --------------------------------------------------------------------------

std::vector<Finding> validate_survey_responses(const Survey& s, const SurveyResponses& r) {
    FindingSink f;
    if (r.survey && *r.survey != s.id)
        f.add("RESPONSES_OF_OTHER_SURVEY", Severity::Warning, "/survey",
              "De antwoorden horen bij enquête '" + *r.survey + "', niet bij '" + s.id + "'.",
              "The responses belong to survey '" + *r.survey + "', not to '" + s.id + "'.",
              {figure_text("survey", *r.survey)});
    if (r.synthetic)
        f.add("RESPONSES_SYNTHETIC", Severity::Info, "/synthetic",
              "Synthetische demo-antwoorden: geen echte respondenten.", "Synthetic demo answers: no real respondents.");
    std::set<int> planned(s.waves.begin(), s.waves.end()), reported_waves;
    std::map<std::tuple<std::string, int, std::string, std::string>, std::size_t> seen;  // respondent, wave, group, item
    std::map<std::pair<std::string, int>, std::pair<std::string, std::size_t>> group_of;   // respondent, wave -> group
    std::set<std::tuple<std::string, int, std::string>> reported_two;
    std::map<std::pair<int, std::string>, std::set<std::string>> respondents;              // wave, group -> ids
    for (std::size_t i = 0; i < r.answers.size(); ++i) {
        const auto& a = r.answers[i];
        const std::string p = "/answers/" + std::to_string(i);
        const std::string who = "respondent " + a.respondent_id + " (" + std::to_string(a.wave) + ")";
        auto figs = [&]() {
            return std::vector<FindingFigure>{figure_text("respondent_id", a.respondent_id), figure_count("wave", a.wave),
                                              figure_text("group", a.group), figure_text("item", a.item)};
        };
        if (!planned.empty() && !planned.count(a.wave) && reported_waves.insert(a.wave).second) {
            std::vector<std::string> w;
            for (int x : s.waves) w.push_back(std::to_string(x));
            f.add("UNKNOWN_WAVE", Severity::Warning, p + "/wave",
                  "Meting " + std::to_string(a.wave) + " staat niet in de definitie (gepland: " + join(w) + ").",
                  "Wave " + std::to_string(a.wave) + " is not in the definition (planned: " + join(w) + ").",
                  {figure_count("wave", a.wave)});
        }
        const SurveyGroup* g = s.group(a.group);
        const SurveyItem* it = s.item(a.item);
        if (!g)
            f.add("UNKNOWN_GROUP", Severity::Error, p + "/group",
                  "Onbekende groep '" + a.group + "' bij " + who + "; de definitie kent: " + ids_of(s.groups) + ".",
                  "Unknown group '" + a.group + "' for " + who + "; the definition has: " + ids_of(s.groups) + ".", figs());
        else
            respondents[{a.wave, a.group}].insert(a.respondent_id);
        if (!it)
            f.add("UNKNOWN_ITEM", Severity::Error, p + "/item",
                  "Onbekende vraag '" + a.item + "' bij " + who + "; de definitie kent: " + ids_of(s.items) + ".",
                  "Unknown item '" + a.item + "' for " + who + "; the definition has: " + ids_of(s.items) + ".", figs());
        if (g && it && std::find(it->groups.begin(), it->groups.end(), a.group) == it->groups.end())
            f.add("ITEM_NOT_ASKED_TO_GROUP", Severity::Error, p + "/item",
                  "Vraag " + a.item + " wordt niet aan groep " + a.group + " gesteld (alleen aan: " + join(it->groups) +
                      "), maar " + who + " beantwoordde haar.",
                  "Item " + a.item + " is not asked to group " + a.group + " (only to: " + join(it->groups) + "), but " +
                      who + " answered it.",
                  figs());
        if (it && a.value) {
            if (const SurveyScale* sc = s.scale(it->scale); sc && !sc->point(*a.value) && !sc->non_substantive_code(*a.value)) {
                std::vector<std::string> allowed;
                for (const auto& pt : sc->points) allowed.push_back(std::to_string(pt.code));
                for (const auto& c : sc->non_substantive) allowed.push_back(std::to_string(c.code));
                auto fg = figs();
                fg.push_back(figure_count("value", *a.value));
                f.add("VALUE_NOT_IN_SCALE", Severity::Error, p + "/value",
                      "Waarde " + std::to_string(*a.value) + " bij vraag " + a.item + " (" + who + ") hoort niet bij schaal " +
                          sc->id + " (" + join(allowed) + ", of leeg).",
                      "Value " + std::to_string(*a.value) + " for item " + a.item + " (" + who + ") is not in scale " +
                          sc->id + " (" + join(allowed) + ", or empty).",
                      fg);
            }
        }
        if (auto [e, ok] = seen.emplace(std::make_tuple(a.respondent_id, a.wave, a.group, a.item), i); !ok)
            f.add("DUPLICATE_ANSWER", Severity::Error, p,
                  who + " beantwoordde vraag " + a.item + " twee keer (ook antwoord " + std::to_string(e->second) +
                      "); alleen het eerste telt.",
                  who + " answered item " + a.item + " twice (also answer " + std::to_string(e->second) +
                      "); only the first counts.",
                  figs());
        if (auto [e, ok] = group_of.emplace(std::make_pair(a.respondent_id, a.wave), std::make_pair(a.group, i));
            !ok && e->second.first != a.group &&
            reported_two.insert(std::make_tuple(a.respondent_id, a.wave, a.group)).second) {
            auto fg = figs();
            fg.push_back(figure_text("other_group", e->second.first));
            f.add("RESPONDENT_IN_TWO_GROUPS", Severity::Error, p + "/group",
                  who + " staat in groep " + a.group + " en ook in groep " + e->second.first + " (antwoord " +
                      std::to_string(e->second.second) + ").",
                  who + " is in group " + a.group + " and also in group " + e->second.first + " (answer " +
                      std::to_string(e->second.second) + ").",
                  fg);
        }
    }
    for (std::size_t gi = 0; gi < s.groups.size(); ++gi) {
        const auto& g = s.groups[gi];
        for (const auto& [wave, invited] : g.invited) {
            auto it = respondents.find({wave, g.id});
            std::int64_t n = it == respondents.end() ? 0 : static_cast<std::int64_t>(it->second.size());
            if (invited > 0 && n > invited)
                f.add("MORE_RESPONDENTS_THAN_INVITED", Severity::Warning,
                      "/groups/" + std::to_string(gi) + "/invited/" + std::to_string(wave),
                      "Groep " + g.id + ", meting " + std::to_string(wave) + ": " + std::to_string(n) +
                          " respondenten, maar " + std::to_string(invited) + " uitgenodigd.",
                      "Group " + g.id + ", wave " + std::to_string(wave) + ": " + std::to_string(n) + " respondents, but " +
                          std::to_string(invited) + " invited.",
                      {figure_count("respondents", n), figure_count("invited", invited)});
        }
    }
    return sorted_findings(std::move(f.out));
}

// ---- analysis -----------------------------------------------------------------------------------

namespace {

__extension__ typedef __int128 i128;

constexpr double kZ = 1.959963984540054;  // the 97.5% point of the standard normal distribution

struct Cell {
    std::map<std::int64_t, std::int64_t> codes;  // counted codes (points and non-substantive)
    std::int64_t missing = 0, invalid = 0, rows = 0;
};

using CellKey = std::tuple<int, std::string, std::string>;  // wave, group, item

/// Counts every answer that belongs to a known item asked to a known group (first of duplicates only).
std::map<CellKey, Cell> tally(const Survey& s, const SurveyResponses& r) {
    std::map<std::string, const SurveyItem*> items;
    for (const auto& it : s.items) items.emplace(it.id, &it);
    std::map<std::string, const SurveyScale*> scales;
    for (const auto& sc : s.scales) scales.emplace(sc.id, &sc);
    std::set<std::tuple<std::string, int, std::string, std::string>> seen;
    std::map<CellKey, Cell> cells;
    for (const auto& a : r.answers) {
        auto ii = items.find(a.item);
        if (ii == items.end() || !s.group(a.group)) continue;
        const SurveyItem& it = *ii->second;
        if (std::find(it.groups.begin(), it.groups.end(), a.group) == it.groups.end()) continue;
        auto si = scales.find(it.scale);
        if (si == scales.end()) continue;
        if (!seen.insert(std::make_tuple(a.respondent_id, a.wave, a.group, a.item)).second) continue;
        Cell& c = cells[CellKey{a.wave, a.group, a.item}];
        ++c.rows;
        if (!a.value) ++c.missing;
        else if (si->second->point(*a.value) || si->second->non_substantive_code(*a.value)) ++c.codes[*a.value];
        else ++c.invalid;
    }
    return cells;
}

struct Stats {
    std::int64_t valid = 0, excluded = 0, top = 0, points = 0;
    std::optional<std::int64_t> median;
};

Stats stats_of(const SurveyScale& sc, const Cell& c) {
    Stats st;
    auto count = [&](std::int64_t code) {
        auto it = c.codes.find(code);
        return it == c.codes.end() ? std::int64_t{0} : it->second;
    };
    for (const auto& p : sc.points) st.points += count(p.code);
    st.valid = st.points;
    for (const auto& ns : sc.non_substantive) (ns.excluded_from_percentages ? st.excluded : st.valid) += count(ns.code);
    const std::vector<std::int64_t> top_codes = sc.top_box_codes();
    const std::set<std::int64_t> top(top_codes.begin(), top_codes.end());
    for (const auto& p : sc.points)
        if (top.count(p.code)) st.top += count(p.code);
    if (st.points > 0) {  // the lower median: the first point whose cumulative count exceeds (n − 1) / 2
        std::int64_t m = (st.points - 1) / 2, cum = 0;
        for (const auto& p : sc.points) {
            cum += count(p.code);
            if (cum > m) {
                st.median = p.code;
                break;
            }
        }
    }
    return st;
}

std::int64_t to_fixed(double v, double scale) { return static_cast<std::int64_t>(std::llround(v * scale)); }

struct Wilson {
    double p, lower, upper;
};

Wilson wilson(std::int64_t x, std::int64_t n) {
    const double nn = static_cast<double>(n), xx = static_cast<double>(x), z2 = kZ * kZ;
    const double denom = nn + z2;
    const double centre = (xx + z2 / 2) / denom;
    const double half = kZ * std::sqrt(xx * (nn - xx) / nn + z2 / 4) / denom;
    return {xx / nn, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

void check_k(std::int64_t k) {
    if (k < 0) throw InvalidArgument("the suppression threshold k must be 0 or more, not " + std::to_string(k));
}

/// Items × their groups in definition order.
template <class F>
void for_each_item_group(const Survey& s, F&& f) {
    for (const auto& it : s.items) {
        const SurveyScale* sc = s.scale(it.scale);
        if (!sc) continue;
        for (const auto& g : s.groups)
            if (std::find(it.groups.begin(), it.groups.end(), g.id) != it.groups.end()) f(it, *sc, g);
    }
}

const Cell& cell_at(const std::map<CellKey, Cell>& cells, int wave, const std::string& group, const std::string& item) {
    static const Cell empty{};
    auto it = cells.find(CellKey{wave, group, item});
    return it == cells.end() ? empty : it->second;
}

}  // namespace

std::optional<std::pair<Ratio, Ratio>> wilson_interval(std::int64_t x, std::int64_t n) {
    if (n <= 0 || x < 0 || x > n) return std::nullopt;
    Wilson w = wilson(x, n);
    return std::make_pair(Ratio{to_fixed(w.lower, 1e6), 1'000'000}, Ratio{to_fixed(w.upper, 1e6), 1'000'000});
}

std::optional<std::pair<Ratio, Ratio>> newcombe_interval(std::int64_t x_a, std::int64_t n_a, std::int64_t x_b, std::int64_t n_b) {
    if (n_a <= 0 || n_b <= 0 || x_a < 0 || x_b < 0 || x_a > n_a || x_b > n_b) return std::nullopt;
    Wilson a = wilson(x_a, n_a), b = wilson(x_b, n_b);
    const double d = b.p - a.p;
    const double lo = d - std::sqrt((b.p - b.lower) * (b.p - b.lower) + (a.upper - a.p) * (a.upper - a.p));
    const double hi = d + std::sqrt((b.upper - b.p) * (b.upper - b.p) + (a.p - a.lower) * (a.p - a.lower));
    // percentage points in ten-thousandths: proportion × 100 × 10 000
    return std::make_pair(Ratio{to_fixed(std::max(-1.0, lo), 1e6), 10'000}, Ratio{to_fixed(std::min(1.0, hi), 1e6), 10'000});
}

std::vector<int> survey_waves(const Survey& s, const SurveyResponses& r, const std::vector<int>& waves) {
    std::set<int> out(waves.begin(), waves.end());
    if (waves.empty()) {
        out.insert(s.waves.begin(), s.waves.end());
        for (const auto& a : r.answers) out.insert(a.wave);
    }
    return {out.begin(), out.end()};
}

std::vector<SurveyResponseRow> survey_response(const Survey& s, const SurveyResponses& r, const std::vector<int>& waves) {
    std::map<std::pair<int, std::string>, std::set<std::string>> ids;
    for (const auto& a : r.answers) ids[{a.wave, a.group}].insert(a.respondent_id);
    std::vector<SurveyResponseRow> out;
    for (const auto& g : s.groups)
        for (int w : survey_waves(s, r, waves)) {
            SurveyResponseRow row;
            row.wave = w;
            row.group = g.id;
            row.label = g.label;
            auto it = ids.find({w, g.id});
            row.respondents = it == ids.end() ? 0 : static_cast<std::int64_t>(it->second.size());
            if (auto inv = g.invited.find(w); inv != g.invited.end()) {
                row.invited = inv->second;
                if (inv->second > 0) row.rate = Ratio{row.respondents, inv->second};
            }
            out.push_back(std::move(row));
        }
    return out;
}

std::vector<SurveyDistributionRow> survey_distribution(const Survey& s, const SurveyResponses& r, std::int64_t k,
                                                       const std::vector<int>& waves) {
    check_k(k);
    const auto cells = tally(s, r);
    const auto ws = survey_waves(s, r, waves);
    std::vector<SurveyDistributionRow> out;
    for_each_item_group(s, [&](const SurveyItem& it, const SurveyScale& sc, const SurveyGroup& g) {
        for (int w : ws) {
            const Cell& c = cell_at(cells, w, g.id, it.id);
            const Stats st = stats_of(sc, c);
            const bool suppressed = st.valid < k;
            auto row = [&](std::string kind, std::optional<std::int64_t> code, const Label& label, std::int64_t n,
                           bool in_base) {
                SurveyDistributionRow d;
                d.wave = w;
                d.group = g.id;
                d.item = it.id;
                d.kind = std::move(kind);
                d.code = code;
                d.label = label;
                d.suppressed = suppressed;
                if (!suppressed) {
                    d.count = n;
                    if (in_base && st.valid > 0) d.share = Ratio{n, st.valid};
                }
                out.push_back(std::move(d));
            };
            auto count = [&](std::int64_t code) {
                auto f = c.codes.find(code);
                return f == c.codes.end() ? std::int64_t{0} : f->second;
            };
            for (const auto& p : sc.points) row("point", p.code, p.label, count(p.code), true);
            for (const auto& ns : sc.non_substantive)
                row("non-substantive", ns.code, ns.label, count(ns.code), !ns.excluded_from_percentages);
            row("missing", std::nullopt, Label{"ontbreekt", "missing"}, c.missing, false);
        }
    });
    return out;
}

std::vector<SurveySummaryRow> survey_summary(const Survey& s, const SurveyResponses& r, std::int64_t k,
                                             const std::vector<int>& waves) {
    check_k(k);
    const auto cells = tally(s, r);
    const auto ws = survey_waves(s, r, waves);
    std::vector<SurveySummaryRow> out;
    for_each_item_group(s, [&](const SurveyItem& it, const SurveyScale& sc, const SurveyGroup& g) {
        for (int w : ws) {
            const Cell& c = cell_at(cells, w, g.id, it.id);
            const Stats st = stats_of(sc, c);
            SurveySummaryRow row;
            row.wave = w;
            row.group = g.id;
            row.item = it.id;
            if (it.theme) row.theme.emplace(*it.theme);  // (not `= it.theme`: GCC 12 -O3 warns maybe-uninitialized)
            row.scale = sc.id;
            row.valid = st.valid;
            row.suppressed = st.valid < k;
            if (!row.suppressed) {
                row.answered = c.rows;
                row.non_substantive = st.excluded;
                row.missing = c.missing;
                row.invalid = c.invalid;
                if (st.valid > 0) {
                    row.top_box = Ratio{st.top, st.valid};
                    auto ci = wilson_interval(st.top, st.valid);
                    row.top_box_lower = ci->first;
                    row.top_box_upper = ci->second;
                }
                row.median = st.median;
            }
            out.push_back(std::move(row));
        }
    });
    return out;
}

std::vector<SurveyComparisonRow> survey_comparison(const Survey& s, const SurveyResponses& r, int wave_a, int wave_b,
                                                   std::int64_t k) {
    check_k(k);
    const auto cells = tally(s, r);
    std::vector<SurveyComparisonRow> out;
    for_each_item_group(s, [&](const SurveyItem& it, const SurveyScale& sc, const SurveyGroup& g) {
        const Stats a = stats_of(sc, cell_at(cells, wave_a, g.id, it.id));
        const Stats b = stats_of(sc, cell_at(cells, wave_b, g.id, it.id));
        SurveyComparisonRow row;
        row.group = g.id;
        row.item = it.id;
        if (it.theme) row.theme.emplace(*it.theme);  // (not `= it.theme`: GCC 12 -O3 warns maybe-uninitialized)
        row.wave_a = wave_a;
        row.wave_b = wave_b;
        row.valid_a = a.valid;
        row.valid_b = b.valid;
        row.below_k = a.valid < k || b.valid < k;
        if (!row.below_k && a.valid > 0 && b.valid > 0) {
            row.top_box_a = Ratio{a.top, a.valid};
            row.top_box_b = Ratio{b.top, b.valid};
            // 100 (x_b n_a − x_a n_b) / (n_a n_b), exact
            const i128 num = static_cast<i128>(100) * (static_cast<i128>(b.top) * a.valid - static_cast<i128>(a.top) * b.valid);
            const i128 den = static_cast<i128>(a.valid) * b.valid;
            if (den > INT64_MAX || num > INT64_MAX || num < -INT64_MAX)
                throw OverflowError("survey_comparison: the numbers of answers are too large for an exact difference");
            row.difference = Ratio{static_cast<std::int64_t>(num), static_cast<std::int64_t>(den)};
            auto ci = newcombe_interval(a.top, a.valid, b.top, b.valid);
            row.lower = ci->first;
            row.upper = ci->second;
        }
        out.push_back(std::move(row));
    });
    return out;
}

SurveyAnalysis analyse_survey(const Survey& s, const SurveyResponses& r, std::int64_t k, const std::vector<int>& waves) {
    check_k(k);
    SurveyAnalysis a;
    a.survey = s.id;
    a.k = k;
    a.waves = survey_waves(s, r, waves);
    a.synthetic = r.synthetic;
    a.response = survey_response(s, r, a.waves);
    a.distribution = survey_distribution(s, r, k, a.waves);
    a.summary = survey_summary(s, r, k, a.waves);
    for (std::size_t i = 1; i < a.waves.size(); ++i) {
        auto rows = survey_comparison(s, r, a.waves[i - 1], a.waves[i], k);
        a.comparison.insert(a.comparison.end(), rows.begin(), rows.end());
    }
    a.findings = validate_survey(s);
    auto more = validate_survey_responses(s, r);
    a.findings.insert(a.findings.end(), more.begin(), more.end());
    return a;
}

// ---- the tables ---------------------------------------------------------------------------------

namespace {

/// Adds a column and fills it from @p rows with @p get(row).
template <class R, class F>
Column& fill(Table& t, const std::vector<R>& rows, const char* name, ColumnType type, const char* doc, F get, bool nullable = false) {
    Column& c = t.add(name, type, doc);
    c.set_nullable(nullable);
    for (const auto& r : rows) c.push(get(r));
    return c;
}

std::optional<std::int64_t> numerator(const std::optional<Ratio>& r) {
    return r ? std::optional<std::int64_t>(r->numerator) : std::nullopt;
}
std::optional<std::int64_t> denominator(const std::optional<Ratio>& r) {
    return r ? std::optional<std::int64_t>(r->denominator) : std::nullopt;
}

/// The `<name>_numerator` and `<name>_denominator` columns of an exact ratio.
template <class R, class F>
void ratio_columns(Table& t, const std::vector<R>& rows, const std::string& name, const std::string& doc, F get) {
    fill(t, rows, (name + "_numerator").c_str(), ColumnType::Integer, (doc + " (numerator)").c_str(),
         [&](const R& r) { return numerator(get(r)); }, true);
    fill(t, rows, (name + "_denominator").c_str(), ColumnType::Integer, (doc + " (denominator)").c_str(),
         [&](const R& r) { return denominator(get(r)); }, true);
}

constexpr auto I = ColumnType::Integer;
constexpr auto D = ColumnType::Double;
constexpr auto T = ColumnType::Text;
constexpr auto B = ColumnType::Boolean;

}  // namespace

Table survey_response_table(const std::vector<SurveyResponseRow>& rows) {
    using R = SurveyResponseRow;
    Table t("response");
    fill(t, rows, "wave", I, "wave (year)", [](const R& r) { return r.wave; });
    fill(t, rows, "group", T, "respondent group", [](const R& r) { return r.group; });
    fill(t, rows, "label_nl", T, "group label (Dutch)", [](const R& r) { return r.label.nl; });
    fill(t, rows, "label_en", T, "group label (English)", [](const R& r) { return r.label.en; });
    fill(t, rows, "respondents", I, "distinct respondents with at least one answer", [](const R& r) { return r.respondents; });
    fill(t, rows, "invited", I, "invited (from the definition); empty when unknown", [](const R& r) { return r.invited; }, true);
    ratio_columns(t, rows, "rate", "respondents / invited", [](const R& r) { return r.rate; });
    return t;
}

Table survey_distribution_table(const std::vector<SurveyDistributionRow>& rows) {
    using R = SurveyDistributionRow;
    Table t("distribution");
    fill(t, rows, "wave", I, "wave (year)", [](const R& r) { return r.wave; });
    fill(t, rows, "group", T, "respondent group", [](const R& r) { return r.group; });
    fill(t, rows, "item", T, "item id", [](const R& r) { return r.item; });
    fill(t, rows, "kind", T, "point, non-substantive or missing", [](const R& r) { return r.kind; });
    fill(t, rows, "code", I, "the answer code; empty for missing", [](const R& r) { return r.code; }, true);
    fill(t, rows, "label_nl", T, "category label (Dutch)", [](const R& r) { return r.label.nl; });
    fill(t, rows, "label_en", T, "category label (English)", [](const R& r) { return r.label.en; });
    fill(t, rows, "count", I, "answers; empty when suppressed", [](const R& r) { return r.count; }, true);
    ratio_columns(t, rows, "share", "count / valid answers (categories in the base)", [](const R& r) { return r.share; });
    fill(t, rows, "suppressed", B, "fewer than k valid answers", [](const R& r) { return r.suppressed; });
    return t;
}

Table survey_summary_table(const std::vector<SurveySummaryRow>& rows) {
    using R = SurveySummaryRow;
    Table t("summary");
    fill(t, rows, "wave", I, "wave (year)", [](const R& r) { return r.wave; });
    fill(t, rows, "group", T, "respondent group", [](const R& r) { return r.group; });
    fill(t, rows, "item", T, "item id", [](const R& r) { return r.item; });
    fill(t, rows, "theme", T, "theme id (empty when the item has none)", [](const R& r) { return r.theme.value_or(""); });
    fill(t, rows, "scale", T, "scale id", [](const R& r) { return r.scale; });
    fill(t, rows, "valid", I, "answers in the base of the shares", [](const R& r) { return r.valid; });
    fill(t, rows, "answered", I, "answer rows", [](const R& r) { return r.answered; }, true);
    fill(t, rows, "non_substantive", I, "excluded non-substantive answers", [](const R& r) { return r.non_substantive; }, true);
    fill(t, rows, "missing", I, "missing answers", [](const R& r) { return r.missing; }, true);
    fill(t, rows, "invalid", I, "values not in the scale", [](const R& r) { return r.invalid; }, true);
    fill(t, rows, "suppressed", B, "valid < k: every other figure is empty", [](const R& r) { return r.suppressed; });
    ratio_columns(t, rows, "top_box", "answers in the top box / valid", [](const R& r) { return r.top_box; });
    fill(t, rows, "top_box", D, "top-box share", [](const R& r) { return r.top_box; }, true).set_decimals(6);
    fill(t, rows, "top_box_lower", D, "Wilson 95% lower bound", [](const R& r) { return r.top_box_lower; }, true).set_decimals(6);
    fill(t, rows, "top_box_upper", D, "Wilson 95% upper bound", [](const R& r) { return r.top_box_upper; }, true).set_decimals(6);
    fill(t, rows, "median", I, "code of the (lower) median point", [](const R& r) { return r.median; }, true);
    return t;
}

Table survey_comparison_table(const std::vector<SurveyComparisonRow>& rows) {
    using R = SurveyComparisonRow;
    Table t("comparison");
    fill(t, rows, "group", T, "respondent group", [](const R& r) { return r.group; });
    fill(t, rows, "item", T, "item id", [](const R& r) { return r.item; });
    fill(t, rows, "theme", T, "theme id (empty when the item has none)", [](const R& r) { return r.theme.value_or(""); });
    fill(t, rows, "wave_a", I, "first wave", [](const R& r) { return r.wave_a; });
    fill(t, rows, "wave_b", I, "second wave", [](const R& r) { return r.wave_b; });
    fill(t, rows, "valid_a", I, "valid answers in wave a", [](const R& r) { return r.valid_a; });
    fill(t, rows, "valid_b", I, "valid answers in wave b", [](const R& r) { return r.valid_b; });
    fill(t, rows, "below_k", B, "a side has fewer than k valid answers: figures empty", [](const R& r) { return r.below_k; });
    ratio_columns(t, rows, "top_box_a", "top box in wave a", [](const R& r) { return r.top_box_a; });
    ratio_columns(t, rows, "top_box_b", "top box in wave b", [](const R& r) { return r.top_box_b; });
    ratio_columns(t, rows, "difference", "b - a in percentage points", [](const R& r) { return r.difference; });
    fill(t, rows, "difference", D, "b - a in percentage points", [](const R& r) { return r.difference; }, true).set_decimals(4);
    fill(t, rows, "lower", D, "Newcombe 95% lower bound (percentage points)", [](const R& r) { return r.lower; }, true).set_decimals(4);
    fill(t, rows, "upper", D, "Newcombe 95% upper bound (percentage points)", [](const R& r) { return r.upper; }, true).set_decimals(4);
    return t;
}

std::string survey_response_csv(const std::vector<SurveyResponseRow>& rows) { return survey_response_table(rows).to_csv(); }
std::string survey_distribution_csv(const std::vector<SurveyDistributionRow>& rows) { return survey_distribution_table(rows).to_csv(); }
std::string survey_summary_csv(const std::vector<SurveySummaryRow>& rows) { return survey_summary_table(rows).to_csv(); }
std::string survey_comparison_csv(const std::vector<SurveyComparisonRow>& rows) { return survey_comparison_table(rows).to_csv(); }

// ---- synthetic data -----------------------------------------------------------------------------

namespace {

/// The library's one portable PRNG (xoshiro256** seeded by splitmix64, Lemire's bounded integers).
using Xoshiro256 = detail::Rng;

std::size_t pick(Xoshiro256& rng, const std::vector<std::uint64_t>& weights) {
    std::uint64_t total = 0;
    for (auto w : weights) total += w;
    std::uint64_t r = rng.below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i]) return i;
        r -= weights[i];
    }
    return weights.size() - 1;
}

std::string padded(std::int64_t n, std::size_t width) {
    std::string s = std::to_string(n);
    return std::string(s.size() < width ? width - s.size() : 0, '0') + s;
}

}  // namespace

SurveyResponses survey_synthetic(const Survey& s, const std::vector<int>& waves_in, std::uint64_t seed,
                                 const std::map<std::string, std::int64_t>& sizes) {
    std::vector<int> waves = waves_in.empty() ? s.waves : waves_in;
    std::sort(waves.begin(), waves.end());
    waves.erase(std::unique(waves.begin(), waves.end()), waves.end());
    if (waves.empty()) throw InvalidArgument("survey_synthetic: no waves given and the definition names none");
    for (const auto& [group, n] : sizes) {
        if (!s.group(group))
            throw InvalidArgument("survey_synthetic: unknown group '" + group + "' in sizes; the definition has: " +
                                  ids_of(s.groups));
        if (n < 0 || n > 1'000'000)
            throw InvalidArgument("survey_synthetic: the size of group '" + group + "' must be from 0 to 1000000, not " +
                                  std::to_string(n));
    }
    Xoshiro256 rng(seed);
    // A profile per item and group: the mode of its answers (an index into the points), drawn once.
    std::map<std::pair<std::string, std::string>, std::size_t> mode;
    for (const auto& it : s.items) {
        const SurveyScale* sc = s.scale(it.scale);
        if (!sc || sc->points.empty()) continue;
        for (const auto& g : it.groups) {
            std::size_t p = sc->points.size();
            mode[{it.id, g}] = p <= 2 ? p - 1 : 1 + static_cast<std::size_t>(rng.below(p - 1));  // never the lowest
        }
    }
    SurveyResponses out;
    out.survey = s.id;
    out.synthetic = true;
    out.note = "SYNTHETIC demo answers made by cmkit survey_synthetic (seed " + std::to_string(seed) +
               "): no real respondents, only for trying out the analysis.";
    for (std::size_t wi = 0; wi < waves.size(); ++wi) {
        const int wave = waves[wi];
        for (const auto& g : s.groups) {
            auto sz = sizes.find(g.id);
            const std::int64_t n = sz == sizes.end() ? 30 : sz->second;
            for (std::int64_t i = 1; i <= n; ++i) {
                const std::string id = "synthetic-" + std::to_string(wave) + "-" + g.id + "-" + padded(i, 4);
                for (const auto& it : s.items) {
                    if (std::find(it.groups.begin(), it.groups.end(), g.id) == it.groups.end()) continue;
                    const SurveyScale* sc = s.scale(it.scale);
                    if (!sc || sc->points.empty()) continue;
                    SurveyAnswer a{id, wave, g.id, it.id, std::nullopt, {}};
                    const std::uint64_t r = rng.below(100);
                    if (r < 4) {
                        // missing answer
                    } else if (r < 10 && !sc->non_substantive.empty()) {
                        a.value = sc->non_substantive[rng.below(sc->non_substantive.size())].code;
                    } else {
                        const std::size_t m = mode[{it.id, g.id}];
                        std::vector<std::uint64_t> w;
                        for (std::size_t p = 0; p < sc->points.size(); ++p) {
                            std::size_t dist = p > m ? p - m : m - p;
                            w.push_back(1 + 4 * (dist < 3 ? 3 - dist : 0));
                        }
                        w.back() += 2 * wi;  // later waves lean a little higher
                        a.value = sc->points[pick(rng, w)].code;
                    }
                    out.answers.push_back(std::move(a));
                }
            }
        }
    }
    return out;
}

}  // namespace cmkit
