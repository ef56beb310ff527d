// The tariff library's outputs. Sentences go through tr(); numbers are
// exact until shown.
#include "report/tariff_reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

using Verdict = TariffComparison::Verdict;

template <typename... Args>
std::string say(Locale locale, const char* english, const Args&... args) {
  return fmt::format(fmt::runtime(tr(locale, english)), args...);
}

std::string euros(const Money& m, Locale locale) { return "EUR " + format_amount(m, locale); }

std::string verified_word(const std::string& verified, Locale locale) {
  if (verified == "publisher") return tr(locale, "at the publisher");
  return verified.empty() ? "" : tr(locale, verified);
}

bool any_of(const TariffTable& table, std::string Tariff::*key) {
  return std::any_of(table.tariffs.begin(), table.tariffs.end(),
                     [&](const Tariff& t) { return !(t.*key).empty(); });
}

// Alternatives, notes and deviation reasons of a tariff, one note each.
void tariff_notes(const Tariff& t, std::vector<std::string>& notes, Locale locale) {
  for (const auto& alt : t.alternatives)
    notes.push_back(say(locale, "{}: its sources disagree; they also give {} ({}).", t.id,
                        euros(alt.price, locale), alt.source));
  if (!t.note.empty()) notes.push_back(t.id + ": " + t.note);
  if (!t.deviation_reason.empty())
    notes.push_back(say(locale, "{}: deviation from the reference: {}", t.id, t.deviation_reason));
}

std::string alternatives_text(const Tariff& t) {
  std::string out;
  for (const auto& alt : t.alternatives)
    out += (out.empty() ? "" : "; ") + plain_fixed(alt.price.exact(), 2) + " (" + alt.source + ")";
  return out;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const Chapter* chapter_of(const TariffTable& table, const Tariff& t) {
  for (const auto& c : table.chapters)
    if (c.id == t.chapter) return &c;
  return nullptr;
}

}  // namespace

std::string percent_text(const Exact& p, Locale locale) {
  return (p > Exact() ? "+" : "") + format_fixed(p, 1, locale) + "%";
}

Cell rounded(const Exact& value, int decimals) {
  Decimal d = value.round(decimals);
  Int128 scale = 1;
  for (int i = 0; i < d.scale; ++i) scale *= 10;
  return Cell::number(Quantity(Exact::fraction(d.units, scale)));
}

namespace {

const char* verdict_id(Verdict v) {
  switch (v) {
    case Verdict::within:
      return "within";
    case Verdict::finding:
      return "finding";
    case Verdict::explained:
      return "explained";
    case Verdict::no_reference:
      break;
  }
  return "no_reference";
}

std::string verdict_text(Verdict v, Locale locale) {
  switch (v) {
    case Verdict::within:
      return tr(locale, "within");
    case Verdict::finding:
      return tr(locale, "FINDING");
    case Verdict::explained:
      return tr(locale, "explained");
    case Verdict::no_reference:
      break;
  }
  return tr(locale, "no reference");
}

}  // namespace

// ---- mkba tariffs TABLE -----------------------------------------------------

void add_library_columns(const TariffTable& table, Table& tt, std::vector<std::string>& notes,
                         Locale locale) {
  // Columns of tariffs_document: Id, Label, Unit, Price, Payer, Price year, Source.
  bool paragraphs = any_of(table, &Tariff::paragraph);
  bool verified = any_of(table, &Tariff::verified);
  bool references = any_of(table, &Tariff::reference);
  auto insert = [&](std::size_t at, std::string column, auto cell) {
    tt.columns.insert(tt.columns.begin() + static_cast<long>(at), std::move(column));
    for (std::size_t r = 0; r < tt.rows.size(); ++r)
      tt.rows[r].insert(tt.rows[r].begin() + static_cast<long>(at), cell(table.tariffs[r]));
  };
  std::size_t source = tt.columns.size() - 1;
  if (references)
    insert(source, tr(locale, "Reference"), [](const Tariff& t) { return Cell::of(t.reference); });
  if (verified)
    insert(source, tr(locale, "Verified"),
           [&](const Tariff& t) { return Cell::of(verified_word(t.verified, locale)); });
  if (paragraphs) insert(1, "§", [](const Tariff& t) { return Cell::of(t.paragraph); });
  for (const auto& t : table.tariffs) tariff_notes(t, notes, locale);
}

void add_library_csv_columns(const TariffTable& table, Table& tt) {
  for (const char* column : {"paragraph", "chapter", "group", "verified", "alternatives", "note",
                             "reference", "deviation_reason"})
    tt.columns.push_back(column);
  for (std::size_t r = 0; r < tt.rows.size(); ++r) {
    const Tariff& t = table.tariffs[r];
    for (const std::string* text : {&t.paragraph, &t.chapter, &t.group, &t.verified})
      tt.rows[r].push_back(Cell::of(*text));
    tt.rows[r].push_back(Cell::of(alternatives_text(t)));
    for (const std::string* text : {&t.note, &t.reference, &t.deviation_reason})
      tt.rows[r].push_back(Cell::of(*text));
  }
}

void library_json(Json& j, const Tariff& t) {
  j.key("paragraph").text(t.paragraph).key("chapter").text(t.chapter);
  j.key("group").text(t.group).key("verified").text(t.verified);
  j.key("alternatives").open('[');
  for (const auto& alt : t.alternatives)
    j.open('{')
        .key("price")
        .raw(cell_plain(Cell::price(alt.price)))
        .key("source")
        .text(alt.source)
        .close('}');
  j.close(']');
  j.key("note").text(t.note).key("reference").text(t.reference);
  j.key("deviation_reason").text(t.deviation_reason);
}

void library_table_json(Json& j, const TariffTable& table) {
  j.key("index").text(table.index_file);
  j.key("chapters").open('[');
  for (const auto& c : table.chapters)
    j.open('{').key("id").text(c.id).key("label").text(c.label).close('}');
  j.close(']');
}

// ---- mkba tariffs list --------------------------------------------------------

bool LibraryListing::matches(const TariffTable& table, const Tariff& t) const {
  if (!search) return true;
  std::string word = lower(*search);
  const Chapter* c = chapter_of(table, t);
  for (const std::string* text : {&t.id, &t.label, &t.group, &t.paragraph})
    if (lower(*text).find(word) != std::string::npos) return true;
  return c && lower(c->label).find(word) != std::string::npos;
}

Document library_document(const LibraryListing& listing, Locale locale) {
  Document d;
  d.title = tr(locale, "Tariff library");
  std::size_t shown = 0, tables = 0;
  for (const auto& [name, table] : listing.tables) {
    bool paragraphs = any_of(*table, &Tariff::paragraph);
    bool verified = any_of(*table, &Tariff::verified);
    Section* current = nullptr;
    const Chapter* chapter = nullptr;
    std::size_t before = d.sections.size();
    for (const auto& t : table->tariffs) {
      if (!listing.matches(*table, t)) continue;
      const Chapter* c = chapter_of(*table, t);
      if (!current || c != chapter) {
        chapter = c;
        Section s;
        s.heading = table->name + " (" + name + ")" + (c ? ", " + c->label : "");
        if (d.sections.size() == before)
          s.paragraphs.push_back(tr(locale, "Price year") + ": " +
                                 std::to_string(table->price_year) + "; " + tr(locale, "Source") +
                                 ": " + table->source);
        Table tt{{tr(locale, "Id")}, {}, {}};
        if (paragraphs) tt.columns.push_back("§");
        for (const char* column : {"Label", "Unit", "Price", "Payer"})
          tt.columns.push_back(tr(locale, column));
        if (verified) tt.columns.push_back(tr(locale, "Verified"));
        s.tables.push_back(tt);
        d.sections.push_back(s);
        current = &d.sections.back();
      }
      std::vector<Cell> row{Cell::of(t.id)};
      if (paragraphs) row.push_back(Cell::of(t.paragraph));
      row.insert(row.end(),
                 {Cell::of(t.label), Cell::of(t.unit), Cell::price(t.price), Cell::of(t.payer)});
      if (verified) row.push_back(Cell::of(verified_word(t.verified, locale)));
      current->tables.back().rows.push_back(row);
      ++shown;
    }
    tables += d.sections.size() > before ? 1 : 0;
  }
  if (listing.search && shown == 0)
    d.paragraphs.push_back(say(locale, "No tariff matches '{}'.", *listing.search));
  else if (listing.search)
    d.paragraphs.push_back(
        say(locale, "Tariffs that match '{}': {}; tables: {}.", *listing.search, shown, tables));
  else
    d.paragraphs.push_back(say(locale, "Tariffs: {}; tables: {}.", shown, tables));
  return d;
}

Table library_table(const LibraryListing& listing) {
  Table t{{"table", "id", "paragraph", "chapter", "group", "label", "unit", "price", "price_year",
           "payer", "verified", "source"},
          {},
          {}};
  for (const auto& [name, table] : listing.tables)
    for (const auto& x : table->tariffs)
      if (listing.matches(*table, x))
        t.rows.push_back({Cell::of(name), Cell::of(x.id), Cell::of(x.paragraph),
                          Cell::of(x.chapter), Cell::of(x.group), Cell::of(x.label),
                          Cell::of(x.unit), Cell::price(x.price), Cell::count(x.price_year),
                          Cell::of(x.payer), Cell::of(x.verified), Cell::of(x.source)});
  return t;
}

std::string render_library_json(const LibraryListing& listing) {
  Json j;
  j.open('{').key("mkba_version").text("1").key("search");
  listing.search ? j.text(*listing.search) : j.null();
  j.key("tables").open('[');
  for (const auto& [name, table] : listing.tables) {
    j.open('{').key("table").text(name).key("name").text(table->name);
    j.key("price_year").count(table->price_year).key("source").text(table->source);
    j.key("tariffs").open('[');
    for (const auto& t : table->tariffs) {
      if (!listing.matches(*table, t)) continue;
      j.open('{').key("id").text(t.id).key("label").text(t.label).key("unit").text(t.unit);
      j.key("price").raw(cell_plain(Cell::price(t.price))).key("payer").text(t.payer);
      j.key("price_year").count(t.price_year).key("source").text(t.source);
      library_json(j, t);
      j.close('}');
    }
    j.close(']').close('}');
  }
  j.close(']').close('}');
  return j.str();
}

// ---- mkba tariffs check ---------------------------------------------------------

Section tariff_check_section(const TariffCheck& check, Locale locale) {
  Section s;
  s.heading = tr(locale, "Tariffs against a reference");
  s.paragraphs.push_back(say(locale, "{} ({}) against {} ({}).", check.table->name,
                             check.table->file, check.reference->name, check.reference->file));
  std::string threshold = format_exact(check.threshold, locale);
  s.paragraphs.push_back(
      check.index
          ? say(locale,
                "Compared in prices of {}, indexed with {} ({}); a deviation beyond {}% without a "
                "deviation_reason is a finding.",
                check.year, check.index->name, check.index->file, threshold)
          : say(locale,
                "Compared in prices of {}; a deviation beyond {}% without a deviation_reason is a "
                "finding.",
                check.year, threshold));
  s.paragraphs.push_back(say(locale,
                             "Findings: {}; explained: {}; within the threshold: {}; without a "
                             "reference: {}.",
                             check.count(Verdict::finding), check.count(Verdict::explained),
                             check.count(Verdict::within), check.count(Verdict::no_reference)));
  if (!check.rows.empty()) s.tables.push_back(tariff_check_table(check, locale, false));
  bool secondary = false;
  for (const auto& r : check.rows) {
    if (!r.reference) continue;
    secondary = secondary || r.reference->verified == "secondary";
    if (r.verdict == Verdict::explained)
      s.notes.push_back(say(locale, "{}: the deviation is explained: {}", r.tariff->id,
                            r.tariff->deviation_reason));
    for (const auto& alt : r.reference->alternatives)
      s.notes.push_back(say(locale,
                            "{}: the sources of its reference price disagree; they also give {} "
                            "({}).",
                            r.tariff->id, euros(alt.price, locale), alt.source));
  }
  if (secondary)
    s.notes.push_back(tr(locale,
                         "Reference prices marked secondary were read in a transcription, not at "
                         "the publisher."));
  return s;
}

Document tariff_check_document(const TariffCheck& check, Locale locale) {
  Document d;
  Section s = tariff_check_section(check, locale);
  d.title = s.heading;
  d.paragraphs = std::move(s.paragraphs);
  s.paragraphs.clear();
  s.heading = tr(locale, "Tariffs");
  d.sections.push_back(s);
  return d;
}

Table tariff_check_table(const TariffCheck& check, Locale locale, bool plain) {
  Table t;
  std::string year = std::to_string(check.year);
  if (plain)
    t.columns = {"tariff",
                 "label",
                 "unit",
                 "price",
                 "price_year",
                 "reference",
                 "reference_label",
                 "reference_unit",
                 "reference_paragraph",
                 "reference_verified",
                 "reference_price",
                 "reference_price_year",
                 "year",
                 "price_indexed",
                 "reference_indexed",
                 "deviation_percent",
                 "threshold_percent",
                 "verdict",
                 "deviation_reason"};
  else
    t.columns = {tr(locale, "Tariff"),
                 tr(locale, "Price"),
                 tr(locale, "Year"),
                 tr(locale, "Reference"),
                 "§",
                 tr(locale, "Reference price"),
                 tr(locale, "Year"),
                 tr(locale, "Price") + " " + year,
                 tr(locale, "Reference") + " " + year,
                 tr(locale, "Deviation"),
                 tr(locale, "Verdict")};
  for (const auto& r : check.rows) {
    const Tariff& x = *r.tariff;
    const Tariff* ref = r.reference;
    auto money = [&](const Money& m) { return ref ? Cell::amount(m) : Cell::missing(); };
    if (plain) {
      t.rows.push_back({Cell::of(x.id), Cell::of(x.label), Cell::of(x.unit), Cell::price(x.price),
                        Cell::count(x.price_year), Cell::of(x.reference),
                        Cell::of(ref ? ref->label : ""), Cell::of(ref ? ref->unit : ""),
                        Cell::of(ref ? ref->paragraph : ""), Cell::of(ref ? ref->verified : ""),
                        ref ? Cell::price(ref->price) : Cell::missing(),
                        ref ? Cell::count(ref->price_year) : Cell::missing(),
                        Cell::count(check.year), money(r.price), money(r.reference_price),
                        r.deviation ? rounded(*r.deviation, 2) : Cell::missing(),
                        Cell::number(Quantity(check.threshold)), Cell::of(verdict_id(r.verdict)),
                        Cell::of(x.deviation_reason)});
      continue;
    }
    t.rows.push_back({Cell::of(x.id), Cell::price(x.price), Cell::of(std::to_string(x.price_year)),
                      Cell::of(x.reference), Cell::of(ref ? ref->paragraph : ""),
                      ref ? Cell::price(ref->price) : Cell::missing(),
                      Cell::of(ref ? std::to_string(ref->price_year) : ""), money(r.price),
                      money(r.reference_price),
                      r.deviation ? Cell::of(percent_text(*r.deviation, locale)) : Cell::missing(),
                      Cell::of(verdict_text(r.verdict, locale))});
  }
  return t;
}

void tariff_check_json(Json& j, const TariffCheck& check) {
  Table plain = tariff_check_table(check, Locale::en, true);
  j.open('{');
  j.key("table").open('{').key("file").text(check.table->file);
  j.key("name").text(check.table->name).close('}');
  j.key("reference").open('{').key("file").text(check.reference->file);
  j.key("name").text(check.reference->name).close('}');
  j.key("year").count(check.year).key("index");
  if (check.index) {
    j.open('{').key("file").text(check.index->file);
    j.key("name").text(check.index->name).close('}');
  } else {
    j.null();
  }
  j.key("threshold_percent").raw(cell_plain(Cell::number(Quantity(check.threshold))));
  j.key("findings").count(static_cast<long long>(check.count(Verdict::finding)));
  j.key("explained").count(static_cast<long long>(check.count(Verdict::explained)));
  j.key("within").count(static_cast<long long>(check.count(Verdict::within)));
  j.key("no_reference").count(static_cast<long long>(check.count(Verdict::no_reference)));
  j.key("tariffs").open('[');
  for (const auto& row : plain.rows) {
    j.open('{');
    for (std::size_t c = 0; c < plain.columns.size(); ++c) {
      if (plain.columns[c] == "year" || plain.columns[c] == "threshold_percent") continue;
      j.key(plain.columns[c]);
      if (row[c].kind == Cell::Kind::missing)
        j.null();
      else if (row[c].is_numeric())
        j.raw(cell_plain(row[c]));
      else
        j.text(row[c].text);
    }
    j.close('}');
  }
  j.close(']').close('}');
}

std::string render_tariff_check_json(const TariffCheck& check) {
  Json j;
  j.open('{').key("mkba_version").text("1").key("check");
  tariff_check_json(j, check);
  j.close('}');
  return j.str();
}

}  // namespace mkba::report
