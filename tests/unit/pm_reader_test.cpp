#include <doctest/doctest.h>

#include <string>

#include "load/loaders.hpp"

using namespace mkba;
using mkba::load::Sources;

namespace {
const char* table =
    "name: T\ncurrency: EUR\nprice_year: 2017\nsource: test\n"
    "payers:\n  - {id: gemeente, label: Gemeente}\n"
    "tariffs:\n  - {id: t, label: T, unit: uur, price: 10, payer: gemeente}\n";

const char* head =
    "programme:\n  name: P\n  tariffs: t.yaml\n  participants: 10\n"
    "  costs:\n    - {label: S, amount: 100, payer: gemeente, assumptions: [a1]}\n";

std::optional<Analysis> load_case(const std::string& rest, Diagnostics& d) {
  Sources sources;
  sources.provide("t.yaml", table);
  sources.provide("c.yaml", std::string(head) + rest);
  sources.provided_only();
  return load::load_analysis("c.yaml", std::nullopt, sources, d, nullptr);
}
}  // namespace

TEST_CASE("PM items and assumptions are read, and costs cite assumptions") {
  Diagnostics d;
  auto a = load_case(
      "pm:\n  - {id: rust, text: minder overlast, sign: '-', actor: wijk, quantity: 3, unit: "
      "meldingen, source: deck}\n"
      "assumptions:\n  - {id: a1, text: vast, source: begroting}\n",
      d);
  REQUIRE(a);
  REQUIRE(a->pm.size() == 1);
  CHECK(a->pm[0].sign == '-');
  CHECK(a->pm[0].actor == "wijk");
  CHECK(a->pm[0].quantity == Exact::integer(3));
  CHECK(a->pm[0].unit == "meldingen");
  REQUIRE(a->assumptions.size() == 1);
  CHECK(a->programme.costs[0].assumptions.ids == std::vector<std::string>{"a1"});
}

TEST_CASE("an unknown cited assumption is an error with a hint") {
  Diagnostics d;
  auto a = load_case("assumptions:\n  - {id: a2, text: vast}\n", d);
  CHECK_FALSE(a);
  REQUIRE_FALSE(d.items().empty());
  CHECK(d.items()[0].message == "unknown assumption 'a1'");
  CHECK(d.items()[0].where.line == 6);
}
