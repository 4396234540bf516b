#include "cmkit/io/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <string_view>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

#include "cmkit/error.hpp"
#include "cmkit/version.hpp"

namespace cmkit {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw FileError(path, what + " (" + std::strerror(err) + ")");
}

/// Writes all of @p bytes to @p fd; returns 0 or the errno of the failing write.
int write_all(int fd, const std::string& bytes) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

void fsync_directory(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // best effort: the data itself is already on disk
    ::fsync(fd);
    ::close(fd);
}

/// Creates @p path new (never through a symbolic link), writes, fsyncs and closes it.
void write_new_file(const std::string& path, const std::string& bytes, mode_t mode) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) fail(path, "cannot create the file", errno);
    int err = write_all(fd, bytes);
    if (!err && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && !err) err = errno;
    if (err) fail(path, "cannot write the file", err);
}

void remove_tree(const std::string& path) {
    std::error_code ec;
    fs::remove_all(path, ec);  // does not follow symbolic links
}

struct Split {
    std::string parent, name;
};
Split split(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return {".", path};
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

/// A new temporary path beside @p target: "<parent>/.<name>.<tag>-XXXXXX" made by mkdtemp or mkstemp.
std::string temp_template(const Split& s, const char* tag) {
    return (s.parent == "/" ? "" : s.parent) + "/." + s.name + "." + tag + "-XXXXXX";
}

mode_t current_umask() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

std::atomic<int>& safe_csv_flag() {
    static std::atomic<int> flag{[] {
        const char* raw = std::getenv("CMKIT_RAW_CSV");
        return raw && *raw && std::string_view(raw) != "0" ? 0 : 1;
    }()};
    return flag;
}

}  // namespace

void set_spreadsheet_safe_csv(bool on) noexcept { safe_csv_flag().store(on ? 1 : 0); }
bool spreadsheet_safe_csv() noexcept { return safe_csv_flag().load() != 0; }

void write_output_directory(const std::string& directory, const std::vector<std::pair<std::string, std::string>>& files) {
    if (directory.empty()) throw FileError(directory, "no output directory given");
    std::set<std::string> names;
    for (const auto& [name, bytes] : files) {
        if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos ||
            name.find('\0') != std::string::npos || name == kOutputMarker)
            throw FileError(directory + "/" + name, "not a plain file name for an output file");
        if (!names.insert(name).second) throw FileError(directory + "/" + name, "the same output file name twice");
    }
    const Split where = split(directory);
    if (where.name.empty() || where.name == "." || where.name == "..")
        throw FileError(directory, "not a directory cmkit can replace; name a new or earlier output directory, e.g. out/");
    const std::string target = (where.parent == "/" ? "" : where.parent) + "/" + where.name;
    {
        std::error_code ec;
        fs::create_directories(where.parent, ec);
        if (ec) fail(where.parent, "cannot create the directory", ec.value());
    }
    struct stat st {};
    bool exists = false;
    if (::lstat(target.c_str(), &st) == 0) {
        exists = true;
        if (S_ISLNK(st.st_mode))
            throw FileError(directory, "is a symbolic link; give the directory it points to (cmkit replaces the output directory as a whole)");
        if (!S_ISDIR(st.st_mode)) throw FileError(directory, "exists and is not a directory");
        std::error_code ec;
        std::vector<std::string> foreign;
        bool marker = false, any = false;
        for (const auto& e : fs::directory_iterator(target, ec)) {
            any = true;
            const std::string n = e.path().filename().string();
            if (n == kOutputMarker) marker = true;
            else if (foreign.size() < 3) foreign.push_back(n);
        }
        if (ec) fail(directory, "cannot read the directory", ec.value());
        if (any && !marker) {
            std::string list;
            for (const auto& n : foreign) list += (list.empty() ? "" : ", ") + n;
            throw FileError(directory, "holds files cmkit did not write (" + list +
                                           "); the output replaces the whole directory, so give a new or empty one");
        }
    } else if (errno != ENOENT) {
        fail(directory, "cannot inspect the output directory", errno);
    }
    if (::access(where.parent.c_str(), W_OK) != 0) fail(where.parent, "cannot write in the directory", errno);

    std::string temp = temp_template(where, "tmp");
    if (!::mkdtemp(temp.data())) fail(where.parent, "cannot create a temporary directory", errno);
    try {
        const mode_t mask = current_umask();
        ::chmod(temp.c_str(), static_cast<mode_t>(0777 & ~mask));  // mkdtemp makes it 0700
        const mode_t mode = static_cast<mode_t>(0666 & ~mask);
        std::string marker = "written by cmkit " CMKIT_VERSION_STRING "; this directory is replaced as a whole on the next write\n";
        for (const auto& [name, bytes] : files) {
            write_new_file(temp + "/" + name, bytes, mode);
            marker += name + "\n";
        }
        write_new_file(temp + "/" + kOutputMarker, marker, mode);
        fsync_directory(temp);
    } catch (...) {
        remove_tree(temp);
        throw;
    }
    if (exists) {
        // swap the two directories in one step; the old one is then at `temp` and is removed
        if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
            remove_tree(temp);
            fsync_directory(where.parent);
            return;
        }
        if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
            const int err = errno;
            remove_tree(temp);
            fail(directory, "cannot put the new output in place", err);
        }
        std::string old = temp_template(where, "old");  // a file system without RENAME_EXCHANGE: two renames
        if (!::mkdtemp(old.data())) {
            const int err = errno;
            remove_tree(temp);
            fail(where.parent, "cannot create a temporary directory", err);
        }
        ::rmdir(old.c_str());
        if (::rename(target.c_str(), old.c_str()) != 0) {
            const int err = errno;
            remove_tree(temp);
            fail(directory, "cannot move the earlier output aside", err);
        }
        if (::rename(temp.c_str(), target.c_str()) != 0) {
            const int err = errno;
            ::rename(old.c_str(), target.c_str());
            remove_tree(temp);
            fail(directory, "cannot put the new output in place", err);
        }
        remove_tree(old);
    } else if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        remove_tree(temp);
        fail(directory, "cannot put the new output in place", err);
    }
    fsync_directory(where.parent);
}

void write_output_file(const std::string& path, const std::string& bytes) {
    if (path.empty()) throw FileError(path, "no output file given");
    const Split where = split(path);
    const std::string target = (where.parent == "/" ? "" : where.parent) + "/" + where.name;
    struct stat st {};
    if (::lstat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) throw FileError(path, "is a directory, not a file");
    std::string temp = temp_template(where, "tmp");
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) fail(path, "cannot create a temporary file beside the output", errno);
    ::fchmod(fd, static_cast<mode_t>(0666 & ~current_umask()));  // mkstemp makes it 0600
    int err = write_all(fd, bytes);
    if (!err && ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && !err) err = errno;
    if (!err && ::rename(temp.c_str(), target.c_str()) != 0) err = errno;
    if (err) {
        ::unlink(temp.c_str());
        fail(path, "cannot write the file", err);
    }
    fsync_directory(where.parent);
}

}  // namespace cmkit
