#pragma once
/// @file io/output.hpp
/// Writing outputs so that nothing is half-written.
///
/// A multi-file output (an analysis directory, a synthetic data set) is written into a new temporary
/// directory beside the target and only then put in the target's place, in one step (Linux
/// `renameat2(RENAME_EXCHANGE)`, else two renames). A reader sees the old set or the new set, never a mix;
/// a failure (a full disk, a file that cannot be written) leaves the previous output as it was and
/// throws FileError. Every file is created new with `O_EXCL | O_NOFOLLOW` inside the temporary
/// directory, so a symbolic link in the target directory is never followed: it is replaced with the rest.
///
/// Because the target directory is replaced as a whole, it must be new, empty, or an earlier output of
/// cmkit (it holds the marker file `.cmkit-output`); a directory with other files is refused, so that
/// `-o ~/Documents` cannot delete anything. A single-file output is written to a temporary file in the
/// same directory, flushed to disk (fsync) and renamed over the target.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cmkit {

/// The name of the marker file in every directory write_output_directory() makes.
inline constexpr const char* kOutputMarker = ".cmkit-output";

/// Writes @p files (name, bytes) as the directory @p directory, replacing an earlier cmkit output there.
/// Names are plain file names (no '/', not "." or "..", not the marker, each once). Throws FileError
/// naming the path and the reason; on error the previous content of @p directory is unchanged.
void write_output_directory(const std::string& directory, const std::vector<std::pair<std::string, std::string>>& files);

/// Writes @p bytes as the file @p path: temporary file beside it, fsync, rename. A symbolic link at
/// @p path is replaced, not followed; a directory at @p path is refused. Throws FileError.
void write_output_file(const std::string& path, const std::string& bytes);

/// Spreadsheet-safe CSV (on by default): every CSV cmkit writes puts a "'" in front of a text cell that
/// begins with '=', '+', '-', '@', a tab or a carriage return (or with "'" followed by one of those), so
/// that Excel and LibreOffice show it as text instead of running it as a formula. Numbers are never
/// changed. cmkit's CSV readers take the "'" off again, so a file cmkit wrote reads back unchanged. Turn
/// it off for machine use (the CLI's `--raw-csv`, or CMKIT_RAW_CSV=1 in the environment). Process-wide.
void set_spreadsheet_safe_csv(bool on) noexcept;
/// Whether spreadsheet-safe CSV is on (see set_spreadsheet_safe_csv).
bool spreadsheet_safe_csv() noexcept;
/// A text cell as cmkit writes it in CSV under the rule above (for a consumer writing its own CSV).
std::string csv_text_cell(std::string_view text);

}  // namespace cmkit
