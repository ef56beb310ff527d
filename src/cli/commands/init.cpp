// mkba init: a case file and a tariff table to start from, in a folder,
// never over a file that is there.
#include <cstdio>
#include <filesystem>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "cli/starter_files.hpp"
#include "cli/tariff_library.hpp"
#include "load/library.hpp"

namespace mkba::cli {
namespace {

namespace fs = std::filesystem;

// The folder of the schemas, beside the library's tables, as seen from `folder`.
std::string schemas_from(const fs::path& folder) {
  fs::path data = fs::path(load::data_directory()).lexically_normal();
  if (data.filename().empty()) data = data.parent_path();
  std::error_code ec;
  fs::path schemas = fs::absolute(data.parent_path() / "schemas", ec);
  fs::path relative = fs::relative(schemas, fs::absolute(folder, ec), ec);
  return (ec || relative.empty() ? schemas : relative).generic_string();
}

// Creates `path` with `text`; false when it exists or cannot be written.
bool write_new(const fs::path& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wx");
  if (!f) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) fs::remove(path);
  return ok;
}

int run_init(const std::string& folder, bool from_reference) {
  std::optional<TariffTable> reference;
  std::string reference_name;
  if (from_reference) {
    load::Sources sources;
    Diagnostics d;
    // The library's reference: the last table, by name, that has an index series.
    for (const auto& name : load::library_tables(d))
      if (auto t = table_argument(name, sources, d); t && !t->index_file.empty()) {
        reference = std::move(t);
        reference_name = name;
      }
    if (!d.empty()) return report_diagnostics(d, sources);
    if (!reference) {
      file_error(load::data_directory(), Message::init_no_reference);
      return exit_io;
    }
  }
  fs::path dir(folder);
  const fs::path case_path = dir / "case.yaml", tariffs_path = dir / "tariffs.yaml";
  for (const auto& p : {case_path, tariffs_path}) {
    std::error_code ec;
    if (fs::symlink_status(p, ec).type() != fs::file_type::not_found) {
      file_error(p.string(), Message::init_exists);
      return exit_io;
    }
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    file_error(folder, Message::init_cannot_create, {{"reason", ec.message()}});
    return exit_io;
  }
  StarterFiles files =
      starter_files(schemas_from(dir), reference ? &*reference : nullptr, reference_name);
  if (!write_new(case_path, files.case_file)) {
    file_error(case_path.string(), Message::init_cannot_write);
    return exit_io;
  }
  if (!write_new(tariffs_path, files.tariffs)) {
    fs::remove(case_path);
    file_error(tariffs_path.string(), Message::init_cannot_write);
    return exit_io;
  }
  std::printf("%s\n", message_text(Message::init_written, {{"case", case_path.string()},
                                                           {"tariffs", tariffs_path.string()}})
                          .c_str());
  return exit_ok;
}

}  // namespace

void setup_init(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "init",
      "Write a case file and a tariff table to start from into FOLDER (created when missing): "
      "case.yaml and tariffs.yaml, each key explained by a comment, that validate and run "
      "compute. Never writes over a file",
      "init FOLDER [--from-reference]",
      {{"init mijn-mkba", "an example to change"},
       {"init mijn-mkba --from-reference", "tariffs taken from the library's reference table"}},
      "Exit codes: 0 ok, 2 usage, 4 a file is there already, or cannot be written, 5 out of "
      "memory or internal error.");
  CLI::Option* folder =
      add_argument(cmd, "folder", "FOLDER", "Where to write case.yaml and tariffs.yaml");
  set_completion(*cmd, folder, {Completion::files, {}});
  CLI::Option* from_reference = add_switch(
      cmd, "--from-reference",
      "Take the tariffs from the reference table of the bundled library (mkba tariffs list): "
      "a few of its tariffs, each naming its reference, so that mkba check compares them");
  commands.push_back({cmd, [cmd, folder, from_reference] {
                        Reader r(*cmd);
                        std::string dir = r.required(folder, "a folder to write into");
                        bool reference = r.flag(from_reference);
                        return r.code() ? r.code() : run_init(dir, reference);
                      }});
}

}  // namespace mkba::cli
