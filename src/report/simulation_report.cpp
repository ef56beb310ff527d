#include "report/simulation_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "report/build.hpp"
#include "report/json_builder.hpp"
#include "report/svg.hpp"
#include "report/svg_axis.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// Estimates print with a fixed number of decimals from a double: they are
// not exact amounts, and the report says so.
std::string estimate(double v, int decimals, Locale l) {
  std::string plain = fmt::format("{:.{}f}", v, decimals);
  auto parsed = parse_decimal(plain, decimals, 18);
  return parsed.value ? format_fixed(*parsed.value, decimals, l) : plain;
}

std::string percent(double p, Locale l) { return estimate(p * 100, 1, l) + "%"; }

// The summaries in words, in simulate()'s order: the figure, the ratio, then
// the figure per payer.
std::string summary_label(const Analysis& a, const SimulationResult& s, std::size_t i, Locale l) {
  if (i == 0) return figure_name(s.figure, l);
  if (i == 1) return tr(l, "Benefit/cost");
  const Payer* payer = a.tariffs.find_payer(s.payers.at(i - 2));
  return figure_name(s.figure, l) + " " + (payer ? payer->label : s.payers.at(i - 2));
}

}  // namespace

Document simulation_document(const Analysis& a, const SimulationResult& s,
                             const SimulationOptions& o, Locale l) {
  Document d;
  d.title = a.programme.name + ": " + tr(l, "Monte Carlo simulation");
  d.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(l,
                                  "{} draws, seed {}{}. These figures are estimates, computed in "
                                  "binary floating point; the base case stays exact.")),
                  format_count(static_cast<long long>(o.draws), l), o.seed,
                  o.bootstrap_cases ? tr(l, ", cases resampled") : ""));
  if (a.cases.size() < fragile_case_count)
    d.paragraphs.push_back(tr(l, "Warning") + ": " + few_cases_sentence(a.cases.size(), l));
  Section sec{tr(l, "Estimates"), {}, {}, {}};
  Table t{{tr(l, "Figure"), tr(l, "Mean"), tr(l, "SD"), "P5", "P50", "P95"}, {}, {}};
  for (std::size_t i = 0; i < s.summaries.size(); ++i) {
    const auto& sum = s.summaries[i];
    int decimals = i == 1 ? 2 : 0;
    t.rows.push_back(
        {Cell::of(summary_label(a, s, i, l)), Cell::of(estimate(sum.mean, decimals, l)),
         Cell::of(estimate(sum.sd, decimals, l)), Cell::of(estimate(sum.p5, decimals, l)),
         Cell::of(estimate(sum.p50, decimals, l)), Cell::of(estimate(sum.p95, decimals, l))});
  }
  sec.tables.push_back(t);
  sec.paragraphs.push_back(fmt::format(
      fmt::runtime(tr(l, "P({} > 0) = {}; P(benefit/cost > 1) = {}")), figure_name(s.figure, l),
      percent(s.p_net_positive, l), percent(s.p_ratio_above_one, l)));
  d.sections.push_back(sec);
  return d;
}

std::string render_draws_csv(const Analysis& a, const SimulationResult& s, CsvDialect dialect) {
  Table header{{"draw"}, {}, {}};
  for (const auto& p : a.uncertainty) header.columns.push_back(p.parameter.path);
  header.columns.push_back(s.figure);
  header.columns.push_back("ratio");
  for (const auto& p : s.payers) header.columns.push_back(s.figure + "." + p);
  std::string out = render_csv(header, dialect);
  const bool nl = dialect == CsvDialect::nl;
  const char separator = nl ? ';' : ',';
  const std::size_t parameters = a.uncertainty.size();
  fmt::memory_buffer row;
  for (std::size_t i = 0; s.row_width && i < s.rows.size() / s.row_width; ++i) {
    const double* draw = &s.rows[i * s.row_width];
    row.clear();
    fmt::format_to(std::back_inserter(row), "{}", i + 1);
    for (std::size_t k = 0; k < parameters; ++k)
      fmt::format_to(std::back_inserter(row), "{}{}", separator, draw[k]);
    const double* figures = draw + parameters;
    fmt::format_to(std::back_inserter(row), "{}{:.2f}{}", separator, figures[0], separator);
    if (!std::isnan(figures[1])) fmt::format_to(std::back_inserter(row), "{:.4f}", figures[1]);
    for (std::size_t p = 0; p < s.payers.size(); ++p)
      fmt::format_to(std::back_inserter(row), "{}{:.2f}", separator, figures[2 + p]);
    if (nl)  // numbers only: the decimal comma of the Dutch dialect
      std::replace(row.begin(), row.end(), '.', ',');
    out.append(row.data(), row.size());
    out += "\r\n";
  }
  return out;
}

std::string render_simulation_json(const SimulationResult& s, const SimulationOptions& o) {
  Json j;
  j.open('{').key("estimate").raw("true").key("draws").count(static_cast<long long>(o.draws));
  j.key("seed")
      .raw(std::to_string(o.seed))
      .key("bootstrap_cases")
      .raw(o.bootstrap_cases ? "true" : "false");
  j.key("figure").text(s.figure).key("summaries").open('[');
  for (const auto& sum : s.summaries)
    j.open('{')
        .key("name")
        .text(sum.name)
        .key("mean")
        .raw(fmt::format("{:.4f}", sum.mean))
        .key("sd")
        .raw(fmt::format("{:.4f}", sum.sd))
        .key("p5")
        .raw(fmt::format("{:.4f}", sum.p5))
        .key("p50")
        .raw(fmt::format("{:.4f}", sum.p50))
        .key("p95")
        .raw(fmt::format("{:.4f}", sum.p95))
        .close('}');
  j.close(']').key("p_net_positive").raw(fmt::format("{:.6f}", s.p_net_positive));
  j.key("p_ratio_above_one").raw(fmt::format("{:.6f}", s.p_ratio_above_one)).close('}');
  return j.str();
}

namespace {

constexpr double chart_width = 760, margin = 10, plot_height = 240;
constexpr int bins = 40;

// A line across the plot at a value, and its name above the plot.
struct Marker {
  double x;
  std::string name;
  bool zero = false;  // the zero line, in red; else a percentile
  int row = 0;        // of names above the plot, 0 nearest to it
};

// Rows for the names so that none overlaps another; the number of rows.
int place_names(std::vector<Marker>& markers) {
  std::vector<double> row_end;  // the right edge of the last name in each row
  for (Marker& m : markers) {
    double half = svg::text_width(m.name) / 2;
    std::size_t r = 0;
    while (r < row_end.size() && row_end[r] + 6 > m.x - half) ++r;
    if (r == row_end.size()) row_end.push_back(0);
    row_end[r] = m.x + half;
    m.row = static_cast<int>(r);
  }
  return static_cast<int>(row_end.size());
}

// Draws in each of `bins` equal intervals of the ticks' range.
std::vector<long long> bin_counts(const std::vector<double>& net, const svg::Ticks& t) {
  std::vector<long long> counts(bins, 0);
  for (double v : net) {
    if (!std::isfinite(v)) continue;
    auto b = static_cast<long long>((v - t.low()) / (t.high() - t.low()) * bins);
    ++counts[static_cast<std::size_t>(std::clamp<long long>(b, 0, bins - 1))];
  }
  return counts;
}

}  // namespace

svg::Chart render_histogram_svg(const Analysis& a, const SimulationResult& s, Locale l) {
  auto finite = [](double v) { return std::isfinite(v); };
  if (std::none_of(s.net.begin(), s.net.end(), finite))
    return {
        {},
        tr(l, "no histogram: no draw of the figure could be computed, so no bar would be drawn")};
  double lo = 0, hi = 0;
  bool first = true;
  for (double v : s.net)
    if (finite(v)) {
      lo = first ? v : std::min(lo, v);
      hi = first ? v : std::max(hi, v);
      first = false;
    }
  const std::string figure = figure_name(s.figure, l);
  const std::string title = a.programme.name + ": " + figure + ", " +
                            format_count(static_cast<long long>(s.net.size()), l) + " " +
                            tr(l, "draws") + " (" + tr(l, "estimate") + ")";
  std::vector<long long> counts;
  svg::Ticks x_ticks;
  svg::Ticks y_ticks;
  // The counts' labels decide the left margin, which decides the x ticks.
  const double plot_right = chart_width - margin - 20;
  double plot_left = 70;
  for (int pass = 0; pass < 2; ++pass) {
    x_ticks = svg::fitting_ticks(lo, hi, plot_right - plot_left, l, true);
    counts = bin_counts(s.net, x_ticks);
    y_ticks = svg::count_ticks(*std::max_element(counts.begin(), counts.end()), plot_height);
    plot_left = std::max(70.0, margin + svg::line_height + 12 + svg::widest_label(y_ticks, l));
  }
  const svg::Scale x(x_ticks, plot_left, plot_right);

  std::string out;
  double y = svg::paragraph(out, margin, 22, title, chart_width - 2 * margin, svg::title_size);
  std::vector<Marker> markers;
  if (x_ticks.low() < 0 && x_ticks.high() > 0) markers.push_back({x(0), "0", true});
  const Summary* net = s.summaries.empty() ? nullptr : &s.summaries.front();
  if (net)
    for (auto [name, value] : {std::pair{"P5", net->p5}, {"P50", net->p50}, {"P95", net->p95}})
      if (finite(value)) markers.push_back({x(value), name});
  std::sort(markers.begin(), markers.end(),
            [](const Marker& m, const Marker& n) { return m.x < n.x; });
  const int rows = place_names(markers);
  const double top = y + 4 + svg::line_height * rows;
  const double bottom = top + plot_height;
  const svg::Scale y_scale(y_ticks, bottom, top);
  out += svg::y_axis(y_ticks, y_scale, plot_left, plot_right, l);
  const double bin_width = (plot_right - plot_left) / bins;
  for (std::size_t b = 0; b < counts.size(); ++b) {
    double h = bottom - y_scale(static_cast<double>(counts[b]));
    if (counts[b] > 0)
      out += svg::rect(plot_left + static_cast<double>(b) * bin_width, bottom - h, bin_width - 1, h,
                       svg::bar_colour);
  }
  out += svg::x_axis(x_ticks, x, bottom, bottom, l);
  for (const Marker& m : markers) {
    out += m.zero ? svg::zero_line(m.x, top - 2, m.x, bottom)
                  : svg::line(m.x, top - 2, m.x, bottom, svg::ink, "stroke-dasharray=\"2 2\"");
    out += svg::text(m.x, top - 6 - svg::line_height * m.row, m.name, "middle");
  }
  const double y_middle = (top + bottom) / 2;
  out += svg::upright_text(margin + 12, y_middle, tr(l, "Draws per interval"), plot_height);
  y = bottom + 4 + 2 * svg::line_height;
  out += svg::fitted_text((plot_left + plot_right) / 2, y, figure + svg::amount_unit(x_ticks, l),
                          plot_right - plot_left, "middle");
  y += svg::line_height + 6;
  if (net)
    y = svg::paragraph(
        out, margin, y,
        fmt::format(fmt::runtime(tr(l, "P5 EUR {}, P50 (median) EUR {}, P95 EUR {}.")),
                    estimate(net->p5, 0, l), estimate(net->p50, 0, l), estimate(net->p95, 0, l)),
        chart_width - 2 * margin);
  y = svg::paragraph(
      out, margin, y,
      fmt::format(fmt::runtime(tr(l,
                                  "{} of the draws lie above zero ({} > 0). Estimates in binary "
                                  "floating point.")),
                  percent(s.p_net_positive, l), figure),
      chart_width - 2 * margin);
  return {svg::open(chart_width, y, title) + out + svg::close(), {}};
}

}  // namespace mkba::report
