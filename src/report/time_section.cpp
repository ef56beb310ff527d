// The horizon: year by year (nominal and discounted), present values per
// payer, and NPV, ratio, ROI and payback beside the undiscounted totals.
#include <fmt/format.h>

#include "core/time_value.hpp"
#include "report/build.hpp"
#include "report/charts.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

std::string discounting_text(const Discounting& d, Locale locale) {
  std::string rate = format_exact(d.rate * Exact::integer(100), locale) + "%";
  std::string source;
  for (const auto& p : discount_presets())
    if (d.preset == p.name) source = tr(locale, p.source);
  std::string text = d.preset == "rate" ? rate : d.preset + " (" + rate + "; " + source + ")";
  return text + "; " +
         tr(locale, d.first_year_discounted ? "year 1 discounted" : "year 1 undiscounted");
}

Table years_table(const TimeResult& t, Locale locale) {
  Table table{
      {tr(locale, "Year"), tr(locale, "Discount factor"), tr(locale, "Benefit"), tr(locale, "Cost"),
       tr(locale, "Net"), tr(locale, "Net discounted"), tr(locale, "Cumulative")},
      {},
      {}};
  for (const auto& row : t.rows)
    table.rows.push_back(
        {Cell::of(year_name(row)), Cell{Cell::Kind::number, {}, row.discount_factor},
         Cell::amount(row.benefit_total), Cell::amount(row.cost_total), Cell::amount(row.net),
         Cell::amount(row.net_discounted), Cell::amount(row.cumulative_discounted)});
  return table;
}

Table payers_table(const TimeResult& t, const TariffTable& tariffs, Locale locale) {
  Table table{{tr(locale, "Payer"), tr(locale, "Benefit"), tr(locale, "Benefit PV"),
               tr(locale, "Cost"), tr(locale, "Cost PV"), tr(locale, "Net"), tr(locale, "NPV")},
              {},
              {}};
  for (const auto& p : t.by_payer)
    table.rows.push_back({Cell::of(payer_label(tariffs, p.payer)), Cell::amount(p.benefit),
                          Cell::amount(p.pv_benefit), Cell::amount(p.cost), Cell::amount(p.pv_cost),
                          Cell::amount(p.net), Cell::amount(p.npv)});
  table.emphasised_rows.push_back(table.rows.size());
  table.rows.push_back({Cell::of(tr(locale, "Total")), Cell::amount(t.benefit_total),
                        Cell::amount(t.pv_benefit), Cell::amount(t.cost_total),
                        Cell::amount(t.pv_cost), Cell::amount(t.net_total), Cell::amount(t.npv)});
  return table;
}

Table totals_table(const TimeResult& t, Locale locale) {
  Table table{{"", tr(locale, "Undiscounted"), tr(locale, "Discounted")}, {}, {}};
  auto ratio = [](const Money& b, const Money& c) {
    return c.is_zero() ? std::optional<Quantity>() : std::optional<Quantity>(b / c);
  };
  auto roi = [](const Money& n, const Money& c) {
    return c.is_zero() ? std::optional<Quantity>() : std::optional<Quantity>(n / c);
  };
  table.rows.push_back(
      {Cell::of(tr(locale, "Benefit")), Cell::amount(t.benefit_total), Cell::amount(t.pv_benefit)});
  table.rows.push_back(
      {Cell::of(tr(locale, "Cost")), Cell::amount(t.cost_total), Cell::amount(t.pv_cost)});
  table.rows.push_back(
      {Cell::of(tr(locale, "Net (NPV)")), Cell::amount(t.net_total), Cell::amount(t.npv)});
  table.rows.push_back({Cell::of(tr(locale, "Benefit/cost")),
                        Cell::ratio(ratio(t.benefit_total, t.cost_total)), Cell::ratio(t.ratio)});
  table.rows.push_back({Cell::of(tr(locale, "ROI")), Cell::ratio(roi(t.net_total, t.cost_total)),
                        Cell::ratio(t.roi)});
  return table;
}

}  // namespace

std::string year_name(const YearRow& row) {
  return std::to_string(row.year ? row.year : row.index);
}

Section time_section(const Result& r, Locale locale) {
  const Analysis& a = *r.analysis;
  const TimeResult& t = *r.time;
  Section s;
  s.heading = tr(locale, "Over time");
  s.paragraphs.push_back(
      fmt::format(fmt::runtime(tr(locale, "Horizon: {} years{}; discounting: {}.")), t.years,
                  t.start ? " " + tr(locale, "from") + " " + std::to_string(t.start) : "",
                  discounting_text(a.programme.discounting, locale)));
  std::string payback = t.payback ? year_name(t.rows[static_cast<std::size_t>(*t.payback - 1)])
                                  : tr(locale, "not within the horizon");
  s.paragraphs.push_back(tr(locale, "Payback year") + ": " + payback);
  s.tables = {totals_table(t, locale), years_table(t, locale), payers_table(t, a.tariffs, locale)};
  s.notes.push_back(tr(locale,
                       "Benefits are net of additionality. Discount factors carry 12 decimals; "
                       "'mkba explain FILE npv' shows each year's factor."));
  if (svg::Chart chart = render_time_profile_svg(r, locale); chart.refusal.empty())
    s.charts.push_back(std::move(chart.svg));
  return s;
}

}  // namespace mkba::report
