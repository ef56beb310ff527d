// Result -> flat tables with machine column names, for CSV.
#include <stdexcept>

#include "report/build.hpp"
#include "report/tariff_reports.hpp"

namespace mkba::report {
namespace {

Cell optional_count(const std::optional<long long>& n) {
  return n ? Cell::count(*n) : Cell::of("");
}
Cell optional_ratio(const std::optional<Quantity>& q) { return q ? Cell::ratio(*q) : Cell::of(""); }

Table lines(const Result& r) {
  // `price` is the tariff's price as written; `index_factor` converts it to the
  // analysis price level; `amount` is gross, `net_amount` after additionality;
  // `side` is without or with the programme (a with-line counts against the
  // effect); `kind` financial, economic or social; `transfer` the actor that
  // loses what the payer gains, empty for a line that is no transfer.
  Table t{{"case", "tariff", "label", "unit", "price", "quantity", "per", "for", "amount", "payer",
           "note", "index_factor", "net_factor", "net_amount", "side", "kind", "transfer"},
          {},
          {}};
  for (const auto& c : r.cases)
    for (const auto& l : c.lines) {
      const AvoidedLine& in = r.input(l);
      const Tariff& tariff = r.tariff(l);
      bool periodic = in.per != Period::none;
      t.rows.push_back({Cell::of(r.input(c).id), Cell::of(tariff.id), Cell::of(tariff.label),
                        Cell::of(tariff.unit), Cell::price(tariff.price), Cell::number(in.quantity),
                        Cell::of(period_name(in.per)),
                        periodic ? Cell::number(in.periods) : Cell::of(""), Cell::amount(l.amount),
                        Cell::of(l.payer), Cell::of(in.note),
                        Cell::number(Quantity(l.index_factor)),
                        Cell::number(Quantity(l.net_factor)), Cell::amount(l.net_amount),
                        Cell::of(l.side == Side::with   ? "with"
                                 : l.side == Side::cost ? "cost"
                                                        : "without"),
                        Cell::of(kind_name(in.kind)), Cell::of(in.transfer)});
    }
  return t;
}

Table cases(const Result& r) {
  Table t{{"case", "title"}, {}, {}};
  for (const auto& p : r.analysis->tariffs.payers) t.columns.push_back("avoided_" + p.id);
  for (const char* c : {"avoided_total", "net_total", "cost_per_participant", "balance", "ratio"})
    t.columns.push_back(c);
  for (const auto& c : r.cases) {
    std::vector<Cell> row{Cell::of(r.input(c).id), Cell::of(r.input(c).title)};
    for (const auto& pa : c.by_payer) row.push_back(Cell::amount(pa.amount));
    row.push_back(Cell::amount(c.avoided_total));
    row.push_back(Cell::amount(c.net_total));
    const auto& cost = r.programme.cost_per_participant;
    row.push_back(cost ? Cell::amount(*cost) : Cell::of(""));
    row.push_back(c.balance ? Cell::amount(*c.balance) : Cell::of(""));
    row.push_back(optional_ratio(c.ratio));
    t.rows.push_back(row);
  }
  return t;
}

Table population(const Result& r) {
  Table t{{"payer", "basis", "participants", "per_participant", "benefit", "cost", "net", "ratio"},
          {},
          {}};
  if (!r.population) return t;
  const auto& p = *r.population;
  for (const auto& pp : p.by_payer)
    t.rows.push_back({Cell::of(pp.payer), Cell::of(pp.basis), Cell::count(p.participants),
                      Cell::amount(pp.per_participant), Cell::amount(pp.benefit),
                      Cell::amount(pp.cost), Cell::amount(pp.net), optional_ratio(pp.ratio)});
  t.rows.push_back({Cell::of("total"), Cell::of(""), Cell::count(p.participants), Cell::of(""),
                    Cell::amount(p.benefit_total), Cell::amount(p.cost_total),
                    Cell::amount(p.net_benefit), optional_ratio(p.ratio)});
  return t;
}

Table balance(const Result& r) {
  Table t{{"payer", "pays", "avoids", "net", "transfer", "net_after_transfer"}, {}, {}};
  if (!r.balance) return t;
  for (const auto& b : r.balance->payers)
    t.rows.push_back({Cell::of(b.payer), Cell::amount(b.pays), Cell::amount(b.avoids),
                      Cell::amount(b.net), Cell::amount(b.transfer),
                      Cell::amount(b.net_after_transfer)});
  return t;
}

Table years(const Result& r) {
  Table t{{"year", "index", "discount_factor"}, {}, {}};
  if (!r.time) return t;
  for (const auto& p : r.analysis->tariffs.payers) {
    t.columns.push_back("benefit." + p.id);
    t.columns.push_back("cost." + p.id);
  }
  for (const char* c :
       {"benefit_total", "cost_total", "net", "net_discounted", "cumulative_discounted"})
    t.columns.push_back(c);
  for (const auto& row : r.time->rows) {
    std::vector<Cell> cells{row.year ? Cell::count(row.year) : Cell::missing(),
                            Cell::count(row.index), Cell::number(Quantity(row.discount_factor))};
    for (std::size_t i = 0; i < row.benefit.size(); ++i) {
      cells.push_back(Cell::amount(row.benefit[i].amount));
      cells.push_back(Cell::amount(row.cost[i].amount));
    }
    for (const Money* m : {&row.benefit_total, &row.cost_total, &row.net, &row.net_discounted,
                           &row.cumulative_discounted})
      cells.push_back(Cell::amount(*m));
    t.rows.push_back(cells);
  }
  return t;
}

Table breakeven(const Result& r) {
  Table t{{"kind", "basis", "quantity", "value", "cost_total", "exact", "needed"}, {}, {}};
  const auto& b = r.breakeven;
  for (const auto& c : b.cases)
    t.rows.push_back({Cell::of("case"), Cell::of(c.case_id), Cell::of(""),
                      Cell::amount(c.avoided_per_participant), Cell::amount(b.cost_total),
                      optional_ratio(c.exact), optional_count(c.needed)});
  for (const auto& u : b.units)
    t.rows.push_back({Cell::of("tariff"), Cell::of(r.tariff(u).id), Cell::number(u.quantity),
                      Cell::amount(u.value), Cell::amount(b.cost_total), optional_ratio(u.exact),
                      optional_count(u.needed)});
  return t;
}

Table reach(const Result& r) {
  Table t{{"indicator", "count", "months", "cost", "cost_per_unit"}, {}, {}};
  for (const auto& rr : r.reach)
    t.rows.push_back({Cell::of(r.input(rr).label), Cell::number(r.input(rr).count),
                      Cell::number(r.input(rr).months), Cell::amount(rr.cost),
                      rr.cost_per_unit ? Cell::amount(*rr.cost_per_unit) : Cell::of("")});
  return t;
}

// Outcomes among respondents, as fractions: a table of their own, apart
// from the money.
Table effects(const Result& r) {
  Table t{{"id", "label", "share", "low", "high", "n", "mean_of", "source"}, {}, {}};
  for (const auto& e : r.effects) {
    const Effect& in = r.input(e);
    std::string parts;
    for (const auto& id : in.mean_of) parts += (parts.empty() ? "" : " ") + id;
    t.rows.push_back({Cell::of(in.id), Cell::of(in.label),
                      Cell::parameter(Value::of(ValueType::share, e.share)),
                      Cell::of(plain_fixed(e.low, 6)), Cell::of(plain_fixed(e.high, 6)),
                      Cell::count(e.n), Cell::of(parts), Cell::of(in.source)});
  }
  return t;
}

}  // namespace

const std::vector<std::string>& csv_table_names() {
  static const std::vector<std::string> names{"lines",     "cases", "population", "balance",
                                              "breakeven", "reach", "years",      "effects"};
  return names;
}

Table csv_table(const Result& r, CsvTable table) {
  switch (table) {
    case CsvTable::lines:
      return lines(r);
    case CsvTable::cases:
      return cases(r);
    case CsvTable::population:
      return population(r);
    case CsvTable::balance:
      return balance(r);
    case CsvTable::breakeven:
      return breakeven(r);
    case CsvTable::reach:
      return reach(r);
    case CsvTable::years:
      return years(r);
    case CsvTable::effects:
      return effects(r);
  }
  throw std::invalid_argument("unknown CSV table");
}

Table tariffs_csv_table(const TariffTable& table) {
  Table t{{"id", "label", "unit", "price", "payer", "price_year", "source"}, {}, {}};
  for (const auto& tr : table.tariffs)
    t.rows.push_back({Cell::of(tr.id), Cell::of(tr.label), Cell::of(tr.unit), Cell::price(tr.price),
                      Cell::of(tr.payer), Cell::count(tr.price_year), Cell::of(tr.source)});
  add_library_csv_columns(table, t);
  return t;
}

}  // namespace mkba::report
