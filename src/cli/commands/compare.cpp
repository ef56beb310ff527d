// mkba compare: a file's headline figures and each of its scenarios side by
// side.
#include <algorithm>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/messages.hpp"
#include "cli/session.hpp"
#include "core/headline.hpp"
#include "report/summary.hpp"
#include "report/words.hpp"

namespace mkba::cli {
namespace {

// "kostenhandleiding-2024" for tariffs/kostenhandleiding-2024.yaml: the column of --tariffs.
std::string table_column(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  const std::size_t dot = name.rfind(".yaml");
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::vector<std::string> all_inputs(const Session& s, const Session& other) {
  std::vector<std::string> inputs = inputs_of(s);
  if (other.base)
    for (const auto& f : inputs_of(other))
      if (std::find(inputs.begin(), inputs.end(), f) == inputs.end()) inputs.push_back(f);
  return inputs;
}

int run_compare(const CaseOptions& o) {
  if (o.scenario) return usage_error(Message::compare_scenario, {{"scenario", *o.scenario}});
  // The base and the scenarios with the file's own tables; --tariffs is a
  // column of its own beside the base, as a scenario would be.
  CaseOptions own = o;
  own.tariffs.reset();
  Session s;
  if (!load_case(s, o.files.at(0), own)) return print_errors(s);
  std::vector<report::Variant> variants;
  std::vector<Origin> origins;
  if (!scenario_variants(s, own, variants, origins)) return print_errors(s);
  Session other;
  if (o.tariffs) {
    Computed c;
    if (!load_case(other, o.files.at(0), o) || !compute_variant(other, "", o, c))
      return print_errors(other);
    variants.insert(variants.begin() + 1,
                    {table_column(*o.tariffs), "--tariffs " + *o.tariffs, c.analysis->overrides,
                     headline(*c.result), std::nullopt});
    origins.insert(origins.begin(), Origin{*o.tariffs, 0, 0});
  }
  if (int code = differences_to_base(variants, origins, s)) return code;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = s.base->programme.name + ": " + report::tr(l, "scenarios");
    report::Section sec = report::scenarios_section(variants, l);
    sec.heading = report::tr(l, "Headline figures");
    if (variants.size() == 1 + (o.tariffs ? 1 : 0))
      sec.notes.push_back(report::tr(l, "The file defines no scenarios."));
    d.sections.push_back(sec);
    return d;
  };
  return emit(
      document_renderers(
          document, [&] { return report::compare_table(variants, report::Locale::en, true); },
          [&] { return report::render_compare_json(variants); }),
      o.out, all_inputs(s, other));
}

}  // namespace

void setup_compare(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "compare",
      "The headline figures of a file and each of its named scenarios side by side, with the "
      "difference to the base (--set applies to all of them); with --tariffs NEW, the figures "
      "with that table too, beside those with the file's own",
      "compare FILE [--tariffs NEW] [case options] [output options]",
      {{"compare cases/stadskamer.yaml", "the file's scenarios side by side"},
       {"compare cases/stadskamer.yaml --set population.participants=300",
        "each of them with 300 participants"}},
      plain_exit_codes);
  CaseDeclaration c = add_case_options(cmd, Inputs::one);
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, with_case_options(cmd, c, out, run_compare)});
}

}  // namespace mkba::cli
