// Plain-text tables for the terminal: aligned columns, numbers to the right.
#include <algorithm>

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
// (a YAML block scalar) would break the columns or the underline.
std::string one_line(std::string s) {
  std::replace_if(
      s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return s;
}

std::string pad(const std::string& s, std::size_t w, bool right) {
  std::string fill(w > width(s) ? w - width(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

void render_table(const Table& t, Locale locale, std::string& out) {
  std::vector<std::vector<std::string>> texts;
  std::vector<std::size_t> widths(t.columns.size(), 0);
  for (std::size_t c = 0; c < t.columns.size(); ++c) widths[c] = width(t.columns[c]);
  for (const auto& row : t.rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line.push_back(one_line(cell_text(row[c], locale)));
      widths[c] = std::max(widths[c], width(line.back()));
    }
    texts.push_back(line);
  }
  // A column is right-aligned when it holds numbers.
  std::vector<bool> right(t.columns.size(), false);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size(); ++c) right[c] = right[c] || row[c].is_numeric();
  auto emit = [&](const std::vector<std::string>& cells) {
    std::string line = "  ";
    for (std::size_t c = 0; c < cells.size(); ++c)
      line += (c ? "  " : "") + pad(cells[c], widths[c], right[c]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  auto rule = [&] {
    std::vector<std::string> dashes;
    for (auto w : widths) dashes.push_back(std::string(w, '-'));
    emit(dashes);
  };
  emit(t.columns);
  rule();
  for (std::size_t r = 0; r < texts.size(); ++r) {
    if (std::find(t.emphasised_rows.begin(), t.emphasised_rows.end(), r) != t.emphasised_rows.end())
      rule();
    emit(texts[r]);
  }
}

}  // namespace

std::string render_text(const Document& d, Locale locale) {
  std::string title = one_line(d.title);
  std::string out = title + "\n" + std::string(width(title), '=') + "\n";
  for (const auto& p : d.paragraphs) out += p + "\n";
  for (const auto& s : d.sections) {
    std::string heading = one_line(s.heading);
    out += "\n" + heading + "\n" + std::string(width(heading), '-') + "\n";
    for (const auto& p : s.paragraphs) out += p + "\n";
    for (const auto& t : s.tables) {
      out += "\n";
      render_table(t, locale, out);
    }
    if (!s.notes.empty()) out += "\n";
    for (const auto& n : s.notes) out += tr(locale, "Note") + ": " + n + "\n";
  }
  return out;
}

}  // namespace mkba::report
