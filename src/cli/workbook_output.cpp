#include "cli/workbook_output.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/exit.hpp"
#include "cli/output.hpp"

namespace mkba::cli {
namespace {

// libxlsxwriter writes only to a named file. It is given an anonymous file
// in memory of this process (memfd), by its name /proc/self/fd/N, and the
// bytes are read back: no file of the user's is created on the way, so the
// staging rules of write_output hold for the workbook too.
int render(const std::vector<report::WorkbookPart>& parts, report::WorkbookKind kind,
           report::Locale locale, std::string& bytes) {
  const int fd = ::memfd_create("mkba-workbook", MFD_CLOEXEC);
  if (fd < 0) {
    std::cerr << "mkba: error: cannot write the workbook: " << std::strerror(errno) << "\n";
    return exit_io;
  }
  std::string why =
      report::write_workbook(parts, kind, locale, "/proc/self/fd/" + std::to_string(fd));
  if (why.empty() && ::lseek(fd, 0, SEEK_SET) == 0) {
    char buffer[65536];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) bytes.append(buffer, n);
    if (n < 0) why = std::strerror(errno);
  } else if (why.empty()) {
    why = std::strerror(errno);
  }
  ::close(fd);
  if (why.empty()) return exit_ok;
  std::cerr << "mkba: error: cannot write the workbook: " << why << "\n";
  return exit_io;
}

}  // namespace

int write_workbook_output(const std::vector<report::WorkbookPart>& parts, report::WorkbookKind kind,
                          const OutputOptions& out, const std::vector<std::string>& inputs) {
  if (int code = check_output_target(out.output, inputs)) return code;
  std::string bytes;
  if (int code = render(parts, kind, out.locale, bytes)) return code;
  return write_output(bytes, out.output, inputs);
}

}  // namespace mkba::cli
