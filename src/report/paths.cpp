#include "report/paths.hpp"

#include <filesystem>

namespace mkba::report {

std::string shown_path(const std::string& path, const std::string& case_file) {
  namespace fs = std::filesystem;
  const fs::path p(path), c(case_file);
  if (!p.is_absolute() || !c.is_absolute() || path == case_file) return path;
  fs::path relative = p.lexically_normal().lexically_relative(c.lexically_normal().parent_path());
  return relative.empty() ? path : relative.generic_string();
}

}  // namespace mkba::report
