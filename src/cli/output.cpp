#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/app.hpp"

namespace mkba::cli {
namespace {

int fail(const std::string& path, const std::string& why) {
  std::cerr << "mkba: " << path << ": error: cannot write output: " << why << "\n";
  return exit_io;
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Writes all of `text`; false with errno set when it cannot.
bool write_all(int fd, const Pieces& text) {
  for (std::string_view piece : text)
    for (std::size_t done = 0; done < piece.size();) {
      ssize_t n = ::write(fd, piece.data() + done, piece.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      if (n == 0) {
        errno = EIO;
        return false;
      }
      done += static_cast<std::size_t>(n);
    }
  return true;
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

// Tests of the atomic write (tests/faults) end the process here, between
// fsync and rename, as a crash or kill would.
void test_crash_point() {
  const char* crash = std::getenv("MKBA_TEST_FAIL_BEFORE_RENAME");
  if (crash && std::strcmp(crash, "1") == 0) ::_exit(99);
}

// Writes `text` into a new file in `folder` and syncs it; the file has no
// name (O_TMPFILE) until it is linked, so a crash before the rename leaves
// nothing behind. -1 with errno when the file system cannot do this.
int write_unnamed(const std::string& folder, const Pieces& text) {
#ifdef O_TMPFILE
  int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  if (!write_all(fd, text) || ::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    errno = err;
    return -2;
  }
  return fd;
#else
  (void)folder;
  (void)text;
  errno = EOPNOTSUPP;
  return -1;
#endif
}

// Gives the unnamed file `fd` the name `temp` (through /proc when it is
// mounted, as an unprivileged process must).
bool link_unnamed(int fd, const std::string& temp) {
  std::string proc = "/proc/self/fd/" + std::to_string(fd);
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0) return true;
  return ::linkat(fd, "", AT_FDCWD, temp.c_str(), AT_EMPTY_PATH) == 0;
}

void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some file systems refuse to sync a folder
  ::close(fd);
}

// The temporary name beside the target: ".NAME.mkba-tmp-XXXXXX", short
// enough for the file system's name limit.
std::string temp_pattern(const std::filesystem::path& folder, const std::filesystem::path& target) {
  return (folder / ("." + target.filename().string().substr(0, 200) + ".mkba-tmp-XXXXXX")).string();
}

// The file is written under a temporary name in the target's folder, synced
// and renamed over the target: readers see the old file or the new one,
// never a part. Nothing is left behind when anything fails.
// `shown` names the target in messages.
int write_file(const Pieces& text, const std::string& path, const std::string& shown) {
  std::filesystem::path target(path);
  std::string folder = target.has_parent_path() ? target.parent_path().string() : ".";
  std::string temp = temp_pattern(folder, target);
  int err = 0;
  int fd = write_unnamed(folder, text);
  if (fd >= 0) {
    test_crash_point();
    int lfd = ::mkstemp(temp.data());  // reserves a unique name for the link
    if (lfd < 0 || ::close(lfd) != 0 || ::unlink(temp.c_str()) != 0 || !link_unnamed(fd, temp)) {
      ::close(fd);
      fd = -1;  // linking unsupported here: write a named file instead
      temp = temp_pattern(folder, target);
    } else if (::close(fd) != 0 && errno != EINTR) {
      err = errno;
    }
  } else if (fd == -2) {
    return fail(shown, std::strerror(errno));
  }
  if (fd < 0) {
    fd = ::mkstemp(temp.data());
    if (fd < 0) return fail(shown, std::strerror(errno));
    if (!write_all(fd, text) || ::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) err = errno;
    if (::close(fd) != 0 && !err && errno != EINTR) err = errno;
    if (!err) test_crash_point();
  }
  if (!err && ::rename(temp.c_str(), path.c_str()) != 0) err = errno;
  if (err) {
    ::unlink(temp.c_str());
    return fail(shown, std::strerror(err));
  }
  sync_folder(folder);
  return exit_ok;
}

}  // namespace

int check_output_target(const std::optional<std::string>& path,
                        const std::vector<std::string>& inputs) {
  if (!path || *path == "-") return exit_ok;
  for (const auto& input : inputs)
    if (input == *path || same_file(input, *path))
      return fail(*path, "it is an input file (" + input + "); choose another output name");
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
  if (::stat(path->c_str(), &st) != 0) return write_file(text, *path, *path);  // a new file
  if (S_ISDIR(st.st_mode)) return fail(*path, "it is a folder");
  if (!S_ISREG(st.st_mode)) return write_in_place(text, *path);
  // A link to a file: replace the file it points to, and keep the link.
  struct stat own {};
  if (::lstat(path->c_str(), &own) == 0 && S_ISLNK(own.st_mode)) {
    std::error_code ec;
    auto resolved = std::filesystem::canonical(*path, ec);
    if (!ec) return write_file(text, resolved.string(), *path);
  }
  return write_file(text, *path, *path);
}

}  // namespace mkba::cli
