#pragma once
// Text from input files as it is shown to people: characters a terminal would
// act on made visible, and long values cut to a line. Shared by diagnostics
// and the report writers.

#include <cstddef>
#include <string>
#include <string_view>

namespace mkba {

// The width, in characters, of a quoted value or a quoted source line.
inline constexpr std::size_t quote_width = 80;

// `text` with every control character written as a YAML escape, as it would
// be written in double quotes: \t, \n and \r; \xHH for the other C0 controls,
// DEL and the C1 controls (U+0080 to U+009F); \uHHHH for the line and
// paragraph separators and the bidirectional-text controls. A byte that is
// not UTF-8 becomes \xHH as well. Everything else, a backslash too, is kept.
std::string escape_controls(std::string_view text);

// `text` cut to at most `width` characters (never inside a UTF-8 character),
// ending in "..." when anything was cut.
std::string shorten(std::string_view text, std::size_t width = quote_width);

}  // namespace mkba
