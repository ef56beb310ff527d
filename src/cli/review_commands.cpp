// Reviewer commands: check claims, explain figures, list figures, write the
// report. They share the loading and output of session.cpp.
#include <algorithm>
#include <iostream>

#include "cli/app.hpp"
#include "cli/batch.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "cli/session.hpp"
#include "cli/tariff_commands.hpp"
#include "core/claims.hpp"
#include "core/suggest.hpp"
#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/tariff_reports.hpp"
#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::cli {
namespace {

std::string programme_title(const Result& r) {
  return r.analysis->programme.name + " (" + r.analysis->file + ")";
}

// One file's claims, kept with the session whose result they point into.
struct Checked {
  int code = 0;
  std::string errors;
  std::unique_ptr<Session> session;
  std::vector<ClaimCheck> checks;
  std::unique_ptr<ReferenceCheck> tariffs;  // when the file names a reference table
};

report::Section file_section(const Checked& c, report::Locale l) {
  report::Section s = report::checks_section(c.checks, l);
  s.heading = programme_title(c.session->result());
  if (c.checks.empty()) s = {s.heading, {report::tr(l, "The file states no claims.")}, {}, {}};
  return s;
}

}  // namespace

int run_check(const CaseOptions& o) {
  int code = exit_ok;
  std::vector<std::string> files;
  if (int stop = start_batch(o, files, code)) return stop;
  // Every file is checked even when one cannot be: a bad file is reported
  // (exit 3 or 4) and the others still print their verdicts.
  load::TariffCache cache;
  std::vector<Checked> all = run_batch<Checked>(files.size(), o, [&](std::size_t i) {
    Checked c;
    c.session = std::make_unique<Session>();
    if (load_and_calculate(*c.session, files[i], o, {}, &cache) &&
        check_reference(*c.session, c.tariffs))
      c.checks = check_claims(c.session->result());
    c.code = c.session->code;
    c.errors = c.session->errors;
    return c;
  });
  std::vector<const Checked*> good;
  std::vector<std::string> inputs;
  for (const auto& c : all) {
    std::cerr << c.errors;
    code = std::max(code, c.code);
    if (c.code != 0) continue;
    good.push_back(&c);
    for (const auto& f : inputs_of(*c.session)) inputs.push_back(f);
    if (c.tariffs) inputs.push_back(c.tariffs->reference.file);
    for (const auto& check : c.checks)
      if (!check.holds) code = std::max(code, int{exit_check_failed});
    code = std::max(code, reference_code(c.tariffs.get()));
  }
  if (good.empty()) return code;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = report::tr(l, "Claims check");
    for (const auto* c : good) {
      d.sections.push_back(file_section(*c, l));
      if (c->tariffs) d.sections.push_back(report::tariff_check_section(*c->tariffs->check, l));
    }
    return d;
  };
  auto table = [&] {
    report::Table t{{"file"}, {}, {}};
    for (const auto* c : good) {
      report::Table one = report::checks_table(c->checks, report::Locale::en, true);
      t.columns = one.columns;
      t.columns.insert(t.columns.begin(), "file");
      for (auto& row : one.rows) {
        row.insert(row.begin(), report::Cell::of(c->session->base->file));
        t.rows.push_back(row);
      }
    }
    return t;
  };
  auto json = [&] {
    std::string out = "[\n";
    for (std::size_t i = 0; i < good.size(); ++i) {
      const ReferenceCheck* r = good[i]->tariffs.get();
      out +=
          (i ? ",\n" : "") + report::render_checks_json(good[i]->checks, r ? &*r->check : nullptr);
    }
    return out + "]\n";
  };
  int written = emit(document_renderers(document, table, json), o.out, inputs);
  return written ? written : code;
}

int run_explain(const CaseOptions& o, const std::optional<std::string>& figure) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
  std::vector<Trace> traces;
  if (figure) {
    auto t = trace_figure(r, *figure);
    if (!t) return usage_error("unknown figure '" + *figure + "'", unknown_figure_hint(r, *figure));
    traces.push_back(*t);
  } else {
    for (auto& t : trace_figures(r, headline_paths(r))) traces.push_back(std::move(*t));
  }
  Renderers renderers;
  renderers.text = [&](report::Locale l) { return report::render_traces_text(traces, l); };
  renderers.markdown = [&](report::Locale l) {
    return "# " + report::markdown_text(programme_title(r)) + "\n\n" +
           report::render_traces_markdown(traces, l);
  };
  renderers.table = [&] { return report::traces_table(traces); };
  renderers.json = [&] { return report::render_traces_json(traces); };
  return emit(renderers, o.out, inputs_of(s));
}

int run_figures(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
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

int run_report(const CaseOptions& o) {
  if (int code = check_set_syntax(o.set)) return code;
  Session s;
  if (!load_and_calculate(s, o.files.at(0), o)) return print_errors(s);
  const Result& r = s.result();
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
