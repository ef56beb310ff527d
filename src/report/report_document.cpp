// The document for a council or a reviewer: the run report with the cases'
// stories, the claims check, and the assumptions and sources behind it.
#include <fmt/format.h>

#include "report/audit.hpp"
#include "report/brief.hpp"
#include "report/build.hpp"
#include "report/paths.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/summary.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

std::string basis_description(const Basis& b, Locale locale) {
  switch (b.kind) {
    case Basis::Kind::mean:
      return tr(locale, "the mean of the cases");
    case Basis::Kind::median:
      return tr(locale, "the median of the cases");
    case Basis::Kind::single_case:
      return tr(locale, "case") + " " + b.case_id;
    case Basis::Kind::weights: {
      std::string mix;
      for (const auto& [id, w] : b.weights)
        mix += (mix.empty() ? "" : "; ") + id + " " + format_exact(w.exact(), locale);
      return tr(locale, "a case mix") + " (" + mix + ")";
    }
  }
  return {};
}

Section assumptions_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  Section s;
  s.heading = tr(locale, "Assumptions");
  auto add = [&](std::string text) { s.items.push_back(std::move(text)); };
  add(fmt::format(
      fmt::runtime(tr(locale,
                      "Prices are those of the tariff table '{}' ({}), price year {}; none "
                      "is indexed.")),
      a.tariffs.name, shown_path(a.tariffs.file, a.file), a.tariffs.price_year));
  add(tr(locale,
         "Programme costs are yearly; avoided care is counted once, in the year analysed."));
  add(tr(locale, "No deadweight, attribution or displacement is applied: figures are gross."));
  if (a.population) {
    for (const auto& payer : a.tariffs.payers) {
      const Basis* basis = &a.population->default_basis;
      for (const auto& [id, b] : a.population->payer_basis)
        if (id == payer.id) basis = &b;
      add(fmt::format(
          fmt::runtime(tr(locale, "{}: the avoided cost per participant is that of {}.")),
          payer.label, basis_description(*basis, locale)));
    }
    if (r.cases.size() < 5)
      add(fmt::format(fmt::runtime(tr(locale, "The population figures rest on {} case vignettes.")),
                      r.cases.size()));
  }
  add(tr(
      locale,
      "Amounts are exact; each is rounded once, to the cent, when shown (halves away from zero)."));
  return s;
}

Section sources_section(const Result& r, Locale locale) {
  const TariffTable& t = r.analysis->tariffs;
  Section s;
  s.heading = tr(locale, "Sources");
  if (!t.source.empty()) s.paragraphs.push_back(t.name + ": " + t.source);
  Table table{{tr(locale, "Tariff"), tr(locale, "Price"), tr(locale, "Unit"),
               tr(locale, "Price year"), tr(locale, "Source")},
              {},
              {}};
  for (const auto& tariff : t.tariffs)
    table.rows.push_back({Cell::of(tariff.label), Cell::price(tariff.price), Cell::of(tariff.unit),
                          Cell::of(std::to_string(tariff.price_year)), Cell::of(tariff.source)});
  s.tables.push_back(table);
  return s;
}

// A command's document as sections of the report: its opening paragraphs
// lead its first section, which shows `chart` when one could be drawn.
void add_part(Document& d, Document part, const svg::Chart& chart) {
  if (part.sections.empty()) return;
  Section& first = part.sections.front();
  first.paragraphs.insert(first.paragraphs.begin(), part.paragraphs.begin(), part.paragraphs.end());
  if (chart.refusal.empty()) first.charts.push_back(chart.svg);
  for (auto& s : part.sections) d.sections.push_back(std::move(s));
}

// What moves the result: scenarios, the one-way sensitivity, the
// simulation and leave-one-out, as far as they were computed.
void add_what_moves_it(Document& d, const Result& r, const Spread& spread,
                       const std::vector<Variant>& scenarios, Locale locale) {
  const Analysis& a = *r.analysis;
  if (scenarios.size() > 1) d.sections.push_back(scenarios_section(scenarios, locale));
  if (spread.sensitivity)
    add_part(d,
             sensitivity_document(a, *spread.sensitivity, spread.left_out, locale, Reader::council),
             render_tornado_svg(a, *spread.sensitivity, locale));
  else if (!spread.left_out.empty())
    d.sections.push_back(left_out_section(spread.left_out, locale));
  if (spread.simulation) {
    add_part(d, simulation_document(a, *spread.simulation, spread.options, locale),
             render_histogram_svg(a, *spread.simulation, locale));
    d.sections.back().heading = tr(locale, "Monte Carlo simulation");
  }
}

}  // namespace

Document report_document(const Result& r, const std::vector<ClaimCheck>& checks,
                         const std::vector<Finding>& findings, const Spread& spread,
                         const std::vector<Variant>& scenarios, Locale locale) {
  Document d = run_document(r, locale, true);
  // The first page comes right after the title. What was changed before
  // computing (the first paragraphs) conditions every figure on it and stays
  // above it; the run's other notes open the details.
  const std::size_t changes = (r.analysis->scenario.empty() ? 0 : 1) + r.analysis->overrides.size();
  Section brief = brief_section(r, checks, spread, locale);
  brief.paragraphs.assign(d.paragraphs.begin(), d.paragraphs.begin() + static_cast<long>(changes));
  std::vector<std::string>& first = d.sections.front().paragraphs;
  first.insert(first.begin(), d.paragraphs.begin() + static_cast<long>(changes),
               d.paragraphs.end());
  d.paragraphs.clear();
  d.sections.insert(d.sections.begin(), std::move(brief));
  add_what_moves_it(d, r, spread, scenarios, locale);
  if (!checks.empty()) d.sections.push_back(checks_section(checks, locale));
  d.sections.push_back(findings_section(findings, locale));
  d.sections.push_back(assumptions_section(r, locale));
  d.sections.push_back(sources_section(r, locale));
  return d;
}

}  // namespace mkba::report

namespace mkba::report {

Section provenance_section(const Provenance& p, Locale locale) {
  Section s;
  s.heading = tr(locale, "Reproducing this report");
  std::string made = "mkba " + p.version +
                     (p.revision.empty() ? "" : ", " + tr(locale, "revision") + " " + p.revision);
  s.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(locale, "Made by {} with: mkba {}")), made, p.command));
  // The first input is the case file, as named; the others relative to it.
  for (const auto& [file, hash] : p.inputs)
    s.items.push_back(shown_path(file, p.inputs.front().first) + ": SHA-256 " + hash);
  return s;
}

}  // namespace mkba::report
