// GitHub-flavoured Markdown: the text report's tables as pipe tables. All
// text of a Document is text: its markup is only what this writer adds.
#include <algorithm>

#include "report/escape.hpp"
#include "report/writer.hpp"

namespace mkba::report {
namespace {

// A paragraph or note: markdown_text, and what would start a block at its
// start (a heading, quote, list, thematic break or code block) shown literally.
std::string markdown_block(const std::string& s) {
  std::string out = markdown_text(s.substr(std::min(s.find_first_not_of(" \t"), s.size())));
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  // A list marker only with a blank or the end after it: "1.000 trekkingen" is text.
  const bool list_marker =
      digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')') &&
      (digits + 1 == out.size() || out[digits + 1] == ' ' || out[digits + 1] == '\t');
  if (list_marker)
    out.insert(digits, "\\");
  else if (!out.empty() && std::string("-+>=").find(out[0]) != std::string::npos)
    out.insert(0, "\\");
  return out;
}

}  // namespace

std::string markdown_text(const std::string& s) {
  std::string out;
  for (char c : escape_controls(s)) {
    if (std::string("\\`*_[]<|~&#$").find(c) != std::string::npos) out += '\\';
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

std::string markdown_code(const std::string& s) {
  std::string text = escape_controls(s);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::size_t longest = 0, run = 0;
  for (char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`' ||
                                     (text.front() == ' ' && text.back() == ' '));
  return fence + (pad ? " " + text + " " : text) + fence;
}

void render_markdown_table(const TextGrid& g, std::string& out) {
  out += "|";
  for (const auto& c : g.columns) out += " " + markdown_text(c) + " |";
  out += "\n|";
  for (std::size_t c = 0; c < g.columns.size(); ++c) out += g.right[c] ? " ---: |" : " --- |";
  for (std::size_t r = 0; r < g.rows; ++r) {
    bool strong =
        std::find(g.emphasised_rows.begin(), g.emphasised_rows.end(), r) != g.emphasised_rows.end();
    out += "\n|";
    for (std::size_t c = 0; c < g.columns.size(); ++c) {
      std::string text = markdown_text(g.cell(r, c));
      out += " " + (strong && !text.empty() ? "**" + text + "**" : text) + " |";
    }
  }
}

// Blocks (headings, paragraphs, tables, notes) are separated by one blank line.
std::string render_markdown(const Document& d, Locale locale) {
  std::vector<std::string> blocks{"# " + markdown_text(d.title)};
  for (const auto& p : d.paragraphs) blocks.push_back(markdown_block(p));
  for (const auto& s : d.sections) {
    blocks.push_back("## " + markdown_text(s.heading));
    for (const auto& p : s.paragraphs) blocks.push_back(markdown_block(p));
    for (const auto& item : s.items) blocks.push_back("- " + markdown_block(item));
    for (const auto& t : s.tables)
      render_markdown_table(text_grid(t, locale), blocks.emplace_back());
    for (const auto& n : s.notes) blocks.push_back("> " + markdown_block(n));
  }
  std::string out;
  for (const auto& b : blocks) out += (out.empty() ? "" : "\n\n") + b;
  return out + "\n";
}

}  // namespace mkba::report
