// mkba tariffs diff: two versions of a tariff table, what was added, removed
// and changed, and by how much each price changed.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "cli/tariff_library.hpp"
#include "report/tariff_reports.hpp"

namespace mkba::cli {
namespace {

struct TariffDiffCommand {
  std::string old_table;
  std::string new_table;
  std::optional<std::string> index;
  OutputOptions out;
};

int run_tariffs_diff(const TariffDiffCommand& o) {
  load::Sources sources;
  Diagnostics d;
  auto old_table = table_argument(o.old_table, sources, d);
  auto new_table = table_argument(o.new_table, sources, d);
  if (!old_table || !new_table) return report_diagnostics(d, sources);
  bool none = false;  // no series: prices are compared as they are
  auto index = index_for(o.index, *new_table, sources, d, none);
  if (!index && !none) return report_diagnostics(d, sources);
  auto diff = diff_tariffs(*old_table, *new_table, index ? &*index : nullptr, d);
  if (!diff) return report_diagnostics(d, sources);
  return emit(
      document_renderers([&](report::Locale l) { return report::tariff_diff_document(*diff, l); },
                         [&] { return report::tariff_diff_table(*diff, report::Locale::en, true); },
                         [&] { return report::render_tariff_diff_json(*diff); }),
      o.out, sources.paths());
}

}  // namespace

void setup_tariffs_diff(CLI::App& tariffs, Commands& commands) {
  auto* cmd = add_command(
      tariffs, "diff",
      "Compare two versions of a tariff table: tariffs added, removed and changed (price, unit, "
      "payer, price year, source), with the change in percent; with an index series also after "
      "indexing an old price to the new price year",
      "tariffs diff OLD NEW [--index SERIES] [output options]",
      {{"tariffs diff tariffs/stadskamer-2017.yaml kostenhandleiding-2024",
        "what changed, tariff by tariff (tariffs are matched by id)"},
       {"tariffs diff stadskamer-2017 kostenhandleiding-2024 --index cbs-cpi --format csv",
        "two tables of the library, old prices also indexed to the new price year"}},
      plain_exit_codes);
  CLI::Option* old_table = add_argument(cmd, "old", "OLD", "The earlier version of the table");
  CLI::Option* new_table = add_argument(cmd, "new", "NEW", "The later version of the table");
  CLI::Option* index = add_value(cmd, "--index", "SERIES",
                                 "Index series (default: the one NEW names, if any), e.g. cbs-cpi");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        TariffDiffCommand o;
                        o.old_table = r.required(old_table, "OLD, the earlier tariff table");
                        o.new_table = r.required(new_table, "NEW, the later tariff table");
                        o.index = r.text(index);
                        o.out = r.output(out);
                        return r.code() ? r.code() : run_tariffs_diff(o);
                      }});
}

}  // namespace mkba::cli
