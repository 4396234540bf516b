// Evi: instruments, responses, validation, the regional analysis, dossiers and the synthetic generator.
#include <cmkit/error.hpp>
#include <cmkit/records.hpp>

#include <pybind11/numpy.h>

#include "common.hpp"
#include "progress.hpp"

namespace cmkit::py_bind {

namespace {

std::vector<EviInstrument> or_builtin(const std::optional<std::vector<EviInstrument>>& given) {
    return given ? *given : builtin_evi_instruments();
}

}  // namespace

py::dict response_columns(const py::object& self) {
    const auto& set = self.cast<const EviResponseSet&>();
    const auto& c = set.responses;
    py::dict d;
    auto coded = [&](const char* name, const std::vector<std::uint32_t>& codes, const StringDictionary& dict) {
        d[name] = py::make_tuple(view(codes, self), py::cast(dict.values()));
    };
    coded("school_id", c.school_codes(), c.schools());
    coded("instrument", c.instrument_codes(), c.instruments());
    coded("pillar", c.pillar_codes(), c.pillars());
    coded("item", c.item_codes(), c.items());
    d["wave"] = view(c.waves(), self);
    py::array_t<std::int64_t> value(static_cast<py::ssize_t>(c.size()));
    py::array_t<bool> answered(static_cast<py::ssize_t>(c.size()));
    auto* vp = value.mutable_data();
    auto* ap = answered.mutable_data();
    for (std::size_t i = 0; i < c.size(); ++i) {
        const auto v = c.value(i);
        vp[i] = v ? *v : 0;
        ap[i] = v.has_value();
    }
    d["value"] = value;
    d["answered"] = answered;
    d["line"] = view(c.lines(), self);
    return d;
}

void register_evi(py::module_& m) {
    auto path_str = [](const py::object& p) { return py::cast<std::string>(py::str(p)); };
    using Instruments = std::optional<std::vector<EviInstrument>>;
    using Schools = std::optional<SchoolRegistry>;

    py::class_<EviResponseSet> set_cls = py::reinterpret_borrow<py::class_<EviResponseSet>>(m.attr("EviResponseSet"));
    set_cls.def("columns", &response_columns,
                "The answers as columns without a Python object per answer: a dict with 'school_id', 'instrument', "
                "'pillar' and 'item' as (codes: uint32 array, dictionary: list of str), 'wave' (int16), 'value' "
                "(int64; 0 where not answered), 'answered' (bool) and 'line' (uint32; 0 when not read from CSV). "
                "The arrays share the set's memory and are read-only.");
    set_cls.def("__len__", [](const EviResponseSet& s) { return s.responses.size(); }, "The number of answers.");
    set_cls.def_property_readonly("source", [](const EviResponseSet& s) { return s.source; }, "The file the set was read from.");
    set_cls.def_property_readonly("sha256", [](const EviResponseSet& s) { return s.sha256; }, "SHA-256 of the bytes read.");
    m.def("evi_instruments", &evi_instruments, "The ids of the built-in Evi instrument definitions.");
    m.def("evi_instrument", &evi_instrument, py::arg("id"), "A built-in Evi instrument definition by id.");
    m.def("builtin_evi_instruments", &builtin_evi_instruments, "Every built-in Evi instrument definition.");
    m.def("load_evi_instrument", [path_str](const py::object& p) { return load_evi_instrument(path_str(p)); }, py::arg("path"),
          "Read an instrument definition (EviInstrument JSON), e.g. a region's own questions.");
    m.def("check_evi_instrument", &check_evi_instrument, py::arg("instrument"),
          "Check an instrument definition; returns Findings (codes EVI_DEF_*).");

    m.def("evi_responses_from_csv", &evi_responses_from_csv, py::arg("text"), py::arg("source") = "<string>",
          py::call_guard<py::gil_scoped_release>(),
          "Read Evi answers from CSV text with the columns school_id,wave,instrument,pillar,item,value.");
    m.def("evi_responses_to_csv", &evi_responses_to_csv, py::arg("responses"), py::call_guard<py::gil_scoped_release>(),
          "Write Evi answers as CSV.");
    m.def("evi_responses_from_json", &evi_responses_from_json, py::arg("text"), py::arg("source") = "<string>",
          py::call_guard<py::gil_scoped_release>(), "Read Evi answers from EviResponseSet JSON.");
    m.def(
        "load_evi_responses",
        [path_str](const py::object& p) {
            std::string path = path_str(p);
            py::gil_scoped_release release;
            return load_evi_responses(path);
        },
        py::arg("path"), "Read Evi answers from a .csv file or EviResponseSet JSON.");
    m.def(
        "validate_evi_responses",
        [](const EviResponseSet& set, const Instruments& instruments, const Schools& schools, std::optional<int> first_wave,
           std::optional<int> last_wave) {
            EviValidationOptions o;
            o.first_wave = first_wave;
            o.last_wave = last_wave;
            auto ins = or_builtin(instruments);
            py::gil_scoped_release release;
            return validate_evi_responses(set, ins, schools ? &*schools : nullptr, o);
        },
        py::arg("responses"), py::arg("instruments") = py::none(), py::arg("schools") = py::none(),
        py::arg("first_wave") = py::none(), py::arg("last_wave") = py::none(),
        "Check answers against the instruments (built-in ones when None) and the schools file; returns Findings.");
    m.def(
        "evi_scores",
        [](const EviResponseSet& set, const Instruments& instruments, const Schools& schools) {
            auto ins = or_builtin(instruments);
            py::gil_scoped_release release;
            return evi_scores(set, ins, schools ? &*schools : nullptr);
        },
        py::arg("responses"), py::arg("instruments") = py::none(), py::arg("schools") = py::none(),
        "Own and derived scenario, ambition and satisfaction per school, wave and pillar (usable answers only).");
    m.def(
        "evi_analyse",
        [](const EviResponseSet& set, const Instruments& instruments, const Schools& schools, std::int64_t k, std::int64_t seed,
           std::int64_t replicates, std::int64_t confidence_percent, std::vector<int> waves, std::optional<int> first_wave,
           std::optional<int> last_wave, const PyProgress& progress) {
            EviAnalysisOptions o;
            o.k = k;
            o.seed = seed;
            o.replicates = replicates;
            o.confidence_percent = confidence_percent;
            o.waves = std::move(waves);
            o.first_wave = first_wave;
            o.last_wave = last_wave;
            auto ins = or_builtin(instruments);
            return with_progress(progress, [&](const ProgressCallback& cb) {
                return evi_analyse(set, ins, schools ? &*schools : nullptr, o, cb);
            });
        },
        py::arg("responses"), py::arg("instruments") = py::none(), py::arg("schools") = py::none(), py::arg("k") = 5,
        py::arg("seed") = EviAnalysisOptions{}.seed, py::arg("replicates") = 2000, py::arg("confidence_percent") = 95,
        py::arg("waves") = std::vector<int>{}, py::arg("first_wave") = py::none(), py::arg("last_wave") = py::none(),
        py::kw_only(), py::arg("progress") = py::none(),
        "The regional Evi analysis: response, distributions, agreement, transitions, paired change, consistency, "
        "Cronbach's alpha, bootstrap intervals, item and ambition summaries, with disclosure control (k) and a manifest.\n"
        "progress(done, total, stage) is called at stage boundaries (at most about every 20 ms); returning False "
        "cancels (cmkit.Cancelled), an exception it raises stops the analysis and is raised; Ctrl-C stops it "
        "(KeyboardInterrupt) with or without a callback.");
    m.def("evi_table", &evi_table, py::arg("analysis"), py::arg("name"), py::call_guard<py::gil_scoped_release>(),
          "Table `name` of an analysis as a cmkit.Table (typed columns; the source of its CSV, JSON and DataFrame).");
    m.def("evi_table_names", &evi_table_names, "The names of the analysis tables, in output order.");
    m.def("evi_table_columns", &evi_table_columns, py::arg("name"), py::arg("csv") = true,
          "The columns of an analysis table in order (csv=True: those of its CSV form, without `suppression`).");
    m.def("evi_table_csv", &evi_table_csv, py::arg("analysis"), py::arg("name"), py::call_guard<py::gil_scoped_release>(),
          "One table of an analysis as CSV text (byte-stable).");
    m.def("evi_output_files", &evi_output_files, py::arg("analysis"), py::call_guard<py::gil_scoped_release>(),
          "The files of `cmkit evi analyse -o DIR` as (name, text) pairs: analysis.json, manifest.json, one CSV per table.");
    m.def("write_evi_outputs", &write_evi_outputs, py::arg("analysis"), py::arg("directory"), py::call_guard<py::gil_scoped_release>(),
          "Writes the files of evi_output_files into a directory, all or nothing (as write_output_directory), "
          "without passing their texts through Python; returns the file names.");
    m.def(
        "evi_dossier",
        [](const EviResponseSet& set, const std::string& school_id, const Instruments& instruments, const Schools& schools) {
            auto ins = or_builtin(instruments);
            py::gil_scoped_release release;
            return evi_dossier(set, ins, school_id, schools ? &*schools : nullptr);
        },
        py::arg("responses"), py::arg("school_id"), py::arg("instruments") = py::none(), py::arg("schools") = py::none(),
        "One school's dossier: scenarios per pillar per wave, change, agreement, ambition gap and consistency.");
    m.def(
        "evi_synthetic",
        [](std::int64_t schools, std::vector<int> waves, std::int64_t seed, std::int64_t municipalities,
           std::optional<std::string> region, std::int64_t vo_percent, std::int64_t response_percent,
           const PyProgress& progress) {
            EviSynthOptions o;
            o.schools = schools;
            o.waves = std::move(waves);
            o.seed = seed;
            o.municipalities = municipalities;
            o.region = std::move(region);
            o.vo_percent = vo_percent;
            o.response_percent = response_percent;
            return with_progress(progress, [&](const ProgressCallback& cb) { return evi_synthetic(o, cb); });
        },
        py::arg("schools") = 40, py::arg("waves") = std::vector<int>{2023, 2025}, py::arg("seed") = 1,
        py::arg("municipalities") = 0, py::arg("region") = py::none(), py::arg("vo_percent") = 8,
        py::arg("response_percent") = 85, py::kw_only(), py::arg("progress") = py::none(),
        "SYNTHETIC (made-up) Evi waves and schools file, the same for the same arguments on every platform.\n"
        "progress(done, total, stage): as for evi_analyse.");
    m.def("evi_demo_amstelland", &evi_demo_amstelland,
          "The shipped SYNTHETIC Amstelland Evi waves 2023 and 2025 and their schools file (demo data).");
}

}  // namespace cmkit::py_bind
