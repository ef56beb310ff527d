#pragma once
// A file written in full before it gets its name: into an unnamed file
// (O_TMPFILE) in the target's folder, or where the file system cannot do
// that, a temporary one (".NAME.mkba-tmp-XXXXXX"). Only publish() renames it
// over the target, so readers see the old file or the new one, never a part,
// and a file that is discarded, or a process that dies first, leaves the
// target as it was.

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mkba::cli {

// An output in pieces, written one after another as one file.
using Pieces = std::vector<std::string_view>;

// Writes all of `text` to `fd`; false with errno set when it cannot.
bool write_all(int fd, const Pieces& text);

// What a replaced file keeps: its permission bits, and its owner and group
// where the process may set them.
struct Keep {
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
};

class StagedFile {
 public:
  StagedFile() = default;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile() { discard(); }

  // Writes and syncs `text` for `target` (a regular file or none; links
  // already resolved). Without `keep` the file gets the mode a new file gets
  // (0666 less the umask). 0, or an errno value.
  int write(const Pieces& text, const std::string& target, const std::optional<Keep>& keep);
  // Renames the written file over the target. 0, or an errno value (and the
  // written file is gone).
  int publish();
  // Removes the written file, if any; the target is untouched.
  void discard();
  bool written() const { return fd_ >= 0 || !temp_.empty(); }

 private:
  int name_unnamed();
  int fd_ = -1;       // the unnamed file, until it has a name
  std::string temp_;  // its temporary name, once it has one
  std::string target_, folder_;
};

}  // namespace mkba::cli
