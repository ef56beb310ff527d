// Parameter handles: resolution, types, values, rounding, and the switching
// value's bisection on exact values of a handle's type.

#include <doctest/doctest.h>

#include "analysis_builder.hpp"
#include "core/overrides.hpp"
#include "core/sensitivity.hpp"
#include "parameters.hpp"

using namespace mkba;

namespace {

std::optional<Parameter> resolve(const Analysis& a, const std::string& path, Diagnostics& d) {
  return resolve_parameter(a, path, Origin{"--set", 0, 0}, d);
}

Value money(const char* text) { return Value::of(ValueType::money, test::dec(text)); }
Exact dec6(const char* text) {
  auto parsed = parse_decimal(text, 6, 12);
  REQUIRE(parsed.value.has_value());
  return *parsed.value;
}
Value share(const char* text) { return Value::of(ValueType::share, dec6(text)); }

// One unit of the last decimal a type keeps.
Exact unit_of(ValueType type) {
  Exact u = Exact::integer(1);
  for (int i = 0; i < decimals_of(type); ++i) u = u / Exact::integer(10);
  return u;
}

}  // namespace

TEST_CASE("a path resolves once into a handle: its type, target and value in the file") {
  Analysis a = test::stadskamer();
  struct Expected {
    const char* path;
    ValueType type;
    const char* base;  // plain, or the choice
  };
  for (const Expected& e : {
           Expected{"tariffs.dagbesteding.price", ValueType::money, "33"},
           Expected{"tariffs.dagbesteding.payer", ValueType::choice, "gemeente"},
           Expected{"programme.participants", ValueType::count, "450"},
           Expected{"programme.costs.1.amount", ValueType::money, "1100000"},
           Expected{"population.participants", ValueType::count, "450"},
           Expected{"population.basis.default", ValueType::choice, "mean"},
           Expected{"population.basis.default.weights.casus-2", ValueType::quantity, "0"},
           Expected{"adjustments.deadweight", ValueType::share, "0"},
           Expected{"adjustments.attribution", ValueType::share, "1"},
           Expected{"cases.casus-2.avoided.ggz_opname_dag.quantity", ValueType::quantity, "21"},
           Expected{"cases.casus-2.adjustments.probability", ValueType::share, "1"},
           Expected{"discounting.rate", ValueType::rate, "0"},
           Expected{"discounting.first_year", ValueType::choice, "undiscounted"},
           Expected{"horizon.years", ValueType::count, "1"},
       }) {
    CAPTURE(std::string(e.path));
    Parameter p = test::handle(a, e.path);
    CHECK(p.path == e.path);
    CHECK(p.type == e.type);
    CHECK(p.base.type == e.type);
    if (e.type == ValueType::choice)
      CHECK(p.base.choice == e.base);
    else
      CHECK(p.base.number == test::dec(e.base));
    CHECK(read_value(a, p) == p.base);
  }
  CHECK(test::handle(a, "programme.price_year").type == ValueType::year);
  CHECK(test::handle(a, "tariffs.dagbesteding.payer").choices == a.tariffs.payer_ids());
  CHECK(test::handle(a, "tariffs.dagbesteding.payer").structural());
  CHECK_FALSE(test::handle(a, "tariffs.dagbesteding.price").structural());
}

TEST_CASE("a handle names its input by position: the case, the line, the share") {
  Analysis a = test::stadskamer();
  Parameter by_name = test::handle(a, "cases.casus-2.avoided.ggz_opname_dag.quantity");
  CHECK(by_name.target.kind == Target::Kind::line_quantity);
  CHECK(by_name.target.index == 1);
  CHECK(a.cases[1].avoided[by_name.target.line].tariff == "ggz_opname_dag");
  Parameter by_number = test::handle(
      a, "cases.casus-2.avoided." + std::to_string(by_name.target.line + 1) + ".quantity");
  CHECK(by_number.target.kind == by_name.target.kind);
  CHECK(by_number.target.line == by_name.target.line);
  Parameter line_share =
      test::handle(a, "cases.casus-1.avoided.seh_bezoek.adjustments.probability");
  CHECK(line_share.target.level == Target::Level::line);
  CHECK(line_share.target.share == 3);
  CHECK(line_share.target.in_case());
  CHECK_FALSE(test::handle(a, "adjustments.probability").target.in_case());
}

TEST_CASE("unknown and ambiguous paths are located errors with a hint") {
  Analysis a = test::stadskamer();
  Diagnostics d;
  CHECK_FALSE(resolve(a, "tariffs.dagbestedin.price", d));
  CHECK_FALSE(resolve(a, "adjustments.deadwieght", d));
  CHECK_FALSE(resolve(a, "cases.casus-1.avoided.seh_bezoek.for", d));
  a.cases[0].avoided.push_back(a.cases[0].avoided[0]);  // the same tariff twice
  const std::string twice = a.cases[0].avoided[0].tariff;
  CHECK_FALSE(resolve(a, "cases.casus-1.avoided." + twice + ".quantity", d));
  REQUIRE(d.items().size() == 4);
  CHECK(d.items()[0].message == "unknown path 'tariffs.dagbestedin.price'");
  CHECK(d.items()[0].hint == "did you mean 'tariffs.dagbesteding.price'?");
  CHECK(d.items()[0].where.file == "--set");
  CHECK(d.items()[1].hint == "did you mean 'adjustments.deadweight'?");
  CHECK(d.items()[2].message.find("no 'per' period") != std::string::npos);
  CHECK(d.items()[3].message.find("occurs 2 times") != std::string::npos);
  CHECK(d.items()[3].hint.find("cases.casus-1.avoided.1.quantity") != std::string::npos);
  // The two-line case still resolves by line number.
  CHECK(resolve(a, "cases.casus-1.avoided.2.quantity", d));
}

TEST_CASE("check_value: the type, the decimals and the range of the input") {
  Analysis a = test::stadskamer();
  Parameter price = test::handle(a, "tariffs.dagbesteding.price");
  Parameter dead = test::handle(a, "adjustments.deadweight");
  Parameter people = test::handle(a, "population.participants");
  Parameter rate = test::handle(a, "discounting.rate");
  Parameter basis = test::handle(a, "population.basis.default");
  Origin at{"--set", 0, 0};
  Diagnostics d;
  CHECK(check_value(price, money("33.3333"), at, d));
  CHECK(check_value(dead, share("0.171585"), at, d));
  CHECK(check_value(basis, Value::named("casus-3"), at, d));
  CHECK(d.empty());
  CHECK_FALSE(check_value(price, share("0.5"), at, d));                                // 0
  CHECK_FALSE(check_value(price, money("-1"), at, d));                                 // 1
  CHECK_FALSE(check_value(dead, share("1.5"), at, d));                                 // 2
  CHECK_FALSE(check_value(people, Value::of(ValueType::count, {}), at, d));            // 3
  CHECK_FALSE(check_value(rate, Value::of(ValueType::rate, test::dec("-1")), at, d));  // 4
  CHECK_FALSE(check_value(basis, Value::named("gemiddeld"), at, d));                   // 5
  // A value made without rounding it to the type's decimals.
  CHECK_FALSE(check_value(price, Value::of(ValueType::money, Exact::fraction(1, 3)), at, d));
  REQUIRE(d.items().size() == 7);
  CHECK(d.items()[0].message == "tariffs.dagbesteding.price: expected a money, got a share");
  CHECK(d.items()[1].message == "tariffs.dagbesteding.price: must not be negative, got -1");
  CHECK(d.items()[2].hint == "10% is 0.1");
  CHECK(d.items()[3].message.find("whole number from 1") != std::string::npos);
  CHECK(d.items()[4].hint == "4% is 0.04");
  CHECK(d.items()[5].hint == "expected one of: mean, median, casus-1, casus-2, casus-3");
  CHECK(d.items()[6].message.find("more than 4 decimals") != std::string::npos);
}

TEST_CASE("set_value changes the input; in resampled cases every copy of its case") {
  Analysis a = test::stadskamer();
  Parameter q = test::handle(a, "cases.casus-2.avoided.ggz_opname_dag.quantity");
  Parameter price = test::handle(a, "tariffs.dagbesteding.price");
  const Origin at{"--set", 0, 0};
  Analysis changed = a;
  set_value(changed, price, money("35"), at);
  CHECK(read_value(changed, price) == money("35"));
  CHECK(read_value(changed, q) == q.base);

  const std::vector<std::size_t> picks{1, 0, 1};  // casus-2, casus-1, casus-2
  Analysis resampled = a;
  resampled.cases = {a.cases[1], a.cases[0], a.cases[1]};
  const Value thirty = Value::of(ValueType::quantity, Exact::integer(30));
  set_value_in_copies(resampled, picks, q, thirty, at);
  const std::size_t line = q.target.line;
  CHECK(resampled.cases[0].avoided[line].quantity == test::qty("30"));
  CHECK(resampled.cases[2].avoided[line].quantity == test::qty("30"));
  CHECK(resampled.cases[1].avoided[0].quantity == a.cases[0].avoided[0].quantity);
  // A handle outside the cases sets the one input, whatever the picks.
  set_value_in_copies(resampled, picks, price, money("35"), at);
  CHECK(resampled.tariffs.tariffs[price.target.index].price == test::eur("35"));
}

TEST_CASE("rounding: halves away from zero, exactly, from exact values and from doubles") {
  CHECK(rounded_to(test::dec("2.5"), 0) == Exact::integer(3));
  CHECK(rounded_to(-test::dec("2.5"), 0) == Exact::integer(-3));
  CHECK(rounded_to(Exact::fraction(2, 3), 4) == test::dec("0.6667"));
  CHECK(rounded_to(Exact::fraction(-1, 8), 2) == -test::dec("0.13"));
  // A double is rounded from its own binary value: 0.1 is a little above 1/10,
  // 2.675 a little below 2.675, 0.125 exactly an eighth.
  CHECK(*round_double(0.1, 6) == test::dec("0.1"));
  CHECK(*round_double(2.675, 2) == test::dec("2.67"));
  CHECK(*round_double(0.125, 2) == test::dec("0.13"));
  CHECK(*round_double(-0.125, 2) == -test::dec("0.13"));
  CHECK(*round_double(449.5, 0) == Exact::integer(450));
  CHECK(round_double(-0.00001, 4)->is_zero());
  CHECK_FALSE(round_double(1e20, 0));
  CHECK_FALSE(round_double(std::nan(""), 4));
  CHECK(nearest_double(dec6("0.171585")) == 0.171585);
  Parameter dead = test::handle(test::stadskamer(), "adjustments.deadweight");
  CHECK(*value_of(dead, 0.1715854) == share("0.171585"));
  CHECK_FALSE(value_of(test::handle(test::stadskamer(), "population.basis.default"), 1.0));
}

TEST_CASE("the switching value: a bisection on the exact values of the handle's type") {
  Analysis a = test::stadskamer();
  a.programme.origin = {"stadskamer.yaml", 1, 1};
  Diagnostics d;
  // With a cost of 6.000.000 the net result turns inside these ranges.
  set_value(a, test::handle(a, "programme.costs.1.amount"), money("6000000"), {});
  using K = uncertain::Distribution::Kind;
  a.uncertainty.push_back(test::uncertain(
      a, "population.participants", uncertain::Distribution::of(K::triangular, 350, 450, 550)));
  a.uncertainty.push_back(test::uncertain(a, "adjustments.deadweight",
                                          uncertain::Distribution::of(K::range, 0.02, 0.3)));
  a.uncertainty.push_back(test::uncertain(a, "tariffs.dagbesteding.price",
                                          uncertain::Distribution::of(K::range, 28, 40)));
  Sensitivity s = one_way(a, d);
  REQUIRE(d.empty());
  REQUIRE(s.rows.size() == 3);
  int found = 0;
  for (const OneWay& row : s.rows) {
    CAPTURE(row.parameter.path);
    CHECK(row.low.type == row.parameter.type);
    CHECK(row.high.type == row.parameter.type);
    if (!row.switching) continue;
    ++found;
    // A value of the type, between low and high, with the net result on
    // one side at it and on the other one unit of its last decimal away.
    const Value& v = *row.switching;
    CHECK(v.type == row.parameter.type);
    CHECK(rounded_to(v.number, decimals_of(v.type)) == v.number);
    CHECK(v.number > row.low.number);
    CHECK(v.number < row.high.number);
    const Exact unit = unit_of(v.type);
    auto net_at = [&](const Exact& x) {
      const std::vector<Override> set{
          Override{row.parameter, Value::of(v.type, x), row.parameter.path_origin, "test"}};
      auto o = evaluate(a, set, d);
      REQUIRE(o);
      return o->net;
    };
    const Money at = net_at(v.number);
    const bool low_negative = row.at_low.net.is_negative();
    if (at.is_zero()) continue;
    if (at.is_negative() == low_negative)
      CHECK(net_at(v.number + unit).is_negative() != low_negative);
    else
      CHECK(net_at(v.number - unit).is_negative() == low_negative);
  }
  CHECK(found == 2);  // participants and deadweight; the price does not turn it
  for (const OneWay& row : s.rows)
    if (row.parameter.path == "population.participants")
      CHECK(row.switching == Value::of(ValueType::count, Exact::integer(373)));
}
