#include "load/library.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/suggest.hpp"
#include "load/source_file.hpp"

#ifndef MKBA_DEFAULT_DATA_DIR
#define MKBA_DEFAULT_DATA_DIR "tariffs"
#endif
// Where `cmake --install` puts the library, from the binary's folder.
#ifndef MKBA_INSTALLED_DATA_DIR
#define MKBA_INSTALLED_DATA_DIR ""
#endif

namespace mkba::load {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ".yaml")
      names.push_back(it->path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

fs::path folder_of(LibraryFile kind) {
  fs::path dir = data_directory();
  return kind == LibraryFile::index ? dir / "index" : dir;
}

// The installed library, found from the running binary (so that an
// installed tree still works when moved), else the default.
std::string installed_data_directory() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && *MKBA_INSTALLED_DATA_DIR) {
    fs::path dir = (exe.parent_path() / MKBA_INSTALLED_DATA_DIR).lexically_normal();
    if (fs::is_directory(dir, ec)) return dir.string();
  }
  return MKBA_DEFAULT_DATA_DIR;
}

}  // namespace

std::string data_directory() {
  const char* set = std::getenv("MKBA_DATA_DIR");
  if (set && *set) return set;
  static const std::string installed = installed_data_directory();
  return installed;
}

bool is_library_name(const std::string& written) {
  return !written.empty() && written != "-" && written.find_first_of("/.") == std::string::npos;
}

std::string resolve_path(const std::string& written, const std::string& base_file,
                         LibraryFile kind) {
  if (is_library_name(written)) return (folder_of(kind) / (written + ".yaml")).string();
  if (base_file.empty() || base_file == stdin_name) return written;
  return (fs::path(base_file).parent_path() / written).lexically_normal().string();
}

std::vector<std::string> library_tables(Diagnostics& d) {
  std::error_code ec;
  std::string dir = data_directory();
  if (!fs::is_directory(dir, ec)) {
    d.unreadable(Origin{dir, 0, 0}, "the tariff library folder cannot be read",
                 "set MKBA_DATA_DIR to the folder that holds the bundled tables");
    return {};
  }
  return names_in(dir);
}

std::string library_hint(const std::string& name, LibraryFile kind) {
  std::error_code ec;
  if (fs::is_regular_file(folder_of(kind) / (name + ".yaml"), ec)) return {};
  std::string hint = did_you_mean(name, names_in(folder_of(kind)));
  if (!hint.empty()) return hint;
  return "a name without a folder or extension names a bundled " +
         std::string(kind == LibraryFile::index ? "index series" : "table") +
         "; 'mkba tariffs list' shows them (write ./" + name + " for a file here)";
}

}  // namespace mkba::load
