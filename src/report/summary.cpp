#include "report/summary.hpp"

#include <algorithm>
#include <functional>

#include "report/json_builder.hpp"
#include "report/words.hpp"

namespace mkba::report {
namespace {

std::vector<std::string> payers_of(const std::vector<const Headline*>& hs) {
  std::vector<std::string> payers;
  for (const auto* h : hs)
    for (const auto& pa : h->benefit)
      if (std::find(payers.begin(), payers.end(), pa.payer) == payers.end())
        payers.push_back(pa.payer);
  return payers;
}

std::optional<Money> benefit_of(const Headline& h, const std::string& payer) {
  for (const auto& pa : h.benefit)
    if (pa.payer == payer) return pa.amount;
  return std::nullopt;
}

Cell count_cell(const std::optional<long long>& n) { return n ? Cell::count(*n) : Cell::missing(); }

// A headline figure: its label, machine name and how to read it from a Headline.
struct Figure {
  std::string label;
  std::string name;
  enum class Kind { money, ratio, count } kind;
  std::function<std::optional<Exact>(const Headline&)> get;
};

std::vector<Figure> figures(const std::vector<const Headline*>& hs, Locale l) {
  std::vector<std::string> payers = payers_of(hs);
  bool with_npv =
      std::any_of(hs.begin(), hs.end(), [](const Headline* h) { return h->npv.has_value(); });
  auto money = [](std::optional<Money> m) {
    return m ? std::optional<Exact>(m->exact()) : std::nullopt;
  };
  std::vector<Figure> f;
  f.push_back({tr(l, "Programme cost"), "cost_total", Figure::Kind::money,
               [](const Headline& h) { return std::optional<Exact>(h.cost_total.exact()); }});
  for (const auto& p : payers)
    f.push_back({tr(l, "Benefit") + " " + p, "benefit." + p, Figure::Kind::money,
                 [p, money](const Headline& h) { return money(benefit_of(h, p)); }});
  f.push_back({tr(l, "Benefit gross"), "benefit_total", Figure::Kind::money,
               [money](const Headline& h) { return money(h.benefit_total); }});
  f.push_back({tr(l, "Benefit net"), "benefit_net_total", Figure::Kind::money,
               [money](const Headline& h) { return money(h.benefit_net_total); }});
  f.push_back({tr(l, "Net result"), "net_benefit", Figure::Kind::money,
               [money](const Headline& h) { return money(h.net_benefit); }});
  f.push_back({tr(l, "Benefit/cost"), "ratio", Figure::Kind::ratio, [](const Headline& h) {
                 return h.ratio ? std::optional<Exact>(h.ratio->exact()) : std::nullopt;
               }});
  if (with_npv)
    f.push_back({tr(l, "NPV"), "npv", Figure::Kind::money,
                 [money](const Headline& h) { return money(h.npv); }});
  f.push_back({tr(l, "Break-even participants"), "breakeven_participants", Figure::Kind::count,
               [](const Headline& h) {
                 return h.breakeven_participants
                            ? std::optional<Exact>(Exact::integer(*h.breakeven_participants))
                            : std::nullopt;
               }});
  return f;
}

Cell figure_cell(const Figure& f, const std::optional<Exact>& v) {
  if (!v) return Cell::missing();
  switch (f.kind) {
    case Figure::Kind::money:
      return Cell::amount(Money(*v));
    case Figure::Kind::ratio:
      return Cell::ratio(Quantity(*v));
    case Figure::Kind::count:
      return Cell{Cell::Kind::count, {}, *v};
  }
  return Cell::missing();
}

std::vector<const Headline*> headlines(const std::vector<SummaryRow>& rows) {
  std::vector<const Headline*> hs;
  for (const auto& r : rows) hs.push_back(&r.headline);
  return hs;
}

std::vector<const Headline*> headlines(const std::vector<Variant>& vs) {
  std::vector<const Headline*> hs;
  for (const auto& v : vs) hs.push_back(&v.headline);
  return hs;
}

void json_figures(Json& j, const std::vector<Figure>& fs, const Headline& h) {
  for (const auto& f : fs) {
    j.key(f.name);
    auto v = f.get(h);
    v ? j.raw(cell_plain(figure_cell(f, v))) : j.null();
  }
}

}  // namespace

Table summary_table(const std::vector<SummaryRow>& rows, Locale l, bool plain) {
  std::vector<Figure> fs = figures(headlines(rows), l);
  Table t;
  t.columns =
      plain ? std::vector<std::string>{"file", "programme", "scenario", "cases", "participants"}
            : std::vector<std::string>{tr(l, "File"), tr(l, "Programme"), tr(l, "Scenario"),
                                       tr(l, "Cases"), tr(l, "Participants")};
  for (const auto& f : fs) t.columns.push_back(plain ? f.name : f.label);
  t.columns.push_back(plain ? "overrides" : tr(l, "Overrides"));
  for (const auto& r : rows) {
    std::vector<Cell> row{Cell::of(r.file), Cell::of(r.programme), Cell::of(r.scenario),
                          Cell::count(static_cast<long long>(r.headline.cases)),
                          count_cell(r.headline.participants)};
    for (const auto& f : fs) row.push_back(figure_cell(f, f.get(r.headline)));
    row.push_back(Cell::of(r.overrides));
    t.rows.push_back(row);
  }
  return t;
}

std::string render_summary_json(const std::vector<SummaryRow>& rows, bool lines) {
  std::vector<Figure> fs = figures(headlines(rows), Locale::en);
  std::string out = lines ? "" : "[\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Json j(lines);
    j.open('{').key("file").text(rows[i].file).key("programme").text(rows[i].programme);
    j.key("scenario")
        .text(rows[i].scenario)
        .key("cases")
        .count(static_cast<long long>(rows[i].headline.cases));
    j.key("participants");
    rows[i].headline.participants ? j.count(*rows[i].headline.participants) : j.null();
    json_figures(j, fs, rows[i].headline);
    j.key("overrides").text(rows[i].overrides).close('}');
    std::string object = j.str();
    out += lines ? object : (i ? ",\n" : "") + object.substr(0, object.size() - 1);
  }
  return lines ? out : out + "\n]\n";
}

Table compare_table(const std::vector<Variant>& vs, Locale l, bool plain) {
  std::vector<Figure> fs = figures(headlines(vs), l);
  Table t;
  t.columns.push_back(plain ? "figure" : tr(l, "Figure"));
  for (std::size_t i = 0; i < vs.size(); ++i) {
    std::string name = plain || i ? vs[i].name : tr(l, vs[i].name);
    t.columns.push_back(name);
    if (i)
      t.columns.push_back(plain ? vs[i].name + "_minus_base"
                                : vs[i].name + " - " + tr(l, vs[0].name));
  }
  for (const auto& f : fs) {
    std::vector<Cell> row{Cell::of(plain ? f.name : f.label)};
    auto base = f.get(vs[0].headline);
    for (std::size_t i = 0; i < vs.size(); ++i) {
      auto v = f.get(vs[i].headline);
      row.push_back(figure_cell(f, v));
      if (i) row.push_back(v && base ? figure_cell(f, *v - *base) : Cell::missing());
    }
    t.rows.push_back(row);
  }
  return t;
}

std::string render_compare_json(const std::vector<Variant>& vs) {
  std::vector<Figure> fs = figures(headlines(vs), Locale::en);
  Json j;
  j.open('{').key("scenarios").open('[');
  for (const auto& v : vs) {
    j.open('{').key("name").text(v.name).key("description").text(v.description);
    j.key("overrides").text(v.overrides).key("figures").open('{');
    json_figures(j, fs, v.headline);
    j.close('}').key("difference_to_base").open('{');
    for (const auto& f : fs) {
      auto a = f.get(v.headline);
      auto b = f.get(vs[0].headline);
      j.key(f.name);
      a&& b ? j.raw(cell_plain(figure_cell(f, *a - *b))) : j.null();
    }
    j.close('}').close('}');
  }
  j.close(']').close('}');
  return j.str();
}

}  // namespace mkba::report
