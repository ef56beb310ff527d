#pragma once
// File names as a report shows them.

#include <string>

namespace mkba::report {

// `path` as written when it is relative; when it and `case_file` are both
// absolute, relative to the case file's folder ("../tariffs/t.yaml"), as the
// case file names it: a report does not show the folders of the machine it
// was made on. Lexical only: no file is read.
std::string shown_path(const std::string& path, const std::string& case_file);

}  // namespace mkba::report
