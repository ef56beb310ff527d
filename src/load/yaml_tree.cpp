#include "load/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <deque>
#include <istream>
#include <memory>
#include <streambuf>
#include <string_view>
#include <unordered_map>

#include "core/text.hpp"

namespace mkba::load {
namespace {

struct TreeError {
  Origin where;
  std::string message;
  std::string hint;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Turns byte offsets (and yaml-cpp's marks, which count bytes from after a
// byte order mark) into origins that count characters, as the printer does.
class Positions {
 public:
  Positions(const std::string& text, std::string file) : text_(text), file_(std::move(file)) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) bom_ = 3;
    line_starts_.push_back(bom_);
    for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }

  const std::string& text() const { return text_; }
  std::size_t offset(const YAML::Mark& mark) const {
    return std::min(bom_ + static_cast<std::size_t>(mark.pos), text_.size());
  }

  Origin at_mark(const YAML::Mark& mark) const {
    if (mark.is_null()) return Origin{file_, 0, 0};
    return at_offset(offset(mark));
  }

  // The end of the file is shown just after its last character, not on a
  // line that does not exist.
  Origin at_offset(std::size_t offset) const {
    if (offset >= text_.size()) {
      offset = text_.size();
      while (offset > bom_ && is_blank(text_[offset - 1])) --offset;
    }
    offset = std::max(offset, bom_);
    auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    // Marks mostly move forward: count on from the last one on the same line,
    // so that a long line is not counted over and over.
    if (last_offset_ < *line || last_offset_ > offset) {
      last_offset_ = *line;
      last_column_ = 1;
    }
    for (; last_offset_ < offset; ++last_offset_)
      if ((static_cast<unsigned char>(text_[last_offset_]) & 0xC0) != 0x80) ++last_column_;
    return Origin{file_, static_cast<int>(line - line_starts_.begin()) + 1, last_column_};
  }

  // Line `line` (1-based) without its line break.
  std::string line(int line) const {
    std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = text_.find('\n', start);
    return text_.substr(start, (end == std::string::npos ? text_.size() : end) - start);
  }

 private:
  const std::string& text_;
  std::string file_;
  std::size_t bom_ = 0;
  std::vector<std::size_t> line_starts_;
  mutable std::size_t last_offset_ = 0;
  mutable int last_column_ = 1;
};

// Reads `text` in place, where std::istringstream would first copy it.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(const std::string& text) {
    char* begin = const_cast<char*>(text.data());  // only ever read
    setg(begin, begin, begin + text.size());
  }
};

// Whether the quoted scalar opening at `at` is closed: yaml-cpp accepts one
// that the file ends inside of.
bool quote_closed(const std::string& text, std::size_t at) {
  char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '"' || i + 1 >= text.size() || text[i + 1] != '\'') return true;
      ++i;  // '' inside single quotes
    }
  }
  return false;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(const Positions& positions) : at_(positions) {}

  std::optional<Node> take_root() { return std::move(root_); }
  // Problems after which reading goes on (tags, duplicate keys), in the
  // order found. What ends reading (a syntax error, an anchor or alias,
  // since the rest of the file may rest on them, a limit) is thrown.
  const std::vector<TreeError>& problems() const { return problems_; }
  // A list, map or nothing as a key: kept until yaml-cpp has had its say,
  // since an unclosed '{' or '[' first looks like the start of a key to it.
  const std::optional<TreeError>& bad_key() const { return bad_key_; }

  // The innermost '[' or '{' still open, if any.
  const Node* open_flow() const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow) return it->node;
    return nullptr;
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node n = make(mark, anchor, Node::Kind::null);
    // yaml-cpp marks an empty value at the token after it, often on a later
    // line; it is shown just after its key's ':' instead.
    if (!stack_.empty() && stack_.back().node->kind == Node::Kind::map && !stack_.back().want_key &&
        n.origin.line > stack_.back().key_origin.line)
      n.origin = after_colon(stack_.back().key_offset, n.origin);
    place(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw TreeError{at_.at_mark(mark), "aliases (*name) are not supported",
                    "write the value out in full where it is used"};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node n = make(mark, anchor, Node::Kind::scalar);
    n.text = value;
    std::size_t at = at_.offset(mark);
    // yaml-cpp gives a quoted scalar the tag "!", as it does `! text`.
    bool tagged = tag != "?" && (tag != "!" || written_tag(at));
    if (tagged) refuse_tag(mark);
    n.quoted = tag == "!" && !tagged;
    if (n.quoted && at < at_.text().size() && (at_.text()[at] == '"' || at_.text()[at] == '\'') &&
        !quote_closed(at_.text(), at))
      throw TreeError{n.origin, "YAML syntax: the quoted text that starts here is never closed",
                      std::string("end it with ") + at_.text()[at]};
    place(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    if (tag != "?") refuse_tag(mark);
    open(make(mark, anchor, Node::Kind::sequence), style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { stack_.pop_back(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    if (tag != "?") refuse_tag(mark);
    open(make(mark, anchor, Node::Kind::map), style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { stack_.pop_back(); }

 private:
  struct Frame {
    Node* node = nullptr;
    bool flow = false;
    bool want_key = true;
    std::string key;
    Origin key_origin;
    std::size_t key_offset = 0;
    // The entries whose key was a list, a map or nothing (reported later):
    // no text key can repeat them.
    std::vector<std::size_t> bad_entries;
    // A large map's text keys and their entries, for the duplicate check;
    // a small map's entries are searched in order, without allocating.
    std::unique_ptr<std::unordered_map<std::string, std::size_t>> index;
  };

  // From this many entries on, a map's keys are looked up in a hash table.
  static constexpr std::size_t linear_keys = 16;

  // Where the tag of the node at `offset` would be: after its anchor, if any.
  std::size_t tag_offset(std::size_t offset) const {
    const std::string& text = at_.text();
    if (offset < text.size() && text[offset] == '&')
      offset = std::min(text.find_first_of(" \t\r\n", offset), text.size());
    return std::min(text.find_first_not_of(" \t\r\n", offset), text.size());
  }
  bool written_tag(std::size_t offset) const {
    std::size_t at = tag_offset(offset);
    return at < at_.text().size() && at_.text()[at] == '!';
  }

  // The tag is shown as written.
  void refuse_tag(const YAML::Mark& mark) {
    const std::string& text = at_.text();
    std::size_t at = tag_offset(at_.offset(mark));
    std::size_t end = std::min(text.find_first_of(" \t\r\n,[]{}", at), text.size());
    std::string written = shorten(text.substr(at, end - at), 40);
    problem({at_.at_offset(at), "YAML tags (" + written + ") are not supported",
             "remove the '" + written +
                 "': a value is read as it is written, and text in quotes is "
                 "always text"});
  }

  // Reading goes on after a problem, but not for ever: a file of a million
  // duplicate keys would otherwise give a million messages.
  static constexpr std::size_t max_problems = 100;
  void problem(TreeError e) {
    if (problems_.size() == max_problems)
      throw TreeError{e.where,
                      "more than " + std::to_string(max_problems) + " problems: reading stops here",
                      "fix the problems above and run again"};
    problems_.push_back(std::move(e));
  }

  Node make(const YAML::Mark& mark, YAML::anchor_t anchor, Node::Kind kind) {
    if (anchor != YAML::NullAnchor)
      throw TreeError{at_.at_mark(mark), "anchors (&name) are not supported",
                      "write the value out in full where it is used"};
    if (++count_ > max_nodes)
      throw TreeError{at_.at_mark(mark),
                      "the file holds more than " + std::to_string(max_nodes) +
                          " values (keys, items and texts), the limit",
                      "a case file or tariff table needs far fewer: check that this is the file "
                      "meant"};
    Node n;
    n.kind = kind;
    n.origin = at_.at_mark(mark);
    last_offset_ = at_.offset(mark);
    return n;
  }

  // Just after the ':' that follows the key at `offset`, or `otherwise`.
  Origin after_colon(std::size_t offset, const Origin& otherwise) const {
    const std::string& text = at_.text();
    if (text[offset] == '"' || text[offset] == '\'') {
      char quote = text[offset];
      for (++offset; offset < text.size() && text[offset] != quote; ++offset)
        if (quote == '"' && text[offset] == '\\') ++offset;
    }
    std::size_t colon = text.find_first_of(":\n", offset);
    if (colon == std::string::npos || text[colon] != ':') return otherwise;
    return at_.at_offset(colon + 1);
  }

  void open(Node n, bool flow) {
    if (stack_.size() >= static_cast<std::size_t>(max_depth))
      throw TreeError{n.origin, "nesting is deeper than 64 levels",
                      "a case file needs only a few levels of nesting"};
    Node* placed = place(std::move(n));
    Frame frame;
    frame.node = placed;
    frame.flow = flow;
    stack_.push_back(std::move(frame));
  }

  // Puts `n` where the document is and returns it, or nullptr for a text key.
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
      if (n.kind != Node::Kind::sequence && n.kind != Node::Kind::map) return nullptr;
      // A list or map as a key is an error, reported later; what it holds
      // still needs a place meanwhile.
      bad_keys_.push_back(std::move(n));
      return &bad_keys_.back();
    }
    top.want_key = true;
    auto& entries = top.node->entries;
    if (entries.empty()) entries.reserve(4);
    entries.push_back(Entry{std::move(top.key), std::move(top.key_origin), std::move(n)});
    return &entries.back().value;
  }

  // A text key's node is not kept: its text and origin move into the frame.
  void take_key(Frame& top, Node& key) {
    top.key_offset = last_offset_;
    top.want_key = false;
    const auto& entries = top.node->entries;
    if (key.kind != Node::Kind::scalar) {
      top.key_origin = key.origin;
      if (!bad_key_)
        bad_key_ = TreeError{key.origin, "a key must be plain text, not " + describe(key), ""};
      top.key.clear();
      top.bad_entries.push_back(entries.size());
      return;
    }
    if (const Entry* first = find_key(top, key.text)) {
      problem({key.origin, "duplicate key '" + shorten(key.text) + "'",
               "first given at line " + std::to_string(first->key_origin.line) + ", column " +
                   std::to_string(first->key_origin.column) + "; remove one of them"});
      // Kept out of the duplicate check: the first one is found again.
      top.bad_entries.push_back(entries.size());
    } else if (top.index) {
      top.index->emplace(key.text, entries.size());
    }
    top.key_origin = std::move(key.origin);
    top.key = std::move(key.text);
  }

  // The entry of `top` whose key is the text `key`, if any.
  const Entry* find_key(Frame& top, const std::string& key) {
    const auto& entries = top.node->entries;
    auto is_bad = [&](std::size_t i) {
      return std::find(top.bad_entries.begin(), top.bad_entries.end(), i) != top.bad_entries.end();
    };
    if (!top.index && entries.size() >= linear_keys) {
      top.index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
      for (std::size_t i = 0; i < entries.size(); ++i)
        if (!is_bad(i)) top.index->emplace(entries[i].key, i);
    }
    if (top.index) {
      auto it = top.index->find(key);
      return it == top.index->end() ? nullptr : &entries[it->second];
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
      if (entries[i].key == key && !is_bad(i)) return &entries[i];
    return nullptr;
  }

  const Positions& at_;
  std::optional<Node> root_;
  std::vector<Frame> stack_;
  std::deque<Node> bad_keys_;
  std::optional<TreeError> bad_key_;
  std::vector<TreeError> problems_;
  std::size_t count_ = 0;
  std::size_t last_offset_ = 0;  // of the last value made: a key's, in take_key
};

// yaml-cpp reads a flow collection ahead in full before it reports anything
// (it could turn out to be a key), in time and memory that grow with its
// size: a few megabytes of '[' take seconds and gigabytes. So too deep flow
// nesting is looked for first, by a quick scan that skips comments, quoted
// text and block scalars (| and >); a '[' or '{' inside plain text in block
// context does not start a flow collection either.
// Characters that mean nothing to deep_flow_at but that a value has begun
// (or, for blanks, nothing at all).
bool ordinary(char c) {
  static constexpr auto table = [] {
    std::array<bool, 256> t{};
    t.fill(true);
    for (unsigned char special : std::string_view("\n#\"'[]{}|>-?:")) t[special] = false;
    return t;
  }();
  return table[static_cast<unsigned char>(c)];
}

std::optional<std::size_t> deep_flow_at(const std::string& text) {
  int depth = 0;
  bool value_start = true;                   // in block context: may a flow collection start here?
  std::size_t indent = 0;                    // of the current line
  std::optional<std::size_t> scalar_indent;  // in a block scalar: the indent of its first line
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == 0 || text[i - 1] == '\n') {
      std::size_t end = std::min(text.find('\n', i), text.size());
      indent = std::min(text.find_first_not_of(' ', i), end) - i;
      bool blank = text.find_first_not_of(" \t\r", i) >= end;
      if (scalar_indent && (blank || indent > *scalar_indent)) {
        i = end;  // a line of the block scalar
        continue;
      }
      scalar_indent.reset();
      value_start = true;
    }
    char c = text[i];
    if (ordinary(c)) {
      // A run of such characters only ends a value start, when it holds
      // more than blanks outside a flow collection.
      bool content = false;
      for (; i < text.size() && ordinary(text[i]); ++i) content = content || !is_blank(text[i]);
      if (content && depth == 0) value_start = false;
      --i;
      continue;
    }
    char before = i == 0 ? '\n' : text[i - 1];
    if (c == '\n') {
      value_start = true;
    } else if (c == '#' && is_blank(before)) {
      i = std::min(text.find('\n', i), text.size()) - 1;
    } else if ((c == '"' || c == '\'') &&
               (is_blank(before) ||
                std::string_view("[{,:").find(before) != std::string_view::npos)) {
      for (++i; i < text.size(); ++i) {
        if (c == '"' && text[i] == '\\') {
          ++i;
        } else if (text[i] == c) {
          if (c == '"' || i + 1 >= text.size() || text[i + 1] != '\'') break;
          ++i;  // '' inside single quotes
        }
      }
      value_start = false;
    } else if (depth > 0) {
      if (c == '[' || c == '{') {
        if (++depth > max_depth) return i;
      } else if (c == ']' || c == '}') {
        --depth;
      }
    } else if ((c == '[' || c == '{') && value_start) {
      depth = 1;
    } else if ((c == '|' || c == '>') && value_start) {
      scalar_indent = indent;
      i = std::min(text.find('\n', i), text.size()) - 1;
    } else if (!is_blank(c)) {
      bool indicator =
          (c == '-' || c == '?' || c == ':') && (i + 1 == text.size() || is_blank(text[i + 1]));
      value_start = indicator;
    }
  }
  return std::nullopt;
}

// The first character that is not blank, a comment, a directive or a
// document marker ('---', '...').
std::optional<std::size_t> first_content(const std::string& text) {
  std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (i < text.size()) {
    std::size_t end = std::min(text.find('\n', i), text.size());
    std::string_view line(text.data() + i, end - i);
    std::size_t k = 0;
    if (!line.empty() && line[0] == '%') k = line.size();
    if ((line.rfind("---", 0) == 0 || line.rfind("...", 0) == 0) &&
        (line.size() == 3 || is_blank(line[3])))
      k = 3;
    while (k < line.size() && is_blank(line[k])) ++k;
    if (k < line.size() && line[k] != '#') return i + k;
    i = end + 1;
  }
  return std::nullopt;
}

bool explicit_null(const std::string& text, std::size_t at) {
  for (const char* word : {"~", "null", "Null", "NULL"}) {
    std::size_t n = std::char_traits<char>::length(word);
    if (text.compare(at, n, word) == 0 &&
        (at + n == text.size() || is_blank(text[at + n]) || text[at + n] == '#'))
      return true;
  }
  return false;
}

// The line of a '---' that starts a document between lines `from` and `to`.
std::optional<int> document_marker(const Positions& at, int from, int to) {
  for (int line = from; line <= to; ++line) {
    std::string text = at.line(line);
    if (text.rfind("---", 0) == 0 && (text.size() == 3 || is_blank(text[3]))) return line;
  }
  return std::nullopt;
}

// yaml-cpp refuses a \u or \U escape of a UTF-16 surrogate or beyond
// U+10FFFF, and marks the end of the escape: say which and how to write it.
// yaml-cpp names only the byte after the backslash, which may be part of a
// character: quote the whole escape as written.
void unknown_escape_error(const Positions& at, const YAML::Mark& mark, const std::string& byte,
                          Diagnostics& d) {
  const std::string& text = at.text();
  std::size_t end = std::min(at.offset(mark), text.size());
  std::size_t start = text.rfind("\\" + byte, end);
  if (start == std::string::npos || byte.empty()) start = end;
  std::size_t length = 1;
  auto lead = static_cast<unsigned char>(text[std::min(start + 1, text.size() - 1)]);
  if (lead >= 0xF0)
    length = 4;
  else if (lead >= 0xE0)
    length = 3;
  else if (lead >= 0xC0)
    length = 2;
  d.error(at.at_offset(start),
          "YAML syntax: '" + escape_controls(text.substr(start, 1 + length)) +
              "' is not an escape YAML knows",
          "in double quotes a backslash starts an escape (\\n, \\t, \\\\ for a backslash); in "
          "single quotes it is an ordinary character");
}

void unicode_escape_error(const Positions& at, const YAML::Mark& mark, Diagnostics& d) {
  const std::string& text = at.text();
  std::size_t end = at.offset(mark);
  auto hex_value = [&](std::size_t from, std::size_t digits) -> std::optional<unsigned long> {
    if (from + digits > text.size()) return std::nullopt;
    std::string part = text.substr(from, digits);
    if (part.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return std::nullopt;
    return std::stoul(part, nullptr, 16);
  };
  for (std::size_t digits : {4, 8}) {
    std::size_t start = end - std::min(end, digits + 2);
    if (text.compare(start, 2, digits == 4 ? "\\u" : "\\U") != 0) continue;
    auto value = hex_value(start + 2, digits);
    if (!value) continue;
    std::string written = text.substr(start, digits + 2);
    Origin where = at.at_offset(start);
    if (*value > 0x10FFFF) {
      d.error(where,
              "YAML syntax: '" + written + "' is beyond the last Unicode character, U+10FFFF",
              "check the digits of the escape");
      return;
    }
    auto low = text.compare(end, 2, "\\u") == 0 ? hex_value(end + 2, 4) : std::nullopt;
    if (*value < 0xDC00 && low && *low >= 0xDC00 && *low <= 0xDFFF) {
      unsigned long code = 0x10000 + ((*value - 0xD800) << 10) + (*low - 0xDC00);
      char digits8[9];
      std::snprintf(digits8, sizeof digits8, "%08lX", code);
      d.error(where,
              "YAML syntax: '" + written + text.substr(end, 6) +
                  "' is a UTF-16 surrogate pair, which YAML does not read as one character",
              std::string("write the character itself, or its code point: \\U") + digits8);
      return;
    }
    d.error(where,
            "YAML syntax: '" + written +
                "' is half of a UTF-16 surrogate pair (U+D800 to U+DFFF), not a character",
            "write the character itself, or its code point as \\U and 8 hex digits, e.g. "
            "\\U0001F600");
    return;
  }
  d.error(at.at_mark(mark), "YAML syntax: the escape before this is not a Unicode character",
          "write the character itself");
}

// A hint for yaml-cpp's most common complaints.
std::string syntax_hint(const std::string& message, const std::string& line) {
  std::size_t indent = line.find_first_not_of(" \t");
  if (line.substr(0, indent).find('\t') != std::string::npos)
    return "indent with spaces: YAML does not allow tabs in indentation";
  namespace msg = YAML::ErrorMsg;
  // "sign: -": a lone '-' after a key starts a list item in YAML.
  const std::size_t last = line.find_last_not_of(" \t\r");
  if (message == msg::BLOCK_ENTRY && last != std::string::npos && line[last] == '-' &&
      line.find(": -") == last - 2)
    return "a lone '-' after a key starts a list; to write the minus sign, quote it: '-'";
  if (message == msg::MAP_VALUE)
    return "a value cannot hold another 'key: value' on the same line; check the indentation, "
           "or put text that contains ': ' in quotes";
  if (message == msg::END_OF_MAP || message == msg::END_OF_SEQ || message == msg::BLOCK_ENTRY)
    return "check this line's indentation: the keys of one map, and the '- ' items of one list, "
           "start in the same column";
  if (message == msg::FLOW_END) return "check that each '[' is closed by ']' and each '{' by '}'";
  return "";
}

}  // namespace

const Node* Node::find(const std::string& key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e.value;
  return nullptr;
}

std::string describe(const Node& node) {
  switch (node.kind) {
    case Node::Kind::null:
      return "nothing";
    case Node::Kind::scalar:
      return "'" + shorten(node.text) + "'";
    case Node::Kind::sequence:
      return "a list";
    case Node::Kind::map:
      return "a map";
  }
  return {};
}

std::optional<Node> parse_yaml(const std::string& text, const std::string& file, Diagnostics& d) {
  Positions at(text, file);
  const std::string start_hint =
      "a case file starts with 'programme:', a tariff table with 'name:'";
  if (auto deep = deep_flow_at(text)) {
    d.error(at.at_offset(*deep), "nesting is deeper than 64 levels",
            "a case file needs only a few levels of nesting");
    return std::nullopt;
  }
  TextBuffer buffer(text);
  std::istream in(&buffer);
  TreeBuilder builder(at);
  TreeBuilder rest(at);
  const TreeBuilder* reading = &builder;
  // The problems found while reading on are reported before what ended it.
  bool reported = false;
  auto report_problems = [&] {
    if (reported) return;
    reported = true;
    for (const auto& p : builder.problems()) d.error(p.where, p.message, p.hint);
  };
  try {
    YAML::Parser parser(in);
    bool any = parser.HandleNextDocument(builder);
    if (builder.bad_key()) throw *builder.bad_key();
    report_problems();
    std::optional<Node> root = builder.take_root();
    if (!any || !root || root->kind == Node::Kind::null) {
      // yaml-cpp skips some stray characters, such as a lone ',', and reads
      // an empty document instead.
      auto content = first_content(text);
      if (content && !explicit_null(text, *content)) {
        std::size_t length = 1;
        while (*content + length < text.size() && (text[*content + length] & 0xC0) == 0x80)
          ++length;
        d.error(at.at_offset(*content),
                "YAML syntax: unexpected '" + text.substr(*content, length) + "'", start_hint);
        return std::nullopt;
      }
      if (!content) {
        bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
        d.error(Origin{file, 1, 1},
                blank ? "the file is empty" : "the file is empty: it holds only comments",
                start_hint);
        return std::nullopt;
      }
    }
    // Ask once for a second document, never in a loop: yaml-cpp can report
    // endless empty documents on some inputs.
    reading = &rest;
    if (parser.HandleNextDocument(rest)) {
      auto second = rest.take_root();
      Origin where = second ? second->origin : at.at_offset(text.size());
      if (auto marker = document_marker(at, root ? root->origin.line + 1 : 1, where.line))
        d.error(Origin{file, *marker, 1}, "a second YAML document is not allowed",
                "keep one document per file: remove this '---' and what follows, or move that to "
                "a file of its own");
      else
        d.error(where, "YAML syntax: this is not part of the map or list above it",
                "check its indentation; a file holds one map (or one list) at its top level");
      return std::nullopt;
    }
    if (!builder.problems().empty()) return std::nullopt;
    return root;
  } catch (const TreeError& e) {
    report_problems();
    d.error(e.where, e.message, e.hint);
  } catch (const YAML::Exception& e) {
    report_problems();
    namespace msg = YAML::ErrorMsg;
    const Node* open = reading->open_flow();
    if (open && (e.msg == msg::END_OF_SEQ_FLOW || e.msg == msg::END_OF_MAP_FLOW)) {
      bool list = open->kind == Node::Kind::sequence;
      d.error(open->origin,
              std::string("YAML syntax: this '") + (list ? "[" : "{") + "' is never closed",
              std::string("end the ") + (list ? "list" : "map") + " with '" + (list ? "]" : "}") +
                  "' after its last item");
    } else if (e.msg == msg::UNKNOWN_ANCHOR) {
      d.error(at.at_mark(e.mark), "aliases (*name) are not supported",
              "write the value out in full where it is used");
    } else if (e.msg.rfind(msg::INVALID_ESCAPE, 0) == 0) {
      unknown_escape_error(at, e.mark, e.msg.substr(std::strlen(msg::INVALID_ESCAPE)), d);
    } else if (e.msg.rfind(msg::INVALID_UNICODE, 0) == 0) {
      unicode_escape_error(at, e.mark, d);
    } else {
      Origin where = at.at_mark(e.mark);
      std::string hint = where.line > 0 ? syntax_hint(e.msg, at.line(where.line)) : "";
      // Often the cause is a '[' or '{' left open on an earlier line.
      if (open && where.line > open->origin.line)
        hint = std::string("the '") + (open->kind == Node::Kind::sequence ? "[" : "{") +
               "' at line " + std::to_string(open->origin.line) + ", column " +
               std::to_string(open->origin.column) + " is not closed before this line";
      d.error(where, "YAML syntax: " + e.msg, hint);
    }
  }
  return std::nullopt;
}

}  // namespace mkba::load
