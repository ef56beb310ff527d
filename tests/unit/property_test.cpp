// Property tests: thousands of seeded random programmes, built in code, must
// keep the invariants of README's "How figures are computed", and every
// writer must carry the same amounts as the exact result, rounded to the cent.
//
// A failure names its seed; MKBA_PROPERTY_SEED=N runs that one programme again.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "analysis_builder.hpp"
#include "core/calculate.hpp"
#include "random_source.hpp"
#include "report/build.hpp"
#include "report/writer.hpp"

using namespace mkba;

namespace {

// ---- Random programmes ------------------------------------------------------

class Generator : public test::RandomSource {
 public:
  using RandomSource::RandomSource;

  Analysis programme() {
    Analysis a;
    a.file = "random.yaml";
    a.tariffs.file = "random-tariffs.yaml";
    a.tariffs.name = "random";
    a.tariffs.currency = "EUR";
    int payers = static_cast<int>(between(1, 4));
    for (int p = 0; p < payers; ++p)
      a.tariffs.payers.push_back(
          Payer{"payer" + std::to_string(p), "Payer " + std::to_string(p), {}});
    int tariffs = static_cast<int>(between(1, 8));
    for (int t = 0; t < tariffs; ++t) {
      Tariff tariff;
      tariff.id = tariff.label = "tariff" + std::to_string(t);
      tariff.unit = tariff.unit_plural = "unit";
      tariff.price = Money(decimal_up_to(chance(10) ? 5 : 50'000, 4));
      tariff.payer = pick_payer(a);
      a.tariffs.tariffs.push_back(tariff);
    }
    a.programme.name = "Random programme";
    a.programme.participants = between(1, 5000);
    int costs = static_cast<int>(between(0, 3));
    for (int c = 0; c < costs; ++c) {
      ProgrammeCost cost;
      cost.label = "cost " + std::to_string(c);
      cost.amount = Money(decimal_up_to(2'000'000, 2));
      cost.payer = pick_payer(a);
      a.programme.costs.push_back(cost);
    }
    int cases = static_cast<int>(between(0, 6));
    for (int c = 0; c < cases; ++c) {
      Case kase;
      kase.id = "case-" + std::to_string(c + 1);
      kase.title = "Case " + std::to_string(c + 1);
      int lines = static_cast<int>(between(1, 6));
      for (int l = 0; l < lines; ++l) {
        AvoidedLine line;
        line.tariff = a.tariffs.tariffs[between(0, tariffs - 1)].id;
        line.quantity = Quantity(decimal_up_to(100, 2));
        line.per = static_cast<Period>(between(0, 4));
        if (line.per != Period::none) line.periods = Quantity(decimal_up_to(52, 1));
        if (chance(20)) line.payer = pick_payer(a);
        kase.avoided.push_back(line);
      }
      a.cases.push_back(kase);
    }
    if (!a.cases.empty() && chance(85)) {
      Population p;
      if (chance(50)) p.participants = between(1, 5000);
      for (const auto& payer : a.tariffs.payers)
        if (chance(50)) p.payer_basis.push_back({payer.id, basis(a)});
      p.default_basis = basis(a);
      a.population = p;
    }
    return a;
  }

 private:
  std::string pick_payer(const Analysis& a) {
    return a.tariffs.payers[between(0, static_cast<long long>(a.tariffs.payers.size()) - 1)].id;
  }

  Basis basis(const Analysis& a) {
    Basis b;
    auto n = static_cast<long long>(a.cases.size());
    switch (between(0, 4)) {
      case 0:
        b.kind = Basis::Kind::mean;
        break;
      case 1:
        b.kind = Basis::Kind::median;
        break;
      case 2:
        b.kind = Basis::Kind::single_case;
        b.case_id = a.cases[between(0, n - 1)].id;
        break;
      case 3: {  // shares in hundredths that sum to exactly 1
        b.kind = Basis::Kind::weights;
        long long left = 100;
        for (long long i = 0; i < n; ++i) {
          long long share = i + 1 == n ? left : between(0, left);
          left -= share;
          b.weights.push_back({a.cases[i].id, Quantity(Exact::fraction(share, 100))});
        }
        break;
      }
      default:  // whole counts, at least one of them positive
        b.kind = Basis::Kind::weights;
        for (long long i = 0; i < n; ++i)
          b.weights.push_back({a.cases[i].id, Quantity::of(between(i == 0 ? 1 : 0, 12))});
    }
    b.weight_origins.resize(b.weights.size());
    return b;
  }
};

// The result of a valid programme. Exact fractions can outgrow 128 bits; the
// calculation then refuses the input (README, "Rounding") instead of computing
// it wrongly: such programmes are counted and skipped, and must stay rare.
struct Computer {
  int refused = 0;
  int computed = 0;

  std::optional<Result> operator()(const Analysis& a) {
    Diagnostics d = validate(a);
    REQUIRE(d.empty());
    auto r = calculate(a, d);
    if (!r) {
      REQUIRE(d.items().size() == 1);
      CHECK(d.items()[0].message.find("too large to compute exactly") != std::string::npos);
      ++refused;
      return std::nullopt;
    }
    ++computed;
    return r;
  }
  ~Computer() {
    if (refused > 0) MESSAGE(refused << " of " << refused + computed << " programmes out of range");
    CHECK(refused * 100 <= computed);
  }
};

// The seeds a property runs: `count` of them, or the one in MKBA_PROPERTY_SEED.
std::vector<std::uint64_t> seeds(std::uint64_t first, int count) {
  if (const char* one = std::getenv("MKBA_PROPERTY_SEED")) return {std::strtoull(one, nullptr, 10)};
  std::vector<std::uint64_t> out;
  for (int i = 0; i < count; ++i) out.push_back(first + static_cast<std::uint64_t>(i));
  return out;
}

Money sum(const std::vector<PayerAmount>& amounts) {
  Money total;
  for (const auto& pa : amounts) total += pa.amount;
  return total;
}

Money of_payer(const std::vector<PayerAmount>& amounts, const std::string& payer) {
  for (const auto& pa : amounts)
    if (pa.payer == payer) return pa.amount;
  FAIL("no amount for payer " << payer);
  return Money();
}

// ---- Reading the writers' output back ---------------------------------------

// An exact amount rounded to the cent (halves away from zero), written as the
// machine formats write it: "-1234.50". Computed here, not by the writers'
// code, by long division that cannot overflow.
std::string cents(const Money& m) {
  Int128 n = m.exact().numerator(), d = m.exact().denominator();
  bool negative = n < 0;
  if (negative) n = -n;
  Int128 whole = n / d, rest = n % d;
  // (a + b) mod d, and whether it wrapped, for a, b < d.
  auto add = [&](Int128& a, Int128 b) {
    bool wraps = a >= d - b;
    a = wraps ? a - (d - b) : a + b;
    return wraps;
  };
  int fraction = 0;
  for (int place = 0; place < 2; ++place) {  // two decimal digits
    Int128 times10 = 0;
    int digit = 0;
    for (int k = 0; k < 10; ++k) digit += add(times10, rest);
    rest = times10;
    fraction = fraction * 10 + digit;
  }
  if (rest >= d - rest) ++fraction;  // the remainder is at least half a cent
  if (fraction == 100) {
    ++whole;
    fraction = 0;
  }
  std::string digits = to_string(whole);
  std::string cent = std::to_string(fraction);
  if (cent.size() < 2) cent.insert(0, "0");
  return (negative && (whole != 0 || fraction != 0) ? "-" : "") + digits + "." + cent;
}

// A small JSON reader: numbers keep their text, so that amounts are compared
// as written.
struct Json {
  enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
  std::string text;               // number text, string value, "true"/"false"
  std::vector<Json> items;        // array items, or object values
  std::vector<std::string> keys;  // object keys, one per value

  const Json& operator[](const std::string& key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return items[i];
    FAIL("JSON has no key '" << key << "'");
    static Json none;
    return none;
  }
  const Json& operator[](std::size_t i) const {
    REQUIRE(i < items.size());
    return items[i];
  }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& text) : s_(text) {}
  Json document() {
    Json j = value();
    space();
    REQUIRE(i_ == s_.size());
    return j;
  }

 private:
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  void expect(char c) {
    space();
    REQUIRE(i_ < s_.size());
    REQUIRE(s_[i_] == c);
    ++i_;
  }
  std::string string() {
    expect('"');
    std::string out;
    while (true) {
      REQUIRE(i_ < s_.size());
      char c = s_[i_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      REQUIRE(i_ < s_.size());
      char e = s_[i_++];
      if (e == 'u') {  // only \u00XX occurs (control characters)
        REQUIRE(i_ + 4 <= s_.size());
        out += static_cast<char>(std::stoi(s_.substr(i_, 4), nullptr, 16));
        i_ += 4;
      } else {
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
      }
    }
  }
  Json value() {
    space();
    REQUIRE(i_ < s_.size());
    Json j;
    char c = s_[i_];
    if (c == '{') {
      j.kind = Json::Kind::object;
      ++i_;
      space();
      if (s_[i_] == '}') return ++i_, j;
      do {
        std::string key = string();
        expect(':');
        j.keys.push_back(key);
        j.items.push_back(value());
        space();
      } while (s_[i_++] == ',');
      REQUIRE(s_[i_ - 1] == '}');
    } else if (c == '[') {
      j.kind = Json::Kind::array;
      ++i_;
      space();
      if (s_[i_] == ']') return ++i_, j;
      do {
        j.items.push_back(value());
        space();
      } while (s_[i_++] == ',');
      REQUIRE(s_[i_ - 1] == ']');
    } else if (c == '"') {
      j.kind = Json::Kind::string;
      j.text = string();
    } else {
      std::size_t start = i_;
      while (i_ < s_.size() && std::string(",]}\n ").find(s_[i_]) == std::string::npos) ++i_;
      j.text = s_.substr(start, i_ - start);
      j.kind = j.text == "null"                        ? Json::Kind::null
               : j.text == "true" || j.text == "false" ? Json::Kind::boolean
                                                       : Json::Kind::number;
    }
    return j;
  }

  const std::string& s_;
  std::size_t i_ = 0;
};

// RFC 4180 with CRLF: a header row, then rows; cells by column name.
struct Csv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  std::string at(std::size_t row, const std::string& column) const {
    REQUIRE(row < rows.size());
    for (std::size_t c = 0; c < header.size(); ++c)
      if (header[c] == column) return rows[row][c];
    FAIL("CSV has no column '" << column << "'");
    return {};
  }
};

Csv read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> all;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(cell);
      cell.clear();
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      ++i;
      row.push_back(cell);
      cell.clear();
      all.push_back(row);
      row.clear();
    } else {
      REQUIRE(c != '\n');  // records end in CRLF
      cell += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(row.empty());
  REQUIRE(cell.empty());
  REQUIRE_FALSE(all.empty());
  Csv csv;
  csv.header = all.front();
  csv.rows.assign(all.begin() + 1, all.end());
  for (const auto& r : csv.rows) REQUIRE(r.size() == csv.header.size());
  return csv;
}

// The amounts (column "EUR", totals included) of each case's line table in
// the English Markdown report, "7,920.00" read as "7920.00".
std::vector<std::vector<std::string>> markdown_case_amounts(const std::string& md) {
  auto cells = [](const std::string& row) {
    std::vector<std::string> out;
    std::string cell;
    for (std::size_t i = 1; i < row.size(); ++i) {
      if (row[i] != '|') {
        if (row[i] != ' ' && row[i] != '*' && row[i] != ',') cell += row[i];
        continue;
      }
      out.push_back(cell);
      cell.clear();
    }
    return out;
  };
  std::vector<std::vector<std::string>> tables;
  std::istringstream in(md);
  std::string line;
  std::size_t column = 0;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("| Payer | Item |", 0) == 0) {
      auto header = cells(line);
      column = std::find(header.begin(), header.end(), "EUR") - header.begin();
      REQUIRE(column < header.size());
      tables.emplace_back();
      inside = true;
      std::getline(in, line);  // | --- | ...
      continue;
    }
    if (!inside) continue;
    if (line.empty() || line[0] != '|') {
      inside = false;
      continue;
    }
    auto row = cells(line);
    REQUIRE(column < row.size());
    tables.back().push_back(row[column]);
  }
  return tables;
}

}  // namespace

// ---- Properties ---------------------------------------------------------------

TEST_CASE("property: lines sum to case totals, payer subtotals to totals") {
  Computer compute;
  for (auto seed : seeds(1, 3000)) {
    CAPTURE(seed);
    Generator g(seed);
    Analysis a = g.programme();
    auto computed = compute(a);
    if (!computed) continue;
    const Result& r = *computed;
    REQUIRE(r.cases.size() == a.cases.size());
    for (const auto& c : r.cases) {
      Money lines;
      std::map<std::string, Money> by_payer;
      for (const auto& l : c.lines) {
        CHECK(l.amount == r.tariff(l).price * r.input(l).quantity * r.input(l).periods);
        CHECK(l.payer == r.input(l).payer.value_or(r.tariff(l).payer));
        lines += l.amount;
        by_payer[l.payer] += l.amount;
      }
      CHECK(lines == c.avoided_total);
      CHECK(sum(c.by_payer) == c.avoided_total);
      CHECK(c.by_payer.size() == a.tariffs.payers.size());
      for (const auto& pa : c.by_payer) CHECK(pa.amount == by_payer[pa.payer]);
      if (c.balance) CHECK(*c.balance == c.net_total - *r.programme.cost_per_participant);
    }
    Money costs;
    for (const auto& cost : a.programme.costs) costs += cost.amount;
    CHECK(r.programme.cost_total == costs);
    CHECK(sum(r.programme.cost_by_payer) == costs);
    if (r.population) {
      const auto& p = *r.population;
      Money benefit, cost, net;
      for (const auto& pp : p.by_payer) {
        CHECK(pp.benefit == pp.per_participant * Quantity::of(p.participants));
        CHECK(pp.cost == of_payer(r.programme.cost_by_payer, pp.payer));
        CHECK(pp.net == pp.benefit - pp.cost);
        benefit += pp.benefit;
        cost += pp.cost;
        net += pp.net;
      }
      CHECK(benefit == p.benefit_total);
      CHECK(cost == p.cost_total);
      CHECK(net == p.net_benefit);
      CHECK(p.net_benefit == p.benefit_total - p.cost_total);
    }
  }
}

TEST_CASE("property: population figures scale linearly with participants") {
  Computer compute;
  for (auto seed : seeds(100'001, 2000)) {
    CAPTURE(seed);
    Generator g(seed);
    Analysis a = g.programme();
    if (!a.population) continue;
    long long n = g.between(1, 2000), m = g.between(1, 2000);
    auto at = [&](long long participants) -> std::optional<PopulationResult> {
      a.population->participants = participants;
      auto r = compute(a);
      if (!r) return std::nullopt;
      return *r->population;
    };
    auto pn_ = at(n), pm_ = at(m), sum_nm_ = at(n + m), scaled_ = at(7 * n);
    if (!pn_ || !pm_ || !sum_nm_ || !scaled_) continue;
    const PopulationResult &pn = *pn_, &pm = *pm_, &sum_nm = *sum_nm_, &scaled = *scaled_;
    REQUIRE(pn.by_payer.size() == pm.by_payer.size());
    for (std::size_t i = 0; i < pn.by_payer.size(); ++i) {
      CHECK(pn.by_payer[i].per_participant == pm.by_payer[i].per_participant);
      CHECK(scaled.by_payer[i].benefit == pn.by_payer[i].benefit * Quantity::of(7));
      CHECK(sum_nm.by_payer[i].benefit == pn.by_payer[i].benefit + pm.by_payer[i].benefit);
      CHECK(scaled.by_payer[i].cost == pn.by_payer[i].cost);  // the programme cost is fixed
    }
    CHECK(scaled.benefit_total == pn.benefit_total * Quantity::of(7));
    CHECK(sum_nm.benefit_total == pn.benefit_total + pm.benefit_total);
  }
}

TEST_CASE("property: the payer balance leaves no payer at a loss and keeps the total") {
  Computer compute;
  int with_transfer = 0;
  for (auto seed : seeds(200'001, 3000)) {
    CAPTURE(seed);
    Generator g(seed);
    Analysis a = g.programme();
    if (!a.population) continue;
    auto computed = compute(a);
    if (!computed) continue;
    const Result& r = *computed;
    REQUIRE(r.balance);
    const auto& p = *r.population;
    const auto& b = *r.balance;
    REQUIRE(b.payers.size() == p.by_payer.size());
    Money after, transfers;
    try {  // the sums of exact shares can outgrow 128 bits too
      for (const auto& pb : b.payers) {
        after += pb.net_after_transfer;
        transfers += pb.transfer;
      }
    } catch (const OutOfRange&) {
      ++compute.refused;
      continue;
    }
    for (std::size_t i = 0; i < b.payers.size(); ++i) {
      const auto& pb = b.payers[i];
      CHECK(pb.payer == p.by_payer[i].payer);
      CHECK(pb.pays == p.by_payer[i].cost);
      CHECK(pb.avoids == p.by_payer[i].benefit);
      CHECK(pb.net == p.by_payer[i].net);
      CHECK(pb.net_after_transfer == pb.net + pb.transfer);
      if (!p.net_benefit.is_negative()) CHECK_FALSE(pb.net_after_transfer.is_negative());
      if (!pb.transfer.is_zero()) ++with_transfer;
    }
    CHECK(b.transfer_possible == !p.net_benefit.is_negative());
    CHECK(after == p.net_benefit);
    CHECK(transfers.is_zero());
  }
  CHECK(with_transfer > 100);  // the generator does reach the interesting cases
}

TEST_CASE("property: JSON, CSV and Markdown carry the exact amounts, rounded to the cent") {
  Computer compute;
  for (auto seed : seeds(300'001, 1000)) {
    CAPTURE(seed);
    Generator g(seed);
    Analysis a = g.programme();
    auto computed = compute(a);
    if (!computed) continue;
    const Result& r = *computed;

    // A valid result must render: a writer that cannot round a figure crashes mkba.
    try {
      Json json = JsonReader(report::render_json(r)).document();
      const Json& programme = json["programme"];
      CHECK(programme["cost_total"].text == cents(r.programme.cost_total));
      CHECK(programme["cost_per_participant"].text == cents(*r.programme.cost_per_participant));
      for (const auto& pa : r.programme.cost_by_payer)
        CHECK(programme["cost_by_payer"][pa.payer].text == cents(pa.amount));
      REQUIRE(json["cases"].items.size() == r.cases.size());
      for (std::size_t c = 0; c < r.cases.size(); ++c) {
        const Json& jc = json["cases"][c];
        const CaseResult& rc = r.cases[c];
        CHECK(jc["id"].text == r.input(rc).id);
        CHECK(jc["avoided_total"].text == cents(rc.avoided_total));
        CHECK(jc["balance"].text == cents(*rc.balance));
        for (const auto& pa : rc.by_payer) CHECK(jc["by_payer"][pa.payer].text == cents(pa.amount));
        REQUIRE(jc["lines"].items.size() == rc.lines.size());
        for (std::size_t l = 0; l < rc.lines.size(); ++l) {
          CHECK(jc["lines"][l]["amount"].text == cents(rc.lines[l].amount));
          CHECK(jc["lines"][l]["payer"].text == rc.lines[l].payer);
        }
      }
      if (r.population) {
        const Json& jp = json["population"];
        const auto& p = *r.population;
        CHECK(jp["benefit_total"].text == cents(p.benefit_total));
        CHECK(jp["cost_total"].text == cents(p.cost_total));
        CHECK(jp["net_benefit"].text == cents(p.net_benefit));
        for (std::size_t i = 0; i < p.by_payer.size(); ++i) {
          const Json& jpp = jp["by_payer"][i];
          CHECK(jpp["payer"].text == p.by_payer[i].payer);
          CHECK(jpp["per_participant"].text == cents(p.by_payer[i].per_participant));
          CHECK(jpp["benefit"].text == cents(p.by_payer[i].benefit));
          CHECK(jpp["cost"].text == cents(p.by_payer[i].cost));
          CHECK(jpp["net"].text == cents(p.by_payer[i].net));
          const Json& jb = jp["balance"]["payers"][i];
          CHECK(jb["transfer"].text == cents(r.balance->payers[i].transfer));
          CHECK(jb["net_after_transfer"].text == cents(r.balance->payers[i].net_after_transfer));
        }
      } else {
        CHECK(json["population"].kind == Json::Kind::null);
      }

      Csv lines = read_csv(report::render_csv(report::csv_table(r, report::CsvTable::lines)));
      std::size_t row = 0;
      for (const auto& rc : r.cases)
        for (const auto& l : rc.lines) {
          CHECK(lines.at(row, "case") == r.input(rc).id);
          CHECK(lines.at(row, "amount") == cents(l.amount));
          CHECK(lines.at(row, "payer") == l.payer);
          ++row;
        }
      CHECK(lines.rows.size() == row);
      Csv cases = read_csv(report::render_csv(report::csv_table(r, report::CsvTable::cases)));
      REQUIRE(cases.rows.size() == r.cases.size());
      for (std::size_t c = 0; c < r.cases.size(); ++c) {
        CHECK(cases.at(c, "avoided_total") == cents(r.cases[c].avoided_total));
        CHECK(cases.at(c, "balance") == cents(*r.cases[c].balance));
        for (const auto& pa : r.cases[c].by_payer)
          CHECK(cases.at(c, "avoided_" + pa.payer) == cents(pa.amount));
      }
      if (r.population) {
        const auto& p = *r.population;
        Csv population =
            read_csv(report::render_csv(report::csv_table(r, report::CsvTable::population)));
        REQUIRE(population.rows.size() == p.by_payer.size() + 1);
        for (std::size_t i = 0; i < p.by_payer.size(); ++i) {
          CHECK(population.at(i, "payer") == p.by_payer[i].payer);
          CHECK(population.at(i, "benefit") == cents(p.by_payer[i].benefit));
          CHECK(population.at(i, "net") == cents(p.by_payer[i].net));
        }
        std::size_t total = p.by_payer.size();
        CHECK(population.at(total, "benefit") == cents(p.benefit_total));
        CHECK(population.at(total, "cost") == cents(p.cost_total));
        CHECK(population.at(total, "net") == cents(p.net_benefit));
        Csv balance = read_csv(report::render_csv(report::csv_table(r, report::CsvTable::balance)));
        REQUIRE(balance.rows.size() == r.balance->payers.size());
        for (std::size_t i = 0; i < r.balance->payers.size(); ++i) {
          CHECK(balance.at(i, "transfer") == cents(r.balance->payers[i].transfer));
          CHECK(balance.at(i, "net_after_transfer") ==
                cents(r.balance->payers[i].net_after_transfer));
        }
      }

      auto tables = markdown_case_amounts(
          report::render_markdown(report::run_document(r, report::Locale::en), report::Locale::en));
      REQUIRE(tables.size() == r.cases.size());
      for (std::size_t c = 0; c < r.cases.size(); ++c) {
        // The report groups a case's lines by payer, in the table's payer order.
        std::vector<std::string> expected;
        for (const auto& payer : a.tariffs.payers)
          for (const auto& l : r.cases[c].lines)
            if (l.payer == payer.id) expected.push_back(cents(l.amount));
        expected.push_back(cents(r.cases[c].avoided_total));
        CHECK(tables[c] == expected);
      }
    } catch (const OutOfRange& e) {
      FAIL_CHECK("rendering threw: " << std::string(e.what()));
    }
  }
}

TEST_CASE("property: cents() rounds halves away from zero") {
  CHECK(cents(test::eur("2.675")) == "2.68");
  CHECK(cents(Money(Exact::fraction(-1, 200))) == "-0.01");
  CHECK(cents(Money(Exact::fraction(-1, 300))) == "0.00");
  CHECK(cents(Money(Exact::fraction(11'000'000, 450))) == "24444.44");
  CHECK(cents(test::eur("7920")) == "7920.00");
  CHECK(cents(test::eur("0.995")) == "1.00");
  CHECK(cents(test::eur("-999.995")) == "-1000.00");
  Int128 big = Int128(1) << 120;  // a numerator that overflows when multiplied by 200
  CHECK(cents(Money(Exact::fraction(big + 1, 3))) == to_string(big / 3) + ".67");
}
