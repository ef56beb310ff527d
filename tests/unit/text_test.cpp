#include <doctest/doctest.h>

#include "core/text.hpp"

using mkba::escape_controls;
using mkba::shorten;

TEST_CASE("escape_controls: terminal controls become YAML escapes") {
  CHECK(escape_controls("\x1b[31mrood\x07") == "\\x1b[31mrood\\x07");
  CHECK(escape_controls("a\tb\nc\rd") == "a\\tb\\nc\\rd");
  CHECK(escape_controls(std::string("nul\0byte", 8)) == "nul\\x00byte");
  CHECK(escape_controls("\x7f") == "\\x7f");
  CHECK(escape_controls("\xC2\x9B"
                        "2J") == "\\x9b2J");  // the C1 control sequence introducer
}

TEST_CASE("escape_controls: line separators and bidirectional controls are shown") {
  CHECK(escape_controls("a\xE2\x80\xA8"
                        "b") == "a\\u2028b");
  CHECK(escape_controls("\xE2\x80\xAE"
                        "cba") == "\\u202ecba");
  CHECK(escape_controls("\xE2\x81\xA6x\xE2\x81\xA9") == "\\u2066x\\u2069");
}

TEST_CASE("escape_controls: other text is kept as it is") {
  CHECK(escape_controls("café 🙂 \\x1b €") == "café 🙂 \\x1b €");
  CHECK(escape_controls("").empty());
}

TEST_CASE("escape_controls: bytes that are not UTF-8 become \\xHH") {
  CHECK(escape_controls("caf\xE9") == "caf\\xe9");
  CHECK(escape_controls("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // an encoded surrogate
  CHECK(escape_controls("\xC0\xAF") == "\\xc0\\xaf");           // overlong
  CHECK(escape_controls("\xE2\x82") == "\\xe2\\x82");           // cut short
}

TEST_CASE("shorten: at most the width, cut between characters") {
  CHECK(shorten("kort") == "kort");
  CHECK(shorten(std::string(80, 'a')) == std::string(80, 'a'));
  CHECK(shorten(std::string(81, 'a')) == std::string(77, 'a') + "...");
  CHECK(shorten(std::string(10'000'000, 'a')).size() == 80);
  CHECK(shorten("ééééé", 4) == "é...");
  CHECK(shorten("ééé", 3) == "ééé");
  CHECK(shorten("abcd", 3) == "...");
}
