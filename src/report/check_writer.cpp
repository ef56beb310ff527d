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

// What the claim states, as the source wrote it: a value or a range.
std::string claimed_text(const ClaimCheck& c, Locale locale) {
  if (!c.claim->range) return as_claimed(c, c.claim->value, locale);
  return fmt::format(fmt::runtime(tr(locale, "{} to {}")),
                     as_claimed(c, c.claim->range->low, locale),
                     as_claimed(c, c.claim->range->high, locale));
}

// The figure path, with the scenario a claim is checked on.
std::string claim_label(const ClaimCheck& c) {
  return c.claim->scenario.empty() ? c.claim->figure
                                   : c.claim->figure + " (" + c.claim->scenario + ")";
}

}  // namespace

std::string check_verdict(const ClaimCheck& c, Locale locale) {
  if (!c.holds) return tr(locale, "DOES NOT HOLD");
  switch (c.claim->rounding) {
    case Claim::Rounding::down:
      return tr(locale, "holds (truncated)");
    case Claim::Rounding::up:
      return tr(locale, "holds (rounded up)");
    case Claim::Rounding::nearest:
      break;
  }
  return tr(locale, "holds");
}

namespace {

std::string step_text(const ClaimCheck& c, const Exact& step, Locale locale) {
  return c.kind == FigureKind::amount ? "EUR " + format_exact(step, locale)
                                      : format_exact(step, locale);
}

}  // namespace

namespace {

// A claim that holds because the source rounded down or up, as it says.
std::string held_explanation(const ClaimCheck& c, Locale locale) {
  std::string computed = format_figure(c.kind, c.computed, locale);
  std::string step = step_text(c, c.precision, locale);
  std::string rounded = as_claimed(c, c.rounded, locale);
  switch (c.claim->rounding) {
    case Claim::Rounding::down:
      return fmt::format(
          fmt::runtime(tr(locale, "The source truncated: {} rounded down to {} is {}.")), computed,
          step, rounded);
    case Claim::Rounding::up:
      return fmt::format(
          fmt::runtime(tr(locale, "The source rounded up: {} rounded up to {} is {}.")), computed,
          step, rounded);
    case Claim::Rounding::nearest:
      break;
  }
  return {};
}

// The claim holds if the source rounded otherwise than the claim says.
std::string other_rounding(const ClaimCheck& c, Locale locale) {
  std::string claimed = as_claimed(c, c.claim->value, locale);
  std::string computed = format_figure(c.kind, c.computed, locale);
  if (c.reason == ClaimCheck::Reason::rounded_up && c.claim->rounding == Claim::Rounding::nearest &&
      c.step == c.precision)
    return fmt::format(
        fmt::runtime(tr(locale, "The source rounded {} up to {}, not to the nearest {}.")),
        computed, claimed, step_text(c, c.precision, locale));
  const char* sentence =
      c.reason == ClaimCheck::Reason::rounded_down
          ? "{0} holds if the source truncated: {2} rounded down to {1} is {0}."
      : c.reason == ClaimCheck::Reason::rounded_up
          ? "{0} holds if the source rounded up: {2} rounded up to {1} is {0}."
          : "{0} holds if the source rounded to the nearest {1}: {2} rounds to {0}.";
  return fmt::format(fmt::runtime(tr(locale, sentence)), claimed, step_text(c, c.step, locale),
                     computed);
}

// No reason found: what the figure rounds to, the way the claim says.
std::string plain_failure(const ClaimCheck& c, Locale locale) {
  std::string computed = format_figure(c.kind, c.computed, locale);
  std::string rounded = as_claimed(c, c.rounded, locale);
  std::string claimed = claimed_text(c, locale);
  std::string step = step_text(c, c.precision, locale);
  const bool range = c.claim->range.has_value();
  switch (c.claim->rounding) {
    case Claim::Rounding::down:
      return fmt::format(
          fmt::runtime(tr(locale, range ? "The computed {} rounded down to {} is {}, outside {}."
                                        : "The computed {} rounded down to {} is {}, not {}.")),
          computed, step, rounded, claimed);
    case Claim::Rounding::up:
      return fmt::format(
          fmt::runtime(tr(locale, range ? "The computed {} rounded up to {} is {}, outside {}."
                                        : "The computed {} rounded up to {} is {}, not {}.")),
          computed, step, rounded, claimed);
    case Claim::Rounding::nearest:
      break;
  }
  return fmt::format(fmt::runtime(tr(locale, range ? "The computed {} rounds to {}, outside {}."
                                                   : "The computed {} rounds to {}, not {}.")),
                     computed, rounded, claimed);
}

}  // namespace

std::string check_explanation(const ClaimCheck& c, Locale locale) {
  if (c.holds) return held_explanation(c, locale);
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
    case ClaimCheck::Reason::rounded_down:
    case ClaimCheck::Reason::rounded_nearest:
      return other_rounding(c, locale);
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
  return plain_failure(c, locale);
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
      else if (row[col].kind == Cell::Kind::missing)
        j.raw("null");
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
    t.columns = {"figure", "claimed", "precision", "computed", "rounded", "holds",
                 "reason", "source",  "scenario",  "low",      "high",    "rounding"};
    for (const auto& c : checks) {
      static const char* reasons[] = {
          "",         "sum_of_rounded_parts", "rounded_up",     "coarser_rounding", "whole_factor",
          "no_value", "rounded_down",         "rounded_nearest"};
      static const char* roundings[] = {"nearest", "down", "up"};
      auto cell = [&](const Exact& v) {
        return c.kind == FigureKind::amount ? Cell::amount(Money(v)) : Cell::number(Quantity(v));
      };
      const auto& range = c.claim->range;
      t.rows.push_back({Cell::of(c.claim->figure), range ? Cell::missing() : cell(c.claim->value),
                        Cell::number(Quantity(c.precision)), cell(c.computed), cell(c.rounded),
                        Cell::of(c.holds ? "true" : "false"),
                        Cell::of(c.holds ? "" : reasons[static_cast<int>(c.reason)]),
                        Cell::of(c.claim->source), Cell::of(c.claim->scenario),
                        range ? cell(range->low) : Cell::missing(),
                        range ? cell(range->high) : Cell::missing(),
                        Cell::of(roundings[static_cast<int>(c.claim->rounding)])});
    }
    return t;
  }
  t.columns = {tr(locale, "Figure"),  tr(locale, "Claimed"), tr(locale, "Computed"),
               tr(locale, "Rounded"), tr(locale, "Verdict"), tr(locale, "Source")};
  for (const auto& c : checks) {
    bool valueless = c.reason == ClaimCheck::Reason::no_value;
    t.rows.push_back(
        {Cell::of(claim_label(c)), Cell::of(claimed_text(c, locale)),
         valueless ? Cell::missing() : Cell::of(format_figure(c.kind, c.computed, locale)),
         valueless ? Cell::missing() : Cell::of(as_claimed(c, c.rounded, locale)),
         Cell::of(check_verdict(c, locale)), Cell::of(c.claim->source)});
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
    if (std::string why = check_explanation(c, locale); !why.empty())
      s.notes.push_back(claim_label(c) + ": " + why);
  return s;
}

Table figures_table(const Result& result, bool plain, Locale locale) {
  Table t{{plain ? "figure" : tr(locale, "Figure"), plain ? "value" : tr(locale, "Value")}, {}, {}};
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
