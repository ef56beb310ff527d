#include "cli/batch.hpp"

#include <filesystem>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "load/tariff_cache.hpp"

namespace mkba::cli {
namespace {

// "2 tariff tables and 1 index series"
std::string passed_over_text(std::size_t tables, std::size_t series) {
  std::vector<std::string> parts;
  if (tables)
    parts.push_back(std::to_string(tables) + (tables == 1 ? " tariff table" : " tariff tables"));
  if (series) parts.push_back(std::to_string(series) + " index series");
  return each_of(parts);
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& args, std::string& errors,
                                       int& code, std::vector<std::string>* passed_over) {
  namespace fs = std::filesystem;
  std::vector<std::string> inputs;
  for (const auto& arg : args) {
    std::error_code ec;
    if (arg == "-") {
      inputs.push_back(load::stdin_name);
      continue;
    }
    if (!fs::is_directory(arg, ec)) {
      inputs.push_back(arg);  // a missing file is reported when it is loaded
      continue;
    }
    std::vector<std::string> found;
    std::size_t tables = 0, series = 0;
    for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end; it.increment(ec)) {
      std::string ext = it->path().extension().string();
      if (!it->is_regular_file(ec) || (ext != ".yaml" && ext != ".yml")) continue;
      std::string path = it->path().lexically_normal().string();
      load::FileKind kind = load::file_kind(path);
      if (kind == load::FileKind::case_file) {
        found.push_back(path);
        continue;
      }
      ++(kind == load::FileKind::tariff_table ? tables : series);
      if (passed_over) passed_over->push_back(path);
    }
    if (tables + series > 0)
      errors += file_note(arg, Message::passed_over, {{"what", passed_over_text(tables, series)}});
    if (ec) {
      errors += "mkba: " + arg + ": error: cannot read the folder: " + ec.message() + "\n";
      code = std::max(code, int{exit_io});
    }
    if (!ec && found.empty()) {
      errors += "mkba: " + arg + ": error: the folder holds no case files (*.yaml)\n" +
                "  note: name a case file, or a folder with case files below it\n";
      code = std::max(code, int{exit_io});
    }
    std::sort(found.begin(), found.end());
    inputs.insert(inputs.end(), found.begin(), found.end());
  }
  return inputs;
}

int start_batch(const CaseOptions& o, std::vector<std::string>& files, int& code) {
  std::string errors;
  std::vector<std::string> read = o.files;  // also the tariff tables a folder scan looked into
  files = expand_inputs(o.files, errors, code, &read);
  std::cerr << errors;
  read.insert(read.end(), files.begin(), files.end());
  if (o.tariffs) read.push_back(*o.tariffs);
  return check_output(o.out, read);
}

}  // namespace mkba::cli
