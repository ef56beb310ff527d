#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/exit.hpp"
#include "report/writer.hpp"

namespace mkba::cli {
namespace {

int fail(const std::string& path, const std::string& why, const std::string& hint = {}) {
  std::cerr << "mkba: " << path << ": error: cannot write output: " << why << "\n";
  if (!hint.empty()) std::cerr << "  note: " << hint << "\n";
  return exit_io;
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Whether the user may replace the file: whether they could write to it, as
// `cp` would. Root may write to any file, but a file without a single write
// bit is read-only on purpose, and is refused to root too (as the kernel
// refuses root to run a file without an execute bit).
bool writable(const std::string& path, const struct stat& st) {
  if (::geteuid() == 0) return (st.st_mode & 0222) != 0;
  return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0 || errno != EACCES;
}

std::string octal_mode(mode_t mode) {
  std::string out;
  for (int shift = 9; shift >= 0; shift -= 3) out += static_cast<char>('0' + ((mode >> shift) & 7));
  return out;
}

// An already open descriptor: stdout, or a path naming one (/dev/stdout,
// /dev/fd/N). A reader that has gone (| head) ends the output quietly.
int write_descriptor(int fd, const Pieces& text, const std::string& name) {
  if (write_all(fd, text)) return exit_ok;
  if (errno == EPIPE) return exit_ok;
  int err = errno;
  if (name == "-") {
    std::cerr << "mkba: error: cannot write to standard output: " << std::strerror(err) << "\n";
    return exit_io;
  }
  return fail(name, std::strerror(err));
}

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name descriptors
// this process already has: write to them as they are (appending when the
// shell opened them with >>), never replace what they point to.
int descriptor_named(const std::string& path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (const std::string prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (path.rfind(prefix, 0) != 0 || path.size() == prefix.size() ||
        path.size() > prefix.size() + 6)
      continue;
    int fd = 0;
    for (char c : path.substr(prefix.size())) {
      if (c < '0' || c > '9') return -1;
      fd = fd * 10 + (c - '0');
    }
    return ::fcntl(fd, F_GETFD) == -1 ? -1 : fd;
  }
  return -1;
}

// A device, pipe or socket (/dev/null, a FIFO, >(process substitution)):
// written to in place; renaming a file over it would replace the device.
int write_in_place(const Pieces& text, const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return fail(path, std::strerror(errno));
  int err = write_all(fd, text) ? 0 : errno;
  if (::close(fd) != 0 && !err && errno != EINTR) err = errno;
  return err ? fail(path, std::strerror(err)) : exit_ok;
}

// The -o file of this run, written and not yet published.
struct Pending {
  StagedFile file;
  std::string shown;  // the target as the command line names it
};

Pending& pending() {
  static Pending p;
  return p;
}

// Writes the file for `path` (`st` its status when it exists): a link to a
// file keeps being a link and the file it points to is replaced; a replaced
// file keeps its permission bits, owner and group.
int stage(const Pieces& text, const std::string& path, const struct stat* st) {
  std::string target = path;
  struct stat own {};
  if (::lstat(path.c_str(), &own) == 0 && S_ISLNK(own.st_mode)) {
    std::error_code ec;
    auto resolved = std::filesystem::canonical(path, ec);
    if (!ec) target = resolved.string();
  }
  std::optional<Keep> keep;
  if (st) keep = Keep{static_cast<mode_t>(st->st_mode & 0777), st->st_uid, st->st_gid};
  pending().shown = path;
  if (int err = pending().file.write(text, target, keep)) return fail(path, std::strerror(err));
  return exit_ok;
}

}  // namespace

int check_output_target(const std::optional<std::string>& path,
                        const std::vector<std::string>& inputs) {
  if (!path || *path == "-" || descriptor_named(*path) >= 0) return exit_ok;
  for (const auto& input : inputs)
    if (input == *path || same_file(input, *path))
      return fail(*path, "it is an input file (" + input + "); choose another output name");
  struct stat st {};
  if (::stat(path->c_str(), &st) != 0) return exit_ok;  // a new file
  if (S_ISDIR(st.st_mode))
    return fail(*path, "it is a folder", "name a file in it, e.g. " + *path + "/out.md");
  if (S_ISREG(st.st_mode) && !writable(*path, st)) {
    std::string mode = " (mode " + octal_mode(st.st_mode & 07777) + ")";
    if ((st.st_mode & 0222) == 0)
      return fail(
          *path, "the file is read-only" + mode,
          "make it writable (chmod u+w) to have it replaced, or choose another output name");
    return fail(*path, "you may not write to the file" + mode,
                "choose another output name, or ask the file's owner for write permission");
  }
  return exit_ok;
}

int write_output(const std::string& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs) {
  return write_output(Pieces{text}, path, inputs);
}

int write_output(const Pieces& text, const std::optional<std::string>& path,
                 const std::vector<std::string>& inputs) {
  if (int code = check_output_target(path, inputs)) return code;
  if (!path || *path == "-") return write_descriptor(STDOUT_FILENO, text, "-");
  if (int fd = descriptor_named(*path); fd >= 0) return write_descriptor(fd, text, *path);
  struct stat st {};
  if (::stat(path->c_str(), &st) != 0) return stage(text, *path, nullptr);
  if (!S_ISREG(st.st_mode)) return write_in_place(text, *path);
  return stage(text, *path, &st);
}

int finish_output(int code) {
  Pending& p = pending();
  if (!p.file.written()) return code;
  if (code != exit_ok && code != exit_check_failed) {
    p.file.discard();
    return code;
  }
  if (int err = p.file.publish()) return fail(p.shown, std::strerror(err));
  return code;
}

void discard_output() { pending().file.discard(); }

std::size_t text_line_width() {
  static const std::size_t width = [] {
    const char* columns = std::getenv("COLUMNS");
    if (!columns || !*columns) return report::default_line_width;
    char* end = nullptr;
    const long n = std::strtol(columns, &end, 10);
    return *end == '\0' && n >= 40 && n <= 1000 ? static_cast<std::size_t>(n)
                                                : report::default_line_width;
  }();
  return width;
}

}  // namespace mkba::cli
