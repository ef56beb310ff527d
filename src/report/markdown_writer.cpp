// GitHub-flavoured Markdown: the text report's tables as pipe tables.
#include <algorithm>

#include "report/writer.hpp"

namespace mkba::report {
namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '\\' || c == '*' || c == '_') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

void render_table(const Table& t, Locale locale, std::string& out) {
  std::vector<bool> right(t.columns.size(), false);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size(); ++c) right[c] = right[c] || row[c].is_numeric();
  out += "|";
  for (const auto& c : t.columns) out += " " + escape(c) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < t.columns.size(); ++c) out += right[c] ? " ---: |" : " --- |";
  out += "\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool strong = std::find(t.emphasised_rows.begin(), t.emphasised_rows.end(), r) != t.emphasised_rows.end();
    out += "|";
    for (const auto& cell : t.rows[r]) {
      std::string text = escape(cell_text(cell, locale));
      out += " " + (strong && !text.empty() ? "**" + text + "**" : text) + " |";
    }
    out += "\n";
  }
}

}  // namespace

std::string render_markdown(const Document& d, Locale locale) {
  std::string out = "# " + escape(d.title) + "\n";
  if (!d.paragraphs.empty()) out += "\n";
  for (const auto& p : d.paragraphs) out += escape(p) + "\n\n";
  for (const auto& s : d.sections) {
    out += "\n## " + escape(s.heading) + "\n\n";
    for (const auto& p : s.paragraphs) out += escape(p) + "\n\n";
    for (const auto& t : s.tables) {
      render_table(t, locale, out);
      out += "\n";
    }
    for (const auto& n : s.notes) out += "> " + escape(n) + "\n";
  }
  return out;
}

}  // namespace mkba::report
