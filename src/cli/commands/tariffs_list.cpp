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
  auto* cmd = add_command(
      tariffs, "list", "List the tariffs of the bundled library, or of the tables given",
      "tariffs list [TABLE...] [--search WORD] [output options]",
      {{"tariffs list", "every tariff of the bundled library"},
       {"tariffs list --search seh", "only those whose id, label, group or chapter holds seh"},
       {"tariffs list kostenhandleiding-2024 --format csv", "one table of the library, as CSV"}},
      plain_exit_codes);
  CLI::Option* tables =
      add_argument(cmd, "tables", "TABLE", "Tables: paths, or names of the library", true);
  CLI::Option* search = add_value(
      cmd, "-s,--search", "WORD",
      "Only tariffs whose id, label, group, chapter or paragraph holds WORD, in any case");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [cmd, tables, search, out] {
                        Reader r(*cmd);
                        TariffListOptions o;
                        o.tables = r.texts(tables);
                        o.search = r.text(search);
                        o.out = r.output(out);
                        return r.code() ? r.code() : run_tariffs_list(o);
                      }});
}

}  // namespace mkba::cli
