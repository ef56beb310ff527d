#include "cli/session.hpp"

#include <iostream>

#include "cli/diagnostic_printer.hpp"
#include "cli/exit.hpp"
#include "cli/output.hpp"
#include "core/calculate.hpp"
#include "core/claims.hpp"
#include "core/overrides.hpp"
#include "core/sensitivity.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "load/loaders.hpp"

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

// The scenario's overrides, then the command line's.
std::vector<Override> overrides_for(const Scenario* scenario, const CaseOptions& o) {
  std::vector<Override> out;
  if (scenario)
    for (std::size_t i = 0; i < scenario->set.size(); ++i)
      out.push_back({scenario->set[i].first, scenario->set[i].second, scenario->set_origins[i],
                     "scenario " + scenario->name});
  for (const auto& s : o.set) {
    auto eq = s.find('=');
    out.push_back({s.substr(0, eq), s.substr(eq + 1), Origin{"--set", 0, 0}, "--set"});
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
  out.analysis = std::make_unique<Analysis>(*s.base);
  Analysis& a = *out.analysis;
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
  Diagnostics d = apply_overrides(a, overrides_for(chosen, o));
  if (!d.empty()) return fail(s, d);
  if (adjust)
    if (int code = adjust(a)) {
      s.code = code;
      return false;
    }
  d = validate(a);
  if (d.empty()) out.result = calculate(a, d);
  if (out.result) d = validate_claims(*out.result);
  if (d.empty()) d = validate_uncertainty(a);
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

int print_errors(const Session& s) {
  std::cerr << s.errors << std::flush;
  return s.code;
}

int check_set_syntax(const std::vector<std::string>& set) {
  for (const auto& s : set)
    if (s.find('=') == std::string::npos || s.find('=') == 0)
      return usage_error("--set '" + s + "': expected PATH=VALUE",
                         "e.g. --set tariffs.dagbesteding.price=35");
  return exit_ok;
}

std::vector<std::string> inputs_of(const Session& s) { return s.sources.paths(); }

int usage_error(const std::string& message, const std::string& hint) {
  return usage_error_in("", message, hint);
}

int usage_error_in(const std::string& file, const std::string& message, const std::string& hint) {
  std::cerr << "mkba: " << (file.empty() ? "" : escape_controls(file) + ": ")
            << "error: " << escape_controls(message) << "\n";
  if (!hint.empty()) std::cerr << "  note: " << escape_controls(hint) << "\n";
  return exit_usage;
}

report::Locale locale_of(const OutputOptions& out) {
  return out.locale == "en" ? report::Locale::en : report::Locale::nl;
}

std::optional<report::Format> resolve_format(const OutputOptions& out) {
  std::optional<report::Format> format = report::Format::table;
  if (out.format)
    format = report::format_named(*out.format);
  else if (out.output && *out.output != "-")
    format = report::format_for_path(*out.output);
  if (!format)
    usage_error("cannot tell the output format from '" + out.output.value_or("") + "'",
                "name the file .csv, .json, .md or .txt, or pass --format");
  return format;
}

Renderers document_renderers(std::function<report::Document(report::Locale)> document,
                             std::function<report::Table()> table,
                             std::function<std::string()> json) {
  Renderers r;
  r.text = [document](report::Locale l) { return report::render_text(document(l), l); };
  r.markdown = [document](report::Locale l) { return report::render_markdown(document(l), l); };
  r.table = std::move(table);
  r.json = std::move(json);
  return r;
}

int emit(const Renderers& renderers, const OutputOptions& out,
         const std::vector<std::string>& inputs) {
  if (int code = check_output_target(out.output, inputs)) return code;
  auto format = resolve_format(out);
  if (!format) return exit_usage;
  std::string text;
  switch (*format) {
    case report::Format::table:
      text = renderers.text(locale_of(out));
      break;
    case report::Format::md:
      text = renderers.markdown(locale_of(out));
      break;
    case report::Format::json:
      text = renderers.json();
      break;
    case report::Format::svg:
      if (!renderers.svg)
        return usage_error("this command draws no chart", "choose --format table, csv, json or md");
      text = renderers.svg(locale_of(out));
      break;
    case report::Format::csv:
      if (auto dialect = *report::csv_dialect_named(out.csv_dialect); renderers.csv)
        text = renderers.csv(dialect);
      else
        text = report::render_csv(renderers.table(), dialect);
      break;
  }
  return write_output(text, out.output, inputs);
}

std::string programme_title(const Result& r) {
  return r.analysis->programme.name + " (" + r.analysis->file + ")";
}

std::string overrides_text(const Analysis& a) {
  std::string out;
  for (const auto& o : a.overrides) out += (out.empty() ? "" : "; ") + o.path + "=" + o.value;
  return out;
}

int load_with_outcome(Session& s, const CaseOptions& o, const std::string& command) {
  if (int code = check_set_syntax(o.set)) return code;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  if (!outcome_of(s.result()))
    return usage_error_in(
        s.base->file,
        command + " needs a population block or a horizon: there is no net result to follow");
  return exit_ok;
}

}  // namespace mkba::cli
