// mkba check: the figures a file's claims state against mkba's, and its
// tariffs against the reference table it names.
#include <iostream>

#include "cli/batch.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/exit.hpp"
#include "cli/session.hpp"
#include "cli/tariff_library.hpp"
#include "core/claims.hpp"
#include "core/findings.hpp"
#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/tariff_reports.hpp"
#include "report/words.hpp"

namespace mkba::cli {
namespace {

// One file's claims, kept with the session whose result they point into.
struct Checked {
  int code = 0;
  std::string errors;
  std::unique_ptr<Session> session;
  std::vector<ClaimCheck> checks;
  std::vector<Finding> findings;            // warnings: exit 1 only with --strict
  std::unique_ptr<ReferenceCheck> tariffs;  // when the file names a reference table
};

report::Section file_section(const Checked& c, report::Locale l) {
  report::Section s = report::checks_section(c.checks, l);
  s.heading = programme_title(c.session->result());
  if (c.checks.empty()) s = {s.heading, {report::tr(l, "The file states no claims.")}, {}, {}};
  return s;
}

int run_check(const CaseOptions& o, bool strict) {
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
        check_reference(*c.session, c.tariffs)) {
      if (auto checks = check_file_claims(*c.session, o)) c.checks = std::move(*checks);
      c.findings = find_findings(c.session->result());
    }
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
    if (strict && !c.findings.empty()) code = std::max(code, int{exit_check_failed});
    code = std::max(code, reference_code(c.tariffs.get()));
  }
  if (good.empty()) return code;
  auto document = [&](report::Locale l) {
    report::Document d;
    d.title = report::tr(l, "Claims check");
    for (const auto* c : good) {
      d.sections.push_back(file_section(*c, l));
      d.sections.push_back(report::findings_section(c->findings, l));
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
    report::Json j;
    j.open('{').key("mkba_version").text("2").key("files").open('[');
    for (const auto* c : good) {
      const ReferenceCheck* r = c->tariffs.get();
      j.value(report::render_checks_json(c->session->base->file, c->checks,
                                         r ? &*r->check : nullptr, &c->findings));
    }
    return j.close(']').close('}').str();
  };
  int written = emit(document_renderers(document, table, json), o.out, inputs);
  return written ? written : code;
}

}  // namespace

void setup_check(CLI::App& app, Commands& commands) {
  auto* cmd = add_command(
      app, "check",
      "Check the figures a file's `claims` state against mkba's, each rounded as the source "
      "rounded it; explains a claim that does not hold. Exit 1 when any does not hold",
      "check FILE|DIR... [--strict] [-j N] [--fail-fast] [case options] [output options]",
      {{"check cases/stadskamer.yaml", "each claim of the deck: holds, or why not"},
       {"check cases/ --format csv -o claims.csv", "every claim of every file below cases/"},
       {"check cases/stadskamer.yaml --strict", "and exit 1 on a finding of double counting too"}},
      "Exit codes: 0 every claim holds, 1 a claim does not hold, a tariff deviates from the "
      "reference table the file names, or (with --strict) a finding, 2 usage, 3 invalid input, 4 "
      "cannot read or write, 5 out of memory or internal error.");
  CaseDeclaration c = add_case_options(cmd, Inputs::many);
  CLI::Option* strict = add_switch(
      cmd, "--strict", "Exit 1 on a finding (care counted twice, more time than there is) too");
  OutputDeclaration out =
      add_output_options(cmd, {Format::table, Format::csv, Format::json, Format::md});
  commands.push_back({cmd, [=] {
                        Reader r(*cmd);
                        CaseOptions o = r.case_options(c);
                        const bool strict_findings = r.flag(strict);
                        o.out = r.output(out);
                        return r.code() ? r.code() : run_check(o, strict_findings);
                      }});
}

}  // namespace mkba::cli
