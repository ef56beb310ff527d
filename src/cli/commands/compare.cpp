// mkba compare: a file's headline figures and each of its scenarios side by
// side.
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

int run_compare(const CaseOptions& o) {
  if (o.scenario) return usage_error(Message::compare_scenario, {{"scenario", *o.scenario}});
  Session s;
  if (!load_case(s, o.files.at(0), o)) return print_errors(s);
  std::vector<report::Variant> variants;
  std::vector<std::pair<std::string, std::string>> names{{"", ""}};
  for (const auto& sc : s.base->scenarios) names.emplace_back(sc.name, sc.description);
  for (const auto& [name, description] : names) {
    Computed c;
    if (!compute_variant(s, name, o, c)) return print_errors(s);
    variants.push_back({name.empty() ? "base" : name, description, c.analysis->overrides,
                        headline(*c.result), std::nullopt});
  }
  Diagnostics d;  // each difference to the base, the base's own (zeros) too
  for (std::size_t i = 0; i < variants.size(); ++i) {
    Origin where = i ? s.base->scenarios[i - 1].origin : Origin{s.base->file, 0, 0};
    variants[i].change =
        difference(variants[i].headline, variants[0].headline, variants[i].name, where, d);
  }
  if (!d.empty()) return report_diagnostics(d, s.sources);
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = s.base->programme.name + ": " + report::tr(l, "scenarios");
    report::Section sec{
        report::tr(l, "Headline figures"), {}, {report::compare_table(variants, l, false)}, {}};
    for (const auto& v : variants)
      if (v.name != "base")
        sec.notes.push_back(v.name + ": " + (v.description.empty() ? "" : v.description + " ") +
                            "(" + report::overrides_text(v.overrides, l) + ")");
    if (variants.size() == 1) sec.notes.push_back(report::tr(l, "The file defines no scenarios."));
    d.sections.push_back(sec);
    return d;
  };
  return emit(
      document_renderers(
          document, [&] { return report::compare_table(variants, report::Locale::en, true); },
          [&] { return report::render_compare_json(variants); }),
      o.out, inputs_of(s));
}

}  // namespace

void setup_compare(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "compare",
      "The headline figures of a file and each of its named scenarios side by side, with the "
      "difference to the base (--set applies to all of them)",
      "compare FILE [case options] [output options]",
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
