// Plain-text tables for the terminal: aligned columns, numbers to the right.
#include <algorithm>
#include <string>
#include <vector>

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

namespace {

// `text` broken at spaces into lines of at most `w` characters (a longer word
// stays whole on its own line). A lone "-" stays with the word after it, so
// that "mediaan - basis" breaks as "mediaan" over "- basis".
std::vector<std::string> wrap(const std::string& text, std::size_t w) {
  std::vector<std::string> words;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) {
      std::string word = text.substr(start, end - start);
      if (!words.empty() && words.back() == "-") word = "- " + word, words.pop_back();
      words.push_back(std::move(word));
    }
    start = end + 1;
  }
  std::vector<std::string> lines;
  std::string line;
  for (const auto& word : words) {
    if (!line.empty() && width(line) + 1 + width(word) > w)
      lines.push_back(std::move(line)), line.clear();
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::size_t longest_word(const std::string& text) {
  std::size_t longest = 0;
  for (const auto& word : wrap(text, 0)) longest = std::max(longest, width(word));
  return longest;
}

// The width of a line holding `columns` of `widths`: margin and gaps.
std::size_t line_width_of(const std::vector<std::size_t>& widths,
                          const std::vector<std::size_t>& columns) {
  std::size_t w = 2 + (columns.empty() ? 0 : 2 * (columns.size() - 1));
  for (auto c : columns) w += widths[c];
  return w;
}

// The columns of each block a table too wide for `limit` is cut into: the
// first column (what the rows are) in every block, then as many of the
// others as fit; a column wider than any line gets a block of its own.
std::vector<std::vector<std::size_t>> blocks_of(const std::vector<std::size_t>& widths,
                                                std::size_t limit) {
  std::vector<std::vector<std::size_t>> blocks{{0}};
  for (std::size_t c = 1; c < widths.size(); ++c) {
    auto& block = blocks.back();
    block.push_back(c);
    if (block.size() > 2 && line_width_of(widths, block) > limit) {
      block.pop_back();
      blocks.push_back({0, c});
    }
  }
  return blocks;
}

struct Layout {
  std::vector<std::size_t> widths;
  std::vector<std::vector<std::string>> headings;  // each column's heading, in lines
};

// A column of text is not narrowed below this, nor below its longest word.
constexpr std::size_t narrowest_text = 16;

// Column widths for `limit`: as wide as the widest cell and heading when that
// fits. Otherwise headings wrap at spaces down to their cells' width, then
// the widest columns of text wrap their cells, down to their longest word;
// what is still too wide continues in blocks (blocks_of).
Layout layout(const TextGrid& g, std::size_t limit) {
  const std::size_t n = g.columns.size();
  Layout l{std::vector<std::size_t>(n, 0), std::vector<std::vector<std::string>>(n)};
  std::vector<std::size_t> cells(n, 0);
  for (std::size_t r = 0; r < g.rows; ++r)
    for (std::size_t c = 0; c < n; ++c)
      cells[c] = std::max(cells[c], width(one_line(g.cell(r, c))));
  std::vector<std::string> headings;
  for (const auto& heading : g.columns) headings.push_back(one_line(heading));
  std::vector<std::size_t> all(n);
  for (std::size_t c = 0; c < n; ++c) {
    all[c] = c;
    l.widths[c] = std::max(cells[c], width(headings[c]));
  }
  if (line_width_of(l.widths, all) <= limit) {
    for (std::size_t c = 0; c < n; ++c) l.headings[c] = {headings[c]};
    return l;
  }
  for (std::size_t c = 0; c < n; ++c) l.widths[c] = std::max(cells[c], longest_word(headings[c]));
  // How narrow each column of text may get; wrapping cells only helps when
  // the table then fits (else it goes to blocks at its natural widths).
  std::vector<std::size_t> floors = l.widths;
  for (std::size_t c = 0; c < n; ++c) {
    if (g.right[c] || l.widths[c] <= narrowest_text) continue;
    floors[c] = std::max(narrowest_text, longest_word(headings[c]));
    for (std::size_t r = 0; r < g.rows && floors[c] < l.widths[c]; ++r)
      floors[c] = std::max(floors[c], longest_word(one_line(g.cell(r, c))));
  }
  if (line_width_of(floors, all) <= limit) {
    std::vector<std::size_t> widest(all);  // the widest text first
    std::stable_sort(widest.begin(), widest.end(),
                     [&](std::size_t a, std::size_t b) { return l.widths[a] > l.widths[b]; });
    for (auto c : widest) {
      const std::size_t total = line_width_of(l.widths, all);
      if (total <= limit) break;
      l.widths[c] = std::max(floors[c], l.widths[c] - std::min(l.widths[c], total - limit));
    }
  }
  for (std::size_t c = 0; c < n; ++c) l.headings[c] = wrap(headings[c], l.widths[c]);
  return l;
}

void render_block(const TextGrid& g, const Layout& l, const std::vector<std::size_t>& columns,
                  std::string& out) {
  // One table row as lines: each cell wrapped to its column, numbers (never
  // wider than their column) on the first line; `bottom` aligns the last lines.
  auto emit = [&](const std::vector<std::vector<std::string>>& cells, bool bottom) {
    std::size_t lines = 1;
    for (const auto& cell : cells) lines = std::max(lines, cell.size());
    for (std::size_t k = 0; k < lines; ++k) {
      std::string line = "  ";
      for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto& cell = cells[i];
        const std::size_t skip = bottom ? lines - cell.size() : 0;
        const std::string text = k >= skip && k - skip < cell.size() ? cell[k - skip] : "";
        line += (i ? "  " : "") + pad(text, l.widths[columns[i]], g.right[columns[i]]);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  };
  std::vector<std::vector<std::string>> cells(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) cells[i] = l.headings[columns[i]];
  emit(cells, true);  // headings sit on the rule
  for (std::size_t i = 0; i < columns.size(); ++i)
    cells[i] = {std::string(l.widths[columns[i]], '-')};
  const auto rule = cells;
  emit(rule, false);
  for (std::size_t r = 0; r < g.rows; ++r) {
    if (std::find(g.emphasised_rows.begin(), g.emphasised_rows.end(), r) != g.emphasised_rows.end())
      emit(rule, false);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      std::string text = one_line(g.cell(r, columns[i]));
      const std::size_t w = l.widths[columns[i]];
      cells[i] = width(text) > w ? wrap(text, w) : std::vector<std::string>{std::move(text)};
    }
    emit(cells, false);
  }
}

}  // namespace

void render_text_table(const TextGrid& g, std::string& out, std::size_t line_width) {
  if (g.columns.empty()) return;
  const Layout l = layout(g, line_width);
  std::vector<std::size_t> all(g.columns.size());
  for (std::size_t c = 0; c < all.size(); ++c) all[c] = c;
  out.reserve(out.size() + (g.rows + 2) * (line_width_of(l.widths, all) + 1));
  const auto blocks = blocks_of(l.widths, line_width);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (b) out += "\n";
    render_block(g, l, blocks[b], out);
  }
}

namespace {

// Prose within `w` columns: a line that fits stays as written; a longer one
// breaks at spaces, its continuation lines led by `indent`.
std::string fitted(const std::string& text, std::size_t w, const std::string& indent = "") {
  std::string out;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    if (width(line) <= w) {
      out += line + "\n";
    } else {
      const auto lines = wrap(line, w > indent.size() + 20 ? w - indent.size() : 20);
      for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? indent : "") + lines[i] + "\n";
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string render_text(const Document& d, Locale locale, std::size_t line_width) {
  std::string title = one_line(d.title);
  std::string out = title + "\n" + std::string(width(title), '=') + "\n";
  for (const auto& p : d.paragraphs) out += fitted(escape_controls(p), line_width);
  for (const auto& s : d.sections) {
    std::string heading = one_line(s.heading);
    out += "\n" + heading + "\n" + std::string(width(heading), '-') + "\n";
    for (const auto& p : s.paragraphs) out += fitted(escape_controls(p), line_width);
    for (const auto& item : s.items) out += fitted("- " + escape_controls(item), line_width, "  ");
    for (const auto& t : s.tables) {
      out += "\n";
      render_text_table(text_grid(t, locale), out, line_width);
    }
    if (!s.notes.empty()) out += "\n";
    for (const auto& n : s.notes)
      out += fitted(tr(locale, "Note") + ": " + escape_controls(n), line_width, "  ");
  }
  return out;
}

}  // namespace mkba::report
