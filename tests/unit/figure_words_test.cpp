#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "core/trace.hpp"
#include "report/figure_words.hpp"

using namespace mkba;
using report::Locale;

TEST_CASE("every figure path has words, in Dutch without English") {
  Analysis a = test::stadskamer();
  Diagnostics d;
  auto r = calculate(a, d);
  REQUIRE(r);
  for (const auto& path : figure_paths(*r)) {
    CAPTURE(path);
    const std::string nl = report::figure_words(a, path, Locale::nl);
    const std::string en = report::figure_words(a, path, Locale::en);
    CHECK(nl != path);
    CHECK(en != path);
    CHECK(nl.find('{') == std::string::npos);
    for (const char* english : {"the ", " of ", "cost", "benefit", "avoided", "participant"})
      CHECK(nl.find(english) == std::string::npos);
  }
}

TEST_CASE("figures and parameters name cases, payers and tariffs by their labels") {
  Analysis a = test::stadskamer();
  CHECK(report::figure_words(a, "population.benefit_total", Locale::nl) ==
        "de totale baten van de populatie");
  CHECK(report::figure_words(a, "population.benefit_total", Locale::en) ==
        "the population's total benefit");
  const Payer& payer = a.tariffs.payers.at(0);
  CHECK(report::figure_words(a, "population.benefit." + payer.id, Locale::nl) ==
        "de baten van de populatie voor " + payer.label);
  const Tariff& tariff = a.tariffs.tariffs.at(0);
  Parameter price;
  price.target.kind = Target::Kind::tariff_price;
  price.target.index = 0;
  CHECK(report::parameter_words(a, price, Locale::nl) == "de prijs van " + tariff.label);
  // A path mkba does not write stays as it is.
  CHECK(report::figure_words(a, "nothing.here", Locale::nl) == "nothing.here");
}
