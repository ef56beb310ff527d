#pragma once
// Builds input models in code, so core tests need no files and no YAML.

#include <doctest/doctest.h>

#include <string>

#include "core/model.hpp"

namespace doctest {
template <>
struct StringMaker<mkba::Money> {
  static String convert(const mkba::Money& m) {
    return ("EUR " + mkba::to_plain(m.exact(), 6)).c_str();
  }
};
}  // namespace doctest

namespace mkba::test {

inline Exact dec(const char* text) {
  auto parsed = parse_decimal(text, 4, 12);
  REQUIRE(parsed.value.has_value());
  return *parsed.value;
}
inline Money eur(const char* text) { return Money(dec(text)); }
inline Quantity qty(const char* text) { return Quantity(dec(text)); }

inline AvoidedLine line(std::string tariff, const char* quantity = "1", Period per = Period::none,
                        const char* periods = "1") {
  AvoidedLine l;
  l.tariff = std::move(tariff);
  l.quantity = qty(quantity);
  l.per = per;
  l.periods = qty(periods);
  return l;
}

inline ProgrammeCost cost(std::string id, std::string label, const char* amount,
                          std::string payer) {
  ProgrammeCost c;
  c.id = std::move(id);
  c.label = std::move(label);
  c.amount = eur(amount);
  c.payer = std::move(payer);
  return c;
}

inline Case make_case(std::string id, std::string title, std::vector<AvoidedLine> lines) {
  Case c;
  c.id = std::move(id);
  c.title = std::move(title);
  c.avoided = std::move(lines);
  return c;
}

// The Stadskamer deck: three cases, 450 participants, EUR 1.100.000.
inline Analysis stadskamer() {
  Analysis a;
  a.file = "stadskamer.yaml";
  a.tariffs.payers = {{"gemeente", "Gemeente", {}}, {"zorgverzekeraar", "Zorgverzekeraar", {}}};
  auto tariff = [&](std::string id, const char* price, std::string payer) {
    Tariff t;
    t.id = t.label = std::move(id);
    t.unit = t.unit_plural = "unit";
    t.price = eur(price);
    t.payer = std::move(payer);
    a.tariffs.tariffs.push_back(t);
  };
  tariff("dagbesteding", "33", "gemeente");
  tariff("seh_bezoek", "250", "zorgverzekeraar");
  tariff("dagopname", "2200", "zorgverzekeraar");
  tariff("gebroken_arm", "3900", "zorgverzekeraar");
  tariff("ggz_opname_dag", "275", "zorgverzekeraar");
  tariff("ggz_deeltijd", "8000", "zorgverzekeraar");
  tariff("huisarts_telefonisch", "15", "zorgverzekeraar");
  tariff("poh_uur", "80", "zorgverzekeraar");
  a.programme.name = "Stadskamer";
  a.programme.participants = 450;
  a.programme.costs = {cost("", "Subsidie", "1100000", "gemeente")};
  a.cases = {
      make_case("casus-1", "M",
                {line("dagbesteding", "6", Period::week, "40"), line("seh_bezoek"),
                 line("dagopname"), line("gebroken_arm")}),
      make_case("casus-2", "M",
                {line("dagbesteding", "10", Period::week, "40"), line("ggz_opname_dag", "21"),
                 line("ggz_deeltijd")}),
      make_case("casus-3", "G",
                {line("dagbesteding", "8", Period::week, "40"),
                 line("huisarts_telefonisch", "2", Period::week, "40"),
                 line("poh_uur", "1", Period::week, "40")}),
  };

  Population p;
  Basis first;
  first.kind = Basis::Kind::single_case;
  first.case_id = "casus-1";
  p.payer_basis = {{"gemeente", first}};
  a.population = p;
  return a;
}

}  // namespace mkba::test
