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

}  // namespace

void render_markdown_table(const TextGrid& g, std::string& out) {
  out += "|";
  for (const auto& c : g.columns) out += " " + escape(c) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < g.columns.size(); ++c) out += g.right[c] ? " ---: |" : " --- |";
  for (std::size_t r = 0; r < g.rows; ++r) {
    bool strong =
        std::find(g.emphasised_rows.begin(), g.emphasised_rows.end(), r) != g.emphasised_rows.end();
    out += "\n|";
    for (std::size_t c = 0; c < g.columns.size(); ++c) {
      std::string text = escape(g.cell(r, c));
      out += " " + (strong && !text.empty() ? "**" + text + "**" : text) + " |";
    }
  }
}

// Blocks (headings, paragraphs, tables, notes) are separated by one blank line.
std::string render_markdown(const Document& d, Locale locale) {
  std::vector<std::string> blocks{"# " + escape(d.title)};
  for (const auto& p : d.paragraphs) blocks.push_back(escape(p));
  for (const auto& s : d.sections) {
    blocks.push_back("## " + escape(s.heading));
    for (const auto& p : s.paragraphs) blocks.push_back(escape(p));
    for (const auto& t : s.tables)
      render_markdown_table(text_grid(t, locale), blocks.emplace_back());
    for (const auto& n : s.notes) blocks.push_back("> " + escape(n));
  }
  std::string out;
  for (const auto& b : blocks) out += (out.empty() ? "" : "\n\n") + b;
  return out + "\n";
}

}  // namespace mkba::report
