#include "report/simulation_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

#include "report/json_builder.hpp"
#include "report/svg.hpp"
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

}  // namespace

Document simulation_document(const Analysis& a, const SimulationResult& s,
                             const SimulationOptions& o, Locale l) {
  Document d;
  d.title = a.programme.name + ": " + tr(l, "Monte Carlo simulation");
  d.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(l,
                                  "{} draws, seed {}{}. These figures are estimates, computed in "
                                  "binary floating point; the base case stays exact.")),
                  o.draws, o.seed, o.bootstrap_cases ? tr(l, ", cases resampled") : ""));
  if (a.cases.size() < 5)
    d.paragraphs.push_back(
        tr(l, "Warning") + ": " + tr(l, "Only") + " " + std::to_string(a.cases.size()) + " " +
        tr(l, "cases: a population estimate that rests on so few vignettes is fragile."));
  Section sec{tr(l, "Estimates"), {}, {}, {}};
  Table t{{tr(l, "Figure"), tr(l, "Mean"), tr(l, "SD"), "P5", "P50", "P95"}, {}, {}};
  for (const auto& sum : s.summaries) {
    int decimals = sum.name == "ratio" ? 2 : 0;
    t.rows.push_back(
        {Cell::of(sum.name), Cell::of(estimate(sum.mean, decimals, l)),
         Cell::of(estimate(sum.sd, decimals, l)), Cell::of(estimate(sum.p5, decimals, l)),
         Cell::of(estimate(sum.p50, decimals, l)), Cell::of(estimate(sum.p95, decimals, l))});
  }
  sec.tables.push_back(t);
  sec.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(l, "P({} > 0) = {}; P(benefit/cost > 1) = {}")), s.figure,
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

std::string render_histogram_svg(const Analysis& a, const SimulationResult& s, Locale l) {
  const int bins = 40;
  const double width = 760, height = 360, left = 60, right = 20, top = 50, bottom = 50;
  double lo = 0, hi = 1;
  if (!s.net.empty()) {
    auto [mn, mx] = std::minmax_element(s.net.begin(), s.net.end());
    lo = *mn;
    hi = *mx > lo ? *mx : lo + 1;
  }
  std::vector<int> counts(bins, 0);
  for (double net : s.net)
    ++counts[static_cast<std::size_t>(
        std::min(bins - 1, static_cast<int>((net - lo) / (hi - lo) * bins)))];
  int most = std::max(1, *std::max_element(counts.begin(), counts.end()));
  double bar_width = (width - left - right) / bins;
  std::string out = svg::open(width, height);
  out += svg::title(a.programme.name + ": " + s.figure + ", " + std::to_string(s.net.size()) + " " +
                    tr(l, "draws") + " (" + tr(l, "estimate") + ")");
  for (int b = 0; b < bins; ++b) {
    double h = (height - top - bottom) * counts[static_cast<std::size_t>(b)] / most;
    out += svg::bar(left + b * bar_width, height - bottom - h, bar_width - 1, h);
  }
  if (lo < 0 && hi > 0)
    out +=
        svg::zero_line(left + (0 - lo) / (hi - lo) * (width - left - right), top, height - bottom);
  out += svg::label(left, height - 20, "EUR " + estimate(lo, 0, l));
  out += svg::label(width - right, height - 20, "EUR " + estimate(hi, 0, l), "end");
  return out + "</svg>\n";
}

}  // namespace mkba::report
