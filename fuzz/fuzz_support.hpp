#pragma once
/// @file fuzz/fuzz_support.hpp
/// Shared by the libFuzzer targets (fuzz/fuzz_*.cpp) and their replay executables (fuzz/replay_main.cpp).
///
/// The contract every target checks: a loader given arbitrary bytes either returns a value or throws a
/// cmkit::Error. Any other exception escaping LLVMFuzzerTestOneInput (std::terminate), a crash, a
/// sanitizer report, or a broken invariant checked here (fail(): abort with a message) is a finding.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "cmkit/error.hpp"
#include "cmkit/io/json.hpp"
#include "cmkit/plan.hpp"
#include "cmkit/reference.hpp"

namespace cmkit_fuzz {

/// The source name the loaders get, so that error messages take the same path as with a real file.
inline const std::string source = "fuzz-input";

/// The fuzzer's bytes as text (the loaders take any bytes; checking the encoding is their job).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// A broken invariant: print what and abort, so that libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char* target, const std::string& what) {
    std::fprintf(stderr, "cmkit fuzz target '%s': %s\n", target, what.c_str());
    std::fflush(stderr);
    std::abort();
}

/// The built-in Amstelland plan, loaded once: the context for the follow-up checks of the targets whose
/// records are checked against a plan.
inline const cmkit::Plan& reference() {
    static const cmkit::Plan plan = cmkit::reference_plan("amstelland-2025-2028");
    return plan;
}

/// Runs @p f and swallows a cmkit::Error (a follow-up may refuse a record it cannot work with, e.g.
/// money overflow while summing); anything else escapes and is a finding.
template <class F>
void tolerate_error(F&& f) {
    try {
        f();
    } catch (const cmkit::Error&) {
    }
}

/// The documented promise of the JSON formats: canonical output loads again, and dump -> load -> dump
/// gives the same bytes. @p dump and @p load are the format's writer and reader.
template <class T, class Dump, class Load>
void check_round_trip(const char* target, const T& value, Dump dump, Load load) {
    std::string first;
    try {
        first = dump(value);
    } catch (const cmkit::Error& e) {
        fail(target, std::string("a loaded value cannot be written: ") + e.what());
    }
    std::optional<T> again;
    try {
        again.emplace(load(first));
    } catch (const cmkit::Error& e) {
        fail(target, std::string("canonical output does not load again: ") + e.what());
    }
    if (dump(*again) != first) fail(target, "dump -> load -> dump does not give the same bytes");
}

/// check_round_trip for a record with the generic to_json / from_json.
template <cmkit::Record T>
void check_record_round_trip(const char* target, const T& value) {
    check_round_trip(target, value, [](const T& v) { return cmkit::to_json(v); },
                     [](const std::string& text) { return cmkit::from_json<T>(text, "round trip"); });
}

}  // namespace cmkit_fuzz
