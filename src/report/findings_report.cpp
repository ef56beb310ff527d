// The findings of double counting and impossible time as sentences, with the
// arithmetic and the lines they rest on.
#include <fmt/format.h>

#include <algorithm>

#include "report/audit.hpp"
#include "report/json_builder.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// Time in whole units or to two decimals: 1 hour is 0,04 days.
std::string number(const Exact& x, Locale l) {
  return format_fixed(x, std::min(2, x.exact_decimals(2).value_or(2)), l);
}

// "10 + 6 = 16", or "16" for one part.
std::string sum(const Finding& f, Locale l) {
  if (f.parts.size() < 2) return number(f.value, l);
  std::string out;
  for (const auto& part : f.parts) out += (out.empty() ? "" : " + ") + number(part, l);
  return out + " = " + number(f.value, l);
}

std::string place(const Origin& o) {
  return o.line ? o.file + ":" + std::to_string(o.line) : o.file;
}

std::string places(const Finding& f, std::size_t from = 0, std::size_t to = std::string::npos) {
  std::string out;
  for (std::size_t i = from; i < f.where.size() && i < to; ++i)
    out += (out.empty() ? "" : ", ") + place(f.where[i]);
  return out;
}

std::string units(Occupies o, Locale l) {
  return tr(l, o == Occupies::dagdeel ? "dagdelen" : o == Occupies::hour ? "hours" : "days");
}

std::string periods(Period p, Locale l) { return tr(l, std::string(period_name(p)) + "s"); }

std::string in_year(const Finding& f, Locale l) {
  return f.year ? fmt::format(fmt::runtime(tr(l, "in year {}")), f.year) : tr(l, "in one year");
}

std::string joined(const std::vector<std::string>& ids, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < ids.size(); ++i) out += (out.empty() ? "" : ", ") + ids[i];
  return out;
}

std::string sentence(const Finding& f, Locale l) {
  using Kind = Finding::Kind;
  auto say = [&](const char* english, auto&&... args) {
    return fmt::format(fmt::runtime(tr(l, english)), args...);
  };
  switch (f.kind) {
    case Kind::same_tariff:
      return say(
          "case {}: tariff {} is on two lines ({}), and both are summed; give each line an `id` "
          "when both are meant.",
          f.case_id, f.tariffs[0], places(f));
    case Kind::whole_and_part:
      return say("case {}: {} includes {} ({}), and both are avoided ({}): counted twice?",
                 f.case_id, f.tariffs[0], f.tariffs[1], places(f, 2), places(f, 0, 2));
    case Kind::rate:
      return say("case {}: the care needs {} {} a {}; a {} holds {} ({}).", f.case_id, sum(f, l),
                 units(f.unit, l), tr(l, period_name(f.per)), tr(l, period_name(f.per)),
                 number(f.limit, l), places(f));
    case Kind::periods:
      return say("case {}: {} {} in one year; a year holds {} ({}).", f.case_id, number(f.value, l),
                 periods(f.per, l), number(f.limit, l), places(f));
    case Kind::year:
      return say("case {}: the care needs {} {} {}; a year holds {} ({}).", f.case_id, sum(f, l),
                 units(f.unit, l), in_year(f, l), number(f.limit, l), places(f));
    case Kind::admitted:
      return say(
          "case {}: {} over {} days and {} admitted for {} days need {} days {}; a year holds {}: "
          "is care counted on the days of an admission? ({})",
          f.case_id, f.tariffs[0], number(f.parts[0], l), joined(f.tariffs, 1),
          number(f.value - f.parts[0], l), sum(f, l), in_year(f, l), number(f.limit, l), places(f));
    case Kind::most_expensive:
      return say(
          "payer {} counts every participant as case {}, its most expensive case for that payer "
          "(EUR {}; the mean of the cases EUR {}), while the other payers count a mix of the "
          "cases ({}).",
          f.payer, f.case_id, format_amount(Money(f.value), l), format_amount(Money(f.limit), l),
          places(f));
    case Kind::weights_count:
      return say(
          "the weights of {} count {} participants; the population has {}: participants counted "
          "more than once? ({})",
          f.payer.empty() ? tr(l, "the default basis") : f.payer, sum(f, l), number(f.limit, l),
          places(f));
  }
  return {};
}

const char* kind_name(Finding::Kind k) {
  static const char* names[] = {"same_tariff", "whole_and_part", "rate",           "periods",
                                "year",        "admitted",       "most_expensive", "weights_count"};
  return names[static_cast<int>(k)];
}

}  // namespace

std::string finding_text(const Finding& f, Locale locale) { return sentence(f, locale); }

Section findings_section(const std::vector<Finding>& findings, Locale l) {
  Section s;
  s.heading = tr(l, "Findings");
  if (findings.empty()) {
    s.paragraphs.push_back(
        tr(l, "No findings: no care counted twice, no more time than there is."));
    return s;
  }
  s.paragraphs.push_back(
      findings.size() == 1
          ? tr(l,
               "One finding: care that may be counted twice, or that needs more time than "
               "there is. The figures are computed as written.")
          : fmt::format(
                fmt::runtime(tr(l,
                                "{} findings: care that may be counted twice, or that needs "
                                "more time than there is. The figures are computed as "
                                "written.")),
                findings.size()));
  for (const auto& f : findings) s.items.push_back(sentence(f, l));
  return s;
}

void findings_json(Json& j, const std::vector<Finding>& findings) {
  j.open('[');
  for (const auto& f : findings) {
    j.open('{').key("kind").text(kind_name(f.kind));
    if (!f.case_id.empty()) j.key("case").text(f.case_id);
    if (!f.payer.empty()) j.key("payer").text(f.payer);
    j.key("message").text(sentence(f, Locale::en));
    j.key("where").open('[');
    for (const auto& o : f.where)
      j.open('{').key("file").text(o.file).key("line").count(o.line).close('}');
    j.close(']').close('}');
  }
  j.close(']');
}

}  // namespace mkba::report
