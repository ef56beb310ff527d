// The charts: nice-number ticks in the locale's format, text that fits its
// room, and charts that a real XML parser (expat) reads, whose texts neither
// overlap nor leave the picture, and that are refused rather than empty.
#include <doctest/doctest.h>
#include <expat.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "bundled.hpp"
#include "core/sensitivity.hpp"
#include "core/simulation.hpp"
#include "load/loaders.hpp"
#include "report/parameter_label.hpp"
#include "report/sensitivity_report.hpp"
#include "report/simulation_report.hpp"
#include "report/svg.hpp"
#include "report/svg_axis.hpp"
#include "svg_picture.hpp"

using namespace mkba;
namespace svg = report::svg;
using report::Locale;
using namespace mkba::test;

namespace {

Analysis stadskamer() { return load_bundled("stadskamer.yaml"); }

SimulationResult simulated(const Analysis& a) {
  SimulationOptions o;
  o.draws = 400;
  o.keep_net = true;
  Diagnostics d;
  SimulationResult s = simulate(a, o, d);
  REQUIRE(d.empty());
  return s;
}

}  // namespace

TEST_CASE("ticks step by 1, 2 or 5 times a power of ten and cover the range") {
  for (auto [low, high] : {std::pair{0.0, 1.0},
                           {-3.2e6, 9.9e6},
                           {0.013, 0.0171},
                           {5.0, 5.0},
                           {-17.0, -3.0},
                           {123456.0, 987654.0}}) {
    for (int most : {2, 5, 10}) {
      svg::Ticks t = svg::nice_ticks(low, high, most);
      CAPTURE(low);
      CAPTURE(high);
      CHECK((t.mantissa == 1 || t.mantissa == 2 || t.mantissa == 5));
      CHECK(t.low() <= low);
      CHECK(t.high() >= high);
      CHECK(t.last - t.first <= most + 1);
    }
  }
  svg::Ticks t = svg::nice_ticks(0, 2500, 5);  // step 500
  CHECK(t.mantissa == 5);
  CHECK(t.exponent == 2);
  CHECK(svg::tick_label(t, 5, Locale::nl) == "2.500");
  CHECK(svg::tick_label(t, 5, Locale::en) == "2,500");
  CHECK(svg::tick_label(t, -1, Locale::nl) == "-500");
  svg::Ticks small = svg::nice_ticks(0, 0.1, 5);  // step 0.02
  CHECK(svg::tick_label(small, 3, Locale::nl) == "0,06");
  CHECK(svg::tick_label(small, 3, Locale::en) == "0.06");
}

TEST_CASE("amounts in millions get labels in millions, spaced so that they do not touch") {
  svg::Ticks t = svg::fitting_ticks(3.1e6, 9.7e6, 350, Locale::nl, true);
  CHECK(t.scale == 6);
  CHECK(svg::amount_unit(t, Locale::nl) == " (mln euro)");
  CHECK(svg::amount_unit(t, Locale::en) == " (EUR million)");
  double spacing = 350.0 / static_cast<double>(t.last - t.first);
  CHECK(svg::widest_label(t, Locale::nl) < spacing);
  svg::Ticks counts = svg::fitting_ticks(0, 123456789, 200, Locale::nl, false);
  CHECK(counts.scale == 0);
  CHECK(svg::widest_label(counts, Locale::nl) + 12 <=
        200.0 / static_cast<double>(counts.last - counts.first));
}

TEST_CASE("text is shortened with an ellipsis or wrapped, never wider than its room") {
  std::string long_text(200, 'W');
  std::string shown = svg::fit(long_text, 100, svg::font_size, " [1]");
  CHECK(svg::text_width(shown) <= 100);
  CHECK(shown.find("\u2026 [1]") != std::string::npos);
  CHECK(svg::fit("kort", 100) == "kort");
  std::string sentence = "Een zin met woorden die over meerdere regels moet worden verdeeld";
  auto lines = svg::wrap(sentence, 120);
  CHECK(lines.size() > 1);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(svg::text_width(line) <= 120);
    joined += (joined.empty() ? "" : " ") + line;
  }
  CHECK(joined == sentence);
  for (const auto& line : svg::wrap(long_text, 120)) CHECK(svg::text_width(line) <= 120);
}

TEST_CASE("parameters are named in words: the tariff's label, the case, the share") {
  Analysis a = stadskamer();
  for (const auto& p : a.uncertainty) {
    std::string nl = report::parameter_label(a, p.parameter, Locale::nl);
    CHECK(nl != p.parameter.path);
  }
  CHECK(report::parameter_label(a, a.uncertainty[0].parameter, Locale::nl) ==
        "Reguliere dagbesteding, laagste tarief: prijs");
  CHECK(report::parameter_label(a, a.uncertainty[0].parameter, Locale::en) ==
        "Reguliere dagbesteding, laagste tarief: price");
  CHECK(report::parameter_label(a, a.uncertainty[2].parameter, Locale::nl) ==
        "Mevrouw M, 55 jaar: Intramurale GGZ-opname, aantal");
}

TEST_CASE("the tornado: labels in words, low and high apart, axis and switching values") {
  Analysis a = stadskamer();
  Diagnostics d;
  Sensitivity s = one_way(a, d);
  REQUIRE(d.empty());
  for (Locale l : {Locale::nl, Locale::en}) {
    svg::Chart chart = report::render_tornado_svg(a, s, l);
    REQUIRE(chart.refusal.empty());
    Picture p = parse(chart.svg);
    check_layout(p);
    CHECK(chart.svg.find(svg::low_colour) != std::string::npos);
    CHECK(chart.svg.find(svg::high_colour) != std::string::npos);
    for (const auto& u : a.uncertainty)
      CHECK(chart.svg.find(u.parameter.path) == std::string::npos);
    CHECK(has_text_containing(p, l == Locale::nl ? "basis: EUR " : "base: EUR "));
    CHECK(has_text(p, l == Locale::nl ? "Netto resultaat (mln euro)" : "Net result (EUR million)"));
  }
  CHECK(report::render_tornado_svg(a, s, Locale::nl).svg ==
        report::render_tornado_svg(a, s, Locale::nl).svg);
}

TEST_CASE("a tornado with long labels shortens them and gives them whole in a footnote") {
  Analysis a = stadskamer();
  a.tariffs.tariffs[0].label = std::string(20, 'M') + " " + std::string(15, 'w');
  a.programme.name = std::string(150, 'X') + " en nog meer";
  Diagnostics d;
  Sensitivity s = one_way(a, d);
  svg::Chart chart = report::render_tornado_svg(a, s, Locale::nl);
  Picture p = parse(chart.svg);
  check_layout(p);
  CHECK(has_text(p, "[1] " + a.tariffs.tariffs[0].label + ": prijs"));
  CHECK(has_text_containing(p, "\u2026 [1]"));
}

TEST_CASE("a tornado of nothing is refused, in the locale's words") {
  Analysis a = stadskamer();
  Sensitivity s;
  svg::Chart nl = report::render_tornado_svg(a, s, Locale::nl);
  svg::Chart en = report::render_tornado_svg(a, s, Locale::en);
  CHECK(nl.svg.empty());
  CHECK(nl.refusal.find("geen tornadodiagram") == 0);
  CHECK(en.refusal.find("no tornado chart") == 0);
}

TEST_CASE("the histogram: both axes, P5, P50, P95 and zero marked, the share above zero") {
  Analysis a = stadskamer();
  a.programme.costs[0].amount = Money::euros(7'300'000);  // so that the draws straddle zero
  SimulationResult s = simulated(a);
  for (Locale l : {Locale::nl, Locale::en}) {
    svg::Chart chart = report::render_histogram_svg(a, s, l);
    REQUIRE(chart.refusal.empty());
    Picture p = parse(chart.svg);
    check_layout(p);
    for (const char* name : {"P5", "P50", "P95", "0"}) CHECK(has_text(p, name));
    CHECK(chart.svg.find(svg::zero_colour) != std::string::npos);
    CHECK(has_text_containing(
        p, l == Locale::nl ? "van de trekkingen ligt boven nul" : "of the draws lie above zero"));
    int rotated = 0;
    for (const Text& t : p.texts) rotated += t.rotated;
    CHECK(rotated == 1);  // the count axis's title
  }
}

TEST_CASE("a histogram without draws is refused") {
  Analysis a = stadskamer();
  SimulationResult s;
  CHECK(report::render_histogram_svg(a, s, Locale::nl).refusal.find("geen histogram") == 0);
  s.net = {std::nan("")};
  CHECK(report::render_histogram_svg(a, s, Locale::en).refusal.find("no histogram") == 0);
}
