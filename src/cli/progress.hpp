#pragma once
// Progress of a long command on stderr, for someone watching it, with the
// locale's words and digits: "mkba: 1,200/4,000 files, 35.2 files/s, 0:08
// left" ("mkba: 1.200/4.000 bestanden, 35,2 bestanden/s, nog 0:08"). On a
// terminal the line is redrawn in place at most ten times a second and
// erased at the end; forced on (--progress) into a file or pipe, it is a
// line a second and the last one. Shown when
// stderr is a terminal, unless --quiet. It never writes to stdout.

#include <chrono>
#include <cstddef>
#include <string>

#include "report/number_format.hpp"

namespace mkba::cli {

enum class ProgressMode { automatic, on, off };  // off: --quiet; on: --progress
// What is counted, named in the locale ("files", "bestanden").
enum class ProgressUnit { files, parameters, draws };

class Progress {
 public:
  // Shows nothing when `mode` says so, or for fewer than two steps.
  Progress(ProgressMode mode, std::size_t total, ProgressUnit unit, report::Locale locale);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `done` of the total are done.
  void update(std::size_t done);
  // Erases the line on a terminal, before other text goes to stderr.
  void clear();

 private:
  void draw(std::size_t done);

  bool shown_ = false;
  bool terminal_ = false;
  bool drawn_ = false;  // a line is on the terminal now
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t last_drawn_ = 0;  // the count of the last line drawn
  std::string unit_;
  report::Locale locale_;
  std::chrono::steady_clock::time_point start_, last_;
};

// "0:08", "1:02:03": a duration in whole seconds.
std::string clock_text(double seconds);

}  // namespace mkba::cli
