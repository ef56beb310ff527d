// mkba tariffs check: each tariff of a table against the reference price it
// names, both indexed to one price year.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "cli/tariff_library.hpp"
#include "core/exact.hpp"
#include "report/tariff_reports.hpp"

namespace mkba::cli {
namespace {

struct TariffCheckCommand {
  std::string table;
  std::string against;
  std::optional<std::string> index;
  std::optional<int> price_year;
  std::string threshold = "10";  // percent
  OutputOptions out;
};

std::optional<Exact> threshold_of(const std::string& text) {
  ParsedDecimal p = parse_decimal(text, 4, 4);
  if (!p.value || p.value->is_negative()) {
    usage_error("--threshold: " + (p.value ? "must not be negative, got " + text : p.error),
                p.value ? "a threshold in percent, e.g. --threshold 15" : p.hint);
    return std::nullopt;
  }
  return p.value;
}

int run_tariffs_check(const TariffCheckCommand& o) {
  auto threshold = threshold_of(o.threshold);
  if (!threshold) return exit_usage;
  load::Sources sources;
  Diagnostics d;
  auto table = table_argument(o.table, sources, d);
  auto reference = table_argument(o.against, sources, d);
  if (!table || !reference) return report_diagnostics(d, sources);
  bool none = false;
  auto index = index_for(o.index, *reference, sources, d, none);
  if (!index && !none) return report_diagnostics(d, sources);
  TariffCheckOptions options;
  options.year = o.price_year.value_or(0);
  options.threshold = *threshold;
  auto check = check_tariffs(*table, *reference, index ? &*index : nullptr, options, d);
  if (!check) return report_diagnostics(d, sources);
  std::vector<std::string> inputs{table->file, reference->file};
  if (index) inputs.push_back(index->file);
  int written =
      emit(document_renderers(
               [&](report::Locale l) { return report::tariff_check_document(*check, l); },
               [&] { return report::tariff_check_table(*check, report::Locale::en, true); },
               [&] { return report::render_tariff_check_json(*check); }),
           o.out, inputs);
  return written ? written : findings_code(*check);
}

}  // namespace

void setup_tariffs_check(CLI::App& tariffs, Commands& commands) {
  auto o = std::make_shared<TariffCheckCommand>();
  auto* cmd = tariffs.add_subcommand(
      "check",
      "Compare each tariff with the reference price it names (reference: ID), both indexed to "
      "one price year; a deviation beyond the threshold without a deviation_reason is a "
      "finding. Exit 1 when there is any");
  cmd->add_option("table", o->table, "Tariff table to check")->required()->type_name("TABLE");
  cmd->add_option("--against", o->against,
                  "Reference table: a path, or a name of the library (kostenhandleiding-2024)")
      ->required()
      ->type_name("REFERENCE");
  cmd->add_option("--index", o->index,
                  "Index series (default: the one the reference table names), e.g. cbs-cpi")
      ->type_name("SERIES");
  cmd->add_option("--price-year", o->price_year,
                  "Compare in prices of this year (default: the reference table's)")
      ->check(CLI::Range(1900, 2200))
      ->type_name("YEAR");
  cmd->add_option("--threshold", o->threshold,
                  "Deviation in percent beyond which a tariff is a finding")
      ->capture_default_str()
      ->type_name("PERCENT");
  add_output_options(cmd, o->out, false);
  cmd->footer(
      "Exit codes: 0 no finding, 1 a finding, 2 usage, 3 invalid input, 4 cannot read or write, "
      "5 out of memory or internal error.");
  commands.push_back({cmd, [o] { return run_tariffs_check(*o); }});
}

}  // namespace mkba::cli
