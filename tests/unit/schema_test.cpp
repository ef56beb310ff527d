#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "load/schema.hpp"

using namespace mkba;
using mkba::load::Node;
using mkba::load::read_items;

namespace {

Node scalar(const std::string& text, int line) {
  Node n;
  n.kind = Node::Kind::scalar;
  n.text = text;
  n.origin = Origin{"t.yaml", line, 3};
  return n;
}

Node list_of(const std::vector<std::string>& texts) {
  Node n;
  n.kind = Node::Kind::sequence;
  n.origin = Origin{"t.yaml", 1, 1};
  int line = 2;
  for (const auto& t : texts) n.items.push_back(scalar(t, line++));
  return n;
}

// An item is read when it is not "bad"; a "bad" one is reported where it is.
std::optional<std::string> read_word(const Node& item, Diagnostics& d) {
  if (item.text != "bad") return item.text;
  d.error(item.origin, "bad item");
  return std::nullopt;
}

}  // namespace

TEST_CASE("read_items: every item read, in order") {
  Diagnostics d;
  std::vector<std::string> out;
  CHECK(read_items(list_of({"a", "b"}), "words", out, d, read_word));
  CHECK(out == std::vector<std::string>{"a", "b"});
  CHECK(d.empty());
}

TEST_CASE("read_items: a wrong item does not stop the others") {
  Diagnostics d;
  std::vector<std::string> out;
  CHECK_FALSE(read_items(list_of({"bad", "b", "bad"}), "words", out, d, read_word));
  CHECK(out == std::vector<std::string>{"b"});
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].where.line == 2);
  CHECK(d.items()[1].where.line == 4);
}

TEST_CASE("read_items: not a list is reported at the node") {
  Diagnostics d;
  std::vector<std::string> out;
  CHECK_FALSE(read_items(scalar("a", 7), "words", out, d, read_word));
  CHECK(out.empty());
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.line == 7);
  CHECK(d.items()[0].message == "words: expected a list, got 'a'");
  CHECK(d.items()[0].hint == "write each item on its own line starting with '- '");
}

TEST_CASE("read_items: a value kept can be rejected, with its item at hand") {
  Diagnostics d;
  std::vector<int> lines;
  auto keep = [&](std::string&& word, const Node& item) {
    lines.push_back(item.origin.line);
    return word != "b";
  };
  CHECK_FALSE(read_items(list_of({"a", "b", "c"}), "words", d, read_word, keep));
  CHECK(lines == std::vector<int>{2, 3, 4});  // kept or not, each is seen
  CHECK(read_items(list_of({"a", "c"}), "words", d, read_word, keep));
}
