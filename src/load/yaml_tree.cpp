#include "load/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

namespace mkba::load {
namespace {

struct TreeError {
  Origin where;
  std::string message;
  std::string hint;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(std::string file) : file_(std::move(file)) {}

  std::optional<Node> take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node n = make(mark, anchor, Node::Kind::null);
    place(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw TreeError{origin(mark), "aliases (*name) are not supported",
                    "write the value out in full where it is used"};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node n = make(mark, anchor, Node::Kind::scalar);
    n.text = value;
    n.quoted = tag == "!";
    if (tag != "?" && tag != "!")
      throw TreeError{n.origin, "YAML tags (" + tag + ") are not supported", "remove the tag"};
    place(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(make(mark, anchor, Node::Kind::sequence));
  }
  void OnSequenceEnd() override { stack_.pop_back(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(make(mark, anchor, Node::Kind::map));
  }
  void OnMapEnd() override { stack_.pop_back(); }

 private:
  struct Frame {
    Node* node = nullptr;
    bool want_key = true;
    std::string key;
    Origin key_origin;
    std::unordered_map<std::string, Origin> keys;
  };

  Origin origin(const YAML::Mark& mark) const { return Origin{file_, mark.line + 1, mark.column + 1}; }

  Node make(const YAML::Mark& mark, YAML::anchor_t anchor, Node::Kind kind) {
    if (anchor != YAML::NullAnchor)
      throw TreeError{origin(mark), "anchors (&name) are not supported",
                      "write the value out in full where it is used"};
    if (++count_ > max_nodes)
      throw TreeError{origin(mark), "the document has more than 1000000 values", ""};
    Node n;
    n.kind = kind;
    n.origin = origin(mark);
    return n;
  }

  void open(Node n) {
    if (stack_.size() >= static_cast<std::size_t>(max_depth))
      throw TreeError{n.origin, "nesting is deeper than 64 levels", ""};
    Node* placed = place(std::move(n));
    Frame frame;
    frame.node = placed;
    stack_.push_back(std::move(frame));
  }

  // Puts `n` where the document is; returns it, or nullptr when it was a key.
  Node* place(Node n) {
    if (stack_.empty()) {
      root_ = std::move(n);
      return &*root_;
    }
    Frame& top = stack_.back();
    if (top.node->kind == Node::Kind::sequence) {
      top.node->items.push_back(std::move(n));
      return &top.node->items.back();
    }
    if (top.want_key) {
      take_key(top, n);
      return nullptr;
    }
    top.want_key = true;
    top.node->entries.push_back(Entry{std::move(top.key), top.key_origin, std::move(n)});
    return &top.node->entries.back().value;
  }

  void take_key(Frame& top, const Node& key) {
    if (key.kind != Node::Kind::scalar)
      throw TreeError{key.origin, "a key must be plain text, not " + describe(key), ""};
    auto [it, fresh] = top.keys.emplace(key.text, key.origin);
    if (!fresh)
      throw TreeError{key.origin, "duplicate key '" + key.text + "'",
                      "first given at line " + std::to_string(it->second.line) +
                          "; remove one of them"};
    top.key = key.text;
    top.key_origin = key.origin;
    top.want_key = false;
  }

  std::string file_;
  std::optional<Node> root_;
  std::vector<Frame> stack_;
  std::size_t count_ = 0;
};

}  // namespace

const Node* Node::find(const std::string& key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e.value;
  return nullptr;
}

std::string describe(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null: return "nothing";
    case Node::Kind::scalar: return "'" + node.text + "'";
    case Node::Kind::sequence: return "a list";
    case Node::Kind::map: return "a map";
  }
  return {};
}

std::optional<Node> parse_yaml(const std::string& text, const std::string& file, Diagnostics& d) {
  std::istringstream in(text);
  TreeBuilder builder(file);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      d.error(Origin{file, 1, 1}, "the file is empty", "a case file starts with 'programme:'");
      return std::nullopt;
    }
    std::optional<Node> root = builder.take_root();
    // Ask once for a second document, never in a loop: yaml-cpp can report
    // endless empty documents on some inputs.
    TreeBuilder rest(file);
    if (parser.HandleNextDocument(rest)) {
      auto second = rest.take_root();
      d.error(second ? second->origin : Origin{file, 1, 1},
              "a second YAML document is not allowed", "keep one document per file; remove '---'");
      return std::nullopt;
    }
    if (!root || root->kind == Node::Kind::null) {
      d.error(Origin{file, 1, 1}, "the file is empty", "a case file starts with 'programme:'");
      return std::nullopt;
    }
    return root;
  } catch (const TreeError& e) {
    d.error(e.where, e.message, e.hint);
  } catch (const YAML::Exception& e) {
    d.error(Origin{file, e.mark.line + 1, e.mark.column + 1}, "YAML syntax: " + e.msg);
  }
  return std::nullopt;
}

}  // namespace mkba::load
