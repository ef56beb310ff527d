#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
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

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

int write_stdout(const std::string& text) {
  if (write_all(STDOUT_FILENO, text)) return exit_ok;
  if (errno == EPIPE) return exit_ok;  // the reader has gone (| head): end quietly
  std::cerr << "mkba: error: cannot write to standard output: " << std::strerror(errno) << "\n";
  return exit_io;
}

int write_file(const std::string& text, const std::string& path) {
  std::filesystem::path target(path);
  std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (folder / ("." + target.filename().string() + ".mkba-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return fail(path, std::strerror(errno));
  int err = 0;
  if (!write_all(fd, text))
    err = errno ? errno : EIO;
  else if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0)
    err = errno;
  if (::close(fd) != 0 && !err) err = errno;
  if (!err && ::rename(temp.c_str(), path.c_str()) != 0) err = errno;
  if (!err) return exit_ok;
  ::unlink(temp.c_str());
  return fail(path, std::strerror(err));
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
  if (int code = check_output_target(path, inputs)) return code;
  if (!path || *path == "-") return write_stdout(text);
  return write_file(text, *path);
}

}  // namespace mkba::cli
