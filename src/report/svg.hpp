#pragma once
// The few pieces of SVG the charts share.

#include <fmt/format.h>

#include <string>

namespace mkba::report::svg {

inline std::string escape(const std::string& text) {
  std::string out;
  for (char c : text)
    out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
  return out;
}

inline std::string open(double width, double height) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{:.0f}\" height=\"{:.0f}\" "
      "font-family=\"sans-serif\" font-size=\"12\">\n",
      width, height);
}

inline std::string title(const std::string& text) {
  return fmt::format("  <text x=\"10\" y=\"20\" font-size=\"14\">{}</text>\n", escape(text));
}

inline std::string bar(double x, double y, double width, double height) {
  return fmt::format(
      "  <rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#4c78a8\"/>\n",
      x, y, width, height);
}

// A dashed red vertical line: where the figure is zero.
inline std::string zero_line(double x, double top, double bottom) {
  return fmt::format(
      "  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#c00\" "
      "stroke-dasharray=\"4 3\"/>\n",
      x, top, x, bottom);
}

inline std::string label(double x, double y, const std::string& text,
                         const char* anchor = "start") {
  return fmt::format("  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">{}</text>\n", x, y,
                     anchor, escape(text));
}

}  // namespace mkba::report::svg
