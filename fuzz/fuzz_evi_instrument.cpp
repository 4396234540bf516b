// libFuzzer target: an Evi instrument definition (from_json<EviInstrument>, as load_evi_instrument reads
// a file), then check_evi_instrument, its canonical text (evi_instrument_json) and the JSON round trip.
#include "fuzz_support.hpp"

#include "cmkit/evi/instrument.hpp"
#include "cmkit/finding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::optional<cmkit::EviInstrument> instrument;
    try {
        instrument.emplace(cmkit::from_json<cmkit::EviInstrument>(cmkit_fuzz::as_text(data, size), cmkit_fuzz::source));
    } catch (const cmkit::Error&) {
        return 0;
    }
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::check_evi_instrument(*instrument); });
    cmkit_fuzz::tolerate_error([&] { (void)cmkit::evi_instrument_json(*instrument); });
    cmkit_fuzz::check_record_round_trip("evi_instrument", *instrument);
    return 0;
}
