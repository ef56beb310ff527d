// mkba tariffs check: each tariff of a table against the reference price it
// names, both indexed to one price year.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
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
  Exact threshold = Exact::integer(10);  // percent
  OutputOptions out;
};

// --threshold: a percentage, not negative, at most 4 decimals.
std::optional<Exact> threshold_of(Reader& r, const CLI::Option* option) {
  auto text = r.text(option);
  if (!text) return std::nullopt;
  ParsedDecimal p = parse_decimal(*text, 4, 4);
  if (!p.value)
    r.fail(Message::bad_value, {{"option", "--threshold"}, {"problem", p.error}, {"hint", p.hint}});
  else if (p.value->is_negative())
    r.fail(Message::threshold_negative, {{"value", *text}});
  return p.value;
}

int run_tariffs_check(const TariffCheckCommand& o) {
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
  options.threshold = o.threshold;
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
  auto* cmd = add_command(
      tariffs, "check",
      "Compare each tariff with the reference price it names (reference: ID), both indexed to "
      "one price year; a deviation beyond the threshold without a deviation_reason is a "
      "finding. Exit 1 when there is any",
      "tariffs check TABLE --against REFERENCE [--index SERIES] [--price-year YEAR] "
      "[--threshold PERCENT] [output options]",
      {{"tariffs check tariffs/stadskamer-2017.yaml --against kostenhandleiding-2024",
        "each tariff against its reference price"},
       {"tariffs check tariffs/stadskamer-2017.yaml --against kostenhandleiding-2024 "
        "--price-year 2024 --threshold 15",
        "in prices of 2024, findings beyond 15%"}},
      "Exit codes: 0 no finding, 1 a finding, 2 usage, 3 invalid input, 4 cannot read or write, "
      "5 out of memory or internal error.");
  CLI::Option* table = add_argument(cmd, "table", "TABLE", "Tariff table to check");
  CLI::Option* against =
      add_value(cmd, "--against", "REFERENCE",
                "Reference table: a path, or a name of the library (kostenhandleiding-2024)");
  CLI::Option* index =
      add_value(cmd, "--index", "SERIES",
                "Index series (default: the one the reference table names), e.g. cbs-cpi");
  CLI::Option* price_year =
      add_value(cmd, "--price-year", "YEAR",
                "Compare in prices of this year, 1900 to 2200 (default: the reference table's)");
  CLI::Option* threshold = add_value(cmd, "--threshold", "PERCENT",
                                     "Deviation in percent beyond which a tariff is a finding "
                                     "(default: 10)");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        TariffCheckCommand o;
                        o.table = r.required(table, "a tariff table to check");
                        o.against =
                            r.required(against, "--against REFERENCE, the table to compare with");
                        o.index = r.text(index);
                        if (auto year = r.whole_number(price_year, 1900, 2200))
                          o.price_year = static_cast<int>(*year);
                        o.threshold = threshold_of(r, threshold).value_or(o.threshold);
                        o.out = r.output(out);
                        return r.code() ? r.code() : run_tariffs_check(o);
                      }});
}

}  // namespace mkba::cli
