#include "core/text.hpp"

namespace mkba {
namespace {

// The code point of the UTF-8 character at text[i] and its length, or a
// length of 0 when the bytes there are not one.
struct Character {
  char32_t code = 0;
  std::size_t length = 0;
};

Character character_at(std::string_view text, std::size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > text.size()) return {};
  char32_t code = c & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    auto cc = static_cast<unsigned char>(text[i + k]);
    if ((cc >> 6) != 0x2) return {};
    code = (code << 6) | (cc & 0x3F);
  }
  static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < least[n] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return {code, n};
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// Characters that change the order or the lines text is shown in.
bool is_layout_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string hex(char32_t value, int digits) {
  static constexpr char names[] = "0123456789abcdef";
  std::string out(static_cast<std::size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, value >>= 4)
    out[static_cast<std::size_t>(i)] = names[value & 0xF];
  return out;
}

}  // namespace

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    Character c = character_at(text, i);
    if (c.length == 0) {
      out += "\\x" + hex(static_cast<unsigned char>(text[i]), 2);
      ++i;
      continue;
    }
    if (c.code == '\t') {
      out += "\\t";
    } else if (c.code == '\n') {
      out += "\\n";
    } else if (c.code == '\r') {
      out += "\\r";
    } else if (is_control(c.code)) {
      out += "\\x" + hex(c.code, 2);
    } else if (is_layout_control(c.code)) {
      out += "\\u" + hex(c.code, 4);
    } else {
      out.append(text.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t width) {
  constexpr std::string_view ellipsis = "...";
  std::size_t count = 0, cut = 0;  // characters so far; the byte where a cut text ends
  for (std::size_t i = 0; i < text.size(); ++count) {
    if (count == width) return std::string(text.substr(0, cut)).append(ellipsis);
    if (count + ellipsis.size() == width) cut = i;
    std::size_t n = character_at(text, i).length;
    i += n == 0 ? 1 : n;
  }
  return std::string(text);
}

}  // namespace mkba
