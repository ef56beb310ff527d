#include "report/svg.hpp"

#include <algorithm>
#include <cstring>

namespace mkba::report::svg {
namespace {

// Text as it will be shown: escaped, with tabs and line breaks as spaces
// (XML collapses them anyway).
std::string shown(const std::string& text) {
  std::string out = escape_controls(text);
  for (char& c : out)
    if (c == '\t' || c == '\n') c = ' ';
  return out;
}

// The length in bytes of the UTF-8 character at text[i] (shown() leaves
// only well-formed UTF-8).
std::size_t char_length(const std::string& text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  return std::min(n, text.size() - i);
}

// Widths in em of DejaVu Sans, the widest common sans-serif, rounded up.
double char_width(const std::string& text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c >= 0xe1) return 1.0;  // from U+1000: scripts whose characters are square
  if (c >= 0x80) return 0.8;
  if (std::strchr("MWmw@%", c)) return 1.0;
  if (std::strchr("iljtfrI.,:;'|!()[] ", c)) return 0.4;
  if (c >= 'A' && c <= 'Z') return 0.8;
  return 0.65;
}

double width_of(const std::string& shown_text, double size) {
  double em = 0;
  for (std::size_t i = 0; i < shown_text.size(); i += char_length(shown_text, i))
    em += char_width(shown_text, i);
  return em * size;
}

// The longest start of `s` (whole characters) no wider than `width`.
std::string longest_start(const std::string& s, double width, double size) {
  double used = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    double w = char_width(s, i) * size;
    if (used + w > width) break;
    used += w;
    i += char_length(s, i);
  }
  return s.substr(0, i);
}

}  // namespace

std::string escape(const std::string& text) { return escape_markup(text); }

double text_width(const std::string& text, double size) { return width_of(shown(text), size); }

std::string fit(const std::string& text, double width, double size, const std::string& suffix) {
  std::string s = shown(text);
  if (width_of(s, size) <= width) return s;
  const std::string ellipsis = "\u2026" + suffix;
  std::string start = longest_start(s, width - width_of(ellipsis, size), size);
  while (!start.empty() && start.back() == ' ') start.pop_back();
  return start + ellipsis;
}

std::vector<std::string> wrap(const std::string& text, double width, double size) {
  std::vector<std::string> lines;
  std::string s = shown(text), current;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    std::string word = s.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    std::string joined = current.empty() ? word : current + " " + word;
    if (width_of(joined, size) <= width) {
      current = joined;
      continue;
    }
    if (!current.empty()) lines.push_back(current);
    current.clear();
    while (width_of(word, size) > width) {  // a word wider than a line
      std::string part = longest_start(word, width, size);
      if (part.empty()) part = word.substr(0, char_length(word, 0));
      lines.push_back(part);
      word.erase(0, part.size());
    }
    current = word;
  }
  if (!current.empty() || lines.empty()) lines.push_back(current);
  return lines;
}

std::string open(double width, double height, const std::string& name) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{:.0f}\" height=\"{:.0f}\" "
      "viewBox=\"0 0 {:.0f} {:.0f}\" font-family=\"DejaVu Sans, Verdana, sans-serif\" "
      "font-size=\"{:.0f}\" fill=\"{}\">\n  <title>{}</title>\n"
      "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
      width, height, width, height, font_size, ink, escape(name));
}

std::string rect(double x, double y, double width, double height, const char* fill) {
  return fmt::format(
      "  <rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>\n", x, y,
      width, height, fill);
}

std::string polyline(const std::vector<Point>& points, const char* stroke) {
  std::string coordinates;
  for (const Point& p : points)
    coordinates += fmt::format("{}{:.1f},{:.1f}", coordinates.empty() ? "" : " ", p.x, p.y);
  return fmt::format("  <polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n",
                     coordinates, stroke);
}

std::string dot(const Point& at, const char* fill) {
  return fmt::format("  <circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"/>\n", at.x, at.y,
                     fill);
}

std::string upright_text(double x, double y, const std::string& content, double length) {
  return fmt::format(
      "  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" "
      "transform=\"rotate(-90 {:.1f} {:.1f})\">{}</text>\n",
      x, y, x, y, escape(fit(content, length)));
}

double Footnotes::write(std::string& out, double x, double y, double width) const {
  for (std::size_t i = 0; i < notes.size(); ++i)
    y = paragraph(out, x, y, "[" + std::to_string(i + 1) + "] " + notes[i], width);
  return y;
}

std::string line(double x1, double y1, double x2, double y2, const char* stroke,
                 const char* extra) {
  return fmt::format(
      "  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\"{}{}/>\n", x1,
      y1, x2, y2, stroke, *extra ? " " : "", extra);
}

std::string zero_line(double x1, double y1, double x2, double y2) {
  return line(x1, y1, x2, y2, zero_colour, "stroke-dasharray=\"4 3\"");
}

std::string text(double x, double y, const std::string& content, const char* anchor,
                 const std::string& extra) {
  return fmt::format("  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\"{}{}>{}</text>\n", x, y,
                     anchor, extra.empty() ? "" : " ", extra, escape(content));
}

std::string fitted_text(double x, double y, const std::string& content, double width,
                        const char* anchor, const std::string& suffix) {
  std::string shown_text = fit(content, width, font_size, suffix);
  if (shown_text == shown(content)) return text(x, y, content, anchor);
  return fmt::format(
      "  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\"><title>{}</title>{}</text>\n", x, y,
      anchor, escape(content), escape(shown_text));
}

double paragraph(std::string& out, double x, double y, const std::string& content, double width,
                 double size) {
  std::string extra = size == font_size ? "" : fmt::format("font-size=\"{:.0f}\"", size);
  for (const std::string& l : wrap(content, width, size)) {
    out += text(x, y, l, "start", extra);
    y += size + 4;
  }
  return y;
}

double legend(std::string& out, double y, const std::vector<Key>& keys, double width) {
  const double left = 10, swatch = 12, gap = 18;
  double x = left;
  for (const Key& k : keys) {
    double w = swatch + 6 + text_width(k.text);
    if (x > left && x + w > left + width) {
      x = left;
      y += line_height + 4;
    }
    out += rect(x, y, swatch, swatch, k.colour);
    out += fitted_text(x + swatch + 6, y + swatch - 1, k.text, width - swatch - 6);
    x += w + gap;
  }
  return y + swatch + 8;
}

}  // namespace mkba::report::svg
