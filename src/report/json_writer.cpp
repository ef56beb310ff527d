// JSON serialised from the result model (not from a rendered table).
// Amounts are numbers with exactly two decimals; see docs/json.md.
#include "report/json_builder.hpp"
#include "report/tariff_reports.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

void payer_map(Json& j, const std::vector<PayerAmount>& amounts) {
  j.open('{');
  for (const auto& pa : amounts) j.key(pa.payer).amount(pa.amount);
  j.close('}');
}

void programme(Json& j, const Result& r) {
  const Programme& p = r.analysis->programme;
  j.key("programme").open('{');
  j.key("name").text(p.name);
  j.key("year");
  p.year ? j.count(p.year) : j.null();
  j.key("participants");
  r.programme.participants ? j.count(*r.programme.participants) : j.null();
  j.key("cost_total").amount(r.programme.cost_total);
  j.key("cost_per_participant");
  r.programme.cost_per_participant ? j.amount(*r.programme.cost_per_participant) : j.null();
  j.key("cost_by_payer");
  payer_map(j, r.programme.cost_by_payer);
  j.key("costs").open('[');
  for (const auto& c : p.costs) {
    j.open('{').key("id");
    c.id.empty() ? j.null() : j.text(c.id);
    j.key("label").text(c.label).key("amount").amount(c.amount).key("payer").text(c.payer);
    j.close('}');
  }
  j.close(']');
  j.close('}');
}

// `library`: with the tariff library's keys, as `mkba tariffs` writes them.
void tariffs(Json& j, const TariffTable& t, bool library = false) {
  j.key("tariffs").open('{');
  j.key("file").text(t.file).key("name").text(t.name).key("currency").text(t.currency);
  j.key("price_year").count(t.price_year).key("source").text(t.source);
  if (library) library_table_json(j, t);
  j.key("payers").open('[');
  for (const auto& p : t.payers)
    j.open('{').key("id").text(p.id).key("label").text(p.label).close('}');
  j.close(']');
  j.key("tariffs").open('[');
  for (const auto& x : t.tariffs) {
    j.open('{').key("id").text(x.id).key("label").text(x.label).key("unit").text(x.unit);
    j.key("unit_plural").text(x.unit_plural);
    j.key("price").raw(cell_plain(Cell::price(x.price)));
    if (const auto& f = x.from_total)
      j.key("price_from_total")
          .open('{')
          .key("total")
          .raw(cell_plain(Cell::price(f->total)))
          .key("count")
          .raw(plain_fixed(f->count, 4))
          .key("total_source")
          .text(f->total_source)
          .key("count_source")
          .text(f->count_source)
          .close('}');
    j.key("payer").text(x.payer);
    j.key("price_year").count(x.price_year).key("source").text(x.source);
    if (library) library_json(j, x);
    j.close('}');
  }
  j.close(']').close('}');
}

// The net effect per kind: {"financial": ..., "economic": ..., "social": ...}.
void by_kind(Json& j, const std::vector<Money>& amounts) {
  j.key("by_kind").open('{');
  for (std::size_t k = 0; k < amounts.size(); ++k)
    j.key(kind_name(benefit_kinds[k])).amount(amounts[k]);
  j.close('}');
}

// A case with and without the programme: each side's totals (its avoided
// figures are without minus with).
void sides(Json& j, const CaseSides& s) {
  j.key("sides").open('{');
  j.key("without_total").amount(s.without_total).key("with_total").amount(s.with_total);
  j.key("without_by_payer");
  payer_map(j, s.without_by_payer);
  j.key("with_by_payer");
  payer_map(j, s.with_by_payer);
  j.key("net_without").amount(s.net_without).key("net_with").amount(s.net_with);
  j.key("reduction");
  s.reduction ? j.raw(cell_plain(Cell::number(*s.reduction))) : j.null();
  j.close('}');
}

void cases(Json& j, const Result& r) {
  j.key("cases").open('[');
  for (const auto& c : r.cases) {
    const Case& in = r.input(c);
    j.open('{').key("id").text(in.id).key("title").text(in.title);
    j.key("effect").text(in.effect);
    j.key("lines").open('[');
    for (const auto& l : c.lines) {
      const Tariff& tariff = r.tariff(l);
      const AvoidedLine& line = r.input(l);
      j.open('{').key("tariff").text(tariff.id).key("label").text(tariff.label);
      j.key("unit").text(tariff.unit);
      j.key("price").raw(cell_plain(Cell::price(tariff.price)));
      j.key("quantity").number(line.quantity);
      bool periodic = line.per != Period::none;
      j.key("per");
      periodic ? j.text(period_name(line.per)) : j.null();
      j.key("for");
      periodic ? j.number(line.periods) : j.null();
      j.key("index_factor")
          .raw(plain_fixed(l.index_factor, 12))
          .key("indexed_price")
          .raw(plain_fixed(l.price.exact(), 4));
      j.key("amount").amount(l.amount).key("payer").text(l.payer);
      j.key("net_factor")
          .raw(cell_plain(Cell::number(Quantity(l.net_factor))))
          .key("net_amount")
          .amount(l.net_amount);
      j.key("note").text(line.note);
      if (l.side != Side::without) j.key("side").text(l.side == Side::with ? "with" : "cost");
      if (line.kind != BenefitKind::financial) j.key("kind").text(kind_name(line.kind));
      if (!line.transfer.empty()) j.key("transfer").text(line.transfer);
      j.close('}');
    }
    j.close(']');
    if (c.sides) sides(j, *c.sides);
    j.key("avoided_total").amount(c.avoided_total).key("net_total").amount(c.net_total);
    j.key("net_by_payer");
    payer_map(j, c.net_by_payer);
    j.key("by_payer");
    payer_map(j, c.by_payer);
    if (!c.by_kind.empty()) by_kind(j, c.by_kind);
    if (c.transfers) j.key("transfers").amount(*c.transfers);
    if (c.programme_cost) j.key("programme_cost").amount(*c.programme_cost);
    j.key("balance");
    c.balance ? j.amount(*c.balance) : j.null();
    j.key("ratio").ratio(c.ratio).close('}');
  }
  j.close(']');
}

void population_figures(Json& j, const PopulationResult& p) {
  j.open('{').key("participants").count(p.participants);
  j.key("by_payer").open('[');
  for (const auto& pp : p.by_payer) {
    j.open('{').key("payer").text(pp.payer).key("basis").text(pp.basis);
    j.key("per_participant").amount(pp.per_participant).key("benefit").amount(pp.benefit);
    j.key("cost").amount(pp.cost).key("net").amount(pp.net).key("ratio").ratio(pp.ratio).close('}');
  }
  j.close(']');
  j.key("benefit_total").amount(p.benefit_total).key("cost_total").amount(p.cost_total);
  j.key("net_benefit").amount(p.net_benefit).key("ratio").ratio(p.ratio);
  if (!p.by_kind.empty()) by_kind(j, p.by_kind);
}

void population(Json& j, const Result& r) {
  j.key("adjusted").raw(r.adjusted ? "true" : "false");
  j.key("population_net");
  if (r.population_net) {
    population_figures(j, *r.population_net);
    j.close('}');
  } else {
    j.null();
  }
  j.key("population");
  if (!r.population) {
    j.null();
    return;
  }
  population_figures(j, *r.population);
  j.key("balance")
      .open('{')
      .key("transfer_possible")
      .raw(r.balance->transfer_possible ? "true" : "false");
  j.key("payers").open('[');
  for (const auto& b : r.balance->payers) {
    j.open('{').key("payer").text(b.payer).key("pays").amount(b.pays).key("avoids").amount(
        b.avoids);
    j.key("net").amount(b.net).key("transfer").amount(b.transfer);
    j.key("net_after_transfer").amount(b.net_after_transfer).close('}');
  }
  j.close(']').close('}').close('}');
}

void time(Json& j, const Result& r) {
  j.key("time");
  if (!r.time) {
    j.null();
    return;
  }
  const TimeResult& t = *r.time;
  const Discounting& d = r.analysis->programme.discounting;
  j.open('{').key("years").count(t.years).key("start");
  t.start ? j.count(t.start) : j.null();
  j.key("discounting")
      .open('{')
      .key("preset")
      .text(d.preset)
      .key("rate")
      .raw(cell_plain(Cell::number(Quantity(d.rate))));
  j.key("first_year_discounted").raw(d.first_year_discounted ? "true" : "false").close('}');
  j.key("rows").open('[');
  for (const auto& row : t.rows) {
    j.open('{').key("index").count(row.index).key("year");
    row.year ? j.count(row.year) : j.null();
    j.key("discount_factor").raw(plain_fixed(row.discount_factor, 12));
    j.key("benefit");
    payer_map(j, row.benefit);
    j.key("cost");
    payer_map(j, row.cost);
    j.key("benefit_total").amount(row.benefit_total).key("cost_total").amount(row.cost_total);
    j.key("net").amount(row.net).key("net_discounted").amount(row.net_discounted);
    j.key("cumulative_discounted").amount(row.cumulative_discounted).close('}');
  }
  j.close(']').key("by_payer").open('[');
  for (const auto& p : t.by_payer) {
    j.open('{').key("payer").text(p.payer).key("benefit").amount(p.benefit).key("cost").amount(
        p.cost);
    j.key("net")
        .amount(p.net)
        .key("pv_benefit")
        .amount(p.pv_benefit)
        .key("pv_cost")
        .amount(p.pv_cost);
    j.key("npv").amount(p.npv).close('}');
  }
  j.close(']');
  j.key("benefit_total").amount(t.benefit_total).key("cost_total").amount(t.cost_total);
  j.key("net_total").amount(t.net_total).key("pv_benefit").amount(t.pv_benefit);
  j.key("pv_cost").amount(t.pv_cost).key("npv").amount(t.npv).key("ratio").ratio(t.ratio);
  j.key("roi").ratio(t.roi).key("payback_year");
  if (t.payback) {
    const YearRow& row = t.rows[static_cast<std::size_t>(*t.payback - 1)];
    j.count(row.year ? row.year : row.index);
  } else {
    j.null();
  }
  j.close('}');
}

void optional_exact(Json& j, const std::optional<Quantity>& q, const std::optional<long long>& n) {
  j.key("exact").ratio(q).key("needed");
  n ? j.count(*n) : j.null();
}

void breakeven(Json& j, const Result& r) {
  const auto& b = r.breakeven;
  j.key("breakeven").open('{').key("cost_total").amount(b.cost_total);
  j.key("cases").open('[');
  for (const auto& c : b.cases) {
    j.open('{')
        .key("basis")
        .text(c.case_id)
        .key("avoided_per_participant")
        .amount(c.avoided_per_participant);
    optional_exact(j, c.exact, c.needed);
    j.close('}');
  }
  j.close(']').key("units").open('[');
  for (const auto& u : b.units) {
    j.open('{').key("tariff").text(r.tariff(u).id).key("quantity").number(u.quantity);
    j.key("label").text(u.label).key("value").amount(u.value);
    optional_exact(j, u.exact, u.needed);
    j.close('}');
  }
  j.close(']').close('}');
}

void reach(Json& j, const Result& r) {
  j.key("reach").open('[');
  for (const auto& rr : r.reach) {
    const ReachIndicator& in = r.input(rr);
    j.open('{').key("label").text(in.label).key("count").number(in.count);
    j.key("months").number(in.months).key("costs").open('[');
    for (const auto& id : in.costs) j.text(id);
    j.close(']').key("source").text(in.source);
    j.key("cost").amount(rr.cost).key("cost_per_unit");
    rr.cost_per_unit ? j.amount(*rr.cost_per_unit) : j.null();
    j.close('}');
  }
  j.close(']');
}

// Shares as fractions; the Wilson bounds to 6 decimals, each the exact
// rounding of the true bound (wilson.hpp).
void effects(Json& j, const Result& r) {
  j.key("effects").open('[');
  for (const auto& e : r.effects) {
    const Effect& in = r.input(e);
    j.open('{').key("id").text(in.id).key("label").text(in.label);
    j.key("share").raw(plain_value(Value::of(ValueType::share, e.share)));
    j.key("low").raw(plain_fixed(e.low, 6)).key("high").raw(plain_fixed(e.high, 6));
    j.key("n").count(e.n).key("small_sample").raw(e.small_sample() ? "true" : "false");
    j.key("mean_of").open('[');
    for (const auto& id : in.mean_of) j.text(id);
    j.close(']').key("source").text(in.source).close('}');
  }
  j.close(']');
}

// Effects named but not valued: text only, never an amount. Written only
// when the file has them, so that files without them keep their output.
void pm_items(Json& j, const Analysis& a) {
  if (a.pm.empty()) return;
  j.key("pm").open('[');
  for (const auto& p : a.pm) {
    j.open('{').key("id").text(p.id).key("text").text(p.text);
    j.key("sign").text(std::string(1, p.sign)).key("actor").text(p.actor);
    if (p.quantity) j.key("quantity").number(Quantity(*p.quantity)).key("unit").text(p.unit);
    j.key("source").text(p.source).close('}');
  }
  j.close(']');
}

// The file's assumptions register, as written; only when it has one.
void assumptions(Json& j, const Analysis& a) {
  if (a.assumptions.empty()) return;
  j.key("assumptions").open('[');
  for (const auto& x : a.assumptions)
    j.open('{').key("id").text(x.id).key("text").text(x.text).key("source").text(x.source).close(
        '}');
  j.close(']');
}

}  // namespace

void overrides_json(Json& j, const std::vector<AppliedOverride>& overrides) {
  j.open('[');
  for (const auto& o : overrides)
    j.open('{')
        .key("path")
        .text(o.path)
        .key("value")
        .value(o.value)
        .key("type")
        .text(type_name(o.value.type))
        .key("from")
        .text(o.from)
        .close('}');
  j.close(']');
}

std::string render_json(const Result& r) {
  Json j;
  // Layout 2: a case's net_saving (of the gross amount) became balance (of the net).
  j.open('{').key("mkba_version").text("2");
  const Analysis& a = *r.analysis;
  j.key("scenario");
  a.scenario.empty() ? j.null() : j.text(a.scenario);
  j.key("overrides");
  overrides_json(j, a.overrides);
  programme(j, r);
  tariffs(j, r.analysis->tariffs);
  cases(j, r);
  population(j, r);
  time(j, r);
  breakeven(j, r);
  reach(j, r);
  effects(j, r);
  pm_items(j, *r.analysis);
  assumptions(j, *r.analysis);
  j.close('}');
  return j.str();
}

std::string render_tariffs_json(const TariffTable& t) {
  Json j;
  j.open('{').key("mkba_version").text("1");
  tariffs(j, t, true);
  j.close('}');
  return j.str();
}

}  // namespace mkba::report
