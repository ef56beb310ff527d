#pragma once
// The pieces of SVG the charts share: elements, colours, and text that fits
// the room it is given. Every text goes through escape(): an SVG is
// well-formed XML whatever the input. Geometry is in pixels, as doubles
// printed with one decimal, so that reruns give the same bytes.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "core/units.hpp"
#include "report/escape.hpp"

namespace mkba::report::svg {

// Colours that stay apart for the colour-blind (Okabe-Ito) and in grey print.
inline constexpr const char* low_colour = "#0072b2";   // blue, dark
inline constexpr const char* high_colour = "#e69f00";  // orange, light
inline constexpr const char* bar_colour = "#56b4e9";   // sky blue
inline constexpr const char* grid_colour = "#dddddd";
inline constexpr const char* ink = "#222222";
inline constexpr const char* zero_colour = "#c00000";
inline constexpr const char* cost_colour = "#d55e00";  // vermillion: money out
inline constexpr const char* gain_colour = "#009e73";  // bluish green: money in

inline constexpr double font_size = 12;
inline constexpr double title_size = 14;
inline constexpr double line_height = 16;  // of text at font_size

// Character data for any text: controls, noncharacters and bytes that are
// not UTF-8 (which XML 1.0 forbids, and an XML parser refuses) shown as
// escapes (escape_controls), markup characters as entities.
std::string escape(const std::string& text);

// A chart, or why none is drawn: a sentence in the locale, for a chart that
// would be empty. Exactly one of them is set.
struct Chart {
  std::string svg;
  std::string refusal;
};

// ---- Text that fits ----------------------------------------------------------
// A renderer's font is not known here, so widths are estimated on the wide
// side: text measured to fit does fit in any common sans-serif.

// The width of `text` (as escape() shows it) at `size`.
double text_width(const std::string& text, double size = font_size);
// `text` whole when it fits in `width`, else cut at a character and ended
// with an ellipsis, with `suffix` (a footnote mark) after it.
std::string fit(const std::string& text, double width, double size = font_size,
                const std::string& suffix = "");
// `text` broken at spaces into lines no wider than `width`; a word wider
// than a line is cut between characters.
std::vector<std::string> wrap(const std::string& text, double width, double size = font_size);

// ---- Elements ---------------------------------------------------------------

// The opening tag, and the chart's title as the document's accessible name.
std::string open(double width, double height, const std::string& name);
inline std::string close() { return "</svg>\n"; }

std::string rect(double x, double y, double width, double height, const char* fill);
std::string line(double x1, double y1, double x2, double y2, const char* stroke,
                 const char* extra = "");
// A line through the points (x, y), and a dot at each.
struct Point {
  double x, y;
};
std::string polyline(const std::vector<Point>& points, const char* stroke);
std::string dot(const Point& at, const char* fill);
// A dashed line: where the figure is zero.
std::string zero_line(double x1, double y1, double x2, double y2);

// Text at (x, y), anchored "start", "middle" or "end"; `extra` attributes
// (font-size, weight) as written.
std::string text(double x, double y, const std::string& content, const char* anchor = "start",
                 const std::string& extra = "");
// The same, shortened to fit `width` (fit()), with the whole text as its
// tooltip when it was shortened.
std::string fitted_text(double x, double y, const std::string& content, double width,
                        const char* anchor = "start", const std::string& suffix = "");
// Text turned a quarter to the left, centred on (x, y): an upright axis's
// title, shortened to `length`.
std::string upright_text(double x, double y, const std::string& content, double length);
// Lines of wrap(), the first with its baseline at y; returns the y below the last.
double paragraph(std::string& out, double x, double y, const std::string& content, double width,
                 double size = font_size);

// A legend: a swatch of each colour and its text, in rows no wider than
// `width` from the left margin; returns the y below it.
struct Key {
  const char* colour;
  std::string text;
};
double legend(std::string& out, double y, const std::vector<Key>& keys, double width);

// ---- Values and notes ---------------------------------------------------------

// An amount in whole euros, as a chart places it (pixels need no cents).
inline double whole_euros(const Money& m) { return static_cast<double>(m.exact().round(0).units); }

// A footnote mark, " [1]", and the note it points to: the whole text of a
// label that had to be shortened.
struct Footnotes {
  std::vector<std::string> notes;
  std::string mark(const std::string& full) {
    notes.push_back(full);
    return " [" + std::to_string(notes.size()) + "]";
  }
  // The notes as paragraphs from y; returns the y below them.
  double write(std::string& out, double x, double y, double width) const;
};

}  // namespace mkba::report::svg
