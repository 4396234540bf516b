#include "cmkit/evi/instrument.hpp"

#include <algorithm>
#include <set>

#include "cmkit/error.hpp"
#include "cmkit/finding.hpp"
#include "cmkit/io/json.hpp"
#include "embedded_data.hpp"
#include "io/json_io.hpp"

namespace cmkit {

bool EviScale::is_dont_know(std::int64_t v) const noexcept {
    return std::find(dont_know.begin(), dont_know.end(), v) != dont_know.end();
}

const EviItem* EviPillar::item(std::string_view code) const {
    for (const auto& i : items)
        if (i.id == code) return &i;
    return nullptr;
}

const EviPillar* EviInstrument::pillar(std::string_view pid) const {
    for (const auto& p : pillars)
        if (p.id == pid) return &p;
    return nullptr;
}

const EviScale& EviInstrument::scale(std::string_view sid) const {
    std::string known;
    for (const auto& s : scales) {
        if (s.id == sid) return s;
        known += (known.empty() ? "" : ", ") + s.id;
    }
    throw NotFoundError("scale of instrument " + id, std::string(sid), known);
}

std::optional<std::int64_t> EviScoring::derive(const std::vector<std::int64_t>& answers) const {
    auto n = static_cast<std::int64_t>(answers.size());
    if (n == 0 || n < min_answers) return std::nullopt;
    std::int64_t sum = 0;
    for (auto a : answers) sum += a;
    // mean = sum / n; compare sum / n >= num / den exactly as sum * den >= num * n
    std::int64_t scenario = 1;
    for (const auto& t : thresholds)
        if (sum * t.denominator >= t.numerator * n) ++scenario;
    return scenario;
}

std::vector<std::string> evi_instruments() {
    std::vector<std::string> out;
    for (const auto& e : embedded::evi()) out.emplace_back(e.name);
    std::sort(out.begin(), out.end());
    return out;
}

EviInstrument evi_instrument(const std::string& id) {
    std::string known;
    for (const auto& e : embedded::evi()) {
        if (e.name == id) return from_json<EviInstrument>(e.text, "instrument '" + id + "'");
        known += (known.empty() ? "" : ", ") + std::string(e.name);
    }
    throw NotFoundError("Evi instrument", id, known);
}

std::vector<EviInstrument> builtin_evi_instruments() {
    std::vector<EviInstrument> out;
    for (const auto& id : evi_instruments()) out.push_back(evi_instrument(id));
    return out;
}

EviInstrument load_evi_instrument(const std::string& path) {
    return from_json<EviInstrument>(io::read_file(path), path);
}

std::string evi_instrument_json(const EviInstrument& instrument) { return to_json(instrument); }

std::vector<Finding> check_evi_instrument(const EviInstrument& ins) {
    std::vector<Finding> out;
    auto add = [&](std::string code, std::string path, std::string nl, std::string en) {
        out.push_back(Finding{std::move(code), Severity::Error, std::move(path), std::move(nl), std::move(en), {}, {}});
    };
    std::set<std::string> scale_ids;
    for (std::size_t i = 0; i < ins.scales.size(); ++i) {
        const auto& s = ins.scales[i];
        std::string p = "/scales/" + std::to_string(i);
        if (!scale_ids.insert(s.id).second)
            add("EVI_DEF_DUPLICATE_ID", p + "/id", "Schaal '" + s.id + "' komt twee keer voor.",
                "Scale '" + s.id + "' occurs twice.");
        if (s.min > s.max)
            add("EVI_DEF_BAD_SCALE", p, "Schaal '" + s.id + "': min is groter dan max.",
                "Scale '" + s.id + "': min is greater than max.");
        for (auto d : s.dont_know)
            if (s.substantive(d))
                add("EVI_DEF_BAD_SCALE", p + "/dont_know",
                    "Schaal '" + s.id + "': code " + std::to_string(d) + " voor 'weet niet' ligt binnen de schaal.",
                    "Scale '" + s.id + "': 'don't know' code " + std::to_string(d) + " lies inside the scale.");
    }
    std::string declared_scales;
    for (const auto& s : ins.scales) declared_scales += (declared_scales.empty() ? "" : ", ") + s.id;
    std::set<std::string> pillar_ids;
    for (std::size_t i = 0; i < ins.pillars.size(); ++i) {
        const auto& pl = ins.pillars[i];
        std::string p = "/pillars/" + std::to_string(i);
        if (!pillar_ids.insert(pl.id).second)
            add("EVI_DEF_DUPLICATE_ID", p + "/id", "Pijler '" + pl.id + "' komt twee keer voor.",
                "Pillar '" + pl.id + "' occurs twice.");
        std::set<std::string> item_ids;
        for (std::size_t j = 0; j < pl.items.size(); ++j) {
            const auto& it = pl.items[j];
            std::string ip = p + "/items/" + std::to_string(j);
            if (!item_ids.insert(it.id).second)
                add("EVI_DEF_DUPLICATE_ID", ip + "/id", "Item '" + it.id + "' komt twee keer voor in pijler " + pl.id + ".",
                    "Item '" + it.id + "' occurs twice in pillar " + pl.id + ".");
            if (!scale_ids.count(it.scale))
                add("EVI_DEF_UNKNOWN_SCALE", ip + "/scale",
                    "Item '" + it.id + "' gebruikt onbekende schaal '" + it.scale + "'; gedeclareerd: " + declared_scales + ".",
                    "Item '" + it.id + "' uses unknown scale '" + it.scale + "'; declared: " + declared_scales + ".");
            if (it.label_public != it.label.has_value())
                add("EVI_DEF_LABEL_CLAIM", ip + "/label",
                    "Item '" + it.id + "': label_public en de aanwezigheid van een label spreken elkaar tegen.",
                    "Item '" + it.id + "': label_public and the presence of a label disagree.");
            if (it.kind == EviItemKind::OwnScenario && it.id != "scenario")
                add("EVI_DEF_SCENARIO_CODE", ip + "/id", "Het eigen scenario heeft itemcode 'scenario'.",
                    "The school's own scenario has item code 'scenario'.");
        }
        if (pl.maturity && !pl.item("scenario"))
            add("EVI_DEF_NO_SCENARIO", p, "Pijler '" + pl.id + "' heeft geen item 'scenario'.",
                "Pillar '" + pl.id + "' has no item 'scenario'.");
    }
    if (ins.scoring) {
        const auto& sc = *ins.scoring;
        for (std::size_t t = 1; t < sc.thresholds.size(); ++t) {
            const auto& a = sc.thresholds[t - 1];
            const auto& b = sc.thresholds[t];
            if (a.numerator * b.denominator >= b.numerator * a.denominator)
                add("EVI_DEF_THRESHOLDS", "/scoring/thresholds/" + std::to_string(t),
                    "De drempels van de scoringsregel lopen niet op.", "The scoring thresholds do not ascend.");
        }
        if (sc.rule != "mean_thresholds")
            add("EVI_DEF_UNKNOWN_RULE", "/scoring/rule", "Onbekende scoringsregel '" + sc.rule + "' (bekend: mean_thresholds).",
                "Unknown scoring rule '" + sc.rule + "' (known: mean_thresholds).");
        for (std::size_t k = 0; k < sc.pillars.size(); ++k) {
            const auto* pl = ins.pillar(sc.pillars[k]);
            bool has_statements = pl && std::any_of(pl->items.begin(), pl->items.end(),
                                                    [](const EviItem& i) { return i.kind == EviItemKind::Statement; });
            if (!has_statements)
                add("EVI_DEF_SCORED_WITHOUT_STATEMENTS", "/scoring/pillars/" + std::to_string(k),
                    "De scoringsregel scoort pijler '" + sc.pillars[k] + "', die geen stellingen heeft.",
                    "The scoring rule scores pillar '" + sc.pillars[k] + "', which has no statements.");
        }
    }
    return out;
}

}  // namespace cmkit
