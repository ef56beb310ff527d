// mkba breakeven: how many participants, or avoided units of a tariff, pay
// for the programme.
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "cli/session.hpp"
#include "core/calculate.hpp"
#include "core/suggest.hpp"
#include "report/build.hpp"

namespace mkba::cli {
namespace {

struct BreakevenOptions {
  CaseOptions c;
  std::optional<std::string> tariff;
  std::optional<Quantity> quantity;  // units of `tariff` per avoided event
};

// --quantity: more than 0, at most 4 decimals; only with --tariff.
std::optional<Quantity> quantity_of(Reader& r, const CLI::Option* option, bool with_tariff) {
  auto text = r.text(option);
  if (!text) return std::nullopt;
  if (!with_tariff) r.fail(Message::quantity_needs_tariff);
  ParsedDecimal parsed = parse_decimal(*text, 4, 9);
  if (!parsed.value)
    r.fail(Message::bad_value,
           {{"option", "--quantity"}, {"problem", parsed.error}, {"hint", parsed.hint}});
  else if (!(parsed.value > Exact()))
    r.fail(Message::quantity_not_positive);
  return r.code() ? std::nullopt : std::optional<Quantity>(Quantity(*parsed.value));
}

int run_breakeven(const BreakevenOptions& o) {
  const std::optional<Quantity>& quantity = o.quantity;
  // Without a --tariff, a file's own break-even units are used, or else every tariff.
  auto adjust = [&](Analysis& a) {
    if (o.tariff) {
      if (!a.tariffs.find_tariff(*o.tariff))
        return usage_error(Message::unknown_tariff,
                           {{"tariff", *o.tariff},
                            {"file", a.tariffs.file},
                            {"hint", did_you_mean(*o.tariff, a.tariffs.tariff_ids())}});
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
  auto* cmd = add_command(
      app, "breakeven",
      "How many participants like each case, or how many avoided units of a tariff, pay for the "
      "programme (counts rounded up)",
      "breakeven FILE [--tariff ID [--quantity N]] [case options] [output options]",
      {{"breakeven cases/ggz-in-de-wijk-zuid.yaml", "the file's own break-even units"},
       {"breakeven cases/ggz-in-de-wijk-zuid.yaml --tariff ggz_opname_dag --quantity 21",
        "admissions of 21 days that pay for the programme"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  CLI::Option* tariff =
      add_value(cmd, "--tariff", "ID",
                "Only this tariff (default: the file's breakeven list, else every tariff)");
  CLI::Option* quantity =
      add_value(cmd, "--quantity", "N", "Units of --tariff per avoided event, e.g. 21 days");
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        BreakevenOptions o;
                        o.c = r.case_options(c);
                        o.c.out = r.output(out);
                        o.tariff = r.text(tariff);
                        o.quantity = quantity_of(r, quantity, o.tariff.has_value());
                        return r.code() ? r.code() : run_breakeven(o);
                      }});
}

}  // namespace mkba::cli
