#pragma once
// Private: shared by the Evi validation, analysis and dossier.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cmkit/evi/responses.hpp"

namespace cmkit::detail {

/// Every (pillar id, item id) pair of the instruments, numbered: a dense index for duplicate answers and
/// for the values of one school-wave.
class SlotMap {
public:
    SlotMap() = default;
    explicit SlotMap(const std::vector<EviInstrument>& instruments);
    /// The slot of a pair, or -1.
    std::int32_t slot(const std::string& pillar, const std::string& item) const;
    std::size_t size() const noexcept { return pairs_.size(); }
    const std::pair<std::string, std::string>& pair(std::size_t s) const { return pairs_[s]; }

private:
    std::vector<std::pair<std::string, std::string>> pairs_;
    std::unordered_map<std::string, std::int32_t> index_;
};

/// The validated answers, indexed: what the analysis and the dossier build on.
struct Validated {
    std::vector<Finding> findings;            ///< in the order met (sort with sorted_findings)
    std::vector<std::uint8_t> excluded;       ///< per row: left out of the analysis
    std::vector<std::uint8_t> usable;         ///< per row: counts (not excluded)
    std::vector<std::int32_t> row_slot;       ///< per row: its (pillar, item) slot, -1 when not defined
    std::vector<std::uint32_t> sw_of_row;     ///< per row: its school-wave
    std::vector<std::uint32_t> sw_school;     ///< per school-wave: the school's code
    std::vector<std::int16_t> sw_wave;        ///< per school-wave: the wave
    std::vector<std::int32_t> sw_instrument;  ///< per school-wave: index of the instrument of its usable rows, -1 none
    std::vector<std::uint32_t> order;         ///< rows grouped by school-wave, in file order within each
    std::vector<std::uint32_t> sw_start;      ///< school-wave s has order[sw_start[s] .. sw_start[s + 1])
    std::vector<std::int32_t> school_registry;  ///< per school code: index in the schools file (first BRIN match), -1
    SlotMap slots;
};

/// Validates like validate_evi_responses (docs/evi-analysis.md §2) and indexes the answers.
Validated validate_columns(const EviResponseSet& set, const std::vector<EviInstrument>& instruments, const SchoolRegistry* schools,
                           const EviValidationOptions& options);

}  // namespace cmkit::detail
