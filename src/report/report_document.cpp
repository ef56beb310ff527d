// The document for a council or a reviewer: the run report with the cases'
// stories, the claims check, and the assumptions and sources behind it.
#include <fmt/format.h>

#include "report/audit.hpp"
#include "report/brief.hpp"
#include "report/build.hpp"
#include "report/paths.hpp"
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

}  // namespace

Document report_document(const Result& r, const std::vector<ClaimCheck>& checks,
                         const std::vector<Finding>& findings, const Spread& spread,
                         Locale locale) {
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
