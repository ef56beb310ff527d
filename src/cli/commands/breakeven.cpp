// mkba breakeven: how many participants, or avoided units of a tariff, pay
// for the programme.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "core/calculate.hpp"
#include "core/suggest.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

struct BreakevenOptions {
  CaseOptions c;
  std::optional<std::string> tariff;
  std::optional<std::string> quantity;
};

int run_breakeven(const BreakevenOptions& o) {
  if (int code = check_set_syntax(o.c.set)) return code;
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
  if (!load_and_calculate(s, o.c.files.at(0), o.c, adjust)) return print_errors(s);
  const Result& r = s.result();
  return emit(document_renderers([&](report::Locale l) { return report::breakeven_document(r, l); },
                                 [&] { return report::csv_table(r, report::CsvTable::breakeven); },
                                 [&] { return report::render_json(r); }),
              o.c.out, inputs_of(s));
}

}  // namespace

void setup_breakeven(CLI::App& app, Commands& commands) {
  auto o = std::make_shared<BreakevenOptions>();
  auto* cmd = add_case_command(app, "breakeven",
                               "How many participants like each case, or how many avoided units "
                               "of a tariff, pay for the programme (counts rounded up)",
                               o->c, Inputs::one);
  add_output_options(cmd, o->c.out, false);
  cmd->add_option("--tariff", o->tariff,
                  "Only this tariff (default: the file's breakeven list, else every tariff)")
      ->type_name("ID");
  cmd->add_option("--quantity", o->quantity, "Units of --tariff per avoided event, e.g. 21 days")
      ->type_name("N")
      ->needs("--tariff");
  cmd->footer(exit_codes_footer);
  commands.push_back({cmd, [o] { return run_breakeven(*o); }});
}

}  // namespace mkba::cli
