#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "report/summary.hpp"
#include "report/writer.hpp"

using namespace mkba;
using report::SummaryFormat;
using report::SummaryRow;
using report::SummaryWriter;

namespace {

// A row whose figures follow from `n`: cost n*1000, one benefit of n*3000 per payer given.
SummaryRow row(int n, std::vector<std::string> payers, bool npv = false) {
  SummaryRow r{"p" + std::to_string(n) + ".yaml", "Programma " + std::to_string(n), "", {}, {}};
  r.headline.cost_total = Money::euros(n * 1000);
  r.headline.cases = 3;
  r.headline.participants = 10 * n;
  Money total = Money::euros(0);
  for (const auto& p : payers) {
    r.headline.benefit.push_back({p, Money::euros(n * 3000)});
    total = Money(total.exact() + Exact::integer(n * 3000));
  }
  if (!payers.empty()) {
    r.headline.benefit_total = total;
    r.headline.benefit_net_total = total;
    r.headline.net_benefit = Money(total.exact() - r.headline.cost_total.exact());
    r.headline.ratio = Quantity(Exact::fraction(static_cast<Int128>(3 * payers.size()), 1));
  }
  if (npv) r.headline.npv = Money::euros(n);
  return r;
}

std::string all(std::vector<std::string> pieces) {
  std::string text;
  for (const auto& p : pieces) text += p;
  return text;
}

std::vector<std::string> lines_of(const std::vector<std::string>& pieces) {
  std::string text = all(pieces);
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t end; (end = text.find('\n', at)) != std::string::npos; at = end + 1)
    lines.push_back(text.substr(at, end - at));
  return lines;
}

}  // namespace

TEST_CASE("summary CSV: payer columns in order of appearance, empty where a row has none") {
  SummaryWriter w(SummaryFormat::csv, report::Locale::en);
  w.add(row(1, {"gemeente"}));
  w.add(row(2, {"zorgverzekeraar", "gemeente"}));
  w.add(row(3, {}));
  auto lines = lines_of(w.finish());
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] ==
        "file,programme,scenario,cases,participants,cost_total,benefit.gemeente,"
        "benefit.zorgverzekeraar,benefit_total,benefit_net_total,net_benefit,ratio,"
        "breakeven_participants,overrides\r");
  CHECK(lines[1] == "p1.yaml,Programma 1,,3,10,1000.00,3000.00,,3000.00,3000.00,2000.00,3.00,,\r");
  CHECK(lines[2] ==
        "p2.yaml,Programma 2,,3,20,2000.00,6000.00,6000.00,12000.00,12000.00,10000.00,6.00,,\r");
  CHECK(lines[3] == "p3.yaml,Programma 3,,3,30,3000.00,,,,,,,,\r");
}

TEST_CASE("summary: an NPV column only when some row has one; null in JSON where a row has none") {
  SummaryWriter without(SummaryFormat::jsonl, report::Locale::en);
  without.add(row(1, {"gemeente"}));
  CHECK(all(without.finish()).find("npv") == std::string::npos);

  SummaryWriter with(SummaryFormat::jsonl, report::Locale::en);
  with.add(row(1, {"gemeente"}));
  with.add(row(2, {"gemeente"}, true));
  auto lines = lines_of(with.finish());
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("\"npv\":null") != std::string::npos);
  CHECK(lines[1].find("\"npv\":2.00") != std::string::npos);
  CHECK(lines[0].find("\"participants\":10,") != std::string::npos);
}

TEST_CASE("summary JSON is one object with its rows; text and Markdown tables right-align") {
  SummaryWriter json(SummaryFormat::json, report::Locale::en);
  json.add(row(1, {"gemeente"}));
  json.add(row(2, {"gemeente"}));
  std::string text = all(json.finish());
  CHECK(text.rfind("{\n  \"mkba_version\": \"2\",\n  \"rows\": [\n    {\n      \"file\"", 0) == 0);
  CHECK(text.find("\n    },\n    {\n") != std::string::npos);
  CHECK(text.substr(text.size() - 13) == "\n    }\n  ]\n}\n");
  CHECK(all(SummaryWriter(SummaryFormat::json, report::Locale::en).finish()) ==
        "{\n  \"mkba_version\": \"2\",\n  \"rows\": []\n}\n");

  SummaryWriter table(SummaryFormat::table, report::Locale::nl);
  table.add(row(1, {"gemeente"}));
  table.add(row(12, {"gemeente"}));
  auto lines = lines_of(table.finish());
  REQUIRE(lines.size() > 9);
  CHECK(lines[0] == "Overzicht");
  for (const auto& line : lines) CHECK(line.size() <= report::default_line_width);
  // The cost column: 1.000,00 and 12.000,00 end in the same place.
  auto holding = [&](const std::string& amount) {
    return std::find_if(lines.begin(), lines.end(), [&](const std::string& line) {
      return line.find(" " + amount) != std::string::npos;
    });
  };
  auto one = holding("1.000,00"), twelve = holding("12.000,00");
  REQUIRE(one != lines.end());
  REQUIRE(twelve == one + 1);
  CHECK(one->find("1.000,00") + 8 == twelve->find("12.000,00") + 9);

  SummaryWriter md(SummaryFormat::markdown, report::Locale::en);
  md.add(row(1, {"gemeente"}));
  std::string m = all(md.finish());
  CHECK(m.find("| --- | --- | --- | ---: |") != std::string::npos);
  CHECK(m.find("| p1.yaml | Programma 1 |  | 3 | 10 | 1,000.00 |") != std::string::npos);
}

TEST_CASE("summary keeps every row exactly, across storage blocks and long cells") {
  SummaryWriter w(SummaryFormat::csv, report::Locale::en);
  const int count = 3000;  // several 64 KB blocks
  for (int n = 1; n <= count; ++n) {
    SummaryRow r = row(n, {n % 2 ? "gemeente" : "zorgverzekeraar"});
    r.programme += std::string(static_cast<std::size_t>(n % 300), 'x');  // lengths past 127
    w.add(r);
  }
  auto lines = lines_of(w.finish());
  REQUIRE(lines.size() == count + 1);
  for (int n = 1; n <= count; n += 97) {
    std::string cost = std::to_string(n * 1000) + ".00";
    std::string benefit = std::to_string(n * 3000) + ".00";
    std::string payers = n % 2 ? benefit + "," : "," + benefit;
    std::string expected = "p" + std::to_string(n) + ".yaml,Programma " + std::to_string(n) +
                           std::string(static_cast<std::size_t>(n % 300), 'x') + ",,3," +
                           std::to_string(10 * n) + "," + cost + "," + payers + ",";
    CHECK(lines[static_cast<std::size_t>(n)].rfind(expected, 0) == 0);
  }
}
