// HTML: one self-contained file (inline CSS and SVG, no scripts, nothing
// fetched), readable on a phone and printable to A4. All text of a
// Document is text: the only markup is what this writer adds.
#include <algorithm>

#include "report/escape.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

// Screen: a column that reads on a phone, tables that scroll sideways
// rather than widen the page. Print: A4, each section on a new page but
// the first page's, numbers in tabular figures, nothing cut at the margin.
constexpr const char* style = R"(
:root { color: #222; background: #fff; }
body { font: 16px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccc; }
.table { overflow-x: auto; margin: .75rem 0; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { padding: .2rem .45rem; border-bottom: 1px solid #e3e3e3; vertical-align: top;
  text-align: left; }
th { border-bottom: 2px solid #999; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1px solid #999; }
.note { color: #555; font-size: .9rem; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  section + section { break-before: page; }
  .table { overflow: visible; }
  table { font-size: 8pt; width: 100%; }
  th, td { padding: 1pt 3pt; }
  tr, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
)";

// <tag attributes>text</tag>, on a line of its own.
void element(std::string& out, const std::string& tag, const std::string& text,
             const std::string& attributes = "") {
  out += "<" + tag + attributes + ">" + escape_markup(text) + "</" + tag + ">\n";
}

void render_html_table(const TextGrid& g, std::string& out) {
  auto cls = [&](std::size_t c) { return std::string(g.right[c] ? " class=\"num\"" : ""); };
  out += "<div class=\"table\"><table>\n<thead><tr>";
  for (std::size_t c = 0; c < g.columns.size(); ++c)
    out += "<th" + cls(c) + ">" + escape_markup(g.columns[c]) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < g.rows; ++r) {
    const bool total =
        std::find(g.emphasised_rows.begin(), g.emphasised_rows.end(), r) != g.emphasised_rows.end();
    out += total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < g.columns.size(); ++c)
      out += "<td" + cls(c) + ">" + escape_markup(g.cell(r, c)) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
}

void render_section(const Section& s, Locale locale, std::string& out) {
  out += "<section>\n";
  element(out, "h2", s.heading);
  for (const auto& p : s.paragraphs) element(out, "p", p);
  if (!s.items.empty()) {
    out += "<ul>\n";
    for (const auto& item : s.items) element(out, "li", item);
    out += "</ul>\n";
  }
  for (const auto& t : s.tables) render_html_table(text_grid(t, locale), out);
  // A chart's SVG is the svg writer's, escaped there: it goes in as markup.
  for (const auto& chart : s.charts) out += "<figure>\n" + chart + "</figure>\n";
  for (const auto& n : s.notes) element(out, "p", n, " class=\"note\"");
  out += "</section>\n";
}

}  // namespace

std::string render_html(const Document& d, Locale locale) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += locale == Locale::nl ? "nl" : "en";
  out +=
      "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  element(out, "title", d.title);
  out += "<style>" + std::string(style) + "</style>\n</head>\n<body>\n<header>\n";
  element(out, "h1", d.title);
  for (const auto& p : d.paragraphs) element(out, "p", p);
  out += "</header>\n<main>\n";
  for (const auto& s : d.sections) render_section(s, locale, out);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace mkba::report
