// `mkba tariffs diff OLD NEW`: what changed between two versions of a tariff
// table. Sentences go through tr(); percentages are exact until shown.
#include <fmt/format.h>

#include "report/tariff_reports.hpp"
#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

using Kind = TariffChange::Kind;

template <typename... Args>
std::string say(Locale locale, const char* english, const Args&... args) {
  return fmt::format(fmt::runtime(tr(locale, english)), args...);
}

const char* kind_id(Kind k) {
  switch (k) {
    case Kind::added:
      return "added";
    case Kind::removed:
      return "removed";
    case Kind::changed:
      return "changed";
  }
  return "";
}

std::string fields_text(const TariffChange& c, const char* separator) {
  std::string out;
  for (const auto& f : c.fields) out += (out.empty() ? "" : separator) + f;
  return out;
}

const std::string& id_of(const TariffChange& c) {
  return c.new_tariff ? c.new_tariff->id : c.old_tariff->id;
}

Cell price_cell(const Tariff* t) { return t ? Cell::price(t->price) : Cell::missing(); }
Cell year_cell(const Tariff* t, bool plain) {
  if (!t) return plain ? Cell::missing() : Cell::of("");
  return plain ? Cell::count(t->price_year) : Cell::of(std::to_string(t->price_year));
}
Cell percent_cell(const std::optional<Exact>& p, Locale locale, bool plain) {
  if (!p) return Cell::missing();
  return plain ? rounded(*p, 2) : Cell::of(percent_text(*p, locale));
}

// "seh_bezoek: payer zorgverzekeraar, now zvw": what a table row cannot show.
void change_notes(const TariffChange& c, Locale locale, std::vector<std::string>& notes) {
  if (c.kind != Kind::changed) return;
  const Tariff& a = *c.old_tariff;
  const Tariff& b = *c.new_tariff;
  auto note = [&](const char* field, const std::string& was, const std::string& now) {
    if (was != now)
      notes.push_back(say(locale, "{}: {} was {}, now {}.", a.id, tr(locale, field),
                          was.empty() ? "-" : was, now.empty() ? "-" : now));
  };
  note("unit", a.unit + (a.unit_plural != a.unit ? "/" + a.unit_plural : ""),
       b.unit + (b.unit_plural != b.unit ? "/" + b.unit_plural : ""));
  note("payer", a.payer, b.payer);
  note("source", a.source, b.source);
}

}  // namespace

Table tariff_diff_table(const TariffDiff& diff, Locale locale, bool plain) {
  Table t;
  if (plain)
    t.columns = {"tariff",
                 "status",
                 "changed",
                 "old_price",
                 "new_price",
                 "old_price_year",
                 "new_price_year",
                 "change_percent",
                 "index_factor",
                 "old_price_indexed",
                 "change_indexed_percent",
                 "old_unit",
                 "new_unit",
                 "old_payer",
                 "new_payer",
                 "old_source",
                 "new_source"};
  else
    t.columns = {tr(locale, "Tariff"),        tr(locale, "Status"), tr(locale, "Changed"),
                 tr(locale, "Old price"),     tr(locale, "Year"),   tr(locale, "New price"),
                 tr(locale, "Year"),          tr(locale, "Change"), tr(locale, "Old indexed"),
                 tr(locale, "Change indexed")};
  for (const auto& c : diff.rows) {
    const Tariff* a = c.old_tariff;
    const Tariff* b = c.new_tariff;
    Cell indexed = c.old_indexed ? Cell::amount(*c.old_indexed) : Cell::missing();
    if (plain) {
      t.rows.push_back(
          {Cell::of(id_of(c)), Cell::of(kind_id(c.kind)), Cell::of(fields_text(c, " ")),
           price_cell(a), price_cell(b), year_cell(a, true), year_cell(b, true),
           percent_cell(c.change, locale, true),
           c.index_factor ? Cell::number(Quantity(*c.index_factor)) : Cell::missing(), indexed,
           percent_cell(c.change_indexed, locale, true), Cell::of(a ? a->unit : ""),
           Cell::of(b ? b->unit : ""), Cell::of(a ? a->payer : ""), Cell::of(b ? b->payer : ""),
           Cell::of(a ? a->source : ""), Cell::of(b ? b->source : "")});
      continue;
    }
    std::string fields;
    for (const auto& f : c.fields) fields += (fields.empty() ? "" : ", ") + tr(locale, f);
    t.rows.push_back({Cell::of(id_of(c)), Cell::of(tr(locale, kind_id(c.kind))), Cell::of(fields),
                      price_cell(a), year_cell(a, false), price_cell(b), year_cell(b, false),
                      percent_cell(c.change, locale, false), indexed,
                      percent_cell(c.change_indexed, locale, false)});
  }
  return t;
}

Document tariff_diff_document(const TariffDiff& diff, Locale locale) {
  Document d;
  d.title = tr(locale, "Tariff tables compared");
  d.paragraphs.push_back(say(locale, "{} ({}), then {} ({}).", diff.old_table->name,
                             diff.old_table->file, diff.new_table->name, diff.new_table->file));
  d.paragraphs.push_back(say(locale, "Added: {}; removed: {}; changed: {}; unchanged: {}.",
                             diff.count(Kind::added), diff.count(Kind::removed),
                             diff.count(Kind::changed), diff.unchanged));
  bool years_differ = false;
  for (const auto& c : diff.rows)
    years_differ = years_differ || (c.kind == Kind::changed &&
                                    c.old_tariff->price_year != c.new_tariff->price_year);
  if (diff.index)
    d.paragraphs.push_back(say(locale,
                               "An old price of another price year is also indexed to the new "
                               "one's year with {} ({}).",
                               diff.index->name, diff.index->file));
  else if (years_differ)
    d.paragraphs.push_back(tr(locale,
                              "Price years differ: with --index SERIES the old prices are also "
                              "indexed to the new ones' year."));
  if (diff.rows.empty()) return d;
  Section s;
  s.heading = tr(locale, "Tariffs");
  s.tables.push_back(tariff_diff_table(diff, locale, false));
  for (const auto& c : diff.rows) change_notes(c, locale, s.notes);
  d.sections.push_back(s);
  return d;
}

std::string render_tariff_diff_json(const TariffDiff& diff) {
  Table plain = tariff_diff_table(diff, Locale::en, true);
  Json j;
  j.open('{').key("mkba_version").text("1").key("diff").open('{');
  j.key("old").open('{').key("file").text(diff.old_table->file);
  j.key("name").text(diff.old_table->name).close('}');
  j.key("new").open('{').key("file").text(diff.new_table->file);
  j.key("name").text(diff.new_table->name).close('}');
  j.key("index");
  if (diff.index) {
    j.open('{').key("file").text(diff.index->file);
    j.key("name").text(diff.index->name).close('}');
  } else {
    j.null();
  }
  j.key("added").count(static_cast<long long>(diff.count(Kind::added)));
  j.key("removed").count(static_cast<long long>(diff.count(Kind::removed)));
  j.key("changed").count(static_cast<long long>(diff.count(Kind::changed)));
  j.key("unchanged").count(static_cast<long long>(diff.unchanged));
  j.key("tariffs").open('[');
  for (std::size_t r = 0; r < plain.rows.size(); ++r) {
    const auto& row = plain.rows[r];
    j.open('{');
    for (std::size_t c = 0; c < plain.columns.size(); ++c) {
      j.key(plain.columns[c]);
      if (plain.columns[c] == "changed") {
        j.open('[');
        for (const auto& f : diff.rows[r].fields) j.text(f);
        j.close(']');
      } else if (row[c].kind == Cell::Kind::missing) {
        j.null();
      } else if (row[c].is_numeric()) {
        j.raw(cell_plain(row[c]));
      } else {
        j.text(row[c].text);
      }
    }
    j.close('}');
  }
  j.close(']').close('}').close('}');
  return j.str();
}

}  // namespace mkba::report
