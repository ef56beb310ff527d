#include "cli/batch.hpp"

#include <filesystem>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/exit.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "load/tariff_cache.hpp"

namespace mkba::cli {

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
    for (fs::recursive_directory_iterator it(arg, ec), end; !ec && it != end; it.increment(ec)) {
      std::string ext = it->path().extension().string();
      if (!it->is_regular_file(ec) || (ext != ".yaml" && ext != ".yml")) continue;
      std::string path = it->path().lexically_normal().string();
      if (!load::looks_like_tariff_table(path))
        found.push_back(path);
      else if (passed_over)
        passed_over->push_back(path);
    }
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
