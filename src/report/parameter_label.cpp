#include "report/parameter_label.hpp"

#include <fmt/format.h>

#include "report/figure_words.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

using Kind = Target::Kind;

const char* const share_words[4] = {"Deadweight", "Attribution", "Displacement", "Probability"};

const std::string& or_id(const std::string& label, const std::string& id) {
  return label.empty() ? id : label;
}

std::string tariff_label(const Analysis& a, const std::string& id) {
  const Tariff* t = a.tariffs.find_tariff(id);
  return t ? or_id(t->label, id) : id;
}

std::string payer_label(const Analysis& a, const std::string& id, Locale l) {
  if (id == "default") return tr(l, "the default basis");
  const Payer* p = a.tariffs.find_payer(id);
  return p ? or_id(p->label, id) : id;
}

std::string case_label(const Case& c) { return or_id(c.title, c.id); }

// "Case: tariff", the line a parameter of a line changes; a line with the
// programme, or of its own effort, says so.
std::string line_label(const Analysis& a, const Target& t, Locale l) {
  const Case& c = a.cases[t.index];
  const AvoidedLine& line = c.avoided[t.line];
  return case_label(c) + ": " + tariff_label(a, line.tariff) + side_suffix(line.side, l);
}

bool holds(const Analysis& a, const Target& t) {
  switch (t.kind) {
    case Kind::tariff_price:
    case Kind::tariff_payer:
      return t.index < a.tariffs.tariffs.size();
    case Kind::cost_amount:
      return t.index < a.programme.costs.size();
    case Kind::line_quantity:
    case Kind::line_periods:
    case Kind::line_payer:
      return t.index < a.cases.size() && t.line < a.cases[t.index].avoided.size();
    case Kind::share:
      return t.share < 4 && (t.level == Target::Level::programme || t.index < a.cases.size()) &&
             (t.level != Target::Level::line || t.line < a.cases[t.index].avoided.size());
    default:
      return true;
  }
}

std::string share_label(const Analysis& a, const Target& t, Locale l) {
  std::string share = tr(l, share_words[t.share]);
  switch (t.level) {
    case Target::Level::programme:
      return share;
    case Target::Level::case_level:
      return case_label(a.cases[t.index]) + ": " + share;
    case Target::Level::line:
      break;
  }
  return line_label(a, t, l) + ", " + share;
}

std::string known_label(const Analysis& a, const Parameter& p, Locale l) {
  const Target& t = p.target;
  auto tariff = [&] {
    return or_id(a.tariffs.tariffs[t.index].label, a.tariffs.tariffs[t.index].id);
  };
  switch (t.kind) {
    case Kind::tariff_price:
      return tariff() + ": " + tr(l, "price");
    case Kind::tariff_payer:
      return tariff() + ": " + tr(l, "payer");
    case Kind::programme_participants:
      return tr(l, "Participants of the programme");
    case Kind::cost_amount:
      return or_id(a.programme.costs[t.index].label, p.path) + ": " + tr(l, "amount");
    case Kind::price_year:
      return tr(l, "Price level (year)");
    case Kind::population_participants:
      return tr(l, "Participants in the population");
    case Kind::basis:
      return tr(l, "Basis") + ": " + payer_label(a, t.payer, l);
    case Kind::basis_weight:
      return fmt::format(fmt::runtime(tr(l, "Basis: {}, weight of case {}")),
                         payer_label(a, t.payer, l), t.weighed);
    case Kind::share:
      return share_label(a, t, l);
    case Kind::discount_preset:
      return tr(l, "Discounting");
    case Kind::discount_rate:
      return tr(l, "Discount rate");
    case Kind::discount_first_year:
      return tr(l, "Discounting of year 1");
    case Kind::horizon_years:
      return tr(l, "Horizon (years)");
    case Kind::line_quantity:
      return line_label(a, t, l) + ", " + tr(l, "quantity");
    case Kind::line_periods:
      return line_label(a, t, l) + ", " + tr(l, "periods");
    case Kind::line_payer:
      return line_label(a, t, l) + ", " + tr(l, "payer");
  }
  return p.path;
}

}  // namespace

std::string parameter_label(const Analysis& analysis, const Parameter& parameter, Locale locale) {
  if (!holds(analysis, parameter.target)) return parameter.path;
  return known_label(analysis, parameter, locale);
}

}  // namespace mkba::report
