#include "cli/session.hpp"

#include <iostream>
#include <stdexcept>

#include "cli/command_line.hpp"
#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/manifest.hpp"
#include "cli/messages.hpp"
#include "cli/output.hpp"
#include "core/calculate.hpp"
#include "core/headline.hpp"
#include "core/overrides.hpp"
#include "core/sensitivity.hpp"
#include "core/suggest.hpp"
#include "load/loaders.hpp"
#include "load/parameter_reader.hpp"

namespace mkba::cli {
namespace {

bool fail(Session& s, const Diagnostics& d) {
  for (const auto& item : d.items()) {
    s.errors += format_diagnostic(item, s.sources);
    s.code = std::max(s.code,
                      item.problem == Problem::unreadable ? int{exit_io} : int{exit_invalid_input});
  }
  return false;
}

// The scenario's overrides, then the command line's, resolved in `a`.
std::vector<Override> overrides_for(const Analysis& a, const Scenario* scenario,
                                    const CaseOptions& o, Diagnostics& d) {
  std::vector<Override> out;
  if (scenario) out = scenario->set;
  for (const auto& s : o.set) {
    const Origin at{s.option, 0, 0};
    auto read = load::read_override(a, s.path, at, s.value, at, s.option, d);
    if (read) out.push_back(std::move(*read));
  }
  return out;
}

}  // namespace

bool load_case(Session& s, const std::string& file, const CaseOptions& o,
               load::TariffCache* cache) {
  Diagnostics d;
  s.base = load::load_analysis(file, o.tariffs, s.sources, d, cache);
  return s.base ? true : fail(s, d);
}

bool compute_variant(Session& s, const std::string& scenario, const CaseOptions& o, Computed& out,
                     const Adjust& adjust) {
  auto applied = std::make_shared<Analysis>(*s.base);
  Analysis& a = *applied;
  out.analysis = applied;
  const Scenario* chosen = nullptr;
  if (!scenario.empty()) {
    std::vector<std::string> names;
    for (const auto& sc : a.scenarios) {
      names.push_back(sc.name);
      if (sc.name == scenario) chosen = &sc;
    }
    if (!chosen) {
      Diagnostics d;
      d.error(Origin{a.file, 0, 0}, "the file has no scenario '" + scenario + "'",
              names.empty() ? "it defines no scenarios" : did_you_mean(scenario, names));
      return fail(s, d);
    }
    a.scenario = scenario;
  }
  Diagnostics d;
  std::vector<Override> overrides = overrides_for(a, chosen, o, d);
  if (d.empty()) d = apply_overrides(a, overrides);
  if (!d.empty()) return fail(s, d);
  if (adjust)
    if (int code = adjust(a)) {
      s.code = code;
      return false;
    }
  d = validate(a);
  if (d.empty()) out.result = calculate(out.analysis, d);
  if (out.result) d = validate_claims(*out.result);
  if (!d.empty()) {
    out.result.reset();
    return fail(s, d);
  }
  return true;
}

bool load_and_calculate(Session& s, const std::string& file, const CaseOptions& o,
                        const Adjust& adjust, load::TariffCache* cache) {
  return load_case(s, file, o, cache) &&
         compute_variant(s, o.scenario.value_or(""), o, s.computed, adjust);
}

std::optional<std::vector<ClaimCheck>> check_file_claims(Session& s, const CaseOptions& o) {
  const std::vector<std::string> names = claimed_scenarios(*s.computed.analysis);
  std::vector<Computed> variants(names.size());
  ClaimResults results{&s.result(), {}};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!compute_variant(s, names[i], o, variants[i])) return std::nullopt;
    results.scenarios.push_back(&*variants[i].result);
  }
  return check_claims(results);
}

bool scenario_variants(Session& s, const CaseOptions& o, std::vector<report::Variant>& variants,
                       std::vector<Origin>& origins) {
  std::vector<std::pair<std::string, std::string>> names{{"", ""}};
  for (const auto& sc : s.base->scenarios) names.emplace_back(sc.name, sc.description);
  CaseOptions own = o;
  own.scenario.reset();
  for (const auto& [name, description] : names) {
    Computed c;
    if (!compute_variant(s, name, own, c)) return false;
    variants.push_back({name.empty() ? "base" : name, description, c.analysis->overrides,
                        headline(*c.result), std::nullopt});
  }
  for (const auto& sc : s.base->scenarios) origins.push_back(sc.origin);
  return true;
}

int differences_to_base(std::vector<report::Variant>& variants, const std::vector<Origin>& origins,
                        const Session& s) {
  Diagnostics d;
  for (std::size_t i = 0; i < variants.size(); ++i) {
    Origin where = i ? origins[i - 1] : Origin{s.base->file, 0, 0};
    variants[i].change =
        difference(variants[i].headline, variants[0].headline, variants[i].name, where, d);
  }
  return d.empty() ? 0 : report_diagnostics(d, s.sources);
}

int print_errors(const Session& s) {
  std::cerr << s.errors << std::flush;
  return s.code;
}

std::vector<std::string> inputs_of(const Session& s) { return s.sources.paths(); }

Renderers document_renderers(std::function<report::Document(report::Locale)> document,
                             std::function<report::Table()> table,
                             std::function<std::string()> json) {
  Renderers r;
  r.text = [document](report::Locale l) {
    return report::render_text(document(l), l, text_line_width());
  };
  r.markdown = [document](report::Locale l) { return report::render_markdown(document(l), l); };
  r.html = [document](report::Locale l) { return report::render_html(document(l), l); };
  r.table = std::move(table);
  r.json = std::move(json);
  return r;
}

int emit(const Renderers& renderers, const OutputOptions& out,
         const std::vector<std::string>& inputs) {
  if (int code = check_output(out, inputs)) return code;
  std::string text;
  switch (out.format) {
    case Format::table:
      text = renderers.text(out.locale);
      break;
    case Format::md:
      text = renderers.markdown(out.locale);
      break;
    case Format::html:
      text = renderers.html(out.locale);
      break;
    case Format::json:
      text = with_manifest(renderers.json(), inputs);
      break;
    case Format::svg: {
      report::svg::Chart chart = renderers.svg(out.locale);
      if (!chart.refusal.empty())
        return file_error(renderers.file, Message::chart_refused, {{"reason", chart.refusal}});
      text = std::move(chart.svg);
      break;
    }
    case Format::csv:
      if (renderers.csv)
        text = renderers.csv(out.csv_dialect);
      else
        text = report::render_csv(renderers.table(), out.csv_dialect);
      break;
    case Format::jsonl:
    case Format::xlsx:
      throw std::logic_error("emit: JSON Lines and workbooks are run's and summary's own");
  }
  return write_output(text, out.output, inputs);
}

std::string programme_title(const Result& r) {
  return r.analysis->programme.name + " (" + r.analysis->file + ")";
}

int load_with_outcome(Session& s, const CaseOptions& o, const std::string& command) {
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  if (!outcome_of(s.result()))
    return file_error(s.base->file, Message::no_net_result, {{"command", command}});
  return exit_ok;
}

}  // namespace mkba::cli
