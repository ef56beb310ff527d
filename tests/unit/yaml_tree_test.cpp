#include <doctest/doctest.h>

#include "load/yaml_tree.hpp"

using namespace mkba;
using mkba::load::Node;
using mkba::load::parse_yaml;

namespace {
std::string first_error(const std::string& text) {
  Diagnostics d;
  auto root = parse_yaml(text, "t.yaml", d);
  CHECK_FALSE(root.has_value());
  REQUIRE_FALSE(d.empty());
  const auto& e = d.items()[0];
  return std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + e.message;
}
}  // namespace

TEST_CASE("the tree keeps order, text and 1-based positions") {
  Diagnostics d;
  auto root = parse_yaml("a: 1\nb:\n  - x\n  - 'y'\n", "t.yaml", d);
  REQUIRE(root.has_value());
  REQUIRE(root->entries.size() == 2);
  CHECK(root->entries[0].key == "a");
  CHECK(root->entries[0].value.text == "1");
  CHECK(root->entries[0].value.origin.line == 1);
  CHECK(root->entries[0].value.origin.column == 4);
  const Node& list = root->entries[1].value;
  REQUIRE(list.items.size() == 2);
  CHECK(list.items[1].origin.line == 4);
  CHECK_FALSE(list.items[0].quoted);
  CHECK(list.items[1].quoted);
}

TEST_CASE("null values are nulls, not the text 'null'") {
  Diagnostics d;
  auto root = parse_yaml("a: ~\nb:\n", "t.yaml", d);
  REQUIRE(root.has_value());
  CHECK(root->entries[0].value.kind == Node::Kind::null);
  CHECK(root->entries[1].value.kind == Node::Kind::null);
}

TEST_CASE("what yaml-cpp would accept silently is refused, located") {
  CHECK(first_error("a: 1\nb: 2\na: 3\n") == "3:1 duplicate key 'a'");
  CHECK(first_error("m: {x: 1, x: 2}\n") == "1:11 duplicate key 'x'");
  CHECK(first_error("a: &x 1\nb: *x\n") == "1:4 anchors (&name) are not supported");
  CHECK(first_error("a: 1\n---\nb: 2\n").find("second YAML document") != std::string::npos);
  CHECK(first_error("? [1, 2]\n: x\n").find("a key must be plain text") != std::string::npos);
  CHECK(first_error("").find("the file is empty") != std::string::npos);
  CHECK(first_error("# only a comment\n").find("the file is empty") != std::string::npos);
}

TEST_CASE("deep nesting stops at the limit instead of exhausting the stack") {
  std::string deep(200, '[');
  deep += std::string(200, ']');
  CHECK(first_error(deep).find("nesting is deeper than 64 levels") != std::string::npos);
}

TEST_CASE("syntax errors carry yaml-cpp's position, made 1-based") {
  CHECK(first_error("a: [1, 2\n").find("YAML syntax") != std::string::npos);
}

namespace {
// A block map of `n` distinct keys k0, k1, ... (one per line), then `tail`.
std::string many_keys(int n, const std::string& tail) {
  std::string text;
  for (int i = 0; i < n; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  return text + tail;
}
}  // namespace

TEST_CASE("duplicate keys are found in maps of any size") {
  // Small maps are searched in order, larger ones through an index built
  // once they reach 16 keys: a repeat of an early or late key is found in both.
  for (int n : {1, 15, 16, 17, 20, 40}) {
    CAPTURE(n);
    CHECK(first_error(many_keys(n, "k0: x\n")) == std::to_string(n + 1) + ":1 duplicate key 'k0'");
    CHECK(first_error(many_keys(n, "k" + std::to_string(n - 1) + ": x\n")) ==
          std::to_string(n + 1) + ":1 duplicate key 'k" + std::to_string(n - 1) + "'");
  }
  // After 20 distinct keys: a new key, then a repeat of it.
  CHECK(first_error(many_keys(20, "new: 1\nnew: 2\n")) == "22:1 duplicate key 'new'");
  // The hint names where the key was first given.
  Diagnostics d;
  CHECK_FALSE(parse_yaml(many_keys(20, "k3: x\n"), "t.yaml", d).has_value());
  REQUIRE_FALSE(d.empty());
  CHECK(d.items()[0].hint.find("first given at line 4, column 1") != std::string::npos);
  // In a flow map too, and in a nested map with more than 16 keys.
  std::string flow = "m: {";
  for (int i = 0; i < 20; ++i) flow += "a" + std::to_string(i) + ": 1, ";
  CHECK(first_error(flow + "a7: 2}\n") ==
        "1:" + std::to_string(flow.size() + 1) + " duplicate key 'a7'");
  std::string nested = "outer:\n";
  for (int i = 0; i < 20; ++i) nested += "  b" + std::to_string(i) + ": 1\n";
  CHECK(first_error(nested + "  b19: 2\n") == "22:3 duplicate key 'b19'");
  // The same key in different maps is no duplicate.
  Diagnostics fine;
  std::string two = "x:\n";
  for (int i = 0; i < 20; ++i) two += "  k" + std::to_string(i) + ": 1\n";
  two += "y:\n";
  for (int i = 0; i < 20; ++i) two += "  k" + std::to_string(i) + ": 1\n";
  CHECK(parse_yaml(two, "t.yaml", fine).has_value());
}

TEST_CASE("maps with a bad key still report duplicates of the good ones") {
  // A list or map as a key is reported, but a repeated text key in the same
  // map is reported first, where it is found.
  CHECK(first_error("? [1, 2]\n: x\na: 1\na: 2\n") == "4:1 duplicate key 'a'");
  CHECK(first_error(many_keys(18, "? [1, 2]\n: x\nk5: 2\n")) == "21:1 duplicate key 'k5'");
  CHECK(first_error("? [1, 2]\n: x\n" + many_keys(20, "k19: 2\n")) == "23:1 duplicate key 'k19'");
  // A bad key is no text key: the empty text key does not repeat it.
  CHECK(first_error("? [1, 2]\n: x\n\"\": 1\n").find("a key must be plain text") !=
        std::string::npos);
  CHECK(first_error(many_keys(20, "? {a: 1}\n: x\n\"\": 1\n"))
            .find("a key must be plain text, not a map") != std::string::npos);
  // but repeats itself.
  CHECK(first_error(many_keys(20, "? [1]\n: x\n\"\": 1\n\"\": 2\n")) == "24:1 duplicate key ''");
}

namespace {
// Every diagnostic as "LINE:COLUMN MESSAGE", in order.
std::vector<std::string> all_errors(const std::string& text) {
  Diagnostics d;
  CHECK_FALSE(parse_yaml(text, "t.yaml", d).has_value());
  std::vector<std::string> out;
  for (const auto& e : d.items())
    out.push_back(std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " +
                  e.message);
  return out;
}
}  // namespace

TEST_CASE("tags are refused on every kind of value, the non-specific '!' too") {
  CHECK(first_error("name: ! Base\n") == "1:7 YAML tags (!) are not supported");
  CHECK(first_error("n: ! 10\n") == "1:4 YAML tags (!) are not supported");
  CHECK(first_error("n: !!str 10\n") == "1:4 YAML tags (!!str) are not supported");
  CHECK(first_error("n: ! '10'\n") == "1:4 YAML tags (!) are not supported");
  CHECK(first_error("costs: !!seq\n  - 1\n") == "1:8 YAML tags (!!seq) are not supported");
  CHECK(first_error("m: !x {a: 1}\n") == "1:4 YAML tags (!x) are not supported");
  CHECK(first_error("!k a: 1\n") == "1:1 YAML tags (!k) are not supported");
  // A quoted value, which yaml-cpp also tags "!", is no tag.
  Diagnostics d;
  auto root = parse_yaml("a: 'x'\nb: \"!y\"\n", "t.yaml", d);
  REQUIRE(root.has_value());
  CHECK(root->entries[1].value.quoted);
  CHECK(root->entries[1].value.text == "!y");
}

TEST_CASE("tags and duplicate keys are all reported, then what ends reading") {
  CHECK(all_errors("a: !x 1\nb: 2\na: 3\nc: !!int 4\n") ==
        std::vector<std::string>{"1:4 YAML tags (!x) are not supported", "3:1 duplicate key 'a'",
                                 "4:4 YAML tags (!!int) are not supported"});
  CHECK(all_errors("a: ! 1\nb: [1, 2\n").size() == 2);
  std::string many;
  for (int i = 0; i < 300; ++i) many += "k: " + std::to_string(i) + "\n";
  auto errors = all_errors(many);
  REQUIRE(errors.size() == 101);
  CHECK(errors.back() == "102:1 more than 100 problems: reading stops here");
}

TEST_CASE("a \\u escape of a UTF-16 surrogate is explained, at the escape") {
  CHECK(first_error("a: \"x\\ud800\"\n") ==
        "1:6 YAML syntax: '\\ud800' is half of a UTF-16 surrogate pair (U+D800 to U+DFFF), not a "
        "character");
  Diagnostics d;
  CHECK_FALSE(parse_yaml("a: \"\\ud83d\\ude00\"\n", "t.yaml", d).has_value());
  REQUIRE_FALSE(d.empty());
  CHECK(d.items()[0].message.find("surrogate pair") != std::string::npos);
  CHECK(d.items()[0].hint == "write the character itself, or its code point: \\U0001F600");
  CHECK(first_error("a: \"\\U00110000\"\n").find("beyond the last Unicode character") !=
        std::string::npos);
}
