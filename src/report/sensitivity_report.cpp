#include "report/sensitivity_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/build.hpp"
#include "report/json_builder.hpp"
#include "report/parameter_label.hpp"
#include "report/svg.hpp"
#include "report/svg_axis.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

std::string outcome_label(const Outcome& o, Locale l) { return figure_name(o.figure, l); }

Cell switching_cell(const OneWay& row, Locale l) {
  return row.switching ? Cell::parameter(*row.switching) : Cell::of(tr(l, "none in range"));
}

}  // namespace

Section left_out_section(const std::vector<LeftOut>& left_out, Locale l) {
  const std::string figure = outcome_label(left_out.front().outcome, l);
  Section loo{tr(l, "Leave one case out"), {}, {}, {}};
  Table lt{{tr(l, "Case left out"), figure, tr(l, "Change"), tr(l, "Benefit/cost")}, {}, {}};
  for (const auto& lo : left_out)
    lt.rows.push_back({Cell::of(lo.case_id), Cell::amount(lo.outcome.net), Cell::amount(lo.change),
                       Cell::ratio(lo.outcome.ratio)});
  loo.tables.push_back(lt);
  loo.notes.push_back(
      tr(l, "A payer whose basis is the case left out falls back to the mean of the others."));
  return loo;
}

Document sensitivity_document(const Analysis& a, const Sensitivity& s,
                              const std::vector<LeftOut>& left_out, Locale l, Reader reader) {
  Document d;
  d.title = a.programme.name + ": " + tr(l, "sensitivity");
  std::string figure = outcome_label(s.base, l);
  d.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(l,
                                  "{} at base: EUR {}; each parameter at its low and high, "
                                  "the rest at base.")),
                  figure, format_amount(s.base.net, l)));
  if (a.cases.size() < fragile_case_count)
    d.paragraphs.push_back(tr(l, "Warning") + ": " + few_cases_sentence(a.cases.size(), l));
  Section one{tr(l, "One-way sensitivity"), {}, {}, {}};
  const bool analyst = reader == Reader::analyst;
  Table t{{tr(l, "Parameter"), tr(l, "Low"), tr(l, "High"), figure + " " + tr(l, "at low"),
           figure + " " + tr(l, "at high"), tr(l, "Swing")},
          {},
          {}};
  if (analyst)
    t.columns.insert(t.columns.end(), {tr(l, "Benefit/cost") + " " + tr(l, "at low"),
                                       tr(l, "Benefit/cost") + " " + tr(l, "at high")});
  t.columns.push_back(tr(l, "Switching value"));
  for (const auto& row : s.rows) {
    std::vector<Cell> cells{
        Cell::of(analyst ? row.parameter.path : parameter_label(a, row.parameter, l)),
        Cell::parameter(row.low),
        Cell::parameter(row.high),
        Cell::amount(row.at_low.net),
        Cell::amount(row.at_high.net),
        Cell::amount(row.swing)};
    if (analyst)
      cells.insert(cells.end(), {Cell::ratio(row.at_low.ratio), Cell::ratio(row.at_high.ratio)});
    cells.push_back(switching_cell(row, l));
    t.rows.push_back(std::move(cells));
  }
  one.tables.push_back(t);
  if (s.rows.empty()) one.paragraphs.push_back(tr(l, "The file declares no uncertain parameters."));
  one.notes.push_back(
      tr(l, "Switching value: where the figure reaches zero, with the other parameters at base."));
  d.sections.push_back(one);
  if (!left_out.empty()) d.sections.push_back(left_out_section(left_out, l));
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

namespace {

constexpr double chart_width = 880, margin = 10, row_height = 26;

// The tornado's columns: the labels as wide as the longest (up to a limit),
// the plot, and the switching values when any lies in range.
struct Columns {
  double label_width = 0, plot_left = 0, plot_right = 0, switch_width = 0;
};

Columns columns(const Analysis& a, const Sensitivity& s, Locale l) {
  Columns c;
  for (const auto& row : s.rows)
    c.label_width = std::max(c.label_width, svg::text_width(parameter_label(a, row.parameter, l)));
  c.label_width = std::clamp(c.label_width, 120.0, 380.0);
  bool switching =
      std::any_of(s.rows.begin(), s.rows.end(), [](const OneWay& r) { return r.switching; });
  c.switch_width = switching ? 120 : 0;
  c.plot_left = margin + c.label_width + 10;
  c.plot_right = chart_width - margin - c.switch_width - (switching ? 10 : 20);
  return c;
}

using svg::Footnotes;
using svg::whole_euros;

// One row: its label (shortened, with a footnote, when too long), the bars
// from base to the figure at low and at high (the longer first), the point
// where the figure is zero, and the switching value.
std::string tornado_row(const Analysis& a, const OneWay& row, const Columns& c, const svg::Scale& x,
                        double base_x, double y, Footnotes& notes, Locale l) {
  std::string out;
  std::string label = parameter_label(a, row.parameter, l);
  if (svg::text_width(label) > c.label_width)
    out +=
        svg::fitted_text(c.plot_left - 10, y + 17, label, c.label_width, "end", notes.mark(label));
  else
    out += svg::text(c.plot_left - 10, y + 17, label, "end");
  struct End {
    double x;
    const char* colour;
  };
  End ends[] = {{x(whole_euros(row.at_low.net)), svg::low_colour},
                {x(whole_euros(row.at_high.net)), svg::high_colour}};
  if (std::abs(ends[1].x - base_x) > std::abs(ends[0].x - base_x)) std::swap(ends[0], ends[1]);
  for (const End& e : ends)
    out += svg::rect(std::min(e.x, base_x), y + 4, std::max(std::abs(e.x - base_x), 1.0),
                     row_height - 8, e.colour);
  if (row.switching) {
    out += svg::line(x(0), y + 1, x(0), y + row_height - 1, svg::ink, "stroke-width=\"3\"");
    out += svg::fitted_text(chart_width - margin, y + 17, format_value(*row.switching, l),
                            c.switch_width, "end");
  } else if (c.switch_width > 0) {
    out += svg::text(chart_width - margin, y + 17, "\u2013", "end");
  }
  return out;
}

}  // namespace

svg::Chart render_tornado_svg(const Analysis& a, const Sensitivity& s, Locale l) {
  if (s.rows.empty())
    return {{},
            tr(l,
               "no tornado chart: the file declares no uncertain parameters, so no bar would be "
               "drawn; add an 'uncertainty' block to the file (README, \"Uncertainty\")")};
  const std::string figure = outcome_label(s.base, l);
  double lo = whole_euros(s.base.net), hi = lo;
  for (const auto& row : s.rows)
    for (const Money* m : {&row.at_low.net, &row.at_high.net}) {
      lo = std::min(lo, whole_euros(*m));
      hi = std::max(hi, whole_euros(*m));
    }
  const Columns c = columns(a, s, l);
  const svg::Ticks ticks = svg::fitting_ticks(lo, hi, c.plot_right - c.plot_left, l, true);
  const svg::Scale x(ticks, c.plot_left, c.plot_right);
  const double base_x = x(whole_euros(s.base.net));
  const std::string title = a.programme.name + ": " + figure + ", " + tr(l, "one-way sensitivity");

  std::string out;
  double y = svg::paragraph(out, margin, 22, title, chart_width - 2 * margin, svg::title_size);
  std::vector<svg::Key> keys{{svg::low_colour, tr(l, "parameter at its low value")},
                             {svg::high_colour, tr(l, "parameter at its high value")}};
  if (c.switch_width > 0) keys.push_back({svg::ink, tr(l, "figure zero at the switching value")});
  y = svg::legend(out, y + 4, keys, chart_width - 2 * margin);
  const std::string base_text = tr(l, "base") + ": EUR " + format_amount(s.base.net, l);
  const double base_width = svg::text_width(base_text);
  out +=
      svg::text(std::clamp(base_x, margin + base_width / 2, chart_width - margin - base_width / 2),
                y + 12, base_text, "middle");
  y += svg::line_height;
  if (c.switch_width > 0)
    out += svg::fitted_text(chart_width - margin, y + 12, tr(l, "Switching value"), c.switch_width,
                            "end");
  const double top = y + 18;
  const double bottom = top + row_height * static_cast<double>(s.rows.size());
  out += svg::x_axis(ticks, x, top, bottom, l);
  if (ticks.low() < 0 && ticks.high() > 0) out += svg::zero_line(x(0), top, x(0), bottom);
  Footnotes notes;
  for (std::size_t i = 0; i < s.rows.size(); ++i)
    out += tornado_row(a, s.rows[i], c, x, base_x, top + row_height * static_cast<double>(i), notes,
                       l);
  out += svg::line(base_x, y + 16, base_x, bottom, svg::ink, "stroke-width=\"1.5\"");
  y = bottom + 4 + 2 * svg::line_height;
  out += svg::fitted_text((c.plot_left + c.plot_right) / 2, y, figure + svg::amount_unit(ticks, l),
                          c.plot_right - c.plot_left, "middle");
  y += svg::line_height + 6;  // the baseline of the first note
  if (c.switch_width > 0)
    y = svg::paragraph(out, margin, y,
                       tr(l,
                          "Switching value: where the figure reaches zero, with the other "
                          "parameters at base."),
                       chart_width - 2 * margin);
  y = notes.write(out, margin, y, chart_width - 2 * margin);
  double height = y;
  return {svg::open(chart_width, height, title) + out + svg::close(), {}};
}

}  // namespace mkba::report
