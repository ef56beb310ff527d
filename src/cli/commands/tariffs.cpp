// mkba tariffs TABLE: lists a tariff table. Its subcommands `list`, `check`
// and `diff` work with the tariff library (tariffs_list.cpp, tariffs_check.cpp,
// tariffs_diff.cpp).
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/calculate.hpp"
#include "load/loaders.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

int run_tariffs(const std::string& file, const OutputOptions& out) {
  load::Sources sources;
  Diagnostics d;
  auto table = load::load_tariff_table(file, sources, d);
  if (table) d = validate(*table);
  if (!d.empty()) return report_diagnostics(d, sources);
  return emit(
      document_renderers([&](report::Locale l) { return report::tariffs_document(*table, l); },
                         [&] { return report::tariffs_csv_table(*table); },
                         [&] { return report::render_tariffs_json(*table); }),
      out, sources.paths());
}

}  // namespace

void setup_tariffs(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "tariffs",
      "List a tariff table: prices, units, payers, sources. 'tariffs list' searches the bundled "
      "tariff library, 'tariffs check' compares a table with a reference table",
      "tariffs TABLE [output options]",
      {{"tariffs tariffs/stadskamer-2017.yaml", "prices, units, payers and sources"},
       {"tariffs tariffs/stadskamer-2017.yaml --format csv", "one row per tariff"},
       {"tariffs list --search seh", "find a price in the bundled tariff library"}},
      plain_exit_codes);
  CLI::Option* file = add_argument(cmd, "file", "TABLE", "Tariff table (YAML)");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [cmd, file, out] {
                        Reader r(*cmd);
                        std::string table =
                            r.required(file, "a tariff table, or 'list', 'check' or 'diff'");
                        OutputOptions o = r.output(out);
                        return r.code() ? r.code() : run_tariffs(table, o);
                      }});
  setup_tariffs_list(*cmd, commands);
  setup_tariffs_check(*cmd, commands);
  setup_tariffs_diff(*cmd, commands);
}

}  // namespace mkba::cli
