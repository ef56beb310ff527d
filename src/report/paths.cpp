#include "report/paths.hpp"

#include <vector>

namespace mkba::report {
namespace {

// An absolute path's folders and name, with "." and ".." resolved as written.
std::vector<std::string> parts_of(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (begin <= path.size()) {
    std::size_t slash = path.find('/', begin);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(begin, slash - begin);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    begin = slash + 1;
  }
  return parts;
}

}  // namespace

std::string shown_path(const std::string& path, const std::string& case_file) {
  if (path.empty() || case_file.empty() || path[0] != '/' || case_file[0] != '/' ||
      path == case_file)
    return path;
  const std::vector<std::string> to = parts_of(path);
  std::vector<std::string> from = parts_of(case_file);
  if (!from.empty()) from.pop_back();  // the case file's folder
  std::size_t common = 0;
  while (common < from.size() && common < to.size() && from[common] == to[common]) ++common;
  std::string out;
  for (std::size_t i = common; i < from.size(); ++i) out += "../";
  for (std::size_t i = common; i < to.size(); ++i) out += to[i] + (i + 1 < to.size() ? "/" : "");
  return out.empty() ? path : out;
}

}  // namespace mkba::report
