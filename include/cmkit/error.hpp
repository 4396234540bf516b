#pragma once
/// @file error.hpp
/// The cmkit exception hierarchy.
///
/// Input that cannot be understood (bad JSON, a wrong type, an unknown schema) throws one of these.
/// Input that is understood but breaks a rule of the regulation or the plan is *not* an exception:
/// it is a Finding in a returned list (see later areas: budget rules, trajectories).
///
/// | C++                      | Python                                                |
/// |--------------------------|-------------------------------------------------------|
/// | cmkit::Error             | cmkit.Error (Exception)                               |
/// | cmkit::FormatError       | cmkit.FormatError (cmkit.Error, ValueError)           |
/// | cmkit::SchemaVersionError| cmkit.SchemaVersionError (cmkit.FormatError)          |
/// | cmkit::NotFoundError     | cmkit.NotFoundError (cmkit.Error, KeyError)           |
/// | cmkit::FileError        | cmkit.FileError (cmkit.Error, OSError)                |
/// | cmkit::OverflowError     | cmkit.OverflowError (cmkit.Error, OverflowError)      |
/// | cmkit::InvalidArgument   | cmkit.InvalidArgumentError (cmkit.Error, ValueError)  |
/// | cmkit::Cancelled         | cmkit.Cancelled (cmkit.Error); KeyboardInterrupt when |
/// |                          | Ctrl-C stopped the call (progress_report.hpp)         |

#include <stdexcept>
#include <string>

namespace cmkit {

/// Base of every exception cmkit throws on purpose.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// Input that cannot be understood: malformed JSON, a value of the wrong type or form, a missing
/// required field. Carries where (file, JSON pointer or line), what was found and what was expected.
class FormatError : public Error {
public:
    /// @param file     the file name, or empty when the input did not come from a file
    /// @param location a JSON pointer ("/budget/income/0/amounts/2025"), a line ("line 3"), or empty
    /// @param found    a short rendering of the offending value
    /// @param expected what would have been accepted
    FormatError(std::string file, std::string location, std::string found, std::string expected);

    /// A format error about free text (Money::parse, Date::parse) that has no file or location.
    static FormatError text(const std::string& found, const std::string& expected) {
        return FormatError("", "", found, expected);
    }

    const std::string& file() const noexcept { return file_; }
    const std::string& location() const noexcept { return location_; }
    const std::string& found() const noexcept { return found_; }
    const std::string& expected() const noexcept { return expected_; }

protected:
    FormatError(std::string file, std::string location, std::string found, std::string expected,
                std::string message);

private:
    std::string file_, location_, found_, expected_;
};

/// A serialised object whose schema name is unknown, or whose version is newer than this library
/// knows or older than any upgrade step it has.
class SchemaVersionError : public FormatError {
public:
    SchemaVersionError(std::string file, std::string location, std::string found, std::string expected);
};

/// A name that was looked up and does not exist (a reference plan, an id).
class NotFoundError : public Error {
public:
    NotFoundError(std::string what, std::string name, std::string known);
    const std::string& name() const noexcept { return name_; }

private:
    std::string name_;
};

/// A file that cannot be opened, read or written.
class FileError : public Error {
public:
    FileError(std::string path, std::string reason)
        : Error(path + ": " + reason), path_(std::move(path)) {}
    const std::string& path() const noexcept { return path_; }

private:
    std::string path_;
};

/// An arithmetic result that does not fit (money beyond 64-bit cents).
class OverflowError : public Error {
public:
    using Error::Error;
};

/// An argument that a function cannot work with (allocation over weights that sum to zero, ...).
class InvalidArgument : public Error {
public:
    using Error::Error;
};

/// A change to the actuals of a year that has been locked after it was reported.
class LockedYearError : public Error {
public:
    explicit LockedYearError(int year)
        : Error("the actuals of " + std::to_string(year) + " are locked (reported); they cannot be changed"),
          year_(year) {}
    int year() const noexcept { return year_; }

private:
    int year_;
};

/// A long call (evi_analyse, evi_synthetic, rollup, synthetic_plans) stopped because its progress callback
/// returned false (progress_report.hpp). Nothing of the call's result is kept: the call returns nothing.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
    using Error::Error;
};

}  // namespace cmkit
