#include "cli/commands.hpp"

#include "cli/app.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/session.hpp"
#include "core/calculate.hpp"
#include "core/suggest.hpp"
#include "load/loaders.hpp"
#include "report/build.hpp"
#include "report/writer.hpp"

namespace mkba::cli {

int run_run(const RunOptions& o) {
  Session s;
  if (int code = load_and_calculate(s, o.file, o.tariffs)) return code;
  const Result& r = *s.result;
  return emit(document_renderers([&](report::Locale l) { return report::run_document(r, l); },
                                 [&] { return report::csv_table(r, o.out.table); },
                                 [&] { return report::render_json(r); }),
              o.out, inputs_of(s));
}

int run_validate(const std::vector<std::string>& files, const std::optional<std::string>& tariffs) {
  int code = exit_ok;
  for (const auto& file : files) {
    Session s;
    code = std::max(code, load_and_calculate(s, file, tariffs));
  }
  return code;
}

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
      out, {file});
}

int run_breakeven(const BreakevenOptions& o) {
  std::optional<Quantity> quantity;
  if (o.quantity) {
    ParsedDecimal parsed = parse_decimal(*o.quantity, 4, 9);
    if (!parsed.value || !(parsed.value > Exact()))
      return usage_error("--quantity: " + (parsed.value ? "must be more than 0" : parsed.error),
                         parsed.hint);
    quantity = Quantity(*parsed.value);
  }
  // Without a --tariff, a file's own break-even units are used, or else every tariff.
  auto adjust = [&](Analysis& a) {
    if (o.tariff) {
      if (!a.tariffs.find_tariff(*o.tariff))
        return usage_error("--tariff: unknown tariff '" + *o.tariff + "' in " + a.tariffs.file,
                           did_you_mean(*o.tariff, a.tariffs.tariff_ids()));
      a.breakeven_units = {BreakevenUnit{*o.tariff, quantity.value_or(Quantity::of(1)), "", {}}};
    } else if (a.breakeven_units.empty()) {
      for (const auto& t : a.tariffs.tariffs)
        a.breakeven_units.push_back(BreakevenUnit{t.id, Quantity::of(1), "", t.origin});
    }
    return int{exit_ok};
  };
  Session s;
  if (int code = load_and_calculate(s, o.run.file, o.run.tariffs, adjust)) return code;
  const Result& r = *s.result;
  return emit(document_renderers([&](report::Locale l) { return report::breakeven_document(r, l); },
                                 [&] { return report::csv_table(r, "breakeven"); },
                                 [&] { return report::render_json(r); }),
              o.run.out, inputs_of(s));
}

}  // namespace mkba::cli
