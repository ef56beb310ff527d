#include "report/figure_words.hpp"

#include <fmt/format.h>

#include <map>
#include <vector>

#include "core/overrides.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

// The names a phrase may hold, already in words.
struct Names {
  std::string case_, payer, line, tariff, reach, cost;
};

std::string phrase(const std::string& english, const Names& n, Locale locale) {
  return fmt::format(fmt::runtime(tr(locale, english)), fmt::arg("case", n.case_),
                     fmt::arg("payer", n.payer), fmt::arg("line", n.line),
                     fmt::arg("tariff", n.tariff), fmt::arg("reach", n.reach),
                     fmt::arg("cost", n.cost));
}

// Every figure path with its names replaced by a placeholder, and its words.
const std::map<std::string, std::string>& figure_phrases() {
  static const std::map<std::string, std::string> phrases{
      {"programme.participants", "the programme's participants"},
      {"programme.cost_total", "the programme's cost"},
      {"programme.cost.{payer}", "the programme's cost to {payer}"},
      {"programme.cost_per_participant", "the programme's cost per participant"},
      {"case.{case}.line.{line}", "{line} in {case}"},
      {"case.{case}.line.{line}.net", "{line} in {case}, net"},
      {"case.{case}.with_line.{line}", "{line} with the programme in {case}"},
      {"case.{case}.with_line.{line}.net", "{line} with the programme in {case}, net"},
      {"case.{case}.without_total", "the care without the programme in {case}"},
      {"case.{case}.without.{payer}", "the care without the programme in {case} for {payer}"},
      {"case.{case}.with_total", "the care with the programme in {case}"},
      {"case.{case}.with.{payer}", "the care with the programme in {case} for {payer}"},
      {"case.{case}.reduction", "the share of the care without the programme avoided in {case}"},
      {"case.{case}.kind.financial", "the financial effect in {case}, net"},
      {"case.{case}.kind.economic", "the economic effect in {case}, net"},
      {"case.{case}.kind.social", "the social effect in {case}, net"},
      {"case.{case}.transfers", "the transfers in {case}"},
      {"case.{case}.cost_line.{line}", "{line} as the programme's effort in {case}"},
      {"case.{case}.programme_cost", "the programme's own cost in {case}"},
      {"case.{case}.programme_cost.{payer}", "the programme's own cost in {case} to {payer}"},
      {"case.{case}.avoided_total", "the care avoided in {case}"},
      {"case.{case}.avoided.{payer}", "the care avoided in {case} for {payer}"},
      {"case.{case}.net_total", "the care avoided in {case}, net"},
      {"case.{case}.net.{payer}", "the care avoided in {case} for {payer}, net"},
      {"case.{case}.share.{payer}", "the share of {payer} in the care avoided in {case}"},
      {"case.{case}.balance", "the balance of {case}"},
      {"case.{case}.ratio", "the benefit/cost ratio of {case}"},
      {"population.participants", "the participants of the population"},
      {"population.per_participant.{payer}", "the cost avoided per participant for {payer}"},
      {"population.benefit.{payer}", "the population's benefit for {payer}"},
      {"population.cost.{payer}", "the population's cost to {payer}"},
      {"population.net.{payer}", "the population's net result for {payer}"},
      {"population.ratio.{payer}", "the population's benefit/cost ratio for {payer}"},
      {"population.share.{payer}", "the share of {payer} in the population's benefit"},
      {"population.benefit_total", "the population's total benefit"},
      {"population.cost_total", "the population's total cost"},
      {"population.net_benefit", "the population's net result"},
      {"population.ratio", "the population's benefit/cost ratio"},
      {"net.per_participant.{payer}", "the cost avoided per participant for {payer}, net"},
      {"net.benefit.{payer}", "the population's net benefit for {payer}"},
      {"net.cost.{payer}", "the population's cost to {payer}"},
      {"net.net.{payer}", "the population's net result for {payer} after additionality"},
      {"net.ratio.{payer}", "the population's benefit/cost ratio for {payer} after additionality"},
      {"net.share.{payer}", "the share of {payer} in the population's net benefit"},
      {"net.benefit_total", "the population's total net benefit"},
      {"net.kind.financial", "the population's net financial benefit"},
      {"net.kind.economic", "the population's net economic benefit"},
      {"net.kind.social", "the population's net social benefit"},
      {"net.cost_total", "the population's total cost"},
      {"net.net_benefit", "the population's net result after additionality"},
      {"net.ratio", "the population's benefit/cost ratio after additionality"},
      {"balance.{payer}.transfer", "the transfer to {payer}"},
      {"balance.{payer}.net_after_transfer", "the net result for {payer} after transfer"},
      {"breakeven.participants.{case}", "the participants needed to break even as {case}"},
      {"breakeven.participants.mean", "the participants needed to break even as the mean case"},
      {"breakeven.participants.population",
       "the participants needed to break even at the population basis"},
      {"breakeven.tariff.{tariff}", "the units of {tariff} needed to break even"},
      {"reach.{reach}.cost_per_unit", "the cost per unit of {reach}"},
      {"npv", "the net present value"},
      {"pv.benefit_total", "the present value of the benefit"},
      {"pv.cost_total", "the present value of the cost"},
      {"pv.ratio", "the benefit/cost ratio of the present values"},
      {"time.benefit_total", "the benefit over the horizon"},
      {"time.cost_total", "the cost over the horizon"},
      {"time.net_total", "the net result over the horizon"},
      {"roi", "the return on investment"},
      {"payback_year", "the payback year"},
  };
  return phrases;
}

const Case* case_of(const Analysis& a, const std::string& id) {
  for (const auto& c : a.cases)
    if (c.id == id) return &c;
  return nullptr;
}

std::string case_words(const Analysis& a, const std::string& id) {
  const Case* c = case_of(a, id);
  return c && !c->title.empty() ? id + " (" + c->title + ")" : id;
}

std::string payer_words(const Analysis& a, const std::string& id) {
  const Payer* p = a.tariffs.find_payer(id);
  return p ? p->label : id;
}

std::string tariff_words(const Analysis& a, const std::string& id) {
  const Tariff* t = a.tariffs.find_tariff(id);
  return t ? t->label : id;
}

// A line by its name in figure paths: its tariff's label.
std::string line_words(const Analysis& a, const std::string& case_id, const std::string& name) {
  const Case* c = case_of(a, case_id);
  if (!c) return name;
  const std::vector<std::string> names = line_names(*c);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return tariff_words(a, c->avoided[i].tariff);
  return name;
}

}  // namespace

std::string figure_words(const Analysis& a, const std::string& path, Locale locale) {
  const std::vector<std::string> written = split_path(path);
  std::vector<std::string> s = written;
  Names n;
  if (s[0] == "case" && s.size() >= 3) {
    n.case_ = case_words(a, s[1]);
    s[1] = "{case}";
    if ((s[2] == "line" || s[2] == "with_line" || s[2] == "cost_line") && s.size() >= 4) {
      n.line = line_words(a, written[1], s[3]);
      s[3] = "{line}";
    } else if ((s[2] == "avoided" || s[2] == "net" || s[2] == "share" || s[2] == "without" ||
                s[2] == "with" || s[2] == "programme_cost") &&
               s.size() == 4) {
      n.payer = payer_words(a, s[3]);
      s[3] = "{payer}";
    }
  } else if ((s[0] == "population" || s[0] == "net" || s[0] == "programme") && s.size() == 3 &&
             s[1] != "kind") {
    n.payer = payer_words(a, s[2]);
    s[2] = "{payer}";
  } else if (s[0] == "balance" && s.size() == 3) {
    n.payer = payer_words(a, s[1]);
    s[1] = "{payer}";
  } else if (s[0] == "breakeven" && s.size() == 3 && s[1] == "tariff") {
    n.tariff = tariff_words(a, s[2]);
    s[2] = "{tariff}";
  } else if (s[0] == "breakeven" && s.size() == 3 && s[2] != "mean" && s[2] != "population") {
    n.case_ = case_words(a, s[2]);
    s[2] = "{case}";
  } else if (s[0] == "reach" && s.size() == 3) {
    std::size_t i = s[1].size() < 9 ? std::stoul("0" + s[1]) : 0;
    n.reach = i >= 1 && i <= a.programme.reach.size() ? a.programme.reach[i - 1].label : s[1];
    s[1] = "{reach}";
  }
  std::string key = s[0];
  for (std::size_t i = 1; i < s.size(); ++i) key += "." + s[i];
  auto it = figure_phrases().find(key);
  return it == figure_phrases().end() ? path : phrase(it->second, n, locale);
}

const char* side_words(Side side) {
  return side == Side::with   ? "with the programme"
         : side == Side::cost ? "programme effort"
                              : nullptr;
}

std::string side_suffix(Side side, Locale locale) {
  const char* words = side_words(side);
  return words ? " (" + tr(locale, words) + ")" : "";
}

std::string parameter_words(const Analysis& a, const Parameter& p, Locale locale) {
  using Kind = Target::Kind;
  const Target& t = p.target;
  Names n;
  if (t.kind == Kind::tariff_price || t.kind == Kind::tariff_payer)
    n.tariff = a.tariffs.tariffs.at(t.index).label;
  if (t.in_case()) n.case_ = case_words(a, a.cases.at(t.index).id);
  if (t.kind == Kind::line_quantity || t.kind == Kind::line_periods || t.kind == Kind::line_payer ||
      (t.kind == Kind::share && t.level == Target::Level::line)) {
    const AvoidedLine& line = a.cases.at(t.index).avoided.at(t.line);
    n.line = tariff_words(a, line.tariff) + side_suffix(line.side, locale);
  }
  if (t.kind == Kind::basis || t.kind == Kind::basis_weight)
    n.payer = t.payer == "default" ? tr(locale, "the other payers") : payer_words(a, t.payer);
  if (t.kind == Kind::basis_weight) n.case_ = case_words(a, t.weighed);
  if (t.kind == Kind::cost_amount) n.cost = a.programme.costs.at(t.index).label;
  // By level (programme, case, line), then share (Target::share).
  static const char* const shares[3][4] = {
      {"the programme's deadweight", "the programme's attribution", "the programme's displacement",
       "the programme's probability"},
      {"the deadweight of {case}", "the attribution of {case}", "the displacement of {case}",
       "the probability of {case}"},
      {"the deadweight of {line} in {case}", "the attribution of {line} in {case}",
       "the displacement of {line} in {case}", "the probability of {line} in {case}"}};
  switch (t.kind) {
    case Kind::tariff_price:
      return phrase("the price of {tariff}", n, locale);
    case Kind::tariff_payer:
      return phrase("the payer of {tariff}", n, locale);
    case Kind::programme_participants:
      return phrase("the programme's participants", n, locale);
    case Kind::cost_amount:
      return phrase("the programme cost {cost}", n, locale);
    case Kind::price_year:
      return phrase("the price level", n, locale);
    case Kind::population_participants:
      return phrase("the participants of the population", n, locale);
    case Kind::basis:
      return phrase("the population basis of {payer}", n, locale);
    case Kind::basis_weight:
      return phrase("the weight of {case} for {payer}", n, locale);
    case Kind::share:
      return phrase(shares[static_cast<int>(t.level)][t.share % 4], n, locale);
    case Kind::discount_preset:
      return phrase("the discount preset", n, locale);
    case Kind::discount_rate:
      return phrase("the discount rate", n, locale);
    case Kind::discount_first_year:
      return phrase("the discounting of year 1", n, locale);
    case Kind::horizon_years:
      return phrase("the horizon", n, locale);
    case Kind::line_quantity:
      return phrase("the quantity of {line} in {case}", n, locale);
    case Kind::line_periods:
      return phrase("the periods of {line} in {case}", n, locale);
    case Kind::line_payer:
      return phrase("the payer of {line} in {case}", n, locale);
  }
  return p.path;
}

}  // namespace mkba::report
