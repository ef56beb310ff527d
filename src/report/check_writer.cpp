// Claims next to computed figures, with the reason when a claim fails.
#include <fmt/format.h>

#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/tariff_reports.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// A claim as the source wrote it: "7,3 mln" when it was rounded to a tenth of
// a million or coarser, else in full.
std::string as_claimed(const ClaimCheck& c, const Exact& value, Locale locale) {
  if (c.kind == FigureKind::amount && c.precision >= Exact::integer(100000)) {
    Exact millions = value / Exact::integer(1000000);
    int decimals = c.precision >= Exact::integer(1000000) ? 0 : 1;
    return "EUR " + format_fixed(millions, decimals, locale) + " " + tr(locale, "million");
  }
  return format_figure(c.kind, value, locale);
}

std::string verdict(const ClaimCheck& c, Locale locale) {
  return c.holds ? tr(locale, "holds") : tr(locale, "DOES NOT HOLD");
}

std::string step_text(const ClaimCheck& c, const Exact& step, Locale locale) {
  return c.kind == FigureKind::amount ? "EUR " + format_exact(step, locale)
                                      : format_exact(step, locale);
}

}  // namespace

std::string check_explanation(const ClaimCheck& c, Locale locale) {
  if (c.holds) return {};
  std::string claimed = as_claimed(c, c.claim->value, locale);
  std::string computed = format_figure(c.kind, c.computed, locale);
  std::string rounded = as_claimed(c, c.rounded, locale);
  switch (c.reason) {
    case ClaimCheck::Reason::sum_of_rounded_parts: {
      std::string parts;
      for (const auto& [path, value] : c.parts)
        parts += (parts.empty() ? "" : " + ") + as_claimed(c, value, locale);
      return fmt::format(
          fmt::runtime(tr(locale,
                          "{} is the sum of parts that were each rounded first: {} = {}. "
                          "The exact total {} rounds to {}.")),
          claimed, parts, claimed, computed, rounded);
    }
    case ClaimCheck::Reason::rounded_up:
      return fmt::format(
          fmt::runtime(tr(locale, "The source rounded {} up to {}, not to the nearest {}.")),
          computed, claimed, step_text(c, c.precision, locale));
    case ClaimCheck::Reason::coarser_rounding:
      return fmt::format(
          fmt::runtime(
              tr(locale, "{} holds if the source rounded to {} rather than {}: {} rounds to {}.")),
          claimed, step_text(c, c.step, locale), step_text(c, c.precision, locale), computed,
          claimed);
    case ClaimCheck::Reason::whole_factor:
      return c.factor > 0
                 ? fmt::format(
                       fmt::runtime(
                           tr(locale, "{} is {} times the computed {}: a factor counted twice?")),
                       claimed, c.factor, computed)
                 : fmt::format(
                       fmt::runtime(
                           tr(locale,
                              "The computed {} is {} times the claimed {}: a factor missing?")),
                       computed, -c.factor, claimed);
    case ClaimCheck::Reason::no_value:
      return fmt::format(
          fmt::runtime(
              tr(locale, "{} has no value here (for a payback year: not within the horizon).")),
          c.claim->figure);
    case ClaimCheck::Reason::none:
      break;
  }
  return fmt::format(fmt::runtime(tr(locale, "The computed {} rounds to {}, not {}.")), computed,
                     rounded, claimed);
}

std::string render_checks_json(const std::string& file, const std::vector<ClaimCheck>& checks,
                               const TariffCheck* tariffs, const std::vector<Finding>* findings) {
  Table plain = checks_table(checks, Locale::en, true);
  Json j;
  j.open('{').key("file").text(file);
  std::size_t failed = 0;
  for (const auto& c : checks) failed += c.holds ? 0 : 1;
  j.key("claims").count(static_cast<long long>(checks.size()));
  j.key("failed").count(static_cast<long long>(failed));
  j.key("checks").open('[');
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const auto& row = plain.rows[i];
    j.open('{').key("figure").text(checks[i].claim->figure);
    for (std::size_t col = 1; col < plain.columns.size(); ++col) {
      j.key(plain.columns[col]);
      if (plain.columns[col] == "holds")
        j.raw(checks[i].holds ? "true" : "false");
      else if (row[col].is_numeric())
        j.raw(cell_plain(row[col]));
      else
        j.text(row[col].text);
    }
    j.key("explanation").text(check_explanation(checks[i], Locale::en)).close('}');
  }
  j.close(']');
  if (findings) {
    j.key("findings");
    findings_json(j, *findings);
  }
  if (tariffs) {
    j.key("tariff_check");
    tariff_check_json(j, *tariffs);
  }
  j.close('}');
  return j.str();
}

Table checks_table(const std::vector<ClaimCheck>& checks, Locale locale, bool plain) {
  Table t;
  if (plain) {
    t.columns = {"figure",  "claimed", "precision", "computed",
                 "rounded", "holds",   "reason",    "source"};
    for (const auto& c : checks) {
      static const char* reasons[] = {
          "", "sum_of_rounded_parts", "rounded_up", "coarser_rounding", "whole_factor", "no_value"};
      auto cell = [&](const Exact& v) {
        return c.kind == FigureKind::amount ? Cell::amount(Money(v)) : Cell::number(Quantity(v));
      };
      t.rows.push_back({Cell::of(c.claim->figure), cell(c.claim->value),
                        Cell::number(Quantity(c.precision)), cell(c.computed), cell(c.rounded),
                        Cell::of(c.holds ? "true" : "false"),
                        Cell::of(c.holds ? "" : reasons[static_cast<int>(c.reason)]),
                        Cell::of(c.claim->source)});
    }
    return t;
  }
  t.columns = {tr(locale, "Figure"),  tr(locale, "Claimed"), tr(locale, "Computed"),
               tr(locale, "Rounded"), tr(locale, "Verdict"), tr(locale, "Source")};
  for (const auto& c : checks) {
    bool valueless = c.reason == ClaimCheck::Reason::no_value;
    t.rows.push_back(
        {Cell::of(c.claim->figure), Cell::of(as_claimed(c, c.claim->value, locale)),
         valueless ? Cell::missing() : Cell::of(format_figure(c.kind, c.computed, locale)),
         valueless ? Cell::missing() : Cell::of(as_claimed(c, c.rounded, locale)),
         Cell::of(verdict(c, locale)), Cell::of(c.claim->source)});
  }
  return t;
}

Section checks_section(const std::vector<ClaimCheck>& checks, Locale locale) {
  Section s;
  s.heading = tr(locale, "Claims");
  std::size_t failed = 0;
  for (const auto& c : checks) failed += c.holds ? 0 : 1;
  s.paragraphs.push_back(fmt::format(fmt::runtime(tr(locale, "{} of {} claims hold.")),
                                     checks.size() - failed, checks.size()));
  s.tables.push_back(checks_table(checks, locale, false));
  for (const auto& c : checks)
    if (!c.holds) s.notes.push_back(c.claim->figure + ": " + check_explanation(c, locale));
  return s;
}

Table figures_table(const Result& result, bool plain) {
  Table t{{plain ? "figure" : "Figure", plain ? "value" : "Value"}, {}, {}};
  const std::vector<std::string> paths = figure_paths(result);
  const std::vector<std::optional<Trace>> traces = trace_figures(result, paths, true);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string& path = paths[i];
    const Trace& tr = *traces[i];
    Cell value = tr.kind == FigureKind::amount  ? Cell::amount(Money(tr.value))
                 : tr.kind == FigureKind::ratio ? Cell::ratio(Quantity(tr.value))
                 : tr.kind == FigureKind::year  ? Cell::of(plain_fixed(tr.value, 0))
                 : tr.kind == FigureKind::count ? Cell{Cell::Kind::count, {}, tr.value}
                                                : Cell::number(Quantity(tr.value));
    t.rows.push_back({Cell::of(path), value});
  }
  return t;
}

}  // namespace mkba::report
