// mkba tariffs TABLE: lists a tariff table. Its subcommands `list` and
// `check` work with the tariff library (tariffs_list.cpp, tariffs_check.cpp).
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

struct TariffsOptions {
  std::string file;
  OutputOptions out;
};

int run_tariffs(const std::string& file, const OutputOptions& out) {
  if (file.empty())
    return usage_error("tariffs: give a tariff table, or 'list' or 'check'",
                       "run 'mkba tariffs --help' for usage");
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
  auto o = std::make_shared<TariffsOptions>();
  auto* cmd = app.add_subcommand(
      "tariffs",
      "List a tariff table: prices, units, payers, sources. 'tariffs list' searches the bundled "
      "tariff library, 'tariffs check' compares a table with a reference table");
  cmd->add_option("file", o->file, "Tariff table (YAML)")->type_name("FILE");
  add_output_options(cmd, o->out, false);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_tariffs(o->file, o->out); }});
  setup_tariffs_list(*cmd, commands);
  setup_tariffs_check(*cmd, commands);
}

}  // namespace mkba::cli
