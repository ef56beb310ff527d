// The result's charts: the payer waterfall and the time profile, parsed by
// a real XML parser, their texts inside the picture and apart, their bars
// where the exact figures put them, and refused rather than empty.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "bundled.hpp"
#include "core/calculate.hpp"
#include "report/charts.hpp"
#include "svg_picture.hpp"

using namespace mkba;
using namespace mkba::test;
using report::Locale;

namespace {

Analysis bundled(const std::string& name) { return load_bundled(name); }

Result computed(const Analysis& a) {
  Diagnostics d;
  auto r = calculate(a, d);
  REQUIRE(d.empty());
  REQUIRE(r.has_value());
  return *r;
}

int count_fill(const Picture& p, const char* colour) {
  int n = 0;
  for (const Bar& b : p.bars) n += b.fill == colour && b.width > 12;  // not a legend swatch
  return n;
}

}  // namespace

TEST_CASE("the payer waterfall: cost down, avoided up, to the net result; each payer's net") {
  Result r = computed(bundled("stadskamer.yaml"));
  for (Locale l : {Locale::nl, Locale::en}) {
    svg::Chart chart = report::render_payer_waterfall_svg(r, l);
    REQUIRE(chart.refusal.empty());
    Picture p = parse(chart.svg);
    check_layout(p);
    const bool nl = l == Locale::nl;
    CHECK(has_text(p, nl ? "Gemeente (Wmo): programmakosten" : "Gemeente (Wmo): programme cost"));
    CHECK(has_text(
        p, nl ? "Zorgverzekeraar (Zvw): netto vermeden" : "Zorgverzekeraar (Zvw): avoided, net"));
    CHECK(has_text(p, nl ? "Netto resultaat" : "Net result"));
    CHECK(has_text(p,
                   nl ? "EUR 6,1 mln" : "EUR 6.1 million"));  // 6.142.750 in the council's rounding
    CHECK(has_text(p, nl ? "Bedrag (mln euro)" : "Amount (EUR million)"));
    CHECK(count_fill(p, svg::cost_colour) == 1);  // the gemeente's subsidy
    CHECK(count_fill(p, svg::gain_colour) == 2);  // what each payer avoids
    CHECK(count_fill(p, svg::high_colour) == 0);  // no transfer is needed
    CHECK_FALSE(has_text_containing(p, nl ? "overdracht" : "transfer"));
  }
}

TEST_CASE("the waterfall's last step ends where the net result's bar ends") {
  Result r = computed(bundled("stadskamer.yaml"));
  Picture p = parse(report::render_payer_waterfall_svg(r, Locale::nl).svg);
  std::vector<Bar> plotted;
  for (const Bar& b : p.bars)
    if (b.width > 12 || b.height > 12) plotted.push_back(b);
  REQUIRE(plotted.size() == 6);  // 1 cost, 2 avoided, the net result, 2 payers' nets
  const Bar& last_step = plotted[2];
  const Bar& net = plotted[3];
  CHECK(std::abs((last_step.x + last_step.width) - (net.x + net.width)) < 0.11);
  // The cost step starts at zero, where the net result's bar starts.
  CHECK(std::abs((plotted[0].x + plotted[0].width) - net.x) < 0.11);
}

TEST_CASE("a payer with a loss shows its net after the transfer between payers") {
  Analysis a = bundled("stadskamer.yaml");
  a.programme.costs[0].amount = Money::euros(5'000'000);  // the gemeente loses, the insurer gains
  Result r = computed(a);
  REQUIRE(r.balance->transfer_possible);
  svg::Chart chart = report::render_payer_waterfall_svg(r, Locale::nl);
  Picture p = parse(chart.svg);
  check_layout(p);
  CHECK(has_text(p, "Gemeente (Wmo): netto na overdracht"));
  CHECK(has_text(p, "netto na overdracht"));  // the legend
  CHECK(has_text(p, "EUR -1,4 mln"));         // the gemeente's net before the transfer
  CHECK(count_fill(p, svg::high_colour) >= 1);
}

TEST_CASE("a waterfall with long payer labels shortens them and gives them whole below") {
  Analysis a = bundled("stadskamer.yaml");
  a.tariffs.payers[0].label = std::string(30, 'G') + " " + std::string(30, 'w');
  a.programme.name = std::string(140, 'X') + " en nog meer";
  Result r = computed(a);
  Picture p = parse(report::render_payer_waterfall_svg(r, Locale::nl).svg);
  check_layout(p);
  CHECK(has_text_containing(p, "\u2026 [1]"));
  CHECK(has_text(p, "[1] " + a.tariffs.payers[0].label + ": programmakosten"));
}

TEST_CASE("a file without a population gets no waterfall, and is told why") {
  Analysis a = bundled("stadskamer.yaml");
  Result r = computed(a);
  r.balance.reset();
  CHECK(report::render_payer_waterfall_svg(r, Locale::nl).svg.empty());
  CHECK(report::render_payer_waterfall_svg(r, Locale::nl).refusal.find("geen betalersgrafiek") ==
        0);
  CHECK(report::render_payer_waterfall_svg(r, Locale::en).refusal.find("no payer chart") == 0);
}

TEST_CASE("the time profile: a bar per year, the cumulative discounted line, the payback year") {
  Result r = computed(bundled("stadskamer-meerjarig.yaml"));
  REQUIRE(r.time);
  for (Locale l : {Locale::nl, Locale::en}) {
    svg::Chart chart = report::render_time_profile_svg(r, l);
    REQUIRE(chart.refusal.empty());
    Picture p = parse(chart.svg);
    check_layout(p);
    for (const char* year : {"2017", "2018", "2019", "2020", "2021"}) CHECK(has_text(p, year));
    CHECK(has_text(p, l == Locale::nl ? "terugverdiend in 2017" : "payback in 2017"));
    REQUIRE(p.polylines.size() == 1);
    CHECK(std::count(p.polylines[0].begin(), p.polylines[0].end(), ',') == 5);  // a point a year
    int rotated = 0;
    for (const Text& t : p.texts) rotated += t.rotated;
    CHECK(rotated == 1);                          // the amount axis's title
    CHECK(count_fill(p, svg::gain_colour) == 5);  // every year gains
  }
}

TEST_CASE("a time profile with years of loss marks zero and the later payback") {
  Analysis a = bundled("stadskamer-meerjarig.yaml");
  a.programme.costs[0].amount = Money::euros(4'500'000);
  Result r = computed(a);
  REQUIRE(r.time->payback);
  CHECK(*r.time->payback == 2);
  svg::Chart chart = report::render_time_profile_svg(r, Locale::nl);
  Picture p = parse(chart.svg);
  check_layout(p);
  CHECK(has_text(p, "terugverdiend in 2018"));
  CHECK(chart.svg.find(svg::zero_colour) != std::string::npos);
  CHECK(count_fill(p, svg::cost_colour) == 4);  // 2017 and 2019 to 2021 lose
}

TEST_CASE("a time profile that never pays back says so; one of many years labels what fits") {
  Analysis a = bundled("stadskamer-meerjarig.yaml");
  a.programme.costs[0].amount = Money::euros(9'000'000);
  Result r = computed(a);
  REQUIRE_FALSE(r.time->payback);
  Picture p = parse(report::render_time_profile_svg(r, Locale::en).svg);
  check_layout(p);
  CHECK(has_text_containing(p, "does not turn positive within the horizon"));
  // Sixty years: the year labels thin out rather than overlap (check_layout).
  r.time->rows.resize(60, r.time->rows.back());
  for (std::size_t i = 0; i < r.time->rows.size(); ++i) r.time->rows[i].year = 2017 + int(i);
  Picture many = parse(report::render_time_profile_svg(r, Locale::nl).svg);
  check_layout(many);
  CHECK(has_text(many, "2017"));
  CHECK_FALSE(has_text(many, "2018"));
}

TEST_CASE("a one-year file gets no time profile, and is told why") {
  Result r = computed(bundled("stadskamer.yaml"));
  CHECK(report::render_time_profile_svg(r, Locale::nl).refusal.find("geen tijdsprofiel") == 0);
  CHECK(report::render_time_profile_svg(r, Locale::en).refusal.find("no time profile") == 0);
}
