#include "report/sensitivity_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/json_builder.hpp"
#include "report/svg.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

constexpr std::size_t fragile_case_count = 5;

std::string outcome_label(const Outcome& o, Locale l) {
  return o.figure == "npv" ? tr(l, "NPV") : tr(l, "Net result");
}

Cell switching_cell(const OneWay& row, Locale l) {
  return row.switching ? Cell::parameter(*row.switching) : Cell::of(tr(l, "none in range"));
}

}  // namespace

Document sensitivity_document(const Analysis& a, const Sensitivity& s,
                              const std::vector<LeftOut>& left_out, Locale l) {
  Document d;
  d.title = a.programme.name + ": " + tr(l, "sensitivity");
  std::string figure = outcome_label(s.base, l);
  d.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(l,
                                  "{} at base: EUR {}; each parameter at its low and high, "
                                  "the rest at base.")),
                  figure, format_amount(s.base.net, l)));
  if (a.cases.size() < fragile_case_count)
    d.paragraphs.push_back(
        tr(l, "Warning") + ": " + tr(l, "Only") + " " + std::to_string(a.cases.size()) + " " +
        tr(l, "cases: a population estimate that rests on so few vignettes is fragile."));
  Section one{tr(l, "One-way sensitivity"), {}, {}, {}};
  Table t{{tr(l, "Parameter"), tr(l, "Low"), tr(l, "High"), figure + " " + tr(l, "at low"),
           figure + " " + tr(l, "at high"), tr(l, "Swing"),
           tr(l, "Benefit/cost") + " " + tr(l, "at low"),
           tr(l, "Benefit/cost") + " " + tr(l, "at high"), tr(l, "Switching value")},
          {},
          {}};
  for (const auto& row : s.rows)
    t.rows.push_back(
        {Cell::of(row.parameter.path), Cell::parameter(row.low), Cell::parameter(row.high),
         Cell::amount(row.at_low.net), Cell::amount(row.at_high.net), Cell::amount(row.swing),
         Cell::ratio(row.at_low.ratio), Cell::ratio(row.at_high.ratio), switching_cell(row, l)});
  one.tables.push_back(t);
  if (s.rows.empty()) one.paragraphs.push_back(tr(l, "The file declares no uncertain parameters."));
  one.notes.push_back(
      tr(l, "Switching value: where the figure reaches zero, with the other parameters at base."));
  d.sections.push_back(one);
  if (!left_out.empty()) {
    Section loo{tr(l, "Leave one case out"), {}, {}, {}};
    Table lt{{tr(l, "Case left out"), figure, tr(l, "Change"), tr(l, "Benefit/cost")}, {}, {}};
    for (const auto& lo : left_out)
      lt.rows.push_back({Cell::of(lo.case_id), Cell::amount(lo.outcome.net),
                         Cell::amount(lo.change), Cell::ratio(lo.outcome.ratio)});
    loo.tables.push_back(lt);
    loo.notes.push_back(
        tr(l, "A payer whose basis is the case left out falls back to the mean of the others."));
    d.sections.push_back(loo);
  }
  return d;
}

Table sensitivity_table(const Sensitivity& s) {
  Table t{{"parameter", "low", "high", "figure", "at_low", "at_high", "swing", "ratio_at_low",
           "ratio_at_high", "switching_value"},
          {},
          {}};
  for (const auto& row : s.rows)
    t.rows.push_back(
        {Cell::of(row.parameter.path), Cell::parameter(row.low), Cell::parameter(row.high),
         Cell::of(s.base.figure), Cell::amount(row.at_low.net), Cell::amount(row.at_high.net),
         Cell::amount(row.swing), Cell::ratio(row.at_low.ratio), Cell::ratio(row.at_high.ratio),
         row.switching ? Cell::parameter(*row.switching) : Cell::missing()});
  return t;
}

std::string render_sensitivity_json(const Sensitivity& s, const std::vector<LeftOut>& left_out) {
  Json j;
  j.open('{')
      .key("figure")
      .text(s.base.figure)
      .key("base")
      .amount(s.base.net)
      .key("parameters")
      .open('[');
  for (const auto& row : s.rows) {
    j.open('{')
        .key("path")
        .text(row.parameter.path)
        .key("type")
        .text(type_name(row.parameter.type))
        .key("low")
        .value(row.low)
        .key("high")
        .value(row.high);
    j.key("at_low")
        .amount(row.at_low.net)
        .key("at_high")
        .amount(row.at_high.net)
        .key("swing")
        .amount(row.swing);
    j.key("switching_value");
    row.switching ? j.value(*row.switching) : j.null();
    j.close('}');
  }
  j.close(']').key("leave_one_out").open('[');
  for (const auto& lo : left_out)
    j.open('{').key("case").text(lo.case_id).key("net").amount(lo.outcome.net).close('}');
  j.close(']').close('}');
  return j.str();
}

std::string render_tornado_svg(const Analysis& a, const Sensitivity& s, Locale l) {
  // Bars from the figure at low to the figure at high, around the base line.
  const double width = 760, left = 300, right = 40, row_height = 28, top = 60;
  double lo = s.base.net.exact().round(0).units, hi = lo;
  auto value = [](const Money& m) { return static_cast<double>(m.exact().round(0).units); };
  for (const auto& row : s.rows) {
    lo = std::min({lo, value(row.at_low.net), value(row.at_high.net)});
    hi = std::max({hi, value(row.at_low.net), value(row.at_high.net)});
  }
  if (hi == lo) hi = lo + 1;
  auto x = [&](double v) { return left + (v - lo) / (hi - lo) * (width - left - right); };
  double height = top + row_height * static_cast<double>(s.rows.size()) + 40;
  std::string out = svg::open(width, height);
  out += svg::title(a.programme.name + ": " + outcome_label(s.base, l) + ", " +
                    tr(l, "one-way sensitivity"));
  out += svg::label(10, 40, tr(l, "base") + ": EUR " + format_amount(s.base.net, l));
  for (std::size_t i = 0; i < s.rows.size(); ++i) {
    const OneWay& row = s.rows[i];
    double y = top + row_height * static_cast<double>(i);
    double a1 = x(value(row.at_low.net)), a2 = x(value(row.at_high.net));
    out += svg::label(left - 8, y + 16, row.parameter.path, "end");
    out += svg::bar(std::min(a1, a2), y + 4, std::max(std::abs(a2 - a1), 1.0), row_height - 8);
  }
  double base_x = x(value(s.base.net));
  out += fmt::format(
      "  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#222\"/>\n", base_x,
      top - 4, base_x, height - 30);
  if (lo < 0 && hi > 0) out += svg::zero_line(x(0), top - 4, height - 30);
  out +=
      svg::label(left, height - 12,
                 "EUR " + format_amount(Money(Exact::fraction(static_cast<long long>(lo), 1)), l));
  out += svg::label(
      width - right, height - 12,
      "EUR " + format_amount(Money(Exact::fraction(static_cast<long long>(hi), 1)), l), "end");
  return out + "</svg>\n";
}

}  // namespace mkba::report
