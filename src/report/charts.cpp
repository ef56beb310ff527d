#include "report/charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/build.hpp"
#include "report/svg_axis.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

constexpr double chart_width = 880, margin = 10, row_height = 26, value_width = 110;
using svg::whole_euros;

std::string with_payer(const char* english, const std::string& payer, Locale l) {
  return fmt::format(fmt::runtime(tr(l, english)), payer);
}

// ---- The payer waterfall ------------------------------------------------------

// One row of the waterfall: a bar from `from` to `to` (whole euros) and the
// amount it stands for, shown at the right.
struct Bar {
  std::string label;
  double from = 0, to = 0;
  Money amount;
  const char* colour = svg::bar_colour;
  bool gap_above = false;  // the first of the payers' own rows
};

const char* step_colour(const Money& m) {
  return m.is_negative() ? svg::cost_colour : svg::gain_colour;
}

bool any_transfer(const BalanceResult& b) {
  return b.transfer_possible &&
         std::any_of(b.payers.begin(), b.payers.end(),
                     [](const PayerBalance& p) { return !p.transfer.is_zero(); });
}

std::vector<Bar> waterfall_bars(const Result& r, Locale l) {
  const BalanceResult& balance = *r.balance;
  std::vector<Bar> bars;
  double running = 0;
  auto step = [&](std::string label, const Money& m) {
    bars.push_back({std::move(label), running, running + whole_euros(m), m, step_colour(m)});
    running += whole_euros(m);
  };
  for (const auto& p : balance.payers)
    if (!p.pays.is_zero())
      step(with_payer("{}: programme cost", payer_label(r.analysis->tariffs, p.payer), l), -p.pays);
  for (const auto& p : balance.payers)
    if (!p.avoids.is_zero())
      step(with_payer("{}: avoided, net", payer_label(r.analysis->tariffs, p.payer), l), p.avoids);
  // The steps end at the net result, the figure the population section states.
  const Money& net = r.population_net->net_benefit;
  bars.push_back({tr(l, "Net result"), 0, whole_euros(net), net, svg::low_colour});
  const bool transfers = any_transfer(balance);
  for (const auto& p : balance.payers) {
    const std::string payer = payer_label(r.analysis->tariffs, p.payer);
    bars.push_back({with_payer("{}: net", payer, l), 0, whole_euros(p.net), p.net, svg::low_colour,
                    &p == &balance.payers.front()});
    if (transfers)
      bars.push_back({with_payer("{}: net after transfer", payer, l), 0,
                      whole_euros(p.net_after_transfer), p.net_after_transfer, svg::high_colour});
  }
  return bars;
}

double label_width(const std::vector<Bar>& bars) {
  double widest = 0;
  for (const Bar& b : bars) widest = std::max(widest, svg::text_width(b.label));
  return std::clamp(widest, 120.0, 380.0);
}

}  // namespace

svg::Chart render_payer_waterfall_svg(const Result& r, Locale l) {
  if (!r.balance || !r.population_net || r.balance->payers.empty())
    return {{},
            tr(l,
               "no payer chart: the file sets no population, so there is nothing per payer to "
               "draw; add a 'population' block (README, \"Population scaling\")")};
  const std::vector<Bar> bars = waterfall_bars(r, l);
  double lo = 0, hi = 0;
  for (const Bar& b : bars) {
    lo = std::min({lo, b.from, b.to});
    hi = std::max({hi, b.from, b.to});
  }
  const double labels = label_width(bars);
  const double plot_left = margin + labels + 10;
  const double plot_right = chart_width - margin - value_width - 10;
  const svg::Ticks ticks = svg::fitting_ticks(lo, hi, plot_right - plot_left, l, true);
  const svg::Scale x(ticks, plot_left, plot_right);
  const std::string title = r.analysis->programme.name + ": " + tr(l, "who pays, who gains");

  std::string out;
  double y = svg::paragraph(out, margin, 22, title, chart_width - 2 * margin, svg::title_size);
  std::vector<svg::Key> keys{{svg::cost_colour, tr(l, "cost")},
                             {svg::gain_colour, tr(l, "avoided, net")},
                             {svg::low_colour, tr(l, "net")}};
  if (any_transfer(*r.balance)) keys.push_back({svg::high_colour, tr(l, "net after transfer")});
  y = svg::legend(out, y + 4, keys, chart_width - 2 * margin);
  const double top = y + 8;
  std::vector<double> row_tops;
  double next = top;
  for (const Bar& b : bars) {
    if (b.gap_above) next += row_height / 2;
    row_tops.push_back(next);
    next += row_height;
  }
  const double bottom = next;
  out += svg::x_axis(ticks, x, top, bottom, l);
  if (ticks.low() < 0) out += svg::zero_line(x(0), top, x(0), bottom);
  svg::Footnotes notes;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double row = row_tops[i];
    if (svg::text_width(b.label) > labels)
      out +=
          svg::fitted_text(plot_left - 10, row + 17, b.label, labels, "end", notes.mark(b.label));
    else
      out += svg::text(plot_left - 10, row + 17, b.label, "end");
    out += svg::rect(std::min(x(b.from), x(b.to)), row + 4,
                     std::max(std::abs(x(b.to) - x(b.from)), 1.0), row_height - 8, b.colour);
    out += svg::fitted_text(chart_width - margin, row + 17, format_rounded_amount(b.amount, l),
                            value_width, "end");
    if (i + 1 < bars.size() && !bars[i + 1].gap_above && bars[i + 1].from == b.to && b.to != 0)
      out += svg::line(x(b.to), row + row_height - 4, x(b.to), row + row_height + 4, svg::ink);
  }
  y = bottom + 4 + 2 * svg::line_height;
  out += svg::fitted_text((plot_left + plot_right) / 2, y,
                          tr(l, "Amount") + svg::amount_unit(ticks, l), plot_right - plot_left,
                          "middle");
  y = svg::paragraph(out, margin, y + svg::line_height + 6,
                     tr(l, "Avoided amounts are net of additionality, for all participants."),
                     chart_width - 2 * margin);
  y = notes.write(out, margin, y, chart_width - 2 * margin);
  return {svg::open(chart_width, y, title) + out + svg::close(), {}};
}

namespace {

// ---- The time profile ---------------------------------------------------------

constexpr double plot_height = 260;

// Every how many years a label fits under its slot.
std::size_t label_every(const TimeResult& t, double slot) {
  double widest = 0;
  for (const auto& row : t.rows) widest = std::max(widest, svg::text_width(year_name(row)));
  return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + 12) / slot)));
}

struct Frame {
  double left, right, top, bottom, slot;
  double centre(std::size_t i) const { return left + slot * (static_cast<double>(i) + 0.5); }
};

std::string year_bars(const TimeResult& t, const Frame& f, const svg::Scale& y) {
  std::string out;
  const double width = std::min(f.slot * 0.6, 60.0);
  const std::size_t every = label_every(t, f.slot);
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const double net = whole_euros(t.rows[i].net);
    const double high = y(std::max(net, 0.0)), low = y(std::min(net, 0.0));
    out += svg::rect(f.centre(i) - width / 2, high, width, std::max(low - high, 1.0),
                     step_colour(t.rows[i].net));
    if (i % every == 0)
      out +=
          svg::text(f.centre(i), f.bottom + 4 + svg::line_height, year_name(t.rows[i]), "middle");
  }
  return out;
}

std::string cumulative_line(const TimeResult& t, const Frame& f, const svg::Scale& y) {
  std::vector<svg::Point> points;
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    points.push_back({f.centre(i), y(whole_euros(t.rows[i].cumulative_discounted))});
  std::string out = svg::polyline(points, svg::ink);
  for (const auto& p : points) out += svg::dot(p, svg::ink);
  return out;
}

}  // namespace

svg::Chart render_time_profile_svg(const Result& r, Locale l) {
  if (!r.time || r.time->rows.size() < 2)
    return {{},
            tr(l,
               "no time profile: the file sets no horizon of two years or more; set "
               "'programme.horizon' (README, \"Time and discounting\")")};
  const TimeResult& t = *r.time;
  double lo = 0, hi = 0;
  for (const auto& row : t.rows)
    for (const Money* m : {&row.net, &row.cumulative_discounted}) {
      lo = std::min(lo, whole_euros(*m));
      hi = std::max(hi, whole_euros(*m));
    }
  const svg::Ticks ticks = svg::upright_amount_ticks(lo, hi, plot_height);
  const std::string title =
      r.analysis->programme.name + ": " + tr(l, "net per year and cumulative");

  std::string out;
  double y = svg::paragraph(out, margin, 22, title, chart_width - 2 * margin, svg::title_size);
  y = svg::legend(out, y + 4,
                  {{svg::gain_colour, tr(l, "net in the year, nominal")},
                   {svg::ink, tr(l, "cumulative net, discounted")}},
                  chart_width - 2 * margin);
  Frame f{};
  f.left = std::max(70.0, margin + svg::line_height + 12 + svg::widest_label(ticks, l));
  f.right = chart_width - margin - 10;
  f.top = y + 8 + svg::line_height;  // room for the payback mark's name
  f.bottom = f.top + plot_height;
  f.slot = (f.right - f.left) / static_cast<double>(t.rows.size());
  const svg::Scale ys(ticks, f.bottom, f.top);
  out += svg::y_axis(ticks, ys, f.left, f.right, l);
  if (ticks.low() < 0) out += svg::zero_line(f.left, ys(0), f.right, ys(0));
  out += year_bars(t, f, ys);
  out += cumulative_line(t, f, ys);
  out += svg::line(f.left, f.bottom, f.right, f.bottom, svg::ink);
  std::string payback_sentence;
  if (t.payback) {
    const std::size_t i = static_cast<std::size_t>(*t.payback - 1);
    const std::string mark =
        fmt::format(fmt::runtime(tr(l, "payback in {}")), year_name(t.rows[i]));
    const double half = svg::text_width(mark) / 2;
    out += svg::line(f.centre(i), f.top - 2, f.centre(i), f.bottom, svg::ink,
                     "stroke-dasharray=\"4 3\"");
    out += svg::text(std::clamp(f.centre(i), margin + half, chart_width - margin - half), f.top - 6,
                     mark, "middle");
  } else {
    payback_sentence =
        tr(l, "The cumulative discounted net does not turn positive within the horizon.");
  }
  out += svg::upright_text(margin + 12, (f.top + f.bottom) / 2,
                           tr(l, "Amount") + svg::amount_unit(ticks, l), plot_height);
  y = f.bottom + 4 + 2 * svg::line_height;
  out += svg::text((f.left + f.right) / 2, y, tr(l, "Year"), "middle");
  y += svg::line_height + 6;
  if (!payback_sentence.empty())
    y = svg::paragraph(out, margin, y, payback_sentence, chart_width - 2 * margin);
  return {svg::open(chart_width, y, title) + out + svg::close(), {}};
}

}  // namespace mkba::report
