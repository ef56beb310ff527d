#include "cli/staged_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace mkba::cli {
namespace {

// Tests of the atomic write (tests/faults) end the process here, before the
// written file gets its name and is renamed over the target, as a crash or
// kill would.
void test_crash_point() {
  const char* crash = std::getenv("MKBA_TEST_FAIL_BEFORE_RENAME");
  if (crash && std::strcmp(crash, "1") == 0) ::_exit(99);
}

// ".NAME.mkba-tmp-XXXXXX" beside the target, short enough for the file
// system's name limit; the suffix differs on every call.
std::string temp_name(const std::string& folder, const std::string& target) {
  static std::uint64_t state =
      static_cast<std::uint64_t>(::getpid()) * 0x9E3779B97F4A7C15u ^
      static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  std::uint64_t z = (state += 0x9E3779B97F4A7C15u);  // splitmix64
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  z ^= z >> 31;
  const char* chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string suffix;
  for (int i = 0; i < 6; ++i, z /= 62) suffix += chars[z % 62];
  std::string name = std::filesystem::path(target).filename().string().substr(0, 200);
  return (std::filesystem::path(folder) / ("." + name + ".mkba-tmp-" + suffix)).string();
}

// A new file under a fresh temporary name (in `name`); its descriptor, or -1
// with errno set. `mode` is reduced by the umask, as for any new file.
int create_named(const std::string& folder, const std::string& target, mode_t mode,
                 std::string& name) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    name = temp_name(folder, target);
    int fd = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// Gives the unnamed file `fd` the name `name` (through /proc when it is
// mounted, as an unprivileged process must).
bool link_unnamed(int fd, const std::string& name) {
  std::string proc = "/proc/self/fd/" + std::to_string(fd);
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) return true;
  if (errno == EEXIST) return false;
  return ::linkat(fd, "", AT_FDCWD, name.c_str(), AT_EMPTY_PATH) == 0;
}

// Copies the unnamed file `from` into `to`, where it cannot be linked.
bool copy_contents(int from, int to) {
  std::vector<char> buffer(1 << 16);
  for (off_t at = 0;;) {
    ssize_t n = ::pread(from, buffer.data(), buffer.size(), at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0;
    if (!write_all(to, Pieces{std::string_view(buffer.data(), static_cast<std::size_t>(n))}))
      return false;
    at += n;
  }
}

// The replaced file's owner and mode on `fd`; 0 or an errno value. Giving a
// file to another owner or group may be refused (only root may give files
// away): then the file is the process's own, as any file it creates.
int apply(int fd, const Keep& keep) {
  if (keep.owner != ::geteuid() || keep.group != ::getegid())
    if (::fchown(fd, keep.owner, keep.group) != 0 && ::fchown(fd, -1, keep.group) != 0) {
      // best effort, see above
    }
  return ::fchmod(fd, keep.mode) == 0 ? 0 : errno;
}

void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // best effort: some file systems refuse to sync a folder
  ::close(fd);
}

}  // namespace

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

int StagedFile::write(const Pieces& text, const std::string& target,
                      const std::optional<Keep>& keep) {
  discard();
  std::filesystem::path path(target);
  target_ = target;
  folder_ = path.has_parent_path() ? path.parent_path().string() : ".";
  int fd = -1;
#ifdef O_TMPFILE
  fd = ::open(folder_.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
#endif
  // Without unnamed files here (or when the folder is the problem, which
  // this attempt then reports) the file is written under a temporary name.
  if (fd < 0 && (fd = create_named(folder_, target_, 0666, temp_)) < 0) {
    int err = errno;
    temp_.clear();
    return err;
  }
  int err = write_all(fd, text) ? 0 : errno;
  if (!err && keep) err = apply(fd, *keep);
  if (!err && ::fsync(fd) != 0) err = errno;
  if (temp_.empty() && !err) {
    fd_ = fd;  // named when published
    return 0;
  }
  if (::close(fd) != 0 && !err && errno != EINTR) err = errno;
  if (err) discard();
  return err;
}

// Links the unnamed file under a temporary name, or where the file system
// cannot link it, copies it into a named one.
int StagedFile::name_unnamed() {
  std::string name;
  bool linked = false;
  for (int attempt = 0; attempt < 100 && !linked; ++attempt) {
    name = temp_name(folder_, target_);
    linked = link_unnamed(fd_, name);
    if (!linked && errno != EEXIST) break;
  }
  int err = 0;
  if (linked) {
    temp_ = name;
  } else {
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return errno;
    int fd = create_named(folder_, target_, 0600, name);
    if (fd < 0) return errno;
    temp_ = name;
    if (!copy_contents(fd_, fd) || ::fsync(fd) != 0) err = errno;
    if (!err) err = apply(fd, Keep{static_cast<mode_t>(st.st_mode & 07777), st.st_uid, st.st_gid});
    if (::close(fd) != 0 && !err && errno != EINTR) err = errno;
  }
  if (::close(fd_) != 0 && !err && errno != EINTR) err = errno;
  fd_ = -1;
  return err;
}

int StagedFile::publish() {
  if (!written()) return EINVAL;
  test_crash_point();
  int err = fd_ >= 0 ? name_unnamed() : 0;
  if (!err && ::rename(temp_.c_str(), target_.c_str()) != 0) err = errno;
  if (err) {
    discard();
    return err;
  }
  temp_.clear();
  sync_folder(folder_);
  return 0;
}

void StagedFile::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
}

}  // namespace mkba::cli
