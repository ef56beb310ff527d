// Reviewer commands: check claims, explain figures, list figures, write the
// report. They share the loading and output of session.cpp.
#include <algorithm>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/session.hpp"
#include "core/claims.hpp"
#include "core/suggest.hpp"
#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::cli {
namespace {

std::string programme_title(const Result& r) {
  return r.analysis->programme.name + " (" + r.analysis->file + ")";
}

}  // namespace

int run_check(const ReviewOptions& o) {
  // Every file is checked even when one cannot be: a bad file is reported
  // (exit 3 or 4) and the others still print their verdicts.
  std::vector<std::unique_ptr<Session>> sessions;
  std::vector<std::vector<ClaimCheck>> checks;
  int code = exit_ok;
  for (const auto& file : o.files) {
    auto s = std::make_unique<Session>();
    if (int c = load_and_calculate(*s, file, o.tariffs)) {
      code = std::max(code, c);
      continue;
    }
    checks.push_back(check_claims(*s->result));
    for (const auto& c : checks.back())
      if (!c.holds) code = std::max(code, int{exit_check_failed});
    sessions.push_back(std::move(s));
  }
  if (sessions.empty()) return code;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = report::tr(l, "Claims check");
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      report::Section s = report::checks_section(checks[i], l);
      s.heading = programme_title(*sessions[i]->result);
      if (checks[i].empty()) s = {s.heading, {report::tr(l, "The file states no claims.")}, {}, {}};
      d.sections.push_back(s);
    }
    return d;
  };
  auto table = [&] {
    report::Table all;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      report::Table t = report::checks_table(checks[i], report::Locale::en, true);
      all.columns = t.columns;
      all.columns.insert(all.columns.begin(), "file");
      for (auto& row : t.rows) {
        row.insert(row.begin(), report::Cell::of(sessions[i]->analysis->file));
        all.rows.push_back(row);
      }
    }
    return all;
  };
  auto json = [&] {
    std::string out = "[\n";
    for (std::size_t i = 0; i < sessions.size(); ++i)
      out += (i ? ",\n" : "") + report::render_checks_json(checks[i]);
    return out + "]\n";
  };
  std::vector<std::string> inputs;
  for (const auto& s : sessions)
    for (const auto& f : inputs_of(*s)) inputs.push_back(f);
  int written = emit(document_renderers(document, table, json), o.out, inputs);
  return written ? written : code;
}

int run_explain(const ReviewOptions& o) {
  Session s;
  if (int code = load_and_calculate(s, o.file, o.tariffs)) return code;
  const Result& r = *s.result;
  std::vector<Trace> traces;
  if (o.figure) {
    auto t = trace_figure(r, *o.figure);
    if (!t)
      return usage_error(
          "unknown figure '" + *o.figure + "'",
          did_you_mean(*o.figure, figure_paths(r)) + " ('mkba figures FILE' lists them all)");
    traces.push_back(*t);
  } else {
    for (const auto& path : headline_paths(r)) traces.push_back(*trace_figure(r, path));
  }
  Renderers renderers;
  renderers.text = [&](report::Locale l) { return report::render_traces_text(traces, l); };
  renderers.markdown = [&](report::Locale l) {
    return "# " + programme_title(r) + "\n\n" + report::render_traces_markdown(traces, l);
  };
  renderers.table = [&] { return report::traces_table(traces); };
  renderers.json = [&] { return report::render_traces_json(traces); };
  return emit(renderers, o.out, inputs_of(s));
}

int run_figures(const ReviewOptions& o) {
  Session s;
  if (int code = load_and_calculate(s, o.file, o.tariffs)) return code;
  const Result& r = *s.result;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = programme_title(r);
    d.sections.push_back({report::tr(l, "Figures"), {}, {report::figures_table(r, false)}, {}});
    return d;
  };
  auto json = [&] {
    report::Table t = report::figures_table(r, true);
    report::Json j;
    j.open('{');
    for (const auto& row : t.rows) j.key(row[0].text).raw(report::cell_plain(row[1]));
    j.close('}');
    return j.str();
  };
  return emit(document_renderers(
                  document, [&] { return report::figures_table(r, true); }, json),
              o.out, inputs_of(s));
}

int run_report(const ReviewOptions& o) {
  Session s;
  if (int code = load_and_calculate(s, o.file, o.tariffs)) return code;
  const Result& r = *s.result;
  std::vector<ClaimCheck> checks = check_claims(r);
  OutputOptions out = o.out;
  if (!out.format && !out.output) out.format = "md";  // a report is a document
  Renderers renderers =
      document_renderers([&](report::Locale l) { return report::report_document(r, checks, l); },
                         [&] { return report::checks_table(checks, report::Locale::en, true); },
                         [&] { return report::render_checks_json(checks); });
  return emit(renderers, out, inputs_of(s));
}

}  // namespace mkba::cli
