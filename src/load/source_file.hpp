#pragma once
// Reading input files ourselves: only regular files (or stdin), under a size
// cap, valid UTF-8. The texts are kept so that diagnostics can quote a line,
// but only of a file that reads as YAML (see `line`).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace mkba::load {

inline constexpr std::size_t max_input_bytes = 16 * 1024 * 1024;

// The name standard input goes by in messages and outputs; the command line
// writes it as "-".
inline constexpr const char* stdin_name = "<stdin>";

class Sources {
 public:
  // Reads `path` (`stdin_name` is standard input); reports and returns nothing when it cannot.
  const std::string* read(const std::string& path, Diagnostics& diagnostics);
  // Every path read or tried (standard input aside), in the order first
  // read: a command's inputs, which its output must never replace.
  const std::vector<std::string>& paths() const { return paths_; }
  // Adds `path` to paths() when its content came from elsewhere (a cache).
  void note(const std::string& path);

  // Line `line` (1-based) of a file read before, without its newline. Nothing
  // for a file that is not YAML, so that an error never shows what a file
  // named by mistake holds (/etc/passwd, /proc/self/environ): a file is YAML
  // when it has no control characters and its first line with content starts
  // a map ('key:', '- key:' or '{').
  std::optional<std::string> line(const std::string& path, int line) const;

  // Serves `text` as the content of `path`, which need not exist: for tests
  // and fuzzers, without temporary files. It is checked like a file's bytes.
  void provide(const std::string& path, std::string text);
  // From now on a path that was not provided reads as a missing file: nothing
  // is read from disk or stdin.
  void provided_only() { provided_only_ = true; }

 private:
  std::map<std::string, std::string> provided_;
  bool provided_only_ = false;
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::string> rejected_;  // files refused for their bytes, to quote from
  std::vector<std::string> paths_;
  std::set<std::string> unquoted_;  // files read that are not YAML
};

}  // namespace mkba::load
