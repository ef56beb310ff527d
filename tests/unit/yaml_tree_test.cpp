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
