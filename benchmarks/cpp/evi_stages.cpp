// Micro-benchmarks of the Evi engine, one benchmark per stage, on a synthetic national data set.
//
//     make bench                                      # builds build/bench and runs this
//     build/bench/benchmarks/cpp/cmkit_bench [--benchmark_filter=Analyse] [--benchmark_min_time=0.5]
//     CMKIT_BENCH_SCHOOLS=20000 build/bench/benchmarks/cpp/cmkit_bench
//
// The data set is made once, before the first benchmark runs, with the public API only:
// evi_synthetic() with CMKIT_BENCH_SCHOOLS schools (default 7,500: all Dutch primary and secondary
// schools), waves 2023, 2025 and 2027, seed 1. Its answers are written to CSV and read back, as a real
// input would be; every stage after parsing works on that parsed set (source, digest and line numbers
// included) with the synthetic schools file.
//
// Stages (the time is per call of the stage on the whole set):
//   BM_Synthetic       the seeded generator
//   BM_WriteCsv        evi_responses_to_csv
//   BM_ParseCsv        evi_responses_from_csv (bytes/s and answer rows/s)
//   BM_Validate        validate_evi_responses against the built-in instruments and the schools file
//   BM_Scores          evi_scores: one row per school, wave and maturity pillar
//   BM_Analyse/R       evi_analyse with k = 5 and R bootstrap replicates; R = 1000 and R = 1, so the
//                      difference is (nearly all) the bootstrap's share
//   BM_SuppressLinked  evi::suppress_linked on one wave x pillar: the overall scenario distribution and
//                      its breakdowns by municipality, sector and track, as the analysis builds them
//
// Counters: "rows" is answer rows (one CSV line each) per second of CPU time; other counters are plain
// numbers describing the input or the result.

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <cmkit/cmkit.hpp>

namespace {

// ---- the data set --------------------------------------------------------------------------------

/// Number of schools: CMKIT_BENCH_SCHOOLS, default 7,500 (evi_synthetic accepts 1 .. 20,000).
std::int64_t bench_schools() {
    const char* text = std::getenv("CMKIT_BENCH_SCHOOLS");
    if (text == nullptr || *text == '\0') return 7500;
    char* end = nullptr;
    const long long n = std::strtoll(text, &end, 10);
    if (*end != '\0' || n < 1)
        throw std::invalid_argument(std::string("CMKIT_BENCH_SCHOOLS must be a positive integer, got '") + text + "'");
    return n;
}

cmkit::EviSynthOptions synth_options() {
    cmkit::EviSynthOptions o;
    o.schools = bench_schools();
    o.waves = {2023, 2025, 2027};
    o.seed = 1;
    return o;
}

/// The wave and pillar of BM_SuppressLinked (the middle wave; visie is the first pillar of every instrument).
constexpr int kLinkedWave = 2025;
constexpr const char* kLinkedPillar = "visie";
constexpr std::int64_t kScenarios = 4;  // own scenarios 1 .. 4
constexpr std::int64_t kMinCell = 5;    // k of the disclosure control, as in the analysis

/// The input of evi::suppress_linked for one wave x pillar, built from evi_scores output the way
/// evi_analyse builds its distribution tables: the count of schools per own scenario 1..4 overall, and
/// per municipality, sector and track (rows in name order; groups without a school with a scenario for
/// this wave and pillar are not rows).
struct LinkedTables {
    std::vector<std::int64_t> overall;
    std::vector<cmkit::evi::CountTable> breakdowns;  // municipality, sector, track
};

LinkedTables linked_tables(const std::vector<cmkit::EviScore>& scores, int wave, const std::string& pillar) {
    using Counts = std::array<std::int64_t, kScenarios>;
    LinkedTables t;
    t.overall.assign(kScenarios, 0);
    std::array<std::map<std::string, Counts>, 3> groups;
    for (const auto& s : scores) {
        if (s.wave != wave || s.pillar != pillar || !s.own_scenario) continue;
        const std::int64_t scenario = *s.own_scenario;
        if (scenario < 1 || scenario > kScenarios) continue;
        const auto c = static_cast<std::size_t>(scenario - 1);
        ++t.overall[c];
        ++groups[0][s.municipality][c];  // value-initialised to zeros on first use
        ++groups[1][s.sector][c];
        ++groups[2][s.track][c];
    }
    for (const auto& by : groups) {
        cmkit::evi::CountTable table;
        for (const auto& [name, counts] : by) table.cells.emplace_back(counts.begin(), counts.end());
        t.breakdowns.push_back(std::move(table));
    }
    return t;
}

/// Everything the benchmarks read, made once.
struct Dataset {
    cmkit::EviSynthOptions options;
    cmkit::EviSyntheticData synthetic;           // the generator's output (schools file and answers)
    std::vector<cmkit::EviInstrument> instruments;
    std::string csv;                             // the answers as CSV
    cmkit::EviResponseSet responses;             // ... read back: the input of every later stage
    std::vector<cmkit::EviScore> scores;
    LinkedTables linked;

    std::int64_t rows() const { return static_cast<std::int64_t>(responses.responses.size()); }
    const cmkit::SchoolRegistry* schools() const { return &synthetic.schools; }
};

Dataset make_dataset() {
    Dataset d;
    d.options = synth_options();
    d.synthetic = cmkit::evi_synthetic(d.options);
    d.instruments = cmkit::builtin_evi_instruments();
    d.csv = cmkit::evi_responses_to_csv(d.synthetic.responses);
    d.responses = cmkit::evi_responses_from_csv(d.csv, "synthetic-responses.csv");
    d.scores = cmkit::evi_scores(d.responses, d.instruments, d.schools());
    d.linked = linked_tables(d.scores, kLinkedWave, kLinkedPillar);
    std::int64_t linked_total = 0;
    for (auto n : d.linked.overall) linked_total += n;
    if (linked_total == 0)
        throw std::runtime_error(std::string("no own scenarios for ") + kLinkedPillar + " in " + std::to_string(kLinkedWave));
    return d;
}

const Dataset& dataset() {
    static const Dataset d = make_dataset();
    return d;
}

/// Answer rows per second of CPU time (the value is per iteration; the library multiplies and divides).
benchmark::Counter rows_per_second(std::int64_t rows) {
    return benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}

// ---- the stages ------------------------------------------------------------------------------------

void BM_Synthetic(benchmark::State& state) {
    const Dataset& d = dataset();
    for (auto _ : state) {
        auto data = cmkit::evi_synthetic(d.options);
        benchmark::DoNotOptimize(data);
    }
    state.counters["rows"] = rows_per_second(d.rows());
    state.counters["schools"] = static_cast<double>(d.options.schools);
}
BENCHMARK(BM_Synthetic)->Unit(benchmark::kMillisecond);

void BM_WriteCsv(benchmark::State& state) {
    const Dataset& d = dataset();
    for (auto _ : state) {
        auto text = cmkit::evi_responses_to_csv(d.responses);
        benchmark::DoNotOptimize(text);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(d.csv.size()));
    state.counters["rows"] = rows_per_second(d.rows());
}
BENCHMARK(BM_WriteCsv)->Unit(benchmark::kMillisecond);

void BM_ParseCsv(benchmark::State& state) {
    const Dataset& d = dataset();
    for (auto _ : state) {
        auto set = cmkit::evi_responses_from_csv(d.csv, "synthetic-responses.csv");
        benchmark::DoNotOptimize(set);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(d.csv.size()));
    state.counters["rows"] = rows_per_second(d.rows());
}
BENCHMARK(BM_ParseCsv)->Unit(benchmark::kMillisecond);

void BM_Validate(benchmark::State& state) {
    const Dataset& d = dataset();
    std::size_t findings = 0;
    for (auto _ : state) {
        auto f = cmkit::validate_evi_responses(d.responses, d.instruments, d.schools(), {});
        findings = f.size();
        benchmark::DoNotOptimize(f);
    }
    state.counters["rows"] = rows_per_second(d.rows());
    state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond);

void BM_Scores(benchmark::State& state) {
    const Dataset& d = dataset();
    for (auto _ : state) {
        auto s = cmkit::evi_scores(d.responses, d.instruments, d.schools());
        benchmark::DoNotOptimize(s);
    }
    state.counters["rows"] = rows_per_second(d.rows());
    state.counters["scores"] = static_cast<double>(d.scores.size());
}
BENCHMARK(BM_Scores)->Unit(benchmark::kMillisecond);

void BM_Analyse(benchmark::State& state) {
    const Dataset& d = dataset();
    cmkit::EviAnalysisOptions options;
    options.k = kMinCell;
    options.replicates = state.range(0);
    std::size_t distribution = 0;
    for (auto _ : state) {
        auto a = cmkit::evi_analyse(d.responses, d.instruments, d.schools(), options);
        distribution = a.distribution.size();
        benchmark::DoNotOptimize(a);
    }
    state.counters["rows"] = rows_per_second(d.rows());
    state.counters["distribution"] = static_cast<double>(distribution);  // rows of the distribution table
}
BENCHMARK(BM_Analyse)->ArgName("R")->Arg(1000)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_SuppressLinked(benchmark::State& state) {
    const Dataset& d = dataset();
    for (auto _ : state) {
        auto r = cmkit::evi::suppress_linked(d.linked.overall, d.linked.breakdowns, kMinCell);
        benchmark::DoNotOptimize(r);
    }
    // describe the result once, outside the timed loop
    const auto r = cmkit::evi::suppress_linked(d.linked.overall, d.linked.breakdowns, kMinCell);
    std::size_t groups = 0, suppressed = 0;
    for (auto s : r.overall) suppressed += s != cmkit::evi::CellStatus::Published;
    for (const auto& p : r.breakdowns) {
        groups += p.cells.size();
        for (const auto& row : p.cells)
            for (auto s : row) suppressed += s != cmkit::evi::CellStatus::Published;
    }
    state.counters["groups"] = static_cast<double>(groups);          // rows of the three breakdowns
    state.counters["suppressed"] = static_cast<double>(suppressed);  // values not published (overall + cells)
}
BENCHMARK(BM_SuppressLinked)->Unit(benchmark::kMicrosecond);

}  // namespace

// main() of its own, so that the data set is made (and described in the context block of the output)
// before any benchmark runs, and a bad CMKIT_BENCH_SCHOOLS is a clear error instead of an exception.
int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    try {
        const Dataset& d = dataset();
        std::size_t groups = 0;
        for (const auto& t : d.linked.breakdowns) groups += t.cells.size();
        benchmark::AddCustomContext("cmkit", CMKIT_VERSION_STRING);
        benchmark::AddCustomContext("evi.schools", std::to_string(d.options.schools));
        benchmark::AddCustomContext("evi.waves", "2023,2025,2027 (seed 1)");
        benchmark::AddCustomContext("evi.answer_rows", std::to_string(d.rows()));
        benchmark::AddCustomContext("evi.csv_bytes", std::to_string(d.csv.size()));
        benchmark::AddCustomContext("evi.scores", std::to_string(d.scores.size()));
        benchmark::AddCustomContext("evi.linked", std::string(kLinkedPillar) + " " + std::to_string(kLinkedWave) + ", " +
                                                      std::to_string(groups) + " breakdown rows");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cmkit_bench: cannot make the data set: %s\n", e.what());
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
