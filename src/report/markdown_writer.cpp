// GitHub-flavoured Markdown: the text report's tables as pipe tables.
#include <algorithm>

#include "report/writer.hpp"

namespace mkba::report {
namespace {

// Characters that would start emphasis, code, HTML or a cell break are shown literally.
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '<' || c == '`') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string render_table(const Table& t, Locale locale) {
  std::vector<bool> right(t.columns.size(), false);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size(); ++c) right[c] = right[c] || row[c].is_numeric();
  std::string out = "|";
  for (const auto& c : t.columns) out += " " + escape(c) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < t.columns.size(); ++c) out += right[c] ? " ---: |" : " --- |";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    bool strong =
        std::find(t.emphasised_rows.begin(), t.emphasised_rows.end(), r) != t.emphasised_rows.end();
    out += "\n|";
    for (const auto& cell : t.rows[r]) {
      std::string text = escape(cell_text(cell, locale));
      out += " " + (strong && !text.empty() ? "**" + text + "**" : text) + " |";
    }
  }
  return out;
}

}  // namespace

// Blocks (headings, paragraphs, tables, notes) are separated by one blank line.
std::string render_markdown(const Document& d, Locale locale) {
  std::vector<std::string> blocks{"# " + escape(d.title)};
  for (const auto& p : d.paragraphs) blocks.push_back(escape(p));
  for (const auto& s : d.sections) {
    blocks.push_back("## " + escape(s.heading));
    for (const auto& p : s.paragraphs) blocks.push_back(escape(p));
    for (const auto& t : s.tables) blocks.push_back(render_table(t, locale));
    for (const auto& n : s.notes) blocks.push_back("> " + escape(n));
  }
  std::string out;
  for (const auto& b : blocks) out += (out.empty() ? "" : "\n\n") + b;
  return out + "\n";
}

}  // namespace mkba::report
