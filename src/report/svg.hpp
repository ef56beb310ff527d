#pragma once
// The few pieces of SVG the charts share. Every text goes through escape():
// an SVG is well-formed XML whatever the input.

#include <fmt/format.h>

#include <string>

#include "report/escape.hpp"

namespace mkba::report::svg {

// Character data for any text: controls, noncharacters and bytes that are
// not UTF-8 (which XML 1.0 forbids, and an XML parser refuses) shown as
// escapes (escape_controls), markup characters as entities.
inline std::string escape(const std::string& text) {
  std::string out;
  for (char c : escape_controls(text))
    out += c == '<'    ? "&lt;"
           : c == '>'  ? "&gt;"
           : c == '&'  ? "&amp;"
           : c == '"'  ? "&quot;"
           : c == '\'' ? "&apos;"
                       : std::string(1, c);
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
