#include "report/headline_figures.hpp"

#include <algorithm>

#include "report/words.hpp"

namespace mkba::report {
namespace {

std::optional<Money> benefit_of(const Headline& h, const std::string& payer) {
  for (const auto& pa : h.benefit)
    if (pa.payer == payer) return pa.amount;
  return std::nullopt;
}

std::optional<Exact> exact_of(const std::optional<Money>& m) {
  return m ? std::optional<Exact>(m->exact()) : std::nullopt;
}

}  // namespace

std::vector<Figure> headline_figures(const std::vector<std::string>& payers, bool with_npv,
                                     Locale l) {
  std::vector<Figure> f;
  f.push_back({tr(l, "Programme cost"), "cost_total", Figure::Kind::money,
               [](const Headline& h) { return std::optional<Exact>(h.cost_total.exact()); }});
  for (const auto& p : payers)
    f.push_back({tr(l, "Benefit") + " " + p, "benefit." + p, Figure::Kind::money,
                 [p](const Headline& h) { return exact_of(benefit_of(h, p)); }});
  f.push_back({tr(l, "Benefit gross"), "benefit_total", Figure::Kind::money,
               [](const Headline& h) { return exact_of(h.benefit_total); }});
  f.push_back({tr(l, "Benefit net"), "benefit_net_total", Figure::Kind::money,
               [](const Headline& h) { return exact_of(h.benefit_net_total); }});
  f.push_back({tr(l, "Net result"), "net_benefit", Figure::Kind::money,
               [](const Headline& h) { return exact_of(h.net_benefit); }});
  f.push_back({tr(l, "Benefit/cost"), "ratio", Figure::Kind::ratio, [](const Headline& h) {
                 return h.ratio ? std::optional<Exact>(h.ratio->exact()) : std::nullopt;
               }});
  if (with_npv)
    f.push_back({tr(l, "NPV"), "npv", Figure::Kind::money,
                 [](const Headline& h) { return exact_of(h.npv); }});
  f.push_back({tr(l, "Break-even participants"), "breakeven_participants", Figure::Kind::count,
               [](const Headline& h) {
                 return h.breakeven_participants
                            ? std::optional<Exact>(Exact::integer(*h.breakeven_participants))
                            : std::nullopt;
               }});
  return f;
}

std::vector<Figure> headline_figures(const std::vector<const Headline*>& hs, Locale l) {
  std::vector<std::string> payers;
  for (const auto* h : hs)
    for (const auto& pa : h->benefit)
      if (std::find(payers.begin(), payers.end(), pa.payer) == payers.end())
        payers.push_back(pa.payer);
  bool with_npv =
      std::any_of(hs.begin(), hs.end(), [](const Headline* h) { return h->npv.has_value(); });
  return headline_figures(payers, with_npv, l);
}

Cell figure_cell(const Figure& f, const std::optional<Exact>& v) {
  if (!v) return Cell::missing();
  switch (f.kind) {
    case Figure::Kind::money:
      return Cell::amount(Money(*v));
    case Figure::Kind::ratio:
      return Cell::ratio(Quantity(*v));
    case Figure::Kind::count:
      return Cell{Cell::Kind::count, {}, *v};
  }
  return Cell::missing();
}

}  // namespace mkba::report
