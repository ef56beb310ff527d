// compare: one column per scenario of a file, and each scenario's difference
// to the base.
#include "report/headline_figures.hpp"
#include "report/json_builder.hpp"
#include "report/summary.hpp"
#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

std::vector<Figure> figures_of(const std::vector<Variant>& vs, Locale l) {
  std::vector<const Headline*> hs;
  for (const auto& v : vs) hs.push_back(&v.headline);
  return headline_figures(hs, l);
}

void json_figures(Json& j, const std::vector<Figure>& fs, const Headline& h) {
  for (const auto& f : fs) {
    j.key(f.name);
    auto v = f.get(h);
    v ? j.raw(cell_plain(figure_cell(f, v))) : j.null();
  }
}

}  // namespace

Table compare_table(const std::vector<Variant>& vs, Locale l, bool plain) {
  std::vector<Figure> fs = figures_of(vs, l);
  Table t;
  t.columns.push_back(plain ? "figure" : tr(l, "Figure"));
  for (std::size_t i = 0; i < vs.size(); ++i) {
    std::string name = plain || i ? vs[i].name : tr(l, vs[i].name);
    t.columns.push_back(name);
    if (i && vs[i].change)
      t.columns.push_back(plain ? vs[i].name + "_minus_base"
                                : vs[i].name + " - " + tr(l, vs[0].name));
  }
  for (const auto& f : fs) {
    std::vector<Cell> row{Cell::of(plain ? f.name : f.label)};
    for (std::size_t i = 0; i < vs.size(); ++i) {
      auto v = f.get(vs[i].headline);
      row.push_back(figure_cell(f, v));
      if (i && vs[i].change) row.push_back(figure_cell(f, f.get(*vs[i].change)));
    }
    t.rows.push_back(row);
  }
  return t;
}

std::string render_compare_json(const std::vector<Variant>& vs) {
  std::vector<Figure> fs = figures_of(vs, Locale::en);
  Json j;
  j.open('{').key("scenarios").open('[');
  for (const auto& v : vs) {
    j.open('{').key("name").text(v.name).key("description").text(v.description);
    j.key("overrides");
    overrides_json(j, v.overrides);
    j.key("figures").open('{');
    json_figures(j, fs, v.headline);
    j.close('}').key("difference_to_base").open('{');
    for (const auto& f : fs) {
      auto change = v.change ? f.get(*v.change) : std::nullopt;
      j.key(f.name);
      change ? j.raw(cell_plain(figure_cell(f, change))) : j.null();
    }
    j.close('}').close('}');
  }
  j.close(']').close('}');
  return j.str();
}

}  // namespace mkba::report

namespace mkba::report {

Section scenarios_section(const std::vector<Variant>& variants, Locale l) {
  Section s{tr(l, "Scenarios"), {}, {compare_table(variants, l, false)}, {}};
  for (const auto& v : variants)
    if (v.name != "base")
      s.notes.push_back(v.name + ": " + v.description +
                        (v.overrides.empty() ? ""
                                             : (v.description.empty() ? "(" : " (") +
                                                   overrides_text(v.overrides, l) + ")"));
  return s;
}

}  // namespace mkba::report
