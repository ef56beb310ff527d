// mkba tariffs list: the tariffs of the bundled library, or of the tables
// given, optionally searched.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "cli/tariff_library.hpp"
#include "load/library.hpp"
#include "report/tariff_reports.hpp"

namespace mkba::cli {
namespace {

struct TariffListOptions {
  std::vector<std::string> tables;  // paths or bare names; empty: the bundled library
  std::optional<std::string> search;
  OutputOptions out;
};

int run_tariffs_list(const TariffListOptions& o) {
  load::Sources sources;
  Diagnostics d;
  std::vector<std::string> names = o.tables;
  if (names.empty()) names = load::library_tables(d);
  std::vector<TariffTable> tables;
  tables.reserve(names.size());
  for (const auto& name : names)
    if (auto t = table_argument(name, sources, d)) tables.push_back(std::move(*t));
  if (!d.empty()) return report_diagnostics(d, sources);
  report::LibraryListing listing;
  listing.search = o.search;
  for (std::size_t i = 0; i < tables.size(); ++i) listing.tables.emplace_back(names[i], &tables[i]);
  std::vector<std::string> inputs;
  for (const auto& t : tables) inputs.push_back(t.file);
  return emit(
      document_renderers([&](report::Locale l) { return report::library_document(listing, l); },
                         [&] { return report::library_table(listing); },
                         [&] { return report::render_library_json(listing); }),
      o.out, inputs);
}

}  // namespace

void setup_tariffs_list(CLI::App& tariffs, Commands& commands) {
  auto o = std::make_shared<TariffListOptions>();
  auto* cmd = tariffs.add_subcommand(
      "list", "List the tariffs of the bundled library, or of the tables given");
  cmd->add_option("tables", o->tables, "Tables: paths, or names of the library")
      ->type_name("TABLE...");
  cmd->add_option("--search,-s", o->search,
                  "Only tariffs whose id, label, group, chapter or paragraph holds WORD, in any "
                  "case")
      ->type_name("WORD");
  add_output_options(cmd, o->out, false);
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_tariffs_list(*o); }});
}

}  // namespace mkba::cli
