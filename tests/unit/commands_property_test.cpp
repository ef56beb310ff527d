// Generated multi-year programmes (programme_generator.hpp) through what each
// command computes and writes, as the command line calls the core and report
// layers: no exception may escape, and every refusal is a located error that
// names what could not be computed. Leave-one-out, derived from aggregates,
// must equal dropping the case and computing again.
//
// A failure names its seed; MKBA_PROPERTY_SEED=N runs that one programme again,
// MKBA_PROPERTY_VERBOSE=1 shows why each refused programme was refused.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/calculate.hpp"
#include "core/claims.hpp"
#include "core/headline.hpp"
#include "core/overrides.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "core/trace.hpp"
#include "programme_generator.hpp"
#include "random_source.hpp"
#include "report/audit.hpp"
#include "report/brief.hpp"
#include "report/build.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/summary.hpp"
#include "report/writer.hpp"

using namespace mkba;

namespace {

std::vector<std::uint64_t> seeds(std::uint64_t first, int count) {
  if (const char* one = std::getenv("MKBA_PROPERTY_SEED")) return {std::strtoull(one, nullptr, 10)};
  std::vector<std::uint64_t> out;
  for (int i = 0; i < count; ++i) out.push_back(first + static_cast<std::uint64_t>(i));
  return out;
}

Analysis generated(std::uint64_t seed) {
  test::RandomSource source(seed);
  return test::ProgrammeGenerator<test::RandomSource>(source).programme();
}

// What session.cpp does for every command: overrides, validation, the
// calculation, claims and uncertain parameters.
std::optional<Result> compute(const Analysis& a, Diagnostics& d) {
  d = validate(a);
  if (!d.empty()) return std::nullopt;
  std::optional<Result> r = calculate(a, d);
  if (r) d = validate_claims(*r);
  if (d.empty()) d = validate_uncertainty(a);
  if (!d.empty()) return std::nullopt;
  return r;
}

void render_run(const Result& r) {
  for (auto l : {report::Locale::nl, report::Locale::en}) {
    report::render_text(report::run_document(r, l), l);
    report::render_markdown(report::run_document(r, l, true), l);
    report::render_text(report::breakeven_document(r, l), l);
  }
  report::render_json(r);
  for (std::size_t i = 0; i < report::csv_table_names().size(); ++i)
    report::render_csv(report::csv_table(r, static_cast<report::CsvTable>(i)));
}

void review(const Result& r) {
  std::vector<ClaimCheck> checks = check_claims(r);
  const report::Document document = report::report_document(
      r, checks, find_findings(r), report::Spread{}, {}, report::Locale::nl);
  report::render_markdown(document, report::Locale::nl);
  report::render_html(document, report::Locale::nl);
  report::render_checks_json("case.yaml", checks);
  report::render_csv(report::figures_table(r, true));
  std::vector<Trace> traces;
  for (const auto& path : headline_paths(r)) traces.push_back(*trace_figure(r, path));
  report::render_traces_text(traces, report::Locale::en);
  report::render_traces_json(traces);
}

// compare: the base and each scenario, and their differences to the base.
bool compare(const Analysis& a, const Result& base, Diagnostics& d) {
  std::vector<report::Variant> variants{{"base", "", {}, headline(base), std::nullopt}};
  std::vector<Analysis> scenarios;  // the results point into them
  scenarios.reserve(a.scenarios.size());
  for (const auto& sc : a.scenarios) {
    scenarios.push_back(a);
    d = apply_overrides(scenarios.back(), sc.set);
    if (!d.empty()) return false;
    auto r = compute(scenarios.back(), d);
    if (!r) return false;
    variants.push_back({sc.name, "", {}, headline(*r), std::nullopt});
  }
  for (std::size_t i = 0; i < variants.size(); ++i) {
    Origin where = i ? a.scenarios[i - 1].origin : a.programme.origin;
    variants[i].change =
        difference(variants[i].headline, variants[0].headline, variants[i].name, where, d);
  }
  if (!d.empty()) return false;
  report::render_text(
      {"compare", {}, {{"", {}, {report::compare_table(variants, report::Locale::nl, false)}, {}}}},
      report::Locale::nl);
  report::render_compare_json(variants);
  return true;
}

bool sensitivity(const Analysis& a, Diagnostics& d) {
  Sensitivity s = one_way(a, d);
  std::vector<LeftOut> left_out = leave_one_out(a, d);
  if (!d.empty()) return false;
  report::render_text(report::sensitivity_document(a, s, left_out, report::Locale::en),
                      report::Locale::en);
  report::render_csv(report::sensitivity_table(s));
  report::render_sensitivity_json(s, left_out);
  report::render_tornado_svg(a, s, report::Locale::nl);
  return true;
}

bool simulation(const Analysis& a, bool bootstrap, Diagnostics& d) {
  SimulationOptions o;
  o.draws = 40;
  o.bootstrap_cases = bootstrap;
  o.keep_draws = o.keep_net = true;
  SimulationResult s = simulate(a, o, d);
  if (!d.empty()) return false;
  report::render_text(report::simulation_document(a, s, o, report::Locale::nl), report::Locale::nl);
  report::render_draws_csv(a, s, report::CsvDialect::nl);
  report::render_simulation_json(s, o);
  report::render_histogram_svg(a, s, report::Locale::en);
  return true;
}

// Runs every command on `a`; the diagnostics of the first that refuses, and
// in `failed` which one it was.
Diagnostics every_command(const Analysis& a, std::string& failed) {
  Diagnostics d;
  failed = "run";
  auto r = compute(a, d);
  if (!r) return d;
  render_run(*r);
  review(*r);
  failed = "compare";
  if (!compare(a, *r, d)) return d;
  if (!outcome_of(*r)) return {};
  failed = "sensitivity";
  if (!sensitivity(a, d)) return d;
  if (a.uncertainty.empty()) return {};
  failed = "simulate";
  if (!simulation(a, false, d)) return d;
  failed = "simulate --bootstrap-cases";
  if (!simulation(a, true, d)) return d;
  failed.clear();
  return {};
}

}  // namespace

TEST_CASE("property: every command on multi-year programmes refuses with a located error") {
  std::map<std::string, int> refused;
  int computed = 0;
  for (auto seed : seeds(1, 400)) {
    CAPTURE(seed);
    Analysis a = generated(seed);
    REQUIRE(validate(a).empty());  // the generator writes valid programmes
    std::string failed;
    Diagnostics d;
    try {
      d = every_command(a, failed);
    } catch (const std::exception& e) {
      FAIL_CHECK(failed << ": an exception escaped: " << e.what());
      continue;
    }
    if (d.empty()) {
      ++computed;
      continue;
    }
    ++refused[failed];
    if (std::getenv("MKBA_PROPERTY_VERBOSE")) MESSAGE(failed << ": " << d.items()[0].message);
    for (const auto& item : d.items()) {
      CAPTURE(item.message);
      CHECK(item.where.file == "generated.yaml");
      CHECK(item.where.line > 0);
      // An exact value out of range names the figure it belongs to.
      if (item.message.find("too large to compute exactly") != std::string::npos)
        CHECK(item.message.rfind("a result", 0) == std::string::npos);
    }
  }
  std::string summary;
  for (const auto& [command, count] : refused)
    summary += " " + command + ": " + std::to_string(count) + ";";
  MESSAGE(computed << " programmes through every command; refused by" << summary);
  CHECK(computed > 200);
}

namespace {

// The outcome without case `c` the slow way: the case dropped from the
// analysis, a basis that named it repaired as README says, and everything
// computed again. None when the exact model refuses.
std::optional<Outcome> dropped_and_computed(const Analysis& a, std::size_t c) {
  Analysis without = test::without_case(a, c);
  Diagnostics d;
  auto r = calculate(without, d);  // not validate(): weights that were shares need not sum to 1
  if (!r) return std::nullopt;
  return outcome_of(*r);
}

}  // namespace

TEST_CASE("property: leave-one-out from aggregates equals dropping the case and computing again") {
  int compared = 0, refused = 0;
  for (auto seed : seeds(1, 400)) {
    CAPTURE(seed);
    Analysis a = generated(seed);
    Diagnostics d;
    auto r = compute(a, d);
    if (!r || !outcome_of(*r) || a.cases.size() < 2) continue;
    std::vector<LeftOut> fast = leave_one_out(a, d);
    std::vector<std::optional<Outcome>> slow;
    bool all = true;
    for (std::size_t c = 0; c < a.cases.size(); ++c) {
      slow.push_back(dropped_and_computed(a, c));
      all = all && slow.back();
    }
    if (fast.empty()) {
      // Refused only where computing again refuses too, or where the change
      // to the base (which the slow way does not compute) is out of range.
      REQUIRE_FALSE(d.empty());
      const std::string& message = d.items().front().message;
      CAPTURE(message);
      CHECK((!all || message.find(": the change in ") != std::string::npos));
      ++refused;
      continue;
    }
    REQUIRE(fast.size() == a.cases.size());
    for (std::size_t c = 0; c < a.cases.size(); ++c) {
      CAPTURE(c);
      if (!slow[c]) continue;
      ++compared;
      CHECK(fast[c].case_id == a.cases[c].id);
      CHECK(fast[c].outcome.figure == slow[c]->figure);
      CHECK(fast[c].outcome.net == slow[c]->net);
      CHECK(fast[c].outcome.ratio == slow[c]->ratio);
      REQUIRE(fast[c].outcome.net_by_payer.size() == slow[c]->net_by_payer.size());
      for (std::size_t p = 0; p < slow[c]->net_by_payer.size(); ++p)
        CHECK(fast[c].outcome.net_by_payer[p].amount == slow[c]->net_by_payer[p].amount);
    }
  }
  MESSAGE(compared << " cases left out compared; " << refused << " programmes refused");
  CHECK(compared > 500);
}
