#pragma once
// A chart as a test reads it: parsed by a real XML parser (expat), its texts
// with where they stand, its bars with their place and colour; and the
// checks every chart must pass: no text outside the picture or on another.
#include <doctest/doctest.h>
#include <expat.h>

#include <cstring>
#include <string>
#include <vector>

#include "report/svg.hpp"
#include "xml_parse.hpp"

namespace mkba::test {

namespace svg = report::svg;

// A <text> of a chart: where it is and what it says.
struct Text {
  double x = 0, y = 0, size = svg::font_size;
  std::string anchor = "start", content;
  bool rotated = false;
};

// A <rect> with a place: a bar, a legend's swatch (not the background).
struct Bar {
  double x = 0, y = 0, width = 0, height = 0;
  std::string fill;
};

struct Picture {
  bool ok = false;
  std::string error;
  double width = 0, height = 0;
  std::vector<Text> texts;
  std::vector<Bar> bars;
  std::vector<std::string> polylines;  // their points attributes
  int depth_in_text = 0;               // inside a <text>
  bool in_title = false;               // inside a <title> (a tooltip, not drawn)
  double size = svg::font_size;
};

inline const char* attribute(const XML_Char** atts, const char* name) {
  for (int i = 0; atts[i]; i += 2)
    if (std::strcmp(atts[i], name) == 0) return atts[i + 1];
  return nullptr;
}

inline Picture parse(const std::string& xml) {
  Picture p;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &p);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** atts) {
        auto& p = *static_cast<Picture*>(data);
        if (std::strcmp(name, "svg") == 0) {
          p.width = std::stod(attribute(atts, "width"));
          p.height = std::stod(attribute(atts, "height"));
        } else if (std::strcmp(name, "text") == 0) {
          Text t;
          t.x = std::stod(attribute(atts, "x"));
          t.y = std::stod(attribute(atts, "y"));
          if (const char* a = attribute(atts, "text-anchor")) t.anchor = a;
          if (const char* s = attribute(atts, "font-size")) t.size = std::stod(s);
          t.rotated = attribute(atts, "transform") != nullptr;
          p.texts.push_back(t);
          ++p.depth_in_text;
        } else if (std::strcmp(name, "rect") == 0 && attribute(atts, "x")) {
          p.bars.push_back({std::stod(attribute(atts, "x")), std::stod(attribute(atts, "y")),
                            std::stod(attribute(atts, "width")),
                            std::stod(attribute(atts, "height")), attribute(atts, "fill")});
        } else if (std::strcmp(name, "polyline") == 0) {
          p.polylines.push_back(attribute(atts, "points"));
        } else if (std::strcmp(name, "title") == 0) {
          p.in_title = true;
        }
      },
      [](void* data, const XML_Char* name) {
        auto& p = *static_cast<Picture*>(data);
        if (std::strcmp(name, "text") == 0) --p.depth_in_text;
        if (std::strcmp(name, "title") == 0) p.in_title = false;
      });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* s, int len) {
    auto& p = *static_cast<Picture*>(data);
    if (p.depth_in_text > 0 && !p.in_title)
      p.texts.back().content.append(s, static_cast<std::size_t>(len));
  });
  p.error = test::parse_with(parser, xml);
  p.ok = p.error.empty();
  return p;
}

struct Box {
  double left, right, top, bottom;
};

inline Box box(const Text& t) {
  double w = svg::text_width(t.content, t.size);
  double left = t.anchor == "end" ? t.x - w : t.anchor == "middle" ? t.x - w / 2 : t.x;
  return {left, left + w, t.y - t.size, t.y + t.size * 0.25};
}

// Every text lies inside the picture and on no other text.
inline void check_layout(const Picture& p) {
  REQUIRE_MESSAGE(p.ok, p.error);
  std::vector<Box> boxes;
  for (const Text& t : p.texts) {
    if (t.rotated) continue;
    Box b = box(t);
    INFO(t.content);
    CHECK(b.left >= 0);
    CHECK(b.right <= p.width);
    CHECK(b.top >= 0);
    CHECK(b.bottom <= p.height);
    boxes.push_back(b);
  }
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const Box &a = boxes[i], &b = boxes[j];
      bool apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      INFO(p.texts[i].content << " | " << p.texts[j].content);
      CHECK(apart);
    }
}

inline bool has_text(const Picture& p, const std::string& content) {
  for (const Text& t : p.texts)
    if (t.content == content) return true;
  return false;
}

inline bool has_text_containing(const Picture& p, const std::string& part) {
  for (const Text& t : p.texts)
    if (t.content.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace mkba::test
