// mkba schema: the JSON Schema of an input file, written from the loader's
// key tables (load/json_schema.cpp), for editors.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "core/suggest.hpp"
#include "load/json_schema.hpp"

namespace mkba::cli {
namespace {

const std::vector<std::string> files{"case", "tariffs", "index"};

int run_schema(const std::string& file) {
  load::InputFile which = file == "case"      ? load::InputFile::case_file
                          : file == "tariffs" ? load::InputFile::tariff_table
                                              : load::InputFile::index_series;
  return write_output(load::json_schema(which), std::nullopt, {});
}

}  // namespace

void setup_schema(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "schema",
      "Print the JSON Schema of an input file, case, tariffs or index, for editors: they "
      "complete keys, show what each means and flag mistakes while typing (README: Editor)",
      "schema case|tariffs|index",
      {{"schema case", "the schema of case files (schemas/case.schema.json)"},
       {"schema tariffs", "of tariff tables"}},
      plain_exit_codes);
  CLI::Option* file =
      add_argument(cmd, "kind", "KIND",
                   "case (cases/*.yaml), tariffs (tariffs/*.yaml) or index (tariffs/index/*.yaml)");
  set_completion(*cmd, file, {Completion::choices, files});
  commands.push_back({cmd, [cmd, file] {
                        Reader r(*cmd);
                        std::string name =
                            r.required(file, "a kind of file: case, tariffs or index");
                        if (!r.code() && std::find(files.begin(), files.end(), name) == files.end())
                          r.fail(Message::unknown_choice,
                                 {{"kind", "kind of file"},
                                  {"value", name},
                                  {"option", "schema"},
                                  {"suggestion", closest_name(name, files, SIZE_MAX).value_or("")},
                                  {"choices", one_of(files)}});
                        return r.code() ? r.code() : run_schema(name);
                      }});
}

}  // namespace mkba::cli
