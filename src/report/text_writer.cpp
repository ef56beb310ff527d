// Plain-text tables for the terminal: aligned columns, numbers to the right.
#include <algorithm>

#include "report/escape.hpp"
#include "report/words.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

// Display width: code points, not bytes, so "€" and "ë" count once.
std::size_t width(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Cells and headings are one line each: a line break or tab in the input
// (a YAML block scalar) would break the columns or the underline. Other
// control characters are shown escaped, never sent to the terminal.
std::string one_line(std::string s) {
  std::replace_if(
      s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return escape_controls(s);
}

std::string pad(const std::string& s, std::size_t w, bool right) {
  std::string fill(w > width(s) ? w - width(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

}  // namespace

TextGrid text_grid(const Table& t, Locale locale) {
  TextGrid g{t.columns, std::vector<bool>(t.columns.size(), false), t.rows.size(),
             [&t, locale](std::size_t r, std::size_t c) {
               return c < t.rows[r].size() ? cell_text(t.rows[r][c], locale) : std::string();
             },
             t.emphasised_rows};
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size(); ++c) g.right[c] = g.right[c] || row[c].is_numeric();
  return g;
}

void render_text_table(const TextGrid& g, std::string& out) {
  std::vector<std::size_t> widths(g.columns.size(), 0);
  std::vector<std::string> columns;
  for (const auto& c : g.columns) columns.push_back(one_line(c));
  for (std::size_t c = 0; c < g.columns.size(); ++c) widths[c] = width(columns[c]);
  for (std::size_t r = 0; r < g.rows; ++r)
    for (std::size_t c = 0; c < g.columns.size(); ++c)
      widths[c] = std::max(widths[c], width(one_line(g.cell(r, c))));
  std::size_t line = 2 * g.columns.size() + 1;  // margin, gaps and line end
  for (auto w : widths) line += w;              // a byte per code point: most are ASCII
  out.reserve(out.size() + (g.rows + 2) * line);
  auto emit = [&](auto cell_at) {
    std::string line = "  ";
    for (std::size_t c = 0; c < g.columns.size(); ++c)
      line += (c ? "  " : "") + pad(cell_at(c), widths[c], g.right[c]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  auto rule = [&] { emit([&](std::size_t c) { return std::string(widths[c], '-'); }); };
  emit([&](std::size_t c) { return columns[c]; });
  rule();
  for (std::size_t r = 0; r < g.rows; ++r) {
    if (std::find(g.emphasised_rows.begin(), g.emphasised_rows.end(), r) != g.emphasised_rows.end())
      rule();
    emit([&](std::size_t c) { return one_line(g.cell(r, c)); });
  }
}

std::string render_text(const Document& d, Locale locale) {
  std::string title = one_line(d.title);
  std::string out = title + "\n" + std::string(width(title), '=') + "\n";
  for (const auto& p : d.paragraphs) out += escape_controls(p) + "\n";
  for (const auto& s : d.sections) {
    std::string heading = one_line(s.heading);
    out += "\n" + heading + "\n" + std::string(width(heading), '-') + "\n";
    for (const auto& p : s.paragraphs) out += escape_controls(p) + "\n";
    for (const auto& item : s.items) out += "- " + escape_controls(item) + "\n";
    for (const auto& t : s.tables) {
      out += "\n";
      render_text_table(text_grid(t, locale), out);
    }
    if (!s.notes.empty()) out += "\n";
    for (const auto& n : s.notes) out += tr(locale, "Note") + ": " + escape_controls(n) + "\n";
  }
  return out;
}

}  // namespace mkba::report
